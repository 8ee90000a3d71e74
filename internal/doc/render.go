package doc

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
)

// format is one output format: how it writes each kind of span.
type format struct {
	words  func(string) string
	data   func(string) string
	strong func(string) string
	code   func(string) string
}

// Options are what a renderer needs to know of the reader's language: the
// doc has no words of its own. The zero Options write ": " after a field
// name and French for the language of a page.
type Options struct {
	// Colon follows a field name in text: ": ", or " : " in French.
	Colon string
	// Lang is the language of the page HTML writes (<html lang>).
	Lang lang.Lang
}

func (o Options) colon() string {
	if o.Colon == "" {
		return ": "
	}
	return o.Colon
}

// Text renders d as plain text: headings underlined, fields as "name:
// value" lines, tables in aligned columns, diagrams replaced by what they
// show (a chart its table, a flow its words; a chart beside its table
// nothing). Data is escaped by [EscapeText].
func (d *Doc) Text(o Options) string {
	var b strings.Builder
	f := &textFormat
	first := true
	for _, bl := range d.blocks {
		if bl.kind == pageBreak || bl.kind == chart && bl.chart.Beside || bl.kind == flow && bl.flow.Alt.IsZero() {
			continue // nothing to show in text: no blank line either
		}
		if !first {
			b.WriteByte('\n')
		}
		first = false
		switch bl.kind {
		case heading:
			s := bl.text.string(f)
			b.WriteString(s)
			b.WriteByte('\n')
			if bl.level <= 2 {
				rule := "="
				if bl.level == 2 {
					rule = "-"
				}
				b.WriteString(strings.Repeat(rule, utf8.RuneCountInString(s)))
				b.WriteByte('\n')
			}
		case para:
			b.WriteString(bl.text.string(f))
			b.WriteByte('\n')
		case fields:
			for _, r := range bl.rows {
				writeTrimmed(&b, r[0].string(f)+o.colon()+r[1].string(f))
			}
		case table:
			writeColumns(&b, f, bl.head, bl.rows)
		case list:
			for _, it := range bl.items {
				writeTrimmed(&b, "  - "+it.string(f))
			}
		case numbered:
			for n, it := range bl.items {
				writeTrimmed(&b, "  "+strconv.Itoa(n+1)+". "+it.string(f))
			}
		case chart:
			writeTrimmed(&b, flat(bl.chart.Title))
			b.WriteByte('\n')
			head, rows := bl.chart.table()
			writeColumns(&b, f, head, rows)
		case flow:
			writeTrimmed(&b, bl.flow.Alt.string(f))
		}
	}
	return b.String()
}

// writeTrimmed writes s and a newline, without trailing spaces.
func writeTrimmed(b *strings.Builder, s string) {
	b.WriteString(strings.TrimRight(s, " "))
	b.WriteByte('\n')
}

// writeColumns writes a table as aligned columns under its header, the
// header underlined; the last column is not padded.
func writeColumns(b *strings.Builder, f *format, head []Line, rows [][]Line) {
	n := len(head)
	for _, r := range rows {
		n = max(n, len(r))
	}
	cells := make([][]string, 0, len(rows)+1)
	row := func(r []Line) []string {
		out := make([]string, n)
		for i := range min(len(r), n) {
			out[i] = r[i].string(f)
		}
		return out
	}
	cells = append(cells, row(head))
	for _, r := range rows {
		cells = append(cells, row(r))
	}
	width := make([]int, n)
	for _, r := range cells {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	line := func(r []string) {
		var s strings.Builder
		for i, c := range r {
			if i > 0 {
				s.WriteString("  ")
			}
			s.WriteString(c)
			if i < n-1 {
				s.WriteString(strings.Repeat(" ", width[i]-utf8.RuneCountInString(c)))
			}
		}
		writeTrimmed(b, s.String())
	}
	line(cells[0])
	rule := make([]string, n)
	for i := range rule {
		rule[i] = strings.Repeat("-", width[i])
	}
	line(rule)
	for _, r := range cells[1:] {
		line(r)
	}
}

// Markdown renders d as GitHub-flavoured Markdown: headings, tables,
// lists, charts and flows as Mermaid in fenced blocks (a chart's table
// after it unless it is beside it). Data is escaped by [EscapeMarkdown]
// (in a table cell, its pipes too), code spans are fenced so that no
// backtick in them closes them.
func (d *Doc) Markdown() string {
	var b strings.Builder
	first := true
	for _, bl := range d.blocks {
		if bl.kind == pageBreak {
			continue
		}
		if !first {
			b.WriteByte('\n')
		}
		first = false
		switch bl.kind {
		case heading:
			b.WriteString(strings.Repeat("#", bl.level))
			b.WriteByte(' ')
			b.WriteString(bl.text.string(&mdFormat))
			b.WriteByte('\n')
		case para:
			b.WriteString(bl.text.string(&mdFormat))
			b.WriteByte('\n')
		case fields:
			b.WriteString("| | |\n|---|---|\n")
			for _, r := range bl.rows {
				writeRow(&b, r)
			}
		case table:
			writeTable(&b, bl.head, bl.rows)
		case list:
			for _, it := range bl.items {
				b.WriteString("- ")
				b.WriteString(it.string(&mdFormat))
				b.WriteByte('\n')
			}
		case numbered:
			for n, it := range bl.items {
				b.WriteString(strconv.Itoa(n + 1))
				b.WriteString(". ")
				b.WriteString(it.string(&mdFormat))
				b.WriteByte('\n')
			}
		case chart:
			b.WriteString("```mermaid\n" + bl.chart.mermaid() + "```\n")
			if !bl.chart.Beside {
				b.WriteByte('\n')
				head, rows := bl.chart.table()
				writeTable(&b, head, rows)
			}
		case flow:
			b.WriteString("```mermaid\n" + bl.flow.Mermaid() + "```\n")
		}
	}
	return b.String()
}

// writeTable writes a Markdown table under its head.
func writeTable(b *strings.Builder, head []Line, rows [][]Line) {
	writeRow(b, head)
	b.WriteString("|" + strings.Repeat("---|", len(head)) + "\n")
	for _, r := range rows {
		writeRow(b, r)
	}
}

// writeRow writes one row of a Markdown table; an empty cell is written
// empty.
func writeRow(b *strings.Builder, r []Line) {
	b.WriteString("|")
	for _, c := range r {
		s := c.string(&cellFormat)
		if s == "" {
			b.WriteString(" |")
			continue
		}
		b.WriteString(" ")
		b.WriteString(s)
		b.WriteString(" |")
	}
	b.WriteByte('\n')
}

var (
	textFormat = format{words: flat, data: EscapeText, strong: flat, code: EscapeText}
	mdFormat   = format{words: mdWords, data: EscapeMarkdown, strong: mdStrong, code: mdCode}
	cellFormat = format{
		words:  func(s string) string { return strings.ReplaceAll(mdWords(s), "|", `\|`) },
		data:   EscapeMarkdown, // escapes "|" already
		strong: mdStrong,
		code:   func(s string) string { return strings.ReplaceAll(mdCode(s), "|", `\|`) },
	}
)

// flat writes the module's own words on one line.
func flat(s string) string { return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s) }

// mdWords writes the module's own words in Markdown: on one line; the
// module's words hold no Markdown but what its tables mean.
func mdWords(s string) string { return flat(s) }

func mdStrong(s string) string {
	if s == "" {
		return ""
	}
	return "**" + s + "**"
}

// mdCode writes s in a code span fenced by one more backtick than its
// longest run, padded when it starts or ends with one; control characters
// are shown escaped.
func mdCode(s string) string {
	if s == "" {
		return ""
	}
	s = visible(flat(s))
	run, longest := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// EscapeText writes s, text an input holds, for a terminal or a text file:
// on one line, its control characters and bidirectional controls shown as
// Go escapes (\x1b, \u202e), so that nothing of the input moves the cursor,
// colours the terminal or reorders what is read.
func EscapeText(s string) string { return visible(flat(s)) }

// visible replaces control characters, bidirectional controls and invalid
// UTF-8 with their Go escapes.
func visible(s string) string {
	clean := true
	for _, r := range s {
		if hidden(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if !hidden(r) {
			b.WriteRune(r)
			continue
		}
		if r == utf8.RuneError {
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16))
			continue
		}
		q := strconv.QuoteRuneToASCII(r)
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

// hidden reports whether r must not reach a reader as it is: a control
// character, a bidirectional control, a format character, or invalid UTF-8.
func hidden(r rune) bool {
	return r == utf8.RuneError || unicode.IsControl(r) || Bidi(r) || unicode.Is(unicode.Cf, r)
}

// Bidi reports whether r is a bidirectional control (U+202A–U+202E,
// U+2066–U+2069, U+200E, U+200F, U+061C), which reorders how the text
// around it reads.
func Bidi(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}

// EscapeMarkdown writes s, text an input holds, in Markdown as it reads,
// so that it makes nothing of Markdown or HTML: the characters that make
// emphasis, strikethrough, links, images, HTML, entities, code and table
// cells are backslash-escaped wherever they stand, those that open a
// heading, a quote or a list where s starts, and the ":" of "://" and the
// "." of "www." so that no GitHub autolink forms (nor an e-mail one:
// "@"). It is on one line, its control characters shown as EscapeText
// does.
func EscapeMarkdown(s string) string {
	s = visible(flat(s))
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	lead := len(s) - len(strings.TrimLeft(s, "0123456789"))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '@':
			b.WriteByte('\\')
		case '-', '+', '#':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if i == lead && i > 0 { // "1." or "1)" would start a numbered list
				b.WriteByte('\\')
			} else if c == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				b.WriteByte('\\')
			}
		case ':':
			if strings.HasPrefix(s[i:], "://") {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// EscapeCSV writes s, text an input holds, as a spreadsheet cell shows it
// and never runs it: a cell that starts with "=", "+", "-", "@", a tab or
// a carriage return is prefixed with an apostrophe, as OWASP advises
// against formula injection; control characters are shown as EscapeText
// does. The CSV writer quotes the cell.
func EscapeCSV(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + visible(s)
	}
	return visible(s)
}
