package innovation_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
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
	for _, want := range []string{`gate "budget": no budget`, `gate "evaluation": no proof of concept`, `from "modelisation" to "essaimage"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("err %q does not mention %q", err, want)
		}
	}
	if strings.Contains(err.Error(), `"always"`) {
		t.Errorf("err %q mentions a gate that passed", err)
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
	for name, g := range map[string]innovation.Gate{"": func(context.Context, innovation.Transition) error { return nil }, "nil": nil, "budget": func(context.Context, innovation.Transition) error { return nil }} {
		if err := l.AddGate(name, g); !errors.Is(err, innovation.ErrInvalid) {
			t.Errorf("AddGate(%q) = %v, want ErrInvalid", name, err)
		}
	}
}
