// Package clitest checks the command line of an example program the same
// way for every program: each case runs the program with its arguments and
// checks the exit status and a part of what it wrote on standard output and
// standard error (LangOnly: the cases the programs share); OneLanguage
// checks that an output is in one language, with its typography; Pseudo
// that an output in the pseudo-locale holds no word outside the tables of
// texts; Golden compares a whole output with its golden file (rewritten
// with -update); Output does all three for a program's output in every
// language. Import it from tests only. Its
// one state is the -update flag.
package clitest

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

// Case is one run of a program: its arguments, the exit status wanted, and
// a part of standard output and of standard error ("" wants the stream
// empty). A plain value, safe for concurrent use.
type Case struct {
	Args   []string
	Status int
	Stdout string
	Stderr string
}

// Run runs every case through run, the program's entry point, and reports
// each mismatch under the program's name.
func Run(t *testing.T, name string, run func(args []string, stdout, stderr io.Writer) int, cases []Case) {
	t.Helper()
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		status := run(c.Args, &stdout, &stderr)
		if status != c.Status {
			t.Errorf("%s %q: exit status %d, want %d; stderr %q", name, c.Args, status, c.Status, stderr.String())
		}
		for _, s := range []struct{ stream, got, want string }{{"stdout", stdout.String(), c.Stdout}, {"stderr", stderr.String(), c.Stderr}} {
			if s.want == "" && s.got != "" || !strings.Contains(s.got, s.want) {
				t.Errorf("%s %q: %s = %.200q, want it to contain %q", name, c.Args, s.stream, s.got, s.want)
			}
		}
	}
}

// typography is what OneLanguage checks of a language, outside Mermaid
// blocks, read off the language's own formats (package lang) so that a
// new language is checked with no code here: the character before ":",
// ";" and "%", the decimal mark and the digit grouping, and the special
// spaces the language never writes.
type typography struct {
	colon, semi, percent string // what precedes ":", ";", "%" ("" for nothing, no space)
	point, group         string // decimal mark, digit grouping
	foreign              string // special spaces the language never writes
}

func typographyOf(l lang.Lang) typography {
	before := func(s, mark string) string { return strings.TrimPrefix(s[:strings.Index(s, mark)], "50") }
	one := decimal.RequireFromString("1.5")
	point := strings.TrimSuffix(strings.TrimPrefix(l.Decimal(one, 1), "1"), "5")
	thousand := l.Int(1000)
	ty := typography{
		colon:   before(l.Colon(), ":"),
		semi:    before(l.Semicolon(), ";"),
		percent: before(l.Percent(decimal.RequireFromString("0.5"), 0), "%"),
		point:   point,
		group:   thousand[1 : len(thousand)-3],
	}
	all := l.Colon() + l.Semicolon() + l.Percent(one, 0) + thousand + l.Money(one, "EUR") + l.Quote("x")
	for _, sp := range []string{"\u00a0", "\u202f"} {
		if !strings.Contains(all, sp) {
			ty.foreign += sp
		}
	}
	return ty
}

// problems returns what in line breaks the typography.
func (ty typography) problems(line string) []string {
	var out []string
	for i, r := range line {
		switch r {
		case ':', ';', '%':
			want := map[rune]string{':': ty.colon, ';': ty.semi, '%': ty.percent}[r]
			next := line[i+1:]
			if r != '%' && next != "" && next[0] != ' ' {
				continue // "004:805", "12:30", "a;b": not punctuation of prose
			}
			prev := line[:i]
			if r == ';' && prev != "" && unicode.IsDigit(rune(prev[len(prev)-1])) {
				continue // "004:805-806; 003:1924" separates citations
			}
			spaced := prev != strings.TrimRight(prev, " \u00a0\u202f")
			if want != "" && !strings.HasSuffix(prev, want) || want == "" && spaced {
				out = append(out, string(r)+" after "+strconv.Quote(tail(prev)))
			}
		case '.', ',':
			sep := string(r)
			if sep == ty.point || i == 0 || i+1 >= len(line) || !isDigit(line[i-1]) || !isDigit(line[i+1]) {
				continue
			}
			if sep == ty.group && digitsAt(line[i+1:]) == 3 {
				continue // grouping
			}
			out = append(out, "the mark "+strconv.Quote(sep)+" between digits in "+strconv.Quote(tail(line[:i+2])))
		}
		if strings.ContainsRune(ty.foreign, r) {
			out = append(out, "the space "+strconv.QuoteRune(r))
		}
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func digitsAt(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// tail returns the last few characters of s, to show where a problem is.
func tail(s string) string {
	r := []rune(s)
	return string(r[max(0, len(r)-12):])
}

// OneLanguage fails unless out, what the program name wrote in lang, is in
// that language only: none of the foreign words (the other language's,
// as the caller knows them), no line ending in white space and, outside
// Mermaid blocks, the language's typography as its formats write it
// (package lang): in French a no-break space (U+00A0) before ":", ";" and
// "%" and a decimal comma; in English no space before them, no French
// space and no decimal comma.
func OneLanguage(t *testing.T, name string, l lang.Lang, out string, foreign ...string) {
	t.Helper()
	for _, w := range foreign {
		if strings.Contains(out, w) {
			t.Errorf("%s -lang %s: output holds %q", name, l, w)
		}
	}
	ty := typographyOf(l)
	for ln := range langtest.Lines(out) {
		if strings.TrimRight(ln.Text, " \t\u00a0") != ln.Text {
			t.Errorf("%s -lang %s: line %d ends in white space: %q", name, l, ln.N, ln.Text)
		}
		if ln.Mermaid {
			continue
		}
		for _, p := range ty.problems(ln.Text) {
			t.Errorf("%s -lang %s: line %d has %s: %q", name, l, ln.N, p, ln.Text)
		}
	}
}

// flagName is a flag as the usage names it: "-csv", "-help".
var flagName = regexp.MustCompile(`-[a-z][a-z0-9-]*`)

// Usage checks the usage of the program name, printed by -h in each
// language: a golden file per language (usage.fr, usage.en) and no word
// outside the tables in the pseudo-locale (the flags' names, the
// program's name and its operands are data).
func Usage(t *testing.T, name string, run func(args []string, stdout, stderr io.Writer) int, data ...string) {
	t.Helper()
	for _, l := range []lang.Lang{lang.French, lang.English, lang.Pseudo} {
		var stdout, stderr bytes.Buffer
		if status := run([]string{"-h", "-lang", l.String()}, &stdout, &stderr); status != 0 || stderr.Len() > 0 {
			t.Errorf("%s -h -lang %s: status %d, stderr %q", name, l, status, stderr.String())
		}
		if l == lang.Pseudo {
			flags := flagName.FindAllString(stdout.String(), -1) // "-csv", "-lang": names, not words
			Pseudo(t, name+" -h", stdout.String(), append(append(data, flags...), name, "markdown", "md", "text", "txt", "json", "fr", "en")...)
			continue
		}
		Golden(t, "usage."+l.String(), stdout.String())
	}
}
