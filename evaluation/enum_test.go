package evaluation

import (
	"errors"
	"testing"

	"github.com/seed424036fd/societal/problem"

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

func TestEnumZeroInvalid(t *testing.T) {
	checks := []struct {
		name  string
		valid bool
		str   string
		err   error
	}{
		{"Form", Form(0).IsValid(), Form(0).String(), marshalErr(Form(0))},
		{"Degree", Degree(0).IsValid(), Degree(0).String(), marshalErr(Degree(0))},
		{"Evaluator", Evaluator(0).IsValid(), Evaluator(0).String(), marshalErr(Evaluator(0))},
		{"ImpactKind", ImpactKind(0).IsValid(), ImpactKind(0).String(), marshalErr(ImpactKind(0))},
		{"ResultLever", ResultLever(0).IsValid(), ResultLever(0).String(), marshalErr(ResultLever(0))},
		{"CommonGood", CommonGood(0).IsValid(), CommonGood(0).String(), marshalErr(CommonGood(0))},
		{"Outcome", Outcome(0).IsValid(), Outcome(0).String(), marshalErr(Outcome(0))},
		{"Direction", Direction(0).IsValid(), Direction(0).String(), marshalErr(Direction(0))},
		{"Code", Code(0).IsValid(), Code(0).String(), marshalErr(Code(0))},
	}
	for _, c := range checks {
		if c.valid {
			t.Errorf("%s(0).IsValid() = true", c.name)
		}
		if want := "%!" + c.name + "(0)"; c.str != want {
			t.Errorf("%s(0).String() = %q, want %q", c.name, c.str, want)
		}
		if !errors.Is(c.err, ErrInvalid) {
			t.Errorf("%s(0).MarshalText() error = %v, want ErrInvalid", c.name, c.err)
		}
	}
	if Form(9).String() != "%!Form(9)" || Form(9).Label(lang.English) != "%!Form(9)" {
		t.Errorf("out-of-range Form prints %q", Form(9).String())
	}
}

func marshalErr(v interface{ MarshalText() ([]byte, error) }) error {
	_, err := v.MarshalText()
	return err
}

func TestParseErrors(t *testing.T) {
	for _, s := range []string{"", "perf", "compter!", string(make([]byte, 100)), "\xff"} {
		_, err := ParseForm(s)
		var pe *problem.Error
		if !errors.As(err, &pe) || !errors.Is(err, ErrUnknown) || (pe.Code != "unknown-name" && pe.Code != "missing-name") {
			t.Errorf("ParseForm(%q) error = %v, want *problem.Error wrapping ErrUnknown", s, err)
		}
	}
	var d Degree = Compter
	if err := d.UnmarshalText([]byte("bogus")); err == nil || d != Compter {
		t.Errorf("UnmarshalText(bogus) = %v, left %v; want an error and Compter unchanged", err, d)
	}
	if err := d.UnmarshalText([]byte("SE CONTER")); err != nil || d != SeConter {
		t.Errorf("UnmarshalText(SE CONTER) = %v, %v", err, d)
	}
}

func TestIterators(t *testing.T) {
	count := func(n int, want int, name string) {
		if n != want {
			t.Errorf("%s yields %d values, want %d", name, n, want)
		}
	}
	n := 0
	for range Forms() {
		n++
	}
	count(n, NumForms, "Forms")
	n = 0
	for range Degrees() {
		n++
	}
	count(n, NumDegrees, "Degrees")
	n = 0
	for range Evaluators() {
		n++
	}
	count(n, NumEvaluators, "Evaluators")
	n = 0
	for range ImpactKinds() {
		n++
	}
	count(n, NumImpactKinds, "ImpactKinds")
	n = 0
	for range ResultLevers() {
		n++
	}
	count(n, NumResultLevers, "ResultLevers")
	n = 0
	for range CommonGoods() {
		n++
	}
	count(n, numCommonGoods, "CommonGoods")
	n = 0
	for range Outcomes() {
		n++
	}
	count(n, 4, "Outcomes")
	n = 0
	for c := range Codes() {
		if c.Source() == "" {
			t.Errorf("code %v has no source", c)
		}
		if c.Label(lang.French) == "" || c.Label(lang.English) == "" {
			t.Errorf("code %v has no label", c)
		}
		n++
	}
	count(n, int(NoBeneficiaryAccount), "Codes")
	if Code(0).Source() != "" {
		t.Errorf("Code(0).Source() = %q", Code(0).Source())
	}
	// early stop
	for f := range Forms() {
		if f != Performance {
			t.Errorf("first form %v", f)
		}
		break
	}
}
