package innovation_test

import (
	"errors"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/innovation"
)

// FuzzParseFacts: the parsers of the innovator's needs, natures, kinds of
// need, resources and alliance impacts never panic; what they accept
// round-trips through String; what they refuse is an unknown-name problem wrapping
// ErrUnknown.
func FuzzParseFacts(f *testing.F) {
	for _, s := range []string{"avis", "Irriguer", "Projet d'extension", "accompagnement", "Fonctions support", "La confiance des Hommes et des territoires", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, v interface{ String() string }, err error, reparse func(string) (any, error)) {
			if err != nil {
				var pe *problem.Error
				if !errors.As(err, &pe) || !errors.Is(err, innovation.ErrUnknown) {
					t.Fatalf("%s(%q): %T %v, want an unknown-name problem wrapping ErrUnknown", name, s, err, err)
				}
				return
			}
			again, err := reparse(v.String())
			if err != nil || again != v {
				t.Fatalf("%s(%q) = %v, but %s(%q) = %v, %v", name, s, v, name, v.String(), again, err)
			}
		}
		n, err := innovation.ParseInnovatorNeed(s)
		check("ParseInnovatorNeed", n, err, func(s string) (any, error) { return innovation.ParseInnovatorNeed(s) })
		na, err := innovation.ParseNature(s)
		check("ParseNature", na, err, func(s string) (any, error) { return innovation.ParseNature(s) })
		k, err := innovation.ParseNeedKind(s)
		check("ParseNeedKind", k, err, func(s string) (any, error) { return innovation.ParseNeedKind(s) })
		r, err := innovation.ParseResource(s)
		check("ParseResource", r, err, func(s string) (any, error) { return innovation.ParseResource(s) })
		a, err := innovation.ParseAllianceImpact(s)
		check("ParseAllianceImpact", a, err, func(s string) (any, error) { return innovation.ParseAllianceImpact(s) })
	})
}
