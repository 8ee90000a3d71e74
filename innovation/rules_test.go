package innovation_test

import (
	"errors"
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

func TestNextTable(t *testing.T) {
	I, C, E, M, S := innovation.Industrialisation, innovation.Conception, innovation.Experimentation, innovation.Modelisation, innovation.Essaimage
	type st = innovation.Status
	tests := []struct {
		from st
		kind innovation.TransitionKind
		to   innovation.Phase
		want st
		ok   bool
	}{
		{st{Phase: C}, innovation.Advance, 0, st{Phase: E}, true},
		{st{Phase: C}, innovation.Advance, E, st{Phase: E}, true},
		{st{Phase: C}, innovation.Advance, M, st{}, false}, // skip
		{st{Phase: S}, innovation.Advance, 0, st{Phase: I}, true},
		{st{Phase: I}, innovation.Advance, 0, st{}, false},
		{st{Phase: I}, innovation.Return, C, st{Phase: C}, true},
		{st{Phase: I}, innovation.Return, S, st{Phase: S}, true},
		{st{Phase: M}, innovation.Return, M, st{}, false},
		{st{Phase: M}, innovation.Return, I, st{}, false},
		{st{Phase: C}, innovation.Return, C, st{}, false},
		{st{Phase: M}, innovation.Abandon, 0, st{Phase: M, Abandoned: true}, true},
		{st{Phase: M, Abandoned: true}, innovation.Advance, 0, st{}, false},
		{st{Phase: M, Abandoned: true}, innovation.Return, C, st{}, false},
		{st{Phase: M, Abandoned: true}, innovation.Abandon, 0, st{}, false},
		{st{Phase: 0}, innovation.Advance, 0, st{}, false},
		{st{Phase: C}, 0, 0, st{}, false},
		{st{Phase: C}, 9, 0, st{}, false},
	}
	for _, tt := range tests {
		got, err := innovation.Next(tt.from, tt.kind, tt.to)
		if tt.ok {
			if err != nil || got != tt.want {
				t.Errorf("Next(%+v, %v, %v) = %+v, %v; want %+v", tt.from, tt.kind, tt.to, got, err, tt.want)
			}
			continue
		}
		if !errors.Is(err, innovation.ErrTransition) || got != tt.from {
			t.Errorf("Next(%+v, %v, %v) = %+v, %v; want refusal leaving the status", tt.from, tt.kind, tt.to, got, err)
		}
	}
}
