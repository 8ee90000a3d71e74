// Package dossiertest holds the fixtures the tests of the root package and
// of fund share: a dossier where every check that applies is met (Ready),
// its parts, a lifecycle's history, the example dossier of the readiness
// program, and a comparison of reports. Import it from tests only. It has
// no state: safe for concurrent use.
package dossiertest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

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

// Partnership builds the partnership of a ready dossier, changed by edit
// (none if nil): every lever supplied by two partners (enough for a need
// at "+++", partnership.DefaultThresholds), formal, with a shared
// governance, an exit strategy and a three-year commitment (004:3079).
// Power is not stated and no contribution is valued, so Diagnose finds
// nothing.
func Partnership(tb rapid.TB, edit func(*partnership.Spec)) *partnership.Partnership {
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

// Evaluations are reports that fit the plan of phase exactly
// (evaluation.PlanFor): its degree, its forms, every evaluator, a written
// path, and for pertinence an analysed gap and an impact.
func Evaluations(tb rapid.TB, phase innovation.Phase) []evaluation.Report {
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

// Budget returns a budget of total with the given evaluation and capacity
// building amounts.
func Budget(total, eval, capacity int64) *evaluation.Budget {
	return &evaluation.Budget{
		Total:            decimal.NewFromInt(total),
		Evaluation:       decimal.NewFromInt(eval),
		CapacityBuilding: decimal.NewFromInt(capacity),
	}
}

// Ready is a dossier in phase where every criterion that applies is met:
// the dimensions established, the economic model of the phase with an
// established operator model, every stakeholder mobilised at "+++",
// Partnership's partnership, Evaluations fitting the plan, and a budget of
// 5% evaluation and 25% capacity building (004:3105-3107, 3202-3208).
func Ready(tb rapid.TB, phase innovation.Phase) *societal.Dossier {
	tb.Helper()
	d := &societal.Dossier{
		Name:          "Projet " + phase.String(),
		Carrier:       "Association porteuse",
		Phase:         phase,
		Dimensions:    societal.Dimensions{Solution: societal.Established, Processus: societal.Established, ModeleEconomique: societal.Established},
		EconomicModel: phase.EconomicModel(),
		OperatorModel: societal.Established,
		Stakeholders:  map[innovation.Stakeholder]innovation.Intensity{},
		Partnership:   Partnership(tb, nil),
		Evaluations:   Evaluations(tb, phase),
		Budget:        Budget(1_000_000, 50_000, 250_000),
	}
	for s := range innovation.Stakeholders() {
		d.Stakeholders[s] = innovation.High
	}
	return d
}

// Clock is the clock of History's lifecycle: always 1 March 2018.
func Clock() time.Time { return time.Date(2018, 3, 1, 0, 0, 0, 0, time.UTC) }

// History returns the transitions of a project started in conception and
// advanced to phase, abandoned there if abandoned: a Dossier's History.
func History(tb rapid.TB, phase innovation.Phase, abandoned bool) []innovation.Transition {
	tb.Helper()
	ctx := context.Background()
	l, err := innovation.New(innovation.Conception, innovation.WithClock(Clock))
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
	return l.History()
}

// ExampleJSON returns the example dossier of the readiness program
// (examples/readiness/dossier.json), as it is written.
func ExampleJSON(tb rapid.TB) []byte {
	tb.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("dossiertest: no source path to find the example dossier from")
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "..", "examples", "readiness", "dossier.json"))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// Example returns the example dossier of the readiness program, decoded.
func Example(tb rapid.TB) *societal.Dossier {
	tb.Helper()
	d, err := societal.DecodeDossier(ExampleJSON(tb))
	if err != nil {
		tb.Fatalf("decode the example dossier: %v", err)
	}
	return d
}

// ReportsEqual compares two reports field by field, the score with
// decimal.Equal.
func ReportsEqual(a, b societal.Report) bool {
	if a.Rubric != b.Rubric || a.Dossier != b.Dossier || a.Carrier != b.Carrier || a.Status != b.Status ||
		a.Next != b.Next || a.RiskZone != b.RiskZone || a.ModelChange != b.ModelChange || a.Verdict != b.Verdict {
		return false
	}
	if a.Score.Valid != b.Score.Valid || a.Score.Valid && !a.Score.Decimal.Equal(b.Score.Decimal) || !a.MinCoverage.Equal(b.MinCoverage) || a.ID != b.ID {
		return false
	}
	ba, bb := a.Budget, b.Budget
	if !ba.Total.Equal(bb.Total) || !ba.Evaluation.Equal(bb.Evaluation) || !ba.CapacityBuilding.Equal(bb.CapacityBuilding) {
		return false
	}
	if !slices.EqualFunc(a.Contributions, b.Contributions, func(x, y societal.Contribution) bool {
		return x.Lever == y.Lever && x.PartnerKind == y.PartnerKind && x.Value.Equal(y.Value) && x.Currency == y.Currency
	}) {
		return false
	}
	return slices.EqualFunc(a.Checks, b.Checks, func(x, y societal.Check) bool {
		return x.ID == y.ID && x.Outcome == y.Outcome && x.Severity == y.Severity && SameDetail(x.Detail, y.Detail) && x.Source == y.Source &&
			slices.EqualFunc(x.Gaps, y.Gaps, func(g, h societal.Gap) bool {
				return g.Lever == h.Lever && SameDetail(g.Detail, h.Detail) && slices.Equal(g.Partners, h.Partners)
			})
	})
}

// SameDetail reports whether a and b have the same code and read the same
// in every language.
func SameDetail(a, b societal.Detail) bool {
	if a.Code != b.Code {
		return false
	}
	for l := range lang.Langs() {
		if a.Text(l) != b.Text(l) {
			return false
		}
	}
	return true
}
