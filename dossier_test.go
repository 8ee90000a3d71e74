package societal_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

const examplePath = "examples/readiness/dossier.json"

func readExample(tb rapid.TB) []byte {
	tb.Helper()
	data, err := os.ReadFile(examplePath)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func decodeExample(tb rapid.TB) *societal.Dossier {
	tb.Helper()
	d, err := societal.DecodeDossier(readExample(tb))
	if err != nil {
		tb.Fatalf("decode %s: %v", examplePath, err)
	}
	return d
}

// reportsEqual compares two reports field by field, the score with
// decimal.Equal.
func reportsEqual(a, b societal.Report) bool {
	if a.Rubric != b.Rubric || a.Dossier != b.Dossier || a.Carrier != b.Carrier || a.Status != b.Status ||
		a.Next != b.Next || a.RiskZone != b.RiskZone || a.ModelChange != b.ModelChange || a.Verdict != b.Verdict {
		return false
	}
	if a.Score.Valid != b.Score.Valid || a.Score.Valid && !a.Score.Decimal.Equal(b.Score.Decimal) {
		return false
	}
	return slices.EqualFunc(a.Criteria, b.Criteria, func(x, y societal.Criterion) bool {
		return x.ID == y.ID && x.Outcome == y.Outcome && x.Severity == y.Severity && x.Detail == y.Detail &&
			slices.EqualFunc(x.Gaps, y.Gaps, func(g, h societal.Gap) bool {
				return g.Lever == h.Lever && g.Detail == h.Detail && slices.Equal(g.Partners, h.Partners)
			})
	})
}

// fieldErrors returns every *FieldError joined in err.
func fieldErrors(err error) []*societal.FieldError {
	var out []*societal.FieldError
	var walk func(error)
	walk = func(e error) {
		if fe, ok := e.(*societal.FieldError); ok {
			out = append(out, fe)
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
		}
	}
	walk(err)
	return out
}

func TestDecodeExample(t *testing.T) {
	d := decodeExample(t)
	if d.Phase != innovation.Modelisation || d.Carrier != "Wimoov (ex-Voiture & Co)" || d.EconomicModel != innovation.ModeleRD ||
		d.OperatorModel != societal.Partial || d.Dimensions != [3]societal.Evidence{societal.Established, societal.Established, societal.Partial} {
		t.Errorf("decoded %+v", d)
	}
	if d.Stakeholders[innovation.Academique] != innovation.Low || len(d.Stakeholders) != innovation.NumStakeholders {
		t.Errorf("stakeholders %v", d.Stakeholders)
	}
	if d.Partnership == nil || d.Partnership.Len() != 4 || len(d.Partnership.Contributions()) != 6 {
		t.Errorf("partnership %v", d.Partnership)
	}
	if len(d.Evaluations) != 1 || d.Evaluations[0].Form() != evaluation.Pertinence {
		t.Errorf("evaluations %v", d.Evaluations)
	}
	if d.Budget == nil || !d.Budget.Total.Equal(decimal.NewFromInt(1_000_000)) || !d.Budget.Evaluation.Equal(decimal.NewFromInt(60_000)) {
		t.Errorf("budget %+v", d.Budget)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

// minimal is the smallest valid dossier; bad inputs below change it.
const minimal = `{"name": "Projet", "phase": "conception"}`

func TestDecodeMinimal(t *testing.T) {
	d, err := societal.DecodeDossier([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Projet" || d.Phase != innovation.Conception || d.Stakeholders != nil || d.Partnership != nil || d.Budget != nil || d.Lifecycle != nil {
		t.Errorf("decoded %+v", d)
	}
	// Labels are accepted as well as keys; amounts as numbers or strings.
	d, err = societal.DecodeDossier([]byte(`{"name": "P", "phase": "Modélisation", "operator_model": "Établi",
		"budget": {"total": 1000, "evaluation": "50.5", "capacity_building": 0}}`))
	if err != nil {
		t.Fatal(err)
	}
	if d.Phase != innovation.Modelisation || d.OperatorModel != societal.Established || !d.Budget.Evaluation.Equal(decimal.RequireFromString("50.5")) {
		t.Errorf("decoded %+v, budget %+v", d, d.Budget)
	}
}

// lifecycleJSON returns the JSON of a lifecycle from conception to phase.
func lifecycleJSON(tb rapid.TB, phase innovation.Phase) string {
	tb.Helper()
	b, err := json.Marshal(history(tb, phase, false))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestDecodeRefuses(t *testing.T) {
	big := bytes.Repeat([]byte(" "), societal.MaxDossierJSON)
	big = append(big, minimal...)
	digits := strings.Repeat("9", 10_000)
	deep := strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000)
	withPartnership := func(contrib string) string {
		return `{"name": "P", "phase": "conception", "partnership": {"partners": [{"id": "a", "kind": "fondation"}],
			"contributions": [` + contrib + `]}}`
	}
	skipped := `{"start": "conception", "status": {"phase": "modelisation"}, "history": [
		{"from": "conception", "to": "modelisation", "kind": "advance", "at": "2018-01-01T00:00:00Z"}]}`

	for _, tc := range []struct {
		name  string
		in    string
		path  string  // of the first field error; "-" for none
		is    []error // sentinels the error must wrap (ErrDossier unless ErrLimit is given)
		limit bool
	}{
		{name: "unknown field", in: `{"name": "P", "phase": "conception", "colour": "blue"}`, path: ""},
		{name: "unknown nested field", in: `{"name": "P", "phase": "conception", "budget": {"total": 1, "evaluation": 0, "capacity_building": 0, "x": 1}}`, path: ""},
		{name: "trailing object", in: minimal + ` {}`, path: ""},
		{name: "trailing garbage", in: minimal + `x`, path: ""},
		{name: "two documents", in: minimal + minimal, path: ""},
		{name: "not an object", in: `[]`, path: ""},
		{name: "empty", in: ``, path: ""},
		{name: "null", in: `null`, path: "name"},
		{name: "over MaxDossierJSON", in: string(big), path: "", limit: true},
		{name: "invalid UTF-8", in: "{\"name\": \"P\xff\", \"phase\": \"conception\"}", path: ""},
		{name: "missing name", in: `{"phase": "conception"}`, path: "name"},
		{name: "missing phase", in: `{"name": "P"}`, path: "phase", is: []error{innovation.ErrUnknown}},
		{name: "unknown phase", in: `{"name": "P", "phase": "sixieme"}`, path: "phase", is: []error{innovation.ErrUnknown}},
		{name: "unknown dimension", in: `{"name": "P", "phase": "conception", "dimensions": {"couleur": "established"}}`, path: "dimensions.couleur", is: []error{innovation.ErrUnknown}},
		{name: "unknown evidence", in: `{"name": "P", "phase": "conception", "dimensions": {"solution": "peut-etre"}}`, path: "dimensions.solution", is: []error{societal.ErrUnknown}},
		{name: "unknown operator evidence", in: `{"name": "P", "phase": "conception", "operator_model": "bientot"}`, path: "operator_model", is: []error{societal.ErrUnknown}},
		{name: "unknown economic model", in: `{"name": "P", "phase": "conception", "economic_model": "mixte"}`, path: "economic_model", is: []error{innovation.ErrUnknown}},
		{name: "unknown stakeholder", in: `{"name": "P", "phase": "conception", "stakeholders": {"martiens": "+"}}`, path: "stakeholders.martiens", is: []error{innovation.ErrUnknown}},
		{name: "unknown intensity", in: `{"name": "P", "phase": "conception", "stakeholders": {"financeurs": "++++"}}`, path: "stakeholders.financeurs", is: []error{innovation.ErrUnknown}},
		{name: "history not ending in the phase", in: `{"name": "P", "phase": "modelisation", "lifecycle": ` + lifecycleJSON(t, innovation.Experimentation) + `}`, path: "lifecycle.status.phase"},
		{name: "skipped phase", in: `{"name": "P", "phase": "modelisation", "lifecycle": ` + skipped + `}`, path: "lifecycle", is: []error{innovation.ErrSnapshot}},
		{name: "unknown phase in the history", in: `{"name": "P", "phase": "conception", "lifecycle": {"start": "zero", "status": {"phase": "conception"}, "history": []}}`, path: ""},
		{name: "negative amount", in: withPartnership(`{"partner": "a", "lever": "financement", "kind": "financier", "amount": {"value": "-1", "currency": "EUR"}}`),
			path: "partnership.contributions[0].amount.value", is: []error{partnership.ErrNegative}},
		{name: "unknown partner", in: withPartnership(`{"partner": "b", "lever": "financement", "kind": "financier"}`),
			path: "partnership.contributions[0].partner", is: []error{partnership.ErrUnknownPartner}},
		{name: "unknown degree", in: `{"name": "P", "phase": "conception", "evaluations": [{"form": "pertinence", "degree": "beaucoup"}]}`,
			path: "evaluations[0].degree", is: []error{evaluation.ErrUnknown}},
		{name: "too many evaluations", in: `{"name": "P", "phase": "conception", "evaluations": [` + strings.TrimSuffix(strings.Repeat(`{"form": "pertinence", "degree": "se-conter"},`, societal.MaxEvaluations+1), ",") + `]}`,
			path: "evaluations", limit: true},
		{name: "budget over 100%", in: `{"name": "P", "phase": "conception", "budget": {"total": 100, "evaluation": 101, "capacity_building": 0}}`,
			path: "budget.evaluation", is: []error{evaluation.ErrInvalid}},
		{name: "budget together over 100%", in: `{"name": "P", "phase": "conception", "budget": {"total": 100, "evaluation": 60, "capacity_building": 60}}`,
			path: "budget", is: []error{evaluation.ErrInvalid}},
		{name: "budget amount missing", in: `{"name": "P", "phase": "conception", "budget": {"total": 100, "evaluation": 6}}`, path: "budget.capacity_building"},
		// encoding/json refuses a non-number in a json.Number before the
		// dossier is read: the error has no path.
		{name: "budget amount not a number", in: `{"name": "P", "phase": "conception", "budget": {"total": "cent", "evaluation": 6, "capacity_building": 0}}`, path: "budget.total"},
		// Budget amounts are bounded before they are parsed: ErrLimit.
		{name: "absurd exponent in the budget", in: `{"name": "P", "phase": "conception", "budget": {"total": 1e999999999, "evaluation": 0, "capacity_building": 0}}`,
			path: "budget.total", limit: true},
		{name: "10,000-digit budget", in: `{"name": "P", "phase": "conception", "budget": {"total": ` + digits + `, "evaluation": 0, "capacity_building": 0}}`,
			path: "budget.total", limit: true},
		{name: "absurd exponent in an amount", in: withPartnership(`{"partner": "a", "lever": "financement", "kind": "financier", "amount": {"value": "1e999999999", "currency": "EUR"}}`),
			path: "partnership.contributions[0].amount.value", limit: true, is: []error{partnership.ErrLimit}},
		{name: "10,000-digit amount", in: withPartnership(`{"partner": "a", "lever": "financement", "kind": "financier", "amount": {"value": ` + digits + `, "currency": "EUR"}}`),
			path: "partnership.contributions[0].amount.value", limit: true, is: []error{partnership.ErrLimit}},
		{name: "10,000-digit weight", in: `{"name": "P", "phase": "conception", "evaluations": [{"form": "pertinence", "degree": "se-conter", "needs": [{"name": "n", "weight": ` + digits + `, "outcome": "met"}]}]}`,
			path: "evaluations[0].needs[0].weight", is: []error{evaluation.ErrInvalid}},
		{name: "deeply nested name", in: `{"name": ` + deep + `, "phase": "conception"}`, path: ""},
		{name: "deeply nested partnership", in: `{"name": "P", "phase": "conception", "partnership": ` + deep + `}`, path: ""},
		{name: "NUL in the name", in: `{"name": "a\u0000b", "phase": "conception"}`, path: "name"},
		{name: "name too long", in: `{"name": "` + strings.Repeat("é", societal.MaxText) + `", "phase": "conception"}`, path: "name", limit: true},
		{name: "NUL in the carrier", in: `{"name": "P", "carrier": "\u0000", "phase": "conception"}`, path: "carrier"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := societal.DecodeDossier([]byte(tc.in))
			if err == nil {
				t.Fatalf("decoded %+v, want an error", d)
			}
			if d != nil {
				t.Errorf("a dossier returned with the error")
			}
			sentinel := societal.ErrDossier
			if tc.limit {
				sentinel = societal.ErrLimit
			}
			if !errors.Is(err, sentinel) {
				t.Errorf("not %v: %v", sentinel, err)
			}
			for _, s := range tc.is {
				if !errors.Is(err, s) {
					t.Errorf("not %v: %v", s, err)
				}
			}
			fes := fieldErrors(err)
			if len(fes) == 0 {
				t.Fatalf("no *FieldError in %v", err)
			}
			if !slices.ContainsFunc(fes, func(fe *societal.FieldError) bool { return fe.Path == tc.path }) {
				var paths []string
				for _, fe := range fes {
					paths = append(paths, fe.Path)
				}
				t.Errorf("paths %q, want %q (%v)", paths, tc.path, err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "societal: ") || len(msg) > 4096 {
				t.Errorf("message %.200q… (%d bytes)", msg, len(msg))
			}
		})
	}
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	in := `{
	  "name": "",
	  "phase": "sixieme",
	  "dimensions": {"couleur": "established", "solution": "peut-etre"},
	  "economic_model": "mixte",
	  "operator_model": "bientot",
	  "stakeholders": {"martiens": "+", "financeurs": "++++"},
	  "partnership": {"partners": [{"id": "a", "kind": "fondation"}, {"id": "a", "kind": "fondation"}],
	    "contributions": [{"partner": "a", "lever": "financement", "kind": "financier", "amount": {"value": "-1", "currency": "EUR"}}]},
	  "evaluations": [{"form": "pertinence", "degree": "beaucoup"}, {"form": "performance", "degree": "se-conter", "evaluators": ["martiens"]}],
	  "budget": {"total": 100, "evaluation": 101, "capacity_building": 0}
	}`
	_, err := societal.DecodeDossier([]byte(in))
	fes := fieldErrors(err)
	want := []string{
		"phase", "dimensions.couleur", "dimensions.solution", "economic_model", "operator_model",
		"stakeholders.martiens", "stakeholders.financeurs",
		"partnership.partners[1].id", "partnership.contributions[0].amount.value",
		"evaluations[0].degree", "evaluations[1].evaluators[0]",
		"budget.evaluation", "name",
	}
	var got []string
	for _, fe := range fes {
		got = append(got, fe.Path)
		if !errors.Is(fe, societal.ErrDossier) {
			t.Errorf("%s: not ErrDossier", fe.Path)
		}
	}
	for _, p := range want {
		if !slices.Contains(got, p) {
			t.Errorf("no problem reported at %q", p)
		}
	}
	if len(fes) != len(want) {
		t.Errorf("%d problems, want %d:\n%s", len(fes), len(want), strings.Join(got, "\n"))
	}
}

// Decoding the same text always gives the same dossier or the same error:
// a dimension or stakeholder named twice (by its key and by its label) is
// ambiguous and must be refused, not settled by map order.
func TestDecodeNamedTwice(t *testing.T) {
	for _, in := range []string{
		`{"name": "P", "phase": "modelisation", "dimensions": {"solution": "absent", "Solution": "established"}}`,
		`{"name": "P", "phase": "modelisation", "stakeholders": {"financeurs": "-", "Financeurs": "+++"}}`,
	} {
		_, err := societal.DecodeDossier([]byte(in))
		if err == nil {
			t.Errorf("accepted a name given twice: %s", in)
			continue
		}
		if !errors.Is(err, societal.ErrDossier) {
			t.Errorf("not ErrDossier: %v", err)
		}
	}
}

func TestDossierJSONRoundTrip(t *testing.T) {
	for _, d := range []*societal.Dossier{
		decodeExample(t),
		readyDossier(t, innovation.Essaimage),
		withLifecycle(readyDossier(t, innovation.Modelisation), history(t, innovation.Modelisation, false)),
		withLifecycle(readyDossier(t, innovation.Experimentation), history(t, innovation.Experimentation, true)),
		{Name: "vide", Phase: innovation.Industrialisation},
		{Name: "personne", Phase: innovation.Conception, Stakeholders: map[innovation.Stakeholder]innovation.Intensity{}},
	} {
		t.Run(d.Name, func(t *testing.T) {
			checkRoundTrip(t, d)
		})
	}
}

func withLifecycle(d *societal.Dossier, s *innovation.Snapshot) *societal.Dossier {
	d.Lifecycle = s
	return d
}

// checkRoundTrip checks that d survives MarshalJSON → DecodeDossier: the
// same assessment, and the same bytes when marshalled again.
func checkRoundTrip(tb rapid.TB, d *societal.Dossier) {
	tb.Helper()
	b1, err := d.MarshalJSON()
	if err != nil {
		tb.Fatalf("marshal: %v", err)
	}
	d2, err := societal.DecodeDossier(b1)
	if err != nil {
		tb.Fatalf("decode of a marshalled dossier: %v\n%s", err, b1)
	}
	if r1, r2 := societal.Assess(d), societal.Assess(d2); !reportsEqual(r1, r2) {
		tb.Fatalf("the round trip changed the assessment:\n%s\n%s\n%s", r1.Text(innovation.English), r2.Text(innovation.English), b1)
	}
	b2, err := d2.MarshalJSON()
	if err != nil {
		tb.Fatalf("marshal again: %v", err)
	}
	if !bytes.Equal(b1, b2) {
		tb.Fatalf("marshal → decode → marshal differs:\n%s\n%s", b1, b2)
	}
	// Through encoding/json too (the *Dossier methods).
	var d3 societal.Dossier
	if err := json.Unmarshal(b1, &d3); err != nil {
		tb.Fatalf("json.Unmarshal: %v", err)
	}
	b3, err := json.Marshal(&d3)
	if err != nil || !bytes.Equal(b1, b3) {
		tb.Fatalf("json.Marshal: %v\n%s\n%s", err, b1, b3)
	}
}

func TestUnmarshalJSONLeavesTheDossierOnError(t *testing.T) {
	d := *decodeExample(t)
	before, _ := d.MarshalJSON()
	if err := d.UnmarshalJSON([]byte(`{"name": "P", "phase": "sixieme"}`)); err == nil {
		t.Fatal("no error")
	}
	after, _ := d.MarshalJSON()
	if !bytes.Equal(before, after) {
		t.Errorf("changed on error")
	}
}

func TestMarshalInvalid(t *testing.T) {
	for _, d := range []*societal.Dossier{
		{Name: "sans phase"},
		{Name: "P", Phase: innovation.Conception, Dimensions: [3]societal.Evidence{9}},
		{Name: "P", Phase: innovation.Conception, Stakeholders: map[innovation.Stakeholder]innovation.Intensity{99: innovation.Low}},
	} {
		if b, err := d.MarshalJSON(); err == nil {
			// What is written must at least not decode silently.
			if _, derr := societal.DecodeDossier(b); derr == nil {
				t.Errorf("an invalid dossier marshals to a valid one: %s", b)
			}
		}
	}
}

func TestValidate(t *testing.T) {
	for p := range innovation.Phases() {
		if err := readyDossier(t, p).Validate(); err != nil {
			t.Errorf("%v: %v", p, err)
		}
	}
	if err := (*societal.Dossier)(nil).Validate(); !errors.Is(err, societal.ErrDossier) {
		t.Errorf("nil dossier: %v", err)
	}
	tooMany := make([]evaluation.Report, societal.MaxEvaluations+1)
	for i := range tooMany {
		tooMany[i] = &evaluation.PertinenceReport{Degree: evaluation.SeConter}
	}
	for _, tc := range []struct {
		name  string
		edit  func(*societal.Dossier)
		paths []string
		limit bool
	}{
		{"no name", func(d *societal.Dossier) { d.Name = "" }, []string{"name"}, false},
		{"long carrier", func(d *societal.Dossier) { d.Carrier = strings.Repeat("x", societal.MaxText+1) }, []string{"carrier"}, true},
		{"invalid UTF-8 name", func(d *societal.Dossier) { d.Name = "\xff" }, []string{"name"}, false},
		{"NUL in the name", func(d *societal.Dossier) { d.Name = "a\x00" }, []string{"name"}, false},
		{"no phase", func(d *societal.Dossier) { d.Phase = 0 }, []string{"phase"}, false},
		{"invalid phase", func(d *societal.Dossier) { d.Phase = 42 }, []string{"phase"}, false},
		{"invalid evidence", func(d *societal.Dossier) { d.Dimensions[1] = 7 }, []string{"dimensions.processus"}, false},
		{"invalid economic model", func(d *societal.Dossier) { d.EconomicModel = 9 }, []string{"economic_model"}, false},
		{"invalid operator model", func(d *societal.Dossier) { d.OperatorModel = 9 }, []string{"operator_model"}, false},
		{"invalid stakeholder", func(d *societal.Dossier) { d.Stakeholders[99] = innovation.Low }, []string{"stakeholders"}, false},
		{"invalid intensity", func(d *societal.Dossier) { d.Stakeholders[innovation.Pairs] = 9 }, []string{"stakeholders"}, false},
		{"nil report", func(d *societal.Dossier) { d.Evaluations = append(d.Evaluations, nil) }, []string{"evaluations[1]"}, false},
		{"invalid report", func(d *societal.Dossier) {
			d.Evaluations = []evaluation.Report{&evaluation.PertinenceReport{Evaluators: []evaluation.Evaluator{9}}}
		}, []string{"evaluations[0].degree", "evaluations[0].evaluators[0]"}, false},
		{"too many reports", func(d *societal.Dossier) { d.Evaluations = tooMany }, []string{"evaluations"}, true},
		{"invalid budget", func(d *societal.Dossier) { d.Budget = budget(0, 1, 0) }, []string{"budget.total"}, false},
		{"history elsewhere", func(d *societal.Dossier) { d.Lifecycle = history(t, innovation.Essaimage, false) }, []string{"lifecycle.status.phase"}, false},
		{"inconsistent history", func(d *societal.Dossier) { d.Lifecycle = &innovation.Snapshot{} }, []string{"lifecycle"}, false},
		{"everything at once", func(d *societal.Dossier) {
			d.Name, d.Phase, d.OperatorModel, d.Budget = "", 0, 9, budget(-1, 0, 0)
		}, []string{"name", "phase", "operator_model", "budget.total"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readyDossier(t, innovation.Modelisation)
			d.Evaluations = d.Evaluations[:1]
			tc.edit(d)
			err := d.Validate()
			fes := fieldErrors(err)
			var got []string
			for _, fe := range fes {
				got = append(got, fe.Path)
			}
			slices.Sort(got)
			want := slices.Clone(tc.paths)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("paths %q, want %q (%v)", got, want, err)
			}
			if tc.limit && !errors.Is(err, societal.ErrLimit) {
				t.Errorf("not ErrLimit: %v", err)
			}
			// Assess never fails, even on an invalid dossier.
			rep := societal.Assess(d)
			if len(rep.Criteria) != societal.NumCriteria {
				t.Errorf("%d criteria", len(rep.Criteria))
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	long := strings.Repeat("é", 100)
	for _, parse := range []func(string) error{
		func(s string) error { _, err := societal.ParseCriterionID(s); return err },
		func(s string) error { _, err := societal.ParseSeverity(s); return err },
		func(s string) error { _, err := societal.ParseVerdict(s); return err },
		func(s string) error { _, err := societal.ParseEvidence(s); return err },
	} {
		err := parse(long)
		var pe *societal.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, societal.ErrUnknown) || pe.Input != long || len(pe.Allowed) == 0 {
			t.Fatalf("%v", err)
		}
		if msg := err.Error(); len(msg) > 400 || !strings.Contains(msg, "…") {
			t.Errorf("message not truncated: %q", msg)
		}
	}
}
