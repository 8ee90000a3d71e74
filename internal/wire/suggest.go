package wire

import (
	"strings"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
)

// suggestion returns the argument of a message that suggests, when it is
// rendered, the one of keys closest to s: "; did you mean "name"?" when one
// is within a small edit distance of s (ignoring case), nothing otherwise.
// The distance allowed grows with the length of the key: one edit up to 4
// characters, two up to 8, three beyond. Nothing is computed until the
// message is rendered: a problem never shown costs no comparison.
func suggestion(s string, keys []string) lang.Arg {
	if len(s) > MaxText || !utf8.ValidString(s) {
		return none{}
	}
	return suggest{s, keys}
}

type suggest struct {
	s    string
	keys []string
}

func (g suggest) Label(l lang.Lang) string {
	if best := closest(g.s, g.keys); best != "" {
		return didYouMean.Format(l, lang.Data(best))
	}
	return ""
}

// none is an argument that renders as nothing.
type none struct{}

func (none) Label(lang.Lang) string { return "" }

// keyList is the argument of a message that lists keys: "a, b, c",
// joined when the message is rendered.
type keyList []string

func (k keyList) Label(lang.Lang) string { return strings.Join(k, ", ") }

// closest returns the one of keys within the distance allowed of s, the
// closest, or "".
func closest(s string, keys []string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	best, bestDist := "", 0
	for _, k := range keys {
		d := distance(s, strings.ToLower(k))
		if d == 0 {
			continue // the same up to case: nothing to suggest
		}
		n := utf8.RuneCountInString(k)
		allowed := 3
		switch {
		case n <= 4:
			allowed = 1
		case n <= 8:
			allowed = 2
		}
		if d <= allowed && (best == "" || d < bestDist) {
			best, bestDist = k, d
		}
	}
	return best
}

// distance is the optimal string alignment distance between a and b, in
// characters: insertions, deletions, substitutions and transpositions of two
// neighbours each count one.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
