package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
)

// The command line: -h prints the usage and exits 0; -lang and -format are
// read in any case, before or after the file; "-" reads standard input; an
// unknown flag, a bad value or a second file exits 2 with the usage on
// standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "dossier.json")
	if err := os.WriteFile(file, defaultDossier, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		stdin  string
		status int
		stdout string // a part of standard output; "" wants it empty
		stderr string // a part of standard error; "" wants it empty
	}{
		{args: []string{"-h"}, stdout: "usage: readiness [flags] [dossier.json | -]"},
		{args: []string{"-help"}, stdout: `"-" reads standard input`},
		{args: nil, stdout: "Wimoov"},
		{args: []string{"-lang", "en"}, stdout: "Wimoov"},
		{args: []string{"-format", "text", file, "-lang", "en"}, stdout: "Wimoov"},
		{args: []string{file, "-lang", "EN", "-format", "MD"}, stdout: "Wimoov"},
		{args: []string{"-format", "JSON", "-"}, stdin: string(defaultDossier), stdout: `"verdict"`},
		{args: []string{"-", "-format", "txt"}, stdin: "{", status: 1, stderr: "readiness: "},
		{args: []string{"-nope"}, status: 2, stderr: "readiness: flag provided but not defined: -nope\n\nusage: readiness"},
		{args: []string{file, "-nope"}, status: 2, stderr: "flag provided but not defined: -nope"},
		{args: []string{"-lang", "de"}, status: 2, stderr: `invalid value "de" for flag -lang`},
		{args: []string{"-format", "pdf"}, status: 2, stderr: `unknown format "pdf"`},
		{args: []string{file, "-lang", "en", file}, status: 2, stderr: "readiness takes at most 1"},
		{args: []string{filepath.Join(t.TempDir(), "absent.json")}, status: 1, stderr: "absent.json"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
		if status != tt.status {
			t.Errorf("readiness %q: exit status %d, want %d; stderr %q", tt.args, status, tt.status, stderr.String())
		}
		for _, s := range []struct{ name, got, want string }{{"stdout", stdout.String(), tt.stdout}, {"stderr", stderr.String(), tt.stderr}} {
			if s.want == "" && s.got != "" || !strings.Contains(s.got, s.want) {
				t.Errorf("readiness %q: %s = %.200q, want it to contain %q", tt.args, s.name, s.got, s.want)
			}
		}
	}
}

// -template prints a dossier that the decoder accepts.
func TestTemplateFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-template"}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if _, err := societal.DecodeDossier(out.Bytes()); err != nil {
		t.Fatalf("the template does not decode: %v\n%s", err, out.String())
	}
}
