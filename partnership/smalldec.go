package partnership

import (
	"bytes"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/internal/smalldec"
)

// Alloc-free comparisons of decimals. shopspring's Cmp rescales one operand
// (allocating big.Ints) whenever the exponents differ; the partnership's
// decimals are small (shares of power, thresholds, amounts), so these
// compare their coefficients as int64 when they fit (internal/smalldec),
// and fall back to decimal.Cmp otherwise. The results are those of
// decimal.Cmp.

// smallRange reads the decimals a partnership holds or derives: exponents
// from -2·MaxScale (a product of two bounded decimals) to MaxIntegerDigits.
// Read only.
var smallRange = smalldec.NewRange(-2*MaxScale, MaxIntegerDigits)

// small returns the coefficient and exponent of d if the coefficient is
// below smalldec.Limit in absolute value and the exponent in smallRange.
// It does not allocate.
func small(d decimal.Decimal) (int64, int32, bool) { return smallRange.Small(d) }

// cmpDec returns a.Cmp(b), without allocating when both are small.
func cmpDec(a, b decimal.Decimal) int { return smallRange.Cmp(a, b) }

// cmpProd returns x.Cmp(a.Mul(b)), without allocating when the three are
// small and the product fits an int64.
func cmpProd(x, a, b decimal.Decimal) int { return smallRange.CmpProduct(x, a, b) }

// fixed formats c·10^e rounded half away from zero to places decimals
// (0 ≤ places ≤ 18), as decimal.New(c, e).StringFixed(places) does, or, with
// trim, as decimal.New(c, e).Round(places).String() does (trailing zeros of
// the fraction and a bare point dropped). It reports false when the result
// does not fit an int64; the caller then falls back to shopspring. One
// allocation, for the string.
func fixed(c int64, e, places int32, trim bool) (string, bool) {
	if places < 0 || places > smalldec.MaxPow10 {
		return "", false
	}
	var n int64
	switch k := int64(e) + int64(places); {
	case k >= 0:
		var ok bool
		if n, ok = smalldec.ScaleUp(c, k); !ok {
			return "", false
		}
	case k < -smalldec.MaxPow10:
		// |c| < 10^18 < 10^-k / 2 (c comes from small): rounds to zero.
		if c > smalldec.Limit || c < -smalldec.Limit {
			return "", false
		}
	default:
		f, _ := smalldec.Pow10(-k)
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
