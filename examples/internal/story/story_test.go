package story

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// refusal returns the report of the Wimoov dossier of the readiness
// example (Modélisation, not yet: the economic model is not established),
// and the error of a lifecycle whose readiness gate refuses it.
func refusal(t *testing.T) (societal.Report, error) {
	t.Helper()
	data, err := os.ReadFile("../../readiness/dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := societal.DecodeDossier(data)
	if err != nil {
		t.Fatal(err)
	}
	a, err := societal.NewAssessor(societal.DefaultRubric())
	if err != nil {
		t.Fatal(err)
	}
	lc, err := innovation.New(d.Phase)
	if err != nil {
		t.Fatal(err)
	}
	load := func(context.Context, innovation.Transition) (*societal.Dossier, error) { return d, nil }
	if err := lc.AddGate("readiness", a.Gate(load)); err != nil {
		t.Fatal(err)
	}
	err = lc.Advance(context.Background(), innovation.Note{By: "test"})
	if !errors.Is(err, societal.ErrNotReady) {
		t.Fatalf("advance: %v, want a readiness refusal", err)
	}
	return a.Assess(d), err
}

// Refusal writes the gate's refusal in one language, from the report the
// error carries: no word of the library's English message in French, the
// French colon and semicolon with their no-break space.
func TestRefusal(t *testing.T) {
	rep, err := refusal(t)
	unknown := societal.Report{Dossier: "X", Status: innovation.Status{Phase: innovation.Conception}, Verdict: societal.InsufficientEvidence,
		Checks: []societal.Check{{ID: societal.BudgetGuidance, Outcome: evaluation.Unknown, Required: true}}}
	bare := societal.Report{Dossier: "X", Status: innovation.Status{Phase: innovation.Conception}, Verdict: societal.InsufficientEvidence}
	abandoned := societal.Report{Dossier: "X", Status: innovation.Status{Phase: innovation.Essaimage, Abandoned: true}, Verdict: societal.Blocked}
	tests := []struct {
		name string
		err  error
		l    lang.Lang
		want string
	}{
		{"gate fr", err, lang.French,
			"✗ refusé au contrôle de préparation (Go/noGo)\u00a0: Modélisation → Essaimage, verdict Pas encore\u00a0; non remplis\u00a0: Trois dimensions couvertes\n"},
		{"gate en", err, lang.English,
			"✗ refused by the readiness gate: Modelling → Spreading, verdict Not yet; unmet: Three dimensions covered\n"},
		{"wrapped, no transition", fmt.Errorf("wrapped: %w", &societal.NotReadyError{Report: rep}), lang.English,
			"✗ refused by the readiness gate: Modelling, verdict Not yet; unmet: Three dimensions covered\n"},
		{"required evidence fr", &societal.NotReadyError{Report: unknown}, lang.French,
			"✗ refusé au contrôle de préparation (Go/noGo)\u00a0: Conception, verdict À instruire\u00a0; preuves requises manquantes\u00a0: Budget d'évaluation et de renforcement (budget)\n"},
		{"only the phase en", &societal.NotReadyError{Report: bare}, lang.English,
			"✗ refused by the readiness gate: Design, verdict Insufficient evidence; nothing but the phase is stated\n"},
		{"abandoned fr", &societal.NotReadyError{Report: abandoned}, lang.French,
			"✗ refusé au contrôle de préparation (Go/noGo)\u00a0: Essaimage, projet abandonné en Essaimage\n"},
		{"invalid lang is French", err, lang.Lang(9),
			"✗ refusé au contrôle de préparation (Go/noGo)\u00a0: Modélisation → Essaimage, verdict Pas encore\u00a0; non remplis\u00a0: Trois dimensions couvertes\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if !Refusal(&b, tt.err, tt.l) {
			t.Errorf("%s: Refusal reports false", tt.name)
			continue
		}
		if got := b.String(); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	for _, err := range []error{nil, errors.New("other"), innovation.ErrGate} {
		var b bytes.Buffer
		if Refusal(&b, err, lang.French) || b.Len() != 0 {
			t.Errorf("Refusal(%v) = true or wrote %q, want false and nothing", err, b.String())
		}
	}
}

// Assessment writes one language, its label colons with the colon of the
// language.
func TestAssessment(t *testing.T) {
	rep, _ := refusal(t)
	tests := []struct {
		l         lang.Lang
		want, not []string
	}{
		{lang.French,
			[]string{"Verdict\u00a0: Pas encore (zone de risque\u00a0: Crise de croissance)\n", "  ✗ Trois dimensions couvertes (Majeure)\u00a0: ", "      → Conseil\u00a0: "},
			[]string{"Verdict:", "Not yet", "risk zone", " : "}},
		{lang.English,
			[]string{"Verdict: Not yet (risk zone: Growth crisis)\n", "  ✗ Three dimensions covered (Major): ", "      → Advice: "},
			[]string{"\u00a0", "Pas encore", "zone de risque"}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		Assessment(&b, &rep, tt.l)
		for _, s := range tt.want {
			if !strings.Contains(b.String(), s) {
				t.Errorf("%s: output lacks %q:\n%s", tt.l, s, b.String())
			}
		}
		for _, s := range tt.not {
			if strings.Contains(b.String(), s) {
				t.Errorf("%s: output holds %q:\n%s", tt.l, s, b.String())
			}
		}
	}
}
