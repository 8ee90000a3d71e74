package innovationtest

import (
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/innovation"
)

// qualifiers are the qualifiers drawn for needs cells besides random text:
// the empty qualifier and words of the model's matrix.
var qualifiers = []string{"", "avis", "stratégique", "opérationnel"}

// Needs generates a valid needs/levers matrix: every lever × macro-phase
// cell once, a random intensity, a qualifier of at most
// innovation.MaxQualifier bytes. The cells are handed to innovation.NewNeeds
// in a random order.
func Needs() *rapid.Generator[innovation.Needs] {
	return rapid.Custom(func(t *rapid.T) innovation.Needs {
		var cells []innovation.NeedsCell
		for l := range innovation.Levers() {
			for m := range innovation.MacroPhases() {
				q := rapid.OneOf(rapid.SampledFrom(qualifiers), text(0, innovation.MaxQualifier/4)).Draw(t, "qualifier")
				cells = append(cells, innovation.NeedsCell{Lever: l, MacroPhase: m, Intensity: Intensity().Draw(t, "intensity"), Qualifier: q})
			}
		}
		n, err := innovation.NewNeeds(rapid.Permutation(cells).Draw(t, "order"))
		if err != nil {
			t.Fatalf("innovationtest: NewNeeds refused a generated matrix: %v", err)
		}
		return n
	})
}

// Stakeholders generates a valid stakeholders matrix: every stakeholder ×
// macro-phase cell once with a random intensity, built through
// innovation.NewStakeholders from cells in a random order.
func Stakeholders() *rapid.Generator[innovation.Stakeholders] {
	return rapid.Custom(func(t *rapid.T) innovation.Stakeholders {
		var cells []innovation.StakeholdersCell
		for s := range innovation.AllStakeholders() {
			for m := range innovation.MacroPhases() {
				cells = append(cells, innovation.StakeholdersCell{Stakeholder: s, MacroPhase: m, Intensity: Intensity().Draw(t, "intensity")})
			}
		}
		s, err := innovation.NewStakeholders(rapid.Permutation(cells).Draw(t, "order"))
		if err != nil {
			t.Fatalf("innovationtest: NewStakeholders refused a generated matrix: %v", err)
		}
		return s
	})
}
