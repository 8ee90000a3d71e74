package main

import (
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case; an unknown flag, a bad value or an argument exits 2 with the usage
// on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "evaluation", run, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "usage: evaluation [flags]"},
		{Args: []string{"-help"}, Stdout: "-lang language"},
		{Stdout: "Phase Essaimage (Déploiement)"},
		{Args: []string{"-lang", "fr"}, Stdout: "Impact non désirable"},
		{Args: []string{"-lang", "en"}, Stdout: "Phase Spreading (Deployment)"},
		{Args: []string{"-lang", "EN"}, Stdout: "Undesirable impact"},
		{Args: []string{"-nope"}, Status: 2, Stderr: "evaluation: flag provided but not defined: -nope\n\nusage: evaluation"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `invalid value "de" for flag -lang`},
		{Args: []string{"extra", "-lang", "en"}, Status: 2, Stderr: `unexpected argument "extra": evaluation takes no argument`},
	})
}
