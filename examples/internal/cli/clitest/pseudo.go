package clitest

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/lang"
)

// word is a run of two letters or more: a word a reader reads.
var word = regexp.MustCompile(`\p{L}[\p{L}\p{M}'’-]*\p{L}`)

// codeSpan is a Markdown code span: a key or an identifier, not a word.
var codeSpan = regexp.MustCompile("`+[^`]*`+")

// quoted is a double-quoted string of a Mermaid diagram: its labels.
var quoted = regexp.MustCompile(`"[^"]*"`)

// Pseudo fails unless out, what name wrote in the pseudo-locale
// (lang.Pseudo), holds no word but marked ones (⟦…⟧) and data: data are
// the texts the input holds, as the caller knows them (names, ids, file
// names, a quoted input value). Keys and identifiers in Markdown code
// spans are not words; in a Mermaid block only the quoted labels and the
// titles are read, the rest being the diagram's syntax and its directives
// ("%%{init: …}%%") its settings. Every word that
// escaped the module's tables is reported with its line.
func Pseudo(t *testing.T, name, out string, data ...string) {
	t.Helper()
	mermaid := false
	for i, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "```mermaid"):
			mermaid = true
			continue
		case mermaid && strings.HasPrefix(line, "```"):
			mermaid = false
			continue
		case mermaid && strings.HasPrefix(line, "%%{"):
			continue // a directive: the diagram's settings, not its text
		case mermaid:
			line = mermaidText(line)
		}
		for _, w := range unmarkedWords(codeSpan.ReplaceAllString(line, " "), data) {
			t.Errorf("%s in the pseudo-locale, line %d: %q is not marked: %q", name, i+1, w, line)
		}
	}
}

// PseudoJSON is Pseudo for a JSON document: keys are the format's, and a
// string value that reads as a key (lowercase ASCII, digits, "-", "_",
// ".", "+") is an enumeration's key; every other string value must hold
// no word but marked ones and data.
func PseudoJSON(t *testing.T, name string, out []byte, data ...string) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			if err.Error() != "EOF" {
				t.Errorf("%s: not JSON: %v", name, err)
			}
			return
		}
		walkJSON(v, func(s string) {
			if keyLike.MatchString(s) {
				return
			}
			for _, w := range unmarkedWords(s, data) {
				t.Errorf("%s in the pseudo-locale: %q is not marked in the JSON string %q", name, w, s)
			}
		})
	}
}

var keyLike = regexp.MustCompile(`^[a-z0-9][a-z0-9._+:/-]*$`)

func walkJSON(v any, str func(string)) {
	switch v := v.(type) {
	case string:
		str(v)
	case []any:
		for _, e := range v {
			walkJSON(e, str)
		}
	case map[string]any:
		for _, e := range v {
			walkJSON(e, str)
		}
	}
}

// mermaidText returns what a reader reads of a line of a Mermaid diagram:
// its quoted labels, and what follows "title".
func mermaidText(line string) string {
	var parts []string
	for _, q := range quoted.FindAllString(line, -1) {
		parts = append(parts, q[1:len(q)-1])
	}
	if _, title, ok := strings.Cut(line, "title "); ok {
		parts = append(parts, quoted.ReplaceAllString(title, " "))
	}
	return strings.Join(parts, " ")
}

// unmarkedWords returns the words of s outside the pseudo-locale's marks
// and outside data.
func unmarkedWords(s string, data []string) []string {
	s = lang.Unmarked(s)
	data = slices.Clone(data)
	slices.SortFunc(data, func(a, b string) int { return len(b) - len(a) }) // the longest first
	for _, d := range data {
		if d != "" {
			s = strings.ReplaceAll(s, d, " ")
		}
	}
	return word.FindAllString(s, -1)
}
