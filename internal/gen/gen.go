// Package gen holds the rapid generators of plain values that the module's
// test kits share (innovationtest, evaluationtest, partnershiptest,
// societaltest): printable text and bounded decimals. Import it from tests
// and test kits only. It has no state: safe for concurrent use.
package gen

import (
	"strings"
	"unicode"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// maxTextRunes bounds every generated text: 48 runes of at most 4 bytes fit
// in every limit of the library (innovation.MaxProse, partnership.MaxText).
const maxTextRunes = 48

// Text generates printable text of minRunes to maxRunes runes (clamped to
// maxTextRunes): letters (accented ones included), digits, punctuation and
// spaces, never a control character, a NUL byte or U+FFFD, and never blank
// (spaces only): empty or with a visible character, as every name must be.
func Text(minRunes, maxRunes int) *rapid.Generator[string] {
	maxRunes = min(maxRunes, maxTextRunes)
	return rapid.StringOfN(rapid.RuneFrom([]rune("aéèçô -'"), unicode.L, unicode.N, unicode.P, unicode.Zs), minRunes, maxRunes, 4*maxRunes).
		Filter(func(s string) bool { return s == "" || strings.TrimFunc(s, unicode.IsSpace) != "" })
}

// Positive generates a decimal in [0.001, 1e6] with at most 3 places: a
// weight that every package accepts.
func Positive(t *rapid.T, label string) decimal.Decimal {
	return decimal.New(rapid.Int64Range(1, 1_000_000).Draw(t, label), -int32(rapid.IntRange(0, 3).Draw(t, label+".scale")))
}

// Signed generates a decimal in [-1e9, 1e9] with at most 4 places.
func Signed(t *rapid.T, label string) decimal.Decimal {
	return decimal.New(rapid.Int64Range(-1_000_000_000, 1_000_000_000).Draw(t, label), -int32(rapid.IntRange(0, 4).Draw(t, label+".scale")))
}

// Money generates a non-negative amount below 1e12 with at most 2 places.
func Money(t *rapid.T, label string) decimal.Decimal {
	return decimal.New(rapid.Int64Range(0, 1_000_000_000_000).Draw(t, label), -int32(rapid.IntRange(0, 2).Draw(t, label+".scale")))
}

// Subset draws a subset of all, in a random order, each value at most once.
func Subset[E any](t *rapid.T, label string, all []E) []E {
	perm := rapid.Permutation(all).Draw(t, label)
	return perm[:rapid.IntRange(0, len(all)).Draw(t, label+".len")]
}

// Clamp returns n within [lo, hi].
func Clamp(n, lo, hi int) int { return max(lo, min(n, hi)) }
