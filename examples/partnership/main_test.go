package main

import (
	"bytes"
	"strings"
	"testing"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case; an unknown flag, a bad value or an argument exits 2 with the usage
// on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	tests := []struct {
		args   []string
		status int
		stdout string // a part of standard output; "" wants it empty
		stderr string // a part of standard error; "" wants it empty
	}{
		{[]string{"-h"}, 0, "usage: partnership [flags]", ""},
		{[]string{"-help"}, 0, "-lang language", ""},
		{nil, 0, "Besoins qui montent de Modélisation à Essaimage :", ""},
		{[]string{"-lang", "fr"}, 0, "Facteurs clés de succès (001:28-33) :", ""},
		{[]string{"-lang", "en"}, 0, "Needs rising from Modelling to Spreading:", ""},
		{[]string{"-lang", "EN"}, 0, "Key success factors (001:28-33):", ""},
		{[]string{"-nope"}, 2, "", "partnership: flag provided but not defined: -nope\n\nusage: partnership"},
		{[]string{"-lang", "de"}, 2, "", `invalid value "de" for flag -lang`},
		{[]string{"-lang", "en", "extra"}, 2, "", `unexpected argument "extra": partnership takes no argument`},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(tt.args, &stdout, &stderr)
		if status != tt.status {
			t.Errorf("partnership %q: exit status %d, want %d; stderr %q", tt.args, status, tt.status, stderr.String())
		}
		for _, s := range []struct{ name, got, want string }{{"stdout", stdout.String(), tt.stdout}, {"stderr", stderr.String(), tt.stderr}} {
			if s.want == "" && s.got != "" || !strings.Contains(s.got, s.want) {
				t.Errorf("partnership %q: %s = %.200q, want it to contain %q", tt.args, s.name, s.got, s.want)
			}
		}
	}
}

// In English none of the program's French framing words is left.
func TestEnglish(t *testing.T) {
	var stdout bytes.Buffer
	if status := run([]string{"-lang", "en"}, &stdout, &stdout); status != 0 {
		t.Fatalf("exit status %d: %s", status, stdout.String())
	}
	for _, french := range []string{"Besoins", "Couverture", "valorisées", " part ", "(aucun)", "Difficultés", "Facteurs", "Couvert ", "Inconnu"} {
		if strings.Contains(stdout.String(), french) {
			t.Errorf("-lang en prints %q:\n%s", french, stdout.String())
		}
	}
}
