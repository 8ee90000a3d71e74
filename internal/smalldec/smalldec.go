// Package smalldec does exact arithmetic on small decimals without
// allocating, for the packages whose hot paths compare and sum the bounded
// decimals of this library (weights, shares, thresholds, amounts).
//
// shopspring's Cmp, Add and Mul rescale through big.Int (allocating)
// whenever exponents differ. A Range reads a decimal's coefficient as an
// int64 when it is below Limit in absolute value and its exponent within
// the range; the integer helpers then say whether each step still fits an
// int64, and callers fall back to decimal.Decimal when one does not. Either
// way the results are those of shopspring, to the last digit.
//
// # Concurrency
//
// A Range is read only once built: safe for concurrent use. The functions
// are pure.
package smalldec

import (
	"cmp"
	"math"

	"github.com/shopspring/decimal"
)

// Digits is the number of digits of Limit-1.
const Digits = 15

// Limit bounds the coefficients read as int64: 10^15 < 2^53, so that the
// sums and products of a few of them still fit.
const Limit = 1_000_000_000_000_000

// Range reads the small decimals whose exponent lies in [min, max]. Build
// it once (NewRange) and share it: it holds one pair of decimals per
// exponent. Safe for concurrent use.
type Range struct {
	min, max int32
	// bound[e-min] holds Limit and -Limit as coefficients at exponent e:
	// d is compared at its own exponent, without rescaling.
	bound [][2]decimal.Decimal
}

// NewRange returns the Range of exponents min through max (min ≤ max).
func NewRange(min, max int32) *Range {
	r := &Range{min: min, max: max, bound: make([][2]decimal.Decimal, max-min+1)}
	for i := range r.bound {
		e := min + int32(i)
		r.bound[i] = [2]decimal.Decimal{decimal.New(Limit, e), decimal.New(-Limit, e)}
	}
	return r
}

// Small returns the coefficient and exponent of d if the coefficient is
// below Limit in absolute value and the exponent in r (any exponent for
// zero). It does not allocate.
func (r *Range) Small(d decimal.Decimal) (int64, int32, bool) {
	e := d.Exponent()
	if d.Sign() == 0 {
		return 0, e, true
	}
	if e < r.min || e > r.max {
		return 0, 0, false
	}
	if b := &r.bound[e-r.min]; d.Cmp(b[0]) >= 0 || d.Cmp(b[1]) <= 0 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), e, true
}

// Cmp returns a.Cmp(b), without allocating when both are small.
func (r *Range) Cmp(a, b decimal.Decimal) int {
	if sa, sb := a.Sign(), b.Sign(); sa != sb {
		return cmp.Compare(sa, sb)
	}
	if ac, ae, ok := r.Small(a); ok {
		if bc, be, ok := r.Small(b); ok {
			if x, y, ok := Align(ac, int64(ae), bc, int64(be)); ok {
				return cmp.Compare(x, y)
			}
		}
	}
	return a.Cmp(b)
}

// CmpProduct returns x.Cmp(a.Mul(b)), without allocating when the three
// are small and the product fits an int64.
func (r *Range) CmpProduct(x, a, b decimal.Decimal) int {
	if xc, xe, ok := r.Small(x); ok {
		if ac, ae, ok := r.Small(a); ok {
			if bc, be, ok := r.Small(b); ok {
				if p, ok := Mul(ac, bc); ok {
					if u, v, ok := Align(xc, int64(xe), p, int64(ae)+int64(be)); ok {
						return cmp.Compare(u, v)
					}
				}
			}
		}
	}
	return x.Cmp(a.Mul(b))
}

// MaxPow10 is the largest k for which Pow10 reports true: 10^18 is the
// largest power of ten an int64 holds.
const MaxPow10 = 18

// pow10 holds 10^0 … 10^MaxPow10. Read only.
var pow10 = [MaxPow10 + 1]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Pow10 returns 10^k and whether it fits an int64 (0 ≤ k ≤ MaxPow10).
func Pow10(k int64) (int64, bool) {
	if k < 0 || k > MaxPow10 {
		return 0, false
	}
	return pow10[k], true
}

// ScaleUp returns c·10^k, k ≥ 0, and whether it fits an int64.
func ScaleUp(c, k int64) (int64, bool) {
	if c == 0 {
		return 0, true
	}
	f, ok := Pow10(k)
	if !ok || c > math.MaxInt64/f || c < math.MinInt64/f {
		return 0, false
	}
	return c * f, true
}

// Align returns a·10^ea and b·10^eb as integers at the smaller exponent,
// and whether both fit an int64.
func Align(a, ea, b, eb int64) (int64, int64, bool) {
	var ok bool
	switch {
	case ea > eb:
		a, ok = ScaleUp(a, ea-eb)
	case eb > ea:
		b, ok = ScaleUp(b, eb-ea)
	default:
		ok = true
	}
	return a, b, ok
}

// Add returns a+b and whether it fits an int64.
func Add(a, b int64) (int64, bool) {
	s := a + b
	return s, (s > a) == (b > 0)
}

// Mul returns a·b and whether it fits an int64.
func Mul(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if a == math.MinInt64 || b == math.MinInt64 {
		// p/b == a below cannot see MinInt64·-1 overflow: only ·1 fits.
		switch {
		case a == 1:
			return b, true
		case b == 1:
			return a, true
		}
		return 0, false
	}
	p := a * b
	return p, p/b == a
}
