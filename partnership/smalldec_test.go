package partnership

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
)

// shopspringFixed is what fixed stands for: shopspring's own formatting.
func shopspringFixed(d decimal.Decimal, places int32, trim bool) string {
	if trim {
		return d.Round(places).String()
	}
	return d.StringFixed(places)
}

func TestFixed(t *testing.T) {
	for _, tc := range []struct {
		c      int64
		e      int32
		places int32
		trim   bool
		want   string
	}{
		{5, -1, 2, false, "0.50"},
		{5, -1, 2, true, "0.5"},
		{125, -3, 2, false, "0.13"},      // half away from zero
		{-125, -3, 2, false, "-0.13"},    // half away from zero
		{1249, -4, 2, false, "0.12"},     // below half
		{-1, -4, 2, false, "0.00"},       // a negative rounding to zero has no sign
		{5, 3, 3, false, "5000.000"},     // positive exponent
		{5, 3, 0, true, "5000"},          // integer
		{50000, 0, 2, true, "50000"},     // trailing zeros of the integer part stay
		{3333, -4, 2, true, "0.33"},      // a third of the power, as pct shows it
		{1, -30, 2, false, "0.00"},       // far below the places
		{999_999, -6, 3, false, "1.000"}, // rounding carries into the integer part
	} {
		got, ok := fixed(tc.c, tc.e, tc.places, tc.trim)
		if !ok || got != tc.want {
			t.Errorf("fixed(%d, %d, %d, %v) = %q, %v; want %q", tc.c, tc.e, tc.places, tc.trim, got, ok, tc.want)
		}
		if ref := shopspringFixed(decimal.New(tc.c, tc.e), tc.places, tc.trim); ref != tc.want {
			t.Errorf("shopspring gives %q for %d·10^%d, the table says %q", ref, tc.c, tc.e, tc.want)
		}
	}
}

func TestFixedAllocs(t *testing.T) {
	d := decimal.New(3333, -4)
	if n := testing.AllocsPerRun(100, func() { _ = formatFixed(d, 3, false) }); n > 1 {
		t.Errorf("formatFixed allocates %v times, want at most 1 (the string)", n)
	}
}

// FuzzFixed checks the int64 formatting against shopspring's, its
// reference, on any coefficient, exponent and number of places.
func FuzzFixed(f *testing.F) {
	f.Add(int64(125), int32(-3), int32(2), false)
	f.Add(int64(-999_999), int32(-6), int32(3), true)
	f.Add(int64(math.MaxInt64), int32(0), int32(18), false)
	f.Add(int64(math.MinInt64), int32(-40), int32(0), true)
	f.Fuzz(func(t *testing.T, c int64, e, places int32, trim bool) {
		if e < -60 || e > 60 || places < 0 || places > 18 {
			return // shopspring's own reference gets slow far outside; formatFixed bounds them too
		}
		d := decimal.New(c, e)
		if got, want := formatFixed(d, places, trim), shopspringFixed(d, places, trim); got != want {
			t.Fatalf("formatFixed(%v, %d, %v) = %q, shopspring says %q", d, places, trim, got, want)
		}
		if got, ok := fixed(c, e, places, trim); ok {
			if want := shopspringFixed(d, places, trim); got != want {
				t.Fatalf("fixed(%d, %d, %d, %v) = %q, shopspring says %q", c, e, places, trim, got, want)
			}
		}
	})
}
