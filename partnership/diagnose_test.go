package partnership_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/partnership"
)

// Every finding in full, its figures worked out by hand from the Wimoov
// fixture: powers wimoov 0.4, renault 0.3, rameau 0.1, cdc 0.2; valued
// contributions wimoov 50000, renault 300000, cdc 200000 EUR (total
// 550000); renault is the only for-profit partner; terms formal, shared
// governance, 36 months.
func TestDiagnoseByHand(t *testing.T) {
	noPower := func(s *partnership.Spec) {
		for i := range s.Partners {
			s.Partners[i].Power = dec("0")
		}
	}
	mismatch := func(partners ...string) partnership.Finding {
		return partnership.Finding{Risk: partnership.PowerMismatch, Severity: partnership.Info, Source: "001:30", Partners: partners}
	}
	tests := []struct {
		name   string
		change func(*partnership.Spec, *partnership.Thresholds)
		want   []partnership.Finding
	}{
		// |power − share|: wimoov |0.4 − 1/11| = 0.309… > 0.3; renault
		// |0.3 − 6/11| = 0.245…, rameau |0.1 − 0| = 0.1, cdc |0.2 − 4/11| =
		// 0.163…: only wimoov.
		{"as described", func(*partnership.Spec, *partnership.Thresholds) {}, []partnership.Finding{
			withThreshold(mismatch("wimoov"), "0.3"),
		}},
		// renault (for-profit) holds 0.6 > 0.5: drift and imbalance, most
		// severe first. Gaps: wimoov |0.1 − 0.0909| and renault |0.6 −
		// 0.5454| are small: no mismatch.
		{"mission drift", func(s *partnership.Spec, _ *partnership.Thresholds) {
			s.Partners[0].Power, s.Partners[1].Power = dec("0.1"), dec("0.6")
		}, []partnership.Finding{
			{Risk: partnership.MissionDrift, Severity: partnership.Critical, Source: "001:20", Partners: []string{"renault"},
				Share: dec("0.6"), Threshold: dec("0.5")},
			{Risk: partnership.PowerImbalance, Severity: partnership.Warning, Source: "001:15, 20", Partners: []string{"renault"},
				Threshold: dec("0.5")},
		}},
		// For-profit power of exactly 0.5 is not above 0.5.
		{"for-profit power at the threshold", func(s *partnership.Spec, _ *partnership.Thresholds) {
			s.Partners[0].Power, s.Partners[1].Power, s.Partners[3].Power = dec("0.2"), dec("0.5"), dec("0.2")
		}, nil},
		// Majority 0.333333 (a third, as 6 decimals): wimoov's 0.4 is
		// above it, renault's 0.3 is not; 33.3333% prints as 33.33%. Wimoov
		// is of general interest: no power imbalance (001:20).
		{"a third as majority", func(_ *partnership.Spec, th *partnership.Thresholds) {
			th.MajorityPower = dec("0.333333")
		}, []partnership.Finding{
			withThreshold(mismatch("wimoov"), "0.3"),
		}},
		// The same with wimoov a company: its 0.4 is an imbalance in favour
		// of a for-profit partner, and with renault's 0.3 the for-profit
		// partners hold 70%, a drift.
		{"a third as majority, wimoov a company", func(s *partnership.Spec, th *partnership.Thresholds) {
			s.Partners[0].Kind = partnership.Entreprise
			th.MajorityPower = dec("0.333333")
		}, []partnership.Finding{
			{Risk: partnership.MissionDrift, Severity: partnership.Critical, Source: "001:20", Partners: []string{"wimoov", "renault"},
				Share: dec("0.7"), Threshold: dec("0.333333")},
			{Risk: partnership.PowerImbalance, Severity: partnership.Warning, Source: "001:15, 20", Partners: []string{"wimoov"},
				Threshold: dec("0.333333")},
			withThreshold(mismatch("wimoov"), "0.3"),
		}},
		// Renault 5,000,000 of 5,250,000: (5000² + 200² + 50²)/5250² =
		// 25,042,500/27,562,500 = 0.908571|4… → 0.908571, 0.909 in the
		// message.
		{"concentration", func(s *partnership.Spec, _ *partnership.Thresholds) {
			noPower(s)
			s.Contributions[0].Amount = eur("5000000")
		}, []partnership.Finding{
			{Risk: partnership.Concentration, Severity: partnership.Warning, Source: "001:30", Partners: []string{"renault"},
				Share: dec("0.908571"), Threshold: dec("0.5")},
		}},
		// Renault and cdc 300000 each, wimoov 50000: (9 + 9 + 0.25)/42.25
		// = 0.431952|6… → 0.432 > 0.4; both bring the largest amount.
		{"concentration on two", func(s *partnership.Spec, th *partnership.Thresholds) {
			noPower(s)
			s.Contributions[4].Amount = eur("300000")
			th.ConcentratedHHI = dec("0.4")
		}, []partnership.Finding{
			{Risk: partnership.Concentration, Severity: partnership.Warning, Source: "001:30", Partners: []string{"renault", "cdc"},
				Share: dec("0.431953"), Threshold: dec("0.4")},
		}},
		// a: power 0.81, half the money: |0.81 − 0.5| = 0.31 > 0.3, and b
		// |0.19 − 0.5| = 0.31 too; 0.81 is a majority, but a is an
		// association: no power imbalance (001:20).
		{"mismatch on both sides", func(s *partnership.Spec, _ *partnership.Thresholds) {
			*s = byAmounts([]string{"a", "b"}, []string{"50", "50"})
			s.Partners[0].Power, s.Partners[1].Power = dec("0.81"), dec("0.19")
		}, []partnership.Finding{
			withThreshold(mismatch("a", "b"), "0.3"),
		}},
		// |0.8 − 0.5| = 0.3 exactly: not more than the gap. a, a company
		// with 0.8 of the power, is an imbalance (on a for-profit project:
		// no drift).
		{"mismatch at the gap", func(s *partnership.Spec, _ *partnership.Thresholds) {
			*s = byAmounts([]string{"a", "b"}, []string{"50", "50"})
			s.Mission = partnership.ForProfit
			s.Partners[0].Kind = partnership.Entreprise
			s.Partners[0].Power, s.Partners[1].Power = dec("0.8"), dec("0.2")
		}, []partnership.Finding{
			{Risk: partnership.PowerImbalance, Severity: partnership.Warning, Source: "001:15, 20", Partners: []string{"a"},
				Threshold: dec("0.5")},
		}},
		// The terms, in Risk order within one severity.
		{"terms", func(s *partnership.Spec, _ *partnership.Thresholds) {
			noPower(s)
			s.Terms = partnership.Terms{Formal: partnership.No, SharedGovernance: partnership.No, ExitStrategy: partnership.No, CommitmentMonths: 12}
		}, []partnership.Finding{
			{Risk: partnership.NoFormalAgreement, Severity: partnership.Warning, Source: "001:31"},
			{Risk: partnership.NoSharedGovernance, Severity: partnership.Warning, Source: "001:31"},
			{Risk: partnership.NoExitStrategy, Severity: partnership.Warning, Source: "004:5713-5715"},
			{Risk: partnership.ShortCommitment, Severity: partnership.Warning, Source: "004:3079", Months: 12, MinMonths: 36},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, th := wimoov(), partnership.DefaultThresholds()
			tt.change(&s, &th)
			got, err := mustNew(s).Diagnose(th)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(got, tt.want, sameFinding) {
				t.Errorf("findings:\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func withThreshold(f partnership.Finding, th string) partnership.Finding {
	f.Threshold = dec(th)
	return f
}

func sameFinding(a, b partnership.Finding) bool {
	return a.Risk == b.Risk && a.Severity == b.Severity && a.Source == b.Source && slices.Equal(a.Partners, b.Partners) &&
		a.Share.Equal(b.Share) && a.Threshold.Equal(b.Threshold) && a.Months == b.Months && a.MinMonths == b.MinMonths
}
