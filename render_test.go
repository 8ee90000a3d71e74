package societal_test

// The renderings of a report and of a portfolio: plain text and Markdown,
// in French and English.

import (
	"context"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
)

// blockedDossier is blocked at the crossing to essaimage: its operator
// model is absent.
func blockedDossier() *societal.Dossier {
	return &societal.Dossier{Name: "A | B\nC", Carrier: "Porteur", Phase: innovation.Modelisation,
		EconomicModel: innovation.ModeleRD, OperatorModel: societal.Absent}
}

func TestReportText(t *testing.T) {
	rep := societal.Assess(blockedDossier())
	for _, tc := range []struct {
		lang innovation.Lang
		want []string
	}{
		{innovation.English, []string{
			"A | B\nC (Porteur)\n",
			"Verdict: Blocked\n",
			"Phase: Modelling (Modelling)\n",
			"Crossing: Modelling → Spreading — Growth crisis\n",
			"Change from the R&D to the operator model\n",
			"Score: 0.5000   (Rubric " + societal.RubricVersion + ")\n",
			`[✗] Economic model fits — Not met (Blocking): operator model absent before the crossing to "essaimage"   [004:793-797]` + "\n",
			"      → Advice: model the operator economics (the crise de croissance) (Territorial catalyst, Company, Foundation)\n",
			"[?] Three dimensions covered — Unknown: not every dimension is stated   [004:734-764]\n",
		}},
		{innovation.French, []string{
			"Verdict: Bloqué\n",
			"Passage: Modélisation → Essaimage — Crise de croissance\n",
			"Score: 0.5000   (Grille " + societal.RubricVersion + ")\n",
			"[✗] Modèle économique adapté — Non atteint (Bloquante): ",
			"      → Conseil: model the operator economics (the crise de croissance) (Catalyseur territorial, Entreprise, Fondation)\n",
		}},
	} {
		text := rep.Text(tc.lang)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%v: the text does not hold %q:\n%s", tc.lang, w, text)
			}
		}
		// One line per check, each citing its source.
		for _, c := range rep.Checks {
			if !strings.Contains(text, c.ID.Label(tc.lang)+" — ") || !strings.Contains(text, "["+c.Source+"]\n") {
				t.Errorf("%v: no line for %v citing %s", tc.lang, c.ID, c.Source)
			}
		}
	}
}

func TestReportMarkdown(t *testing.T) {
	rep := societal.Assess(blockedDossier())
	md := rep.Markdown(innovation.English)
	for _, w := range []string{
		`## A \| B C` + "\n",
		"| Carrier | Porteur |\n",
		"| Verdict | **Blocked** |\n",
		"| Criterion | Outcome | Severity | Detail | Source |\n",
		`| ✗ Economic model fits | Not met | Blocking | operator model absent before the crossing to "essaimage" | 004:793-797 |` + "\n",
		"### Gaps and levers\n",
		"| Economic model fits | Advice | Territorial catalyst, Company, Foundation | model the operator economics (the crise de croissance) |\n",
		"```mermaid\n",
		"class modelisation current",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("the Markdown does not hold %q:\n%s", w, md)
		}
	}
	// An unidentified phase: no diagram, a dash for the phase.
	rep = societal.Assess(&societal.Dossier{Name: "x"})
	md = rep.Markdown(innovation.French)
	if strings.Contains(md, "mermaid") || !strings.Contains(md, "| Phase | — |") {
		t.Errorf("no phase:\n%s", md)
	}
	// An abandoned project says so, and its diagram too.
	d := readyDossier(t, innovation.Experimentation)
	d.History = history(t, innovation.Experimentation, true)
	rep = societal.Assess(d)
	md = rep.Markdown(innovation.French)
	for _, w := range []string{"| Phase | Expérimentation (R&D sociétale) — abandonné |\n", "class abandoned current"} {
		if !strings.Contains(md, w) {
			t.Errorf("abandoned: the Markdown does not hold %q:\n%s", w, md)
		}
	}
}

func TestPortfolioRendering(t *testing.T) {
	p, err := societal.AssessAll(context.Background(), []*societal.Dossier{
		readyDossier(t, innovation.Conception),
		readyDossier(t, innovation.Essaimage),
		{Name: "bloqué", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
	})
	if err != nil {
		t.Fatal(err)
	}
	md := p.Markdown(innovation.English)
	for _, w := range []string{
		"## Portfolio — 3 dossiers (Rubric " + societal.RubricVersion + ")\n",
		"| Spreading | 2 |\n",
		"| Experimentation | 0 |\n",
		"| Ready | 2 |\n",
		"| Not yet | 0 |\n",
		"| Blocked | 1 |\n",
		"| Economic model fits | 1 |\n",
		"| bloqué | ",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("the Markdown does not hold %q:\n%s", w, md)
		}
	}
	text := p.Text(innovation.French)
	for _, w := range []string{
		"Portefeuille — 3 dossiers (Grille " + societal.RubricVersion + ")\n",
		"  Essaimage  ·  2\n",
		"  Prêt  ·  2\n",
		"  Bloqué  ·  1\n",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("the text does not hold %q:\n%s", w, text)
		}
	}
}
