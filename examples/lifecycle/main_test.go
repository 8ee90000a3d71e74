package main

import (
	"bytes"
	"context"
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
	clitest.Run(t, "lifecycle", run, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "lifecycle ["},
		{Args: []string{"-help"}, Stdout: "-lang "},
		{Stdout: innovation.CriseDeCroissance.Label(lang.French)},
		{Args: []string{"-lang", "fr"}, Stdout: gateName.In(lang.French)},
		{Args: []string{"-lang", "en"}, Stdout: innovation.CriseDeCroissance.Label(lang.English)},
		{Args: []string{"-lang", "EN"}, Stdout: noOperatorModel.Message.In(lang.English)},
		{Args: []string{"-lang", "qps"}, Stdout: noOperatorModel.Message.In(lang.Pseudo)},
		{Args: []string{"-nope"}, Status: 2, Stderr: "-nope"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `"de"`},
		{Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: `unexpected argument "extra": lifecycle takes no argument`},
	})
}

// The whole output in each language, in testdata/lifecycle.text.*.golden,
// with the language's typography: the refusal written from its structure,
// the history with the labels of the transitions and phases, who made each
// and why; in the pseudo-locale, every word comes from a table of texts.
func TestOutput(t *testing.T) {
	for l := range lang.Langs() {
		var b bytes.Buffer
		if err := walk(context.Background(), l, &b); err != nil {
			t.Fatal(err)
		}
		clitest.Golden(t, "lifecycle.text."+l.String(), b.String())
		clitest.OneLanguage(t, "lifecycle", l, b.String())
	}
	var b bytes.Buffer
	if err := walk(context.Background(), lang.Pseudo, &b); err != nil {
		t.Fatal(err)
	}
	clitest.Pseudo(t, "lifecycle", b.String())
}

// Every text of the program is written in every language.
func TestTexts(t *testing.T) {
	for i, tx := range texts {
		if l, missing := tx.Missing(); missing {
			t.Errorf("text %d has no %s wording: %q", i, l, tx)
		}
	}
}

func TestUsage(t *testing.T) { clitest.Usage(t, "lifecycle", run) }
