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
		{[]string{"-h"}, 0, "usage: evaluation [flags]", ""},
		{[]string{"-help"}, 0, "-lang language", ""},
		{nil, 0, "Phase Essaimage (Déploiement)", ""},
		{[]string{"-lang", "fr"}, 0, "Impact non désirable", ""},
		{[]string{"-lang", "en"}, 0, "Phase Spreading (Deployment)", ""},
		{[]string{"-lang", "EN"}, 0, "Undesirable impact", ""},
		{[]string{"-nope"}, 2, "", "evaluation: flag provided but not defined: -nope\n\nusage: evaluation"},
		{[]string{"-lang", "de"}, 2, "", `invalid value "de" for flag -lang`},
		{[]string{"extra", "-lang", "en"}, 2, "", `unexpected argument "extra": evaluation takes no argument`},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(tt.args, &stdout, &stderr)
		if status != tt.status {
			t.Errorf("evaluation %q: exit status %d, want %d; stderr %q", tt.args, status, tt.status, stderr.String())
		}
		for _, s := range []struct{ name, got, want string }{{"stdout", stdout.String(), tt.stdout}, {"stderr", stderr.String(), tt.stderr}} {
			if s.want == "" && s.got != "" || !strings.Contains(s.got, s.want) {
				t.Errorf("evaluation %q: %s = %.200q, want it to contain %q", tt.args, s.name, s.got, s.want)
			}
		}
	}
}
