package innovation

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Snapshot is the whole state of a Lifecycle as plain data: the phase it
// started in, where it stands, and its history. It is what MarshalJSON
// writes and what Restore reads. Gates and the clock are not part of it:
// pass them again to Restore.
//
// The zero value is not a valid snapshot. Snapshot is a plain value; a
// Snapshot returned by Lifecycle.Snapshot shares nothing with the lifecycle.
// Safe for concurrent reads; not for concurrent mutation of its History.
type Snapshot struct {
	Start   Phase        `json:"start"`
	Status  Status       `json:"status"`
	History []Transition `json:"history"`
}

// Limits on what Restore and RestoreJSON accept, checked before any other work.
const (
	// MaxHistory is the longest history a snapshot may hold.
	MaxHistory = 10_000
	// MaxSnapshotJSON is the largest JSON text RestoreJSON decodes.
	MaxSnapshotJSON = 4 << 20
)

// SnapshotError reports what makes a snapshot unrestorable and where
// ("start", "status", "history[3].from", …). It unwraps to ErrSnapshot.
// Safe for concurrent reads.
type SnapshotError struct {
	Field  string
	Reason string
	Err    error // the underlying cause, if any
}

func (e *SnapshotError) Error() string {
	msg := fmt.Sprintf("innovation: invalid snapshot: %s: %s", e.Field, e.Reason)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns ErrSnapshot and the underlying cause.
func (e *SnapshotError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrSnapshot}
	}
	return []error{ErrSnapshot, e.Err}
}

// Snapshot returns the state of l; it shares no memory with l.
func (l *Lifecycle) Snapshot() Snapshot {
	l.mu.Lock()
	defer l.mu.Unlock()
	return Snapshot{Start: l.start, Status: l.status, History: l.history.all()}
}

// MarshalJSON writes l's Snapshot.
func (l *Lifecycle) MarshalJSON() ([]byte, error) { return json.Marshal(l.Snapshot()) }

// Restore returns a lifecycle in the state s describes, after checking it:
// a valid start; at most MaxHistory entries; each entry a transition the
// model allows from where the previous one left the project (an advance of
// one phase, a return to an earlier phase with a reason, an abandon with a
// reason, nothing after an abandon), stamped no earlier than the entry
// before it; and the history ending where s.Status says. The first problem
// is reported as a *SnapshotError naming the offending field. s is not
// modified or retained.
func Restore(s Snapshot, opts ...Option) (*Lifecycle, error) {
	if err := s.validate(); err != nil {
		return nil, err
	}
	return newLifecycle(s.Start, s.Status, append([]Transition(nil), s.History...), opts)
}

// RestoreJSON decodes a snapshot (strictly: unknown fields, trailing data and
// input over MaxSnapshotJSON bytes are errors) and restores it.
func RestoreJSON(data []byte, opts ...Option) (*Lifecycle, error) {
	if len(data) > MaxSnapshotJSON {
		return nil, &SnapshotError{Field: "(input)", Reason: fmt.Sprintf("%d bytes, over the limit of %d", len(data), MaxSnapshotJSON)}
	}
	var s Snapshot
	if err := decodeStrict(data, &s); err != nil {
		return nil, &SnapshotError{Field: "(input)", Reason: "malformed JSON", Err: err}
	}
	return Restore(s, opts...)
}

// Validate checks s as Restore does, without building a lifecycle; it
// returns the first problem as a *SnapshotError, or nil.
func (s Snapshot) Validate() error { return s.validate() }

func (s *Snapshot) validate() error {
	if !s.Start.IsValid() {
		return &SnapshotError{Field: "start", Reason: fmt.Sprintf("invalid phase %d", s.Start)}
	}
	if !s.Status.Phase.IsValid() {
		return &SnapshotError{Field: "status.phase", Reason: fmt.Sprintf("invalid phase %d", s.Status.Phase)}
	}
	if len(s.History) > MaxHistory {
		return &SnapshotError{Field: "history", Reason: fmt.Sprintf("%d entries, over the limit of %d", len(s.History), MaxHistory)}
	}
	at := Status{Phase: s.Start}
	for i, t := range s.History {
		field := func(f string) string { return fmt.Sprintf("history[%d]%s", i, f) }
		switch {
		case !t.Kind.IsValid():
			return &SnapshotError{Field: field(".kind"), Reason: fmt.Sprintf("invalid kind %d", t.Kind)}
		case t.From != at.Phase:
			return &SnapshotError{Field: field(".from"), Reason: fmt.Sprintf("is %q, but the project was in %q", t.From, at.Phase)}
		case t.At.IsZero():
			return &SnapshotError{Field: field(".at"), Reason: "missing time"}
		case i > 0 && t.At.Before(s.History[i-1].At):
			return &SnapshotError{Field: field(".at"), Reason: fmt.Sprintf("%s is before the previous entry's %s", t.At.Format("2006-01-02T15:04:05Z07:00"), s.History[i-1].At.Format("2006-01-02T15:04:05Z07:00"))}
		}
		if r := (Note{By: t.By, Reason: t.Reason}).check(t.Kind); r != "" {
			return &SnapshotError{Field: field(""), Reason: r}
		}
		next, err := Next(at, t.Kind, t.To)
		if err != nil {
			var te *TransitionError
			if errors.As(err, &te) {
				return &SnapshotError{Field: field(""), Reason: fmt.Sprintf("%s from %q: %s", t.Kind, at.Phase, te.Reason)}
			}
			return &SnapshotError{Field: field(""), Reason: "transition not allowed", Err: err}
		}
		if next.Phase != t.To {
			return &SnapshotError{Field: field(".to"), Reason: fmt.Sprintf("is %q, but a %s from %q leads to %q", t.To, t.Kind, at.Phase, next.Phase)}
		}
		at = next
	}
	if at != s.Status {
		return &SnapshotError{Field: "status", Reason: fmt.Sprintf("says %s, but the history leads to %s", s.Status.describe(), at.describe())}
	}
	return nil
}

func (s Status) describe() string {
	if s.Abandoned {
		return fmt.Sprintf("%q (abandoned)", s.Phase)
	}
	return fmt.Sprintf("%q", s.Phase)
}
