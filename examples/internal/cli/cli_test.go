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
	"github.com/seed424036fd/societal/lang"
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
	fs := cli.New("demo", "demo reads dossiers.", stdin, stdout, stderr)
	c := &command{fs: fs, l: fs.Lang(), format: fs.Format()}
	c.verbose = fs.Flags().Bool("v", false, "verbose")
	if max != 0 {
		fs.Operands("[dossier.json | -]", max)
	}
	return c
}

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		max      int
		status   int
		l        lang.Lang
		format   cli.Format
		verbose  bool
		operands []string
		stdout   string // a part of standard output; "" wants it empty
		stderr   string // a part of standard error; "" wants it empty
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
		{name: "-format MD", args: []string{"-format", "MD"}, format: cli.Markdown},
		{name: "-format Markdown", args: []string{"-format", "Markdown"}, format: cli.Markdown},
		{name: "-format TXT", args: []string{"-format", "TXT"}, format: cli.Text},
		{name: "-format JSON", args: []string{"--format", "JSON"}, format: cli.JSON},
		{name: "stdin operand", args: []string{"-", "-lang", "en"}, max: 1, l: lang.English, operands: []string{"-"}},
		{name: "-- ends the flags", args: []string{"--", "-lang"}, max: 1, operands: []string{"-lang"}},
		{name: "-h", args: []string{"-h"}, status: cli.StatusOK, stdout: "usage: demo [flags]"},
		{name: "-help after a file", args: []string{"a.json", "-help"}, max: 1, status: cli.StatusOK, stdout: "-lang language"},
		{name: "--help", args: []string{"--help"}, status: cli.StatusOK, stdout: "-format format"},
		{name: "unknown flag", args: []string{"-nope"}, status: cli.StatusUsage,
			stderr: "demo: flag provided but not defined: -nope\n\nusage: demo"},
		{name: "unknown flag after a file", args: []string{"a.json", "-nope"}, max: 1, status: cli.StatusUsage,
			stderr: "flag provided but not defined: -nope"},
		{name: "bad -lang", args: []string{"-lang", "de"}, status: cli.StatusUsage, stderr: `invalid value "de" for flag -lang`},
		{name: "bad -format", args: []string{"-format", "pdf"}, status: cli.StatusUsage,
			stderr: `unknown format "pdf" (want markdown (md), text (txt) or json)`},
		{name: "missing value", args: []string{"-lang"}, status: cli.StatusUsage, stderr: "flag needs an argument: -lang"},
		{name: "argument to a program that takes none", args: []string{"extra"}, status: cli.StatusUsage,
			stderr: `unexpected argument "extra": demo takes no argument`},
		{name: "one argument too many", args: []string{"a.json", "-lang", "en", "b.json"}, max: 1, status: cli.StatusUsage,
			stderr: `unexpected argument "b.json": demo takes at most 1 ([dossier.json | -])`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			c := newCommand(tt.max, strings.NewReader(""), &stdout, &stderr)
			status := c.fs.Status(c.fs.Parse(tt.args))
			if status != tt.status {
				t.Errorf("status %d, want %d; stderr %q", status, tt.status, stderr.String())
			}
			check := func(stream, got, want string) {
				t.Helper()
				if want == "" && got != "" || !strings.Contains(got, want) {
					t.Errorf("%s = %q, want it to contain %q", stream, got, want)
				}
			}
			check("stdout", stdout.String(), tt.stdout)
			check("stderr", stderr.String(), tt.stderr)
			if status != cli.StatusOK || tt.stdout != "" {
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

// The usage names the program, the summary, every flag with its default,
// and -h; a program that takes files says where the flags may go.
func TestUsage(t *testing.T) {
	var b bytes.Buffer
	newCommand(1, nil, nil, nil).fs.Usage(&b)
	for _, s := range []string{
		"usage: demo [flags] [dossier.json | -]", "demo reads dossiers.", "before or after the arguments", `"-" reads standard input`,
		"-lang language", "(default fr)", "-format format", "(default markdown)", "-v\t", "-h, -help",
	} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("usage lacks %q:\n%s", s, b.String())
		}
	}
	b.Reset()
	newCommand(0, nil, nil, nil).fs.Usage(&b)
	if strings.Contains(b.String(), "standard input") {
		t.Errorf("the usage of a program without operands mentions standard input:\n%s", b.String())
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

// A run-time error is exit status 1 with its message, prefixed.
func TestStatusError(t *testing.T) {
	var stdout, stderr bytes.Buffer
	fs := cli.New("demo", "", nil, &stdout, &stderr)
	if got := fs.Status(errors.New("boom")); got != cli.StatusError || stderr.String() != "demo: boom\n" || stdout.Len() != 0 {
		t.Errorf("Status(boom) = %d, stderr %q, stdout %q", got, stderr.String(), stdout.String())
	}
	if got := fs.Status(nil); got != cli.StatusOK {
		t.Errorf("Status(nil) = %d", got)
	}
	if !errors.Is(fs.Parse([]string{"-h"}), flag.ErrHelp) {
		t.Error("Parse(-h) does not return flag.ErrHelp")
	}
}

// A program that wrote its own messages with Errorf returns an error
// wrapping ErrReported: exit status 1, and nothing more on standard error.
func TestErrReported(t *testing.T) {
	var stdout, stderr bytes.Buffer
	fs := cli.New("demo", "", nil, &stdout, &stderr)
	fs.Errorf("%s: line %d: %s", "a.ndjson", 3, "boom")
	got := fs.Status(fmt.Errorf("2 dossiers refused: %w", cli.ErrReported))
	if got != cli.StatusError || stderr.String() != "demo: a.ndjson: line 3: boom\n" || stdout.Len() != 0 {
		t.Errorf("Status = %d, stderr %q, stdout %q", got, stderr.String(), stdout.String())
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]cli.Format{
		"markdown": cli.Markdown, "Markdown": cli.Markdown, "md": cli.Markdown, "MD": cli.Markdown,
		"text": cli.Text, "TEXT": cli.Text, "txt": cli.Text, "texte": cli.Text,
		"json": cli.JSON, "JSON": cli.JSON,
	} {
		if got, err := cli.ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "pdf", "mark down", "html"} {
		if _, err := cli.ParseFormat(in); err == nil {
			t.Errorf("ParseFormat(%q): no error", in)
		}
	}
	for f := cli.Markdown; f <= cli.JSON; f++ {
		text, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back cli.Format
		if err := back.UnmarshalText(text); err != nil || back != f {
			t.Errorf("%v: round trip gives %v, %v", f, back, err)
		}
	}
	if cli.Format(3).IsValid() || cli.Format(3).String() != "%!Format(3)" {
		t.Errorf("Format(3) valid %v, String %q", cli.Format(3).IsValid(), cli.Format(3).String())
	}
}
