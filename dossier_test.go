package societal_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
)

func TestDecodeExample(t *testing.T) {
	d := dossiertest.Example(t)
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

func TestDossierJSONRoundTrip(t *testing.T) {
	for _, d := range []*societal.Dossier{
		dossiertest.Example(t),
		dossiertest.Ready(t, innovation.Essaimage),
		withHistory(dossiertest.Ready(t, innovation.Modelisation), dossiertest.History(t, innovation.Modelisation, false)),
		withHistory(dossiertest.Ready(t, innovation.Experimentation), dossiertest.History(t, innovation.Experimentation, true)),
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
	if r1, r2 := societal.Assess(d), societal.Assess(d2); !dossiertest.ReportsEqual(r1, r2) {
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
	d := *dossiertest.Example(t)
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
		if err := dossiertest.Ready(t, p).Validate(); err != nil {
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
		{"invalid budget", func(d *societal.Dossier) { d.Budget = dossiertest.Budget(0, 1, 0) }, []string{"budget.total"}, false, ""},
		{"history elsewhere", func(d *societal.Dossier) { d.History = dossiertest.History(t, innovation.Essaimage, false) }, []string{"phase"}, false, "history-mismatch"},
		{"inconsistent history", func(d *societal.Dossier) { d.History = []innovation.Transition{{}} }, []string{"history[0]*"}, false, "invalid-value"},
		{"everything at once", func(d *societal.Dossier) {
			d.Name, d.Phase, d.OperatorModel, d.Budget = "", 0, 9, dossiertest.Budget(-1, 0, 0)
		}, []string{"name", "phase", "operator_model", "budget.total"}, false, "missing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := dossiertest.Ready(t, innovation.Modelisation)
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
		var pe *problem.Error
		if !errors.As(err, &pe) || !errors.Is(err, societal.ErrUnknown) || pe.Code != "unknown-name" {
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
		code    string
		allowed []string
	}{
		{second(societal.ParseVerdict("x")), "unknown-name", []string{"ready", "insufficient-evidence", "not-yet", "blocked"}},
		{second(societal.ParseCheckID("budjet")), "unknown-name", checkKeys},
		{second(societal.ParseSeverity("")), "missing-name", []string{"minor", "major", "blocking"}},
		{second(societal.ParseEvidence("oui")), "unknown-name", []string{"unstated", "absent", "partial", "established"}},
	} {
		var pe *problem.Error
		if !errors.As(tc.err, &pe) || !errors.Is(tc.err, societal.ErrUnknown) || pe.Code != tc.code {
			t.Errorf("got %v, want ErrUnknown of code %q", tc.err, tc.code)
			continue
		}
		// The keys allowed are the message's data: its argument after the
		// noun (and the input, for an unknown name).
		_, args := pe.Kind()
		at := 1
		if tc.code == "unknown-name" {
			at = 2
		}
		if len(args) <= at || args[at].Label(lang.Pseudo) != strings.Join(tc.allowed, ", ") {
			t.Errorf("%v: want the keys %v", tc.err, tc.allowed)
		}
	}
}

// second returns the error of a Parse function.
func second[T any](_ T, err error) error { return err }

// Validate's report is the same text on every call: map iteration does not
// leak into the order of the problems.
func TestValidateDeterministic(t *testing.T) {
	d := dossiertest.Ready(t, innovation.Modelisation)
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
			d := dossiertest.Ready(t, innovation.Essaimage)
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
		"zero budget": func(d *societal.Dossier) { d.Budget = dossiertest.Budget(0, 0, 0) },
		"nil report":  func(d *societal.Dossier) { d.Evaluations = append(d.Evaluations, nil) },
		"no phase":    func(d *societal.Dossier) { d.Phase = 0 },
	} {
		d := dossiertest.Ready(t, innovation.Modelisation)
		edit(d)
		out, err := json.Marshal(d)
		if err == nil || !errors.Is(err, societal.ErrDossier) {
			t.Errorf("%s: Marshal = %s, %v; want an error wrapping ErrDossier", name, out, err)
		}
	}
	d := dossiertest.Ready(t, innovation.Modelisation)
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := societal.DecodeDossier(out); err != nil {
		t.Errorf("DecodeDossier(Marshal(d)): %v", err)
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

// A phase its history does not lead to is the dossier's problem, at its
// key, with what would fix it: found by Validate and by DecodeDossier.
func TestPhaseAgainstHistory(t *testing.T) {
	d := &societal.Dossier{Name: "P", Phase: innovation.Essaimage, History: dossiertest.History(t, innovation.Experimentation, false)}
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

// checkMessages checks the message of every problem in err: the package
// prefix and the path said once, at the start; no Go type name; no input
// echoed at length.
func checkMessages(tb testing.TB, err error) {
	tb.Helper()
	for _, fe := range problemsIn(err) {
		msg := fe.Error()
		pkg, rest, ok := strings.Cut(msg, ": ")
		if !ok || !slices.Contains([]string{"societal", "innovation", "evaluation", "partnership"}, pkg) {
			tb.Errorf("message without a package prefix: %q", msg)
		}
		if fe.Path != "" && !strings.HasPrefix(rest, fe.Path) {
			tb.Errorf("message does not start with its path %q: %q", fe.Path, msg)
		}
		for _, bad := range []string{"societal: ", "innovation: ", "evaluation: ", "partnership: "} {
			if strings.Contains(fe.Reason(lang.English), bad) {
				tb.Errorf("a second package prefix in the reason: %q", msg)
			}
		}
		if strings.Contains(fe.Path, ".") && strings.Contains(fe.Reason(lang.English), fe.Path) {
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

// A limit is societal.ErrLimit wherever it stands in a dossier, whichever
// package found it: the sentinels are the same values in every package.
func TestLimitAnywhere(t *testing.T) {
	long := strings.Repeat("x", 300)
	for _, in := range []string{
		`{"name": "` + long + `", "phase": "conception"}`,
		`{"name": "P", "phase": "conception", "partnership": {"name": "` + long + `"}}`,
		`{"name": "P", "phase": "conception", "evaluations": [{"form": "pertinence", "degree": "se-conter", "needs": [{"name": "` + long + `"}]}]}`,
		`{"name": "P", "phase": "experimentation", "history": [{"from": "conception", "to": "experimentation", "kind": "advance",` +
			` "at": "2020-01-01T00:00:00Z", "by": "` + strings.Repeat(long, 14) + `"}]}`,
	} {
		_, err := societal.DecodeDossier([]byte(in))
		if !errors.Is(err, societal.ErrLimit) || !errors.Is(err, societal.ErrDossier) {
			t.Errorf("%.80s…: %v, want ErrLimit and ErrDossier", in, err)
		}
	}
	for _, same := range []error{innovation.ErrLimit, evaluation.ErrLimit, partnership.ErrLimit, problem.ErrLimit} {
		if same != societal.ErrLimit {
			t.Errorf("%v is not societal.ErrLimit", same)
		}
	}
}
