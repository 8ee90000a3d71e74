package conformance

// Escaping proved through a GFM renderer (issue 21): every Markdown output
// of dossiers holding each attack, read by goldmark with GitHub's
// extensions (tables, strikethrough, autolinks, task lists), has exactly
// the structure of the same output for a plain name — no link, image,
// HTML, emphasis, strikethrough, heading, list, quote, code or table cell
// more — and its text shows the attack as it reads.

import (
	"bytes"
	"fmt"
	"html"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// gfm reads Markdown as GitHub does.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM))

// shape is what a Markdown document makes: the number of nodes of each
// kind that data must never make, its text, and its fenced blocks.
type shape struct {
	counts map[string]int
	text   string
	fences []string
}

// read parses md and returns its shape.
func read(md string) shape {
	src := []byte(md)
	doc := gfm.Parser().Parse(text.NewReader(src))
	s := shape{counts: map[string]int{}}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link, *ast.AutoLink, *ast.Image, *ast.RawHTML, *ast.HTMLBlock, *east.Strikethrough,
			*ast.Blockquote, *ast.CodeSpan, *ast.CodeBlock, *ast.ThematicBreak, *east.TableCell, *east.TaskCheckBox:
			s.counts[fmt.Sprintf("%T", n)]++
		case *ast.Emphasis:
			s.counts[fmt.Sprintf("%T level %d", n, n.Level)]++
		case *ast.Heading:
			s.counts[fmt.Sprintf("%T level %d", n, n.Level)]++
		case *ast.List:
			s.counts[fmt.Sprintf("%T", n)]++
		case *ast.ListItem:
			s.counts[fmt.Sprintf("%T", n)]++
		case *ast.FencedCodeBlock:
			s.counts["fence"]++
			var f strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				f.Write(seg.Value(src))
			}
			s.fences = append(s.fences, f.String())
		}
		return ast.WalkContinue, nil
	})
	// The text as a reader reads it: the HTML GitHub would show, its tags
	// left out and its entities read.
	var out bytes.Buffer
	if err := gfm.Renderer().Render(&out, src, doc); err != nil {
		panic(err)
	}
	s.text = html.UnescapeString(tags.ReplaceAllString(out.String(), ""))
	return s
}

var tags = regexp.MustCompile(`<[^>]*>`)

func TestMarkdownThroughGFM(t *testing.T) {
	for l := range lang.Langs() {
		for _, a := range attacks {
			base := build(t, plain(a.value)).markdown(l)
			o := build(t, a.value)
			got := o.markdown(l)
			for _, name := range slices.Sorted(maps.Keys(got)) {
				want, have := read(base[name]), read(got[name])
				for _, kind := range slices.Sorted(maps.Keys(mergeKeys(want.counts, have.counts))) {
					if have.counts[kind] != want.counts[kind] {
						t.Errorf("%s, %v, attack %q: %d %s, %d for a plain name: the name became markup", name, l, a.name, have.counts[kind], kind, want.counts[kind])
					}
				}
				if o.shows(name, a.value) && !strings.Contains(have.text, visible(a.value)) {
					t.Errorf("%s, %v, attack %q: the text does not show %q as it reads", name, l, a.name, visible(a.value))
				}
				for _, f := range have.fences {
					if strings.Contains(f, a.value) || strings.Contains(f, visible(a.value)) {
						t.Errorf("%s, %v, attack %q: a Mermaid block holds the name:\n%s", name, l, a.name, f)
					}
				}
			}
		}
	}
}

// plain is a name that makes no markup, valid or not as attack is: a
// dossier whose text holds a control character is judged apart.
func plain(attack string) string {
	if strings.IndexFunc(attack, func(r rune) bool { return unicode.IsControl(r) || doc.Bidi(r) }) >= 0 {
		return "Plain\a"
	}
	return "Plain"
}

// mergeKeys returns the union of the keys of a and b.
func mergeKeys(a, b map[string]int) map[string]int {
	out := maps.Clone(a)
	for k := range b {
		out[k] = 0
	}
	return out
}
