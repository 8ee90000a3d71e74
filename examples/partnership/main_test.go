package main

import (
	"bytes"
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case, the pseudo-locale too; an unknown flag, a bad value or an argument
// exits 2 with the usage on standard error, and nothing on standard
// output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "partnership", run, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "partnership ["},
		{Args: []string{"-help"}, Stdout: "-lang "},
		{Stdout: rising.Format(lang.French, innovation.Modelisation, innovation.Essaimage)},
		{Args: []string{"-lang", "fr"}, Stdout: factors.In(lang.French)},
		{Args: []string{"-lang", "en"}, Stdout: rising.Format(lang.English, innovation.Modelisation, innovation.Essaimage)},
		{Args: []string{"-lang", "EN"}, Stdout: partnership.Covered.Label(lang.English)},
		{Args: []string{"-lang", "qps"}, Stdout: factors.In(lang.Pseudo)},
		{Args: []string{"-nope"}, Status: 2, Stderr: "-nope"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `"de"`},
		{Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: `unexpected argument "extra": partnership takes no argument`},
	})
}

// The whole output in each language, in
// testdata/partnership.text.*.golden, its amounts, shares and index
// written the language's way (the numbers README promises), the partners
// named; in the pseudo-locale, every word but the partners' names comes
// from a table of texts.
func TestOutput(t *testing.T) {
	for l := range lang.Langs() {
		var b bytes.Buffer
		if err := describe(l, &b); err != nil {
			t.Fatal(err)
		}
		clitest.Golden(t, "partnership.text."+l.String(), b.String())
		clitest.OneLanguage(t, "partnership", l, b.String())
	}
	var b bytes.Buffer
	if err := describe(lang.Pseudo, &b); err != nil {
		t.Fatal(err)
	}
	clitest.Pseudo(t, "partnership", b.String(), "Wimoov", "Renault", "Le RAMEAU", "Caisse des Dépôts", "EUR")
}

// Every text of the program is written in every language.
func TestTexts(t *testing.T) {
	for i, tx := range texts {
		if l, missing := tx.Missing(); missing {
			t.Errorf("text %d has no %s wording: %q", i, l, tx)
		}
	}
}

func TestUsage(t *testing.T) { clitest.Usage(t, "partnership", run) }
