package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/lang"
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

// foreign are words of the other language that an output in lang must not
// hold: the program's words and the project's.
var foreign = [...][]string{
	lang.French: {"focus", "effort", "advice", "degree", "unknown", "counted", "missing", "score", "capacity building",
		"of the total", "by lever", "Fit with", "no finding", "young", "social mix"},
	lang.English: {"Objet", "Moyens", "Conseil", "Degré", "inconnu", "compté", "manquant", "renforcement", "du total",
		"par levier", "Adéquation", "aucun constat", "jeunes", "mixité", "structures d'accueil"},
}

// Each language's output is in that language only, its scores and shares
// written the language's way.
func TestOneLanguage(t *testing.T) {
	want := [...][]string{
		lang.French: {
			"  Objet\u00a0: ", "  Degré\u00a0: Compter\n",
			"Performance\u00a0: 0,7271 (3 comptés, 1 manquant)\n",
			"  Environnemental  inconnu (0 compté, 1 manquant)\n",
			"Budget\u00a0: 2\u202f400\u202f000\u00a0EUR, dont évaluation 180\u202f000\u00a0EUR (7,5\u00a0% du total) et renforcement des capacités 300\u202f000\u00a0EUR (12,5\u00a0%)\n",
		},
		lang.English: {
			"  Focus: ", "  Degree: Measuring\n",
			"Performance: 0.7271 (3 counted, 1 missing)\n",
			"  Environmental  unknown (0 counted, 1 missing)\n",
			"Budget: 2,400,000 EUR, of which evaluation 180,000 EUR (7.5% of the total) and capacity building 300,000 EUR (12.5%)\n",
		},
	}
	for _, l := range []lang.Lang{lang.French, lang.English} {
		var b bytes.Buffer
		if err := evaluate(l, &b); err != nil {
			t.Fatal(err)
		}
		clitest.OneLanguage(t, "evaluation", l, b.String(), foreign[l]...)
		for _, s := range want[l] {
			if !strings.Contains(b.String(), s) {
				t.Errorf("-lang %s: output lacks %q:\n%s", l, s, b.String())
			}
		}
	}
}

// scoreText: the value or "unknown", the counts with their plural (French
// singular for 0 and 1), the excluded criteria only when there are some.
func TestScoreText(t *testing.T) {
	v := decimal.RequireFromString("0.75")
	tests := []struct {
		s    evaluation.Score
		l    lang.Lang
		want string
	}{
		{evaluation.Score{Value: v, Counted: 3, Missing: 1}, lang.French, "0,7500 (3 comptés, 1 manquant)"},
		{evaluation.Score{Value: v, Counted: 1, Missing: 2, Excluded: 1}, lang.French, "0,7500 (1 compté, 2 manquants, 1 sans objet)"},
		{evaluation.Score{Missing: 0}, lang.French, "inconnu (0 compté, 0 manquant)"},
		{evaluation.Score{Value: v, Counted: 1, Missing: 0, Excluded: 2}, lang.English, "0.7500 (1 counted, 0 missing, 2 not applicable)"},
		{evaluation.Score{Missing: 1200}, lang.English, "unknown (0 counted, 1,200 missing)"},
		{evaluation.Score{Missing: 1200}, lang.French, "inconnu (0 compté, 1\u202f200 manquants)"},
	}
	for _, tt := range tests {
		if got := scoreText(tt.s, tt.l); got != tt.want {
			t.Errorf("scoreText(%+v, %s) = %q, want %q", tt.s, tt.l, got, tt.want)
		}
	}
}
