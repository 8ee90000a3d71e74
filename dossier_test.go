package societal_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

func TestDecodeExample(t *testing.T) {
	d := decodeExample(t)
	if d.Phase != innovation.Modelisation || d.Carrier != "Wimoov (ex-Voiture & Co)" || d.EconomicModel != innovation.ModeleRD ||
		d.OperatorModel != societal.Partial || d.Dimensions != (societal.Dimensions{Solution: societal.Established, Processus: societal.Established, ModeleEconomique: societal.Partial}) {
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
	if d.Name != "Projet" || d.Phase != innovation.Conception || d.Stakeholders != nil || d.Partnership != nil || d.Budget != nil || d.History != nil {
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

// historyJSON returns the JSON of the history of a project from conception
// to phase.
func historyJSON(tb rapid.TB, phase innovation.Phase) string {
	tb.Helper()
	b, err := json.Marshal(history(tb, phase, false))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestDecodeRefuses(t *testing.T) {
	big := bytes.Repeat([]byte(" "), societal.MaxJSON)
	big = append(big, minimal...)
	digits := strings.Repeat("9", 10_000)
	deep := strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000)
	withPartnership := func(contrib string) string {
		return `{"name": "P", "phase": "conception", "partnership": {"partners": [{"id": "a", "kind": "fondation"}],
			"contributions": [` + contrib + `]}}`
	}
	skipped := `[{"from": "conception", "to": "modelisation", "kind": "advance", "at": "2018-01-01T00:00:00Z"}]`

	for _, tc := range []struct {
		name  string
		in    string
		path  string  // of the first field error; "-" for none
		is    []error // sentinels the error must wrap, besides ErrDossier
		limit bool    // the error wraps ErrLimit
	}{
		{name: "unknown field", in: `{"name": "P", "phase": "conception", "colour": "blue"}`, path: "colour", is: []error{societal.ErrUnknown}},
		{name: "unknown nested field", in: `{"name": "P", "phase": "conception", "budget": {"total": 1, "evaluation": 0, "capacity_building": 0, "x": 1}}`, path: "budget.x", is: []error{societal.ErrUnknown}},
		{name: "trailing object", in: minimal + ` {}`, path: ""},
		{name: "trailing garbage", in: minimal + `x`, path: ""},
		{name: "two documents", in: minimal + minimal, path: ""},
		{name: "not an object", in: `[]`, path: ""},
		{name: "empty", in: ``, path: ""},
		{name: "null", in: `null`, path: ""},
		{name: "over MaxJSON", in: string(big), path: "", limit: true},
		{name: "invalid UTF-8", in: "{\"name\": \"P\xff\", \"phase\": \"conception\"}", path: ""},
		{name: "missing name", in: `{"phase": "conception"}`, path: "name"},
		{name: "missing phase", in: `{"name": "P"}`, path: "phase"},
		{name: "unknown phase", in: `{"name": "P", "phase": "sixieme"}`, path: "phase", is: []error{innovation.ErrUnknown}},
		{name: "unknown dimension", in: `{"name": "P", "phase": "conception", "dimensions": {"couleur": "established"}}`, path: "dimensions.couleur", is: []error{innovation.ErrUnknown}},
		{name: "unknown evidence", in: `{"name": "P", "phase": "conception", "dimensions": {"solution": "peut-etre"}}`, path: "dimensions.solution", is: []error{societal.ErrUnknown}},
		{name: "unknown operator evidence", in: `{"name": "P", "phase": "conception", "operator_model": "bientot"}`, path: "operator_model", is: []error{societal.ErrUnknown}},
		{name: "unknown economic model", in: `{"name": "P", "phase": "conception", "economic_model": "mixte"}`, path: "economic_model", is: []error{innovation.ErrUnknown}},
		{name: "unknown stakeholder", in: `{"name": "P", "phase": "conception", "stakeholders": {"martiens": "+"}}`, path: "stakeholders.martiens", is: []error{innovation.ErrUnknown}},
		{name: "unknown intensity", in: `{"name": "P", "phase": "conception", "stakeholders": {"financeurs": "++++"}}`, path: "stakeholders.financeurs", is: []error{innovation.ErrUnknown}},
		{name: "history not ending in the phase", in: `{"name": "P", "phase": "modelisation", "history": ` + historyJSON(t, innovation.Experimentation) + `}`, path: "phase"},
		{name: "skipped phase", in: `{"name": "P", "phase": "modelisation", "history": ` + skipped + `}`, path: "history[0]", is: []error{innovation.ErrSnapshot}},
		{name: "unknown phase in the history", in: `{"name": "P", "phase": "conception", "history": [{"from": "zero", "to": "conception", "kind": "advance", "at": "2018-01-01T00:00:00Z"}]}`,
			path: "history[0].from", is: []error{innovation.ErrUnknown}},
		{name: "history not an array", in: `{"name": "P", "phase": "conception", "history": {}}`, path: "history"},
		{name: "lifecycle is not a key", in: `{"name": "P", "phase": "conception", "lifecycle": {}}`, path: "lifecycle", is: []error{societal.ErrUnknown}},
		{name: "duplicate phase", in: `{"name": "A", "phase": "conception", "phase": "essaimage"}`, path: "phase"},
		{name: "duplicate name", in: `{"name": "A", "name": "B", "phase": "conception"}`, path: "name"},
		{name: "duplicate escaped key", in: `{"name": "A", "na\u006de": "B", "phase": "conception"}`, path: "name"},
		{name: "duplicate stakeholder", in: `{"name": "P", "phase": "conception", "stakeholders": {"financeurs": "+", "financeurs": "+++"}}`, path: "stakeholders.financeurs"},
		{name: "duplicate budget amount", in: `{"name": "P", "phase": "conception", "budget": {"total": 100, "total": 1, "evaluation": 0, "capacity_building": 0}}`, path: "budget.total"},
		{name: "duplicate partnership", in: `{"name": "P", "phase": "conception", "partnership": {"partners": []}, "partnership": null}`, path: "partnership"},
		{name: "duplicate key in an evaluation", in: `{"name": "P", "phase": "conception", "evaluations": [{"form": "pertinence", "degree": "se-conter", "degree": "compter"}]}`,
			path: "evaluations[0].degree", is: []error{evaluation.ErrInvalid}},
		{name: "duplicate key in the partnership", in: `{"name": "P", "phase": "conception", "partnership": {"partners": [{"id": "a", "id": "b", "kind": "fondation"}]}}`,
			path: "partnership.partners[0].id", is: []error{partnership.ErrInvalid}},
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
		{name: "budget amount not a number", in: `{"name": "P", "phase": "conception", "budget": {"total": "cent", "evaluation": 6, "capacity_building": 0}}`, path: "budget.total"},
		// Budget amounts are bounded before they are parsed: ErrLimit.
		{name: "absurd exponent in the budget", in: `{"name": "P", "phase": "conception", "budget": {"total": 1e999999999, "evaluation": 0, "capacity_building": 0}}`,
			path: "budget.total", limit: true},
		{name: "10,000-digit budget", in: `{"name": "P", "phase": "conception", "budget": {"total": ` + digits + `, "evaluation": 0, "capacity_building": 0}}`,
			path: "budget.total", limit: true},
		{name: "absurd exponent in an amount", in: withPartnership(`{"partner": "a", "lever": "financement", "kind": "financier", "amount": {"value": "1e999999999", "currency": "EUR"}}`),
			path: "partnership.contributions[0].amount.value", is: []error{partnership.ErrLimit}},
		{name: "10,000-digit amount", in: withPartnership(`{"partner": "a", "lever": "financement", "kind": "financier", "amount": {"value": ` + digits + `, "currency": "EUR"}}`),
			path: "partnership.contributions[0].amount.value", is: []error{partnership.ErrLimit}},
		{name: "10,000-digit weight", in: `{"name": "P", "phase": "conception", "evaluations": [{"form": "pertinence", "degree": "se-conter", "needs": [{"name": "n", "weight": ` + digits + `, "outcome": "met"}]}]}`,
			path: "evaluations[0].needs[0].weight", is: []error{evaluation.ErrLimit}},
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
			is := tc.is
			if tc.limit {
				is = append(is, societal.ErrLimit)
			}
			for _, s := range append(is, societal.ErrDossier) {
				if !errors.Is(err, s) {
					t.Errorf("not %v: %v", s, err)
				}
			}
			fes := fieldErrors(err)
			if len(fes) == 0 {
				t.Fatalf("no *FieldError in %v", err)
			}
			if !slices.ContainsFunc(paths(err), func(p string) bool { return pathMatches(p, tc.path) }) {
				t.Errorf("paths %q, want %q (%v)", paths(err), tc.path, err)
			}
			if msg := err.Error(); len(msg) > 4096 {
				t.Errorf("message %.200q… (%d bytes)", msg, len(msg))
			}
			checkMessages(t, err)
		})
	}
}

// pathMatches reports whether path is want, or starts with want's prefix
// when want ends with "*".
func pathMatches(path, want string) bool {
	if prefix, ok := strings.CutSuffix(want, "*"); ok {
		return strings.HasPrefix(path, prefix)
	}
	return path == want
}

// checkMessages checks the message of every problem in err: the package
// prefix and the path said once, at the start; no Go type name; no input
// echoed at length.
func checkMessages(tb testing.TB, err error) {
	tb.Helper()
	for _, fe := range fieldErrors(err) {
		msg := fe.Error()
		pkg, rest, ok := strings.Cut(msg, ": ")
		if !ok || !slices.Contains([]string{"societal", "innovation", "evaluation", "partnership"}, pkg) {
			tb.Errorf("message without a package prefix: %q", msg)
		}
		if fe.Path != "" && !strings.HasPrefix(rest, fe.Path) {
			tb.Errorf("message does not start with its path %q: %q", fe.Path, msg)
		}
		for _, bad := range []string{"societal: ", "innovation: ", "evaluation: ", "partnership: "} {
			if strings.Contains(fe.Reason, bad) {
				tb.Errorf("a second package prefix in the reason: %q", msg)
			}
		}
		if strings.Contains(fe.Path, ".") && strings.Contains(fe.Reason, fe.Path) {
			tb.Errorf("the path said twice: %q", msg)
		}
		for _, gotype := range []string{"*societal.", "*partnership.", "*evaluation.", "*innovation.", "decimal.Decimal", "Go value", "Go struct", "uint8", "float64", "json: "} {
			if strings.Contains(msg, gotype) {
				tb.Errorf("a Go type name in the message: %q", msg)
			}
		}
		if len(msg) > 1024 {
			tb.Errorf("message of %d bytes: %.200q…", len(msg), msg)
		}
	}
}

// The messages of DecodeDossier say the path once and what was expected.
func TestDecodeMessages(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"name": "P", "phase": "x"}`,
			`societal: phase: unknown phase "x" (want one of conception, experimentation, modelisation, essaimage, industrialisation)`},
		{`{"name": "P", "phase": "essaimge"}`,
			`societal: phase: unknown phase "essaimge" (want one of conception, experimentation, modelisation, essaimage, industrialisation; did you mean "essaimage"?)`},
		{`{"name": "P"}`, `societal: phase: missing (a required key)`},
		{`{"name": "A", "phase": "conception", "phase": "essaimage"}`, `societal: phase: key given twice in one object (each key once)`},
		{`{"name": "P", "phase": "conception", "operator_model": "bientot"}`,
			`societal: operator_model: unknown evidence "bientot" (want one of unstated, absent, partial, established)`},
		{`{"name": "P", "phse": "conception"}`, `societal: phse: unknown key (want one of ` +
			`id, name, carrier, phase, history, dimensions, economic_model, operator_model, stakeholders, partnership, evaluations, budget; did you mean "phase"?)`},
	} {
		_, err := societal.DecodeDossier([]byte(tc.in))
		fes := fieldErrors(err)
		if !slices.ContainsFunc(fes, func(fe *wire.FieldError) bool { return fe.Error() == tc.want }) {
			t.Errorf("%s:\n got %v\nwant %s", tc.in, err, tc.want)
		}
		checkMessages(t, err)
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
		withHistory(readyDossier(t, innovation.Modelisation), history(t, innovation.Modelisation, false)),
		withHistory(readyDossier(t, innovation.Experimentation), history(t, innovation.Experimentation, true)),
		{Name: "vide", Phase: innovation.Industrialisation},
		{Name: "personne", Phase: innovation.Conception, Stakeholders: map[innovation.Stakeholder]innovation.Intensity{}},
	} {
		t.Run(d.Name, func(t *testing.T) {
			checkRoundTrip(t, d)
		})
	}
}

// Nil and empty histories are the same: an empty one is not written, and
// reads back nil, in a dossier and in a lifecycle's snapshot.
func TestEmptyHistoryReadsBackNil(t *testing.T) {
	d := &societal.Dossier{Name: "vide", Phase: innovation.Conception, History: []innovation.Transition{}}
	data, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := societal.DecodeDossier(data)
	if err != nil || back.History != nil {
		t.Errorf("dossier: history %#v, %v; want nil", back.History, err)
	}
	data, err = json.Marshal(innovation.Snapshot{Start: innovation.Conception, Status: innovation.Status{Phase: innovation.Conception}, History: []innovation.Transition{}})
	if err != nil {
		t.Fatal(err)
	}
	var s innovation.Snapshot
	if err := json.Unmarshal(data, &s); err != nil || s.History != nil {
		t.Errorf("snapshot: history %#v, %v; want nil", s.History, err)
	}
}

func withHistory(d *societal.Dossier, h []innovation.Transition) *societal.Dossier {
	d.History = h
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
		tb.Fatalf("the round trip changed the assessment:\n%s\n%s\n%s", r1.Text(lang.English), r2.Text(lang.English), b1)
	}
	b2, err := d2.MarshalJSON()
	if err != nil {
		tb.Fatalf("marshal again: %v", err)
	}
	if !bytes.Equal(b1, b2) {
		tb.Fatalf("marshal → decode → marshal differs:\n%s\n%s", b1, b2)
	}
	// Through encoding/json too: by pointer, by value, and held by value in
	// a caller's struct.
	var d3 societal.Dossier
	if err := json.Unmarshal(b1, &d3); err != nil {
		tb.Fatalf("json.Unmarshal: %v", err)
	}
	for _, v := range []any{&d3, d3} {
		b3, err := json.Marshal(v)
		if err != nil || !bytes.Equal(b1, b3) {
			tb.Fatalf("json.Marshal(%T): %v\n%s\n%s", v, err, b1, b3)
		}
	}
	type held struct {
		Fund    string           `json:"fund"`
		Dossier societal.Dossier `json:"dossier"`
	}
	b4, err := json.Marshal(held{Fund: "F", Dossier: *d})
	if err != nil {
		tb.Fatalf("json.Marshal of a caller's struct: %v", err)
	}
	var h held
	if err := json.Unmarshal(b4, &h); err != nil {
		tb.Fatalf("json.Unmarshal of a caller's struct: %v\n%s", err, b4)
	}
	if b5, err := h.Dossier.MarshalJSON(); err != nil || !bytes.Equal(b1, b5) {
		tb.Fatalf("a dossier held by value: %v\n%s\n%s", err, b1, b5)
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
		{Name: "P", Phase: innovation.Conception, Dimensions: societal.Dimensions{Solution: 9}},
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
	tooMany := make([]evaluation.Report, societal.MaxEvaluations+1)
	for i := range tooMany {
		tooMany[i] = &evaluation.PertinenceReport{Degree: evaluation.SeConter}
	}
	for _, tc := range []struct {
		name  string
		edit  func(*societal.Dossier)
		paths []string
		limit bool
		code  string // the code of the package's own problem, if one
	}{
		{"no name", func(d *societal.Dossier) { d.Name = "" }, []string{"name"}, false, "missing"},
		{"long carrier", func(d *societal.Dossier) { d.Carrier = strings.Repeat("x", societal.MaxText+1) }, []string{"carrier"}, true, ""},
		{"invalid UTF-8 name", func(d *societal.Dossier) { d.Name = "\xff" }, []string{"name"}, false, ""},
		{"NUL in the name", func(d *societal.Dossier) { d.Name = "a\x00" }, []string{"name"}, false, ""},
		{"no phase", func(d *societal.Dossier) { d.Phase = 0 }, []string{"phase"}, false, "missing"},
		{"invalid phase", func(d *societal.Dossier) { d.Phase = 42 }, []string{"phase"}, false, "invalid-value"},
		{"invalid evidence", func(d *societal.Dossier) { d.Dimensions.Processus = 7 }, []string{"dimensions.processus"}, false, "invalid-value"},
		{"invalid economic model", func(d *societal.Dossier) { d.EconomicModel = 9 }, []string{"economic_model"}, false, "invalid-value"},
		{"invalid operator model", func(d *societal.Dossier) { d.OperatorModel = 9 }, []string{"operator_model"}, false, "invalid-value"},
		{"invalid stakeholder", func(d *societal.Dossier) { d.Stakeholders[99] = innovation.Low }, []string{"stakeholders"}, false, "invalid-value"},
		{"invalid intensity", func(d *societal.Dossier) { d.Stakeholders[innovation.Pairs] = 9 }, []string{"stakeholders.pairs"}, false, "invalid-value"},
		{"invalid stakeholders, in order", func(d *societal.Dossier) {
			d.Stakeholders[innovation.Stakeholder(99)] = innovation.Low
			d.Stakeholders[innovation.Stakeholder(42)] = innovation.Low
			d.Stakeholders[innovation.Gouvernance] = 9
			d.Stakeholders[innovation.Financeurs] = 200
		}, []string{"stakeholders.financeurs", "stakeholders.gouvernance", "stakeholders", "stakeholders"}, false, "invalid-value"},
		{"nil report", func(d *societal.Dossier) { d.Evaluations = append(d.Evaluations, nil) }, []string{"evaluations[1]"}, false, "nil-report"},
		{"invalid report", func(d *societal.Dossier) {
			d.Evaluations = []evaluation.Report{&evaluation.PertinenceReport{Evaluators: []evaluation.Evaluator{9}}}
		}, []string{"evaluations[0].degree", "evaluations[0].evaluators[0]"}, false, ""},
		{"too many reports", func(d *societal.Dossier) { d.Evaluations = tooMany }, []string{"evaluations"}, true, "over-limit"},
		{"invalid budget", func(d *societal.Dossier) { d.Budget = budget(0, 1, 0) }, []string{"budget.total"}, false, ""},
		{"history elsewhere", func(d *societal.Dossier) { d.History = history(t, innovation.Essaimage, false) }, []string{"phase"}, false, "history-mismatch"},
		{"inconsistent history", func(d *societal.Dossier) { d.History = []innovation.Transition{{}} }, []string{"history[0]*"}, false, "invalid-value"},
		{"everything at once", func(d *societal.Dossier) {
			d.Name, d.Phase, d.OperatorModel, d.Budget = "", 0, 9, budget(-1, 0, 0)
		}, []string{"name", "phase", "operator_model", "budget.total"}, false, "missing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readyDossier(t, innovation.Modelisation)
			d.Evaluations = d.Evaluations[:1]
			tc.edit(d)
			err := d.Validate()
			got := paths(err)
			slices.Sort(got)
			want := slices.Clone(tc.paths)
			slices.Sort(want)
			if !slices.EqualFunc(got, want, pathMatches) {
				t.Errorf("paths %q, want %q (%v)", got, want, err)
			}
			checkMessages(t, err)
			if tc.code != "" && !slices.Contains(codes(err), tc.code) {
				t.Errorf("codes %q, want %q (%v)", codes(err), tc.code, err)
			}
			for _, p := range problemsIn(err) {
				if !errors.Is(p, societal.ErrDossier) {
					t.Errorf("%v does not wrap ErrDossier", p)
				}
			}
			if tc.limit && !errors.Is(err, societal.ErrLimit) {
				t.Errorf("not ErrLimit: %v", err)
			}
			// Assess never fails, even on an invalid dossier.
			rep := societal.Assess(d)
			if len(rep.Checks) != numChecks() {
				t.Errorf("%d checks", len(rep.Checks))
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	long := strings.Repeat("é", 100)
	for _, parse := range []func(string) error{
		func(s string) error { _, err := societal.ParseCheckID(s); return err },
		func(s string) error { _, err := societal.ParseSeverity(s); return err },
		func(s string) error { _, err := societal.ParseVerdict(s); return err },
		func(s string) error { _, err := societal.ParseEvidence(s); return err },
	} {
		err := parse(long)
		var pe *wire.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, societal.ErrUnknown) || pe.Input != long || len(pe.Allowed) == 0 {
			t.Fatalf("%v", err)
		}
		if msg := err.Error(); len(msg) > 400 || !strings.Contains(msg, "…") {
			t.Errorf("message not truncated: %q", msg)
		}
	}
	var checkKeys []string
	for id := range societal.CheckIDs() {
		checkKeys = append(checkKeys, id.String())
	}
	for _, tc := range []struct {
		err     error
		input   string
		allowed []string
	}{
		{second(societal.ParseVerdict("x")), "x", []string{"ready", "insufficient-evidence", "not-yet", "blocked"}},
		{second(societal.ParseCheckID("budjet")), "budjet", checkKeys},
		{second(societal.ParseSeverity("")), "", []string{"minor", "major", "blocking"}},
		{second(societal.ParseEvidence("oui")), "oui", []string{"unstated", "absent", "partial", "established"}},
	} {
		var pe *wire.ParseError
		if !errors.As(tc.err, &pe) || !errors.Is(tc.err, societal.ErrUnknown) || pe.Input != tc.input || !slices.Equal(pe.Allowed, tc.allowed) {
			t.Errorf("got %v, want ErrUnknown for %q, allowed %v", tc.err, tc.input, tc.allowed)
		}
	}
}

// second returns the error of a Parse function.
func second[T any](_ T, err error) error { return err }

// A misspelt key does not hide the problems of the rest of the dossier: the
// key it should have been is reported missing too.
func TestDecodeMisspeltKeyAndMissingPhase(t *testing.T) {
	_, err := societal.DecodeDossier([]byte(`{"name":"X","phaze":"conception"}`))
	if err == nil {
		t.Fatal("accepted")
	}
	msg := err.Error()
	for _, want := range []string{`phaze: unknown key`, `did you mean "phase"?`, `phase: missing`} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q not in\n%s", want, msg)
		}
	}
}

// Validate's report is the same text on every call: map iteration does not
// leak into the order of the problems.
func TestValidateDeterministic(t *testing.T) {
	d := readyDossier(t, innovation.Modelisation)
	for _, s := range []innovation.Stakeholder{99, 42, 77} {
		d.Stakeholders[s] = innovation.Low
	}
	d.Stakeholders[innovation.Gouvernance] = 9
	d.Stakeholders[innovation.Financeurs] = 200
	first := d.Validate()
	if first == nil {
		t.Fatal("accepted")
	}
	for range 20 {
		if err := d.Validate(); err.Error() != first.Error() {
			t.Fatalf("order changed:\n%v\n---\n%v", first, err)
		}
	}
	ps := problemsIn(first)
	if len(ps) == 0 || ps[0].Path != "stakeholders.financeurs" || ps[0].Code != "invalid-value" {
		t.Errorf("first problem %+v, want stakeholders.financeurs invalid-value", ps)
	}
}

// Assess never counts invalid input as met: each check that reads an
// invalid part of the dossier is NotMet with an InvalidInput detail.
func TestAssessInvalidEnums(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(*societal.Dossier)
		check societal.CheckID
	}{
		{"economic model", func(d *societal.Dossier) { d.EconomicModel = 9 }, societal.EconomicModelFit},
		{"operator model", func(d *societal.Dossier) { d.OperatorModel = 9 }, societal.EconomicModelFit},
		{"dimension", func(d *societal.Dossier) { d.Dimensions.Processus = 9 }, societal.DimensionsCovered},
		{"stakeholder", func(d *societal.Dossier) { d.Stakeholders[99] = innovation.High }, societal.StakeholdersMobilised},
		{"intensity", func(d *societal.Dossier) {
			for s := range innovation.Stakeholders() {
				d.Stakeholders[s] = 200
			}
		}, societal.StakeholdersMobilised},
		// Issue 21: a Go-built dossier with invalid text is invalid input
		// of the check that reads what identifies the project.
		{"control character in the name", func(d *societal.Dossier) { d.Name = "\x1b[31mrouge" }, societal.PhaseIdentified},
		{"bidirectional control in the carrier", func(d *societal.Dossier) { d.Carrier = "abc\u202edef" }, societal.PhaseIdentified},
		{"invalid UTF-8 in the id", func(d *societal.Dossier) { d.ID = "\xff" }, societal.PhaseIdentified},
		{"id too long", func(d *societal.Dossier) { d.ID = strings.Repeat("x", societal.MaxText+1) }, societal.PhaseIdentified},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readyDossier(t, innovation.Essaimage)
			tc.edit(d)
			r := societal.Assess(d)
			c, _ := r.Check(tc.check)
			if c.Outcome != evaluation.NotMet || c.Severity != societal.Blocking || c.Detail.Code != "invalid-input" || len(c.Detail.Problems) == 0 {
				t.Fatalf("%v: %v %v %v, want not met and blocking for invalid input", tc.check, c.Outcome, c.Severity, c.Detail)
			}
			for _, p := range c.Detail.Problems {
				if !errors.Is(p, societal.ErrDossier) || p.Path == "" {
					t.Errorf("problem %v: no path, or not ErrDossier", p)
				}
			}
			if r.Verdict == societal.Ready {
				t.Error("an invalid dossier is ready")
			}
		})
	}
}

// MarshalJSON writes only what DecodeDossier reads back: an invalid dossier
// is an error naming its problems, not JSON that the decoder refuses.
func TestMarshalInvalidDossier(t *testing.T) {
	for name, edit := range map[string]func(*societal.Dossier){
		"zero budget": func(d *societal.Dossier) { d.Budget = budget(0, 0, 0) },
		"nil report":  func(d *societal.Dossier) { d.Evaluations = append(d.Evaluations, nil) },
		"no phase":    func(d *societal.Dossier) { d.Phase = 0 },
	} {
		d := readyDossier(t, innovation.Modelisation)
		edit(d)
		out, err := json.Marshal(d)
		if err == nil || !errors.Is(err, societal.ErrDossier) {
			t.Errorf("%s: Marshal = %s, %v; want an error wrapping ErrDossier", name, out, err)
		}
	}
	d := readyDossier(t, innovation.Modelisation)
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := societal.DecodeDossier(out); err != nil {
		t.Errorf("DecodeDossier(Marshal(d)): %v", err)
	}
}

// Null is the same as an absent key in every object, maps included.
func TestDecodeNullInMaps(t *testing.T) {
	d, err := societal.DecodeDossier([]byte(`{"name":"P","phase":"modelisation",` +
		`"dimensions":{"solution":null,"processus":"established"},"stakeholders":{"financeurs":null,"pairs":"+"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if d.Dimensions.Solution != societal.Unstated || d.Dimensions.Processus != societal.Established {
		t.Errorf("dimensions %+v", d.Dimensions)
	}
	if _, ok := d.Stakeholders[innovation.Financeurs]; ok || len(d.Stakeholders) != 1 {
		t.Errorf("stakeholders %v, want only pairs", d.Stakeholders)
	}
}

// A phase its history does not lead to is the dossier's problem, at its
// key, with what would fix it: found by Validate and by DecodeDossier.
func TestPhaseAgainstHistory(t *testing.T) {
	d := &societal.Dossier{Name: "P", Phase: innovation.Essaimage, History: history(t, innovation.Experimentation, false)}
	err := d.Validate()
	if got := problemsIn(err); len(got) != 1 || got[0].Path != "phase" || got[0].Code != "history-mismatch" || got[0].Value != "essaimage" ||
		!errors.Is(err, societal.ErrDossier) || !errors.Is(err, societal.ErrInvalid) {
		t.Errorf("Validate: %v", err)
	}
	_, err = societal.DecodeDossier([]byte(`{"name":"P","phase":"essaimage","history":[{"from":"conception","to":"experimentation","kind":"advance","at":"2020-01-01T00:00:00Z"}]}`))
	if got := paths(err); !slices.Equal(got, []string{"phase"}) || !errors.Is(err, societal.ErrDossier) {
		t.Errorf("DecodeDossier: %v", err)
	}
}
