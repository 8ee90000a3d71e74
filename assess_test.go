package societal_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// ---- Fixtures: a dossier where every criterion that applies is met. ----

// readySpec is a partnership that supplies every lever through two partners
// (enough for a need at "+++", partnership.DefaultThresholds), formal, with
// a shared governance, an exit strategy and a three-year commitment
// (004:3079). Power is not stated and no contribution is valued, so
// Diagnose finds nothing.
func readySpec() partnership.Spec {
	return partnership.Spec{
		Name:  "Alliance",
		Modes: []partnership.Mode{partnership.InnovationSocietale},
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: "fondation", Kind: partnership.Fondation}},
			{Actor: partnership.Actor{ID: "entreprise", Kind: partnership.Entreprise}},
			{Actor: partnership.Actor{ID: "catalyseur", Kind: partnership.CatalyseurTerritorial}},
			{Actor: partnership.Actor{ID: "universite", Kind: partnership.Academique}},
		},
		Contributions: []partnership.Contribution{
			{Partner: "fondation", Lever: innovation.Financement, Kind: partnership.Financial},
			{Partner: "entreprise", Lever: innovation.Financement, Kind: partnership.Financial},
			{Partner: "entreprise", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
			{Partner: "catalyseur", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
			{Partner: "catalyseur", Lever: innovation.Conseil, Kind: partnership.Skills},
			{Partner: "fondation", Lever: innovation.Conseil, Kind: partnership.Skills},
			{Partner: "universite", Lever: innovation.Evaluation, Kind: partnership.Skills},
			{Partner: "catalyseur", Lever: innovation.Evaluation, Kind: partnership.Skills},
		},
		Terms: partnership.Terms{
			Formal:           partnership.Yes,
			SharedGovernance: partnership.Yes,
			ExitStrategy:     partnership.Yes,
			CommitmentMonths: 36,
		},
	}
}

// newPartnership builds readySpec changed by edit.
func newPartnership(tb rapid.TB, edit func(*partnership.Spec)) *partnership.Partnership {
	tb.Helper()
	s := readySpec()
	if edit != nil {
		edit(&s)
	}
	p, err := partnership.New(s)
	if err != nil {
		tb.Fatalf("partnership.New: %v", err)
	}
	return p
}

// dropContributions removes the contributions on lever l, except those of
// the partners in keep.
func dropContributions(l innovation.Lever, keep ...string) func(*partnership.Spec) {
	return func(s *partnership.Spec) {
		s.Contributions = slices.DeleteFunc(s.Contributions, func(c partnership.Contribution) bool {
			return c.Lever == l && !slices.Contains(keep, c.Partner)
		})
	}
}

// readyEvaluations are reports that fit the plan of phase exactly
// (evaluation.PlanFor): its degree, its forms, every evaluator, a written
// path, and for pertinence an analysed gap and an impact.
func readyEvaluations(tb rapid.TB, phase innovation.Phase) []evaluation.Report {
	tb.Helper()
	plan, err := evaluation.PlanFor(phase)
	if err != nil {
		tb.Fatalf("PlanFor(%v): %v", phase, err)
	}
	all := []evaluation.Evaluator{evaluation.Academiques, evaluation.Beneficiaires, evaluation.Partenaires}
	var out []evaluation.Report
	for _, f := range plan.Forms {
		switch f {
		case evaluation.Performance:
			out = append(out, &evaluation.PerformanceReport{
				Degree: plan.Degree, Evaluators: all, Path: "le chemin parcouru",
				Indicators: []evaluation.Indicator{{
					Name: "emplois", Lever: evaluation.Social, Direction: evaluation.HigherIsBetter,
					Baseline: decimal.Zero, Target: decimal.NewFromInt(10),
					Actual: decimal.NewNullDecimal(decimal.NewFromInt(8)), Weight: decimal.NewFromInt(1),
				}},
			})
		case evaluation.Pertinence:
			out = append(out, &evaluation.PertinenceReport{
				Degree: plan.Degree, Evaluators: all, Path: "le chemin parcouru",
				Intuition: "l'intuition", Gap: "l'écart analysé",
				Needs:   []evaluation.Need{{Name: "mobilité", Weight: decimal.NewFromInt(1), Outcome: evaluation.Met}},
				Impacts: []evaluation.Impact{{Description: "accès à l'emploi", Kind: evaluation.Voulu, Evidence: plan.Degree}},
			})
		case evaluation.Partenariale:
			out = append(out, &evaluation.PartenarialeReport{
				Degree: plan.Degree, Evaluators: all, Path: "le chemin parcouru",
				Partners: []evaluation.PartnerValue{
					{Partner: "fondation", Value: "v", Weight: decimal.NewFromInt(1), Outcome: evaluation.Met},
					{Partner: "entreprise", Value: "v", Weight: decimal.NewFromInt(1), Outcome: evaluation.Met},
				},
			})
		}
	}
	return out
}

// budget returns a budget of total with the given evaluation and capacity
// building amounts.
func budget(total, eval, capacity int64) *evaluation.Budget {
	return &evaluation.Budget{
		Total:            decimal.NewFromInt(total),
		Evaluation:       decimal.NewFromInt(eval),
		CapacityBuilding: decimal.NewFromInt(capacity),
	}
}

// readyDossier is a dossier in phase where every criterion that applies is
// met: the dimensions established, the economic model of the phase with an
// established operator model, every stakeholder mobilised at "+++",
// readySpec's partnership, evaluations fitting the plan, and a budget of 5%
// evaluation and 25% capacity building (004:3105-3107, 3202-3208).
func readyDossier(tb rapid.TB, phase innovation.Phase) *societal.Dossier {
	tb.Helper()
	d := &societal.Dossier{
		Name:          "Projet " + phase.String(),
		Carrier:       "Association porteuse",
		Phase:         phase,
		Dimensions:    [innovation.NumDimensions]societal.Evidence{societal.Established, societal.Established, societal.Established},
		EconomicModel: phase.EconomicModel(),
		OperatorModel: societal.Established,
		Stakeholders:  map[innovation.Stakeholder]innovation.Intensity{},
		Partnership:   newPartnership(tb, nil),
		Evaluations:   readyEvaluations(tb, phase),
		Budget:        budget(1_000_000, 50_000, 250_000),
	}
	for s := range innovation.AllStakeholders() {
		d.Stakeholders[s] = innovation.High
	}
	return d
}

var clock = func() time.Time { return time.Date(2018, 3, 1, 0, 0, 0, 0, time.UTC) }

// history returns the snapshot of a lifecycle started in conception and
// advanced to phase, abandoned there if abandoned.
func history(tb rapid.TB, phase innovation.Phase, abandoned bool) *innovation.Snapshot {
	tb.Helper()
	ctx := context.Background()
	l, err := innovation.New(innovation.Conception, innovation.WithClock(clock))
	if err != nil {
		tb.Fatal(err)
	}
	for l.Phase() != phase {
		if err := l.Advance(ctx, innovation.Note{By: "comité"}); err != nil {
			tb.Fatal(err)
		}
	}
	if abandoned {
		if err := l.Abandon(ctx, innovation.Note{By: "comité", Reason: "fin du financement"}); err != nil {
			tb.Fatal(err)
		}
	}
	s := l.Snapshot()
	return &s
}

// notApplicable is where a criterion does not apply with a ready dossier.
func notApplicable(id societal.CriterionID, p innovation.Phase) bool {
	return id == societal.DimensionsCovered && p < innovation.Modelisation ||
		id == societal.NextNeedsSupplied && p == innovation.Industrialisation
}

func TestReadyDossierEveryPhase(t *testing.T) {
	for p := range innovation.Phases() {
		d := readyDossier(t, p)
		if err := d.Validate(); err != nil {
			t.Fatalf("%v: the fixture is invalid: %v", p, err)
		}
		rep := societal.Assess(d)
		if rep.Verdict != societal.Ready {
			t.Errorf("%v: verdict %v, want ready; unmet %+v", p, rep.Verdict, rep.Unmet())
		}
		for _, c := range rep.Criteria {
			want := evaluation.Met
			if notApplicable(c.ID, p) {
				want = evaluation.NotApplicable
			}
			if c.Outcome != want || c.Severity != 0 || len(c.Gaps) != 0 {
				t.Errorf("%v: %v = %v (severity %v, gaps %v, %q), want %v without gaps", p, c.ID, c.Outcome, c.Severity, c.Gaps, c.Detail, want)
			}
		}
		if !rep.Score.Valid || !rep.Score.Decimal.Equal(decimal.NewFromInt(1)) {
			t.Errorf("%v: score %v, want 1", p, rep.Score)
		}
	}
}

// ---- One table per criterion: met, not met, unknown, not applicable. ----

type criterionCase struct {
	name     string
	source   string // the source line the criterion stands on (CriterionID.Source)
	phase    innovation.Phase
	edit     func(testing.TB, *societal.Dossier)
	outcome  evaluation.Outcome
	severity societal.Severity  // for NotMet
	gaps     []innovation.Lever // the lever of each gap, in order
	verdict  societal.Verdict
}

func runCriterionCases(t *testing.T, id societal.CriterionID, cases []criterionCase) {
	t.Helper()
	suppliers := societal.DefaultRubric().Suppliers
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := id.Source(); got != tc.source {
				t.Fatalf("%v.Source() = %q, the table cites %q", id, got, tc.source)
			}
			d := readyDossier(t, tc.phase)
			if tc.edit != nil {
				tc.edit(t, d)
			}
			rep := societal.Assess(d)
			c, ok := rep.Criterion(id)
			if !ok {
				t.Fatalf("no criterion %v in the report", id)
			}
			if c.ID.Source() != tc.source {
				t.Errorf("source %q, want %q", c.ID.Source(), tc.source)
			}
			if c.Outcome != tc.outcome {
				t.Fatalf("outcome %v (%q), want %v", c.Outcome, c.Detail, tc.outcome)
			}
			wantSev := societal.Severity(0)
			if tc.outcome == evaluation.NotMet {
				wantSev = tc.severity
				if c.Detail == "" {
					t.Errorf("an unmet criterion without a detail")
				}
			}
			if c.Severity != wantSev {
				t.Errorf("severity %v, want %v", c.Severity, wantSev)
			}
			var levers []innovation.Lever
			for _, g := range c.Gaps {
				levers = append(levers, g.Lever)
				if !slices.Equal(g.Partners, suppliers[g.Lever-1]) {
					t.Errorf("gap %q: partners %v, want the rubric's suppliers of %v: %v", g.Detail, g.Partners, g.Lever, suppliers[g.Lever-1])
				}
				if g.Detail == "" {
					t.Errorf("gap on %v without a detail", g.Lever)
				}
			}
			if !slices.Equal(levers, tc.gaps) {
				t.Errorf("gap levers %v, want %v (gaps %+v)", levers, tc.gaps, c.Gaps)
			}
			if rep.Verdict != tc.verdict {
				t.Errorf("verdict %v, want %v (unmet %+v)", rep.Verdict, tc.verdict, rep.Unmet())
			}
		})
	}
}

const (
	met     = evaluation.Met
	notMet  = evaluation.NotMet
	unknown = evaluation.Unknown
	na      = evaluation.NotApplicable
)

func TestPhaseIdentified(t *testing.T) {
	const src = "004:880-888"
	runCriterionCases(t, societal.PhaseIdentified, []criterionCase{
		{name: "met", source: src, phase: innovation.Experimentation, outcome: met, verdict: societal.Ready},
		{name: "met with a consistent history", source: src, phase: innovation.Essaimage,
			edit:    func(tb testing.TB, d *societal.Dossier) { d.Lifecycle = history(tb, innovation.Essaimage, false) },
			outcome: met, verdict: societal.Ready},
		{name: "not met: no phase", source: src, phase: innovation.Conception,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Phase = 0 },
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		{name: "not met: the history ends elsewhere", source: src, phase: innovation.Modelisation,
			edit:    func(tb testing.TB, d *societal.Dossier) { d.Lifecycle = history(tb, innovation.Experimentation, false) },
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		{name: "not met: the history is inconsistent", source: src, phase: innovation.Modelisation,
			edit: func(tb testing.TB, d *societal.Dossier) {
				s := history(tb, innovation.Modelisation, false)
				s.History = s.History[1:] // starts in conception, first entry leaves experimentation
				d.Lifecycle = s
			},
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		{name: "not met: abandoned", source: src, phase: innovation.Experimentation,
			edit:    func(tb testing.TB, d *societal.Dossier) { d.Lifecycle = history(tb, innovation.Experimentation, true) },
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		// The phase is always stated or not: this criterion is never Unknown
		// nor NotApplicable.
	})
}

func TestPhaseNotIdentifiedMakesTheRestUnknown(t *testing.T) {
	rep := societal.Assess(&societal.Dossier{Name: "sans phase"})
	for _, c := range rep.Criteria[1:] {
		if c.Outcome != unknown {
			t.Errorf("%v = %v, want unknown when the phase is not identified", c.ID, c.Outcome)
		}
	}
	if rep.Next != 0 || rep.RiskZone != 0 || rep.ModelChange {
		t.Errorf("crossing of an unidentified phase: next %v, zone %v, change %v", rep.Next, rep.RiskZone, rep.ModelChange)
	}
}

func TestEconomicModelFit(t *testing.T) {
	const src = "004:793-797"
	operator := func(e societal.Evidence) func(testing.TB, *societal.Dossier) {
		return func(_ testing.TB, d *societal.Dossier) { d.OperatorModel = e }
	}
	runCriterionCases(t, societal.EconomicModelFit, []criterionCase{
		{name: "met: R&D in conception", source: src, phase: innovation.Conception, outcome: met, verdict: societal.Ready},
		{name: "met: operator model established before essaimage", source: src, phase: innovation.Modelisation, outcome: met, verdict: societal.Ready},
		{name: "met: operator in essaimage", source: src, phase: innovation.Essaimage, outcome: met, verdict: societal.Ready},
		{name: "not met: still R&D in essaimage", source: src, phase: innovation.Essaimage,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.EconomicModel = innovation.ModeleRD },
			outcome: notMet, severity: societal.Blocking, gaps: []innovation.Lever{innovation.Conseil, innovation.Financement}, verdict: societal.Blocked},
		{name: "not met: operator model absent before the crossing", source: src, phase: innovation.Modelisation,
			edit: operator(societal.Absent), outcome: notMet, severity: societal.Blocking, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Blocked},
		{name: "not met: operator model partial before the crossing", source: src, phase: innovation.Modelisation,
			edit: operator(societal.Partial), outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.NotYet},
		{name: "unknown: operator model unstated", source: src, phase: innovation.Modelisation,
			edit: operator(societal.Unstated), outcome: unknown, verdict: societal.Ready},
		{name: "unknown: economic model unstated", source: src, phase: innovation.Industrialisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.EconomicModel = 0 },
			outcome: unknown, verdict: societal.Ready},
		// Every phase has an economic model: never NotApplicable.
	})
}

func TestDimensionsCovered(t *testing.T) {
	const src = "004:734-764"
	dims := func(s, p, m societal.Evidence) func(testing.TB, *societal.Dossier) {
		return func(_ testing.TB, d *societal.Dossier) { d.Dimensions = [3]societal.Evidence{s, p, m} }
	}
	U, A, P, E := societal.Unstated, societal.Absent, societal.Partial, societal.Established
	runCriterionCases(t, societal.DimensionsCovered, []criterionCase{
		{name: "not applicable in conception", source: src, phase: innovation.Conception, edit: dims(A, A, A), outcome: na, verdict: societal.Ready},
		{name: "not applicable in expérimentation", source: src, phase: innovation.Experimentation, edit: dims(U, U, U), outcome: na, verdict: societal.Ready},
		{name: "met in modélisation", source: src, phase: innovation.Modelisation, edit: dims(E, E, E), outcome: met, verdict: societal.Ready},
		{name: "not met: processus partial", source: src, phase: innovation.Essaimage, edit: dims(E, P, E),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.CompetencesReseau}, verdict: societal.NotYet},
		{name: "not met: solution and modèle économique absent", source: src, phase: innovation.Modelisation, edit: dims(A, E, A),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Conseil, innovation.Conseil}, verdict: societal.NotYet},
		{name: "not met beats unstated", source: src, phase: innovation.Industrialisation, edit: dims(U, A, U),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.CompetencesReseau}, verdict: societal.NotYet},
		{name: "unknown: processus unstated", source: src, phase: innovation.Modelisation, edit: dims(E, U, E), outcome: unknown, verdict: societal.Ready},
	})
}

func TestNextNeedsSupplied(t *testing.T) {
	const src = "004:805-806; 003:1924-1970"
	partners := func(edit func(*partnership.Spec)) func(testing.TB, *societal.Dossier) {
		return func(tb testing.TB, d *societal.Dossier) { d.Partnership = newPartnership(tb, edit) }
	}
	// Rising needs (innovation.DefaultNeeds, 003:1924-1970): évaluation "++"
	// from expérimentation to modélisation; financement and compétences &
	// réseau "+++" from modélisation to essaimage.
	runCriterionCases(t, societal.NextNeedsSupplied, []criterionCase{
		{name: "met: nothing rises after conception", source: src, phase: innovation.Conception,
			edit: partners(dropContributions(innovation.Evaluation)), outcome: met, verdict: societal.Ready},
		{name: "met: the rising needs have two suppliers", source: src, phase: innovation.Modelisation, outcome: met, verdict: societal.Ready},
		{name: "not met: évaluation missing before modélisation", source: src, phase: innovation.Experimentation,
			edit:    partners(dropContributions(innovation.Evaluation)),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.NotYet},
		{name: "not met: financement missing before essaimage", source: src, phase: innovation.Modelisation,
			edit:    partners(dropContributions(innovation.Financement)),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Financement}, verdict: societal.NotYet},
		{name: "not met: financement thin (one supplier for +++)", source: src, phase: innovation.Modelisation,
			edit:    partners(dropContributions(innovation.Financement, "fondation")),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Financement}, verdict: societal.Ready},
		{name: "not met: one missing and one thin is major", source: src, phase: innovation.Modelisation,
			edit: partners(func(s *partnership.Spec) {
				dropContributions(innovation.Financement)(s)
				dropContributions(innovation.CompetencesReseau, "entreprise")(s)
			}),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Financement, innovation.CompetencesReseau}, verdict: societal.NotYet},
		{name: "unknown: no partnership stated", source: src, phase: innovation.Modelisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Partnership = nil },
			outcome: unknown, verdict: societal.Ready},
		{name: "not applicable in industrialisation", source: src, phase: innovation.Industrialisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Partnership = nil },
			outcome: na, verdict: societal.Ready},
	})
}

func TestStakeholdersMobilised(t *testing.T) {
	const src = "004:3210-3237"
	set := func(s innovation.Stakeholder, in innovation.Intensity) func(testing.TB, *societal.Dossier) {
		return func(_ testing.TB, d *societal.Dossier) { d.Stakeholders[s] = in }
	}
	runCriterionCases(t, societal.StakeholdersMobilised, []criterionCase{
		{name: "met", source: src, phase: innovation.Modelisation, outcome: met, verdict: societal.Ready},
		// The matrix asks academics at "+++" in modélisation; "++" is enough
		// (Rubric.Mobilised), "+" is not.
		{name: "met: academics at ++ where +++ is asked", source: src, phase: innovation.Modelisation,
			edit: set(innovation.Academique, innovation.Medium), outcome: met, verdict: societal.Ready},
		{name: "not met: academics at + where +++ is asked", source: src, phase: innovation.Modelisation,
			edit:    set(innovation.Academique, innovation.Low),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "met: academics not asked in conception", source: src, phase: innovation.Conception,
			edit: set(innovation.Academique, innovation.None), outcome: met, verdict: societal.Ready},
		{name: "not met: funders absent in essaimage", source: src, phase: innovation.Essaimage,
			edit: func(_ testing.TB, d *societal.Dossier) { delete(d.Stakeholders, innovation.Financeurs) },
			// 004:3210-3232: financeurs "+++" in déploiement.
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Financement}, verdict: societal.Ready},
		{name: "not met: an empty map mobilises nobody", source: src, phase: innovation.Conception,
			edit: func(_ testing.TB, d *societal.Dossier) {
				d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{}
			},
			// Conception asks porteur-idee, catalyseurs, financeurs,
			// beneficiaires, experts-conseil and gouvernance.
			outcome: notMet, severity: societal.Minor,
			gaps:    []innovation.Lever{innovation.Conseil, innovation.CompetencesReseau, innovation.Financement, innovation.Evaluation, innovation.Conseil, innovation.Conseil},
			verdict: societal.Ready},
		{name: "unknown: not stated", source: src, phase: innovation.Essaimage,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Stakeholders = nil },
			outcome: unknown, verdict: societal.Ready},
	})
}

func TestEvaluationFit(t *testing.T) {
	const src = "004:3161-3386"
	runCriterionCases(t, societal.EvaluationFit, []criterionCase{
		{name: "met", source: src, phase: innovation.Essaimage, outcome: met, verdict: societal.Ready},
		{name: "not met: compter in conception is too early", source: src, phase: innovation.Conception,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.Evaluations[0].(*evaluation.PertinenceReport).Degree = evaluation.Compter
			},
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "not met: no performance evaluation in essaimage", source: src, phase: innovation.Essaimage,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.Evaluations = slices.DeleteFunc(d.Evaluations, func(r evaluation.Report) bool { return r.Form() == evaluation.Performance })
			},
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "not met: an invalid report", source: src, phase: innovation.Modelisation,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.Evaluations = []evaluation.Report{&evaluation.PertinenceReport{}}
			},
			outcome: notMet, severity: societal.Minor, verdict: societal.Ready},
		{name: "unknown: no evaluation (with the lever that would close it)", source: src, phase: innovation.Experimentation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Evaluations = nil },
			outcome: unknown, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
	})
}

func TestBudgetGuidance(t *testing.T) {
	const src = "004:3105-3107, 3202-3208"
	set := func(b *evaluation.Budget) func(testing.TB, *societal.Dossier) {
		return func(_ testing.TB, d *societal.Dossier) { d.Budget = b }
	}
	runCriterionCases(t, societal.BudgetGuidance, []criterionCase{
		{name: "met: 10% evaluation exactly", source: src, phase: innovation.Conception, edit: set(budget(1000, 100, 0)), outcome: met, verdict: societal.Ready},
		{name: "met: 22% capacity building in essaimage", source: src, phase: innovation.Essaimage, edit: set(budget(1000, 50, 220)), outcome: met, verdict: societal.Ready},
		{name: "not met: evaluation over 10%", source: src, phase: innovation.Modelisation, edit: set(budget(1000, 101, 0)),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "not met: nothing for evaluation", source: src, phase: innovation.Modelisation, edit: set(budget(1000, 0, 0)),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "not met: capacity building under 22% when scaling", source: src, phase: innovation.Industrialisation, edit: set(budget(1000, 50, 219)),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "not met: an invalid budget", source: src, phase: innovation.Conception, edit: set(budget(0, 0, 0)),
			outcome: notMet, severity: societal.Minor, verdict: societal.Ready},
		{name: "unknown: no budget", source: src, phase: innovation.Essaimage, edit: set(nil), outcome: unknown, verdict: societal.Ready},
	})
}

func TestPartnershipBalanced(t *testing.T) {
	const src = "001:12-33"
	partners := func(edit func(*partnership.Spec)) func(testing.TB, *societal.Dossier) {
		return func(tb testing.TB, d *societal.Dossier) { d.Partnership = newPartnership(tb, edit) }
	}
	power := func(shares ...string) func(*partnership.Spec) {
		return func(s *partnership.Spec) {
			for i := range s.Partners {
				s.Partners[i].Power = decimal.RequireFromString(shares[i])
			}
		}
	}
	runCriterionCases(t, societal.PartnershipBalanced, []criterionCase{
		{name: "met", source: src, phase: innovation.Modelisation, outcome: met, verdict: societal.Ready},
		{name: "met: power shared", source: src, phase: innovation.Modelisation,
			edit: partners(power("0.25", "0.25", "0.25", "0.25")), outcome: met, verdict: societal.Ready},
		// 001:20: for-profit partners holding most of the power over a
		// general-interest project is a mission drift (critical → major);
		// one partner holding it is a power imbalance (001:15, warning).
		{name: "not met: mission drift", source: src, phase: innovation.Modelisation,
			edit:    partners(power("0.1", "0.7", "0.1", "0.1")),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Conseil, innovation.Conseil}, verdict: societal.NotYet},
		{name: "not met: no formal agreement (001:31)", source: src, phase: innovation.Modelisation,
			edit:    partners(func(s *partnership.Spec) { s.Terms.Formal = partnership.No }),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "met: exit and commitment findings belong to the commitment criterion", source: src, phase: innovation.Modelisation,
			edit: partners(func(s *partnership.Spec) {
				s.Terms.ExitStrategy = partnership.No
				s.Terms.CommitmentMonths = 12
			}),
			outcome: met, verdict: societal.Ready},
		{name: "unknown: no partnership", source: src, phase: innovation.Industrialisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Partnership = nil },
			outcome: unknown, verdict: societal.Ready},
	})
}

func TestCommitmentPlanned(t *testing.T) {
	const src = "004:3077-3083, 5709-5723"
	terms := func(months int, exit partnership.Fact) func(testing.TB, *societal.Dossier) {
		return func(tb testing.TB, d *societal.Dossier) {
			d.Partnership = newPartnership(tb, func(s *partnership.Spec) {
				s.Terms.CommitmentMonths = months
				s.Terms.ExitStrategy = exit
			})
		}
	}
	runCriterionCases(t, societal.CommitmentPlanned, []criterionCase{
		{name: "met: three years and an exit strategy", source: src, phase: innovation.Essaimage, edit: terms(36, partnership.Yes), outcome: met, verdict: societal.Ready},
		{name: "not met: one year (004:3079: 3 ans minimum)", source: src, phase: innovation.Essaimage, edit: terms(12, partnership.Yes),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Financement}, verdict: societal.Ready},
		{name: "not met: no exit strategy (004:5713-5715)", source: src, phase: innovation.Essaimage, edit: terms(48, partnership.No),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "not met: both", source: src, phase: innovation.Conception, edit: terms(24, partnership.No),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Financement, innovation.Conseil}, verdict: societal.Ready},
		{name: "not met beats unknown", source: src, phase: innovation.Conception, edit: terms(0, partnership.No),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "unknown: length not stated", source: src, phase: innovation.Essaimage, edit: terms(0, partnership.Yes), outcome: unknown, verdict: societal.Ready},
		{name: "unknown: exit strategy not stated", source: src, phase: innovation.Essaimage, edit: terms(36, partnership.Unstated), outcome: unknown, verdict: societal.Ready},
		{name: "unknown: no partnership", source: src, phase: innovation.Essaimage,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Partnership = nil },
			outcome: unknown, verdict: societal.Ready},
	})
}

func TestCriterionSources(t *testing.T) {
	// Each criterion's source, as MODEL §5 cites it.
	want := map[societal.CriterionID]string{
		societal.PhaseIdentified:       "004:880-888",
		societal.EconomicModelFit:      "004:793-797",
		societal.DimensionsCovered:     "004:734-764",
		societal.NextNeedsSupplied:     "004:805-806; 003:1924-1970",
		societal.StakeholdersMobilised: "004:3210-3237",
		societal.EvaluationFit:         "004:3161-3386",
		societal.BudgetGuidance:        "004:3105-3107, 3202-3208",
		societal.PartnershipBalanced:   "001:12-33",
		societal.CommitmentPlanned:     "004:3077-3083, 5709-5723",
	}
	if len(want) != societal.NumCriteria {
		t.Fatalf("%d sources for %d criteria", len(want), societal.NumCriteria)
	}
	for id, src := range want {
		if id.Source() != src {
			t.Errorf("%v.Source() = %q, want %q", id, id.Source(), src)
		}
	}
	if got := societal.CriterionID(0).Source(); got != "" {
		t.Errorf("invalid criterion source %q", got)
	}
}

// ---- The verdict rule. ----

func TestVerdictUnknownNeverFails(t *testing.T) {
	for p := range innovation.Phases() {
		rep := societal.Assess(&societal.Dossier{Name: "dossier vide", Phase: p})
		if rep.Verdict != societal.Ready {
			t.Errorf("%v: a dossier that says nothing is %v (unmet %+v), want ready: unknown is not failure", p, rep.Verdict, rep.Unmet())
		}
		if len(rep.Unmet()) != 0 {
			t.Errorf("%v: unmet %+v", p, rep.Unmet())
		}
		if len(rep.Missing()) == 0 {
			t.Errorf("%v: no missing evidence reported", p)
		}
		for _, id := range rep.Missing() {
			c, _ := rep.Criterion(id)
			if c.Outcome != unknown || c.Severity != 0 {
				t.Errorf("%v: missing %v has outcome %v, severity %v", p, id, c.Outcome, c.Severity)
			}
		}
	}
}

func TestVerdictRule(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(testing.TB, *societal.Dossier)
		want societal.Verdict
	}{
		{"ready", nil, societal.Ready},
		{"minor gaps only", func(_ testing.TB, d *societal.Dossier) {
			d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{}
			d.Budget = budget(1000, 500, 0)
		}, societal.Ready},
		{"one major gap", func(_ testing.TB, d *societal.Dossier) {
			d.Dimensions[innovation.Processus-1] = societal.Partial
		}, societal.NotYet},
		{"blocking beats major", func(_ testing.TB, d *societal.Dossier) {
			d.Dimensions[innovation.Processus-1] = societal.Partial
			d.OperatorModel = societal.Absent
		}, societal.Blocked},
		{"abandoned", func(tb testing.TB, d *societal.Dossier) {
			d.Lifecycle = history(tb, innovation.Modelisation, true)
		}, societal.Blocked},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readyDossier(t, innovation.Modelisation)
			if tc.edit != nil {
				tc.edit(t, d)
			}
			if got := societal.Assess(d).Verdict; got != tc.want {
				t.Errorf("verdict %v, want %v", got, tc.want)
			}
		})
	}
}

// An abandoned project is blocked whatever the rubric's severities: the
// abandon is final.
func TestVerdictAbandonedIsBlockedWhateverTheSeverity(t *testing.T) {
	r := societal.DefaultRubric()
	r.Version = "tout-mineur"
	for i := range r.Severity {
		r.Severity[i] = societal.Minor
	}
	a, err := societal.NewAssessor(r)
	if err != nil {
		t.Fatal(err)
	}
	d := readyDossier(t, innovation.Experimentation)
	d.Lifecycle = history(t, innovation.Experimentation, true)
	rep := a.Assess(d)
	if rep.Verdict != societal.Blocked || !rep.Status.Abandoned {
		t.Errorf("abandoned: verdict %v, status %+v; want blocked, abandoned", rep.Verdict, rep.Status)
	}
	c, _ := rep.Criterion(societal.PhaseIdentified)
	if c.Outcome != notMet || c.Severity != societal.Minor {
		t.Errorf("phase criterion of an abandoned project: %v %v, want not met, minor (the rubric's)", c.Outcome, c.Severity)
	}
}

// ---- The crossing ahead: MODEL §1.4 (risk zones, names 003:1818-1819) and
// the change of economic model (004:793-797). ----

func TestCrossing(t *testing.T) {
	for _, tc := range []struct {
		phase  innovation.Phase
		next   innovation.Phase
		zone   innovation.RiskZone
		change bool
	}{
		{innovation.Conception, innovation.Experimentation, innovation.TraverseeDuDesert, false},
		{innovation.Experimentation, innovation.Modelisation, innovation.ValleeDeLaMort, false},
		{innovation.Modelisation, innovation.Essaimage, innovation.CriseDeCroissance, true},
		{innovation.Essaimage, innovation.Industrialisation, innovation.SautQuantique, false},
		{innovation.Industrialisation, 0, 0, false},
	} {
		rep := societal.Assess(&societal.Dossier{Name: "x", Phase: tc.phase})
		if rep.Status.Phase != tc.phase || rep.Next != tc.next || rep.RiskZone != tc.zone || rep.ModelChange != tc.change {
			t.Errorf("%v: phase %v, next %v, zone %v, change %v; want %v, %v, %v, %v",
				tc.phase, rep.Status.Phase, rep.Next, rep.RiskZone, rep.ModelChange, tc.phase, tc.next, tc.zone, tc.change)
		}
	}
}

// ---- The score. ----

func TestScore(t *testing.T) {
	dec := decimal.RequireFromString
	// The example dossier: met are phase (2), next-needs (2), evaluation (1),
	// budget (1), partnership (2) = 8 of 14.
	example := decodeExample(t)
	zeroPhase := societal.DefaultRubric()
	zeroPhase.Version = "sans-poids-de-phase"
	zeroPhase.Weight[societal.PhaseIdentified-1] = decimal.Zero
	aZero, err := societal.NewAssessor(zeroPhase)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		rep  societal.Report
		want decimal.NullDecimal
	}{
		{"ready", societal.Assess(readyDossier(t, innovation.Essaimage)), decimal.NewNullDecimal(dec("1"))},
		{"example", societal.Assess(example), decimal.NewNullDecimal(dec("0.5714"))},
		{"no phase: only the phase judged, not met", societal.Assess(&societal.Dossier{Name: "x"}), decimal.NewNullDecimal(dec("0"))},
		{"nil dossier", societal.Assess(nil), decimal.NewNullDecimal(dec("0"))},
		{"nothing judged with a weight: null", aZero.Assess(&societal.Dossier{Name: "x", Phase: innovation.Conception}), decimal.NullDecimal{}},
	} {
		if tc.rep.Score.Valid != tc.want.Valid || tc.want.Valid && !tc.rep.Score.Decimal.Equal(tc.want.Decimal) {
			t.Errorf("%s: score %v, want %v", tc.name, tc.rep.Score, tc.want)
		}
	}
}

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
	needs, err := innovation.NewNeeds(cells)
	if err != nil {
		t.Fatal(err)
	}
	r.Needs = needs
	r.Severity[societal.StakeholdersMobilised-1] = societal.Blocking
	for i := range r.Weight {
		r.Weight[i] = decimal.NewFromInt(1)
	}
	r.Suppliers[innovation.Evaluation-1] = []partnership.Kind{partnership.Academique}
	a, err := societal.NewAssessor(r)
	if err != nil {
		t.Fatal(err)
	}
	// Later changes to the caller's rubric do not reach the assessor.
	r.Suppliers[innovation.Evaluation-1][0] = partnership.Citoyen
	r.Version = "changed"

	d := readyDossier(t, innovation.Modelisation)
	d.Partnership = newPartnership(t, dropContributions(innovation.Evaluation, "universite")) // one supplier: thin at +++
	d.Stakeholders[innovation.Academique] = innovation.Low                                    // asked +++: under-mobilised
	rep := a.Assess(d)
	if rep.Rubric != "fonds-x/2" {
		t.Errorf("report judged by %q, want fonds-x/2", rep.Rubric)
	}
	if rep.Verdict != societal.Blocked {
		t.Errorf("verdict %v, want blocked (stakeholders made blocking)", rep.Verdict)
	}
	c, _ := rep.Criterion(societal.NextNeedsSupplied)
	if c.Outcome != notMet || c.Severity != societal.Minor || len(c.Gaps) != 1 || c.Gaps[0].Lever != innovation.Evaluation ||
		!slices.Equal(c.Gaps[0].Partners, []partnership.Kind{partnership.Academique}) {
		t.Errorf("next needs under the fund's matrix: %+v", c)
	}
	c, _ = rep.Criterion(societal.StakeholdersMobilised)
	if c.Outcome != notMet || c.Severity != societal.Blocking {
		t.Errorf("stakeholders: %v %v, want not met, blocking", c.Outcome, c.Severity)
	}
	// Equal weights: 7 met of 9 judged.
	if want := decimal.RequireFromString("0.7778"); !rep.Score.Valid || !rep.Score.Decimal.Equal(want) {
		t.Errorf("score %v, want %v", rep.Score, want)
	}
	// The default assessor judges the same dossier by the model's matrix.
	def := societal.Assess(d)
	if def.Rubric != societal.RubricVersion {
		t.Errorf("default report judged by %q", def.Rubric)
	}
	if c, _ := def.Criterion(societal.NextNeedsSupplied); c.Outcome != met {
		t.Errorf("default next needs %v, want met", c.Outcome)
	}
	// Rubric returns a copy.
	got := a.Rubric()
	got.Suppliers[innovation.Evaluation-1][0] = partnership.Citoyen
	if k := a.Rubric().Suppliers[innovation.Evaluation-1][0]; k != partnership.Academique {
		t.Errorf("Rubric() shares its suppliers: %v", k)
	}
}

func TestInvalidRubric(t *testing.T) {
	r := societal.DefaultRubric()
	r.Version = ""
	r.Severity[societal.BudgetGuidance-1] = 0
	r.Weight[societal.DimensionsCovered-1] = decimal.NewFromInt(-1)
	r.Weight[societal.EvaluationFit-1] = decimal.New(1, 40)
	r.Suppliers[innovation.Conseil-1] = []partnership.Kind{partnership.Kind(99)}
	r.Mobilised[innovation.High] = innovation.Intensity(9)
	r.Partnership.MinCommitmentMonths = -1
	a, err := societal.NewAssessor(r)
	if a != nil || err == nil {
		t.Fatalf("NewAssessor of an invalid rubric: %v, %v", a, err)
	}
	if !errors.Is(err, societal.ErrInvalid) {
		t.Errorf("not ErrInvalid: %v", err)
	}
	errs := err.(interface{ Unwrap() []error }).Unwrap()
	if len(errs) != 7 {
		t.Errorf("%d problems, want 7: %v", len(errs), err)
	}
	for _, e := range errs {
		if !errors.Is(e, societal.ErrInvalid) {
			t.Errorf("problem not wrapping ErrInvalid: %v", e)
		}
	}
	for _, want := range []string{"version", `severity of "budget"`, `weight of "dimensions"`, `weight of "evaluation"`, `suppliers of "conseil"`, "mobilised[+++]", "thresholds"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %q: %v", want, err)
		}
	}

	// The zero rubric, and one whose weights are all zero.
	if err := (societal.Rubric{}).Validate(); !errors.Is(err, societal.ErrInvalid) {
		t.Errorf("zero rubric: %v", err)
	}
	z := societal.DefaultRubric()
	for i := range z.Weight {
		z.Weight[i] = decimal.Zero
	}
	if err := z.Validate(); err == nil || !strings.Contains(err.Error(), "all zero") {
		t.Errorf("all-zero weights: %v", err)
	}
	if err := societal.DefaultRubric().Validate(); err != nil {
		t.Errorf("default rubric: %v", err)
	}
}

// ---- The gate. ----

func TestGate(t *testing.T) {
	ctx := context.Background()
	newLifecycle := func(t *testing.T, load func(context.Context) (*societal.Dossier, error)) *innovation.Lifecycle {
		t.Helper()
		a, err := societal.NewAssessor(societal.DefaultRubric())
		if err != nil {
			t.Fatal(err)
		}
		l, err := innovation.New(innovation.Modelisation, innovation.WithClock(clock), innovation.WithGate("readiness", a.Gate(load)))
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	static := func(d *societal.Dossier) func(context.Context) (*societal.Dossier, error) {
		return func(context.Context) (*societal.Dossier, error) { return d, nil }
	}

	t.Run("not ready refuses", func(t *testing.T) {
		d := readyDossier(t, innovation.Modelisation)
		d.OperatorModel = societal.Partial
		l := newLifecycle(t, static(d))
		err := l.Advance(ctx, innovation.Note{By: "comité"})
		if !errors.Is(err, societal.ErrNotReady) || !errors.Is(err, innovation.ErrGate) {
			t.Fatalf("advance: %v; want ErrNotReady and innovation.ErrGate", err)
		}
		var nre *societal.NotReadyError
		if !errors.As(err, &nre) {
			t.Fatalf("no *NotReadyError in %v", err)
		}
		if nre.Report.Verdict != societal.NotYet || nre.Report.Dossier != d.Name {
			t.Errorf("carried report: %v for %q", nre.Report.Verdict, nre.Report.Dossier)
		}
		if c, _ := nre.Report.Criterion(societal.EconomicModelFit); c.Outcome != notMet {
			t.Errorf("carried report: economic model %v", c.Outcome)
		}
		if !strings.Contains(err.Error(), "economic-model") {
			t.Errorf("the error does not name the unmet criterion: %v", err)
		}
		if l.Phase() != innovation.Modelisation || len(l.History()) != 0 {
			t.Errorf("a refused advance changed the lifecycle: %v, %v", l.Phase(), l.History())
		}
	})
	t.Run("ready allows, and the gate judges the dossier as it stands", func(t *testing.T) {
		d := readyDossier(t, innovation.Modelisation)
		calls := 0
		l := newLifecycle(t, func(context.Context) (*societal.Dossier, error) {
			calls++
			return d, nil
		})
		if err := l.Advance(ctx, innovation.Note{By: "comité"}); err != nil {
			t.Fatalf("advance of a ready dossier: %v", err)
		}
		if l.Phase() != innovation.Essaimage || calls != 1 {
			t.Fatalf("phase %v after %d loads", l.Phase(), calls)
		}
		// The funder's dossier moves with the project, and is now not ready.
		d.Phase = innovation.Essaimage
		d.Evaluations = readyEvaluations(t, innovation.Essaimage)
		d.EconomicModel = innovation.ModeleRD
		if err := l.Advance(ctx, innovation.Note{}); !errors.Is(err, societal.ErrNotReady) {
			t.Fatalf("second advance: %v, want ErrNotReady", err)
		}
		d.EconomicModel = innovation.ModeleOperateur
		if err := l.Advance(ctx, innovation.Note{}); err != nil {
			t.Fatalf("third advance: %v", err)
		}
		if l.Phase() != innovation.Industrialisation || calls != 3 {
			t.Errorf("phase %v after %d loads", l.Phase(), calls)
		}
	})
	t.Run("a load error refuses", func(t *testing.T) {
		boom := errors.New("base des dossiers indisponible")
		l := newLifecycle(t, func(context.Context) (*societal.Dossier, error) { return nil, boom })
		err := l.Advance(ctx, innovation.Note{})
		if !errors.Is(err, boom) || !errors.Is(err, innovation.ErrGate) || errors.Is(err, societal.ErrNotReady) {
			t.Errorf("advance: %v; want the load error through ErrGate", err)
		}
		if l.Phase() != innovation.Modelisation {
			t.Errorf("phase %v", l.Phase())
		}
	})
	t.Run("a dossier in another phase refuses", func(t *testing.T) {
		l := newLifecycle(t, static(readyDossier(t, innovation.Experimentation)))
		err := l.Advance(ctx, innovation.Note{})
		if !errors.Is(err, societal.ErrInvalid) || !errors.Is(err, innovation.ErrGate) {
			t.Errorf("advance: %v; want ErrInvalid through ErrGate", err)
		}
		if l.Phase() != innovation.Modelisation {
			t.Errorf("phase %v", l.Phase())
		}
	})
	t.Run("a nil dossier or loader refuses", func(t *testing.T) {
		for _, load := range []func(context.Context) (*societal.Dossier, error){nil, static(nil)} {
			l := newLifecycle(t, load)
			if err := l.Advance(ctx, innovation.Note{}); !errors.Is(err, societal.ErrInvalid) {
				t.Errorf("advance: %v; want ErrInvalid", err)
			}
		}
	})
	t.Run("the gate's context reaches the loader", func(t *testing.T) {
		type key struct{}
		var got any
		l := newLifecycle(t, func(ctx context.Context) (*societal.Dossier, error) {
			got = ctx.Value(key{})
			return readyDossier(t, innovation.Modelisation), nil
		})
		if err := l.Advance(context.WithValue(ctx, key{}, "fonds"), innovation.Note{}); err != nil {
			t.Fatal(err)
		}
		if got != "fonds" {
			t.Errorf("loader saw %v", got)
		}
	})
}

// ---- Assess only reads its dossier. ----

func TestAssessDoesNotMutate(t *testing.T) {
	d := decodeExample(t)
	before, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	rep := societal.Assess(d)
	after, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Errorf("Assess changed the dossier:\n%s\n%s", before, after)
	}
	// A report shares nothing with the assessor: a caller changing the
	// partners of a gap does not change the rubric's suppliers.
	c, _ := rep.Criterion(societal.EconomicModelFit)
	if len(c.Gaps) == 0 {
		t.Fatal("the example has no economic-model gap")
	}
	want := slices.Clone(c.Gaps[0].Partners)
	c.Gaps[0].Partners[0] = partnership.Citoyen
	rep2 := societal.Assess(d)
	again, _ := rep2.Criterion(societal.EconomicModelFit)
	if !slices.Equal(again.Gaps[0].Partners, want) {
		t.Errorf("a change to a report's gap reached the default rubric: %v, want %v", again.Gaps[0].Partners, want)
	}
	if k := societal.DefaultRubric().Suppliers[innovation.Conseil-1][0]; k != want[0] {
		t.Errorf("DefaultRubric changed: %v", k)
	}
}

// TestGapsAreIndependent: the gaps of one criterion are built together
// (their partner kinds share one array); each still holds exactly the
// rubric's suppliers of its lever, and growing or changing one leaves its
// neighbours alone.
func TestGapsAreIndependent(t *testing.T) {
	d := decodeExample(t)
	d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{} // nobody mobilised: one gap per stakeholder asked
	rep := societal.Assess(d)
	c, _ := rep.Criterion(societal.StakeholdersMobilised)
	if len(c.Gaps) < 2 {
		t.Fatalf("want several stakeholder gaps, got %d", len(c.Gaps))
	}
	r := societal.DefaultRubric()
	want := make([][]partnership.Kind, len(c.Gaps))
	for i, g := range c.Gaps {
		if !slices.Equal(g.Partners, r.Suppliers[g.Lever-1]) {
			t.Errorf("gap %d (%s): partners %v, want the rubric's %v", i, g.Lever, g.Partners, r.Suppliers[g.Lever-1])
		}
		want[i] = slices.Clone(g.Partners)
	}
	c.Gaps[0].Partners = append(c.Gaps[0].Partners, partnership.Citoyen)
	if len(c.Gaps[0].Partners) > 0 {
		c.Gaps[0].Partners[0] = partnership.Citoyen
	}
	for i := 1; i < len(c.Gaps); i++ {
		if !slices.Equal(c.Gaps[i].Partners, want[i]) {
			t.Errorf("changing gap 0 changed gap %d: %v, want %v", i, c.Gaps[i].Partners, want[i])
		}
	}
}

// ---- The portfolio. ----

func TestAssessAll(t *testing.T) {
	ctx := context.Background()
	ds := []*societal.Dossier{
		readyDossier(t, innovation.Conception),
		decodeExample(t),
		nil,
		readyDossier(t, innovation.Essaimage),
		{Name: "bloqué", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
	}
	p, err := societal.AssessAll(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Reports) != len(ds) || p.Rubric != societal.RubricVersion {
		t.Fatalf("%d reports by %q", len(p.Reports), p.Rubric)
	}
	for i, d := range ds {
		if !reportsEqual(p.Reports[i], societal.Assess(d)) {
			t.Errorf("report %d differs from Assess", i)
		}
	}
	if want := [innovation.NumPhases]int{1, 0, 1, 2, 0}; p.Phases != want {
		t.Errorf("phases %v, want %v", p.Phases, want)
	}
	// ready, not yet, blocked (the nil dossier: no phase; the R&D model in essaimage).
	if want := [3]int{2, 1, 2}; p.Verdicts != want {
		t.Errorf("verdicts %v, want %v", p.Verdicts, want)
	}
	for i := 1; i < len(p.Gaps); i++ {
		if p.Gaps[i-1].N < p.Gaps[i].N || p.Gaps[i-1].N == p.Gaps[i].N && p.Gaps[i-1].Value > p.Gaps[i].Value {
			t.Errorf("gaps not most frequent first: %v", p.Gaps)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := societal.AssessAll(cctx, ds); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	empty, err := societal.AssessAll(ctx, nil)
	if err != nil || len(empty.Reports) != 0 {
		t.Errorf("empty portfolio: %v, %v", empty, err)
	}
}
