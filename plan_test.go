package societal_test

// Evidence coverage, the score range, the documents to request and the
// next best actions (the plan): table tests and rapid properties.

import (
	"encoding/json"
	"math/big"
	"math/bits"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// ruleOracle is the rule documented on Verdict, written again from its
// words, on checks whose outcomes the caller may have changed.
func ruleOracle(cs []societal.Check, abandoned bool) societal.Verdict {
	if abandoned {
		return societal.Blocked
	}
	blocking, major, missing, judged := false, false, false, false
	for _, c := range cs {
		switch c.Outcome {
		case evaluation.NotMet:
			blocking = blocking || c.Severity == societal.Blocking
			major = major || c.Severity == societal.Major
		case evaluation.Unknown:
			missing = missing || c.Required
		}
		if c.ID != societal.PhaseIdentified && (c.Outcome == evaluation.Met || c.Outcome == evaluation.NotMet) {
			judged = true
		}
	}
	switch {
	case blocking:
		return societal.Blocked
	case major:
		return societal.NotYet
	case missing || !judged:
		return societal.InsufficientEvidence
	}
	return societal.Ready
}

// closeChecks returns the checks of r with those in ids made Met: the plan
// applied, as the model defines it.
func closeChecks(r societal.Report, ids []societal.CheckID) []societal.Check {
	cs := slices.Clone(r.Checks)
	for i := range cs {
		if slices.Contains(ids, cs[i].ID) {
			cs[i].Outcome, cs[i].Severity = evaluation.Met, 0
		}
	}
	return cs
}

// closable returns the checks a plan may close: not met or unknown.
func closable(r societal.Report) []societal.CheckID {
	var out []societal.CheckID
	for _, c := range r.Checks {
		if c.Outcome == evaluation.NotMet || c.Outcome == evaluation.Unknown {
			out = append(out, c.ID)
		}
	}
	return out
}

// The plan, applied, makes the dossier Ready; no smaller set of checks does
// (by brute force over every subset); a Ready dossier's plan is empty; an
// abandoned project has none. The actions close exactly the plan's checks
// and ask for the evidence of exactly its unknown ones.
func TestPropertyPlan(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rep := societal.Assess(genAnyDossier().Draw(t, "dossier"))
		plan, ok := rep.Plan()
		if rep.Status.Abandoned {
			if ok || rep.Actions() != nil {
				t.Fatalf("an abandoned project has a plan %v", plan)
			}
			return
		}
		if !ok {
			t.Fatalf("no plan for %v", rep.Verdict)
		}
		if rep.Verdict == societal.Ready && len(plan) != 0 {
			t.Fatalf("a ready dossier has the plan %v", plan)
		}
		if got := ruleOracle(closeChecks(rep, plan), false); got != societal.Ready {
			t.Fatalf("the plan %v applied gives %v", plan, got)
		}
		if got := rep.VerdictIf(plan...); got != societal.Ready {
			t.Fatalf("VerdictIf(plan) = %v", got)
		}
		cand := closable(rep)
		for m := 0; m < 1<<len(cand); m++ {
			if bits.OnesCount(uint(m)) >= len(plan) {
				continue
			}
			var sub []societal.CheckID
			for j, id := range cand {
				if m&(1<<j) != 0 {
					sub = append(sub, id)
				}
			}
			if ruleOracle(closeChecks(rep, sub), false) == societal.Ready {
				t.Fatalf("the plan %v is not the smallest: %v makes the dossier ready", plan, sub)
			}
		}
		var closes, evidence []societal.CheckID
		for _, a := range rep.Actions() {
			if len(a.Closes) == 0 || a.Lever != 0 && !a.Lever.IsValid() {
				t.Fatalf("action %+v", a)
			}
			for _, id := range a.Closes {
				if !slices.Contains(closes, id) {
					closes = append(closes, id)
				}
			}
			for _, id := range a.Evidence {
				if !slices.Contains(evidence, id) {
					evidence = append(evidence, id)
				}
			}
		}
		slices.Sort(closes)
		sorted := slices.Sorted(slices.Values(plan))
		if !slices.Equal(closes, sorted) {
			t.Fatalf("the actions close %v, the plan is %v", closes, plan)
		}
		for _, id := range plan {
			c, _ := rep.Check(id)
			if (c.Outcome == evaluation.Unknown) != slices.Contains(evidence, id) {
				t.Fatalf("%v (%v): evidence asked %v", id, c.Outcome, evidence)
			}
		}
	})
}

// The plan is ordered by severity, then required missing evidence, then
// the model's sequence (CheckID order), and grouped into actions by lever.
func TestPlanOrder(t *testing.T) {
	d := dossiertest.Ready(t, innovation.Essaimage)
	d.EconomicModel = innovation.ModeleRD                              // blocking, gaps Conseil and Financement
	d.Dimensions.Processus = societal.Partial                          // major, gap Compétences & réseau
	d.Partnership = nil                                                // next-needs (required), partnership, commitment unknown
	d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{} // minor
	rep := societal.Assess(d)
	plan, ok := rep.Plan()
	want := []societal.CheckID{societal.EconomicModelFit, societal.DimensionsCovered, societal.NextNeedsSupplied}
	if !ok || !slices.Equal(plan, want) {
		t.Fatalf("plan %v, want %v", plan, want)
	}
	acts := rep.Actions()
	var levers []innovation.Lever
	for _, a := range acts {
		levers = append(levers, a.Lever)
	}
	if want := []innovation.Lever{innovation.Conseil, innovation.Financement, innovation.CompetencesReseau, 0}; !slices.Equal(levers, want) {
		t.Fatalf("action levers %v, want %v", levers, want)
	}
	last := acts[len(acts)-1]
	if !slices.Equal(last.Evidence, []societal.CheckID{societal.NextNeedsSupplied}) || last.Lever != 0 ||
		last.Label(lang.French) == "" || last.Label(lang.French) == last.Label(lang.English) {
		t.Errorf("evidence action %+v", last)
	}
	if id, _ := rep.Decisive(); id != societal.EconomicModelFit {
		t.Errorf("decisive %v", id)
	}
}

// stateEvidence returns a copy of d where some of what d does not state is
// stated: only new evidence, nothing stated changed (addEvidence also
// improves what is stated, which may show a check's other unknowns).
func stateEvidence(t *rapid.T, d *societal.Dossier) *societal.Dossier {
	c := cloneDossier(t, d)
	state := func(e *societal.Evidence, label string) {
		if *e == societal.Unstated && rapid.Bool().Draw(t, label) {
			*e = rapid.SampledFrom(allEvidence[1:]).Draw(t, label+" value")
		}
	}
	state(&c.Dimensions.Solution, "solution")
	state(&c.Dimensions.Processus, "processus")
	state(&c.Dimensions.ModeleEconomique, "modele economique")
	state(&c.OperatorModel, "operator")
	if c.EconomicModel == 0 && rapid.Bool().Draw(t, "economic model") {
		c.EconomicModel = rapid.SampledFrom([]innovation.EconomicModel{innovation.ModeleRD, innovation.ModeleOperateur}).Draw(t, "model")
	}
	if c.Stakeholders == nil && rapid.Bool().Draw(t, "stakeholders") {
		c.Stakeholders = rapid.MapOf(rapid.SampledFrom(allStakeholders), rapid.SampledFrom(allIntensities)).Draw(t, "map")
	}
	if c.Partnership == nil && rapid.Bool().Draw(t, "partnership") {
		p, err := partnership.New(genSpec().Draw(t, "spec"))
		if err != nil {
			t.Fatal(err)
		}
		c.Partnership = p
	}
	if len(c.Evaluations) == 0 && rapid.Bool().Draw(t, "evaluations") {
		c.Evaluations = rapid.SliceOfN(genReport(), 1, 3).Draw(t, "reports")
	}
	if c.Budget == nil && rapid.Bool().Draw(t, "budget") {
		c.Budget = genBudget().Draw(t, "budget value")
	}
	return c
}

// Adding evidence never lowers the coverage, counted or weighted.
func TestPropertyCoverageNeverFalls(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDossier().Draw(t, "dossier")
		before := societal.Assess(d)
		after := societal.Assess(stateEvidence(t, d))
		b, a := before.Coverage(), after.Coverage()
		if a.Judged < b.Judged || a.JudgedWeight.LessThan(b.JudgedWeight) || a.Applicable != b.Applicable {
			t.Fatalf("coverage %+v, then %+v after adding evidence", b, a)
		}
	})
}

// Low ≤ point score ≤ High; the point score is known only if the range is;
// once every unknown turns out met, the verdict is the rule's on those
// checks, never « À instruire », and Ready when the upper bound is 1.
func TestPropertyScoreRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rep := societal.Assess(genAnyDossier().Draw(t, "dossier"))
		sr, ok := rep.ScoreRange()
		if rep.Score.Valid && !ok {
			t.Fatalf("a point score %v without a range", rep.Score.Decimal)
		}
		if ok {
			if sr.Low.GreaterThan(sr.High) || sr.Low.Sign() < 0 || sr.High.GreaterThan(decimal.NewFromInt(1)) {
				t.Fatalf("range %v – %v", sr.Low, sr.High)
			}
			if rep.Score.Valid && (rep.Score.Decimal.LessThan(sr.Low) || rep.Score.Decimal.GreaterThan(sr.High)) {
				t.Fatalf("point %v outside %v – %v", rep.Score.Decimal, sr.Low, sr.High)
			}
			if len(rep.Missing()) == 0 && !sr.Low.Equal(sr.High) {
				t.Fatalf("nothing missing, range %v – %v", sr.Low, sr.High)
			}
		}
		upper := rep.VerdictIf(rep.Missing()...)
		if want := ruleOracle(closeChecks(rep, rep.Missing()), rep.Status.Abandoned); upper != want {
			t.Fatalf("every unknown met: verdict %v, the rule gives %v", upper, want)
		}
		if upper == societal.InsufficientEvidence && slices.ContainsFunc(rep.Checks, func(c societal.Check) bool {
			return c.ID != societal.PhaseIdentified && c.Outcome != evaluation.NotApplicable
		}) {
			t.Fatalf("every unknown met and still insufficient evidence")
		}
		if ok && sr.High.Equal(decimal.NewFromInt(1)) && !rep.Status.Abandoned && upper != societal.Ready {
			t.Fatalf("upper bound 1, verdict %v once the unknowns are met", upper)
		}
	})
}

// An empty dossier — a name and a phase, nothing else — is never Ready,
// whatever its phase, and even under a rubric that requires nothing.
func TestPropertyEmptyDossierNeverReady(t *testing.T) {
	bare := societal.DefaultRubric()
	bare.Version = "rien-de-requis"
	bare.Required = nil
	a, err := societal.NewAssessor(bare)
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(t *rapid.T) {
		d := &societal.Dossier{
			Name:  rapid.StringMatching(`[A-Za-z ]{1,12}`).Draw(t, "name"),
			Phase: innovation.Phase(rapid.IntRange(0, 7).Draw(t, "phase")),
		}
		for _, rep := range []societal.Report{societal.Assess(d), a.Assess(d)} {
			if rep.Verdict == societal.Ready {
				t.Fatalf("an empty dossier in %v is ready", d.Phase)
			}
		}
	})
}

// The coverage and the score range of one dossier, worked by hand: a
// project in essaimage still on the R&D model, nothing else stated.
func TestCoverageAndRange(t *testing.T) {
	rep := societal.Assess(&societal.Dossier{Name: "x", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD})
	cov := rep.Coverage()
	// Judged: the phase (2, met) and the economic model (2, not met); the
	// others unknown; every check applies in essaimage.
	r := societal.DefaultRubric()
	total := decimal.Zero
	for id := range societal.CheckIDs() {
		total = total.Add(r.Weight[id])
	}
	if cov.Judged != 2 || cov.Applicable != numChecks() || !cov.JudgedWeight.Equal(decimal.NewFromInt(4)) || !cov.ApplicableWeight.Equal(total) {
		t.Errorf("coverage %+v", cov)
	}
	sr, ok := rep.ScoreRange()
	low := decimal.NewFromInt(2).DivRound(total, evaluation.ScorePlaces)
	high := total.Sub(decimal.NewFromInt(2)).DivRound(total, evaluation.ScorePlaces)
	if !ok || !sr.Low.Equal(low) || !sr.High.Equal(high) {
		t.Errorf("range %+v %v, want %v – %v", sr, ok, low, high)
	}
	qs := rep.Requests()
	if len(qs) != numChecks()-2 || qs[0].Check != societal.DimensionsCovered || !qs[0].Required || qs[2].Required {
		t.Errorf("requests %+v", qs)
	}
	for _, q := range qs {
		if q.Field == "" || q.Text(lang.French) == "" || q.Text(lang.English) == "" {
			t.Errorf("request %+v without words", q)
		}
	}
}

// Every check says what to ask for, in every language, and the dossier
// field it fills is a key of the dossier's JSON form (of the template,
// which holds every key once).
func TestCheckRequests(t *testing.T) {
	var template map[string]any
	if err := json.Unmarshal(societal.Template(), &template); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k, v := range template {
		keys = append(keys, k)
		if m, ok := v.(map[string]any); ok {
			for sub := range m {
				keys = append(keys, k+"."+sub)
			}
		}
	}
	for id := range societal.CheckIDs() {
		if id.Request(lang.French) == "" || id.Request(lang.English) == "" || id.Request(lang.French) == id.Request(lang.English) {
			t.Errorf("%v: request %q / %q", id, id.Request(lang.French), id.Request(lang.English))
		}
		for _, f := range strings.Split(id.Field(), ", ") {
			if !slices.Contains(keys, f) {
				t.Errorf("%v: field %q is not a dossier key", id, f)
			}
		}
	}
	if societal.CheckID(0).Request(lang.French) != "" || societal.CheckID(0).Field() != "" || societal.CheckID(0).Source() != "" {
		t.Error("an invalid check has a request, a field or a source")
	}
}

// The point score is Σ weight(met) / Σ weight(judged) over the report's own
// checks and weights, as evaluation.ScoreCriteria computes it, given only
// where the evidence supports it: no required check Unknown, and the judged
// weight at least MinCoverage of the applicable weight (computed here with
// big.Rat, an oracle independent of the decimals). A score given lies in
// the range.
func TestPropertyPointScore(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := societal.DefaultRubric()
		r.MinCoverage = decimal.New(rapid.Int64Range(0, 100).Draw(t, "hundredths"), -2)
		if rapid.Bool().Draw(t, "fractional weights") { // not whole numbers: Assess adds them as decimals
			for id := range societal.CheckIDs() {
				r.Weight[id] = decimal.New(rapid.Int64Range(1, 30).Draw(t, "tenths"), -1)
			}
		}
		a, err := societal.NewAssessor(r)
		if err != nil {
			t.Fatal(err)
		}
		rep := a.Assess(genAnyDossier().Draw(t, "dossier"))
		var in []evaluation.Criterion
		judged, applicable := new(big.Rat), new(big.Rat)
		supported := true
		for _, c := range rep.Checks {
			in = append(in, evaluation.Criterion{Name: c.ID.String(), Weight: c.Weight, Outcome: c.Outcome})
			w := c.Weight.Rat()
			switch c.Outcome {
			case evaluation.Met, evaluation.NotMet:
				judged.Add(judged, w)
				applicable.Add(applicable, w)
			case evaluation.Unknown:
				applicable.Add(applicable, w)
				supported = supported && !c.Required
			}
		}
		least := new(big.Rat).Mul(r.MinCoverage.Rat(), applicable)
		supported = supported && judged.Cmp(least) >= 0
		s, err := evaluation.ScoreCriteria(in)
		known := err == nil && s.Known() && supported
		if known != rep.Score.Valid || known && !s.Value.Equal(rep.Score.Decimal) {
			t.Fatalf("score %v, ScoreCriteria %v (%v), supported %v", rep.Score, s, err, supported)
		}
		if sr, ok := rep.ScoreRange(); known && (!ok || rep.Score.Decimal.LessThan(sr.Low) || rep.Score.Decimal.GreaterThan(sr.High)) {
			t.Fatalf("score %v outside its range %v", rep.Score.Decimal, sr)
		}
	})
}

// An unmet check weighs at most what the rubric says (RubricSeverity, the
// rubric's own), less where the check grades its findings, and Blocking
// whatever the rubric says on invalid input.
func TestPropertySeverityBounded(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := societal.DefaultRubric()
		for id := range societal.CheckIDs() {
			r.Severity[id] = societal.Severity(rapid.IntRange(1, 3).Draw(t, "severity"))
		}
		a, err := societal.NewAssessor(r)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range a.Assess(genAnyDossier().Draw(t, "dossier")).Checks {
			if c.RubricSeverity != r.Severity[c.ID] {
				t.Fatalf("%v: rubric severity %v, want %v", c.ID, c.RubricSeverity, r.Severity[c.ID])
			}
			if c.Outcome == evaluation.NotMet && c.Severity > c.RubricSeverity && (c.Detail.Code != "invalid-input" || c.Severity != societal.Blocking) {
				t.Fatalf("%v: severity %v over the rubric's %v (%s)", c.ID, c.Severity, c.RubricSeverity, c.Detail.Code)
			}
		}
	})
}

// Assess stays within its allocation budget on the example dossier (the
// plan, coverage and range are computed on demand, not here).
func TestAssessAllocs(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage counters change the count")
	}
	d := dossiertest.Example(t)
	if n := testing.AllocsPerRun(100, func() { _ = societal.Assess(d) }); n > 100 {
		t.Errorf("Assess: %v allocations, want at most 100", n)
	}
}
