package main

import (
	"context"
	"io"
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
	clitest.Run(t, "lifecycle", run, append(clitest.LangOnly("lifecycle"), []clitest.Case{
		{Stdout: innovation.CriseDeCroissance.Label(lang.French)},
		{Args: []string{"-lang", "fr"}, Stdout: gateName.In(lang.French)},
		{Args: []string{"-lang", "en"}, Stdout: innovation.CriseDeCroissance.Label(lang.English)},
		{Args: []string{"-lang", "EN"}, Stdout: noOperatorModel.Message.In(lang.English)},
		{Args: []string{"-lang", "qps"}, Stdout: noOperatorModel.Message.In(lang.Pseudo)},
	}...))
}

// The whole output in each language, in testdata/lifecycle.text.*.golden,
// with the language's typography: the refusal written from its structure,
// the history with the labels of the transitions and phases, who made each
// and why; in the pseudo-locale, every word comes from a table of texts.
func TestOutput(t *testing.T) {
	clitest.Output(t, "lifecycle", func(l lang.Lang, w io.Writer) error { return walk(context.Background(), l, w) })
}

// Every text of the program is written in every language.
func TestTexts(t *testing.T) { langtest.Filled(t, slices.All(texts)) }

func TestUsage(t *testing.T) { clitest.Usage(t, "lifecycle", run) }
