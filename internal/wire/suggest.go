package wire

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Suggest returns `; did you mean "key"?` when one of keys is within a small
// edit distance of s (ignoring case), and "" otherwise. The distance allowed
// grows with the length of the key: one edit up to 4 characters, two up to
// 8, three beyond.
func Suggest(s string, keys []string) string {
	if len(s) > MaxText || !utf8.ValidString(s) {
		return ""
	}
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
	if best == "" {
		return ""
	}
	return "; did you mean " + strconv.Quote(best) + "?"
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
