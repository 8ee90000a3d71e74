package fund_test

// Fixtures shared by the tests of the package: a dossier where every check
// that applies is met, the example dossier, a generated fund.

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
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
		Dimensions:    societal.Dimensions{Solution: societal.Established, Processus: societal.Established, ModeleEconomique: societal.Established},
		EconomicModel: phase.EconomicModel(),
		OperatorModel: societal.Established,
		Stakeholders:  map[innovation.Stakeholder]innovation.Intensity{},
		Partnership:   newPartnership(tb, nil),
		Evaluations:   readyEvaluations(tb, phase),
		Budget:        budget(1_000_000, 50_000, 250_000),
	}
	for s := range innovation.Stakeholders() {
		d.Stakeholders[s] = innovation.High
	}
	return d
}

var clock = func() time.Time { return time.Date(2018, 3, 1, 0, 0, 0, 0, time.UTC) }

// history returns the transitions of a project started in conception and
// advanced to phase, abandoned there if abandoned: a Dossier's History.
func history(tb rapid.TB, phase innovation.Phase, abandoned bool) []innovation.Transition {
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
	return l.History()
}

const examplePath = "../examples/readiness/dossier.json"

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
		return x.ID == y.ID && x.Outcome == y.Outcome && x.Severity == y.Severity && sameDetail(x.Detail, y.Detail) && x.Source == y.Source &&
			slices.EqualFunc(x.Gaps, y.Gaps, func(g, h societal.Gap) bool {
				return g.Lever == h.Lever && sameDetail(g.Detail, h.Detail) && slices.Equal(g.Partners, h.Partners)
			})
	})
}

// mustDecimal parses s.
func mustDecimal(tb testing.TB, s string) decimal.Decimal {
	tb.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// sameDetail reports whether a and b have the same code and read the same
// in both languages.
func sameDetail(a, b societal.Detail) bool {
	return a.Code == b.Code && a.Text(lang.French) == b.Text(lang.French) && a.Text(lang.English) == b.Text(lang.English)
}

// fundDossiers builds n dossiers deterministically, across the five phases,
// each with its own partnership (2 to 6 partners, 2 to 10 contributions, some
// valued, power stated or not), stakeholders, evaluations and budget.
func fundDossiers(tb testing.TB, n int) []*societal.Dossier {
	tb.Helper()
	rng := rand.New(rand.NewPCG(424036, uint64(n)))
	phases := []innovation.Phase{innovation.Conception, innovation.Experimentation, innovation.Modelisation, innovation.Essaimage, innovation.Industrialisation}
	kinds := []partnership.Kind{partnership.Entreprise, partnership.Association, partnership.Fondation, partnership.ActeurPublic,
		partnership.Academique, partnership.CatalyseurTerritorial, partnership.InvestisseurSocietal, partnership.Citoyen}
	levers := []innovation.Lever{innovation.Financement, innovation.CompetencesReseau, innovation.Conseil, innovation.Evaluation}
	facts := []partnership.Fact{partnership.Unstated, partnership.Yes, partnership.No}
	evidence := []societal.Evidence{societal.Unstated, societal.Absent, societal.Partial, societal.Established, societal.Established}
	reports := map[innovation.Phase][]evaluation.Report{}
	for _, p := range phases {
		reports[p] = readyEvaluations(tb, p)
	}
	out := make([]*societal.Dossier, n)
	for i := range out {
		p := phases[rng.IntN(len(phases))]
		d := &societal.Dossier{
			Name:          fmt.Sprintf("Projet %d", i),
			Phase:         p,
			EconomicModel: p.EconomicModel(),
			OperatorModel: evidence[rng.IntN(len(evidence))],
		}
		if p >= innovation.Essaimage && rng.IntN(4) == 0 {
			d.EconomicModel = innovation.ModeleRD // still on the R&D model: blocked
		}
		d.Dimensions = societal.Dimensions{
			Solution:         evidence[rng.IntN(len(evidence))],
			Processus:        evidence[rng.IntN(len(evidence))],
			ModeleEconomique: evidence[rng.IntN(len(evidence))],
		}
		if rng.IntN(4) > 0 {
			d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{}
			for s := range innovation.Stakeholders() {
				d.Stakeholders[s] = innovation.Intensity(rng.IntN(4))
			}
		}
		if rng.IntN(5) > 0 {
			np := 2 + rng.IntN(5)
			s := partnership.Spec{Name: d.Name}
			for k := range np {
				s.Partners = append(s.Partners, partnership.Partner{Actor: partnership.Actor{ID: fmt.Sprintf("p%d", k), Kind: kinds[rng.IntN(len(kinds))]}})
			}
			if rng.IntN(2) == 0 {
				// One partner holds between 0.2 and 0.8 of the power, the others share the rest.
				major := 20 + rng.IntN(61)
				rest := 100 - major
				for k := range s.Partners {
					switch {
					case k == 0:
						s.Partners[k].Power = decimal.New(int64(major), -2)
					case k == np-1:
						s.Partners[k].Power = decimal.New(int64(rest-(rest/(np-1))*(np-2)), -2)
					default:
						s.Partners[k].Power = decimal.New(int64(rest/(np-1)), -2)
					}
				}
			}
			for range 2 + rng.IntN(9) {
				c := partnership.Contribution{Partner: fmt.Sprintf("p%d", rng.IntN(np)), Lever: levers[rng.IntN(len(levers))], Kind: partnership.Skills}
				if rng.IntN(2) == 0 {
					c.Kind = partnership.Financial
					c.Amount = partnership.Amount{Value: decimal.NewFromInt(int64(10_000 * (1 + rng.IntN(50)))), Currency: "EUR"}
				}
				s.Contributions = append(s.Contributions, c)
			}
			s.Terms = partnership.Terms{Formal: facts[rng.IntN(3)], SharedGovernance: facts[rng.IntN(3)], ExitStrategy: facts[rng.IntN(3)], CommitmentMonths: 12 * rng.IntN(5)}
			ps, err := partnership.New(s)
			if err != nil {
				tb.Fatalf("dossier %d: %v", i, err)
			}
			d.Partnership = ps
		}
		if rng.IntN(3) > 0 {
			d.Evaluations = reports[p]
		}
		if rng.IntN(3) > 0 {
			total := int64(100_000 * (1 + rng.IntN(20)))
			d.Budget = budget(total, total*int64(rng.IntN(15))/100, total*int64(rng.IntN(30))/100)
		}
		out[i] = d
	}
	return out
}
