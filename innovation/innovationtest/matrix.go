package innovationtest

import (
	"github.com/seed424036fd/societal/internal/gen"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/innovation"
)

// qualifiers are the qualifiers drawn for needs cells besides random text:
// the empty qualifier and words of the model's matrix.
var qualifiers = []string{"", "avis", "stratégique", "opérationnel"}

// Needs generates a valid needs/levers matrix: every lever × macro-phase
// cell once, a random intensity, a qualifier of at most
// innovation.MaxQualifier bytes. The cells are handed to innovation.NewNeedsMatrix
// in a random order.
func Needs() *rapid.Generator[innovation.NeedsMatrix] {
	return rapid.Custom(func(t *rapid.T) innovation.NeedsMatrix {
		var cells []innovation.NeedsCell
		for l := range innovation.Levers() {
			for m := range innovation.MacroPhases() {
				q := rapid.OneOf(rapid.SampledFrom(qualifiers), gen.Text(0, innovation.MaxQualifier/4)).Draw(t, "qualifier")
				cells = append(cells, innovation.NeedsCell{Lever: l, MacroPhase: m, Intensity: Intensity().Draw(t, "intensity"), Qualifier: q})
			}
		}
		n, err := innovation.NewNeedsMatrix(rapid.Permutation(cells).Draw(t, "order"))
		if err != nil {
			t.Fatalf("innovationtest: NewNeedsMatrix refused a generated matrix: %v", err)
		}
		return n
	})
}

// Stakeholders generates a valid stakeholders matrix: every stakeholder ×
// macro-phase cell once with a random intensity, built through
// innovation.NewStakeholderMatrix from cells in a random order.
func Stakeholders() *rapid.Generator[innovation.StakeholderMatrix] {
	return rapid.Custom(func(t *rapid.T) innovation.StakeholderMatrix {
		var cells []innovation.StakeholderCell
		for s := range innovation.Stakeholders() {
			for m := range innovation.MacroPhases() {
				cells = append(cells, innovation.StakeholderCell{Stakeholder: s, MacroPhase: m, Intensity: Intensity().Draw(t, "intensity")})
			}
		}
		s, err := innovation.NewStakeholderMatrix(rapid.Permutation(cells).Draw(t, "order"))
		if err != nil {
			t.Fatalf("innovationtest: NewStakeholderMatrix refused a generated matrix: %v", err)
		}
		return s
	})
}
