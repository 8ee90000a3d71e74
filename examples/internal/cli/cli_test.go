package cli_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// command is a program as the examples write it: -lang, -format, one flag
// of its own and at most max operands.
type command struct {
	fs      *cli.FlagSet
	l       *lang.Lang
	format  *cli.Format
	verbose *bool
}

func newCommand(max int, stdin io.Reader, stdout, stderr io.Writer) *command {
	fs := cli.New("demo", lang.Text{"demo lit des dossiers.", "demo reads dossiers."}, stdin, stdout, stderr)
	c := &command{fs: fs, l: fs.Lang(), format: fs.Format()}
	c.verbose = fs.Bool("v", lang.Text{"bavard", "verbose"})
	if max != 0 {
		fs.Operands(lang.Text{"[dossier.json | -]", "[dossier.json | -]"}, max)
	}
	return c
}

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		max      int
		status   int
		code     string // the problem's code, for a usage error
		l        lang.Lang
		format   cli.Format
		verbose  bool
		operands []string
		stdout   bool // something on standard output (the usage)
		stderr   bool // something on standard error
	}{
		{name: "defaults", max: 1, status: cli.StatusOK},
		{name: "flags before the file", args: []string{"-lang", "en", "-format", "text", "a.json"}, max: 1,
			l: lang.English, format: cli.Text, operands: []string{"a.json"}},
		{name: "flags after the file", args: []string{"a.json", "-format", "text", "-lang", "en"}, max: 1,
			l: lang.English, format: cli.Text, operands: []string{"a.json"}},
		{name: "flags around the files", args: []string{"-v", "a.json", "-lang=en", "b.json", "-format=json"}, max: 2,
			l: lang.English, format: cli.JSON, verbose: true, operands: []string{"a.json", "b.json"}},
		{name: "any number of files", args: []string{"a.json", "-v", "b.json", "c.ndjson"}, max: -1,
			verbose: true, operands: []string{"a.json", "b.json", "c.ndjson"}},
		{name: "-lang EN", args: []string{"-lang", "EN"}, l: lang.English},
		{name: "-lang English", args: []string{"-lang", "English"}, l: lang.English},
		{name: "-lang Français", args: []string{"-lang", "Français"}, l: lang.French},
		{name: "-lang qps", args: []string{"-lang", "qps"}, l: lang.Pseudo},
		{name: "-format MD", args: []string{"-format", "MD"}, format: cli.Markdown},
		{name: "-format Markdown", args: []string{"-format", "Markdown"}, format: cli.Markdown},
		{name: "-format TXT", args: []string{"-format", "TXT"}, format: cli.Text},
		{name: "-format JSON", args: []string{"--format", "JSON"}, format: cli.JSON},
		{name: "stdin operand", args: []string{"-", "-lang", "en"}, max: 1, l: lang.English, operands: []string{"-"}},
		{name: "-- ends the flags", args: []string{"--", "-lang"}, max: 1, operands: []string{"-lang"}},
		{name: "-h", args: []string{"-h"}, status: cli.StatusOK, stdout: true},
		{name: "-help after a file", args: []string{"a.json", "-help"}, max: 1, status: cli.StatusOK, stdout: true},
		{name: "--help", args: []string{"--help"}, status: cli.StatusOK, stdout: true},
		{name: "unknown flag", args: []string{"-nope"}, status: cli.StatusUsage, code: "unknown-flag", stderr: true},
		{name: "unknown flag after a file", args: []string{"a.json", "-nope"}, max: 1, status: cli.StatusUsage, code: "unknown-flag", stderr: true},
		{name: "bad -lang", args: []string{"-lang", "de"}, status: cli.StatusUsage, code: "bad-value", stderr: true},
		{name: "bad -format", args: []string{"-format", "pdf"}, status: cli.StatusUsage, code: "bad-value", stderr: true},
		{name: "missing value", args: []string{"-lang"}, status: cli.StatusUsage, code: "needs-argument", stderr: true},
		{name: "argument to a program that takes none", args: []string{"extra"}, status: cli.StatusUsage, code: "usage", stderr: true},
		{name: "one argument too many", args: []string{"a.json", "-lang", "en", "b.json"}, max: 1, status: cli.StatusUsage, code: "usage", stderr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			c := newCommand(tt.max, strings.NewReader(""), &stdout, &stderr)
			err := c.fs.Parse(tt.args)
			var pe *problem.Error
			if tt.code != "" && (!errors.As(err, &pe) || pe.Code != tt.code) {
				t.Errorf("Parse error %v, want the code %q", err, tt.code)
			}
			status := c.fs.Status(err)
			if status != tt.status {
				t.Errorf("status %d, want %d; stderr %q", status, tt.status, stderr.String())
			}
			if (stdout.Len() > 0) != tt.stdout || (stderr.Len() > 0) != tt.stderr {
				t.Errorf("stdout %q, stderr %q; want output %v, messages %v", stdout.String(), stderr.String(), tt.stdout, tt.stderr)
			}
			if status != cli.StatusOK || tt.stdout {
				return
			}
			if *c.l != tt.l || *c.format != tt.format || *c.verbose != tt.verbose {
				t.Errorf("lang %v, format %v, verbose %v; want %v, %v, %v", *c.l, *c.format, *c.verbose, tt.l, tt.format, tt.verbose)
			}
			if got := c.fs.Args(); !slices.Equal(got, tt.operands) {
				t.Errorf("operands %q, want %q", got, tt.operands)
			}
		})
	}
}

// The usage and the messages are in the language -lang names, wherever it
// stands, even when the command line fails before -lang is parsed: golden
// files per language, and no word escapes the tables in the pseudo-locale.
func TestLanguage(t *testing.T) {
	for _, l := range []lang.Lang{lang.French, lang.English, lang.Pseudo} {
		var out bytes.Buffer
		for _, args := range [][]string{
			{"-h", "-lang", l.String()},
			{"-nope", "-lang", l.String()},
			{"-format", "pdf", "-lang", l.String()},
			{"-lang", l.String(), "a.json", "b.json"},
		} {
			var stdout, stderr bytes.Buffer
			c := newCommand(1, nil, &stdout, &stderr)
			c.fs.Status(c.fs.Parse(args))
			fmt.Fprintf(&out, "$ demo %s\n%s%s\n", strings.Join(args, " "), stdout.String(), stderr.String())
		}
		if l == lang.Pseudo {
			clitest.Pseudo(t, "demo", out.String(), "demo", "dossier.json", "pdf", "nope", "json", "markdown", "md", "text", "txt", "qps", "fr", "en", "help", "format", "lang")
			continue
		}
		clitest.Golden(t, "usage."+l.String(), out.String())
		clitest.OneLanguage(t, "demo", l, out.String())
	}
}

// "-" reads the reader given to New; any other name is a file.
func TestOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.json")
	if err := os.WriteFile(path, []byte("from a file"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := newCommand(2, strings.NewReader("from stdin"), io.Discard, io.Discard)
	if err := c.fs.Parse([]string{path, "-lang", "EN", "-"}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, name := range c.fs.Args() {
		r, err := c.fs.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Close(); err != nil {
			t.Fatal(err)
		}
		got = append(got, string(data))
	}
	if want := []string{"from a file", "from stdin"}; !slices.Equal(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
	if _, err := newCommand(1, nil, io.Discard, io.Discard).fs.Open("-"); err == nil {
		t.Error(`Open("-") without standard input: no error`)
	}
	if _, err := c.fs.Open(filepath.Join(t.TempDir(), "absent.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open of an absent file: %v, want os.ErrNotExist", err)
	}
}

// A run-time error is exit status 1 with its message, prefixed, in the
// language of the messages when it has one.
func TestStatusError(t *testing.T) {
	var stdout, stderr bytes.Buffer
	fs := cli.New("demo", lang.Text{}, nil, &stdout, &stderr)
	if got := fs.Status(errors.New("boom")); got != cli.StatusError || stderr.String() != "demo\u00a0: boom\n" || stdout.Len() != 0 {
		t.Errorf("Status(boom) = %d, stderr %q, stdout %q", got, stderr.String(), stdout.String())
	}
	if got := fs.Status(nil); got != cli.StatusOK {
		t.Errorf("Status(nil) = %d", got)
	}
	if !errors.Is(fs.Parse([]string{"-h"}), flag.ErrHelp) {
		t.Error("Parse(-h) does not return flag.ErrHelp")
	}
	stderr.Reset()
	two := errors.Join(cli.Usagef(lang.Text{"un", "one"}), cli.Usagef(lang.Text{"deux", "two"}))
	if got := fs.Status(two); got != cli.StatusUsage || !strings.HasPrefix(stderr.String(), "demo\u00a0: un\ndemo\u00a0: deux\n") {
		t.Errorf("Status of two problems = %d, stderr %q", got, stderr.String())
	}
}

// A program that wrote its own messages with Say returns an error
// wrapping ErrReported: exit status 1, and nothing more on standard error.
func TestErrReported(t *testing.T) {
	var stdout, stderr bytes.Buffer
	fs := cli.New("demo", lang.Text{}, nil, &stdout, &stderr)
	fs.Say(lang.Text{"{1}, ligne {2}", "{1}, line {2}"}, lang.Data("a.ndjson"), lang.Int(3))
	got := fs.Status(fmt.Errorf("2 dossiers refused: %w", cli.ErrReported))
	if got != cli.StatusError || stderr.String() != "demo\u00a0: a.ndjson, ligne 3\n" || stdout.Len() != 0 {
		t.Errorf("Status = %d, stderr %q, stdout %q", got, stderr.String(), stdout.String())
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]cli.Format{
		"markdown": cli.Markdown, "Markdown": cli.Markdown, "md": cli.Markdown, "MD": cli.Markdown,
		"text": cli.Text, "TEXT": cli.Text, "txt": cli.Text, "texte": cli.Text,
		"json": cli.JSON, "JSON": cli.JSON, "csv": cli.CSV, "CSV": cli.CSV, "html": cli.HTML, "HTML": cli.HTML,
	} {
		if got, err := cli.ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "pdf", "mark down", "htm"} {
		if _, err := cli.ParseFormat(in); err == nil {
			t.Errorf("ParseFormat(%q): no error", in)
		}
	}
	for f := cli.Markdown; f <= cli.HTML; f++ {
		text, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back cli.Format
		if err := back.UnmarshalText(text); err != nil || back != f {
			t.Errorf("%v: round trip gives %v, %v", f, back, err)
		}
	}
	if cli.Format(5).IsValid() || cli.Format(5).String() != "%!Format(5)" {
		t.Errorf("Format(5) valid %v, String %q", cli.Format(5).IsValid(), cli.Format(5).String())
	}
}

// -format takes the formats the program writes: Markdown, text and JSON
// always, CSV when the program says so; another is a usage error.
func TestFormatMore(t *testing.T) {
	for _, tc := range []struct {
		more   []cli.Format
		arg    string
		status int
		want   cli.Format
	}{
		{nil, "json", cli.StatusOK, cli.JSON},
		{nil, "csv", cli.StatusUsage, cli.Markdown},
		{[]cli.Format{cli.CSV}, "CSV", cli.StatusOK, cli.CSV},
		{[]cli.Format{cli.CSV}, "pdf", cli.StatusUsage, cli.Markdown},
		{[]cli.Format{cli.CSV}, "html", cli.StatusUsage, cli.Markdown},
		{[]cli.Format{cli.CSV, cli.HTML}, "html", cli.StatusOK, cli.HTML},
	} {
		var stdout, stderr bytes.Buffer
		fs := cli.New("demo", lang.Text{"demo", "demo"}, nil, &stdout, &stderr)
		f := fs.Format(tc.more...)
		status := fs.Status(fs.Parse([]string{"-format", tc.arg}))
		if status != tc.status || *f != tc.want {
			t.Errorf("Format(%v) -format %s: status %d, format %v; want %d, %v", tc.more, tc.arg, status, *f, tc.status, tc.want)
		}
	}
}
