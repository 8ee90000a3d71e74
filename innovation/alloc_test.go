package innovation_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestReadOnlyQueriesDoNotAllocate: the read-only queries and the hot read
// paths allocate nothing.
func TestReadOnlyQueriesDoNotAllocate(t *testing.T) {
	l := mustNew(t, innovation.Modelisation)
	n := innovation.DefaultNeeds()
	s := innovation.DefaultStakeholders()
	var sink int
	tests := []struct {
		name string
		f    func()
	}{
		{"Lifecycle.Phase", func() { sink += int(l.Phase()) }},
		{"Lifecycle.Status", func() { sink += int(l.Status().Phase) }},
		{"Lifecycle.CanAdvance", func() {
			if l.CanAdvance() {
				sink++
			}
		}},
		{"Next", func() {
			st, _ := innovation.Next(innovation.Status{Phase: innovation.Conception}, innovation.Advance, 0)
			sink += int(st.Phase)
		}},
		{"Status.String", func() { sink += len(innovation.Status{Phase: innovation.Essaimage}.String()) }},
		{"NeedsMatrix.Of", func() { sink += int(n.Of(innovation.Essaimage)[0].Intensity) }},
		{"NeedsMatrix.At", func() { sink += int(n.At(innovation.Conseil, innovation.RDSocietale).Intensity) }},
		{"StakeholderMatrix.Of", func() { sink += int(s.Of(innovation.Modelisation)[0]) }},
		{"StakeholderMatrix.At", func() { sink += int(s.At(innovation.Pairs, innovation.ModelisationMacro)) }},
		{"Phase.String", func() { sink += len(innovation.Modelisation.String()) }},
		{"Phase.Label", func() { sink += len(innovation.Modelisation.Label(lang.French)) }},
		{"Phase.Next", func() { p, _ := innovation.Modelisation.Next(); sink += int(p) }},
		{"ParsePhase key", func() { p, _ := innovation.ParsePhase("industrialisation"); sink += int(p) }},
		{"ParsePhase French label", func() { p, _ := innovation.ParsePhase("EXPÉRIMENTATION"); sink += int(p) }},
		{"ParseIntensity", func() { i, _ := innovation.ParseIntensity("+++"); sink += int(i) }},
		{"ParseStakeholder apostrophe", func() { v, _ := innovation.ParseStakeholder("Porteur d’idée"); sink += int(v) }},
		{"ParseLang", func() { v, _ := lang.Parse(" English "); sink += int(v) }},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(100, tt.f); got != 0 {
			t.Errorf("%s: %v allocs per run, want 0", tt.name, got)
		}
	}
	if sink == 0 {
		t.Errorf("the read paths returned nothing")
	}
}
