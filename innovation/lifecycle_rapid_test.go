package innovation_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/innovation/innovationtest"
)

// model is the plain reference the lifecycle is checked against: a phase
// number, an abandoned flag and a count of transitions.
type model struct {
	phase     int // 1..5
	abandoned bool
	n         int
}

// lifecycleMachine drives a Lifecycle and the model with the same random
// operations and checks they agree after each one.
type lifecycleMachine struct {
	l     *innovation.Lifecycle
	m     model
	clock *fakeClock
	gate  bool // the gate's verdict, flipped at random
}

func (s *lifecycleMachine) init(t *rapid.T) {
	start := rapid.IntRange(1, 5).Draw(t, "start")
	s.clock = newFakeClock()
	s.gate = true
	l, err := innovation.New(innovation.Phase(start), innovation.WithClock(s.clock.Now),
		innovation.WithGate("verdict", func(context.Context, innovation.Transition) error {
			if !s.gate {
				return errors.New("not ready")
			}
			return nil
		}))
	if err != nil {
		t.Fatal(err)
	}
	s.l, s.m = l, model{phase: start}
}

func (s *lifecycleMachine) advance(t *rapid.T) {
	err := s.l.Advance(context.Background(), innovation.Note{})
	switch {
	case s.m.abandoned || s.m.phase == 5:
		if !errors.Is(err, innovation.ErrTransition) {
			t.Fatalf("advance from %+v: %v, want ErrTransition", s.m, err)
		}
	case !s.gate:
		if !errors.Is(err, innovation.ErrGate) {
			t.Fatalf("advance with closed gate: %v, want ErrGate", err)
		}
	default:
		if err != nil {
			t.Fatalf("advance from %+v: %v", s.m, err)
		}
		s.m.phase++
		s.m.n++
	}
}

func (s *lifecycleMachine) returnTo(t *rapid.T) {
	to := rapid.IntRange(0, 6).Draw(t, "to")
	err := s.l.ReturnTo(context.Background(), innovation.Phase(to), innovation.Note{Reason: "retour"})
	if s.m.abandoned || to < 1 || to >= s.m.phase {
		if !errors.Is(err, innovation.ErrTransition) {
			t.Fatalf("return from %+v to %d: %v, want ErrTransition", s.m, to, err)
		}
		return
	}
	if err != nil {
		t.Fatalf("return from %+v to %d: %v", s.m, to, err)
	}
	s.m.phase = to
	s.m.n++
}

func (s *lifecycleMachine) abandon(t *rapid.T) {
	err := s.l.Abandon(context.Background(), innovation.Note{Reason: "arrêt"})
	if s.m.abandoned {
		if !errors.Is(err, innovation.ErrTransition) {
			t.Fatalf("abandon twice: %v", err)
		}
		return
	}
	if err != nil {
		t.Fatalf("abandon: %v", err)
	}
	s.m.abandoned = true
	s.m.n++
}

func (s *lifecycleMachine) flipGate(t *rapid.T) { s.gate = rapid.Bool().Draw(t, "gate") }

func (s *lifecycleMachine) cancelled(t *rapid.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	before := s.l.Snapshot()
	if err := s.l.Advance(ctx, innovation.Note{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("advance with cancelled context: %v", err)
	}
	if after := s.l.Snapshot(); after.Status != before.Status || len(after.History) != len(before.History) {
		t.Fatal("cancelled advance changed the lifecycle")
	}
}

func (s *lifecycleMachine) snapshotRestore(t *rapid.T) {
	r, err := innovation.RestoreJSON(snapshotJSON(t, s.l), innovation.WithClock(s.clock.Now),
		innovation.WithGate("verdict", func(context.Context, innovation.Transition) error {
			if !s.gate {
				return errors.New("not ready")
			}
			return nil
		}))
	if err != nil {
		t.Fatalf("restore own snapshot: %v", err)
	}
	s.l = r
}

func (s *lifecycleMachine) check(t *rapid.T) {
	st := s.l.Status()
	if !st.Phase.IsValid() {
		t.Fatalf("invalid phase %v", st.Phase)
	}
	if int(st.Phase) != s.m.phase || st.Abandoned != s.m.abandoned {
		t.Fatalf("lifecycle %+v, model %+v", st, s.m)
	}
	if s.l.CanAdvance() != (!s.m.abandoned && s.m.phase < 5) {
		t.Fatalf("CanAdvance = %v for %+v", s.l.CanAdvance(), s.m)
	}
	h := s.l.History()
	if len(h) != s.m.n {
		t.Fatalf("history has %d entries, model %d", len(h), s.m.n)
	}
	// The history replays to the status, never skips on advance, and has
	// nothing after an abandon.
	at := innovation.Status{Phase: s.l.Start()}
	for i, tr := range h {
		if tr.Kind == innovation.Advance && tr.To != tr.From+1 {
			t.Fatalf("history[%d] skips: %+v", i, tr)
		}
		if at.Abandoned {
			t.Fatalf("history[%d] after abandon", i)
		}
		next, err := innovation.Next(at, tr.Kind, tr.To)
		if err != nil {
			t.Fatalf("history[%d] does not replay: %v", i, err)
		}
		at = next
	}
	if at != st {
		t.Fatalf("history replays to %+v, status %+v", at, st)
	}
}

func snapshotJSON(t *rapid.T, l *innovation.Lifecycle) []byte {
	b, err := l.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLifecycleStateMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := &lifecycleMachine{}
		s.init(t)
		t.Repeat(map[string]func(*rapid.T){
			"advance":  s.advance,
			"return":   s.returnTo,
			"abandon":  s.abandon,
			"gate":     s.flipGate,
			"cancel":   s.cancelled,
			"snapshot": s.snapshotRestore,
			"":         s.check,
		})
	})
}

// Next agrees with the lifecycle on every single step from every status.
func TestNextMatchesLifecycle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := innovation.Phase(rapid.IntRange(1, 5).Draw(t, "start"))
		kind := innovation.TransitionKind(rapid.IntRange(1, 3).Draw(t, "kind"))
		to := innovation.Phase(rapid.IntRange(0, 6).Draw(t, "to"))
		l, _ := innovation.New(start, innovation.WithClock(func() time.Time { return time.Unix(0, 0) }))
		var err error
		note := innovation.Note{Reason: "r"}
		switch kind {
		case innovation.Advance:
			err = l.Advance(context.Background(), note)
			to = 0
		case innovation.Return:
			err = l.ReturnTo(context.Background(), to, note)
		case innovation.Abandon:
			err = l.Abandon(context.Background(), note)
		}
		want, nerr := innovation.Next(innovation.Status{Phase: start}, kind, to)
		if (err == nil) != (nerr == nil) || l.Status() != want {
			t.Fatalf("lifecycle: %v %+v; Next: %v %+v", err, l.Status(), nerr, want)
		}
	})
}

// The adopters' harness (innovationtest) run on our own lifecycle, with a
// funder-like gate whose verdict is stated through Expect: it refuses the
// crossing into the operator model unless the note says the model is ready.
func TestLifecycleHarness(t *testing.T) {
	ready := func(from innovation.Phase, note innovation.Note) bool {
		next, _ := from.Next()
		return next.EconomicModel() != innovation.ModeleOperateur || strings.Contains(note.Reason, "opérateur")
	}
	innovationtest.Run(t, innovationtest.Harness{
		Gates: []innovationtest.Gate{{Name: "modèle opérateur", Func: func(_ context.Context, p innovation.Transition) error {
			if !ready(p.From, innovation.Note{By: p.By, Reason: p.Reason}) {
				return errors.New("no operator model")
			}
			return nil
		}}},
		Expect:     ready,
		MaxHistory: 8,
		Notes: rapid.Custom(func(t *rapid.T) innovation.Note {
			return innovation.Note{By: "comité", Reason: rapid.SampledFrom([]string{"modèle opérateur prêt", "retour", "arrêt"}).Draw(t, "reason")}
		}),
	})
}
