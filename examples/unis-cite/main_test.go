package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The trajectory: three advances from expérimentation, the first dated 2010
// (004:3171-3173), one refusal by the readiness gate at modélisation.
func TestWalkHistory(t *testing.T) {
	lc, refusals, err := walk(context.Background(), io.Discard, lang.French)
	if err != nil {
		t.Fatal(err)
	}
	if lc.Start() != innovation.Experimentation {
		t.Errorf("start %s, want experimentation", lc.Start())
	}
	want := []struct{ from, to innovation.Phase }{
		{innovation.Experimentation, innovation.Modelisation},
		{innovation.Modelisation, innovation.Essaimage},
		{innovation.Essaimage, innovation.Industrialisation},
	}
	h := lc.History()
	if len(h) != len(want) {
		t.Fatalf("%d transitions, want %d: %+v", len(h), len(want), h)
	}
	for i, tr := range h {
		if tr.Kind != innovation.Advance || tr.From != want[i].from || tr.To != want[i].to {
			t.Errorf("history[%d] = %s %s → %s, want advance %s → %s", i, tr.Kind, tr.From, tr.To, want[i].from, want[i].to)
		}
		if tr.At.Year() != 2010 {
			t.Errorf("history[%d] stamped %d, want 2010", i, tr.At.Year())
		}
	}
	if s := lc.Status(); s.Phase != innovation.Industrialisation || s.Abandoned {
		t.Errorf("ends in %+v, want industrialisation", s)
	}
	if len(refusals) != 1 {
		t.Fatalf("%d refusals, want 1: %v", len(refusals), refusals)
	}
	var nr *societal.NotReadyError
	if !errors.Is(refusals[0], societal.ErrNotReady) || !errors.Is(refusals[0], innovation.ErrGate) || !errors.As(refusals[0], &nr) {
		t.Fatalf("refusal %v does not wrap ErrNotReady and ErrGate", refusals[0])
	}
	if nr.Report.Status.Phase != innovation.Modelisation || nr.Report.Verdict != societal.NotYet {
		t.Errorf("refused at %s with %s, want modelisation, not-yet", nr.Report.Status.Phase, nr.Report.Verdict)
	}
	// The economic model, one of the three dimensions, is not established
	// before deployment (004:734-764); the lever is Conseil.
	c, ok := nr.Report.Check(societal.DimensionsCovered)
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

// foreign are words of the other language that an output in lang must not
// hold: the library's English error message, the program's own words.
var foreign = [...][]string{
	lang.French: {"innovation:", "societal:", "cannot", "verdict not-yet", "unmet", "refused", "gate", "History", "advances",
		"missing evidence", "risk zone", "Fix:", "start "},
	lang.English: {"refusé", "contrôle", "Pas encore", "Prêt", "zone de risque", "preuves manquantes", "non remplis",
		"Historique", "avance vers", "Correction", "début", "Avancer", "at essaimage", "Essaimage", "capitalise "},
}

func TestRunOutput(t *testing.T) {
	for _, l := range []lang.Lang{lang.French, lang.English} {
		var buf bytes.Buffer
		if err := tell(context.Background(), l, &buf); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		clitest.OneLanguage(t, "unis-cite", l, out, foreign[l]...)
		refused := map[lang.Lang]string{
			lang.French:  "✗ refusé au contrôle de préparation (Go/noGo)\u00a0: Modélisation → Essaimage, verdict Pas encore\u00a0; non remplis\u00a0: Trois dimensions couvertes\n",
			lang.English: "✗ refused by the readiness gate: Modelling → Spreading, verdict Not yet; unmet: Three dimensions covered\n",
		}[l]
		history := map[lang.Lang]string{
			lang.French:  "— Unis-Cité\u00a0: capitalise son savoir-faire acquis (004:3171-3173)",
			lang.English: "— Unis-Cité: capitalises its know-how (004:3171-3173)",
		}[l]
		for _, s := range []string{refused, history} {
			if !strings.Contains(out, s) {
				t.Errorf("-lang %s: output lacks %q", l, s)
			}
		}
		for _, s := range []string{"1995", "2010", "2010*", "004:3167-3175", "```mermaid", "class industrialisation current", "illustrati"} {
			if !strings.Contains(out, s) {
				t.Errorf("-lang %s: output lacks %q", l, s)
			}
		}
		if n := strings.Count(out, "✗ "); n < 2 {
			t.Errorf("-lang %s: %d unmet lines, want the refusal's", l, n)
		}
	}
}

// The command line: -h prints the usage and exits 0; -lang is read in any
// case; an unknown flag, a bad value or an argument exits 2 with the usage
// on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "unis-cite", func(args []string, stdout, stderr io.Writer) int {
		return run(context.Background(), args, stdout, stderr)
	}, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "usage: unis-cite [flags]"},
		{Args: []string{"-help"}, Stdout: "-lang language"},
		{Stdout: "Unis-Cité et le Service Civique\u00a0: une trajectoire réelle"},
		{Args: []string{"-lang", "en"}, Stdout: "Unis-Cité and the Service Civique: a real trajectory"},
		{Args: []string{"-lang", "EN"}, Stdout: "Unis-Cité and the Service Civique: a real trajectory"},
		{Args: []string{"-nope"}, Status: 2, Stderr: "unis-cite: flag provided but not defined: -nope\n\nusage: unis-cite"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `invalid value "de" for flag -lang`},
		{Args: []string{"-format", "text"}, Status: 2, Stderr: "flag provided but not defined: -format"},
		{Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: `unexpected argument "extra": unis-cite takes no argument`},
	})
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
