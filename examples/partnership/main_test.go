package main

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case, the pseudo-locale too; an unknown flag, a bad value or an argument
// exits 2 with the usage on standard error, and nothing on standard
// output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "partnership", run, append(clitest.LangOnly("partnership"), []clitest.Case{
		{Stdout: rising.Format(lang.French, innovation.Modelisation, innovation.Essaimage)},
		{Args: []string{"-lang", "fr"}, Stdout: factors.In(lang.French)},
		{Args: []string{"-lang", "en"}, Stdout: rising.Format(lang.English, innovation.Modelisation, innovation.Essaimage)},
		{Args: []string{"-lang", "EN"}, Stdout: partnership.Covered.Label(lang.English)},
		{Args: []string{"-lang", "qps"}, Stdout: factors.In(lang.Pseudo)},
	}...))
}

// The whole output in each language, in
// testdata/partnership.text.*.golden, its amounts, shares and index
// written the language's way (the numbers README promises), the partners
// named; in the pseudo-locale, every word but the partners' names comes
// from a table of texts.
func TestOutput(t *testing.T) {
	clitest.Output(t, "partnership", describe, "Wimoov", "Renault", "Le RAMEAU", "Caisse des Dépôts", "EUR")
}

// Every text of the program is written in every language.
func TestTexts(t *testing.T) { langtest.Filled(t, slices.All(texts)) }

func TestUsage(t *testing.T) { clitest.Usage(t, "partnership", run) }
