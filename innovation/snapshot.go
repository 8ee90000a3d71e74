package innovation

import (
	"slices"
	"time"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Snapshot is the whole state of a Lifecycle as plain data: the phase it
// started in, where it stands, and its history. It is what MarshalJSON
// writes and what Restore reads. Gates and the clock are not part of it:
// pass them again to Restore.
//
// The zero value is not a valid snapshot. Snapshot is a plain value; a
// Snapshot returned by Lifecycle.Snapshot shares nothing with the lifecycle.
// A nil History and an empty one are the same: a snapshot read back
// (RestoreJSON, UnmarshalJSON) with no transition has a nil History.
// Safe for concurrent reads; not for concurrent mutation of its History.
type Snapshot struct {
	Start   Phase        // the phase the lifecycle started in
	Status  Status       // where it stands
	History []Transition // its transitions, oldest first; at most MaxHistory
}

// MaxHistory is the longest history a snapshot may hold; a longer one is
// refused with ErrLimit before its entries are read. A snapshot of
// MaxHistory entries with short notes still encodes within MaxJSON bytes.
const MaxHistory = 5_000

// Snapshot returns the state of l; it shares no memory with l.
func (l *Lifecycle) Snapshot() Snapshot {
	l.mu.Lock()
	defer l.mu.Unlock()
	return Snapshot{Start: l.start, Status: l.status, History: slices.Clone(l.history)}
}

// Restore returns a lifecycle in the state s describes, after checking it:
// a valid start; at most MaxHistory entries; each entry a transition the
// model allows from where the previous one left the project (an advance of
// one phase, a return to an earlier phase with a reason, an abandon with a
// reason, nothing after an abandon), with notes of at most MaxProse bytes,
// stamped no earlier than the entry before it; and the history ending where
// s.Status says. The first problem is reported as a *problem.Error wrapping
// ErrSnapshot, whose Path names the offending field ("history[3].from").
// s is not modified or retained.
func Restore(s Snapshot, opts ...Option) (*Lifecycle, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return newLifecycle(s.Start, s.Status, append([]Transition(nil), s.History...), opts)
}

// RestoreJSON decodes a snapshot, as Lifecycle.MarshalJSON writes it, and
// restores it:
//
//	{
//	  "start": "conception",
//	  "status": {"phase": "modelisation", "abandoned": false},
//	  "history": [
//	    {"from": "conception", "to": "experimentation", "kind": "advance", "at": "2021-05-01T10:00:00+02:00", "by": "comité"},
//	    {"from": "experimentation", "to": "modelisation", "kind": "advance", "at": "2022-01-10T09:00:00Z", "reason": "…"}
//	  ]
//	}
//
// "start" and "status" are required, "history" may be null or left out
// (no transition yet); the keys of a Status and a Transition are those of
// their MarshalJSON. Phases and kinds take their keys, or their labels in
// any case. Decoding is strict and bounded: input over MaxJSON bytes,
// malformed JSON (with its line and column), an unknown key (with a
// suggestion for a misspelling), a key given twice in one object, an
// unknown name, a value of the wrong type, a history of more than
// MaxHistory entries, and then everything Restore refuses are errors. Every
// problem found is returned at once (errors.Join of *problem.Error, each
// naming its path, e.g. "history[3].at"), each unwrapping to ErrSnapshot
// and to the sentinel of its kind (ErrUnknown, ErrInvalid, ErrLimit).
func RestoreJSON(data []byte, opts ...Option) (*Lifecycle, error) {
	s, err := decodeSnapshot(data)
	if err != nil {
		return nil, err
	}
	return newLifecycle(s.Start, s.Status, s.History, opts)
}

// Validate checks s as Restore does, without building a lifecycle; it
// returns the first problem as a *problem.Error wrapping ErrSnapshot, or
// nil.
func (s Snapshot) Validate() error {
	if p := s.problem(); p != nil {
		return p.In(pkgName, "", ErrSnapshot)
	}
	return nil
}

// problem returns the first problem of s, or nil.
func (s Snapshot) problem() *problem.Error {
	switch {
	case !s.Start.IsValid():
		return pkg.Invalid("start", s.Start)
	case !s.Status.Phase.IsValid():
		return pkg.Invalid("status.phase", s.Status.Phase)
	case len(s.History) > MaxHistory:
		return pkg.TooMany("history", len(s.History), entriesNoun, MaxHistory)
	}
	at := Status{Phase: s.Start}
	for i, t := range s.History {
		path := func(key string) string { return wire.Path("history", i, key) }
		switch {
		case !t.Kind.IsValid():
			return pkg.Invalid(path("kind"), t.Kind)
		case t.From != at.Phase:
			return errHistoryFrom.New(pkgName, path("from"), t.From.String(), lang.Quote(at.Phase))
		case t.At.IsZero():
			return errNoTime.New(pkgName, path("at"), "")
		case i > 0 && t.At.Before(s.History[i-1].At):
			return errTimeBackwards.New(pkgName, path("at"), t.At.Format(time.RFC3339Nano), lang.Data(s.History[i-1].At.Format(time.RFC3339Nano)))
		}
		if p := (Note{By: t.By, Reason: t.Reason}).check(t.Kind); p != nil {
			return p.In(pkgName, wire.Path("history", i), nil)
		}
		next, why := step(at, t.Kind, t.To)
		if next == 0 {
			return errNotAllowed.New(pkgName, wire.Path("history", i), "", lang.Quote(t.Kind), lang.Quote(at.Phase), reasonOf{why})
		}
		to := statusOf(at, next)
		if to.Phase != t.To {
			return errWrongTarget.New(pkgName, path("to"), t.To.String(), lang.Quote(t.Kind), lang.Quote(at.Phase), lang.Quote(to.Phase))
		}
		at = to
	}
	if at != s.Status {
		return errStatus.New(pkgName, "status", "", lang.Quote(s.Status), lang.Quote(at))
	}
	return nil
}
