package partnership_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// genSpec draws a valid partnership: 1 to 12 partners, up to 30
// contributions, power stated or not (shares in thousandths summing to 1).
func genSpec(t *rapid.T) partnership.Spec {
	n := rapid.IntRange(1, 12).Draw(t, "partners")
	s := partnership.Spec{Mission: rapid.SampledFrom([]partnership.Purpose{partnership.GeneralInterest, partnership.ForProfit}).Draw(t, "mission")}
	power := rapid.Bool().Draw(t, "power")
	left := 1000
	for i := 0; i < n; i++ {
		p := partnership.Partner{Actor: partnership.Actor{
			ID:   fmt.Sprintf("p%d", i),
			Kind: partnership.Kind(rapid.IntRange(1, 8).Draw(t, "kind")),
		}}
		if power {
			share := left
			if i < n-1 {
				share = rapid.IntRange(0, left).Draw(t, "share")
			}
			left -= share
			p.Power = decimal.New(int64(share), -3)
		}
		s.Partners = append(s.Partners, p)
	}
	m := rapid.IntRange(0, 30).Draw(t, "contributions")
	for j := 0; j < m; j++ {
		s.Contributions = append(s.Contributions, genContribution(t, n))
	}
	s.Terms.Formal = partnership.Fact(rapid.IntRange(0, 2).Draw(t, "formal"))
	s.Terms.CommitmentMonths = rapid.IntRange(0, 60).Draw(t, "months")
	return s
}

func genContribution(t *rapid.T, n int) partnership.Contribution {
	c := partnership.Contribution{
		Partner: fmt.Sprintf("p%d", rapid.IntRange(0, n-1).Draw(t, "who")),
		Lever:   innovation.Lever(rapid.IntRange(1, 4).Draw(t, "lever")),
		Kind:    partnership.ContributionKind(rapid.IntRange(1, 3).Draw(t, "ckind")),
	}
	if rapid.Bool().Draw(t, "valued") {
		c.Amount = partnership.Amount{
			Value:    decimal.New(rapid.Int64Range(0, 1e12).Draw(t, "units"), -int32(rapid.IntRange(0, 4).Draw(t, "scale"))),
			Currency: "EUR",
		}
	}
	return c
}

func TestPropSharesSumToOne(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := mustNew(genSpec(t)).Balance()
		if !b.Total.IsPositive() {
			return
		}
		sum := decimal.Decimal{}
		for _, s := range b.Shares {
			if s.Contribution.IsNegative() || s.Contribution.Exponent() < -partnership.Precision {
				t.Fatalf("share %s", s.Contribution)
			}
			// within one unit of the exact share
			exact := s.Amount.DivRound(b.Total, 20)
			if exact.Sub(s.Contribution).Abs().GreaterThan(decimal.New(1, -partnership.Precision)) {
				t.Fatalf("share %s, exact %s", s.Contribution, exact)
			}
			sum = sum.Add(s.Contribution)
		}
		if !sum.Equal(decimal.New(1, 0)) {
			t.Fatalf("shares sum to %s", sum)
		}
	})
}

func TestPropConcentrationBounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := mustNew(genSpec(t))
		b := p.Balance()
		if !b.Total.IsPositive() {
			return
		}
		low := decimal.New(1, 0).DivRound(decimal.New(int64(p.Len()), 0), partnership.Precision)
		if b.Concentration.LessThan(low) || b.Concentration.GreaterThan(decimal.New(1, 0)) {
			t.Fatalf("HHI %s outside [%s, 1] with %d partners", b.Concentration, low, p.Len())
		}
	})
}

// diagnosis is the part of a diagnosis that does not depend on names or
// order: each finding's risk, severity, source and the set of its partners,
// mapped through rename.
func diagnosis(t *rapid.T, p *partnership.Partnership, rename map[string]string) []string {
	fs, err := p.Diagnose(partnership.DefaultThresholds())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		ps := make([]string, len(f.Partners))
		for i, id := range f.Partners {
			ps[i] = rename[id]
		}
		slices.Sort(ps)
		out = append(out, fmt.Sprint(f.Risk, f.Severity, f.Source, ps))
	}
	cl, err := p.Checklist(partnership.DefaultThresholds())
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, fmt.Sprint(cl))
	c, err := p.Coverage(innovation.Modelisation, innovation.DefaultNeeds(), partnership.DefaultThresholds())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range append(c.Levers[:], c.Rising...) {
		ps := make([]string, len(l.Suppliers))
		for i, id := range l.Suppliers {
			ps[i] = rename[id]
		}
		slices.Sort(ps)
		out = append(out, fmt.Sprint(l.Need, l.Supply, ps))
	}
	return out
}

func TestPropRenameReorder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSpec(t)
		id := map[string]string{}
		back := map[string]string{}
		for _, p := range s.Partners {
			id[p.ID] = p.ID
		}
		before := diagnosis(t, mustNew(s), id)

		perm := rapid.Permutation(s.Partners).Draw(t, "order")
		cperm := rapid.Permutation(s.Contributions).Draw(t, "corder")
		for i := range perm {
			newID := fmt.Sprintf("z%d-%s", len(perm)-i, perm[i].ID)
			back[newID] = perm[i].ID
			id[perm[i].ID] = newID
			perm[i].ID = newID
		}
		for i := range cperm {
			cperm[i].Partner = id[cperm[i].Partner]
		}
		s.Partners, s.Contributions = perm, cperm
		after := diagnosis(t, mustNew(s), back)
		if !slices.Equal(before, after) {
			t.Fatalf("diagnosis changed:\n%v\n%v", before, after)
		}
	})
}

func TestPropAddingContributionNeverReducesCoverage(t *testing.T) {
	needs := innovation.DefaultNeeds()
	th := partnership.DefaultThresholds()
	rapid.Check(t, func(t *rapid.T) {
		s := genSpec(t)
		phase := innovation.Phase(rapid.IntRange(1, 5).Draw(t, "phase"))
		before, err := mustNew(s).Coverage(phase, needs, th)
		if err != nil {
			t.Fatal(err)
		}
		s.Contributions = append(s.Contributions, genContribution(t, len(s.Partners)))
		after, err := mustNew(s).Coverage(phase, needs, th)
		if err != nil {
			t.Fatal(err)
		}
		check := func(b, a []partnership.LeverCoverage) {
			for i := range b {
				if a[i].Supply < b[i].Supply || len(a[i].Suppliers) < len(b[i].Suppliers) {
					t.Fatalf("lever %v: %v %v → %v %v", b[i].Need.Lever, b[i].Supply, b[i].Suppliers, a[i].Supply, a[i].Suppliers)
				}
				for _, id := range b[i].Suppliers {
					if !slices.Contains(a[i].Suppliers, id) {
						t.Fatalf("supplier %s lost", id)
					}
				}
			}
		}
		check(before.Levers[:], after.Levers[:])
		check(before.Rising, after.Rising)
	})
}

// JSON round trip preserves every diagnosis.
func TestPropJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := mustNew(genSpec(t))
		b, err := p.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		q, err := partnership.Decode(b)
		if err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		id := map[string]string{}
		for _, x := range p.Partners() {
			id[x.ID] = x.ID
		}
		if !slices.Equal(diagnosis(t, p, id), diagnosis(t, q, id)) {
			t.Fatal("diagnosis changed through JSON")
		}
	})
}

// Validate accepts exactly the thresholds its documentation allows: a
// decimal threshold is a share in (0, 1] of at most MaxScale decimals, each
// labelled by hand below; MinSuppliers in [1, MaxPartners], non-decreasing
// from Low to High; MinCommitmentMonths in [0, MaxCommitmentMonths].
func TestPropValidate(t *testing.T) {
	shares := []struct {
		text string
		ok   bool
	}{
		{"0.5", true}, {"0.50", true}, {"1", true}, {"1.000", true}, {"0.000001", true},
		{"0.333333333333", true},   // 12 decimals
		{"0.0000000000001", false}, // 13 decimals
		{"0.1234567890123", false}, // 13 decimals
		{"0", false}, {"-0.2", false}, {"1.5", false}, {"1.000000000001", false},
		{"123456789012345678901234567890123", false},
	}
	rapid.Check(t, func(t *rapid.T) {
		th := partnership.DefaultThresholds()
		want := true
		for _, d := range []*decimal.Decimal{&th.MajorityPower, &th.PowerGap, &th.ConcentratedHHI} {
			s := rapid.SampledFrom(shares).Draw(t, "share")
			*d = decimal.RequireFromString(s.text)
			want = want && s.ok
		}
		prev := 1
		for i := innovation.Low; i <= innovation.High; i++ {
			n := rapid.SampledFrom([]int{-1, 0, 1, 2, 3, partnership.MaxPartners, partnership.MaxPartners + 1}).Draw(t, "min suppliers")
			th.MinSuppliers[i] = n
			want = want && n >= prev && n <= partnership.MaxPartners
			prev = max(n, 1)
		}
		th.MinCommitmentMonths = rapid.SampledFrom([]int{-1, 0, 36, partnership.MaxCommitmentMonths, partnership.MaxCommitmentMonths + 1}).Draw(t, "months")
		want = want && th.MinCommitmentMonths >= 0 && th.MinCommitmentMonths <= partnership.MaxCommitmentMonths
		if err := th.Validate(); (err == nil) != want {
			t.Fatalf("Validate(%+v) = %v, want ok %v", th, err, want)
		}
	})
}
