package main

import (
	"context"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/examples/internal/story"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// The trajectory: three advances from expérimentation, the first dated 2010
// (004:3171-3173), one refusal by the readiness gate at modélisation.
func TestWalkHistory(t *testing.T) {
	rep, err := trajectory().Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status.Phase != innovation.Modelisation || rep.Verdict != societal.NotYet {
		t.Errorf("refused at %s with %s, want modelisation, not-yet", rep.Status.Phase, rep.Verdict)
	}
	// The economic model, one of the three dimensions, is not established
	// before deployment (004:734-764); the lever is Conseil.
	c, ok := rep.Check(societal.DimensionsCovered)
	if !ok || len(c.Gaps) == 0 || c.Gaps[0].Lever != innovation.Conseil {
		t.Errorf("dimensions check of the refusal: %+v", c)
	}
}

// Every dossier of the trajectory is valid; before the fix the modélisation
// dossier is not ready, after it it is.
func TestDossiers(t *testing.T) {
	before := state{operatorModel: societal.Partial}
	after := state{operatorModel: societal.Established}
	for ph := range innovation.Phases() {
		for _, st := range []state{before, after} {
			d, err := dossierAt(ph, st)
			if err != nil {
				t.Fatalf("%s %+v: %v", ph, st, err)
			}
			r := societal.Assess(d)
			wantReady := ph != innovation.Modelisation || st == after
			if (r.Verdict == societal.Ready) != wantReady {
				t.Errorf("%s %+v: verdict %s, want ready=%v", ph, st, r.Verdict, wantReady)
			}
		}
	}
}

// The whole output in each language, in testdata/unis-cite.text.*.golden,
// with the language's typography: the refusal, the history with its
// dates, the diagram; in the pseudo-locale, every word but the data comes
// from a table of texts.
func TestRunOutput(t *testing.T) {
	details, err := trajectory().Details(lang.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	outs := clitest.Output(t, "unis-cite", func(l lang.Lang, w io.Writer) error { return story.Tell(context.Background(), w, l, trajectory()) }, append(details, "Unis-Cité")...)
	for l, out := range outs {
		for _, s := range []string{"1995", "2010", "2010*", "004:3167-3175", "```mermaid", "class industrialisation current", reasons[0].In(l)} {
			if !strings.Contains(out, s) {
				t.Errorf("-lang %s: output lacks %q", l, s)
			}
		}
		if n := strings.Count(out, "✗ "); n < 2 {
			t.Errorf("-lang %s: %d unmet lines, want the refusal's", l, n)
		}
	}
}

// Every text of the program is written in every language.
func TestTexts(t *testing.T) { langtest.Filled(t, slices.All(texts)) }

// The command line: -h prints the usage and exits 0; -lang is read in any
// case; an unknown flag, a bad value or an argument exits 2 with the usage
// on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "unis-cite", func(args []string, stdout, stderr io.Writer) int {
		return run(context.Background(), args, stdout, stderr)
	}, append(clitest.LangOnly("unis-cite"), []clitest.Case{
		{Stdout: title.In(lang.French)},
		{Args: []string{"-lang", "en"}, Stdout: title.In(lang.English)},
		{Args: []string{"-lang", "EN"}, Stdout: title.In(lang.English)},
		{Args: []string{"-lang", "qps"}, Stdout: title.In(lang.Pseudo)},
		{Args: []string{"-format", "text"}, Status: 2, Stderr: "-format"},
	}...))
}

// The other operators take the know-how up at deployment: Unis-Cité "a
// capitalisé son savoir-faire acquis, en 2010, pour le partager avec
// d'autres opérateurs lors du déploiement d'un Service Civique universel"
// (004:3171-3175). They are partners from essaimage on, never before, fix
// or not.
func TestOtherOperatorsAtDeployment(t *testing.T) {
	for ph := range innovation.Phases() {
		for _, st := range []state{{operatorModel: societal.Partial}, {operatorModel: societal.Established}} {
			d, err := dossierAt(ph, st)
			if err != nil {
				t.Fatal(err)
			}
			_, has := d.Partnership.Partner(idOperateurs)
			if want := ph.MacroPhase() == innovation.Deploiement; has != want {
				t.Errorf("%s %+v: other operators among the partners = %v, want %v", ph, st, has, want)
			}
		}
	}
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, "unis-cite", func(args []string, stdout, stderr io.Writer) int {
		return run(context.Background(), args, stdout, stderr)
	})
}
