package story

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
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
// error carries (never the library's English message): every case in
// every language in testdata/refusal.text.*.golden; in the pseudo-locale
// no word escapes the tables.
func TestRefusal(t *testing.T) {
	rep, err := refusal(t)
	unknown := societal.Report{Dossier: "X", Status: innovation.Status{Phase: innovation.Conception}, Verdict: societal.InsufficientEvidence,
		Checks: []societal.Check{{ID: societal.BudgetGuidance, Outcome: evaluation.Unknown, Required: true}}}
	bare := societal.Report{Dossier: "X", Status: innovation.Status{Phase: innovation.Conception}, Verdict: societal.InsufficientEvidence}
	abandoned := societal.Report{Dossier: "X", Status: innovation.Status{Phase: innovation.Essaimage, Abandoned: true}, Verdict: societal.Blocked}
	cases := []error{
		err, // the gate's
		fmt.Errorf("wrapped: %w", &societal.NotReadyError{Report: rep}), // no transition
		&societal.NotReadyError{Report: unknown},                        // required evidence
		&societal.NotReadyError{Report: bare},                           // only the phase
		&societal.NotReadyError{Report: abandoned},
	}
	render := func(l lang.Lang) string {
		var all bytes.Buffer
		for i, err := range cases {
			var b bytes.Buffer
			if !Refusal(&b, err, l) {
				t.Errorf("case %d: Refusal reports false", i)
			}
			all.Write(b.Bytes())
		}
		return all.String()
	}
	for l := range lang.Langs() {
		out := render(l)
		clitest.Golden(t, "refusal.text."+l.String(), out)
		clitest.OneLanguage(t, "story", l, out)
	}
	clitest.Pseudo(t, "story", render(lang.Pseudo), "budget")
	if render(lang.Lang(9)) != render(lang.French) {
		t.Error("an invalid language is not written as French")
	}
	for _, err := range []error{nil, errors.New("other"), innovation.ErrGate} {
		var b bytes.Buffer
		if Refusal(&b, err, lang.French) || b.Len() != 0 {
			t.Errorf("Refusal(%v) = true or wrote %q, want false and nothing", err, b.String())
		}
	}
}

// Assessment writes one language, its label colons with the colon of the
// language: testdata/assessment.text.*.golden.
func TestAssessment(t *testing.T) {
	rep, _ := refusal(t)
	for l := range lang.Langs() {
		var b bytes.Buffer
		Assessment(&b, &rep, l)
		clitest.Golden(t, "assessment.text."+l.String(), b.String())
		clitest.OneLanguage(t, "story", l, b.String())
	}
	var b bytes.Buffer
	Assessment(&b, &rep, lang.Pseudo)
	// The details are the root package's words, which its own
	// pseudo-locale test checks: here they count as given.
	var details []string
	for _, c := range rep.Checks {
		details = append(details, c.Detail.Text(lang.Pseudo))
		for _, g := range c.Gaps {
			details = append(details, g.Detail.Text(lang.Pseudo))
		}
	}
	clitest.Pseudo(t, "story", b.String(), details...)
}

// Every text of the package is written in every language.
func TestTexts(t *testing.T) {
	for i, tx := range texts {
		if l, missing := tx.Missing(); missing {
			t.Errorf("text %d has no %s wording: %q", i, l, tx)
		}
	}
}
