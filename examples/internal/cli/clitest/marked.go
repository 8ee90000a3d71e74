package clitest

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/seed424036fd/societal/lang"
)

// Marked fails unless every word of out, what the program name wrote in
// the pseudo-locale (lang.Pseudo), came from a table of texts, marked
// ⟦thus⟧, or is one of data: the input's own words (names, keys a person
// types), which have no language. Mermaid blocks are left out: their
// syntax is not prose, and their labels are the library's, tested there.
func Marked(t *testing.T, name, out string, data ...string) {
	t.Helper()
	var b strings.Builder
	mermaid := false
	for line := range strings.Lines(out) {
		switch {
		case strings.HasPrefix(line, "```mermaid"):
			mermaid = true
		case mermaid && strings.HasPrefix(line, "```"):
			mermaid = false
		case !mermaid:
			b.WriteString(line)
		}
	}
	data = slices.Clone(data)
	slices.SortFunc(data, func(a, b string) int { return len(b) - len(a) }) // longest first
	drop := func(s string) string {
		for _, d := range data {
			if d != "" {
				s = strings.ReplaceAll(s, d, " ")
			}
		}
		return s
	}
	// Data as written (it may hold marked words), then as what is left
	// unmarked.
	u := drop(lang.Unmarked(drop(b.String())))
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(u, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) > 1 && !seen[w] {
			seen[w] = true
			t.Errorf("%s -lang %s: %q is not marked: a word that escaped the tables", name, lang.Pseudo, w)
		}
	}
}
