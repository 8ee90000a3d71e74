// Package clitest checks the command line of an example program the same
// way for every program: each case runs the program with its arguments and
// checks the exit status and a part of what it wrote on standard output and
// standard error; OneLanguage checks that an output is in one language,
// with its typography; Pseudo that an output in the pseudo-locale holds no
// word outside the tables of texts; Golden compares a whole output with
// its golden file (rewritten with -update). Import it from tests only. Its
// one state is the -update flag.
package clitest

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/lang"
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

// The typography OneLanguage checks, outside Mermaid blocks.
var (
	// A colon, semicolon or percent sign after anything but a no-break
	// space, in French; a semicolon between two digits ("004:805-806;
	// 003:1924") separates citations and is left alone.
	frColon   = regexp.MustCompile(`[^\x{00a0}]:(\s|$)`)
	frSemi    = regexp.MustCompile(`[^\x{00a0}\d];(\s|$)`)
	frPercent = regexp.MustCompile(`[^\x{00a0}]%`)
	frPoint   = regexp.MustCompile(`\d\.\d`)
	// A space before a colon, a semicolon or a percent sign, a no-break
	// or a thin space, or a decimal comma, in English.
	enSpaced = regexp.MustCompile(`[ \x{00a0}\x{202f}][:;%]|[\x{00a0}\x{202f}]`)
	enComma  = regexp.MustCompile(`\d,(\d{1,2}|\d{4,})(\D|$)`)
)

// OneLanguage fails unless out, what the program name wrote in lang, is in
// that language only: none of the foreign words (the other language's,
// as the caller knows them), no line ending in white space and, outside
// Mermaid blocks, the language's typography: in French a no-break space
// (U+00A0) before ":", ";" and "%" and a decimal comma; in English no
// space before them, no French space and no decimal comma.
func OneLanguage(t *testing.T, name string, l lang.Lang, out string, foreign ...string) {
	t.Helper()
	for _, w := range foreign {
		if strings.Contains(out, w) {
			t.Errorf("%s -lang %s: output holds %q", name, l, w)
		}
	}
	mermaid := false
	for i, line := range strings.Split(out, "\n") {
		if strings.TrimRight(line, " \t\u00a0") != line {
			t.Errorf("%s -lang %s: line %d ends in white space: %q", name, l, i+1, line)
		}
		switch {
		case strings.HasPrefix(line, "```mermaid"):
			mermaid = true
			continue
		case mermaid && strings.HasPrefix(line, "```"):
			mermaid = false
			continue
		case mermaid:
			continue
		}
		var bad []*regexp.Regexp
		if l == lang.English {
			bad = []*regexp.Regexp{enSpaced, enComma}
		} else {
			bad = []*regexp.Regexp{frColon, frSemi, frPercent, frPoint}
		}
		for _, re := range bad {
			if m := re.FindString(line); m != "" {
				t.Errorf("%s -lang %s: line %d has %q: %q", name, l, i+1, m, line)
			}
		}
	}
}
