package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/lang"
)

// The command line: -h prints the usage and exits 0; -lang is read in any
// case; an unknown flag, a bad value or an argument exits 2 with the usage
// on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "lifecycle", run, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "usage: lifecycle [flags]"},
		{Args: []string{"-help"}, Stdout: "-lang language"},
		{Stdout: "Modélisation → Essaimage (zone de risque\u00a0: Crise de croissance)\n"},
		{Args: []string{"-lang", "fr"}, Stdout: "    refusé par le contrôle «\u00a0modèle économique\u00a0»\u00a0: pas encore de modèle opérateur crédible\n"},
		{Args: []string{"-lang", "en"}, Stdout: "Modelling → Spreading (risk zone: Growth crisis)\n"},
		{Args: []string{"-lang", "EN"}, Stdout: "    refused by the \"economic model\" gate: no credible operator model yet\n"},
		{Args: []string{"-nope"}, Status: 2, Stderr: "lifecycle: flag provided but not defined: -nope\n\nusage: lifecycle"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `invalid value "de" for flag -lang`},
		{Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: `unexpected argument "extra": lifecycle takes no argument`},
	})
}

// foreign are words of the other language that an output in lang must not
// hold: the program's words, the library's English error message, the
// phases' keys where their labels belong.
var foreign = [...][]string{
	lang.French: {"crossing", "prepare", "refused", "History", "gate", "no credible", "innovation:", "cannot",
		"advance ", "return ", "committee", "carrier", "risk zone"},
	lang.English: {"Modélisation", "Crise de croissance", "Compétences", "comité", "porteur", "tester", "préparer",
		"refusé", "contrôle", "Historique", "Avancer", "Revenir", "zone de risque"},
}

// Each language's output is in that language only, with its typography;
// the history shows the labels of the transitions and phases, who made
// each and why, clearly apart.
func TestOneLanguage(t *testing.T) {
	history := [...][]string{
		lang.French: {
			"Historique\u00a0:\n",
			"  2015-02  Avancer  Conception      → Expérimentation    — comité d'engagement\n",
			"  2015-05  Revenir  Modélisation    → Expérimentation    — porteur\u00a0: tester le modèle opérateur\n",
		},
		lang.English: {
			"History:\n",
			"  2015-02  Advance  Design          → Experimentation    — investment committee\n",
			"  2015-05  Return   Modelling       → Experimentation    — project carrier: test the operator model\n",
		},
	}
	for _, l := range []lang.Lang{lang.French, lang.English} {
		var b bytes.Buffer
		if err := walk(context.Background(), l, &b); err != nil {
			t.Fatal(err)
		}
		clitest.OneLanguage(t, "lifecycle", l, b.String(), foreign[l]...)
		for _, s := range history[l] {
			if !strings.Contains(b.String(), s) {
				t.Errorf("-lang %s: output lacks %q:\n%s", l, s, b.String())
			}
		}
	}
}
