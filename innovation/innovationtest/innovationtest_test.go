package innovationtest_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/innovation/innovationtest"
)

var bg = context.Background()

func TestEnumGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if p := innovationtest.Phase().Draw(t, "phase"); !p.IsValid() {
			t.Fatalf("invalid phase %d", p)
		}
		if l := innovationtest.Lever().Draw(t, "lever"); !l.IsValid() {
			t.Fatalf("invalid lever %d", l)
		}
		if i := innovationtest.Intensity().Draw(t, "intensity"); !i.IsValid() {
			t.Fatalf("invalid intensity %d", i)
		}
		if k := innovationtest.Kind().Draw(t, "kind"); !k.IsValid() {
			t.Fatalf("invalid kind %d", k)
		}
		if m := innovationtest.MacroPhase().Draw(t, "macro"); !m.IsValid() {
			t.Fatalf("invalid macro-phase %d", m)
		}
	})
}

func TestMatrixGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := innovationtest.Needs().Draw(t, "needs")
		cells := n.Cells()
		if len(cells) != innovation.NumLevers*innovation.NumMacroPhases {
			t.Fatalf("%d needs cells", len(cells))
		}
		if again, err := innovation.NewNeedsMatrix(cells); err != nil || again != n {
			t.Fatalf("needs cells do not rebuild the matrix: %v", err)
		}
		s := innovationtest.Stakeholders().Draw(t, "stakeholders")
		if again, err := innovation.NewStakeholderMatrix(s.Cells()); err != nil || again != s {
			t.Fatalf("stakeholders cells do not rebuild the matrix: %v", err)
		}
	})
}

// A generated note is accepted by every kind of transition.
func TestNoteGenerator(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		note := innovationtest.Note().Draw(t, "note")
		if note.Reason == "" {
			t.Fatal("empty reason")
		}
		l, err := innovation.New(innovation.Essaimage)
		if err != nil {
			t.Fatal(err)
		}
		for _, err := range []error{
			l.ReturnTo(bg, innovation.Conception, note),
			l.Advance(bg, note),
			l.Abandon(bg, note),
		} {
			if err != nil {
				t.Fatalf("note %+v refused: %v", note, err)
			}
		}
	})
}

// Moves are sometimes legal, sometimes not; Next either takes them or
// refuses them with ErrTransition.
func TestMoveGenerator(t *testing.T) {
	var legal, illegal int
	rapid.Check(t, func(t *rapid.T) {
		r := innovationtest.Move().Draw(t, "move")
		if !r.Kind.IsValid() || r.To > innovation.NumPhases+1 || (r.Kind == innovation.Abandon && r.To != 0) {
			t.Fatalf("malformed request %+v", r)
		}
		s := innovationtest.Snapshot(6).Draw(t, "snapshot")
		switch _, err := innovation.Next(s.Status, r.Kind, r.To); {
		case err == nil:
			legal++
		case errors.Is(err, innovation.ErrTransition):
			illegal++
		default:
			t.Fatalf("Next(%+v, %+v): %v", s.Status, r, err)
		}
	})
	if legal == 0 || illegal == 0 {
		t.Fatalf("%d legal and %d illegal moves: want both", legal, illegal)
	}
}

func TestSnapshotGenerator(t *testing.T) {
	var abandoned, long int
	rapid.Check(t, func(t *rapid.T) {
		s := innovationtest.Snapshot(30).Draw(t, "snapshot")
		if len(s.History) > 30 {
			t.Fatalf("%d entries, max 30", len(s.History))
		}
		l, err := innovation.Restore(s)
		if err != nil {
			t.Fatalf("Restore: %v", err)
		}
		data, err := l.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := innovation.RestoreJSON(data); err != nil {
			t.Fatalf("RestoreJSON: %v", err)
		}
		if s.Status.Abandoned {
			abandoned++
		}
		if len(s.History) >= 5 {
			long++
		}
		if empty := innovationtest.Snapshot(-3).Draw(t, "empty"); len(empty.History) != 0 || empty.Status.Phase != empty.Start {
			t.Fatalf("Snapshot(-3) = %+v, want no history", empty)
		}
	})
	if abandoned == 0 || long == 0 {
		t.Fatalf("%d abandoned and %d long histories: want both", abandoned, long)
	}
}

func TestLifecycleGenerator(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		stamp := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
		l := innovationtest.Lifecycle(10, innovation.WithClock(func() time.Time { return stamp })).Draw(t, "lifecycle")
		at := innovation.Status{Phase: l.Start()}
		for _, tr := range l.History() {
			next, err := innovation.Next(at, tr.Kind, tr.To)
			if err != nil {
				t.Fatal(err)
			}
			at = next
		}
		if at != l.Status() {
			t.Fatalf("history replays to %+v, status %+v", at, l.Status())
		}
		if l.CanAdvance() {
			if err := l.Advance(bg, innovation.Note{}); err != nil {
				t.Fatalf("advance on a generated lifecycle: %v", err)
			}
			if h := l.History(); !h[len(h)-1].At.Equal(stamp) {
				t.Fatal("the clock option was not installed")
			}
		}
	})
}

var errNotReady = errors.New("not ready")

// notes draws the committee or someone else as the author, so that both
// verdicts of the committee gate come up.
var notes = rapid.Custom(func(t *rapid.T) innovation.Note {
	n := innovationtest.Note().Draw(t, "note")
	n.By = rapid.SampledFrom([]string{"comité", "porteur", ""}).Draw(t, "by")
	return n
})

func TestRunWithoutGates(t *testing.T) {
	innovationtest.Run(t, innovationtest.Harness{})
}

func TestRunFromHistories(t *testing.T) {
	innovationtest.Run(t, innovationtest.Harness{MaxHistory: 20})
}

// Gates that refuse on a rule, panic, and read the context.
func TestRunWithGates(t *testing.T) {
	innovationtest.Run(t, innovationtest.Harness{
		Gates: []innovationtest.Gate{
			{Name: "comité", Func: func(_ context.Context, p innovation.Transition) error {
				if p.From == innovation.Modelisation && p.By != "comité" {
					return errNotReady
				}
				return nil
			}},
			{Name: "fragile", Func: func(_ context.Context, p innovation.Transition) error {
				if p.From == innovation.Essaimage {
					panic("boom")
				}
				return nil
			}},
			{Name: "context", Func: func(ctx context.Context, _ innovation.Transition) error { return ctx.Err() }},
		},
		Expect: func(from innovation.Phase, note innovation.Note) bool {
			return from != innovation.Essaimage && (from != innovation.Modelisation || note.By == "comité")
		},
		Notes:      notes,
		MaxHistory: 8,
	})
}

func TestRunGateAlwaysRefuses(t *testing.T) {
	innovationtest.Run(t, innovationtest.Harness{
		Gates:  []innovationtest.Gate{{Name: "jamais", Func: func(context.Context, innovation.Transition) error { return errNotReady }}},
		Expect: func(innovation.Phase, innovation.Note) bool { return false },
	})
}

func TestRunAdopterClock(t *testing.T) {
	innovationtest.Run(t, innovationtest.Harness{
		Clock:      time.Now,
		Gates:      []innovationtest.Gate{{Name: "ok", Func: func(context.Context, innovation.Transition) error { return nil }}},
		MaxHistory: 4,
	})
}

func fresh(p innovation.Phase) innovation.Snapshot {
	return innovation.Snapshot{Start: p, Status: innovation.Status{Phase: p}}
}

// A deterministic scenario: every refusal the lifecycle must make is
// expected by the machine, so no step reports a violation.
func TestMachineScenario(t *testing.T) {
	m, err := innovationtest.NewMachine(innovationtest.Harness{
		Gates: []innovationtest.Gate{{Name: "comité", Func: func(_ context.Context, p innovation.Transition) error {
			if p.By != "comité" {
				return errNotReady
			}
			return nil
		}}},
		Expect: func(_ innovation.Phase, n innovation.Note) bool { return n.By == "comité" },
	}, fresh(innovation.Modelisation))
	if err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(bg)
	cancel()
	reason := innovation.Note{Reason: "retour"}
	steps := []func() error{
		func() error { return m.Advance(bg, innovation.Note{By: "porteur"}) },            // gate refuses
		func() error { return m.Advance(bg, innovation.Note{By: "comité"}) },             // passes
		func() error { return m.ReturnTo(bg, innovation.Industrialisation, reason) },     // forward: refused
		func() error { return m.ReturnTo(bg, innovation.Conception, innovation.Note{}) }, // no reason: refused
		func() error { return m.Advance(cancelled, innovation.Note{By: "comité"}) },      // done context
		func() error { m.Tick(-time.Hour); return m.ReturnTo(bg, innovation.Conception, reason) },
		m.RoundTrip,
		func() error { return m.Abandon(bg, innovation.Note{Reason: "fin"}) },
		func() error { return m.Advance(bg, innovation.Note{By: "comité"}) }, // after abandon: refused
		func() error { return m.ReturnTo(bg, innovation.Conception, reason) },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if st := m.Lifecycle().Status(); st != (innovation.Status{Phase: innovation.Conception, Abandoned: true}) {
		t.Fatalf("status %+v", st)
	}
	if n := len(m.Lifecycle().History()); n != 3 {
		t.Fatalf("%d entries, want 3", n)
	}
}

// violationOf returns the invariant err reports, or fails.
func violationOf(t *testing.T, err error) string {
	t.Helper()
	var v *innovationtest.Violation
	if !errors.As(err, &v) {
		t.Fatalf("got %v, want a *Violation", err)
	}
	return v.Invariant
}

// The harness fails when the adopter's expectation is wrong.
func TestMachineCatchesBrokenExpectation(t *testing.T) {
	m, err := innovationtest.NewMachine(innovationtest.Harness{
		Gates:  []innovationtest.Gate{{Name: "jamais", Func: func(context.Context, innovation.Transition) error { return errNotReady }}},
		Expect: func(innovation.Phase, innovation.Note) bool { return true }, // wrong
	}, fresh(innovation.Conception))
	if err != nil {
		t.Fatal(err)
	}
	if got := violationOf(t, m.Advance(bg, innovation.Note{})); got != "the gates decide as Harness.Expect says" {
		t.Fatalf("invariant %q", got)
	}
}

// The harness fails when the lifecycle and the model disagree.
func TestMachineCatchesChangeBehindItsBack(t *testing.T) {
	m, err := innovationtest.NewMachine(innovationtest.Harness{}, fresh(innovation.Conception))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Check(); err != nil {
		t.Fatal(err)
	}
	if err := m.Lifecycle().Advance(bg, innovation.Note{}); err != nil {
		t.Fatal(err)
	}
	if got := violationOf(t, m.Check()); got != "the status is the model's" {
		t.Fatalf("invariant %q", got)
	}
}

// The harness fails when a gate makes a transition on the lifecycle it
// guards: the advance fails with ErrConflict although every gate passed.
func TestMachineCatchesMeddlingGate(t *testing.T) {
	var m *innovationtest.Machine
	meddler := func(ctx context.Context, _ innovation.Transition) error {
		_ = m.Lifecycle().Abandon(ctx, innovation.Note{Reason: "ingérence"})
		return nil
	}
	m, err := innovationtest.NewMachine(innovationtest.Harness{Gates: []innovationtest.Gate{{Name: "meddler", Func: meddler}}}, fresh(innovation.Conception))
	if err != nil {
		t.Fatal(err)
	}
	if got := violationOf(t, m.Advance(bg, innovation.Note{})); got != "a request the model allows succeeds once every gate passed" {
		t.Fatalf("invariant %q", got)
	}
}

func TestNewMachineRefusesBadInput(t *testing.T) {
	ok := func(context.Context, innovation.Transition) error { return nil }
	for _, tc := range []struct {
		name string
		h    innovationtest.Harness
		s    innovation.Snapshot
		want error
	}{
		{"invalid snapshot", innovationtest.Harness{}, innovation.Snapshot{}, innovation.ErrSnapshot},
		{"nil gate", innovationtest.Harness{Gates: []innovationtest.Gate{{Name: "nil"}}}, fresh(innovation.Conception), innovation.ErrInvalid},
		{"unnamed gate", innovationtest.Harness{Gates: []innovationtest.Gate{{Func: ok}}}, fresh(innovation.Conception), innovation.ErrInvalid},
		{"duplicate gate", innovationtest.Harness{Gates: []innovationtest.Gate{{Name: "a", Func: ok}, {Name: "a", Func: ok}}}, fresh(innovation.Conception), innovation.ErrInvalid},
	} {
		if _, err := innovationtest.NewMachine(tc.h, tc.s); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}

// Run itself fails the test when the expectation is wrong. The failing run
// happens in a child process (this test binary, re-run with an environment
// variable), since a failed *testing.T cannot be un-failed.
func TestRunFailsOnBrokenExpectation(t *testing.T) {
	if os.Getenv("INNOVATIONTEST_BROKEN") == "1" {
		innovationtest.Run(t, innovationtest.Harness{
			Gates:  []innovationtest.Gate{{Name: "jamais", Func: func(context.Context, innovation.Transition) error { return errNotReady }}},
			Expect: func(innovation.Phase, innovation.Note) bool { return true }, // wrong
		})
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestRunFailsOnBrokenExpectation$", "-rapid.nofailfile", "-rapid.checks=20", "-rapid.shrinktime=5s")
	cmd.Env = append(os.Environ(), "INNOVATIONTEST_BROKEN=1")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("the run with a wrong expectation did not fail (%v):\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("the gates decide as Harness.Expect says")) {
		t.Fatalf("the failure does not name the broken invariant:\n%s", out)
	}
}
