package innovation_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/problem"
)

func TestGates(t *testing.T) {
	ctx := context.Background()
	errNoBudget := errors.New("no budget")
	var seen innovation.Transition
	l := mustNew(t, innovation.Modelisation,
		innovation.WithGate("budget", func(_ context.Context, p innovation.Transition) error {
			seen = p
			return errNoBudget
		}),
		innovation.WithGate("always", func(context.Context, innovation.Transition) error { return nil }),
	)
	if err := l.AddGate("evaluation", func(context.Context, innovation.Transition) error {
		return errors.New("no proof of concept")
	}); err != nil {
		t.Fatal(err)
	}
	err := l.Advance(ctx, innovation.Note{By: "fonds"})
	if !errors.Is(err, innovation.ErrGate) || !errors.Is(err, errNoBudget) {
		t.Fatalf("err = %v, want ErrGate and errNoBudget", err)
	}
	var te *innovation.TransitionError
	if !errors.As(err, &te) || te.Code != "gates" || te.From != innovation.Modelisation || te.To != innovation.Essaimage {
		t.Fatalf("err = %#v, want a *TransitionError of code gates from modelisation to essaimage", err)
	}
	var refused []string
	for _, e := range te.Err.(interface{ Unwrap() []error }).Unwrap() {
		var ge *innovation.GateError
		if !errors.As(e, &ge) || ge.Panicked {
			t.Fatalf("%v is not a *GateError", e)
		}
		refused = append(refused, ge.Gate)
	}
	if !slices.Equal(refused, []string{"budget", "evaluation"}) {
		t.Errorf("refused by %q, want budget and evaluation (not the gate that passed)", refused)
	}
	if seen.From != innovation.Modelisation || seen.To != innovation.Essaimage || seen.Kind != innovation.Advance || seen.By != "fonds" {
		t.Errorf("gate saw %+v", seen)
	}
	if l.Phase() != innovation.Modelisation || len(l.History()) != 0 {
		t.Error("a refused advance changed the lifecycle")
	}
	// Gates do not guard returns and abandons.
	if err := l.ReturnTo(ctx, innovation.Conception, innovation.Note{Reason: "rethink"}); err != nil {
		t.Errorf("ReturnTo with failing gates: %v", err)
	}
	// Bad gates are refused.
	pass := func(context.Context, innovation.Transition) error { return nil }
	for _, tt := range []struct {
		name, code string
		g          innovation.Gate
	}{{"", "missing-gate-name", pass}, {"nil", "nil-gate", nil}, {"budget", "duplicate-gate", pass}, {"a\nb", "invalid-gate-name", pass}} {
		err := l.AddGate(tt.name, tt.g)
		var p *problem.Error
		if !errors.Is(err, innovation.ErrInvalid) || !errors.As(err, &p) || p.Code != tt.code {
			t.Errorf("AddGate(%q) = %v, want ErrInvalid of code %s", tt.name, err, tt.code)
		}
	}
}
