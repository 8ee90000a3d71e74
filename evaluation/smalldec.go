package evaluation

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/internal/smalldec"
)

// Exact decimal arithmetic without allocation for the small decimals
// evaluations hold (weights, baselines, targets, amounts): coefficients are
// read as int64 when they fit (internal/smalldec) and the sums are kept as
// an int64 coefficient at an exponent; anything that would overflow falls
// back to decimal.Decimal. Either way the sums are exact and every division
// rounds once, as decimal.DivRound does, so the results are the same to the
// last digit and exponent.

// smallDigits is the number of digits of the largest small coefficient.
const smallDigits = smalldec.Digits

// smallRange reads the decimals an evaluation accepts (at most MaxScale
// places, MaxDigits integer digits). Read only.
var smallRange = smalldec.NewRange(-MaxScale, MaxDigits)

// small returns the coefficient and exponent of d if the coefficient is
// below smalldec.Limit in absolute value. It does not allocate.
func small(d decimal.Decimal) (int64, int32, bool) { return smallRange.Small(d) }

// cmpDec returns a.Cmp(b), without allocating when both are small.
func cmpDec(a, b decimal.Decimal) int { return smallRange.Cmp(a, b) }

// cmpProduct returns x.Cmp(a.Mul(b)), without allocating when the three
// are small and the product fits an int64.
func cmpProduct(x, a, b decimal.Decimal) int { return smallRange.CmpProduct(x, a, b) }

// cmpSums compares two sums.
func cmpSums(s, t *sum) int {
	if !s.big && !t.big {
		if x, y, ok := smalldec.Align(s.c, int64(s.e), t.c, int64(t.e)); ok {
			return cmp.Compare(x, y)
		}
	}
	return s.decimal().Cmp(t.decimal())
}

// sum is an exact sum of decimals: an int64 coefficient c at exponent e
// while it fits, the decimal d from the first term that does not. The zero
// value is 0.
type sum struct {
	c   int64
	e   int32
	big bool
	d   decimal.Decimal
}

// addSmall adds c·10^e.
func (s *sum) addSmall(c int64, e int32) {
	if !s.big {
		if s.c == 0 {
			s.c, s.e = c, e
			return
		}
		if x, y, ok := smalldec.Align(s.c, int64(s.e), c, int64(e)); ok {
			if r, ok := smalldec.Add(x, y); ok {
				s.c, s.e = r, min(s.e, e)
				return
			}
		}
		s.big, s.d = true, decimal.New(s.c, s.e)
	}
	s.d = s.d.Add(decimal.New(c, e))
}

// add adds d.
func (s *sum) add(d decimal.Decimal) {
	if !s.big {
		if c, e, ok := small(d); ok {
			s.addSmall(c, e)
			return
		}
		s.big, s.d = true, decimal.New(s.c, s.e)
	}
	s.d = s.d.Add(d)
}

// addProduct adds w·(v·10^ve).
func (s *sum) addProduct(w decimal.Decimal, v int64, ve int32) {
	if wc, we, ok := small(w); ok {
		if p, ok := smalldec.Mul(wc, v); ok {
			s.addSmall(p, we+ve)
			return
		}
	}
	s.add(w.Mul(decimal.New(v, ve)))
}

// sign returns the sign of the sum.
func (s *sum) sign() int {
	if s.big {
		return s.d.Sign()
	}
	return cmp.Compare(s.c, 0)
}

// decimal returns the sum as a decimal.
func (s *sum) decimal() decimal.Decimal {
	if s.big {
		return s.d
	}
	return decimal.New(s.c, s.e)
}

// divRound returns num/den rounded half away from zero to places places,
// as num.DivRound(den, places) does; den is not zero, and both are not
// negative.
func divRound(num, den *sum, places int32) decimal.Decimal {
	if !num.big && !den.big && num.c >= 0 && den.c > 0 {
		if q, ok := quoRound(num.c, int64(num.e)-int64(den.e)+int64(places), den.c); ok {
			return decimal.New(q, -places)
		}
	}
	return num.decimal().DivRound(den.decimal(), places)
}

// quoRound returns n·10^k / d rounded half up, n ≥ 0, d > 0, and whether
// the quotient fits an int64.
func quoRound(n, k, d int64) (int64, bool) {
	un, ud := uint64(n), uint64(d)
	if k < 0 {
		f, ok := smalldec.Pow10(-k)
		if !ok {
			return 0, false
		}
		hi, lo := bits.Mul64(ud, uint64(f))
		if hi != 0 || lo > math.MaxInt64 {
			return 0, false
		}
		ud, k = lo, 0
	}
	f, ok := smalldec.Pow10(k)
	if !ok {
		return 0, false
	}
	hi, lo := bits.Mul64(un, uint64(f))
	if hi >= ud {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, ud)
	if r >= ud-r { // 2r ≥ d: round half up
		q++
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

// bitBound[e+MaxScale] holds the decimals 2^(4·MaxDigits) and its
// opposite at exponent e, for decimalProblem to compare a coefficient's size
// without copying it. Read only.
var bitBound = func() (t [MaxScale + MaxDigits + 1][2]decimal.Decimal) {
	b := new(big.Int).Lsh(big.NewInt(1), 4*MaxDigits)
	n := new(big.Int).Neg(b)
	for i := range t {
		t[i] = [2]decimal.Decimal{decimal.NewFromBigInt(b, int32(i-MaxScale)), decimal.NewFromBigInt(n, int32(i-MaxScale))}
	}
	return t
}()
