package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// runIn runs the program with args and stdin; it returns the exit status,
// standard output and standard error.
func runIn(ctx context.Context, stdin io.Reader, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	status := run(ctx, append([]string{"-date", testDate}, args...), stdin, &stdout, &stderr)
	return status, stdout.String(), stderr.String()
}

// testDate is the assessment date every test run passes, so that outputs
// do not depend on the day.
const testDate = "2026-11-30"

// write writes data to dir/name and returns the path.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// named returns the default dossier under another name, on one line.
func named(t *testing.T, name string) []byte {
	t.Helper()
	d, err := societal.DecodeDossier(defaultDossier)
	if err != nil {
		t.Fatal(err)
	}
	d.Name = name
	data, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// badDossier has two problems: an unknown key and an unknown phase.
const badDossier = `{"name": "Mauvais", "phaze": "conception", "phase": "nulle-part"}`

// fundDir is a directory of dossiers: a.json and b.json (good), c.ndjson (a
// good line, a blank line, a bad one, a good one), and what the
// directory reading skips: notes.txt and sub/d.json.
func fundDir(t *testing.T) string {
	dir := t.TempDir()
	write(t, dir, "a.json", named(t, "A"))
	write(t, dir, "b.json", named(t, "B"))
	nd := bytes.Join([][]byte{named(t, "C1"), nil, []byte(badDossier), named(t, "C2")}, []byte("\n"))
	write(t, dir, "c.ndjson", append(nd, '\n'))
	write(t, dir, "notes.txt", []byte("not a dossier"))
	write(t, dir, "sub/d.json", named(t, "D"))
	return dir
}

// portfolioOf is the portfolio report the library renders for the named
// dossiers.
func portfolioOf(t *testing.T, l lang.Lang, md bool, names ...string) string {
	t.Helper()
	var ds []*societal.Dossier
	for _, n := range names {
		d, err := societal.DecodeDossier(named(t, n))
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	on, _ := time.Parse(time.DateOnly, testDate)
	p, err := fund.AssessAllOn(context.Background(), nil, on, ds)
	if err != nil {
		t.Fatal(err)
	}
	if md {
		return p.Markdown(l)
	}
	return p.Text(l)
}

// The command line: -h prints the usage and exits 0; -lang and -format are
// read in any case, before or after the file; "-" reads standard input; an
// unknown flag, a bad value, a bad pattern or "-" twice exits 2 with the
// usage on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	file := write(t, t.TempDir(), "dossier.json", defaultDossier)
	tests := []struct {
		args   []string
		stdin  string
		status int
		stdout string // a part of standard output; "" wants it empty
		stderr string // a part of standard error; "" wants it empty
	}{
		{args: []string{"-h"}, stdout: "readiness ["},
		{args: []string{"-help"}, stdout: "-ndjson"},
		{args: []string{"-h"}, stdout: `-ndjson`},
		{args: nil, stdout: "Wimoov"},
		{args: []string{"-lang", "en"}, stdout: "Wimoov"},
		{args: []string{"-format", "text", file, "-lang", "en"}, stdout: "Wimoov"},
		{args: []string{file, "-lang", "EN", "-format", "MD"}, stdout: "Wimoov"},
		{args: []string{"-format", "JSON", "-"}, stdin: string(defaultDossier), stdout: `"verdict"`},
		{args: []string{"-", "-format", "txt"}, stdin: "{", status: 1, stderr: "<stdin>"},
		{args: []string{"-nope"}, status: 2, stderr: "-nope"},
		{args: []string{file, "-nope"}, status: 2, stderr: "-nope"},
		{args: []string{"-lang", "de"}, status: 2, stderr: `"de"`},
		{args: []string{"-format", "pdf"}, status: 2, stderr: `"pdf"`},
		{args: []string{"-", file, "-"}, status: 2, stderr: "readiness\u00a0: "},
		{args: []string{file, "dossiers/[a-"}, status: 2, stderr: `"dossiers/[a-"`},
		{args: []string{filepath.Join(t.TempDir(), "absent.json")}, status: 1, stderr: "absent.json: no such file"},
	}
	for _, tt := range tests {
		status, stdout, stderr := runIn(context.Background(), strings.NewReader(tt.stdin), tt.args...)
		if status != tt.status {
			t.Errorf("readiness %q: exit status %d, want %d; stderr %q", tt.args, status, tt.status, stderr)
		}
		for _, s := range []struct{ name, got, want string }{{"stdout", stdout, tt.stdout}, {"stderr", stderr, tt.stderr}} {
			if s.want == "" && s.got != "" || !strings.Contains(s.got, s.want) {
				t.Errorf("readiness %q: %s = %.300q, want it to contain %q", tt.args, s.name, s.got, s.want)
			}
		}
	}
}

// One dossier, from a file, from standard input or embedded, gives its
// report exactly as the library renders it, in each format and language.
func TestSingleDossier(t *testing.T) {
	file := write(t, t.TempDir(), "dossier.json", defaultDossier)
	d, err := societal.DecodeDossier(defaultDossier)
	if err != nil {
		t.Fatal(err)
	}
	rep := societal.Assess(d)
	js, _ := json.MarshalIndent(rep.JSON(lang.French), "", "  ") // -lang applies to JSON too
	for _, tt := range []struct {
		flags []string
		want  string
	}{
		{nil, rep.Markdown(lang.French)},
		{[]string{"-lang", "en"}, rep.Markdown(lang.English)},
		{[]string{"-format", "text"}, rep.Text(lang.French)},
		{[]string{"-format", "text", "-lang", "en"}, rep.Text(lang.English)},
		{[]string{"-format", "json"}, string(js) + "\n"},
		{[]string{"-format", "html", "-lang", "en"}, fund.ReportHTML(&rep, d, lang.English)},
	} {
		for _, in := range [][]string{nil, {file}, {"-"}, {file, "-each"}} {
			args := append(append([]string(nil), tt.flags...), in...)
			status, stdout, stderr := runIn(context.Background(), bytes.NewReader(defaultDossier), args...)
			if status != 0 || stderr != "" || stdout != tt.want {
				t.Errorf("readiness %q: exit status %d, stderr %q, stdout\n%.200s\nwant\n%.200s", args, status, stderr, stdout, tt.want)
			}
		}
	}
}

// A single dossier that does not decode: exit status 1, nothing on
// standard output, every problem on standard error with the file.
func TestSingleRefused(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "bad.json", []byte(badDossier))
	big := write(t, dir, "big.json", bytes.Repeat([]byte(" "), societal.MaxJSON+10))
	for _, tt := range []struct {
		file string
		want []string // the path of each problem, one per line of standard error
	}{
		{bad, []string{"phaze", "phase"}},
		{big, []string{""}},
	} {
		status, stdout, stderr := runIn(context.Background(), nil, tt.file)
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if status != 1 || stdout != "" || len(lines) != len(tt.want) {
			t.Errorf("readiness %s: exit status %d, stdout %.100q, stderr %q", tt.file, status, stdout, stderr)
			continue
		}
		for i, path := range tt.want {
			if !strings.HasPrefix(colon(lines[i], lang.French), prefix+tt.file) || !strings.Contains(lines[i], path) {
				t.Errorf("readiness %s: stderr line %d = %q, want the file and the path %q", tt.file, i, lines[i], path)
			}
		}
	}
}

// Many dossiers give the portfolio report, the one the library renders,
// followed by what was read; a directory is read in the order of its
// names, NDJSON line by line; a refused dossier is named on standard error
// with its file, its line and each problem, the others are assessed, and
// the exit status is 1.
func TestPortfolio(t *testing.T) {
	dir, emptyDir := fundDir(t), t.TempDir()
	a, b, c := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json"), filepath.Join(dir, "c.ndjson")
	refusedC := []string{prefix + c + ":3", prefix + c + ":3"} // its two problems
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		names  []string // the dossiers of the portfolio, in order
		counts [5]int   // read, assessed, refused, unreadable, without a dossier
		stderr []string // a prefix of each line of standard error before the count of refusals
	}{
		{name: "two files", args: []string{b, a}, names: []string{"B", "A"}, counts: [5]int{2, 2, 0, 0, 0}},
		{name: "directory", args: []string{dir}, status: 1, names: []string{"A", "B", "C1", "C2"}, counts: [5]int{5, 4, 1, 0, 0}, stderr: refusedC},
		{name: "glob", args: []string{filepath.Join(dir, "*.json")}, names: []string{"A", "B"}, counts: [5]int{2, 2, 0, 0, 0}},
		{name: "one NDJSON file", args: []string{c, "-lang", "en"}, status: 1, names: []string{"C1", "C2"}, counts: [5]int{3, 2, 1, 0, 0}, stderr: refusedC},
		{name: "NDJSON on stdin", args: []string{"-ndjson", "-"}, stdin: string(named(t, "S1")) + "\n" + string(named(t, "S2")),
			names: []string{"S1", "S2"}, counts: [5]int{2, 2, 0, 0, 0}},
		{name: "stdin and a file", args: []string{"-", a}, stdin: string(named(t, "S")), names: []string{"S", "A"}, counts: [5]int{2, 2, 0, 0, 0}},
		{name: "a bad file among good ones", args: []string{a, write(t, t.TempDir(), "bad.json", []byte(badDossier))}, status: 1,
			names: []string{"A"}, counts: [5]int{2, 1, 1, 0, 0}, stderr: []string{prefix, prefix}},
		{name: "an absent file", args: []string{a, filepath.Join(dir, "absent.json")}, status: 1, names: []string{"A"},
			counts: [5]int{1, 1, 0, 1, 0}, stderr: []string{prefix + filepath.Join(dir, "absent.json")}},
		{name: "a pattern that matches nothing", args: []string{a, filepath.Join(dir, "*.xml")}, status: 1, names: []string{"A"},
			counts: [5]int{1, 1, 0, 0, 1}, stderr: []string{prefix + filepath.Join(dir, "*.xml")}},
		{name: "an empty directory, named as empty", args: []string{a, emptyDir}, status: 1, names: []string{"A"},
			counts: [5]int{1, 1, 0, 0, 1}, stderr: []string{prefix + emptyDir}},
		{name: "a single NDJSON line", args: []string{"-ndjson", "-"}, stdin: string(named(t, "S")), names: []string{"S"}, counts: [5]int{1, 1, 0, 0, 0}},
		{name: "empty NDJSON", args: []string{"-ndjson", "-"}, stdin: "\n\n", counts: [5]int{0, 0, 0, 0, 0}},
	}
	for _, tt := range tests {
		status, stdout, stderr := runIn(context.Background(), strings.NewReader(tt.stdin), tt.args...)
		if status != tt.status {
			t.Errorf("%s: exit status %d, want %d; stderr %q", tt.name, status, tt.status, stderr)
		}
		l := lang.French
		if slices.Contains(tt.args, "en") {
			l = lang.English
		}
		if want := portfolioOf(t, l, true, tt.names...); !strings.HasPrefix(stdout, want) {
			t.Errorf("%s: stdout\n%.400s\nwant the portfolio of %q\n%.400s", tt.name, stdout, tt.names, want)
		}
		n := tt.counts
		if want := texts.counts.Format(l, lang.Int(n[0]), lang.Int(n[1]), lang.Int(n[2]), lang.Int(n[3]), lang.Int(n[4])); !strings.Contains(stdout, want) {
			t.Errorf("%s: stdout %q, want the counts %q", tt.name, stdout, want)
		}
		var lines []string
		if stderr != "" {
			lines = strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		}
		want := tt.stderr
		if n[2]+n[3]+n[4] > 0 {
			want = append(slices.Clone(want), prefix+texts.refusedCount.Format(l, lang.Int(n[2]), lang.Int(n[0]), lang.Int(n[3]), lang.Int(n[4])))
		}
		if len(lines) != len(want) {
			t.Errorf("%s: stderr %q, want %d lines", tt.name, stderr, len(want))
			continue
		}
		for i, w := range want {
			if !strings.HasPrefix(colon(lines[i], l), w) {
				t.Errorf("%s: stderr line %d = %q, want %q…", tt.name, i, lines[i], w)
			}
		}
	}
}

// The portfolio in each format: Markdown and text list the refused
// dossiers (file, line, problems) and end with what was read; -each adds
// every dossier's report; JSON is one object with the portfolio (the
// refusals in it) and the counts; CSV a row per dossier and per refusal.
func TestPortfolioFormats(t *testing.T) {
	dir := fundDir(t)
	c := filepath.Join(dir, "c.ndjson")

	status, stdout, _ := runIn(context.Background(), nil, dir, "-each")
	if status != 1 {
		t.Errorf("-each: exit status %d", status)
	}
	fr := lang.French
	for _, want := range []string{
		"\n| " + c + " | 3 | ",
		"### " + texts.read.In(fr) + "\n\n" + texts.counts.Format(fr, lang.Int(5), lang.Int(4), lang.Int(1), lang.Int(0), lang.Int(0)),
		"\n---\n\n## A", "\n---\n\n## C2",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("-each: stdout lacks %q:\n%s", want, stdout)
		}
	}
	if n := strings.Count(stdout, "\n---\n\n"); n != 4 {
		t.Errorf("-each: %d reports, want 4", n)
	}

	status, stdout, _ = runIn(context.Background(), nil, dir, "-format", "text", "-lang", "en", "-each")
	if want := portfolioOf(t, lang.English, false, "A", "B", "C1", "C2"); status != 1 || !strings.HasPrefix(stdout, want) {
		t.Errorf("text: exit status %d, stdout\n%.300s\nwant\n%.300s", status, stdout, want)
	}
	en := lang.English
	for _, want := range []string{"\n" + texts.read.In(en) + "\n", texts.counts.Format(en, lang.Int(5), lang.Int(4), lang.Int(1), lang.Int(0), lang.Int(0)), "\n" + c + "  3  ", "\nC2"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text: stdout lacks %q:\n%s", want, stdout)
		}
	}

	status, stdout, _ = runIn(context.Background(), nil, dir, filepath.Join(dir, "absent.json"), "-format", "json", "-lang", "en")
	var got struct {
		Portfolio struct {
			fund.Portfolio
			Refused []struct {
				File     string `json:"file"`
				Line     int    `json:"line"`
				Problems []struct {
					Code string            `json:"code"`
					Text map[string]string `json:"text"`
				} `json:"problems"`
			} `json:"refused"`
		} `json:"portfolio"`
		Read     int `json:"read"`
		Assessed int `json:"assessed"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("json: %v\n%s", err, stdout)
	}
	p := got.Portfolio
	if status != 1 || got.Read != 5 || got.Assessed != 4 || len(p.Reports) != 4 || p.Reports[3].Dossier != "C2" {
		t.Errorf("json: exit status %d, read %d, assessed %d, %d reports", status, got.Read, got.Assessed, len(p.Reports))
	}
	if r := p.Refused; len(r) != 2 || r[0].File != c || r[0].Line != 3 || len(r[0].Problems) != 2 ||
		r[0].Problems[0].Code != "unknown-key" || r[0].Problems[0].Text["en"] == "" || len(r[0].Problems[0].Text) != 1 ||
		r[1].Line != 0 || !strings.HasSuffix(r[1].File, "absent.json") {
		t.Errorf("json: refused %+v", r)
	}
	if !strings.HasSuffix(stdout, "}\n") || strings.Contains(stdout, `"fr":`) {
		t.Errorf("json: no final newline, or texts in another language than -lang's: %.200s", stdout[len(stdout)-200:])
	}

	_, stdout, _ = runIn(context.Background(), nil, filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json"), "-format", "json")
	if strings.Contains(stdout, `"refused"`) {
		t.Errorf("json without refusals: %s", stdout[len(stdout)-100:])
	}

	// HTML: one page, the committee pack, with the refusal and every
	// dossier's report.
	status, stdout, _ = runIn(context.Background(), nil, dir, "-format", "html")
	if status != 1 || !strings.HasPrefix(stdout, "<!DOCTYPE html>") || !strings.Contains(stdout, ">"+c+"<") || strings.Count(stdout, "<h2>C2</h2>") != 1 {
		t.Errorf("html: exit status %d, stdout %.300s", status, stdout)
	}

	// CSV, -format csv or -csv: a row per dossier, then per refusal.
	for _, flag := range [][]string{{"-format", "csv"}, {"-csv"}} {
		status, stdout, _ = runIn(context.Background(), nil, append([]string{dir, "-lang", "en"}, flag...)...)
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\ufeff"))).ReadAll()
		if err != nil || status != 1 || len(rows) != 1+4+1 || !slices.Equal(rows[0], fund.CSVHeader()) {
			t.Fatalf("%q: exit status %d, %d rows, %v:\n%s", flag, status, len(rows), err, stdout)
		}
		file := slices.Index(rows[0], "file")
		if rows[5][file] != c || rows[5][file+1] != "3" {
			t.Errorf("%q: the refusal's row %q", flag, rows[5])
		}
	}
}

// failing fails every read or write with errBroken.
type failing struct{}

var errBroken = errors.New("broken")

func (failing) Read([]byte) (int, error)  { return 0, errBroken }
func (failing) Write([]byte) (int, error) { return 0, errBroken }

// What fails at run time is exit status 1 with its message: a read error
// of NDJSON, a write error, a cancelled run.
func TestRunErrors(t *testing.T) {
	a := write(t, t.TempDir(), "a.json", named(t, "A"))
	status, _, stderr := runIn(context.Background(), failing{}, "-ndjson", "-")
	if status != 1 || !strings.Contains(colon(stderr, lang.French), prefix+"<stdin>:1") || !strings.Contains(stderr, "broken") {
		t.Errorf("NDJSON read error: exit status %d, stderr %q", status, stderr)
	}
	status, _, stderr = runIn(context.Background(), failing{}, "-", a)
	if status != 1 || !strings.Contains(colon(stderr, lang.French), prefix+"<stdin>") || !strings.Contains(stderr, "broken") {
		t.Errorf("stdin read error: exit status %d, stderr %q", status, stderr)
	}
	for _, args := range [][]string{{a}, {a, a}, {a, a, "-format", "json"}, {"-template"}} {
		var stderr bytes.Buffer
		if status := run(context.Background(), args, nil, failing{}, &stderr); status != 1 || !strings.Contains(stderr.String(), "broken") {
			t.Errorf("readiness %q to a broken output: exit status %d, stderr %q", args, status, stderr.String())
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if status, _, stderr := runIn(ctx, nil, a, a); status != 1 || !strings.Contains(stderr, "context canceled") {
		t.Errorf("cancelled: exit status %d, stderr %q", status, stderr)
	}
}

// -template prints a dossier that the decoder accepts.
func TestTemplateFlag(t *testing.T) {
	status, stdout, stderr := runIn(context.Background(), nil, "-template")
	if status != 0 {
		t.Fatalf("exit %d: %s", status, stderr)
	}
	if _, err := societal.DecodeDossier([]byte(stdout)); err != nil {
		t.Fatalf("the template does not decode: %v\n%s", err, stdout)
	}
}

// -csv writes the portfolio as a spreadsheet: a BOM, the header, one row
// per dossier; -date is the date it carries, and a bad one is a usage error.
func TestPortfolioCSVAndDate(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.json", named(t, "A"))
	b := write(t, dir, "b.json", named(t, "B"))
	status, stdout, stderr := runIn(context.Background(), nil, a, b, "-csv", "-lang", "en")
	if status != 0 {
		t.Fatalf("exit status %d: %s", status, stderr)
	}
	if !strings.HasPrefix(stdout, "\ufeffrank,name,") || strings.Count(stdout, "\r\n") != 3 || !strings.Contains(stdout, testDate) {
		t.Errorf("-csv: %q", stdout)
	}
	if status, _, stderr := runIn(context.Background(), nil, a, b, "-date", "30/11/2026"); status != 2 || !strings.Contains(stderr, `"30/11/2026"`) {
		t.Errorf("bad -date: exit status %d, stderr %q", status, stderr)
	}
}

// A dossier with a history gets its dated lifecycle drawn after its
// Markdown report.
func TestSingleDossierHistoryChart(t *testing.T) {
	data := []byte(`{"name":"H","phase":"experimentation","history":[{"from":"conception","to":"experimentation","kind":"advance","at":"2012-03-01T00:00:00Z"}]}`)
	file := write(t, t.TempDir(), "h.json", data)
	status, stdout, stderr := runIn(context.Background(), nil, file)
	if status != 0 {
		t.Fatalf("exit status %d: %s", status, stderr)
	}
	if !strings.Contains(stdout, "```mermaid\nflowchart LR\n") || !strings.Contains(stdout, "2012-03-01") {
		t.Errorf("no dated history chart:\n%s", stdout)
	}
}

// Every report the program writes, for one dossier or a portfolio with
// each dossier's report, Markdown or text, is in one language with its
// typography, and the "what was read" counts too.
func TestOneLanguage(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.json", named(t, "A"))
	b := write(t, dir, "b.json", named(t, "B"))
	foreign := map[string][]string{
		"fr": {"Verdict:", "Ready", "Not yet", "Dossiers read", "assessed", "unreadable", "Input"},
		"en": {"Verdict :", "Prêt", "Pas encore", "Dossiers lus", "évalués", "illisibles", "Lecture"},
	}
	for _, lg := range []string{"fr", "en"} {
		l, err := lang.Parse(lg)
		if err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{}, {"-format", "text"}, {a, b, "-each"}, {a, b, "-each", "-format", "text"}} {
			status, stdout, stderr := runIn(context.Background(), nil, append([]string{"-lang", lg}, args...)...)
			if status != 0 {
				t.Fatalf("%q: exit status %d: %s", args, status, stderr)
			}
			clitest.OneLanguage(t, "readiness "+strings.Join(args, " "), l, stdout, foreign[lg]...)
		}
	}
}

// The program's words are written in every language.
func TestTextsComplete(t *testing.T) {
	for name, table := range map[string]any{"texts": texts, "flagWords": flagWords} {
		v := reflect.ValueOf(table)
		for i := range v.NumField() {
			var text lang.Text
			for j := range text {
				text[j] = v.Field(i).Index(j).String()
			}
			if l, missing := text.Missing(); missing {
				t.Errorf("%s.%s has no %v wording", name, v.Type().Field(i).Name, l)
			}
		}
	}
	if l, missing := summary.Missing(); missing {
		t.Errorf("the summary has no %v wording", l)
	}
}

// In the pseudo-locale, what the program writes of a portfolio, on
// standard output and standard error, holds no word but marked ones and
// data: the dossiers' names, the files, the program's name and the
// problems the decoder found (its words are its own to mark).
func TestPseudoLocale(t *testing.T) {
	dir := fundDir(t)
	_, err := societal.DecodeDossier([]byte(badDossier))
	data := []string{"readiness", filepath.Join(dir, "c.ndjson"), "A", "B", "C1", "C2", "rameau-2018/1", "EUR", "Wimoov (ex-Voiture & Co)"}
	for _, p := range (&fund.Refusal{Err: err}).Problems(lang.Pseudo) {
		data = append(data, p, doc.EscapeMarkdown(p), strings.ReplaceAll(p, `"`, `""`)) // as text, Markdown, a CSV cell
	}
	for _, args := range [][]string{{dir}, {dir, "-format", "text"}, {dir, "-csv"}} {
		_, stdout, stderr := runIn(context.Background(), nil, append([]string{"-lang", "qps"}, args...)...)
		if args[len(args)-1] == "-csv" {
			_, stdout, _ = strings.Cut(stdout, "\r\n") // the header's names are the format's keys
		}
		clitest.Pseudo(t, "readiness "+strings.Join(args, " ")+" (stdout)", stdout, data...)
		clitest.Pseudo(t, "readiness "+strings.Join(args, " ")+" (stderr)", stderr, data...)
	}
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, "readiness", func(args []string, stdout, stderr io.Writer) int {
		return run(context.Background(), args, nil, stdout, stderr)
	}, "csv", "html")
}

// prefix starts every message of the program, its colon as the tests
// read it: colon reads a line in any language that way.
const prefix = "readiness: "

// colon returns line with the colon after the program's name as prefix
// writes it, whatever the language of line.
func colon(line string, l lang.Lang) string {
	return strings.Replace(line, "readiness"+l.Colon(), prefix, 1)
}

// newcomer is the folder of the newcomer's portfolio of year (the fund
// package's fixture: eight dossiers of 2026, seven of 2025).
func newcomer(year string) string {
	return filepath.Join("..", "..", "fund", "testdata", "newcomer", year)
}

// -before compares last year's dossiers with this year's, in every
// format: what fund.Diff says of the two portfolios.
func TestBefore(t *testing.T) {
	read := func(dir string) fund.Portfolio {
		ds, refused := fund.Collect(fund.Load(os.DirFS(dir), "."))
		if len(refused) > 0 {
			t.Fatalf("%s: %v", dir, refused)
		}
		p, err := fund.AssessAll(context.Background(), nil, ds)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	want := fund.Diff(read(newcomer("2025")), read(newcomer("2026")))
	if len(want.Changed) == 0 || len(want.Added) != 2 || len(want.Withdrawn) != 1 {
		t.Fatalf("the newcomer's year: %d changed, %d added, %d withdrawn", len(want.Changed), len(want.Added), len(want.Withdrawn))
	}
	for l := range lang.Langs() {
		for _, tc := range []struct {
			format string
			want   string
		}{
			{"markdown", want.Markdown(l)},
			{"text", want.Text(l)},
			{"html", want.HTML(l)},
		} {
			status, stdout, stderr := runIn(context.Background(), nil, "-before", newcomer("2025"), newcomer("2026"), "-format", tc.format, "-lang", l.String())
			if status != 0 || stderr != "" || stdout != tc.want {
				t.Errorf("-before -format %s -lang %v: exit status %d, stderr %q, stdout\n%s\nwant\n%s", tc.format, l, status, stderr, stdout, tc.want)
			}
		}
		var b bytes.Buffer
		if err := want.WriteCSV(&b, l); err != nil {
			t.Fatal(err)
		}
		if _, stdout, _ := runIn(context.Background(), nil, "-before", newcomer("2025"), "-csv", newcomer("2026"), "-lang", l.String()); stdout != b.String() {
			t.Errorf("-before -csv -lang %v:\n%s\nwant\n%s", l, stdout, b.String())
		}
	}
	_, stdout, _ := runIn(context.Background(), nil, "-before", newcomer("2025"), newcomer("2026"), "-format", "json")
	var got fund.Change
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || len(got.Changed) != len(want.Changed) || len(got.Added) != 2 || !strings.HasSuffix(stdout, "}\n") {
		t.Errorf("-before -format json: %v\n%s", err, stdout)
	}
	// Last year's dossiers on standard input, as NDJSON.
	var nd bytes.Buffer
	for _, name := range []string{"mobilite.json", "tiers-lieu.json"} {
		d, err := os.ReadFile(filepath.Join(newcomer("2026"), name))
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(d, &v); err != nil {
			t.Fatal(err)
		}
		line, _ := json.Marshal(v)
		nd.Write(append(line, '\n'))
	}
	status, stdout, stderr := runIn(context.Background(), &nd, "-before", "-", "-ndjson", newcomer("2026"), "-format", "json")
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || status != 0 || stderr != "" || len(got.Added) != 6 || len(got.Withdrawn) != 0 {
		t.Errorf("-before - -ndjson: exit status %d, %v, stderr %q, %d added", status, err, stderr, len(got.Added))
	}
	// Without this year's dossiers: a usage error.
	if status, _, stderr := runIn(context.Background(), nil, "-before", newcomer("2025")); status != 2 || stderr == "" {
		t.Errorf("-before alone: exit status %d, stderr %q", status, stderr)
	}
}

// One dossier file with a CSV request gives a one-row spreadsheet.
func TestSingleCSV(t *testing.T) {
	file := filepath.Join(newcomer("2026"), "tiers-lieu.json")
	for l := range lang.Langs() {
		status, stdout, stderr := runIn(context.Background(), nil, file, "-format", "csv", "-lang", l.String())
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\ufeff")))
		if l == lang.French {
			r.Comma = ';'
		}
		rows, err := r.ReadAll()
		if status != 0 || stderr != "" || err != nil || len(rows) != 2 || !slices.Equal(rows[0], fund.CSVHeader()) {
			t.Fatalf("-lang %v: exit status %d, stderr %q, %v, rows %q", l, status, stderr, err, rows)
		}
		if id := slices.Index(rows[0], "id"); rows[1][id] != "FAS-2025-017" {
			t.Errorf("-lang %v: the row %q", l, rows[1])
		}
	}
}

// readmeCommands returns the commands of README.md's "For funders": each
// indented line that runs the program, its arguments split on spaces
// (single quotes keep a pattern whole) and its redirections apart.
func readmeCommands(t *testing.T) []readmeCommand {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## For funders\n")
	section, _, _ = strings.Cut(section, "\n## ")
	if !ok {
		t.Fatal("README.md has no section For funders")
	}
	var out []readmeCommand
	for _, line := range strings.Split(section, "\n") {
		rest, ok := strings.CutPrefix(line, "    go run ./examples/readiness")
		if !ok {
			continue
		}
		c := readmeCommand{line: strings.TrimSpace(line)}
		words := strings.Fields(rest)
		for i := 0; i < len(words); i++ {
			switch w := words[i]; {
			case w == ">" && i+1 < len(words):
				c.stdout, i = words[i+1], i+1
			case w == "<" && i+1 < len(words):
				c.stdin, i = words[i+1], i+1
			default:
				c.args = append(c.args, strings.Trim(w, "'"))
			}
		}
		out = append(out, c)
	}
	return out
}

// readmeCommand is a command of the README: its arguments, and the files
// its standard input and output are redirected from and to.
type readmeCommand struct {
	line          string
	args          []string
	stdin, stdout string
}

// Every command of README.md's "For funders" runs, in a folder holding the
// newcomer's portfolio as dossiers-2025/ and dossiers-2026/, each
// succeeding and writing what it says; the year's commands are those of a
// foundation's year.
func TestREADMEFunders(t *testing.T) {
	cmds := readmeCommands(t)
	if len(cmds) < 6 {
		t.Fatalf("%d commands in For funders", len(cmds))
	}
	dir := t.TempDir()
	for _, year := range []string{"2025", "2026"} {
		if err := os.CopyFS(filepath.Join(dir, "dossiers-"+year), os.DirFS(newcomer(year))); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for _, c := range cmds {
		var stdin io.Reader = strings.NewReader("")
		if c.stdin != "" {
			f, err := os.Open(c.stdin)
			if err != nil {
				t.Fatalf("%s: %v", c.line, err)
			}
			defer f.Close()
			stdin = f
		}
		var stdout, stderr bytes.Buffer
		status := run(context.Background(), c.args, stdin, &stdout, &stderr)
		if status != 0 || stderr.Len() > 0 || stdout.Len() == 0 {
			t.Errorf("%s: exit status %d, stderr %q, %d bytes of output", c.line, status, stderr.String(), stdout.Len())
			continue
		}
		if c.stdout != "" {
			out := stdout.Bytes()
			if c.stdout == "grille-2027.json" {
				out = editRubric(t, out) // the foundation's edit, as the README says it
			}
			if err := os.WriteFile(c.stdout, out, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	// What the year's files hold: the grocery, whose verdict the edited
	// rubric changes; the tiers-lieu, added this year; a row per dossier;
	// a page.
	for file, want := range map[string]string{"grille.md": "FAS-2025-011", "evolution.md": "FAS-2025-017", "portefeuille.csv": "FAS-2021-002", "comite.html": "<!DOCTYPE html>"} {
		data, err := os.ReadFile(file)
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s: %v, want it to hold %q", file, err, want)
		}
	}
	if data, err := os.ReadFile("portefeuille.csv"); err != nil || bytes.Count(data, []byte("\r\n")) != 1+8 {
		t.Errorf("portefeuille.csv: %v, %d lines, want a header and 8 rows", err, bytes.Count(data, []byte("\r\n")))
	}
}

// editRubric writes, in dir, the default rubric as -print-rubric prints it,
// edited as README.md's "For funders" says: its version, the evaluation
// required from Conception on, the partnership's severity Blocking.
func editRubric(t *testing.T, printed []byte) []byte {
	t.Helper()
	var r map[string]any
	if err := json.Unmarshal(printed, &r); err != nil {
		t.Fatalf("-print-rubric: %v\n%s", err, printed)
	}
	r["version"] = "fondation-2027/1"
	r["severity"].(map[string]any)["partnership"] = "blocking"
	required := r["required"].(map[string]any)
	required["conception"] = append(required["conception"].([]any), "evaluation")
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// -print-rubric prints the default rubric (or -rubric's) as a JSON file to
// edit; -rubric judges by such a file; -edited says what an edited rubric
// changes over the dossiers, in every format, as fund.DiffRubrics does;
// a rubric that does not decode is refused with its problems, each at its
// path after the file's name.
func TestRubricFlags(t *testing.T) {
	status, printed, stderr := runIn(context.Background(), nil, "-print-rubric")
	want, _ := societal.DefaultRubric().MarshalJSON()
	var indented bytes.Buffer
	_ = json.Indent(&indented, want, "", "  ")
	if status != 0 || stderr != "" || printed != indented.String()+"\n" {
		t.Fatalf("-print-rubric: exit status %d, stderr %q:\n%s", status, stderr, printed)
	}
	dir := t.TempDir()
	file := write(t, dir, "grille-2027.json", editRubric(t, []byte(printed)))
	edited, err := societal.DecodeRubric(editRubric(t, []byte(printed)))
	if err != nil {
		t.Fatal(err)
	}
	// -print-rubric with -rubric prints that rubric.
	if _, again, _ := runIn(context.Background(), nil, "-print-rubric", "-rubric", file); !strings.Contains(again, `"fondation-2027/1"`) {
		t.Errorf("-print-rubric -rubric: %.200s", again)
	}

	// Judged by the edited rubric: the grocery at Conception needs an
	// evaluation now.
	epicerie := filepath.Join(newcomer("2026"), "epicerie.json")
	status, stdout, _ := runIn(context.Background(), nil, "-rubric", file, epicerie, "-format", "json")
	var rep struct {
		Rubric  string           `json:"rubric"`
		Verdict societal.Verdict `json:"verdict"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || status != 0 || rep.Rubric != "fondation-2027/1" || rep.Verdict != societal.InsufficientEvidence {
		t.Errorf("-rubric: exit status %d, %v, %+v", status, err, rep)
	}

	// -edited: what the edited rubric changes, in every format.
	ds, _ := fund.Collect(fund.Load(os.DirFS(newcomer("2026")), "."))
	b, err := societal.NewAssessor(edited)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := fund.DiffRubrics(context.Background(), ds, nil, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(rc.Verdicts) != 1 || rc.Verdicts[0].ID != "FAS-2025-011" || len(rc.Rules) != 2 {
		t.Fatalf("the edited rubric over the newcomer's portfolio: %+v", rc)
	}
	for l := range lang.Langs() {
		var csvOut bytes.Buffer
		if err := rc.WriteCSV(&csvOut, l); err != nil {
			t.Fatal(err)
		}
		for format, want := range map[string]string{"markdown": rc.Markdown(l), "text": rc.Text(l), "html": rc.HTML(l), "csv": csvOut.String()} {
			status, stdout, stderr := runIn(context.Background(), nil, "-edited", file, newcomer("2026"), "-format", format, "-lang", l.String())
			if status != 0 || stderr != "" || stdout != want {
				t.Errorf("-edited -format %s -lang %v: exit status %d, stderr %q, stdout\n%.500s\nwant\n%.500s", format, l, status, stderr, stdout, want)
			}
		}
	}
	_, stdout, _ = runIn(context.Background(), nil, "-edited", file, newcomer("2026"), "-format", "json")
	var got fund.RubricChange
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || len(got.Verdicts) != 1 || got.Rules[0].Idle != fund.IdleGraded || !strings.HasSuffix(stdout, "}\n") {
		t.Errorf("-edited -format json: %v, %+v", err, got.Rules)
	}

	// A rubric that does not decode: every problem, after the file's name.
	bad := write(t, dir, "bad.json", []byte(strings.Replace(printed, `"severity": {`, `"severite": {}, "severity": {`, 1)))
	status, stdout, stderr = runIn(context.Background(), nil, "-rubric", bad, epicerie)
	if status != 1 || stdout != "" || !strings.HasPrefix(colon(stderr, lang.French), prefix+bad) || !strings.Contains(stderr, "severite") {
		t.Errorf("a bad -rubric: exit status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
	if status, _, stderr := runIn(context.Background(), nil, "-edited", filepath.Join(dir, "absent.json"), epicerie); status != 1 || !strings.Contains(stderr, "absent.json") {
		t.Errorf("an absent -edited: exit status %d, stderr %q", status, stderr)
	}
	// Usage errors: -edited alone, and two comparisons at once.
	for _, args := range [][]string{{"-edited", file}, {"-edited", file, "-before", newcomer("2025"), newcomer("2026")}} {
		if status, stdout, _ := runIn(context.Background(), nil, args...); status != 2 || stdout != "" {
			t.Errorf("%q: exit status %d", args, status)
		}
	}
}

// In the pseudo-locale, the comparisons the program writes (a year, two
// rubrics), in Markdown, text and CSV, hold no word but marked ones and
// data: the dossiers' names and identifiers, the rubrics' versions.
func TestPseudoComparisons(t *testing.T) {
	data := []string{"readiness", "rameau-2018/1", "fondation-2027/1"}
	for _, year := range []string{"2025", "2026"} {
		ds, _ := fund.Collect(fund.Load(os.DirFS(newcomer(year)), "."))
		for _, d := range ds {
			data = append(data, d.Name, d.ID, doc.EscapeMarkdown(d.Name))
		}
	}
	_, printed, _ := runIn(context.Background(), nil, "-print-rubric")
	file := write(t, t.TempDir(), "grille.json", editRubric(t, []byte(printed)))
	for _, args := range [][]string{
		{"-before", newcomer("2025"), newcomer("2026")},
		{"-edited", file, newcomer("2026")},
	} {
		for _, format := range []string{"markdown", "text", "csv"} {
			status, stdout, stderr := runIn(context.Background(), nil, append([]string{"-lang", "qps", "-format", format}, args...)...)
			if status != 0 {
				t.Fatalf("%q: exit status %d, stderr %q", args, status, stderr)
			}
			if format == "csv" {
				_, stdout, _ = strings.Cut(stdout, "\r\n") // the header's names are the format's keys
			}
			clitest.Pseudo(t, "readiness "+strings.Join(args, " ")+" -format "+format, stdout, data...)
		}
	}
}

// Every output of one dossier, in every format, and of a portfolio in the
// formats TestPseudoLocale leaves out, holds no word but marked ones and
// the dossiers' own data in the pseudo-locale: the program's own words,
// the library's and the decoder's all come from tables.
func TestPseudoLocaleEveryFormat(t *testing.T) {
	d, err := societal.DecodeDossier(defaultDossier)
	if err != nil {
		t.Fatal(err)
	}
	data := []string{"readiness", d.Name, d.Carrier, doc.EscapeMarkdown(d.Carrier), d.ID, "rameau-2018/1", "EUR", "A", "B", "C1", "C2"}
	for _, p := range d.Partnership.Partners() {
		data = append(data, p.Name, p.ID)
	}
	dir := fundDir(t)
	data = append(data, filepath.Join(dir, "c.ndjson"))
	_, err = societal.DecodeDossier([]byte(badDossier))
	for _, p := range (&fund.Refusal{Err: err}).Problems(lang.Pseudo) {
		data = append(data, p, doc.EscapeMarkdown(p), doc.EscapeHTML(p))
	}
	for _, p := range problem.List(err) { // as JSON writes them: the reason apart
		data = append(data, p.Reason(lang.Pseudo))
	}
	for _, args := range [][]string{
		{}, {"-format", "text"}, {"-format", "json"}, {"-format", "html"},
		{dir, "-format", "json"}, {dir, "-format", "html"}, {dir, "-each"}, {dir, "-each", "-format", "text"},
	} {
		_, stdout, stderr := runIn(context.Background(), nil, append([]string{"-lang", "qps"}, args...)...)
		name := "readiness " + strings.Join(args, " ")
		switch {
		case slices.Contains(args, "json"):
			clitest.PseudoJSON(t, name, []byte(stdout), data...)
		case slices.Contains(args, "html"):
			clitest.PseudoHTML(t, name, stdout, data...)
		default:
			clitest.Pseudo(t, name, stdout, data...)
		}
		clitest.Pseudo(t, name+" (stderr)", stderr, data...)
	}
}
