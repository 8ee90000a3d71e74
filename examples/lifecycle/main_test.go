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
		{[]string{"-h"}, 0, "usage: lifecycle [flags]", ""},
		{[]string{"-help"}, 0, "-lang language", ""},
		{nil, 0, `Modélisation → crossing "Crise de croissance"`, ""},
		{[]string{"-lang", "fr"}, 0, `gate "modèle économique": no credible operator model yet`, ""},
		{[]string{"-lang", "en"}, 0, `Modelling → crossing "Growth crisis"`, ""},
		{[]string{"-lang", "EN"}, 0, `gate "economic model": no credible operator model yet`, ""},
		{[]string{"-nope"}, 2, "", "lifecycle: flag provided but not defined: -nope\n\nusage: lifecycle"},
		{[]string{"-lang", "de"}, 2, "", `invalid value "de" for flag -lang`},
		{[]string{"-lang", "en", "extra"}, 2, "", `unexpected argument "extra": lifecycle takes no argument`},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(tt.args, &stdout, &stderr)
		if status != tt.status {
			t.Errorf("lifecycle %q: exit status %d, want %d; stderr %q", tt.args, status, tt.status, stderr.String())
		}
		for _, s := range []struct{ name, got, want string }{{"stdout", stdout.String(), tt.stdout}, {"stderr", stderr.String(), tt.stderr}} {
			if s.want == "" && s.got != "" || !strings.Contains(s.got, s.want) {
				t.Errorf("lifecycle %q: %s = %.200q, want it to contain %q", tt.args, s.name, s.got, s.want)
			}
		}
	}
}

// In English no French label is left: the phases, crossings, levers, notes
// and the diagram are all in English.
func TestEnglish(t *testing.T) {
	var stdout bytes.Buffer
	if status := run([]string{"-lang", "en"}, &stdout, &stdout); status != 0 {
		t.Fatalf("exit status %d: %s", status, stdout.String())
	}
	for _, french := range []string{"Modélisation", "Crise de croissance", "Compétences", "comité", "porteur", "tester"} {
		if strings.Contains(stdout.String(), french) {
			t.Errorf("-lang en prints %q:\n%s", french, stdout.String())
		}
	}
}
