// Package decodetest reads the inputs of the module's decoder tests, which
// live in files both the module's tests and the conformance module read
// (testdata/decode/*.txtar), and compares a decoder's problems with what a
// case expects. Import it from tests only. It has no state: safe for
// concurrent use.
//
// # Files
//
// A file is a txtar archive: a comment, then one section per case, "--
// name --" and the case. A case is lines of expectations, then the input,
// from the first line that is not an expectation to the next section (its
// final line break dropped):
//
//	-- negative amount --
//	want out-of-range ErrNegative contributions[0].amount.value
//	rule none
//	{"partners": …}
//
// "want CODE SENTINELS [@LINE:COLUMN] [PATH]" is one problem the decoder
// reports, in order: its code, the sentinels it unwraps to (names joined
// by ",") and its path (none for the input as a whole). A case without "want" is a valid
// input. "rule NAME" names the rule a JSON Schema cannot state that the
// case exercises: the conformance test allows the schema to accept it.
//
// An input may hold {{repeat N "text"}}, text (a Go string) repeated N
// times: the inputs of the limits stay small in the file.
package decodetest

import (
	"bytes"
	"errors"
	"fmt"
	"iter"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Case is one input of a decoder and what the decoder reports of it.
type Case struct {
	Name  string
	Input []byte    // the input, its repeats expanded
	Want  []Problem // the problems reported, in order; none for a valid input
	Rule  string    // a rule a JSON Schema cannot state that the case exercises, or ""

	source []byte // the input as written
}

// Problem is one problem a case expects.
type Problem struct {
	Code         string
	Errs         []string // the sentinels it unwraps to, by name
	Line, Column int      // of malformed JSON; 0 otherwise
	Path         string
}

// String writes p as a "want" line writes it, without "want ".
func (p Problem) String() string {
	s := p.Code + " " + strings.Join(p.Errs, ",")
	if p.Line > 0 {
		s += fmt.Sprintf(" @%d:%d", p.Line, p.Column)
	}
	if p.Path != "" {
		s += " " + p.Path
	}
	return s
}

// Load reads the cases of a file.
func Load(file string) ([]Case, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var out []Case
	for _, sec := range sections(data) {
		c := Case{Name: sec.name}
		body := sec.body
		for len(body) > 0 {
			line, rest, _ := bytes.Cut(body, []byte("\n"))
			s := string(line)
			switch {
			case strings.HasPrefix(s, "want "):
				p, err := parseProblem(strings.TrimPrefix(s, "want "))
				if err != nil {
					return nil, fmt.Errorf("%s: %s: %v", file, c.Name, err)
				}
				c.Want = append(c.Want, p)
			case strings.HasPrefix(s, "rule "):
				c.Rule = strings.TrimPrefix(s, "rule ")
			default:
				goto input
			}
			body = rest
		}
	input:
		c.source = bytes.TrimSuffix(body, []byte("\n"))
		if c.Input, err = expand(c.source); err != nil {
			return nil, fmt.Errorf("%s: %s: %v", file, c.Name, err)
		}
		if slices.ContainsFunc(out, func(o Case) bool { return o.Name == c.Name }) {
			return nil, fmt.Errorf("%s: two cases named %q", file, c.Name)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no case", file)
	}
	return out, nil
}

// Update rewrites the expectations of the cases of file whose name is in
// got with got's, keeping their inputs and rules as written: what
// `go test -update` does.
func Update(file string, got map[string][]Problem) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	secs := sections(data)
	var b bytes.Buffer
	b.Write(data[:secs[0].start])
	cases, err := Load(file)
	if err != nil {
		return err
	}
	for i, sec := range secs {
		c := cases[i]
		want := c.Want
		if g, ok := got[c.Name]; ok {
			want = g
		}
		fmt.Fprintf(&b, "-- %s --\n", c.Name)
		for _, p := range want {
			fmt.Fprintf(&b, "want %s\n", p)
		}
		if c.Rule != "" {
			fmt.Fprintf(&b, "rule %s\n", c.Rule)
		}
		b.Write(c.source)
		b.WriteByte('\n')
		_ = sec
	}
	return os.WriteFile(file, b.Bytes(), 0o644)
}

type section struct {
	name  string
	start int // offset of its "--" line
	body  []byte
}

var marker = regexp.MustCompile(`(?m)^-- (.+) --$`)

// sections returns the sections of a txtar archive.
func sections(data []byte) []section {
	idx := marker.FindAllSubmatchIndex(data, -1)
	var out []section
	for i, m := range idx {
		end := len(data)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		start := min(m[1]+1, len(data))
		out = append(out, section{name: string(data[m[2]:m[3]]), start: m[0], body: data[start:end]})
	}
	return out
}

func parseProblem(s string) (Problem, error) {
	f := strings.SplitN(s, " ", 3)
	if len(f) < 2 {
		return Problem{}, fmt.Errorf("want %q: want a code and sentinels", s)
	}
	p := Problem{Code: f[0], Errs: strings.Split(f[1], ",")}
	if len(f) == 3 {
		rest := f[2]
		if at, ok := strings.CutPrefix(rest, "@"); ok {
			pos, path, _ := strings.Cut(at, " ")
			l, c, ok := strings.Cut(pos, ":")
			var e1, e2 error
			p.Line, e1 = strconv.Atoi(l)
			p.Column, e2 = strconv.Atoi(c)
			if !ok || e1 != nil || e2 != nil {
				return Problem{}, fmt.Errorf("want %q: bad position", s)
			}
			rest = path
		}
		p.Path = rest
	}
	return p, nil
}

var repeat = regexp.MustCompile(`\{\{repeat (\d+) ("(?:[^"\\]|\\.)*")\}\}`)

// expand expands the repeats of an input.
func expand(src []byte) ([]byte, error) {
	var err error
	out := repeat.ReplaceAllFunc(src, func(m []byte) []byte {
		sub := repeat.FindSubmatch(m)
		n, e1 := strconv.Atoi(string(sub[1]))
		text, e2 := strconv.Unquote(string(sub[2]))
		if e1 != nil || e2 != nil {
			err = fmt.Errorf("bad repeat %s", m)
			return nil
		}
		return bytes.Repeat([]byte(text), n)
	})
	return out, err
}

// moduleSentinels are the module's sentinels (package problem), which
// every package re-exports with the same values, by name.
var moduleSentinels = map[string]error{
	"ErrSyntax": problem.ErrSyntax, "ErrUnknown": problem.ErrUnknown, "ErrInvalid": problem.ErrInvalid, "ErrLimit": problem.ErrLimit,
}

// withModule returns sentinels and the module's sentinels, by name.
func withModule(sentinels map[string]error) map[string]error {
	all := maps.Clone(moduleSentinels)
	maps.Copy(all, sentinels)
	return all
}

// Got returns the problems of err as a case writes them: each *problem.Error
// of its errors.Join tree, with the names of the sentinels it unwraps to
// among the module's (ErrSyntax, ErrUnknown, ErrInvalid, ErrLimit) and
// sentinels, a package's own, in the order of names.
func Got(err error, sentinels map[string]error) []Problem {
	sentinels = withModule(sentinels)
	names := slices.Sorted(maps.Keys(sentinels))
	var out []Problem
	for e := range problem.All(err) {
		p := Problem{Code: e.Code, Line: e.Line, Column: e.Column, Path: e.Path}
		for _, n := range names {
			if errors.Is(e, sentinels[n]) {
				p.Errs = append(p.Errs, n)
			}
		}
		if p.Errs == nil {
			p.Errs = []string{"-"}
		}
		out = append(out, p)
	}
	return out
}

// Check returns how the problems of err differ from what c expects, or
// nil: the same number, in the same order, each with the code, the path,
// the line and column, and each sentinel named (sentinels maps the names
// of a package's own sentinels to the errors; the module's are known).
func (c *Case) Check(err error, sentinels map[string]error) []string {
	got := Got(err, sentinels)
	sentinels = withModule(sentinels)
	var diffs []string
	if len(got) != len(c.Want) {
		diffs = append(diffs, fmt.Sprintf("%d problems, want %d", len(got), len(c.Want)))
	}
	for i := range min(len(got), len(c.Want)) {
		g, w := got[i], c.Want[i]
		ok := g.Code == w.Code && g.Path == w.Path && g.Line == w.Line && g.Column == w.Column
		for _, n := range w.Errs {
			s, known := sentinels[n]
			if !known {
				diffs = append(diffs, fmt.Sprintf("problem %d: no sentinel named %q", i, n))
				continue
			}
			ok = ok && errors.Is(problemAt(err, i), s)
		}
		if !ok {
			diffs = append(diffs, fmt.Sprintf("problem %d: got %s, want %s", i, g, w))
		}
	}
	for _, g := range got[min(len(got), len(c.Want)):] {
		diffs = append(diffs, "more: "+g.String())
	}
	return diffs
}

// problemAt returns the i-th problem of err.
func problemAt(err error, i int) error {
	for e := range problem.All(err) {
		if i == 0 {
			return e
		}
		i--
	}
	return nil
}

// Hygiene returns what is wrong with the messages of err's problems: each
// must start with prefix and ": " (any package of the module's when prefix
// is ""), end without a period, stay under 1000 bytes, and render in every
// language with every placeholder filled.
func Hygiene(err error, prefix string) []string {
	var out []string
	for e := range problem.All(err) {
		msg := e.Error()
		p, _, _ := strings.Cut(msg, ": ")
		if (prefix != "" && p != prefix) || (prefix == "" && !slices.Contains(packages, p)) || strings.HasSuffix(msg, ".") || len(msg) > 1000 {
			out = append(out, fmt.Sprintf("message %.300q: not %q and under 1000 bytes, without a final period", msg, prefix+": …"))
		}
		for l := range langs() {
			if text := e.Text(l); text == "" || placeholder.MatchString(text) {
				out = append(out, fmt.Sprintf("message in %v %.300q: empty or with a placeholder left", l, text))
			}
		}
	}
	return out
}

// packages are the packages of the module that report problems.
var packages = []string{"societal", "innovation", "evaluation", "partnership"}

var placeholder = regexp.MustCompile(`\{[1-9]\}`)

// langs yields the languages of the module and the pseudo-locale.
func langs() iter.Seq[lang.Lang] {
	return func(yield func(lang.Lang) bool) {
		for l := range lang.Langs() {
			if !yield(l) {
				return
			}
		}
		yield(lang.Pseudo)
	}
}

// Run reads the cases of file and checks each with decode, which decodes
// an input and, when it is valid, returns it encoded again: the problems of
// an invalid input are what the case expects (Check), their messages are
// sound (Hygiene), and a valid input makes a round trip: decoded, encoded,
// decoded again and encoded, it is written the same. With -update
// (golden.Updating), the expectations of the file are rewritten from what
// decode reports instead.
// sentinels names the package's own sentinels the cases name, besides the
// module's; prefix is the package that reports the problems.
func Run(t *testing.T, file string, sentinels map[string]error, prefix string, decode func([]byte) ([]byte, error)) {
	t.Helper()
	cases, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]Problem{}
	update := golden.Updating()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			out, err := decode(c.Input)
			if update {
				got[c.Name] = Got(err, sentinels)
				return
			}
			for _, d := range c.Check(err, sentinels) {
				t.Errorf("%s\n%.2000v", d, err)
			}
			for _, d := range Hygiene(err, prefix) {
				t.Error(d)
			}
			if err != nil || len(c.Want) > 0 {
				return
			}
			again, err := decode(out)
			if err != nil {
				t.Fatalf("the encoding %s of a valid input is refused: %v", out, err)
			}
			if !bytes.Equal(again, out) {
				t.Errorf("round trip: encoded\n%s\nthen\n%s", out, again)
			}
		})
	}
	if update {
		if err := Update(file, got); err != nil {
			t.Fatal(err)
		}
	}
}
