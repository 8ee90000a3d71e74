package innovationtest

import (
	"time"

	"github.com/seed424036fd/societal/internal/gen"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/innovation"
)

// Note generates a valid note for any kind of transition: a By of 0 to 24
// runes and a Reason of 1 to 48 runes (never empty), printable UTF-8 well
// under innovation.MaxProse bytes.
func Note() *rapid.Generator[innovation.Note] {
	return rapid.Custom(func(t *rapid.T) innovation.Note {
		return innovation.Note{By: gen.Text(0, 24).Draw(t, "by"), Reason: gen.Text(1, 48).Draw(t, "reason")}
	})
}

// Request is a requested transition, as a caller would ask for it: a kind,
// a target and a note. It may or may not be allowed from a given status:
// pass it to innovation.Next to find out. The zero Request is not a request
// (its Kind is invalid). Request is a plain value, safe for concurrent use.
type Request struct {
	// Kind is the transition asked for.
	Kind innovation.TransitionKind
	// To is the target: for a Return, any of 0 (invalid), the five phases
	// and NumPhases+1 (invalid); for an Advance, 0 (the next phase) or a
	// phase (a skip unless it is the next one); for an Abandon, 0.
	To innovation.Phase
	// Note says who asks and why.
	Note innovation.Note
}

// Move generates a requested transition, legal or not from any given status.
func Move() *rapid.Generator[Request] {
	return rapid.Custom(func(t *rapid.T) Request {
		m := Request{Kind: Kind().Draw(t, "kind"), Note: Note().Draw(t, "note")}
		switch m.Kind {
		case innovation.Return:
			m.To = innovation.Phase(rapid.IntRange(0, innovation.NumPhases+1).Draw(t, "to"))
		case innovation.Advance:
			m.To = innovation.Phase(rapid.IntRange(0, innovation.NumPhases).Draw(t, "to"))
		}
		return m
	})
}

// epoch returns the earliest time a generated history starts at.
func epoch() time.Time { return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) }

// Snapshot generates a snapshot that innovation.Restore accepts: a random
// start phase and a history of 0 to maxHistory legal transitions (advances
// of one phase, returns to an earlier phase, possibly a final abandon),
// built by replaying innovation.Next, stamped at UTC times that never
// decrease (equal times included) from a random day of 2000-2019, with notes
// from Note (advances sometimes without a reason). maxHistory is clamped to
// [0, innovation.MaxHistory]. Each step abandons with probability 1/10, so
// long histories are mostly advances and returns.
func Snapshot(maxHistory int) *rapid.Generator[innovation.Snapshot] {
	maxHistory = gen.Clamp(maxHistory, 0, innovation.MaxHistory)
	return rapid.Custom(func(t *rapid.T) innovation.Snapshot {
		start := Phase().Draw(t, "start")
		n := rapid.IntRange(0, maxHistory).Draw(t, "len")
		at := epoch().Add(time.Duration(rapid.Int64Range(0, 20*365*24).Draw(t, "epoch")) * time.Hour)
		s := innovation.Status{Phase: start}
		history := make([]innovation.Transition, 0, n)
		for len(history) < n && !s.Abandoned {
			k, to := legalMove(t, s.Phase)
			next, err := innovation.Next(s, k, to)
			if err != nil {
				t.Fatalf("innovationtest: Next refused a legal %s to %q from %q: %v", k, to, s.Phase, err)
			}
			note := Note().Draw(t, "note")
			if k == innovation.Advance && rapid.Bool().Draw(t, "no reason") {
				note.Reason = ""
			}
			at = at.Add(time.Duration(rapid.Int64Range(0, 90*24*3600).Draw(t, "gap")) * time.Second)
			history = append(history, innovation.Transition{From: s.Phase, To: next.Phase, Kind: k, At: at, Reason: note.Reason, By: note.By})
			s = next
		}
		return innovation.Snapshot{Start: start, Status: s, History: history}
	})
}

// legalMove draws a transition the model allows from phase p (not
// abandoned): abandon with probability 1/10, else mostly advances.
func legalMove(t *rapid.T, p innovation.Phase) (innovation.TransitionKind, innovation.Phase) {
	r := rapid.IntRange(0, 9).Draw(t, "move")
	next, canAdvance := p.Next()
	switch {
	case r == 0:
		return innovation.Abandon, 0
	case (r <= 6 && canAdvance) || p == innovation.Conception:
		return innovation.Advance, next
	default:
		return innovation.Return, innovation.Phase(rapid.IntRange(1, int(p)-1).Draw(t, "to"))
	}
}

// Lifecycle generates a lifecycle restored from a Snapshot(maxHistory),
// with opts (gates, clock) installed.
func Lifecycle(maxHistory int, opts ...innovation.Option) *rapid.Generator[*innovation.Lifecycle] {
	return rapid.Custom(func(t *rapid.T) *innovation.Lifecycle {
		l, err := innovation.Restore(Snapshot(maxHistory).Draw(t, "snapshot"), opts...)
		if err != nil {
			t.Fatalf("innovationtest: Restore refused a generated snapshot: %v", err)
		}
		return l
	})
}
