package main

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case, the pseudo-locale too; an unknown flag, a bad value or an argument
// exits 2 with the usage on standard error, and nothing on standard
// output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "evaluation", run, append(clitest.LangOnly("evaluation"), []clitest.Case{
		{Stdout: innovation.Essaimage.Label(lang.French)},
		{Args: []string{"-lang", "fr"}, Stdout: innovation.Deploiement.Label(lang.French)},
		{Args: []string{"-lang", "en"}, Stdout: innovation.Essaimage.Label(lang.English)},
		{Args: []string{"-lang", "EN"}, Stdout: innovation.Deploiement.Label(lang.English)},
		{Args: []string{"-lang", "qps"}, Stdout: innovation.Essaimage.Label(lang.Pseudo)},
	}...))
}

// The whole output in each language, in testdata/evaluation.text.*.golden,
// with the language's typography; in the pseudo-locale, every word comes
// from a table of texts (the project's words too: it writes them in the
// language of its funder).
func TestOutput(t *testing.T) {
	// Data: the currency, a unit, and the findings' paths into the
	// reports (the JSON keys of the field to fill).
	clitest.Output(t, "evaluation", evaluate, "EUR", "km",
		"indicators", "actual", "needs", "outcome", "impacts", "reports", "gap", "budget.capacity_building")
}

// Every text of the program is written in every language.
func TestTexts(t *testing.T) { langtest.Filled(t, slices.All(append(programTexts, projectTexts...))) }

func TestUsage(t *testing.T) { clitest.Usage(t, "evaluation", run) }
