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
	clitest.Run(t, "partnership", run, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "usage: partnership [flags]"},
		{Args: []string{"-help"}, Stdout: "-lang language"},
		{Stdout: "Besoins qui montent de Modélisation à Essaimage :"},
		{Args: []string{"-lang", "fr"}, Stdout: "Facteurs clés de succès (001:28-33) :"},
		{Args: []string{"-lang", "en"}, Stdout: "Needs rising from Modelling to Spreading:"},
		{Args: []string{"-lang", "EN"}, Stdout: "Key success factors (001:28-33):"},
		{Args: []string{"-nope"}, Status: 2, Stderr: "partnership: flag provided but not defined: -nope\n\nusage: partnership"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `invalid value "de" for flag -lang`},
		{Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: `unexpected argument "extra": partnership takes no argument`},
	})
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
