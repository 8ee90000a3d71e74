// Package partnershiptest holds rapid generators of partnership specs and partnerships
// that the package accepts, for property tests. Import it from tests only.
package partnershiptest

import (
	"github.com/seed424036fd/societal/innovation/innovationtest"
	"github.com/seed424036fd/societal/internal/gen"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/partnership"
)

// powerUnits is the denominator of generated shares of power: shares are
// multiples of 10^-6 (partnership.Precision places), so they can sum to
// exactly 1.
const powerUnits = 1_000_000

// currencies are the currencies a generated spec draws its one currency
// from, besides random three-letter codes.
var currencies = []string{"EUR", "USD", "CHF", "XOF"}

// Spec generates a spec that partnership.New accepts: 0 to maxPartners
// partners (clamped to [0, partnership.MaxPartners]) with distinct IDs,
// valid kinds, distinct objectives and shares of power either all zero or
// summing to exactly 1; 0 to maxContributions contributions (clamped to
// [0, partnership.MaxContributions]; none without partners), each by an
// existing partner, valued or not, all valued ones in one currency, with
// non-negative amounts below 1e12 and valid periods; distinct modes, any
// scheme and any terms.
func Spec(maxPartners, maxContributions int) *rapid.Generator[partnership.Spec] {
	maxPartners = gen.Clamp(maxPartners, 0, partnership.MaxPartners)
	maxContributions = gen.Clamp(maxContributions, 0, partnership.MaxContributions)
	return rapid.Custom(func(t *rapid.T) partnership.Spec {
		s := partnership.Spec{
			Name:    gen.Text(0, 32).Draw(t, "name"),
			Mission: partnership.Purpose(rapid.IntRange(0, int(partnership.Undetermined)).Draw(t, "mission")),
			Modes:   gen.Subset(t, "modes", []partnership.Mode{partnership.Mecenat, partnership.PratiquesResponsables, partnership.CooperationEconomique, partnership.InnovationSocietale}),
			Scheme:  partnership.Scheme(rapid.IntRange(0, int(partnership.SchemeEntreprise|partnership.SchemeTerritoire|partnership.SchemeInterne)).Draw(t, "scheme")),
			Terms:   terms(t),
		}
		ids := rapid.SliceOfNDistinct(gen.Text(1, 16), 0, maxPartners, rapid.ID[string]).Draw(t, "ids")
		powers := powerShares(t, len(ids))
		for i, id := range ids {
			s.Partners = append(s.Partners, partnership.Partner{
				Actor: partnership.Actor{
					ID:      id,
					Name:    gen.Text(0, 24).Draw(t, "partner name"),
					Kind:    partnership.Kind(rapid.IntRange(int(partnership.Entreprise), int(partnership.Citoyen)).Draw(t, "kind")),
					Purpose: partnership.Purpose(rapid.IntRange(0, int(partnership.Undetermined)).Draw(t, "purpose")),
				},
				Objectives: gen.Subset(t, "objectives", []partnership.Objective{partnership.InternePerformance, partnership.InterneMobilisation, partnership.ExternePerformance, partnership.ExterneMobilisation}),
				Power:      powers[i],
			})
		}
		if len(ids) == 0 {
			return s
		}
		currency := rapid.OneOf(rapid.SampledFrom(currencies), rapid.StringOfN(rapid.RuneFrom([]rune("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), 3, 3, 3)).Draw(t, "currency")
		for range rapid.IntRange(0, maxContributions).Draw(t, "contributions") {
			c := partnership.Contribution{
				Partner: rapid.SampledFrom(ids).Draw(t, "partner"),
				Lever:   innovationtest.Lever().Draw(t, "lever"),
				Kind:    partnership.ContributionKind(rapid.IntRange(int(partnership.Financial), int(partnership.InKind)).Draw(t, "contribution kind")),
				Note:    gen.Text(0, 24).Draw(t, "note"),
			}
			if rapid.Bool().Draw(t, "valued") {
				c.Amount = partnership.Amount{Value: gen.Money(t, "amount"), Currency: currency}
			}
			if rapid.Bool().Draw(t, "dated") {
				c.Period.Start = rapid.IntRange(partnership.MinYear, partnership.MaxYear).Draw(t, "start")
				if rapid.Bool().Draw(t, "ended") {
					c.Period.End = rapid.IntRange(c.Period.Start, partnership.MaxYear).Draw(t, "end")
				}
			}
			s.Contributions = append(s.Contributions, c)
		}
		return s
	})
}

// powerShares draws n shares of power: all zero (power not stated), or
// multiples of 1/powerUnits summing to exactly 1.
func powerShares(t *rapid.T, n int) []decimal.Decimal {
	shares := make([]decimal.Decimal, n)
	if n == 0 || !rapid.Bool().Draw(t, "power stated") {
		return shares
	}
	weights := make([]int64, n)
	var total int64
	for i := range weights {
		weights[i] = rapid.Int64Range(0, 1000).Draw(t, "power weight")
		total += weights[i]
	}
	if total == 0 {
		weights[0], total = 1, 1
	}
	var given int64
	for i := range n - 1 {
		u := weights[i] * powerUnits / total // total > 0
		shares[i] = decimal.New(u, -6)
		given += u
	}
	shares[n-1] = decimal.New(powerUnits-given, -6)
	return shares
}

func terms(t *rapid.T) partnership.Terms {
	fact := func(label string) partnership.Fact {
		return partnership.Fact(rapid.IntRange(int(partnership.Unstated), int(partnership.No)).Draw(t, label))
	}
	return partnership.Terms{
		Formal: fact("formal"), SharedGovernance: fact("shared governance"), CostSharing: fact("cost sharing"),
		ExitStrategy: fact("exit strategy"), CommitmentMonths: rapid.IntRange(0, partnership.MaxCommitmentMonths).Draw(t, "commitment"),
		SharedVision: fact("shared vision"), LeadershipSupport: fact("leadership support"), DedicatedTeam: fact("dedicated team"),
		Milestones: fact("milestones"), RegularConsultation: fact("regular consultation"), RegularEvaluation: fact("regular evaluation"),
	}
}

// Partnership generates a partnership built by partnership.New from a
// Spec(maxPartners, maxContributions).
func Partnership(maxPartners, maxContributions int) *rapid.Generator[*partnership.Partnership] {
	return rapid.Custom(func(t *rapid.T) *partnership.Partnership {
		p, err := partnership.New(Spec(maxPartners, maxContributions).Draw(t, "spec"))
		if err != nil {
			t.Fatalf("innovationtest: partnership.New refused a generated spec: %v", err)
		}
		return p
	})
}
