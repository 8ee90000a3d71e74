package societal_test

// Fixtures shared by the tests of the package: a dossier where every check
// that applies is met, the example dossier, and comparisons.

import (
	"slices"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// dropContributions removes the contributions on lever l, except those of
// the partners in keep.
func dropContributions(l innovation.Lever, keep ...string) func(*partnership.Spec) {
	return func(s *partnership.Spec) {
		s.Contributions = slices.DeleteFunc(s.Contributions, func(c partnership.Contribution) bool {
			return c.Lever == l && !slices.Contains(keep, c.Partner)
		})
	}
}

// notApplicable is where a check does not apply with a ready dossier.
func notApplicable(id societal.CheckID, p innovation.Phase) bool {
	return id == societal.DimensionsCovered && p < innovation.Modelisation ||
		id == societal.NextNeedsSupplied && p == innovation.Industrialisation
}

// problemsIn returns the problems joined in err, in order.
func problemsIn(err error) []*problem.Error { return problem.List(err) }

// paths returns the paths of the problems in err.
func paths(err error) []string {
	var out []string
	for _, p := range problemsIn(err) {
		out = append(out, p.Path)
	}
	return out
}

// codes returns the codes of the problems in err.
func codes(err error) []string {
	var out []string
	for _, p := range problemsIn(err) {
		out = append(out, p.Code)
	}
	return out
}

// numChecks is the number of checks of the assessment.
func numChecks() int { return len(slices.Collect(societal.CheckIDs())) }
