package societal_test

// A funder's own rubric: its tables, its validation, and that an assessor
// keeps its own copy.

import (
	"bytes"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/partnership"
)

// ---- A funder's own rubric. ----

func TestCustomRubric(t *testing.T) {
	r := societal.DefaultRubric()
	r.Version = "fonds-x/2"
	// Its own matrix: nothing needed anywhere but évaluation at "+++" in
	// déploiement, so that it rises from modélisation.
	var cells []innovation.NeedsCell
	for l := range innovation.Levers() {
		for m := range innovation.MacroPhases() {
			in := innovation.None
			if l == innovation.Evaluation && m == innovation.Deploiement {
				in = innovation.High
			}
			cells = append(cells, innovation.NeedsCell{Lever: l, MacroPhase: m, Intensity: in})
		}
	}
	needs, err := innovation.NewNeedsMatrix(cells)
	if err != nil {
		t.Fatal(err)
	}
	r.Needs = needs
	r.Severity[societal.StakeholdersMobilised] = societal.Blocking
	for id := range r.Weight {
		r.Weight[id] = decimal.NewFromInt(1)
	}
	r.Suppliers[innovation.Evaluation] = []partnership.Kind{partnership.Academique}
	a, err := societal.NewAssessor(r)
	if err != nil {
		t.Fatal(err)
	}
	// Later changes to the caller's rubric, maps included, do not reach the
	// assessor.
	r.Suppliers[innovation.Evaluation][0] = partnership.Citoyen
	r.Severity[societal.StakeholdersMobilised] = societal.Minor
	r.Weight[societal.PhaseIdentified] = decimal.NewFromInt(100)
	r.Mobilised[innovation.High] = innovation.None
	r.Version = "changed"

	d := dossiertest.Ready(t, innovation.Modelisation)
	d.Partnership = dossiertest.Partnership(t, dropContributions(innovation.Evaluation, "universite")) // one supplier: thin at +++
	d.Stakeholders[innovation.Academique] = innovation.Low                                             // asked +++: under-mobilised
	rep := a.Assess(d)
	if rep.Rubric != "fonds-x/2" {
		t.Errorf("report judged by %q, want fonds-x/2", rep.Rubric)
	}
	if rep.Verdict != societal.Blocked {
		t.Errorf("verdict %v, want blocked (stakeholders made blocking)", rep.Verdict)
	}
	c, _ := rep.Check(societal.NextNeedsSupplied)
	if c.Outcome != notMet || c.Severity != societal.Minor || len(c.Gaps) != 1 || c.Gaps[0].Lever != innovation.Evaluation ||
		!slices.Equal(c.Gaps[0].Partners, []partnership.Kind{partnership.Academique}) {
		t.Errorf("next needs under the fund's matrix: %+v", c)
	}
	c, _ = rep.Check(societal.StakeholdersMobilised)
	if c.Outcome != notMet || c.Severity != societal.Blocking {
		t.Errorf("stakeholders: %v %v, want not met, blocking", c.Outcome, c.Severity)
	}
	// Equal weights: the checks met among those judged; of those judged,
	// only next-needs and stakeholders are not met.
	nMet, nJudged := 0, 0
	for _, c := range rep.Checks {
		switch c.Outcome {
		case met:
			nMet++
			nJudged++
		case notMet:
			nJudged++
		}
	}
	if want := decimal.NewFromInt(int64(nMet)).DivRound(decimal.NewFromInt(int64(nJudged)), evaluation.ScorePlaces); nJudged-nMet != 2 || !rep.Score.Valid || !rep.Score.Decimal.Equal(want) {
		t.Errorf("score %v, want %v (%d met of %d judged)", rep.Score, want, nMet, nJudged)
	}
	// The default assessor judges the same dossier by the model's matrix.
	def := societal.Assess(d)
	if def.Rubric != societal.RubricVersion {
		t.Errorf("default report judged by %q", def.Rubric)
	}
	if c, _ := def.Check(societal.NextNeedsSupplied); c.Outcome != met {
		t.Errorf("default next needs %v, want met", c.Outcome)
	}
	// Rubric returns a copy.
	got := a.Rubric()
	got.Suppliers[innovation.Evaluation][0] = partnership.Citoyen
	got.Severity[societal.StakeholdersMobilised] = societal.Minor
	if k := a.Rubric().Suppliers[innovation.Evaluation][0]; k != partnership.Academique {
		t.Errorf("Rubric() shares its suppliers: %v", k)
	}
	if s := a.Rubric().Severity[societal.StakeholdersMobilised]; s != societal.Blocking {
		t.Errorf("Rubric() shares its severities: %v", s)
	}
}

func TestInvalidRubric(t *testing.T) {
	r := societal.DefaultRubric()
	r.Version = ""
	r.Severity[societal.BudgetGuidance] = 0
	r.Weight[societal.DimensionsCovered] = decimal.NewFromInt(-1)
	r.Weight[societal.EvaluationFit] = decimal.New(1, 40)
	r.Suppliers[innovation.Conseil] = []partnership.Kind{partnership.Kind(99)}
	r.Mobilised[innovation.High] = innovation.Intensity(9)
	r.Partnership.MinCommitmentMonths = -1
	a, err := societal.NewAssessor(r)
	if a != nil || err == nil {
		t.Fatalf("NewAssessor of an invalid rubric: %v, %v", a, err)
	}
	if !errors.Is(err, societal.ErrInvalid) {
		t.Errorf("not ErrInvalid: %v", err)
	}
	// Each problem at its path, with its code (those of the rubric's own
	// checks; a decimal's bound and the thresholds are their packages').
	want := []struct {
		path, code string
		sentinel   error
	}{
		{"version", "missing", societal.ErrInvalid},
		{"thresholds.min_commitment_months", "", societal.ErrInvalid},
		{"weight.dimensions", "negative-weight", societal.ErrInvalid},
		{"weight.evaluation", "", societal.ErrLimit},
		{"severity.budget", "invalid-value", societal.ErrInvalid},
		{"suppliers.conseil[0]", "invalid-value", societal.ErrInvalid},
		{`mobilised["+++"]`, "invalid-value", societal.ErrInvalid},
	}
	got := problemsIn(err)
	if len(got) != len(want) {
		t.Fatalf("%d problems, want %d: %v", len(got), len(want), err)
	}
	for i, w := range want {
		p := got[i]
		if p.Path != w.path || w.code != "" && p.Code != w.code || !errors.Is(p, w.sentinel) {
			t.Errorf("problem %d: %s %q %v, want %s %q %v", i, p.Path, p.Code, p, w.path, w.code, w.sentinel)
		}
	}

	// The zero rubric, and one whose weights are all zero.
	if err := (societal.Rubric{}).Validate(); !errors.Is(err, societal.ErrInvalid) {
		t.Errorf("zero rubric: %v", err)
	}
	z := societal.DefaultRubric()
	for id := range z.Weight {
		z.Weight[id] = decimal.Zero
	}
	if err := z.Validate(); !slices.Equal(codes(err), []string{"zero-weights"}) || !slices.Equal(paths(err), []string{"weight"}) {
		t.Errorf("all-zero weights: %v", err)
	}
	if err := societal.DefaultRubric().Validate(); err != nil {
		t.Errorf("default rubric: %v", err)
	}

	// A threshold of coverage is a share, 0 to 1 included.
	for _, tc := range []struct {
		min  string
		code string
	}{{"0", ""}, {"1", ""}, {"0.8", ""}, {"-0.1", "coverage-range"}, {"1.01", "coverage-range"}} {
		m := societal.DefaultRubric()
		m.MinCoverage = decimal.RequireFromString(tc.min)
		err := m.Validate()
		if tc.code == "" && err != nil || tc.code != "" && (!slices.Equal(codes(err), []string{tc.code}) || !slices.Equal(paths(err), []string{"min_coverage"}) || !errors.Is(err, societal.ErrInvalid)) {
			t.Errorf("min_coverage %s: %v", tc.min, err)
		}
	}
}

// Every check needs a severity and a weight, every intensity a mobilised
// level; a missing entry is an error naming what it is missing for, and so
// is an entry for a value outside its enumeration.
func TestRubricMissingEntries(t *testing.T) {
	r := societal.DefaultRubric()
	delete(r.Severity, societal.BudgetGuidance)
	delete(r.Weight, societal.CommitmentPlanned)
	delete(r.Mobilised, innovation.Medium)
	r.Severity[societal.CheckID(42)] = societal.Minor
	r.Weight[0] = decimal.NewFromInt(1)
	r.Suppliers[innovation.Lever(9)] = nil
	err := r.Validate()
	wantPaths := []string{"severity.budget", "weight.commitment", "severity", "weight", "suppliers", `mobilised["++"]`}
	wantCodes := []string{"missing", "missing", "invalid-value", "invalid-value", "invalid-value", "missing"}
	if !slices.Equal(paths(err), wantPaths) || !slices.Equal(codes(err), wantCodes) {
		t.Errorf("paths %q codes %q, want %q %q: %v", paths(err), codes(err), wantPaths, wantCodes, err)
	}
	for _, p := range problemsIn(err) {
		if !errors.Is(p, societal.ErrInvalid) {
			t.Errorf("%v does not wrap ErrInvalid", p)
		}
	}
	if _, err := societal.NewAssessor(r); !errors.Is(err, societal.ErrInvalid) {
		t.Errorf("NewAssessor: %v", err)
	}
	// A lever without suppliers is fine: its gaps name no partner.
	r = societal.DefaultRubric()
	delete(r.Suppliers, innovation.Conseil)
	a, err := societal.NewAssessor(r)
	if err != nil {
		t.Fatal(err)
	}
	rep := a.Assess(&societal.Dossier{Name: "x", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD})
	c, _ := rep.Check(societal.EconomicModelFit)
	if len(c.Gaps) != 2 || c.Gaps[0].Lever != innovation.Conseil || c.Gaps[0].Partners != nil || len(c.Gaps[1].Partners) == 0 {
		t.Errorf("gaps %+v", c.Gaps)
	}
}

// DefaultRubric returns maps of its own at each call: a caller editing one
// changes neither the next nor the default assessor.
func TestDefaultRubricIsFresh(t *testing.T) {
	r := societal.DefaultRubric()
	for id := range r.Severity {
		r.Severity[id] = societal.Blocking
	}
	r.Weight[societal.PhaseIdentified] = decimal.Zero
	r.Suppliers[innovation.Conseil][0] = partnership.Citoyen
	r.Mobilised[innovation.High] = innovation.High
	d := societal.DefaultRubric()
	if d.Severity[societal.BudgetGuidance] != societal.Minor || !d.Weight[societal.PhaseIdentified].Equal(decimal.NewFromInt(2)) ||
		d.Suppliers[innovation.Conseil][0] != partnership.CatalyseurTerritorial || d.Mobilised[innovation.High] != innovation.Medium {
		t.Errorf("DefaultRubric shares its maps: %+v", d)
	}
	rep := societal.Assess(dossiertest.Ready(t, innovation.Modelisation))
	if c, _ := rep.Check(societal.PhaseIdentified); c.Outcome != met {
		t.Errorf("the default assessor changed: %+v", c)
	}
}

// The version is a name: checked as every name is, its length against
// ErrLimit; the problems of a rubric come in the same order on every call.
func TestRubricVersionAndOrder(t *testing.T) {
	r := societal.DefaultRubric()
	r.Version = "v1\n=cmd"
	if err := r.Validate(); !errors.Is(err, societal.ErrInvalid) || !slices.Equal(paths(err), []string{"version"}) {
		t.Errorf("a version with a line break: %v", err)
	}
	r.Version = strings.Repeat("v", societal.MaxRubricVersion+1)
	if err := r.Validate(); !errors.Is(err, societal.ErrLimit) || !slices.Equal(codes(err), []string{"over-limit"}) {
		t.Errorf("a version too long: %v", err)
	}
	r = societal.DefaultRubric()
	for _, id := range []societal.CheckID{42, 17, 99, 0} {
		r.Severity[id] = societal.Minor
	}
	r.Required[innovation.Phase(9)] = nil
	r.Required[innovation.Phase(0)] = nil
	first := r.Validate()
	for range 20 {
		if err := r.Validate(); err.Error() != first.Error() {
			t.Fatalf("order changed:\n%v\n---\n%v", first, err)
		}
	}
	var keys []string
	for _, p := range problemsIn(first) {
		if p.Path == "severity" {
			keys = append(keys, p.Error())
		}
	}
	if want := []string{invalidCheck(0), invalidCheck(17), invalidCheck(42), invalidCheck(99)}; !slices.Equal(keys, want) {
		t.Errorf("invalid keys %q, want them in increasing order %q", keys, want)
	}
}

// invalidCheck is the problem of the rubric's entry for check n, outside
// the checks, in the severities: what a rubric with that entry reports.
func invalidCheck(n int) string {
	r := societal.DefaultRubric()
	r.Severity[societal.CheckID(n)] = societal.Minor
	for _, p := range problemsIn(r.Validate()) {
		if p.Path == "severity" {
			return p.Error()
		}
	}
	return ""
}

// A rubric written as JSON reads back the same, whatever its severities,
// weights, requirements, suppliers, thresholds of mobilisation and
// coverage; one that cannot be written says where.
func TestPropertyRubricJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := societal.DefaultRubric()
		r.Version = rapid.StringMatching(`[a-z]{1,10}-20[0-9]{2}/[0-9]`).Draw(t, "version")
		r.MinCoverage = decimal.New(rapid.Int64Range(0, 100).Draw(t, "coverage"), -2)
		for id := range societal.CheckIDs() {
			r.Severity[id] = societal.Severity(rapid.IntRange(1, 3).Draw(t, "severity"))
			r.Weight[id] = decimal.New(rapid.Int64Range(1, 30).Draw(t, "weight"), -int32(rapid.IntRange(0, 1).Draw(t, "places")))
		}
		for p := range innovation.Phases() {
			r.Required[p] = nil
			for id := range societal.CheckIDs() {
				if rapid.Bool().Draw(t, "required") {
					r.Required[p] = append(r.Required[p], id)
				}
			}
		}
		r.Suppliers[innovation.Conseil] = rapid.SliceOfNDistinct(rapid.SampledFrom(slices.Collect(partnership.Kinds())), 0, 3, func(k partnership.Kind) partnership.Kind { return k }).Draw(t, "suppliers")
		r.Mobilised[innovation.High] = rapid.SampledFrom([]innovation.Intensity{innovation.Low, innovation.Medium, innovation.High}).Draw(t, "mobilised")
		r.Partnership.MinCommitmentMonths = rapid.IntRange(0, 120).Draw(t, "months")
		data, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err := societal.DecodeRubric(data)
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		again, err := back.MarshalJSON()
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("written again differently (%v):\n%s\n%s", err, data, again)
		}
		if back.Version != r.Version || !back.MinCoverage.Equal(r.MinCoverage) || back.Partnership.MinCommitmentMonths != r.Partnership.MinCommitmentMonths {
			t.Fatalf("read back %+v", back)
		}
		for id := range societal.CheckIDs() {
			if back.Severity[id] != r.Severity[id] || !back.Weight[id].Equal(r.Weight[id]) {
				t.Fatalf("%v: %v %v, want %v %v", id, back.Severity[id], back.Weight[id], r.Severity[id], r.Weight[id])
			}
		}
		for p := range innovation.Phases() {
			if !slices.Equal(back.Required[p], r.Required[p]) {
				t.Fatalf("required at %v: %v, want %v", p, back.Required[p], r.Required[p])
			}
		}
		if !slices.Equal(back.Suppliers[innovation.Conseil], r.Suppliers[innovation.Conseil]) || !maps.Equal(back.Mobilised, r.Mobilised) {
			t.Fatalf("suppliers %v, mobilised %v", back.Suppliers, back.Mobilised)
		}
		if !slices.Equal(back.Needs.Cells(), r.Needs.Cells()) || !slices.Equal(back.Stakeholders.Cells(), r.Stakeholders.Cells()) {
			t.Fatal("the matrices differ")
		}
	})
	r := societal.DefaultRubric()
	r.Severity[societal.BudgetGuidance] = 9
	if _, err := r.MarshalJSON(); !errors.Is(err, societal.ErrInvalid) || !slices.Equal(paths(err), []string{"severity.budget"}) {
		t.Errorf("an invalid severity written: %v", err)
	}
}
