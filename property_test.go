package societal_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
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

// ---- Generators (kept here on purpose: no dependency on a shared kit). ----

var (
	allPhases       = slices.Collect(innovation.Phases())
	allLevers       = slices.Collect(innovation.Levers())
	allStakeholders = slices.Collect(innovation.Stakeholders())
	allKinds        = slices.Collect(partnership.Kinds())
	allEvidence     = []societal.Evidence{societal.Unstated, societal.Absent, societal.Partial, societal.Established}
	allIntensities  = []innovation.Intensity{innovation.None, innovation.Low, innovation.Medium, innovation.High}
	allFacts        = []partnership.Fact{partnership.Unstated, partnership.Yes, partnership.No}
	allEvaluators   = []evaluation.Evaluator{evaluation.Academiques, evaluation.Beneficiaires, evaluation.Partenaires}
	allDegrees      = []evaluation.Degree{evaluation.SeConter, evaluation.SeCompter, evaluation.Compter}
)

// genHistory is the history of a project that started in some phase up to
// phase, possibly abandoned there: a Dossier's History.
func genHistory(phase innovation.Phase) *rapid.Generator[[]innovation.Transition] {
	return rapid.Custom(func(t *rapid.T) []innovation.Transition {
		start := rapid.SampledFrom(allPhases[:phase]).Draw(t, "start")
		l, err := innovation.New(start, innovation.WithClock(dossiertest.Clock))
		if err != nil {
			t.Fatal(err)
		}
		for l.Phase() != phase {
			if err := l.Advance(context.Background(), innovation.Note{By: "comité"}); err != nil {
				t.Fatal(err)
			}
		}
		if rapid.Bool().Draw(t, "abandoned") {
			if err := l.Abandon(context.Background(), innovation.Note{Reason: "fin"}); err != nil {
				t.Fatal(err)
			}
		}
		return l.History()
	})
}

// genPower returns n shares of power in hundredths summing to exactly 1.
func genPower(t *rapid.T, n int) []decimal.Decimal {
	cuts := make([]int, n-1)
	for i := range cuts {
		cuts[i] = rapid.IntRange(0, 100).Draw(t, "cut")
	}
	slices.Sort(cuts)
	out := make([]decimal.Decimal, n)
	prev := 0
	for i := range n {
		next := 100
		if i < n-1 {
			next = cuts[i]
		}
		out[i] = decimal.New(int64(next-prev), -2)
		prev = next
	}
	return out
}

// genSpec is a valid partnership.Spec: 1 to 6 partners of random kinds,
// power stated or not, up to 12 contributions (valued or not, in EUR) and
// random terms.
func genSpec() *rapid.Generator[partnership.Spec] {
	return rapid.Custom(func(t *rapid.T) partnership.Spec {
		n := rapid.IntRange(1, 6).Draw(t, "partners")
		s := partnership.Spec{Name: "alliance"}
		var power []decimal.Decimal
		if rapid.Bool().Draw(t, "power stated") {
			power = genPower(t, n)
		}
		for i := range n {
			p := partnership.Partner{Actor: partnership.Actor{
				ID:   fmt.Sprintf("p%d", i),
				Kind: rapid.SampledFrom(allKinds).Draw(t, "kind"),
			}}
			if power != nil {
				p.Power = power[i]
			}
			s.Partners = append(s.Partners, p)
		}
		for range rapid.IntRange(0, 12).Draw(t, "contributions") {
			s.Contributions = append(s.Contributions, genContribution(n).Draw(t, "contribution"))
		}
		s.Terms = partnership.Terms{
			Formal:           rapid.SampledFrom(allFacts).Draw(t, "formal"),
			SharedGovernance: rapid.SampledFrom(allFacts).Draw(t, "governance"),
			ExitStrategy:     rapid.SampledFrom(allFacts).Draw(t, "exit"),
			CommitmentMonths: rapid.SampledFrom([]int{0, 12, 24, 36, 48, 60}).Draw(t, "months"),
		}
		return s
	})
}

// genContribution is a contribution of one of n partners "p0".."p<n-1>".
func genContribution(n int) *rapid.Generator[partnership.Contribution] {
	return rapid.Custom(func(t *rapid.T) partnership.Contribution {
		c := partnership.Contribution{
			Partner: fmt.Sprintf("p%d", rapid.IntRange(0, n-1).Draw(t, "partner")),
			Lever:   rapid.SampledFrom(allLevers).Draw(t, "lever"),
			Kind:    rapid.SampledFrom(slices.Collect(partnership.ContributionKinds())).Draw(t, "kind"),
		}
		if rapid.Bool().Draw(t, "valued") {
			c.Amount = partnership.Amount{Value: decimal.NewFromInt(rapid.Int64Range(1, 1_000_000).Draw(t, "amount")), Currency: "EUR"}
		}
		return c
	})
}

// genReport is a valid evaluation report in one of the three forms.
func genReport() *rapid.Generator[evaluation.Report] {
	return rapid.Custom(func(t *rapid.T) evaluation.Report {
		degree := rapid.SampledFrom(allDegrees).Draw(t, "degree")
		evaluators := rapid.SliceOfDistinct(rapid.SampledFrom(allEvaluators), rapid.ID[evaluation.Evaluator]).Draw(t, "evaluators")
		path := rapid.SampledFrom([]string{"", "le chemin parcouru"}).Draw(t, "path")
		switch rapid.IntRange(0, 2).Draw(t, "form") {
		case 0:
			r := &evaluation.PerformanceReport{Degree: degree, Evaluators: evaluators, Path: path}
			if rapid.Bool().Draw(t, "indicator") {
				r.Indicators = []evaluation.Indicator{{
					Name: "emplois", Lever: evaluation.Social, Direction: evaluation.HigherIsBetter,
					Baseline: decimal.Zero, Target: decimal.NewFromInt(10), Weight: decimal.NewFromInt(1),
					Actual: decimal.NewNullDecimal(decimal.NewFromInt(rapid.Int64Range(0, 20).Draw(t, "actual"))),
				}}
			}
			return r
		case 1:
			r := &evaluation.PertinenceReport{Degree: degree, Evaluators: evaluators, Path: path,
				Gap: rapid.SampledFrom([]string{"", "écart analysé"}).Draw(t, "gap")}
			if rapid.Bool().Draw(t, "impact") {
				r.Impacts = []evaluation.Impact{{Description: "emploi", Kind: evaluation.Voulu, Evidence: degree}}
			}
			return r
		default:
			return &evaluation.PartenarialeReport{Degree: degree, Evaluators: evaluators, Path: path,
				Partners: []evaluation.PartnerValue{
					{Partner: "a", Value: "v", Weight: decimal.NewFromInt(1), Outcome: evaluation.Met},
					{Partner: "b", Value: "v", Weight: decimal.NewFromInt(1), Outcome: evaluation.Unknown},
				}}
		}
	})
}

// genBudget is a valid budget: evaluation and capacity building within the
// total.
func genBudget() *rapid.Generator[*evaluation.Budget] {
	return rapid.Custom(func(t *rapid.T) *evaluation.Budget {
		total := rapid.Int64Range(1, 10_000_000).Draw(t, "total")
		eval := rapid.Int64Range(0, total).Draw(t, "evaluation")
		capacity := rapid.Int64Range(0, total-eval).Draw(t, "capacity")
		return dossiertest.Budget(total, eval, capacity)
	})
}

// genDossier is a valid dossier (Validate accepts it): random phase and
// history, dimensions, economic and operator models, stakeholders (nil, or a
// map, possibly empty), a random valid partnership (via partnership.New) or
// none, 0 to 3 evaluation reports, a budget or none.
func genDossier() *rapid.Generator[*societal.Dossier] {
	return rapid.Custom(func(t *rapid.T) *societal.Dossier {
		phase := rapid.SampledFrom(allPhases).Draw(t, "phase")
		d := &societal.Dossier{
			Name:          rapid.StringMatching(`[A-Za-zéè'][A-Za-zéè' ]{0,23}`).Draw(t, "name"),
			Carrier:       rapid.StringMatching(`[A-Za-z]{0,12}`).Draw(t, "carrier"),
			Phase:         phase,
			EconomicModel: rapid.SampledFrom([]innovation.EconomicModel{0, innovation.ModeleRD, innovation.ModeleOperateur}).Draw(t, "economic model"),
			OperatorModel: rapid.SampledFrom(allEvidence).Draw(t, "operator model"),
		}
		d.Dimensions = societal.Dimensions{
			Solution:         rapid.SampledFrom(allEvidence).Draw(t, "solution"),
			Processus:        rapid.SampledFrom(allEvidence).Draw(t, "processus"),
			ModeleEconomique: rapid.SampledFrom(allEvidence).Draw(t, "modele economique"),
		}
		if rapid.Bool().Draw(t, "history") {
			d.History = genHistory(phase).Draw(t, "history")
		}
		if rapid.Bool().Draw(t, "stakeholders stated") {
			d.Stakeholders = rapid.MapOf(rapid.SampledFrom(allStakeholders), rapid.SampledFrom(allIntensities)).Draw(t, "stakeholders")
		}
		if rapid.Bool().Draw(t, "partnership stated") {
			p, err := partnership.New(genSpec().Draw(t, "spec"))
			if err != nil {
				t.Fatalf("the generator built an invalid partnership: %v", err)
			}
			d.Partnership = p
		}
		for range rapid.IntRange(0, 3).Draw(t, "evaluations") {
			d.Evaluations = append(d.Evaluations, genReport().Draw(t, "report"))
		}
		if rapid.Bool().Draw(t, "budget stated") {
			d.Budget = genBudget().Draw(t, "budget")
		}
		return d
	})
}

// genAnyDossier is genDossier with, sometimes, values Validate refuses:
// invalid enumerations, a history that does not match, invalid reports and
// budgets. Assess must still never fail.
func genAnyDossier() *rapid.Generator[*societal.Dossier] {
	return rapid.Custom(func(t *rapid.T) *societal.Dossier {
		d := genDossier().Draw(t, "dossier")
		if !rapid.Bool().Draw(t, "corrupt") {
			return d
		}
		u8 := rapid.Uint8()
		switch rapid.IntRange(0, 7).Draw(t, "what") {
		case 0:
			d.Phase = innovation.Phase(u8.Draw(t, "phase"))
		case 1:
			d.Dimensions.Processus = societal.Evidence(u8.Draw(t, "evidence"))
			d.OperatorModel = societal.Evidence(u8.Draw(t, "operator"))
		case 2:
			d.EconomicModel = innovation.EconomicModel(u8.Draw(t, "model"))
		case 3:
			d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{
				innovation.Stakeholder(u8.Draw(t, "s")): innovation.Intensity(u8.Draw(t, "in")),
			}
		case 4:
			d.History = genHistory(rapid.SampledFrom(allPhases).Draw(t, "other")).Draw(t, "history")
		case 5:
			d.Evaluations = append(d.Evaluations, nil, &evaluation.PertinenceReport{}, (*evaluation.PerformanceReport)(nil))
		case 6:
			d.Budget = &evaluation.Budget{Total: decimal.New(1, 999_999_999), Evaluation: decimal.NewFromInt(-1)}
		case 7:
			d.History = append(d.History, innovation.Transition{})
		}
		return d
	})
}

// cloneDossier returns a copy of d that shares nothing a test mutates.
func cloneDossier(t *rapid.T, d *societal.Dossier) *societal.Dossier {
	c := *d
	if d.Stakeholders != nil {
		c.Stakeholders = make(map[innovation.Stakeholder]innovation.Intensity, len(d.Stakeholders))
		for k, v := range d.Stakeholders {
			c.Stakeholders[k] = v
		}
	}
	c.Evaluations = slices.Clone(d.Evaluations)
	if d.Budget != nil {
		b := *d.Budget
		c.Budget = &b
	}
	c.History = slices.Clone(d.History)
	return &c
}

// ---- Properties. ----

// Assess never panics, on any dossier; every report has NumChecks
// checks in ID order, each with its source, a severity exactly when not
// met, a score null or in [0, 1], and the verdict of the rule documented on
// Verdict.
func TestPropertyAssessInvariants(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genAnyDossier().Draw(t, "dossier")
		rep := societal.Assess(d)
		if len(rep.Checks) != numChecks() {
			t.Fatalf("%d checks", len(rep.Checks))
		}
		want := societal.Ready
		required := societal.DefaultRubric().Required[d.Phase]
		judged := false
		for i, c := range rep.Checks {
			if c.Required != slices.Contains(required, c.ID) {
				t.Fatalf("%v: required %v, the rubric says %v", c.ID, c.Required, !c.Required)
			}
			if c.ID != societal.PhaseIdentified && (c.Outcome == evaluation.Met || c.Outcome == evaluation.NotMet) {
				judged = true
			}
			if c.Outcome == evaluation.Unknown && c.Required && want == societal.Ready {
				want = societal.InsufficientEvidence
			}
			if c.ID != societal.CheckID(i+1) || c.Source != c.ID.Source() || c.Source == "" || !c.Outcome.IsValid() {
				t.Fatalf("check %d: %+v", i, c)
			}
			if (c.Outcome == evaluation.NotMet) != c.Severity.IsValid() {
				t.Fatalf("%v: outcome %v with severity %v", c.ID, c.Outcome, c.Severity)
			}
			for _, g := range c.Gaps {
				if !g.Lever.IsValid() {
					t.Fatalf("%v: gap with lever %v", c.ID, g.Lever)
				}
			}
			if c.Outcome == evaluation.NotMet {
				switch c.Severity {
				case societal.Blocking:
					want = societal.Blocked
				case societal.Major:
					if want != societal.Blocked {
						want = societal.NotYet
					}
				}
			}
		}
		if !judged && want == societal.Ready {
			want = societal.InsufficientEvidence
		}
		if rep.Status.Abandoned {
			want = societal.Blocked
		}
		if rep.Verdict != want {
			t.Fatalf("verdict %v, the rule gives %v", rep.Verdict, want)
		}
		if rep.Score.Valid && (rep.Score.Decimal.Sign() < 0 || rep.Score.Decimal.GreaterThan(decimal.NewFromInt(1))) {
			t.Fatalf("score %v out of [0, 1]", rep.Score.Decimal)
		}
		if rep.Dossier != d.Name || rep.Rubric != societal.RubricVersion {
			t.Fatalf("report of %q by %q", rep.Dossier, rep.Rubric)
		}
		// Rendering never fails either.
		for _, l := range []lang.Lang{lang.French, lang.English} {
			if rep.Text(l) == "" || rep.Markdown(l) == "" {
				t.Fatal("empty rendering")
			}
		}
	})
}

// addEvidence returns a copy of d with more evidence. "Adding evidence" is,
// precisely, any sequence of these steps, each of which only says more,
// or says better, than d did:
//
//   - a dimension or the operator model that is Unstated becomes stated
//     (any value), or a stated one becomes better (Absent < Partial <
//     Established);
//   - an economic model that is not stated becomes the phase's own
//     (Phase.EconomicModel);
//   - stakeholders not stated (nil) become stated (any map); a stakeholder's
//     intensity in a stated map rises;
//   - a partnership not stated becomes stated (any valid one); a stated one
//     gets one more contribution that is not valued (Amount zero) from one of
//     its partners — a valued one would change the balance of the money
//     brought, which is evidence about the balance, not more of it;
//   - an Unstated fact of its terms becomes Yes, or a commitment not stated
//     or under three years becomes 36 months or more (004:3079);
//   - evaluations where there were none; a budget where there was none.
func addEvidence(t *rapid.T, d *societal.Dossier) *societal.Dossier {
	c := cloneDossier(t, d)
	better := func(e societal.Evidence, label string) societal.Evidence {
		if e == societal.Unstated {
			return rapid.SampledFrom(allEvidence[1:]).Draw(t, label)
		}
		return rapid.SampledFrom(allEvidence[e:]).Draw(t, label)
	}
	for range rapid.IntRange(1, 6).Draw(t, "steps") {
		switch rapid.IntRange(0, 8).Draw(t, "step") {
		case 0:
			switch rapid.SampledFrom(slices.Collect(innovation.Dimensions())).Draw(t, "dimension") {
			case innovation.Solution:
				c.Dimensions.Solution = better(c.Dimensions.Solution, "evidence")
			case innovation.Processus:
				c.Dimensions.Processus = better(c.Dimensions.Processus, "evidence")
			case innovation.ModeleEconomique:
				c.Dimensions.ModeleEconomique = better(c.Dimensions.ModeleEconomique, "evidence")
			}
		case 1:
			c.OperatorModel = better(c.OperatorModel, "operator")
		case 2:
			if c.EconomicModel == 0 {
				c.EconomicModel = c.Phase.EconomicModel()
			}
		case 3:
			if c.Stakeholders == nil {
				c.Stakeholders = rapid.MapOf(rapid.SampledFrom(allStakeholders), rapid.SampledFrom(allIntensities)).Draw(t, "stakeholders")
				break
			}
			s := rapid.SampledFrom(allStakeholders).Draw(t, "stakeholder")
			c.Stakeholders[s] = rapid.SampledFrom(allIntensities[c.Stakeholders[s]:]).Draw(t, "intensity")
		case 4:
			if c.Partnership == nil {
				p, err := partnership.New(genSpec().Draw(t, "spec"))
				if err != nil {
					t.Fatal(err)
				}
				c.Partnership = p
				break
			}
			s := c.Partnership.Spec()
			k := genContribution(len(s.Partners)).Draw(t, "contribution")
			k.Amount = partnership.Amount{}
			s.Contributions = append(s.Contributions, k)
			p, err := partnership.New(s)
			if err != nil {
				t.Fatal(err)
			}
			c.Partnership = p
		case 5:
			if c.Partnership == nil {
				break
			}
			s := c.Partnership.Spec()
			for _, f := range []*partnership.Fact{&s.Terms.Formal, &s.Terms.SharedGovernance, &s.Terms.ExitStrategy} {
				if *f == partnership.Unstated && rapid.Bool().Draw(t, "state") {
					*f = partnership.Yes
				}
			}
			if s.Terms.CommitmentMonths < 36 {
				s.Terms.CommitmentMonths = rapid.IntRange(36, 72).Draw(t, "months")
			}
			p, err := partnership.New(s)
			if err != nil {
				t.Fatal(err)
			}
			c.Partnership = p
		case 6:
			if len(c.Evaluations) == 0 {
				c.Evaluations = rapid.SliceOfN(genReport(), 1, 3).Draw(t, "evaluations")
			}
		case 7:
			if c.Budget == nil {
				c.Budget = genBudget().Draw(t, "budget")
			}
		case 8:
			// Nothing: a step may add nothing.
		}
	}
	return c
}

// Adding evidence never turns a met check into not met.
func TestPropertyAddingEvidenceKeepsMet(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDossier().Draw(t, "dossier")
		before := societal.Assess(d)
		d2 := addEvidence(t, d)
		after := societal.Assess(d2)
		for i, c := range before.Checks {
			if c.Outcome == evaluation.Met && after.Checks[i].Outcome == evaluation.NotMet {
				t.Fatalf("%v: met, then not met after adding evidence (%s)", c.ID, after.Checks[i].Detail.Code)
			}
		}
		// The evidence was added to a copy.
		if !dossiertest.ReportsEqual(before, societal.Assess(d)) {
			t.Fatal("adding evidence to a copy changed the original")
		}
	})
}

// The verdict, the score range, the plan and every check are the same
// whatever the order of the partners, of the contributions and of the
// evaluations. Details that name items by their position (evaluation
// findings, partner lists) may differ: the checks are compared by outcome,
// severity, detail and the levers and partner kinds of their gaps, the gap
// details as a multiset.
func TestPropertyOrderDoesNotMatter(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDossier().Draw(t, "dossier")
		d2 := cloneDossier(t, d)
		if d.Partnership != nil {
			s := d.Partnership.Spec()
			s.Partners = rapid.Permutation(s.Partners).Draw(t, "partners")
			s.Contributions = rapid.Permutation(s.Contributions).Draw(t, "contributions")
			p, err := partnership.New(s)
			if err != nil {
				t.Fatal(err)
			}
			d2.Partnership = p
		}
		d2.Evaluations = rapid.Permutation(d.Evaluations).Draw(t, "evaluations")
		r1, r2 := societal.Assess(d), societal.Assess(d2)
		if r1.Verdict != r2.Verdict {
			t.Fatalf("verdict %v, %v after reordering", r1.Verdict, r2.Verdict)
		}
		if r1.Score.Valid != r2.Score.Valid || r1.Score.Valid && !r1.Score.Decimal.Equal(r2.Score.Decimal) {
			t.Fatalf("score %v, %v after reordering", r1.Score, r2.Score)
		}
		sr1, ok1 := r1.ScoreRange()
		sr2, ok2 := r2.ScoreRange()
		if ok1 != ok2 || !sr1.Low.Equal(sr2.Low) || !sr1.High.Equal(sr2.High) {
			t.Fatalf("score range %v, %v after reordering", sr1, sr2)
		}
		p1, _ := r1.Plan()
		p2, _ := r2.Plan()
		if !slices.Equal(p1, p2) {
			t.Fatalf("plan %v, %v after reordering", p1, p2)
		}
		for i := range r1.Checks {
			a, b := r1.Checks[i], r2.Checks[i]
			if a.Outcome != b.Outcome || a.Severity != b.Severity {
				t.Fatalf("%v: %v %v, then %v %v after reordering", a.ID, a.Outcome, a.Severity, b.Outcome, b.Severity)
			}
			if a.ID != societal.EvaluationFit && !dossiertest.SameDetail(a.Detail, b.Detail) {
				t.Fatalf("%v: detail %q, then %q", a.ID, a.Detail.Code, b.Detail.Code)
			}
			if ga, gb := gapKeys(a.Gaps, a.ID), gapKeys(b.Gaps, b.ID); !slices.Equal(ga, gb) {
				t.Fatalf("%v: gaps %q, then %q", a.ID, ga, gb)
			}
		}
	})
}

// gapKeys returns the gaps as sorted strings: lever, partner kinds and,
// except for evaluation findings (which name reports by index) and
// partnership findings (which list partners in their order), the detail.
func gapKeys(gs []societal.Gap, id societal.CheckID) []string {
	var out []string
	for _, g := range gs {
		k := fmt.Sprint(g.Lever, g.Partners)
		if id != societal.EvaluationFit && id != societal.PartnershipBalanced {
			k += " " + g.Detail.Text(lang.English)
		}
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// A dossier survives MarshalJSON → DecodeDossier: the same assessment and
// the same bytes when marshalled again.
func TestPropertyDossierRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDossier().Draw(t, "dossier")
		if err := d.Validate(); err != nil {
			t.Fatalf("the generator built an invalid dossier: %v", err)
		}
		checkRoundTrip(t, d)
	})
}

// A report survives json.Marshal → json.Unmarshal unchanged.
func TestPropertyReportRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rep := societal.Assess(genDossier().Draw(t, "dossier"))
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back societal.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal: %v\n%s", err, b)
		}
		if !dossiertest.ReportsEqual(rep, back) {
			t.Fatalf("the round trip changed the report:\n%s", b)
		}
		b2, err := json.Marshal(back)
		if err != nil || string(b) != string(b2) {
			t.Fatalf("marshal again: %v\n%s\n%s", err, b, b2)
		}
	})
}
