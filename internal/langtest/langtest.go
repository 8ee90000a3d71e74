// Package langtest finds, in an output rendered in the pseudo-locale
// (lang.Pseudo), the words that escaped the module's tables of texts: the
// one check behind every package's and program's pseudo-locale test; and
// checks that every text of a table is written in every language (Filled),
// the other test every table of texts has. Import it from tests only. It
// has no state.
package langtest

import (
	"encoding/json"
	"errors"
	"io"
	"iter"
	"regexp"
	"slices"
	"strings"

	"github.com/seed424036fd/societal/lang"
)

// Escape is a word of an output that is neither marked nor data.
type Escape struct {
	Line int    // from 1; 0 in a JSON string
	Word string // the word
	Text string // its line, or its JSON string
}

var (
	// word is a run of two letters or more: a word a reader reads.
	word = regexp.MustCompile(`\p{L}[\p{L}\p{M}'’-]*\p{L}`)
	// codeSpan is a Markdown code span: a key or an identifier.
	codeSpan = regexp.MustCompile("`+[^`]*`+")
	// quoted is a double-quoted string of a Mermaid diagram: a label.
	quoted = regexp.MustCompile(`"[^"]*"`)
	// keyLike is a JSON string that reads as an enumeration's key.
	keyLike = regexp.MustCompile(`^[a-z0-9][a-z0-9._+:/-]*$`)
)

// Escaped returns the words of out, rendered in lang.Pseudo, that are
// neither marked (⟦…⟧: from a table of texts) nor data — the texts the
// input holds, as the caller knows them (names, ids, file names), as
// written or as a renderer escaped them. Keys in Markdown code spans are
// not words. A Mermaid diagram (a fenced block, or out itself when it
// starts with a diagram's first keyword) is read for its quoted labels and
// titles only; its directives (%%{…}%%) and syntax are not prose.
func Escaped(out string, data ...string) []Escape {
	data = longestFirst(data)
	var found []Escape
	for ln := range Lines(out) {
		text := ln.Text
		if ln.Mermaid {
			if strings.HasPrefix(strings.TrimSpace(text), "%%") {
				continue
			}
			text = labels(text)
		}
		for _, w := range words(codeSpan.ReplaceAllString(text, " "), data) {
			found = append(found, Escape{Line: ln.N, Word: w, Text: ln.Text})
		}
	}
	return found
}

// A Line is a line of an output: its number, from 1, its text, and
// whether it stands in a Mermaid diagram.
type Line struct {
	N       int
	Text    string
	Mermaid bool
}

// Lines yields the lines of out but the fences of its Mermaid diagrams
// (a block from "```mermaid" to "```"), each marked as in a diagram or
// not; out that starts with a diagram's first keyword is a diagram whole.
func Lines(out string) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		mermaid := startsDiagram(out)
		for i, line := range strings.Split(out, "\n") {
			switch {
			case strings.HasPrefix(line, "```mermaid"):
				mermaid = true
			case mermaid && strings.HasPrefix(line, "```"):
				mermaid = false
			default:
				if !yield(Line{N: i + 1, Text: line, Mermaid: mermaid}) {
					return
				}
			}
		}
	}
}

// EscapedJSON is Escaped for JSON documents (one, or a stream): keys are
// the format's, a string value that reads as a key (lowercase ASCII,
// digits and . _ + : / -) is an enumeration's key, and every other string
// must hold no word but marked ones and data.
func EscapedJSON(out []byte, data ...string) ([]Escape, error) {
	data = longestFirst(data)
	var found []Escape
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			if errors.Is(err, io.EOF) {
				return found, nil
			}
			return found, err
		}
		walk(v, func(s string) {
			if keyLike.MatchString(s) {
				return
			}
			for _, w := range words(s, data) {
				found = append(found, Escape{Word: w, Text: s})
			}
		})
	}
}

func walk(v any, str func(string)) {
	switch v := v.(type) {
	case string:
		str(v)
	case []any:
		for _, e := range v {
			walk(e, str)
		}
	case map[string]any:
		for _, e := range v {
			walk(e, str)
		}
	}
}

// startsDiagram reports whether out is a Mermaid diagram alone.
func startsDiagram(out string) bool {
	for _, k := range []string{"flowchart", "graph", "pie", "xychart-beta", "%%{"} {
		if strings.HasPrefix(out, k) {
			return true
		}
	}
	return false
}

// labels returns what a reader reads of a line of a Mermaid diagram: its
// quoted labels, and what follows "title".
func labels(line string) string {
	var parts []string
	for _, q := range quoted.FindAllString(line, -1) {
		parts = append(parts, q[1:len(q)-1])
	}
	if _, title, ok := strings.Cut(line, "title "); ok {
		parts = append(parts, quoted.ReplaceAllString(title, " "))
	}
	return strings.Join(parts, " ")
}

// words returns the words of s outside the marks and the data: data is
// taken out as written (it may hold marked words), then from what is left
// unmarked.
func words(s string, data []string) []string {
	drop := func(s string) string {
		for _, d := range data {
			if d != "" {
				s = strings.ReplaceAll(s, d, " ")
			}
		}
		return s
	}
	return word.FindAllString(drop(lang.Unmarked(drop(s))), -1)
}

func longestFirst(data []string) []string {
	data = slices.Clone(data)
	slices.SortStableFunc(data, func(a, b string) int { return len(b) - len(a) })
	return data
}
