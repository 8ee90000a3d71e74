package partnership

import (
	"bytes"
	"cmp"
	"math"
	"strconv"

	"github.com/shopspring/decimal"
)

// Alloc-free comparisons of decimals. shopspring's Cmp rescales one operand
// (allocating big.Ints) whenever the exponents differ; the partnership's
// decimals are small (shares of power, thresholds, amounts), so these
// compare their coefficients as int64 when they fit, and fall back to
// decimal.Cmp otherwise. The results are those of decimal.Cmp.

// smallLimit bounds the coefficients read as int64: 10^15 < 2^53, so that
// the sums and products of a few of them still fit.
const smallLimit = 1_000_000_000_000_000

// small returns the coefficient and exponent of d if the coefficient is
// below smallLimit in absolute value and the exponent between -2·MaxScale
// (a product of two bounded decimals) and MaxIntegerDigits. It does not
// allocate.
func small(d decimal.Decimal) (int64, int32, bool) {
	e := d.Exponent()
	if d.Sign() == 0 {
		return 0, e, true
	}
	if e < -2*MaxScale || e > MaxIntegerDigits {
		return 0, 0, false
	}
	// Compared at d's own exponent: no copy, no rescaling.
	if b := &smallBound[e+2*MaxScale]; d.Cmp(b[0]) >= 0 || d.Cmp(b[1]) <= 0 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), e, true
}

// smallBound[e+2*MaxScale] holds smallLimit and its opposite as
// coefficients at exponent e. Read only.
var smallBound = func() (t [2*MaxScale + MaxIntegerDigits + 1][2]decimal.Decimal) {
	for i := range t {
		t[i] = [2]decimal.Decimal{decimal.New(smallLimit, int32(i-2*MaxScale)), decimal.New(-smallLimit, int32(i-2*MaxScale))}
	}
	return t
}()

// pow10 holds 10^0 … 10^18, the powers of ten an int64 holds.
var pow10 = [...]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// scaleUp returns c·10^k, k ≥ 0, and whether it fits an int64.
func scaleUp(c int64, k int64) (int64, bool) {
	if c == 0 {
		return 0, true
	}
	if k >= int64(len(pow10)) {
		return 0, false
	}
	f := pow10[k]
	if c > math.MaxInt64/f || c < math.MinInt64/f {
		return 0, false
	}
	return c * f, true
}

// align returns a·10^ea and b·10^eb as integers at the smaller exponent.
func align(a, ea, b, eb int64) (int64, int64, bool) {
	var ok bool
	switch {
	case ea > eb:
		a, ok = scaleUp(a, ea-eb)
	case eb > ea:
		b, ok = scaleUp(b, eb-ea)
	default:
		ok = true
	}
	return a, b, ok
}

// mulSmall returns a·b and whether it fits an int64; a and b are below
// smallLimit, so neither is math.MinInt64.
func mulSmall(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	return p, p/b == a
}

// cmpDec returns a.Cmp(b), without allocating when both are small.
func cmpDec(a, b decimal.Decimal) int {
	if sa, sb := a.Sign(), b.Sign(); sa != sb {
		return cmp.Compare(sa, sb)
	}
	if ac, ae, ok := small(a); ok {
		if bc, be, ok := small(b); ok {
			if x, y, ok := align(ac, int64(ae), bc, int64(be)); ok {
				return cmp.Compare(x, y)
			}
		}
	}
	return a.Cmp(b)
}

// cmpProd returns x.Cmp(a.Mul(b)), without allocating when the three are
// small and the product fits an int64.
func cmpProd(x, a, b decimal.Decimal) int {
	if xc, xe, ok := small(x); ok {
		if ac, ae, ok := small(a); ok {
			if bc, be, ok := small(b); ok {
				if ab, ok := mulSmall(ac, bc); ok {
					if u, v, ok := align(xc, int64(xe), ab, int64(ae)+int64(be)); ok {
						return cmp.Compare(u, v)
					}
				}
			}
		}
	}
	return x.Cmp(a.Mul(b))
}

// fixed formats c·10^e rounded half away from zero to places decimals
// (0 ≤ places ≤ 18), as decimal.New(c, e).StringFixed(places) does, or, with
// trim, as decimal.New(c, e).Round(places).String() does (trailing zeros of
// the fraction and a bare point dropped). It reports false when the result
// does not fit an int64; the caller then falls back to shopspring. One
// allocation, for the string.
func fixed(c int64, e, places int32, trim bool) (string, bool) {
	if places < 0 || places >= int32(len(pow10)) {
		return "", false
	}
	var n int64
	switch k := int64(e) + int64(places); {
	case k >= 0:
		var ok bool
		if n, ok = scaleUp(c, k); !ok {
			return "", false
		}
	case k <= -int64(len(pow10)):
		// |c| < 10^18 < 10^-k / 2 (c comes from small): rounds to zero.
		if c > smallLimit || c < -smallLimit {
			return "", false
		}
	default:
		f := pow10[-k]
		n = c / f
		r := c % f
		if r < 0 {
			r = -r
		}
		if r >= f-r { // 2|r| ≥ f, without overflow
			if c < 0 {
				n--
			} else {
				n++
			}
		}
	}
	var buf [48]byte
	b := buf[:0]
	if n < 0 {
		b = append(b, '-')
	}
	var digits [24]byte
	u := uint64(n)
	if n < 0 {
		u = uint64(-n) // two's complement: right for math.MinInt64 too
	}
	ds := strconv.AppendUint(digits[:0], u, 10)
	if p := int(places); p > 0 {
		if len(ds) <= p {
			b = append(b, '0', '.')
			for range p - len(ds) {
				b = append(b, '0')
			}
			b = append(b, ds...)
		} else {
			b = append(b, ds[:len(ds)-p]...)
			b = append(b, '.')
			b = append(b, ds[len(ds)-p:]...)
		}
		if trim {
			b = bytes.TrimRight(b, "0")
			b = bytes.TrimSuffix(b, []byte("."))
		}
	} else {
		b = append(b, ds...)
	}
	return string(b), true
}

// formatFixed returns d.StringFixed(places), or d.Round(places).String()
// with trim, without the big.Int arithmetic when d is small.
func formatFixed(d decimal.Decimal, places int32, trim bool) string {
	if c, e, ok := small(d); ok {
		if s, ok := fixed(c, e, places, trim); ok {
			return s
		}
	}
	if trim {
		return d.Round(places).String()
	}
	return d.StringFixed(places)
}
