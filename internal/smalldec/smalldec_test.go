package smalldec

import (
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
)

// testRange covers the exponents of both packages that use smalldec
// (evaluation: -12…30; partnership: -24…30).
var testRange = NewRange(-24, 30)

func TestPow10(t *testing.T) {
	want := big.NewInt(1)
	for k := int64(0); k <= MaxPow10; k++ {
		p, ok := Pow10(k)
		if !ok || p != want.Int64() {
			t.Fatalf("Pow10(%d) = %d, %v; want %s", k, p, ok, want)
		}
		want.Mul(want, big.NewInt(10))
	}
	if want.IsInt64() {
		t.Fatalf("10^%d = %s still fits an int64: MaxPow10 is not the largest", MaxPow10+1, want)
	}
	for _, k := range []int64{-1, MaxPow10 + 1, math.MaxInt64, math.MinInt64} {
		if p, ok := Pow10(k); ok {
			t.Errorf("Pow10(%d) = %d, true", k, p)
		}
	}
}

func TestSmall(t *testing.T) {
	for _, tc := range []struct {
		d    decimal.Decimal
		c    int64
		e    int32
		ok   bool
		name string
	}{
		{decimal.New(0, 0), 0, 0, true, "zero"},
		{decimal.New(0, 99), 0, 99, true, "zero at any exponent"},
		{decimal.New(Limit-1, -24), Limit - 1, -24, true, "largest, lowest exponent"},
		{decimal.New(-(Limit - 1), 30), -(Limit - 1), 30, true, "most negative, highest exponent"},
		{decimal.New(Limit, 0), 0, 0, false, "the limit"},
		{decimal.New(-Limit, 0), 0, 0, false, "minus the limit"},
		{decimal.New(1, -25), 0, 0, false, "exponent below the range"},
		{decimal.New(1, 31), 0, 0, false, "exponent above the range"},
		{decimal.RequireFromString("123456789012345678901234567890"), 0, 0, false, "30 digits"},
	} {
		c, e, ok := testRange.Small(tc.d)
		if c != tc.c || e != tc.e || ok != tc.ok {
			t.Errorf("%s: Small(%s) = %d, %d, %v; want %d, %d, %v", tc.name, tc.d, c, e, ok, tc.c, tc.e, tc.ok)
		}
	}
}

// The comparisons allocate nothing when the operands are small.
func TestCmpAllocs(t *testing.T) {
	a, b, x := decimal.New(5, -1), decimal.New(333, -3), decimal.New(12, -2)
	if n := testing.AllocsPerRun(100, func() {
		testRange.Cmp(a, b)
		testRange.CmpProduct(x, a, b)
	}); n != 0 {
		t.Errorf("Cmp and CmpProduct allocate %v times", n)
	}
}

// FuzzArith checks the int64 helpers against math/big: each reports that
// its result fits exactly when the exact result does, and is then exact.
func FuzzArith(f *testing.F) {
	f.Add(int64(1), int64(2), int8(3), int8(-3))
	f.Add(int64(math.MaxInt64), int64(1), int8(0), int8(0))
	f.Add(int64(math.MinInt64), int64(-1), int8(18), int8(19))
	f.Add(int64(-922337203685477580), int64(10), int8(1), int8(0))
	f.Fuzz(func(t *testing.T, a, b int64, ea, eb int8) {
		ba, bb := big.NewInt(a), big.NewInt(b)
		check := func(op string, got int64, ok bool, want *big.Int) {
			t.Helper()
			if ok != want.IsInt64() || ok && got != want.Int64() {
				t.Fatalf("%s(%d, %d): %d, %v; exact %s", op, a, b, got, ok, want)
			}
		}
		s, ok := Add(a, b)
		check("Add", s, ok, new(big.Int).Add(ba, bb))
		p, ok := Mul(a, b)
		check("Mul", p, ok, new(big.Int).Mul(ba, bb))
		if k := int64(ea); k >= 0 {
			u, ok := ScaleUp(a, k)
			check("ScaleUp", u, ok, new(big.Int).Mul(ba, new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)))
		}
		x, y, ok := Align(a, int64(ea), b, int64(eb))
		lo := min(int64(ea), int64(eb))
		wx := new(big.Int).Mul(ba, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(ea)-lo), nil))
		wy := new(big.Int).Mul(bb, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(eb)-lo), nil))
		if ok != (wx.IsInt64() && wy.IsInt64()) || ok && (x != wx.Int64() || y != wy.Int64()) {
			t.Fatalf("Align(%d, %d, %d, %d) = %d, %d, %v; exact %s, %s", a, ea, b, eb, x, y, ok, wx, wy)
		}
	})
}

// FuzzCmp checks the comparisons against shopspring's Cmp and Mul, on both
// their int64 paths and their fallbacks.
func FuzzCmp(f *testing.F) {
	f.Add(int64(5), int64(333), int64(12), int8(-1), int8(-3), int8(-2))
	f.Add(int64(Limit-1), int64(-(Limit - 1)), int64(1), int8(-24), int8(30), int8(0))
	f.Add(int64(math.MaxInt64), int64(math.MinInt64), int64(0), int8(-40), int8(40), int8(7))
	f.Fuzz(func(t *testing.T, ac, bc, xc int64, ae, be, xe int8) {
		a, b, x := decimal.New(ac, int32(ae)), decimal.New(bc, int32(be)), decimal.New(xc, int32(xe))
		if got, want := testRange.Cmp(a, b), a.Cmp(b); got != want {
			t.Fatalf("Cmp(%s, %s) = %d, want %d", a, b, got, want)
		}
		if got, want := testRange.CmpProduct(x, a, b), x.Cmp(a.Mul(b)); got != want {
			t.Fatalf("CmpProduct(%s, %s, %s) = %d, want %d", x, a, b, got, want)
		}
		c, e, ok := testRange.Small(a)
		inRange := ac == 0 || ac > -Limit && ac < Limit && int32(ae) >= -24 && int32(ae) <= 30
		if ok != inRange || ok && !decimal.New(c, e).Equal(a) {
			t.Fatalf("Small(%s) = %d, %d, %v", a, c, e, ok)
		}
	})
}

func BenchmarkCmp(b *testing.B) {
	x, y := decimal.New(5, -1), decimal.New(333, -3)
	b.ReportAllocs()
	for range b.N {
		testRange.Cmp(x, y)
	}
}

func BenchmarkCmpProduct(b *testing.B) {
	x, y, z := decimal.New(12, -2), decimal.New(5, -1), decimal.New(333, -3)
	b.ReportAllocs()
	for range b.N {
		testRange.CmpProduct(x, y, z)
	}
}
