package innovationtest

import (
	"context"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/innovation"
)

// Harness is what an adopter hands to Run, CheckLifecycle or NewMachine:
// their gates and what they expect of them. The zero Harness checks a
// lifecycle with no gate. A Harness is read, never modified; it is safe for
// concurrent use if its gates, Expect and Clock are.
type Harness struct {
	// Gates are installed, in this order, on every lifecycle the harness
	// builds or restores. Names must be non-empty and distinct. The harness
	// never predicts a gate's verdict: it watches each gate run (its error
	// or its panic) and checks that the lifecycle acts on it.
	Gates []Gate
	// Expect, if set, is the adopter's own statement of what their gates
	// decide: whether an advance from phase from with note should pass every
	// gate. The harness checks it against what the gates did. Leave it nil
	// to check only the lifecycle.
	Expect func(from innovation.Phase, note innovation.Note) bool
	// Clock stamps the history. Nil means the harness's own clock, which it
	// moves forward and back at random and against which it checks each
	// entry's time exactly; with a Clock of yours only the order of times is
	// checked.
	Clock func() time.Time
	// MaxHistory is the longest history of the random snapshot each run
	// starts from (see Snapshot); 0 starts from a fresh lifecycle in a
	// random phase.
	MaxHistory int
	// Notes generates the notes of the requests; nil means Note(). A note
	// the lifecycle must refuse is fine: the harness expects the refusal.
	Notes *rapid.Generator[innovation.Note]
}

// Gate is a named gate, as innovation.WithGate installs it. The zero Gate
// is not installable (no name, no function). Safe for concurrent use if
// Func is.
type Gate struct {
	Name string          // the name the gate is added under
	Func innovation.Gate // the gate itself
}

// Run checks the lifecycle with h's gates: rapid.Check of CheckLifecycle.
// Run it from a test; rapid's flags (-rapid.checks, -rapid.steps,
// -rapid.seed) apply.
func Run(t *testing.T, h Harness) {
	t.Helper()
	rapid.Check(t, func(t *rapid.T) { CheckLifecycle(t, h) })
}

// CheckLifecycle runs one random sequence of operations on a lifecycle
// restored from Snapshot(h.MaxHistory) with h's gates, and fails t at the
// first broken invariant (a *Violation; see the package documentation for
// the list). The operations are: advance; return to a random target (0 to
// NumPhases+1, legal or not); abandon (one time in four; otherwise an
// abandon without a reason, which must be refused); a random request with a
// cancelled context or a passed deadline; an advance whose context is
// cancelled as its first gate runs (it must then fail, with ErrGate if a
// gate refused, else with context.Canceled; Expect is not consulted, since
// the gates see a cancelled context); a random request with a malformed note
// (too long, a NUL byte, invalid UTF-8, a missing reason); a snapshot →
// JSON → restore round trip; and, with the harness's own clock, a clock
// move of up to three days either way.
func CheckLifecycle(t *rapid.T, h Harness) {
	m, err := NewMachine(h, Snapshot(h.MaxHistory).Draw(t, "snapshot"))
	if err != nil {
		t.Fatalf("%v", err)
	}
	notes := h.Notes
	if notes == nil {
		notes = Note()
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	bg := context.Background()
	t.Repeat(map[string]func(*rapid.T){
		"advance": func(t *rapid.T) { must(m.Advance(bg, notes.Draw(t, "note"))) },
		"return": func(t *rapid.T) {
			to := innovation.Phase(rapid.IntRange(0, innovation.NumPhases+1).Draw(t, "to"))
			must(m.ReturnTo(bg, to, notes.Draw(t, "note")))
		},
		"abandon": func(t *rapid.T) {
			note := notes.Draw(t, "note")
			if rapid.IntRange(0, 3).Draw(t, "really") != 0 {
				note.Reason = ""
			}
			must(m.Abandon(bg, note))
		},
		"done context": func(t *rapid.T) {
			var ctx context.Context
			var cancel context.CancelFunc
			if rapid.Bool().Draw(t, "deadline") {
				ctx, cancel = context.WithDeadline(bg, time.Unix(0, 0))
			} else {
				ctx, cancel = context.WithCancel(bg)
			}
			cancel()
			must(m.do(ctx, randomRequest(t, notes)))
		},
		"cancel during gates": func(t *rapid.T) { must(m.advanceCancelledDuringGates(notes.Draw(t, "note"))) },
		"bad note": func(t *rapid.T) {
			r := randomRequest(t, notes)
			r.Note = badNote(t, r.Note)
			must(m.do(bg, r))
		},
		"round trip": func(*rapid.T) { must(m.RoundTrip()) },
		"clock": func(t *rapid.T) {
			m.Tick(time.Duration(rapid.Int64Range(-72*3600, 72*3600).Draw(t, "tick")) * time.Second)
		},
		"": func(*rapid.T) { must(m.Check()) },
	})
}

// randomRequest draws a request of any kind, legal or not.
func randomRequest(t *rapid.T, notes *rapid.Generator[innovation.Note]) Request {
	r := Request{Kind: Kind().Draw(t, "kind"), Note: notes.Draw(t, "note")}
	if r.Kind == innovation.Return {
		r.To = innovation.Phase(rapid.IntRange(0, innovation.NumPhases+1).Draw(t, "to"))
	}
	return r
}

// badNote spoils note so that the lifecycle must refuse it with ErrInvalid
// (ErrLimit for a text too long) for any kind (an empty reason only spoils a return or an abandon; the
// machine knows which).
func badNote(t *rapid.T, note innovation.Note) innovation.Note {
	long := make([]byte, innovation.MaxProse+1)
	for i := range long {
		long[i] = 'x'
	}
	switch rapid.IntRange(0, 4).Draw(t, "spoil") {
	case 0:
		note.Reason = string(long)
	case 1:
		note.By = string(long)
	case 2:
		note.By += "\x00"
	case 3:
		note.Reason += "\xff"
	default:
		note.Reason = ""
	}
	return note
}
