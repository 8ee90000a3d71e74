package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/lang"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case; an unknown flag, a bad value or an argument exits 2 with the usage
// on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "partnership", run, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "usage: partnership [flags]"},
		{Args: []string{"-help"}, Stdout: "-lang language"},
		{Stdout: "Besoins qui montent de Modélisation à Essaimage\u00a0:\n"},
		{Args: []string{"-lang", "fr"}, Stdout: "Facteurs clés de succès (001:28-33)\u00a0:\n"},
		{Args: []string{"-lang", "en"}, Stdout: "Needs rising from Modelling to Spreading:\n"},
		{Args: []string{"-lang", "EN"}, Stdout: "Key success factors (001:28-33):\n"},
		{Args: []string{"-nope"}, Status: 2, Stderr: "partnership: flag provided but not defined: -nope\n\nusage: partnership"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `invalid value "de" for flag -lang`},
		{Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: `unexpected argument "extra": partnership takes no argument`},
	})
}

// foreign are words of the other language that an output in lang must not
// hold.
var foreign = [...][]string{
	lang.French: {"Needs", "coverage", "Valued", "share", "(none)", "Difficulties", "factors", "Covered", "Unknown",
		"Herfindahl index", "spreading"},
	lang.English: {"Besoins", "Couverture", "valorisées", " part ", "(aucun)", "Difficultés", "Facteurs", "Couvert ",
		"Inconnu", "indice", "essaimage"},
}

// Each language's output is in that language only, its amounts, shares and
// index written the language's way (the numbers README promises), the
// partners named.
func TestOneLanguage(t *testing.T) {
	want := [...][]string{
		lang.French: {
			"Contributions valorisées (montants illustratifs)\u00a0: 500\u202f000\u00a0EUR, indice de Herfindahl 0,5\n",
			"  Renault               250\u202f000\u00a0EUR  part 50\u00a0%\n",
			"  Financement            +++                Couvert    Renault, Caisse des Dépôts\n",
		},
		lang.English: {
			"Valued contributions (illustrative amounts): 500,000 EUR, Herfindahl index 0.5\n",
			"  Renault               250,000 EUR  share 50%\n",
			"  Financing              +++                Covered    Renault, Caisse des Dépôts\n",
		},
	}
	for _, l := range []lang.Lang{lang.French, lang.English} {
		var b bytes.Buffer
		if err := describe(l, &b); err != nil {
			t.Fatal(err)
		}
		clitest.OneLanguage(t, "partnership", l, b.String(), foreign[l]...)
		for _, s := range want[l] {
			if !strings.Contains(b.String(), s) {
				t.Errorf("-lang %s: output lacks %q:\n%s", l, s, b.String())
			}
		}
	}
}
