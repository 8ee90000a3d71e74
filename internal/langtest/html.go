package langtest

import (
	"html"
	"regexp"
	"strings"
)

var (
	// styleElement is a page's stylesheet: not text.
	styleElement = regexp.MustCompile(`(?s)<style>.*?</style>`)
	// codeElement is a key or an identifier, as a Markdown code span is.
	codeElement = regexp.MustCompile(`(?s)<code>.*?</code>`)
	// tag is an element's tag with its attributes: markup, not text.
	tag = regexp.MustCompile(`<[^>]*>`)
)

// HTMLText returns the text of an HTML page as a reader (or a screen
// reader) reads it: its stylesheet and tags left out (each tag ending a
// line: an SVG's <title>, <desc> and labels each on its own), its entities
// read.
func HTMLText(page string) string {
	page = styleElement.ReplaceAllString(page, "")
	page = tag.ReplaceAllString(page, "\n")
	return html.UnescapeString(page)
}

// EscapedHTML is Escaped for an HTML page: the words of its text
// (HTMLText) that are neither marked nor data; keys in <code> elements are
// not words.
func EscapedHTML(page string, data ...string) []Escape {
	var out []Escape
	for _, e := range Escaped(HTMLText(codeElement.ReplaceAllString(page, " ")), data...) {
		if strings.TrimSpace(e.Text) != "" {
			out = append(out, e)
		}
	}
	return out
}
