package partnership_test

// Properties checked against exact rational arithmetic (math/big.Rat),
// computed from the Spec and the documented rules, never from the code
// under test.

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// genAmount draws a non-negative amount within the decimal limits: a few
// round values (so that amounts tie and ratios fall on the thresholds),
// small ones of any exponent, or up to 18 integer digits and 12 decimals.
func genAmount(t *rapid.T) decimal.Decimal {
	switch rapid.IntRange(0, 2).Draw(t, "amount form") {
	case 0:
		return decimal.New(rapid.SampledFrom([]int64{0, 1, 2, 3, 5, 10}).Draw(t, "round"), 0)
	case 1:
		return decimal.New(rapid.Int64Range(0, 1e6).Draw(t, "units"), int32(rapid.IntRange(-6, 3).Draw(t, "exponent")))
	}
	ip := rapid.Int64Range(0, 999_999_999_999_999_999).Draw(t, "integer")
	scale := rapid.IntRange(0, partnership.MaxScale).Draw(t, "scale")
	if scale == 0 {
		return decimal.New(ip, 0)
	}
	frac := rapid.Int64Range(0, 999_999_999_999).Draw(t, "fraction") % pow10(scale)
	return decimal.RequireFromString(fmt.Sprintf("%d.%0*d", ip, scale, frac))
}

func pow10(k int) int64 {
	p := int64(1)
	for range k {
		p *= 10
	}
	return p
}

// genExactSpec draws a valid partnership of 0 to 8 partners whose IDs sort
// in another order than the partners', up to 14 contributions with amounts
// of any size, and shares of power (when stated) of up to 6 decimals written
// with up to 3 trailing zeros.
func genExactSpec(t *rapid.T) partnership.Spec {
	n := rapid.IntRange(0, 8).Draw(t, "partners")
	s := partnership.Spec{Mission: rapid.SampledFrom([]partnership.Purpose{0, partnership.GeneralInterest, partnership.ForProfit}).Draw(t, "mission")}
	power := n > 0 && rapid.Bool().Draw(t, "power")
	scale := rapid.SampledFrom([]int{0, 1, 1, 2, 3, 6}).Draw(t, "power scale") // tenths often: they meet round thresholds
	left := pow10(scale)
	for i := 0; i < n; i++ {
		pt := partnership.Partner{Actor: partnership.Actor{
			ID:      fmt.Sprintf("%c%d", 'a'+rapid.IntRange(0, 25).Draw(t, "initial"), i),
			Kind:    partnership.Kind(rapid.IntRange(1, 8).Draw(t, "kind")),
			Purpose: rapid.SampledFrom([]partnership.Purpose{0, partnership.GeneralInterest, partnership.ForProfit}).Draw(t, "purpose"),
		}}
		if rapid.Bool().Draw(t, "objectives") {
			pt.Objectives = []partnership.Objective{partnership.Objective(rapid.IntRange(1, 4).Draw(t, "objective"))}
		}
		if power {
			share := left
			if i < n-1 {
				share = rapid.Int64Range(0, left).Draw(t, "share")
			}
			left -= share
			z := rapid.IntRange(0, 3).Draw(t, "zeros")
			pt.Power = decimal.New(share*pow10(z), -int32(scale+z))
		}
		s.Partners = append(s.Partners, pt)
	}
	if n > 0 {
		for range rapid.IntRange(0, 14).Draw(t, "contributions") {
			c := partnership.Contribution{
				Partner: s.Partners[rapid.IntRange(0, n-1).Draw(t, "who")].ID,
				Lever:   innovation.Lever(rapid.IntRange(1, 4).Draw(t, "lever")),
				Kind:    partnership.Skills,
			}
			if rapid.Bool().Draw(t, "valued") {
				c.Amount = partnership.Amount{Value: genAmount(t), Currency: "EUR"}
			}
			s.Contributions = append(s.Contributions, c)
		}
	}
	fact := func(label string) partnership.Fact { return partnership.Fact(rapid.IntRange(0, 2).Draw(t, label)) }
	s.Terms = partnership.Terms{Formal: fact("formal"), SharedGovernance: fact("governance"), CostSharing: fact("costs"),
		ExitStrategy: fact("exit"), CommitmentMonths: rapid.IntRange(0, 60).Draw(t, "months"), SharedVision: fact("vision"),
		LeadershipSupport: fact("leaders"), DedicatedTeam: fact("team"), Milestones: fact("milestones"),
		RegularConsultation: fact("consultation"), RegularEvaluation: fact("evaluation")}
	return s
}

// genValidThresholds draws valid thresholds: the defaults, or round shares
// or shares of 1 to 12 decimals, and supplier counts of 1 to 4.
func genValidThresholds(t *rapid.T) partnership.Thresholds {
	th := partnership.DefaultThresholds()
	if rapid.Bool().Draw(t, "default thresholds") {
		return th
	}
	share := func(label string) decimal.Decimal {
		if rapid.Bool().Draw(t, label+" round") {
			// Round values, which shares of power and contributions meet.
			return decimal.RequireFromString(rapid.SampledFrom([]string{"0.1", "0.2", "0.25", "0.3", "0.40", "0.5", "1"}).Draw(t, label))
		}
		scale := rapid.IntRange(1, partnership.MaxScale).Draw(t, label+" scale")
		return decimal.New(rapid.Int64Range(1, pow10(scale)).Draw(t, label), -int32(scale))
	}
	th.MajorityPower, th.PowerGap, th.ConcentratedHHI = share("majority"), share("gap"), share("hhi")
	th.MinSuppliers[innovation.Low] = rapid.IntRange(1, 4).Draw(t, "min low")
	th.MinSuppliers[innovation.Medium] = rapid.IntRange(th.MinSuppliers[innovation.Low], 4).Draw(t, "min medium")
	th.MinSuppliers[innovation.High] = rapid.IntRange(th.MinSuppliers[innovation.Medium], 4).Draw(t, "min high")
	th.MinCommitmentMonths = rapid.IntRange(0, 61).Draw(t, "min months")
	return th
}

// exact is what a Spec's figures are, in rationals: the valued amount of
// each partner (in the partnership's order) and their total.
type exact struct {
	amounts []*big.Rat
	total   *big.Rat
}

func exactOf(s partnership.Spec) exact {
	e := exact{total: new(big.Rat)}
	for _, pt := range s.Partners {
		a := new(big.Rat)
		for _, c := range s.Contributions {
			if c.Partner == pt.ID {
				a.Add(a, c.Amount.Value.Rat())
			}
		}
		e.amounts = append(e.amounts, a)
		e.total.Add(e.total, a)
	}
	return e
}

// share returns a_i / T; T is positive.
func (e exact) share(i int) *big.Rat { return new(big.Rat).Quo(e.amounts[i], e.total) }

// hhi returns Σ a_i² / T², rounded half away from zero to 6 decimals.
func (e exact) hhi() *big.Rat {
	sq := new(big.Rat)
	for _, a := range e.amounts {
		sq.Add(sq, new(big.Rat).Mul(a, a))
	}
	return round6(sq.Quo(sq, new(big.Rat).Mul(e.total, e.total)))
}

var million = big.NewInt(1_000_000)

// millionths returns floor(x·10^6) and the remainder x·10^6 − floor, for
// x ≥ 0.
func millionths(x *big.Rat) (*big.Int, *big.Rat) {
	scaled := new(big.Rat).Mul(x, new(big.Rat).SetInt(million))
	q := new(big.Int).Quo(scaled.Num(), scaled.Denom())
	return q, scaled.Sub(scaled, new(big.Rat).SetInt(q))
}

// round6 rounds x ≥ 0 half away from zero to 6 decimals.
func round6(x *big.Rat) *big.Rat {
	q, r := millionths(x)
	if r.Cmp(big.NewRat(1, 2)) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	return new(big.Rat).SetFrac(q, million)
}

// The shares and the concentration are what exact arithmetic gives: each
// share is a_i/T truncated to 6 decimals, plus one millionth for the
// largest remainders (ties to the smallest ID), summing to exactly 1; the
// index is Σa²/T² rounded half away from zero.
func TestPropBalanceExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genExactSpec(t)
		b := mustNew(s).Balance()
		e := exactOf(s)
		if b.Total.Rat().Cmp(e.total) != 0 || len(b.Shares) != len(s.Partners) {
			t.Fatalf("total %s, %d shares; want %s, %d", b.Total, len(b.Shares), e.total.FloatString(12), len(s.Partners))
		}
		for i, sh := range b.Shares {
			if sh.Partner != s.Partners[i].ID || sh.Amount.Rat().Cmp(e.amounts[i]) != 0 || !sh.Power.Equal(s.Partners[i].Power) {
				t.Fatalf("share %d: %+v, want %s with %s", i, sh, s.Partners[i].ID, e.amounts[i].FloatString(12))
			}
		}
		if e.total.Sign() == 0 {
			for _, sh := range b.Shares {
				if !sh.Contribution.IsZero() {
					t.Fatalf("share %s with nothing valued", sh.Contribution)
				}
			}
			if !b.Concentration.IsZero() {
				t.Fatalf("index %s with nothing valued", b.Concentration)
			}
			return
		}
		if got, want := b.Concentration.Rat(), e.hhi(); got.Cmp(want) != 0 {
			t.Fatalf("index %s, want %s", b.Concentration, want.FloatString(6))
		}
		sum := new(big.Rat)
		var up, down []int // the shares given one millionth more, and the others
		rem := make([]*big.Rat, len(b.Shares))
		for i, sh := range b.Shares {
			got := sh.Contribution.Rat()
			sum.Add(sum, got)
			var floor *big.Int
			floor, rem[i] = millionths(e.share(i))
			units, r := millionths(got)
			switch {
			case r.Sign() != 0:
				t.Fatalf("share %s has more than 6 decimals", sh.Contribution)
			case units.Cmp(floor) == 0:
				down = append(down, i)
			case units.Cmp(new(big.Int).Add(floor, big.NewInt(1))) == 0:
				up = append(up, i)
			default:
				t.Fatalf("share %s of %s is not a_i/T = %s truncated, or one millionth more", sh.Contribution, sh.Partner, e.share(i).FloatString(9))
			}
		}
		if sum.Cmp(big.NewRat(1, 1)) != 0 {
			t.Fatalf("shares sum to %s", sum.FloatString(9))
		}
		for _, i := range up {
			for _, j := range down {
				c := rem[i].Cmp(rem[j])
				if c < 0 || c == 0 && b.Shares[i].Partner > b.Shares[j].Partner {
					t.Fatalf("%s got the unit before %s (remainders %s, %s)", b.Shares[i].Partner, b.Shares[j].Partner,
						rem[i].FloatString(9), rem[j].FloatString(9))
				}
			}
		}
	})
}

// expectedFindings is Diagnose's documented rule, read on the Spec in
// exact arithmetic: each risk found, with the partners concerned.
func expectedFindings(s partnership.Spec, th partnership.Thresholds) map[partnership.Risk][]string {
	out := map[partnership.Risk][]string{}
	e := exactOf(s)
	majority, gap := th.MajorityPower.Rat(), th.PowerGap.Rat()
	stated := false
	for _, pt := range s.Partners {
		stated = stated || !pt.Power.IsZero()
	}
	if stated {
		profit := new(big.Rat)
		var holders, majors, off []string
		for i, pt := range s.Partners {
			power := pt.Power.Rat()
			if pt.EffectivePurpose() == partnership.ForProfit && power.Sign() > 0 {
				profit.Add(profit, power)
				holders = append(holders, pt.ID)
			}
			if pt.EffectivePurpose() == partnership.ForProfit && power.Cmp(majority) > 0 {
				majors = append(majors, pt.ID)
			}
			if e.total.Sign() > 0 {
				d := new(big.Rat).Sub(power, e.share(i))
				if d.Abs(d).Cmp(gap) > 0 {
					off = append(off, pt.ID)
				}
			}
		}
		if s.Mission != partnership.ForProfit && profit.Cmp(majority) > 0 {
			out[partnership.MissionDrift] = holders
		}
		if majors != nil {
			out[partnership.PowerImbalance] = majors
		}
		if off != nil {
			out[partnership.PowerMismatch] = off
		}
	}
	if e.total.Sign() > 0 && e.hhi().Cmp(th.ConcentratedHHI.Rat()) > 0 {
		most := new(big.Rat)
		for _, a := range e.amounts {
			if a.Cmp(most) > 0 {
				most = a
			}
		}
		var top []string
		for i, a := range e.amounts {
			if a.Cmp(most) == 0 {
				top = append(top, s.Partners[i].ID)
			}
		}
		out[partnership.Concentration] = top
	}
	terms := map[partnership.Risk]bool{
		partnership.NoFormalAgreement:  s.Terms.Formal == partnership.No,
		partnership.NoSharedGovernance: s.Terms.SharedGovernance == partnership.No,
		partnership.NoExitStrategy:     s.Terms.ExitStrategy == partnership.No,
		partnership.ShortCommitment:    s.Terms.CommitmentMonths > 0 && s.Terms.CommitmentMonths < th.MinCommitmentMonths,
	}
	for r, found := range terms {
		if found {
			out[r] = nil
		}
	}
	return out
}

// Diagnose finds exactly the risks its documented rule gives in exact
// arithmetic, with the partners concerned, most severe first; the
// checklist's power and balance items agree with it.
func TestPropDiagnoseExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genExactSpec(t)
		th := genValidThresholds(t)
		p := mustNew(s)
		fs, err := p.Diagnose(th)
		if err != nil {
			t.Fatal(err)
		}
		want := expectedFindings(s, th)
		got := map[partnership.Risk][]string{}
		for i, f := range fs {
			got[f.Risk] = f.Partners
			if f.Severity != f.Risk.Severity() || f.Source != f.Risk.Source() || f.Text(lang.English) == "" {
				t.Fatalf("finding %+v", f)
			}
			if i > 0 && (fs[i-1].Severity < f.Severity || fs[i-1].Severity == f.Severity && fs[i-1].Risk >= f.Risk) {
				t.Fatalf("findings out of order: %v", fs)
			}
		}
		if len(got) != len(want) || len(got) != len(fs) {
			t.Fatalf("findings %v, want %v", got, want)
		}
		for r, ids := range want {
			if g, ok := got[r]; !ok || !slices.Equal(g, ids) {
				t.Fatalf("%v: partners %v (found %v), want %v", r, g, ok, ids)
			}
		}

		c, err := p.Checklist(th)
		if err != nil {
			t.Fatal(err)
		}
		_, drift := want[partnership.MissionDrift]
		_, imbalance := want[partnership.PowerImbalance]
		_, concentration := want[partnership.Concentration]
		if got := c.Difficulty(partnership.DesequilibrePouvoir).Status; p.PowerStated() && (got == partnership.NotMet) != (drift || imbalance) {
			t.Fatalf("power imbalance item %v with drift %v, imbalance %v", got, drift, imbalance)
		}
		if got := c.Factor(partnership.Equilibrer).Status; (got == partnership.NotMet) != (drift || imbalance || concentration) {
			t.Fatalf("balance factor %v with drift %v, imbalance %v, concentration %v", got, drift, imbalance, concentration)
		}
	})
}

// Coverage lists as suppliers of a lever the partners with a contribution
// on it, in the partnership's order, and judges them against the
// intensity and the thresholds, at the phase and for each rising need.
func TestPropCoverageFromSpec(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genExactSpec(t)
		th := genValidThresholds(t)
		phase := innovation.Phase(rapid.IntRange(1, innovation.NumPhases).Draw(t, "phase"))
		c, err := mustNew(s).Coverage(phase, innovation.DefaultNeeds(), th)
		if err != nil {
			t.Fatal(err)
		}
		check := func(lc partnership.LeverCoverage) {
			var want []string
			for _, pt := range s.Partners {
				if slices.ContainsFunc(s.Contributions, func(c partnership.Contribution) bool {
					return c.Partner == pt.ID && c.Lever == lc.Need.Lever
				}) {
					want = append(want, pt.ID)
				}
			}
			supply := partnership.Covered
			switch n := len(want); {
			case lc.Need.Intensity == innovation.None:
				supply = partnership.NotNeeded
			case n == 0:
				supply = partnership.Missing
			case n < th.MinSuppliers[lc.Need.Intensity]:
				supply = partnership.Thin
			}
			if !slices.Equal(lc.Suppliers, want) || lc.Supply != supply {
				t.Fatalf("%v at %v: %v %v, want %v %v", lc.Need.Lever, lc.Need.Intensity, lc.Suppliers, lc.Supply, want, supply)
			}
		}
		for i, lc := range c.Levers {
			if lc.Need != innovation.DefaultNeeds().Of(phase)[i] {
				t.Fatalf("lever %d: need %+v", i, lc.Need)
			}
			check(lc)
		}
		if rising := innovation.DefaultNeeds().Rising(phase); len(c.Rising) != len(rising) {
			t.Fatalf("%d rising, want %d", len(c.Rising), len(rising))
		}
		for _, lc := range c.Rising {
			check(lc)
		}
	})
}

// scaled returns s with every amount multiplied by k.
func scaled(s partnership.Spec, k decimal.Decimal) partnership.Spec {
	s = s.Clone()
	for i := range s.Contributions {
		s.Contributions[i].Amount.Value = s.Contributions[i].Amount.Value.Mul(k)
	}
	return s
}

// Multiplying every amount by the same positive constant (changing the
// unit) changes no share, no index and no finding.
func TestPropScaleInvariance(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genExactSpec(t)
		k := decimal.RequireFromString(rapid.SampledFrom([]string{"1000", "0.01", "7", "3.5", "1e-4", "123456"}).Draw(t, "k"))
		q, err := partnership.New(scaled(s, k))
		if err != nil {
			t.Skip("scaled out of the limits:", err)
		}
		p := mustNew(s)
		b, c := p.Balance(), q.Balance()
		if !b.Concentration.Equal(c.Concentration) {
			t.Fatalf("index %s, scaled %s", b.Concentration, c.Concentration)
		}
		for i := range b.Shares {
			if !b.Shares[i].Contribution.Equal(c.Shares[i].Contribution) {
				t.Fatalf("%s: share %s, scaled %s", b.Shares[i].Partner, b.Shares[i].Contribution, c.Shares[i].Contribution)
			}
		}
		th := genValidThresholds(t)
		if a, b := risks(t, p, th), risks(t, q, th); !slices.Equal(a, b) {
			t.Fatalf("findings %v, scaled %v", a, b)
		}
	})
}

func risks(t *rapid.T, p *partnership.Partnership, th partnership.Thresholds) []string {
	fs, err := p.Diagnose(th)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.Risk.String()+":"+strings.Join(f.Partners, ","))
	}
	return out
}

// The order in which partners and contributions are given changes no
// partner's share, the index, the findings (up to the order of the partners
// they list), the checklist or the suppliers of a lever (up to order).
func TestPropOrderInvariance(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genExactSpec(t)
		th := genValidThresholds(t)
		r := s.Clone()
		r.Partners = rapid.Permutation(r.Partners).Draw(t, "partner order")
		r.Contributions = rapid.Permutation(r.Contributions).Draw(t, "contribution order")
		p, q := mustNew(s), mustNew(r)

		b, c := p.Balance(), q.Balance()
		if !b.Total.Equal(c.Total) || !b.Concentration.Equal(c.Concentration) {
			t.Fatalf("total %s index %s, reordered %s %s", b.Total, b.Concentration, c.Total, c.Concentration)
		}
		byID := map[string]partnership.Share{}
		for _, sh := range c.Shares {
			byID[sh.Partner] = sh
		}
		for _, sh := range b.Shares {
			o := byID[sh.Partner]
			if !sh.Amount.Equal(o.Amount) || !sh.Contribution.Equal(o.Contribution) || !sh.Power.Equal(o.Power) {
				t.Fatalf("%s: %+v, reordered %+v", sh.Partner, sh, o)
			}
		}
		if a, b := sortedRisks(t, p, th), sortedRisks(t, q, th); !slices.Equal(a, b) {
			t.Fatalf("findings %v, reordered %v", a, b)
		}
		l1, err1 := p.Checklist(th)
		l2, err2 := q.Checklist(th)
		if err1 != nil || err2 != nil || l1 != l2 {
			t.Fatalf("checklist %+v, reordered %+v (%v, %v)", l1, l2, err1, err2)
		}
		phase := innovation.Phase(rapid.IntRange(1, innovation.NumPhases).Draw(t, "phase"))
		c1, _ := p.Coverage(phase, innovation.DefaultNeeds(), th)
		c2, _ := q.Coverage(phase, innovation.DefaultNeeds(), th)
		for i := range c1.Levers {
			x, y := slices.Sorted(slices.Values(c1.Levers[i].Suppliers)), slices.Sorted(slices.Values(c2.Levers[i].Suppliers))
			if c1.Levers[i].Supply != c2.Levers[i].Supply || !slices.Equal(x, y) {
				t.Fatalf("lever %d: %+v, reordered %+v", i, c1.Levers[i], c2.Levers[i])
			}
		}
	})
}

// sortedRisks is risks with the partners of each finding sorted.
func sortedRisks(t *rapid.T, p *partnership.Partnership, th partnership.Thresholds) []string {
	fs, err := p.Diagnose(th)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.Risk.String()+":"+strings.Join(slices.Sorted(slices.Values(f.Partners)), ","))
	}
	return out
}
