package main

import (
	"bytes"
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case, the pseudo-locale too; an unknown flag, a bad value or an argument
// exits 2 with the usage on standard error, and nothing on standard
// output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "evaluation", run, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "evaluation ["},
		{Args: []string{"-help"}, Stdout: "-lang "},
		{Stdout: innovation.Essaimage.Label(lang.French)},
		{Args: []string{"-lang", "fr"}, Stdout: innovation.Deploiement.Label(lang.French)},
		{Args: []string{"-lang", "en"}, Stdout: innovation.Essaimage.Label(lang.English)},
		{Args: []string{"-lang", "EN"}, Stdout: innovation.Deploiement.Label(lang.English)},
		{Args: []string{"-lang", "qps"}, Stdout: innovation.Essaimage.Label(lang.Pseudo)},
		{Args: []string{"-nope"}, Status: 2, Stderr: "-nope"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `"de"`},
		{Args: []string{"extra", "-lang", "en"}, Status: 2, Stderr: `unexpected argument "extra": evaluation takes no argument`},
	})
}

// The whole output in each language, in testdata/evaluation.text.*.golden,
// with the language's typography; in the pseudo-locale, every word comes
// from a table of texts (the project's words too: it writes them in the
// language of its funder).
func TestOutput(t *testing.T) {
	for l := range lang.Langs() {
		var b bytes.Buffer
		if err := evaluate(l, &b); err != nil {
			t.Fatal(err)
		}
		clitest.Golden(t, "evaluation.text."+l.String(), b.String())
		clitest.OneLanguage(t, "evaluation", l, b.String())
	}
	var b bytes.Buffer
	if err := evaluate(lang.Pseudo, &b); err != nil {
		t.Fatal(err)
	}
	// Data: the currency, a unit, and the findings' paths into the
	// reports (the JSON keys of the field to fill).
	clitest.Pseudo(t, "evaluation", b.String(), "EUR", "km",
		"indicators", "actual", "needs", "outcome", "impacts", "reports", "gap", "budget.capacity_building")
}

// Every text of the program is written in every language.
func TestTexts(t *testing.T) {
	for i, tx := range append(programTexts, projectTexts...) {
		if l, missing := tx.Missing(); missing {
			t.Errorf("text %d has no %s wording: %q", i, l, tx)
		}
	}
}

func TestUsage(t *testing.T) { clitest.Usage(t, "evaluation", run) }
