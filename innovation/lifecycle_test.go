package innovation_test

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// fakeClock returns t0, t0+1m, t0+2m, … on successive calls.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2018, 3, 1, 9, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.t
	c.t = c.t.Add(time.Minute)
	return t
}

func mustNew(t testing.TB, start innovation.Phase, opts ...innovation.Option) *innovation.Lifecycle {
	t.Helper()
	l, err := innovation.New(start, opts...)
	if err != nil {
		t.Fatalf("New(%v): %v", start, err)
	}
	return l
}

func TestNewRejectsInvalidStart(t *testing.T) {
	for _, p := range []innovation.Phase{0, 6, 255} {
		if _, err := innovation.New(p); !errors.Is(err, innovation.ErrInvalid) {
			t.Errorf("New(%d) = %v, want ErrInvalid", p, err)
		}
	}
	if _, err := innovation.New(innovation.Conception, innovation.WithClock(nil)); !errors.Is(err, innovation.ErrInvalid) {
		t.Errorf("WithClock(nil): %v, want ErrInvalid", err)
	}
}

func TestAdvanceThroughAllPhases(t *testing.T) {
	ctx := context.Background()
	clock := newFakeClock()
	l := mustNew(t, innovation.Conception, innovation.WithClock(clock.Now))
	want := innovation.Conception
	for l.CanAdvance() {
		if err := l.Advance(ctx, innovation.Note{By: "comité"}); err != nil {
			t.Fatalf("Advance from %v: %v", want, err)
		}
		want++
		if got := l.Phase(); got != want {
			t.Fatalf("Phase = %v, want %v", got, want)
		}
	}
	if want != innovation.Industrialisation {
		t.Fatalf("stopped at %v", want)
	}
	err := l.Advance(ctx, innovation.Note{})
	var te *innovation.TransitionError
	if !errors.Is(err, innovation.ErrTransition) || !errors.As(err, &te) {
		t.Fatalf("Advance past the end = %v, want *TransitionError wrapping ErrTransition", err)
	}
	if te.From != innovation.Industrialisation || te.Kind != innovation.Advance || te.Code != "last-phase" {
		t.Errorf("error context = %+v", te)
	}
	h := l.History()
	if len(h) != 4 {
		t.Fatalf("history has %d entries, want 4", len(h))
	}
	for i, tr := range h {
		if tr.From != innovation.Phase(i+1) || tr.To != innovation.Phase(i+2) || tr.Kind != innovation.Advance || tr.By != "comité" {
			t.Errorf("history[%d] = %+v", i, tr)
		}
		if i > 0 && !tr.At.After(h[i-1].At) {
			t.Errorf("history[%d].At %v not after %v", i, tr.At, h[i-1].At)
		}
	}
}

func TestRefusedTransitions(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		start innovation.Phase
		do    func(l *innovation.Lifecycle) error
		want  error
		code  string // TransitionError.Code
	}{
		{"return forward", innovation.Experimentation, func(l *innovation.Lifecycle) error {
			return l.ReturnTo(ctx, innovation.Essaimage, innovation.Note{Reason: "x"})
		}, innovation.ErrTransition, "not-earlier"},
		{"return to same", innovation.Modelisation, func(l *innovation.Lifecycle) error {
			return l.ReturnTo(ctx, innovation.Modelisation, innovation.Note{Reason: "x"})
		}, innovation.ErrTransition, "not-earlier"},
		{"return to invalid", innovation.Modelisation, func(l *innovation.Lifecycle) error {
			return l.ReturnTo(ctx, 0, innovation.Note{Reason: "x"})
		}, innovation.ErrTransition, "invalid-target"},
		{"return without reason", innovation.Modelisation, func(l *innovation.Lifecycle) error {
			return l.ReturnTo(ctx, innovation.Conception, innovation.Note{})
		}, innovation.ErrInvalid, "missing-reason"},
		{"abandon without reason", innovation.Modelisation, func(l *innovation.Lifecycle) error {
			return l.Abandon(ctx, innovation.Note{})
		}, innovation.ErrInvalid, "missing-reason"},
		{"note too long", innovation.Conception, func(l *innovation.Lifecycle) error {
			return l.Advance(ctx, innovation.Note{Reason: strings.Repeat("x", innovation.MaxProse+1)})
		}, innovation.ErrLimit, "over-limit"},
		{"note with NUL", innovation.Conception, func(l *innovation.Lifecycle) error {
			return l.Advance(ctx, innovation.Note{By: "a\x00b"})
		}, innovation.ErrInvalid, "control-character"},
		{"note invalid UTF-8", innovation.Conception, func(l *innovation.Lifecycle) error {
			return l.Advance(ctx, innovation.Note{Reason: "\xff"})
		}, innovation.ErrInvalid, "not-utf8"},
		{"advance after abandon", innovation.Essaimage, func(l *innovation.Lifecycle) error {
			if err := l.Abandon(ctx, innovation.Note{Reason: "no funding"}); err != nil {
				return err
			}
			return l.Advance(ctx, innovation.Note{})
		}, innovation.ErrTransition, "abandoned"},
		{"return after abandon", innovation.Essaimage, func(l *innovation.Lifecycle) error {
			if err := l.Abandon(ctx, innovation.Note{Reason: "no funding"}); err != nil {
				return err
			}
			return l.ReturnTo(ctx, innovation.Conception, innovation.Note{Reason: "restart"})
		}, innovation.ErrTransition, "abandoned"},
		{"abandon twice", innovation.Conception, func(l *innovation.Lifecycle) error {
			if err := l.Abandon(ctx, innovation.Note{Reason: "stop"}); err != nil {
				return err
			}
			return l.Abandon(ctx, innovation.Note{Reason: "stop again"})
		}, innovation.ErrTransition, "abandoned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := mustNew(t, tt.start)
			before := l.Snapshot()
			err := tt.do(l)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var te *innovation.TransitionError
			if !errors.As(err, &te) {
				t.Fatalf("err %T is not a *TransitionError", err)
			}
			if te.Code != tt.code {
				t.Errorf("Code = %q, want %q (%v)", te.Code, tt.code, err)
			}
			// Every word of the refusal comes from the module's tables but
			// the note's field and text, quoted.
			var data []string
			for p := range problem.All(te.Err) {
				data = append(data, p.Path, strconv.Quote(p.Value), strings.TrimSuffix(p.Value, "…"))
			}
			for _, e := range langtest.Escaped(te.Text(lang.Pseudo), data...) {
				t.Errorf("Text(Pseudo) = %q: %q escaped the tables", e.Text, e.Word)
			}
			// The refused transition changed nothing (the abandon cases changed
			// things before the refused call; compare only the final call).
			after := l.Snapshot()
			if !after.Status.Abandoned && (after.Status != before.Status || len(after.History) != len(before.History)) {
				t.Errorf("refused transition changed the lifecycle: %+v -> %+v", before, after)
			}
		})
	}
}

func TestReturnAndAbandonAreRecorded(t *testing.T) {
	ctx := context.Background()
	l := mustNew(t, innovation.Essaimage, innovation.WithClock(newFakeClock().Now))
	if err := l.ReturnTo(ctx, innovation.Experimentation, innovation.Note{By: "porteur", Reason: "tester à nouveau"}); err != nil {
		t.Fatal(err)
	}
	if err := l.Abandon(ctx, innovation.Note{By: "conseil", Reason: "plus de financement"}); err != nil {
		t.Fatal(err)
	}
	if s := l.Status(); s != (innovation.Status{Phase: innovation.Experimentation, Abandoned: true}) {
		t.Errorf("Status = %+v", s)
	}
	if l.CanAdvance() {
		t.Error("CanAdvance after abandon")
	}
	h := l.History()
	want := []innovation.Transition{
		{From: innovation.Essaimage, To: innovation.Experimentation, Kind: innovation.Return, By: "porteur", Reason: "tester à nouveau"},
		{From: innovation.Experimentation, To: innovation.Experimentation, Kind: innovation.Abandon, By: "conseil", Reason: "plus de financement"},
	}
	if len(h) != len(want) {
		t.Fatalf("history = %+v", h)
	}
	for i := range want {
		want[i].At = h[i].At
		if h[i] != want[i] {
			t.Errorf("history[%d] = %+v, want %+v", i, h[i], want[i])
		}
	}
	// History returns a copy: changing it changes nothing.
	h[0].Reason = "changed"
	if l.History()[0].Reason != "tester à nouveau" {
		t.Error("History shares memory with the lifecycle")
	}
}

func TestClockGoingBackIsHeld(t *testing.T) {
	times := []time.Time{
		time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	i := 0
	clock := func() time.Time { t := times[i%len(times)]; i++; return t }
	l := mustNew(t, innovation.Conception, innovation.WithClock(clock))
	ctx := context.Background()
	_ = l.Advance(ctx, innovation.Note{})
	_ = l.Advance(ctx, innovation.Note{})
	h := l.History()
	if len(h) != 2 || h[1].At.Before(h[0].At) {
		t.Fatalf("history times decrease: %+v", h)
	}
	if _, err := innovation.Restore(l.Snapshot()); err != nil {
		t.Fatalf("Restore of own snapshot: %v", err)
	}
}
