package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case; an unknown flag, a bad value or an argument exits 2 with the usage
// on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "lifecycle", run, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "usage: lifecycle [flags]"},
		{Args: []string{"-help"}, Stdout: "-lang language"},
		{Stdout: `Modélisation → crossing "Crise de croissance"`},
		{Args: []string{"-lang", "fr"}, Stdout: `gate "modèle économique": no credible operator model yet`},
		{Args: []string{"-lang", "en"}, Stdout: `Modelling → crossing "Growth crisis"`},
		{Args: []string{"-lang", "EN"}, Stdout: `gate "economic model": no credible operator model yet`},
		{Args: []string{"-nope"}, Status: 2, Stderr: "lifecycle: flag provided but not defined: -nope\n\nusage: lifecycle"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `invalid value "de" for flag -lang`},
		{Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: `unexpected argument "extra": lifecycle takes no argument`},
	})
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
