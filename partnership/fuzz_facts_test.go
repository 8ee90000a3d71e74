package partnership_test

import (
	"errors"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/partnership"
)

// FuzzParseFacts: the parsers of the performance levers, threats, SIM
// enablers and obstacles and the values of a cooperation scheme never panic;
// what they accept round-trips through String; what they refuse is a
// problem of code "unknown-name" wrapping ErrUnknown.
func FuzzParseFacts(f *testing.F) {
	for _, s := range []string{"rh", "Perte de légitimité", "Alignement précoce des attentes", "manque-temps", "defi", "co-conçue", "exécutante", "par-projet", "extension", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, v interface{ String() string }, err error, reparse func(string) (any, error)) {
			if err != nil {
				var pe *problem.Error
				if !errors.As(err, &pe) || !errors.Is(err, partnership.ErrUnknown) {
					t.Fatalf("%s(%q): %T %v, want an unknown-name problem wrapping ErrUnknown", name, s, err, err)
				}
				return
			}
			again, err := reparse(v.String())
			if err != nil || again != v {
				t.Fatalf("%s(%q) = %v, but %s(%q) = %v, %v", name, s, v, name, v.String(), again, err)
			}
		}
		l, err := partnership.ParsePerformanceLever(s)
		check("ParsePerformanceLever", l, err, func(s string) (any, error) { return partnership.ParsePerformanceLever(s) })
		th, err := partnership.ParseThreat(s)
		check("ParseThreat", th, err, func(s string) (any, error) { return partnership.ParseThreat(s) })
		e, err := partnership.ParseEnabler(s)
		check("ParseEnabler", e, err, func(s string) (any, error) { return partnership.ParseEnabler(s) })
		o, err := partnership.ParseObstacle(s)
		check("ParseObstacle", o, err, func(s string) (any, error) { return partnership.ParseObstacle(s) })
		d, err := partnership.ParseSchemeDimension(s)
		check("ParseSchemeDimension", d, err, func(s string) (any, error) { return partnership.ParseSchemeDimension(s) })
		m, err := partnership.ParseCooperationMode(s)
		check("ParseCooperationMode", m, err, func(s string) (any, error) { return partnership.ParseCooperationMode(s) })
		r, err := partnership.ParseParticipantRole(s)
		check("ParseParticipantRole", r, err, func(s string) (any, error) { return partnership.ParseParticipantRole(s) })
		fo, err := partnership.ParseFormalisation(s)
		check("ParseFormalisation", fo, err, func(s string) (any, error) { return partnership.ParseFormalisation(s) })
		c, err := partnership.ParseContinuity(s)
		check("ParseContinuity", c, err, func(s string) (any, error) { return partnership.ParseContinuity(s) })
	})
}
