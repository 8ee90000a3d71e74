package evaluation

import (
	"iter"
	"slices"
	"testing"

	"github.com/seed424036fd/societal/internal/enumtest"
	"github.com/seed424036fd/societal/lang"
)

// enumCase checks one value of an enumeration: key, labels, round trips.
type enumCase struct {
	value       interface{ String() string }
	key, fr, en string
	parse       func(string) (string, error) // returns the parsed value's key
	marshal     func() ([]byte, error)
	label       func(lang.Lang) string
	source      string
}

func TestEnums(t *testing.T) {
	var cases []enumCase
	add := func(key, fr, en string, v interface {
		String() string
		Label(lang.Lang) string
		MarshalText() ([]byte, error)
	}, parse func(string) (string, error), source string) {
		cases = append(cases, enumCase{value: v, key: key, fr: fr, en: en, parse: parse, marshal: v.MarshalText, label: v.Label, source: source})
	}
	pf := func(s string) (string, error) { v, err := ParseForm(s); return v.String(), err }
	pd := func(s string) (string, error) { v, err := ParseDegree(s); return v.String(), err }
	pe := func(s string) (string, error) { v, err := ParseEvaluator(s); return v.String(), err }
	pi := func(s string) (string, error) { v, err := ParseImpactKind(s); return v.String(), err }
	pl := func(s string) (string, error) { v, err := ParseResultLever(s); return v.String(), err }
	pc := func(s string) (string, error) { v, err := ParseCommonGood(s); return v.String(), err }
	po := func(s string) (string, error) { v, err := ParseOutcome(s); return v.String(), err }
	pr := func(s string) (string, error) { v, err := ParseDirection(s); return v.String(), err }
	add("performance", "Performance", "Performance", Performance, pf, "004:533, 5482-5483")
	add("pertinence", "Pertinence", "Relevance", Pertinence, pf, "004:535-539, 5485-5486")
	add("partenariale", "Partenariale", "Partnership", Partenariale, pf, "004:541-543, 5488-5489")
	add("se-conter", "Se conter", "Telling the story", SeConter, pd, "004:5499-5501")
	add("se-compter", "Se compter", "Comparing with peers", SeCompter, pd, "004:5503-5507")
	add("compter", "Compter", "Measuring", Compter, pd, "004:5509-5515")
	add("academiques", "Académiques", "Academics", Academiques, pe, "004:3265")
	add("beneficiaires", "Bénéficiaires", "Beneficiaries", Beneficiaires, pe, "004:3267")
	add("partenaires", "Partenaires", "Partners", Partenaires, pe, "004:3267")
	add("voulu", "Voulu", "Intended", Voulu, pi, "004:3291")
	add("attendu", "Attendu", "Expected", Attendu, pi, "004:3291")
	add("induit", "Induit par surprise", "Unexpected", Induit, pi, "004:3291")
	add("non-desirable", "Non désirable", "Undesirable", NonDesirable, pi, "004:3291-3293")
	add("economique", "Économique", "Economic", Economique, pl, "004:5437")
	add("social", "Social", "Social", Social, pl, "004:5437")
	add("environnemental", "Environnemental", "Environmental", Environnemental, pl, "004:5437")
	add("societal", "Sociétal", "Societal", Societal, pl, "004:5438")
	add("politique", "Politique", "Political", Politique, pc, "004:5430-5432")
	add("organisationnelle", "Organisationnelle", "Organisational", Organisationnelle, pc, "004:5434-5438")
	add("personnelle", "Personnelle", "Personal", Personnelle, pc, "004:5440-5442")
	add("met", "Atteint", "Met", Met, po, "[D]")
	add("not-met", "Non atteint", "Not met", NotMet, po, "[D]")
	add("unknown", "Inconnu", "Unknown", Unknown, po, "[D]")
	add("not-applicable", "Sans objet", "Not applicable", NotApplicable, po, "[D]")
	add("higher-is-better", "Plus est mieux", "Higher is better", HigherIsBetter, pr, "[D]")
	add("lower-is-better", "Moins est mieux", "Lower is better", LowerIsBetter, pr, "[D]")

	for _, c := range cases {
		t.Run(c.key, func(t *testing.T) {
			if got := c.value.String(); got != c.key {
				t.Errorf("String() = %q, want %q (%s)", got, c.key, c.source)
			}
			if got := c.label(lang.French); got != c.fr {
				t.Errorf("Label(French) = %q, want %q", got, c.fr)
			}
			if got := c.label(lang.English); got != c.en {
				t.Errorf("Label(English) = %q, want %q", got, c.en)
			}
			b, err := c.marshal()
			if err != nil || string(b) != c.key {
				t.Errorf("MarshalText() = %q, %v", b, err)
			}
			for _, s := range []string{c.key, c.fr, c.en} {
				if got, err := c.parse(s); err != nil || got != c.key {
					t.Errorf("parse(%q) = %q, %v; want %q", s, got, err, c.key)
				}
			}
		})
	}
}

// The methods of every enumeration of the package (enumtest.Check).
func TestEnumMethods(t *testing.T) {
	enumtest.Check(t,
		enumtest.Of("Form", Forms(), ParseForm),
		enumtest.Of("Degree", Degrees(), ParseDegree),
		enumtest.Of("Evaluator", Evaluators(), ParseEvaluator),
		enumtest.Of("ImpactKind", ImpactKinds(), ParseImpactKind),
		enumtest.Of("ResultLever", ResultLevers(), ParseResultLever),
		enumtest.Of("CommonGood", CommonGoods(), ParseCommonGood),
		enumtest.Of("Outcome", Outcomes(), ParseOutcome),
		enumtest.Of("Direction", Directions(), ParseDirection),
		enumtest.Of("Code", Codes(), ParseCode),
		enumtest.Of("Adoption", Adoptions(), ParseAdoption),
	)
}

func TestIterators(t *testing.T) {
	for _, tt := range []struct {
		name    string
		n, want int
	}{
		{"Forms", count(Forms()), NumForms},
		{"Degrees", count(Degrees()), NumDegrees},
		{"Evaluators", count(Evaluators()), NumEvaluators},
		{"ImpactKinds", count(ImpactKinds()), NumImpactKinds},
		{"ResultLevers", count(ResultLevers()), NumResultLevers},
		{"CommonGoods", count(CommonGoods()), numCommonGoods},
		{"Outcomes", count(Outcomes()), 4},
		{"Codes", count(Codes()), int(NoBeneficiaryAccount)},
	} {
		if tt.n != tt.want {
			t.Errorf("%s yields %d values, want %d", tt.name, tt.n, tt.want)
		}
	}
	for c := range Codes() {
		if c.Source() == "" {
			t.Errorf("code %v has no source", c)
		}
		if c.Label(lang.French) == "" || c.Label(lang.English) == "" {
			t.Errorf("code %v has no label", c)
		}
	}
	if Code(0).Source() != "" {
		t.Errorf("Code(0).Source() = %q", Code(0).Source())
	}
}

// count is the number of values seq yields.
func count[T any](seq iter.Seq[T]) int { return len(slices.Collect(seq)) }
