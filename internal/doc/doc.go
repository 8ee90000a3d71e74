// Package doc is the one model of a document the module writes for a
// person — a report, a portfolio, a comparison — and its renderers: plain
// text, Markdown and HTML, from the same [Doc], so that a report is walked
// once. A chart ([Chart]) and a flow of steps ([Flow]) are described once
// and drawn by each renderer in its own way: Mermaid in Markdown, inline
// SVG in HTML, a table or words in text.
// It knows no model and has no words: its callers put the module's words
// in (from lang.Text tables, with [Say]); it lays them out and escapes the
// input's data.
//
// # Trusted words and input data
//
// A document is made of spans. Words of the module's own tables are
// [Words]; what an input holds — a project's name, a key, a file name, an
// error quoting an input — is [Data], escaped by each renderer for its
// format, by construction: in Markdown no HTML, link, autolink, emphasis or
// strikethrough comes from data, in HTML no element, attribute or entity,
// in text no control or bidirectional character reaches the terminal
// unseen. [Code] is data in a code span. The module's words are text in
// every format too: an "&" or a "<" in them is written as it reads.
//
// # Concurrency
//
// A Doc is built by one goroutine; once built, rendering it only reads it.
package doc

import (
	"strings"

	"github.com/seed424036fd/societal/lang"
)

// Span is a run of inline text of a document. The zero Span is empty.
type Span struct {
	text string
	kind spanKind
}

type spanKind uint8

const (
	words  spanKind = iota // the module's own words: trusted
	data                   // an input's text: escaped
	strong                 // the module's words, emphasised
	code                   // an input's text in a code span
)

// Words is the module's own text: labels, sentences from its tables,
// numbers it formatted.
func Words(s string) Span { return Span{s, words} }

// Data is text an input holds: escaped for the format it is written in.
func Data(s string) Span { return Span{s, data} }

// Strong is the module's own text, emphasised (bold in Markdown).
func Strong(s string) Span { return Span{s, strong} }

// Code is an identifier or a key (of the input or the format), in a code
// span in Markdown.
func Code(s string) Span { return Span{s, code} }

// IsZero reports whether s holds no text.
func (s Span) IsZero() bool { return s.text == "" }

// Line is a run of spans: one paragraph, one cell, one list item.
type Line []Span

// L makes a Line of spans; a string is Words.
func L(parts ...any) Line {
	out := make(Line, 0, len(parts))
	for _, p := range parts {
		switch p := p.(type) {
		case Span:
			out = append(out, p)
		case string:
			out = append(out, Words(p))
		case Line:
			out = append(out, p...)
		}
	}
	return out
}

// IsZero reports whether l holds no text.
func (l Line) IsZero() bool {
	for _, s := range l {
		if s.text != "" {
			return false
		}
	}
	return true
}

// Doc is a document: a list of blocks. The zero Doc is empty and ready to
// use.
type Doc struct {
	blocks []block
}

type blockKind uint8

const (
	heading blockKind = iota
	para
	table
	fields
	list
	numbered
	chart
	flow
	pageBreak
)

type block struct {
	kind  blockKind
	level int    // heading: 1 to 4
	text  Line   // heading, para
	head  []Line // table: the header; fields: none
	rows  [][]Line
	items []Line // list, numbered
	chart *Chart
	flow  *Flow
}

// Heading adds a heading of level 1 (the document's title) to 4.
func (d *Doc) Heading(level int, text ...any) {
	d.blocks = append(d.blocks, block{kind: heading, level: min(max(level, 1), 4), text: L(text...)})
}

// Para adds a paragraph.
func (d *Doc) Para(text ...any) { d.blocks = append(d.blocks, block{kind: para, text: L(text...)}) }

// Fields adds a table of names and values, one pair a row, with no header:
// "Verdict: Ready" lines in text.
func (d *Doc) Fields(rows ...[2]Line) {
	if len(rows) == 0 {
		return
	}
	b := block{kind: fields}
	for _, r := range rows {
		b.rows = append(b.rows, []Line{r[0], r[1]})
	}
	d.blocks = append(d.blocks, b)
}

// Table adds a table with a header; no rows adds nothing (no empty table
// under a title: the caller leaves the title out too, see [Doc.Section]).
func (d *Doc) Table(head []Line, rows [][]Line) {
	if len(rows) == 0 {
		return
	}
	d.blocks = append(d.blocks, block{kind: table, head: head, rows: rows})
}

// List adds a bulleted list; Numbered a numbered one.
func (d *Doc) List(items ...Line) {
	if len(items) > 0 {
		d.blocks = append(d.blocks, block{kind: list, items: items})
	}
}

// Numbered adds a numbered list.
func (d *Doc) Numbered(items ...Line) {
	if len(items) > 0 {
		d.blocks = append(d.blocks, block{kind: numbered, items: items})
	}
}

// Chart adds a chart: Mermaid in Markdown, inline SVG in HTML, its table
// in text (each format its table too, unless c.Beside). A chart with
// nothing to draw (no count above 0, an invalid kind) adds nothing.
func (d *Doc) Chart(c Chart) {
	if !c.empty() {
		d.blocks = append(d.blocks, block{kind: chart, chart: &c})
	}
}

// Flow adds a flow: Mermaid in Markdown, inline SVG in HTML, its Alt in
// text. A flow without nodes adds nothing.
func (d *Doc) Flow(f Flow) {
	if len(f.Nodes) > 0 {
		d.blocks = append(d.blocks, block{kind: flow, flow: &f})
	}
}

// NewPage starts a new page: HTML prints what follows from a new sheet
// (each dossier of a committee pack on its own); text and Markdown go on.
func (d *Doc) NewPage() { d.blocks = append(d.blocks, block{kind: pageBreak}) }

// Append adds the blocks of e at the end of d.
func (d *Doc) Append(e *Doc) { d.blocks = append(d.blocks, e.blocks...) }

// flatten writes a line's spans with esc for data and code, and wrap for
// emphasis and code spans.
func (l Line) render(b *strings.Builder, f *format) {
	for _, s := range l {
		switch s.kind {
		case words:
			b.WriteString(f.words(s.text))
		case data:
			b.WriteString(f.data(s.text))
		case strong:
			b.WriteString(f.strong(f.words(s.text)))
		case code:
			b.WriteString(f.code(s.text))
		}
	}
}

func (l Line) string(f *format) string {
	var b strings.Builder
	l.render(&b, f)
	return b.String()
}

// Say returns t in l as a line of a document: its words are the module's,
// and each argument stands where t places it, a [Span] as it is (the data
// of an input, escaped by the renderer), a [Line] as its spans, and a
// lang.Arg rendered in l as the module's words.
func Say(l lang.Lang, t lang.Text, args ...any) Line {
	var out Line
	t.Parts(l, len(args), func(s string) { out = append(out, Words(s)) }, func(n int) {
		switch a := args[n].(type) {
		case Span:
			out = append(out, a)
		case Line:
			out = append(out, a...)
		case lang.Arg:
			out = append(out, Words(a.Label(l)))
		}
	})
	return out
}

// Report is the document of a report of package societal in a language:
// that package sets it when it is initialised (it takes a
// *societal.Report), so that a portfolio's pack puts each dossier's report
// after the portfolio from the report's own walk, in the same page. Nil
// until then.
var Report func(report any, l lang.Lang) *Doc
