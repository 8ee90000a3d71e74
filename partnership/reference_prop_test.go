package partnership

import (
	"fmt"
	"reflect"
	"strconv"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/internal/smalldec"
)

// pow10 returns 10^k, 0 ≤ k ≤ smalldec.MaxPow10.
func pow10(k int) int64 {
	p, _ := smalldec.Pow10(int64(k))
	return p
}

// genDecimal draws a non-negative decimal within the package's limits, of
// any exponent from -MaxScale up and up to MaxDigits digits, so that both the
// int64 fast paths and their decimal fallbacks are exercised.
func genDecimal(t *rapid.T, label string) decimal.Decimal {
	if rapid.Bool().Draw(t, label+"-big") {
		ip := rapid.Int64Range(0, 999_999_999_999_999_999).Draw(t, label+"-int")
		scale := rapid.IntRange(0, MaxScale).Draw(t, label+"-scale")
		fp := rapid.Int64Range(0, 999_999_999_999).Draw(t, label+"-frac") % pow10(scale)
		if scale == 0 {
			return decimal.RequireFromString(strconv.FormatInt(ip, 10))
		}
		return decimal.RequireFromString(fmt.Sprintf("%d.%0*d", ip, scale, fp))
	}
	return decimal.New(rapid.Int64Range(0, 1e6).Draw(t, label+"-units"), int32(rapid.IntRange(-6, 3).Draw(t, label+"-exp")))
}

// genPower draws a share of power in [0, 1] as units of 10^-scale, written
// with a random number of trailing zeros (same value, other exponent).
func genPower(t *rapid.T, units int64, scale int) decimal.Decimal {
	z := rapid.IntRange(0, 3).Draw(t, "zeros")
	return decimal.New(units*pow10(z), -int32(scale+z))
}

func genInternalSpec(t *rapid.T) Spec {
	n := rapid.IntRange(0, 8).Draw(t, "partners")
	s := Spec{Mission: Purpose(rapid.IntRange(0, 2).Draw(t, "mission"))}
	power := n > 0 && rapid.Bool().Draw(t, "power")
	scale := rapid.IntRange(0, 4).Draw(t, "power-scale")
	left := pow10(scale)
	for i := 0; i < n; i++ {
		pt := Partner{Actor: Actor{ID: fmt.Sprintf("p%d", rapid.IntRange(0, 3).Draw(t, "id-prefix")*10+i), Kind: Kind(rapid.IntRange(1, 8).Draw(t, "kind")),
			Purpose: Purpose(rapid.IntRange(0, 2).Draw(t, "purpose"))}}
		if rapid.Bool().Draw(t, "objectives") {
			pt.Objectives = []Objective{Objective(rapid.IntRange(1, 4).Draw(t, "objective"))}
		}
		if power {
			share := left
			if i < n-1 {
				share = rapid.Int64Range(0, left).Draw(t, "share")
			}
			left -= share
			pt.Power = genPower(t, share, scale)
		}
		s.Partners = append(s.Partners, pt)
	}
	if n > 0 {
		for range rapid.IntRange(0, 14).Draw(t, "contributions") {
			c := Contribution{Partner: s.Partners[rapid.IntRange(0, n-1).Draw(t, "who")].ID,
				Lever: innovation.Lever(rapid.IntRange(1, 4).Draw(t, "lever")), Kind: Skills}
			if rapid.Bool().Draw(t, "valued") {
				c.Amount = Amount{Value: genDecimal(t, "amount"), Currency: "EUR"}
			}
			s.Contributions = append(s.Contributions, c)
		}
	}
	fact := func(label string) Fact { return Fact(rapid.IntRange(0, 2).Draw(t, label)) }
	s.Terms = Terms{Formal: fact("formal"), SharedGovernance: fact("governance"), CostSharing: fact("costs"), ExitStrategy: fact("exit"),
		CommitmentMonths: rapid.IntRange(0, 60).Draw(t, "months"), SharedVision: fact("vision"), LeadershipSupport: fact("leaders"),
		DedicatedTeam: fact("team"), Milestones: fact("milestones"), RegularConsultation: fact("consultation"), RegularEvaluation: fact("evaluation")}
	return s
}

var thresholdDecimals = []string{"0.5", "0.50", "0.3", "1", "1.000", "0.000001", "0.333333333333", "0.05", "0.75",
	"0", "-0.2", "1.5", "0.0000000000001", "123456789012345678901234567890123", "0.1234567890123"}

func genThresholds(t *rapid.T) Thresholds {
	th := DefaultThresholds()
	if rapid.Bool().Draw(t, "default") {
		return th
	}
	pick := func(label string) decimal.Decimal {
		return decimal.RequireFromString(rapid.SampledFrom(thresholdDecimals).Draw(t, label))
	}
	th.MajorityPower, th.PowerGap, th.ConcentratedHHI = pick("majority"), pick("gap"), pick("hhi")
	for i := innovation.Low; i <= innovation.High; i++ {
		th.MinSuppliers[i] = rapid.IntRange(0, 4).Draw(t, "min")
	}
	th.MinCommitmentMonths = rapid.IntRange(-1, 61).Draw(t, "commitment")
	return th
}

func sameDecimal(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
}

func sameBalance(a, b Balance) bool {
	if a.Currency != b.Currency || a.PowerStated != b.PowerStated || !sameDecimal(a.Total, b.Total) ||
		!sameDecimal(a.Concentration, b.Concentration) || len(a.Shares) != len(b.Shares) || (a.Shares == nil) != (b.Shares == nil) {
		return false
	}
	for i := range a.Shares {
		x, y := a.Shares[i], b.Shares[i]
		if x.Partner != y.Partner || !sameDecimal(x.Amount, y.Amount) || !sameDecimal(x.Contribution, y.Contribution) || !sameDecimal(x.Power, y.Power) {
			return false
		}
	}
	return true
}

func sameErr(a, b error) bool {
	return (a == nil) == (b == nil) && (a == nil || a.Error() == b.Error())
}

// The cached, alloc-free analyses give exactly what the plain decimal
// computation gives: same values, same exponents, same messages, same nil
// slices.
func TestPropMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genInternalSpec(t)
		p, err := New(s)
		if err != nil {
			t.Skip(err)
		}
		th := genThresholds(t)
		if got, want := th.Validate(), refValidate(th); !sameErr(got, want) {
			t.Fatalf("Validate: %v, want %v", got, want)
		}
		if got, want := p.Balance(), p.refBalance(); !sameBalance(got, want) {
			t.Fatalf("Balance:\n%+v\nwant\n%+v", got, want)
		}
		phase := innovation.Phase(rapid.IntRange(0, innovation.NumPhases).Draw(t, "phase"))
		needs := innovation.DefaultNeeds()
		if rapid.Bool().Draw(t, "zero-needs") {
			needs = innovation.Needs{}
		}
		gotC, errC := p.Coverage(phase, needs, th)
		wantC, wantErrC := p.refCoverage(phase, needs, th)
		if !sameErr(errC, wantErrC) || !reflect.DeepEqual(gotC, wantC) {
			t.Fatalf("Coverage:\n%+v, %v\nwant\n%+v, %v", gotC, errC, wantC, wantErrC)
		}
		gotD, errD := p.Diagnose(th)
		wantD, wantErrD := p.refDiagnose(th)
		if !sameErr(errD, wantErrD) || !reflect.DeepEqual(gotD, wantD) {
			t.Fatalf("Diagnose:\n%#v, %v\nwant\n%#v, %v", gotD, errD, wantD, wantErrD)
		}
		gotL, errL := p.Checklist(th)
		wantL, wantErrL := p.refChecklist(th)
		if !sameErr(errL, wantErrL) || gotL != wantL {
			t.Fatalf("Checklist:\n%+v, %v\nwant\n%+v, %v", gotL, errL, wantL, wantErrL)
		}
	})
}

// The zero Partnership is usable and analysed as the reference does.
func TestZeroMatchesReference(t *testing.T) {
	var p Partnership
	th := DefaultThresholds()
	if got, want := p.Balance(), p.refBalance(); !sameBalance(got, want) {
		t.Errorf("Balance %+v, want %+v", got, want)
	}
	gotC, _ := p.Coverage(innovation.Essaimage, innovation.DefaultNeeds(), th)
	wantC, _ := p.refCoverage(innovation.Essaimage, innovation.DefaultNeeds(), th)
	if !reflect.DeepEqual(gotC, wantC) {
		t.Errorf("Coverage %+v, want %+v", gotC, wantC)
	}
	gotD, _ := p.Diagnose(th)
	wantD, _ := p.refDiagnose(th)
	if !reflect.DeepEqual(gotD, wantD) {
		t.Errorf("Diagnose %+v, want %+v", gotD, wantD)
	}
	gotL, _ := p.Checklist(th)
	wantL, _ := p.refChecklist(th)
	if gotL != wantL {
		t.Errorf("Checklist %+v, want %+v", gotL, wantL)
	}
}
