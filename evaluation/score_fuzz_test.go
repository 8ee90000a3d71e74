package evaluation_test

import (
	"errors"
	"math/big"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
)

// FuzzScoreCriteria checks ScoreCriteria against a slow reference in exact
// rationals (math/big.Rat): the score is the weight of the met criteria over the weight of the met and not met ones,
// rounded half away from zero to ScorePlaces places; unknown and not
// applicable outcomes do not count; nothing counted is ErrNoEvidence;
// counted weights summing to zero is ErrInvalid.
//
// Each criterion takes 6 bytes of data: a 32-bit weight coefficient, a
// scale of 0-9 places, and an outcome.
func FuzzScoreCriteria(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 0, 0, 0, 0, 0, 3, 0, 1})
	f.Add([]byte{255, 255, 255, 255, 9, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 7, 3, 2})
	f.Add([]byte{0, 0, 0, 0, 0, 0})
	f.Add([]byte{0, 0, 0, 2, 1, 2, 0, 0, 0, 3, 0, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		var cs []evaluation.Criterion
		num, den := new(big.Rat), new(big.Rat)
		counted := 0
		for i := 0; i+6 <= len(data) && len(cs) < 64; i += 6 {
			coef := int64(data[i])<<24 | int64(data[i+1])<<16 | int64(data[i+2])<<8 | int64(data[i+3])
			scale := int32(data[i+4] % 10)
			o := evaluation.Outcome(data[i+5]%4 + 1)
			w := decimal.New(coef, -scale)
			cs = append(cs, evaluation.Criterion{Name: "c" + strconv.Itoa(len(cs)), Weight: w, Outcome: o})
			r := new(big.Rat).SetFrac(big.NewInt(coef), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(scale)), nil))
			switch o {
			case evaluation.Met:
				num.Add(num, r)
				den.Add(den, r)
				counted++
			case evaluation.NotMet:
				den.Add(den, r)
				counted++
			}
		}
		s, err := evaluation.ScoreCriteria(cs)
		switch {
		case counted == 0:
			if !errors.Is(err, evaluation.ErrNoEvidence) || s.Known() {
				t.Fatalf("nothing counted: %v, %v; want ErrNoEvidence", s, err)
			}
			return
		case den.Sign() == 0:
			if !errors.Is(err, evaluation.ErrInvalid) {
				t.Fatalf("counted weights sum to zero: %v, %v; want ErrInvalid", s, err)
			}
			return
		case err != nil:
			t.Fatalf("ScoreCriteria: %v", err)
		}
		// Reference: floor(num/den · 10^p + 1/2), the ratio being ≥ 0.
		q := new(big.Rat).Quo(num, den)
		q.Mul(q, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(evaluation.ScorePlaces), nil)))
		q.Add(q, big.NewRat(1, 2))
		want := decimal.NewFromBigInt(new(big.Int).Quo(q.Num(), q.Denom()), -evaluation.ScorePlaces)
		if !s.Value.Equal(want) {
			t.Fatalf("score %s, reference %s (num %s, den %s)", s.Value, want, num.RatString(), den.RatString())
		}
		if s.Value.Sign() < 0 || s.Value.GreaterThan(decimal.NewFromInt(1)) {
			t.Fatalf("score %s outside [0, 1]", s.Value)
		}
		if s.Counted != counted {
			t.Fatalf("counted %d, want %d", s.Counted, counted)
		}
	})
}
