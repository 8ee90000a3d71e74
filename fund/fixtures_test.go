package fund_test

// Fixtures shared by the tests of the package: a dossier where every check
// that applies is met, the example dossier, a generated fund.

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/partnership"
)

// mustDecimal parses s.
func mustDecimal(tb testing.TB, s string) decimal.Decimal {
	tb.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
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
		reports[p] = dossiertest.Evaluations(tb, p)
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
			d.Budget = dossiertest.Budget(total, total*int64(rng.IntN(15))/100, total*int64(rng.IntN(30))/100)
		}
		out[i] = d
	}
	return out
}
