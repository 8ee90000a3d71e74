package partnership_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// byAmounts is a partnership whose partner ids[i] brings one financing
// contribution of amounts[i] EUR ("" for a contribution not valued).
func byAmounts(ids, amounts []string) partnership.Spec {
	var s partnership.Spec
	for i, id := range ids {
		s.Partners = append(s.Partners, partnership.Partner{Actor: partnership.Actor{ID: id, Kind: partnership.Association}})
		c := partnership.Contribution{Partner: id, Lever: innovation.Financement, Kind: partnership.Financial}
		if amounts[i] != "" {
			c.Amount = eur(amounts[i])
		}
		s.Contributions = append(s.Contributions, c)
	}
	return s
}

// The shares and the Herfindahl index, worked out by hand. A share is
// amount/total truncated to 6 decimals; the millionths left over go one each
// to the largest remainders, ties to the smallest ID. The index is
// Σ amount² / total², rounded half away from zero to 6 decimals.
func TestBalanceByHand(t *testing.T) {
	tests := []struct {
		name    string
		ids     []string
		amounts []string
		total   string
		shares  []string
		hhi     string
	}{
		// 100/100 = 1; 100²/100² = 1.
		{"one partner brings everything", []string{"a"}, []string{"100"}, "100", []string{"1"}, "1"},
		// 50/100 = 0.5 each; (50² + 50²)/100² = 0.5.
		{"two equal", []string{"a", "b"}, []string{"50", "50"}, "100", []string{"0.5", "0.5"}, "0.5"},
		// 1/3 = 0.333333|33… three times: 0.999999, one millionth left;
		// the remainders tie, so it goes to the smallest ID, "a", given
		// second. (1+1+1)/9 = 0.333333|33… → 0.333333.
		{"three equal: the unit left goes to the smallest ID", []string{"b", "a", "c"}, []string{"1", "1", "1"}, "3",
			[]string{"0.333333", "0.333334", "0.333333"}, "0.333333"},
		// 1/6 = 0.166666|66… six times: 0.999996, four millionths left, to
		// a, b, c, d. 6/36 = 0.166666|66… → 0.166667.
		{"six equal: four units left", []string{"a", "b", "c", "d", "e", "f"}, []string{"1", "1", "1", "1", "1", "1"}, "6",
			[]string{"0.166667", "0.166667", "0.166667", "0.166667", "0.166666", "0.166666"}, "0.166667"},
		// 2/3 = 0.666666|66…, 1/3 = 0.333333|33…: 0.999999, one millionth
		// left, to the larger remainder (2/3's). (4+1)/9 = 0.555555|55… →
		// 0.555556.
		{"two to one", []string{"a", "b"}, []string{"2", "1"}, "3", []string{"0.666667", "0.333333"}, "0.555556"},
		// The same in cents: only ratios count.
		{"cents", []string{"a", "b"}, []string{"0.02", "0.01"}, "0.03", []string{"0.666667", "0.333333"}, "0.555556"},
		// 0/300 = 0, 300/300 = 1; 300²/300² = 1.
		{"a partner with a zero amount", []string{"a", "b"}, []string{"0", "300"}, "300", []string{"0", "1"}, "1"},
		// 1/16 = 0.0625 and 15/16 = 0.9375 exactly; (1+225)/256 =
		// 0.8828125, a half at the 7th decimal, rounded away from zero.
		{"index rounds half away from zero", []string{"a", "b"}, []string{"1", "15"}, "16", []string{"0.0625", "0.9375"}, "0.882813"},
		// 1/7 = 0.142857|142… seven times: 0.999999, one millionth left,
		// remainders tie: to "a". 7/49 = 0.142857|142… → 0.142857.
		{"seven equal", []string{"a", "b", "c", "d", "e", "f", "g"}, []string{"3", "3", "3", "3", "3", "3", "3"}, "21",
			[]string{"0.142858", "0.142857", "0.142857", "0.142857", "0.142857", "0.142857", "0.142857"}, "0.142857"},
		// Wimoov's figures (fixture): 50000, 300000, none, 200000 of 550000:
		// 1/11 = 0.090909|09…, 6/11 = 0.545454|54…, 4/11 = 0.363636|36…;
		// truncated they sum to 0.999999, the unit goes to the largest
		// remainder, 6/11's (.54 > .36 > .09). (1+36+16)/121 = 53/121 =
		// 0.438016|52… → 0.438017.
		{"wimoov", []string{"wimoov", "renault", "rameau", "cdc"}, []string{"50000", "300000", "", "200000"}, "550000",
			[]string{"0.090909", "0.545455", "0", "0.363636"}, "0.438017"},
		// 18-digit amounts: (10^18 − 1)/10^18 = 0.999999|999…, 1/10^18 =
		// 0.000000|000…001: truncated 0.999999 and 0, the unit goes to the
		// first. ((10^18 − 1)² + 1)/10^36 = 1 − 2·10^-18 + 2·10^-36 → 1.
		{"18-digit amounts", []string{"a", "b"}, []string{"999999999999999999", "1"}, "1000000000000000000", []string{"1", "0"}, "1"},
		// Nothing valued: no total, every share and the index zero.
		{"nothing valued", []string{"a", "b"}, []string{"", ""}, "0", []string{"0", "0"}, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := mustNew(byAmounts(tt.ids, tt.amounts)).Balance()
			if !b.Total.Equal(dec(tt.total)) || !b.Concentration.Equal(dec(tt.hhi)) {
				t.Errorf("total %s, index %s; want %s, %s", b.Total, b.Concentration, tt.total, tt.hhi)
			}
			sum := dec("0")
			for i, s := range b.Shares {
				if s.Partner != tt.ids[i] || !s.Contribution.Equal(dec(tt.shares[i])) {
					t.Errorf("share %d: %s %s, want %s %s", i, s.Partner, s.Contribution, tt.ids[i], tt.shares[i])
				}
				sum = sum.Add(s.Contribution)
			}
			if wantSum := dec("1"); b.Total.IsZero() {
				if !sum.IsZero() {
					t.Errorf("shares sum to %s with nothing valued", sum)
				}
			} else if !sum.Equal(wantSum) {
				t.Errorf("shares sum to %s", sum)
			}
		})
	}
}
