package innovation_test

// looplab/fsm v1.0.3 has failure modes that wedge or race a bare FSM. Each
// test below reproduces the trigger against our Lifecycle and shows it stays
// usable and correct.

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// deadlockAfter is how long a single Advance may take before the test calls
// it a deadlock. It guards against a hang, not a speed goal (those live in the
// benchmarks): an Advance takes microseconds, so the margin is wide enough for
// a starved CI machine running -race.
const deadlockAfter = 30 * time.Second

// within fails the test if f does not return in d: a deadlock shows as a
// failure, not as a hung test binary.
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatal("deadlock: call did not return")
	}
}

// looplab issue #115: a cancelled context passed to Event leaves the FSM "in
// transition" for good. Our lifecycle never hands the caller's context to
// the FSM: a cancelled context is a clear error, the state is unchanged, and
// the next call works.
func TestCancelledContextDoesNotWedge(t *testing.T) {
	l := mustNew(t, innovation.Conception,
		innovation.WithGate("slow", func(ctx context.Context, _ innovation.Transition) error { return ctx.Err() }))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := l.Advance(ctx, innovation.Note{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Advance with cancelled context = %v, want context.Canceled", err)
	}
	var te *innovation.TransitionError
	if !errors.As(err, &te) || te.From != innovation.Conception {
		t.Fatalf("err = %#v, want a *TransitionError from conception", err)
	}
	if l.Phase() != innovation.Conception || len(l.History()) != 0 {
		t.Fatal("cancelled advance changed the lifecycle")
	}
	if err := l.Advance(context.Background(), innovation.Note{}); err != nil {
		t.Fatalf("next Advance: %v", err)
	}
	if l.Phase() != innovation.Experimentation {
		t.Fatalf("Phase = %v, want experimentation", l.Phase())
	}

	// A context cancelled while the gates run is caught before the commit.
	ctx2, cancel2 := context.WithCancel(context.Background())
	l2 := mustNew(t, innovation.Conception,
		innovation.WithGate("cancels", func(context.Context, innovation.Transition) error { cancel2(); return nil }))
	if err := l2.Advance(ctx2, innovation.Note{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Advance cancelled during gates = %v", err)
	}
	if l2.Phase() != innovation.Conception {
		t.Fatal("advance cancelled during gates was applied")
	}
}

// A panic in a looplab callback leaves its mutex held. A gate that panics
// refuses the advance with an error; the lifecycle goes on.
func TestPanickingGateDoesNotWedge(t *testing.T) {
	fail := true
	l := mustNew(t, innovation.Essaimage, innovation.WithGate("flaky", func(context.Context, innovation.Transition) error {
		if fail {
			panic("boom")
		}
		return nil
	}))
	var err error
	within(t, deadlockAfter, func() { err = l.Advance(context.Background(), innovation.Note{}) })
	var ge *innovation.GateError
	if !errors.Is(err, innovation.ErrGate) || !errors.As(err, &ge) || !ge.Panicked || ge.Gate != "flaky" {
		t.Fatalf("err = %v, want a *GateError for the panicking gate", err)
	}
	if l.Phase() != innovation.Essaimage {
		t.Fatal("advance applied despite the panic")
	}
	fail = false
	within(t, deadlockAfter, func() { err = l.Advance(context.Background(), innovation.Note{}) })
	if err != nil || l.Phase() != innovation.Industrialisation {
		t.Fatalf("Advance after the panic = %v, phase %v", err, l.Phase())
	}

	// A clock that panics does not wedge either.
	l3 := mustNew(t, innovation.Conception, innovation.WithClock(func() time.Time { panic("clock") }))
	within(t, deadlockAfter, func() { err = l3.Advance(context.Background(), innovation.Note{}) })
	if err != nil || l3.Phase() != innovation.Experimentation {
		t.Fatalf("Advance with a panicking clock = %v", err)
	}
}

// looplab issue #87: Can or SetState called from a callback deadlocks. A gate
// may call every read method of the lifecycle it guards; a gate that makes a
// transition makes the guarded advance fail with ErrConflict, without
// deadlock.
func TestReentrantGateDoesNotDeadlock(t *testing.T) {
	var l *innovation.Lifecycle
	l = mustNew(t, innovation.Conception, innovation.WithGate("reader", func(context.Context, innovation.Transition) error {
		_ = l.Phase()
		_ = l.Status()
		_ = l.CanAdvance()
		_ = l.History()
		_ = l.Snapshot()
		_ = innovation.Mermaid(l.Status(), lang.French)
		return nil
	}))
	var err error
	within(t, deadlockAfter, func() { err = l.Advance(context.Background(), innovation.Note{}) })
	if err != nil || l.Phase() != innovation.Experimentation {
		t.Fatalf("Advance with a reading gate = %v", err)
	}

	var w *innovation.Lifecycle
	w = mustNew(t, innovation.Modelisation, innovation.WithGate("writer", func(ctx context.Context, p innovation.Transition) error {
		if p.From == innovation.Modelisation {
			return w.ReturnTo(ctx, innovation.Conception, innovation.Note{Reason: "from inside a gate"})
		}
		return nil
	}))
	within(t, deadlockAfter, func() { err = w.Advance(context.Background(), innovation.Note{}) })
	if !errors.Is(err, innovation.ErrConflict) {
		t.Fatalf("Advance whose gate transitioned = %v, want ErrConflict", err)
	}
	if w.Phase() != innovation.Conception || len(w.History()) != 1 {
		t.Fatalf("phase %v, history %+v: want only the gate's return", w.Phase(), w.History())
	}
}

// looplab's Visualize reads the state without a lock. Our Mermaid diagram,
// read while other goroutines make transitions, is race-free (run with -race).
func TestConcurrentUseIsRaceFree(t *testing.T) {
	l := mustNew(t, innovation.Conception, innovation.WithGate("ok", func(context.Context, innovation.Transition) error { return nil }))
	ctx := context.Background()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if err := l.Advance(ctx, innovation.Note{}); err != nil {
					if !l.CanAdvance() {
						_ = l.ReturnTo(ctx, innovation.Conception, innovation.Note{Reason: "again"})
					}
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				_ = innovation.Mermaid(l.Status(), lang.English)
				_ = l.Snapshot()
				_ = l.Phase()
			}
		}()
	}
	wg.Wait()
	// Whatever interleaving happened, the history replays to the status.
	r, err := innovation.Restore(l.Snapshot())
	if err != nil {
		t.Fatalf("history does not replay: %v", err)
	}
	if r.Status() != l.Status() {
		t.Fatalf("replayed %+v, lifecycle %+v", r.Status(), l.Status())
	}
}
