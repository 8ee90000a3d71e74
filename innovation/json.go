package innovation

import (
	"encoding/json"
	"time"

	"github.com/seed424036fd/societal/internal/wire"
)

// The JSON encoding of the package's values. Every reader goes through one
// wire.Decoder, in one pass: unknown keys, a key given twice, values of the
// wrong type and unknown names are all reported, with their paths.

// MaxJSON is the largest JSON text, in bytes, that RestoreJSON and the
// UnmarshalJSON methods of the package read: the module's limit.
// Its value is 1 MiB (1 048 576 bytes).
const MaxJSON = wire.MaxJSON

// The keys of each object, required keys first, in the order they are
// written. Never modified. In every object a null value is the same as an
// absent key.
var (
	statusKeys     = wire.Keys{Names: []string{"phase", "abandoned"}, Required: 1}
	transitionKeys = wire.Keys{Names: []string{"from", "to", "kind", "at", "reason", "by"}, Required: 4}
	snapshotKeys   = wire.Keys{Names: []string{"start", "status", "history"}, Required: 2}
)

// statusJSON and transitionJSON are Status and Transition with their fields
// and keys (the struct tags) but without their methods, for MarshalJSON.
type (
	statusJSON     Status
	transitionJSON Transition
)

// MarshalJSON writes s as {"phase": "essaimage", "abandoned": true}:
// "abandoned" only when true, "phase" only when not zero. An invalid phase
// is an error wrapping ErrInvalid.
func (s Status) MarshalJSON() ([]byte, error) { return json.Marshal(statusJSON(s)) }

// UnmarshalJSON reads what MarshalJSON writes: "phase" (required) is a
// phase's key or label, as ParsePhase reads it; "abandoned" is optional. A
// null value is the same as an absent key. On error s is unchanged.
func (s *Status) UnmarshalJSON(data []byte) error {
	d := wire.NewDecoder(data, pkg, nil)
	v, _ := decodeStatusFrom(d)
	if err := d.Finish(); err != nil {
		return err
	}
	*s = v
	return nil
}

// decodeStatusFrom reads a Status at d's position, as UnmarshalJSON
// documents; ok is false, and the Status zero, if there was a problem.
func decodeStatusFrom(d *wire.Decoder) (s Status, ok bool) {
	defer d.Use(d.Use(pkg))
	start := d.Problems()
	for key := range d.Object(statusKeys) {
		switch key {
		case "phase":
			s.Phase, _ = wire.Enum(d, ParsePhase)
		case "abandoned":
			s.Abandoned, _ = d.Bool()
		}
	}
	if d.Problems() > start {
		return Status{}, false
	}
	return s, true
}

// MarshalJSON writes t as
//
//	{"from": "modelisation", "to": "conception", "kind": "return", "at": "2021-05-01T10:00:00+02:00", "reason": "…", "by": "…"}
//
// with the time in RFC 3339 and "reason" and "by" only when not empty. An
// invalid phase or kind is an error wrapping ErrInvalid.
func (t Transition) MarshalJSON() ([]byte, error) { return json.Marshal(transitionJSON(t)) }

// UnmarshalJSON reads what MarshalJSON writes, as DecodeTransitionFrom
// does. On error t is unchanged.
func (t *Transition) UnmarshalJSON(data []byte) error {
	d := wire.NewDecoder(data, pkg, nil)
	v, _ := DecodeTransitionFrom(d)
	if err := d.Finish(); err != nil {
		return err
	}
	*t = v
	return nil
}

// DecodeTransitionFrom reads a Transition at d's position, for the module's
// own decoders (a dossier holds a history); the Decoder type is internal,
// so callers outside the module use json.Unmarshal. The object's keys are
// "from", "to" (phases, as ParsePhase reads them), "kind" (as
// ParseTransitionKind reads it) and "at" (a time in RFC 3339), all
// required, and "reason" and "by", optional free text of at most MaxProse
// bytes (tab and line breaks allowed, no other control character). A null
// value is the same as an absent key.
//
// The transition is not checked against the model: a history is, as a
// whole, by decodeSnapshotFrom and Restore. Problems are recorded on d below
// its current path; ok is false, and the Transition zero, if there was any.
func DecodeTransitionFrom(d *wire.Decoder) (t Transition, ok bool) {
	defer d.Use(d.Use(pkg))
	start := d.Problems()
	for key := range d.Object(transitionKeys) {
		switch key {
		case "from":
			t.From, _ = wire.Enum(d, ParsePhase)
		case "to":
			t.To, _ = wire.Enum(d, ParsePhase)
		case "kind":
			t.Kind, _ = wire.Enum(d, ParseTransitionKind)
		case "at":
			t.At, _ = decodeTime(d)
		case "reason":
			t.Reason, _ = d.Prose()
		case "by":
			t.By, _ = d.Prose()
		}
	}
	if d.Problems() > start {
		return Transition{}, false
	}
	return t, true
}

// decodeTime reads a time in RFC 3339, as time.Time writes it.
func decodeTime(d *wire.Decoder) (time.Time, bool) {
	s, ok := d.Text()
	if !ok {
		return time.Time{}, false
	}
	var t time.Time
	if err := t.UnmarshalText([]byte(s)); err != nil {
		d.FailValue(s, `not a time: want RFC 3339, e.g. "2021-05-01T10:00:00+02:00"`, ErrInvalid)
		return time.Time{}, false
	}
	return t, true
}

// UnmarshalJSON reads a snapshot as RestoreJSON does, and checks it as
// Validate does. On error s is unchanged.
func (s *Snapshot) UnmarshalJSON(data []byte) error {
	v, err := decodeSnapshot(data)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// decodeSnapshot reads and checks one snapshot; every problem unwraps to
// ErrSnapshot.
func decodeSnapshot(data []byte) (Snapshot, error) {
	d := wire.NewDecoder(data, pkg, ErrSnapshot)
	s, _ := decodeSnapshotFrom(d)
	if err := d.Finish(); err != nil {
		return Snapshot{}, err
	}
	return s, nil
}

// decodeSnapshotFrom reads a Snapshot at d's position, in the format
// RestoreJSON documents, for RestoreJSON and UnmarshalJSON. A snapshot read
// without problem is then checked as Validate does, its problems reported
// below d's current path ("history[3].from"). Problems are recorded on d; ok is false, and the
// Snapshot zero, if there was any.
func decodeSnapshotFrom(d *wire.Decoder) (s Snapshot, ok bool) {
	defer d.Use(d.Use(pkg))
	start := d.Problems()
	for key := range d.Object(snapshotKeys) {
		switch key {
		case "start":
			s.Start, _ = wire.Enum(d, ParsePhase)
		case "status":
			s.Status, _ = decodeStatusFrom(d)
		case "history":
			for range d.Array(MaxHistory) {
				if t, ok := DecodeTransitionFrom(d); ok {
					s.History = append(s.History, t)
				}
			}
		}
	}
	if d.Problems() == start { // read whole, without problem
		d.Report(s.Validate())
	}
	if d.Problems() > start {
		return Snapshot{}, false
	}
	return s, true
}
