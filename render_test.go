package societal_test

// The renderings of a report and of a portfolio: plain text and Markdown,
// in French and English.

import (
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// blockedDossier is blocked in essaimage: it is still on the R&D model,
// where "il doit reposer sur un modèle viable à long terme, d'opérateur"
// (004:795-797). Seven of its nine checks are unknown.
func blockedDossier() *societal.Dossier {
	return &societal.Dossier{Name: "A | B\nC", Carrier: "Porteur", Phase: innovation.Essaimage,
		EconomicModel: innovation.ModeleRD}
}

func TestReportText(t *testing.T) {
	rep := societal.Assess(blockedDossier())
	for _, tc := range []struct {
		l    lang.Lang
		want []string
	}{
		{lang.English, []string{
			"A | B\nC (Porteur)\n",
			"Verdict: Blocked — decided by: Economic model fits\n",
			"Phase: Spreading (Deployment)\n",
			"Crossing: Spreading → Industrialisation — Quantum leap\n",
			// 2 of 14 met; 12 of 14 if the unknowns turn out met.
			"Score: 0.14 – 0.86 (2/9 judged)   (Rubric " + societal.RubricVersion + ")\n",
			"Coverage: 2/9 criteria judged, weight 4/14\n",
			"How the score is computed: the sum of the weights",
			`[✗] Economic model fits — Not met (Blocking) [required] [weight 2]: still on the R&D model in Spreading, where an operator model is needed   [004:793-797]` + "\n",
			"      → Advice: build a viable operator model (to mobilise: Territorial catalyst, Societal investor, Company, Foundation)\n",
			"[?] Three dimensions covered — Unknown [required] [weight 2]: not every dimension is stated   [004:734-764]\n",
			"Documents to request\n",
			"  - Multi-year commitment and exit: how long the partners commit and the planned exit strategy (Dossier field partnership.terms)\n",
			"Next best actions (the smallest set that can make the dossier ready)\n",
			"  1. Advice (Territorial catalyst, Societal investor, Company, Foundation) — closes Economic model fits\n",
			"  2. Financing (Public actor / local authority, Societal investor, Company, Foundation) — closes Economic model fits\n",
			"  3. The project itself — lets the committee judge Three dimensions covered, Next step's needs supplied; evidence to supply: dimensions; partnership\n",
		}},
		{lang.French, []string{
			// French typography: a no-break space (U+00A0) before ":" and ";".
			"Verdict\u00a0: Bloqué — décidé par\u00a0: Modèle économique adapté\n",
			"Phase\u00a0: Essaimage (Déploiement)\n",
			"Passage\u00a0: Essaimage → Industrialisation — Saut quantique\n",
			"Score\u00a0: 0,14 – 0,86 (2/9 jugés)   (Grille " + societal.RubricVersion + ")\n",
			"Couverture\u00a0: 2/9 critères jugés, poids 4/14\n",
			"Calcul du score\u00a0: somme des poids des critères remplis sur somme des poids des critères applicables\u00a0;",
			"[✗] Modèle économique adapté — Non atteint (Bloquante) [requis] [poids 2]\u00a0: encore sur le modèle R&D en Essaimage, où un modèle opérateur est nécessaire",
			"      → Conseil\u00a0: construire un modèle opérateur viable (à mobiliser\u00a0: Catalyseur territorial, Investisseur sociétal, Entreprise, Fondation)\n",
			"Documents à demander\n",
			"  - Trois dimensions couvertes [requis]\u00a0: l'état de chacune des trois dimensions\u00a0: la solution",
			"Prochaines actions (le plus petit ensemble qui peut rendre le dossier prêt)\n",
			"  3. Le projet lui-même — permet de juger Trois dimensions couvertes, Besoins de l'étape suivante couverts\u00a0; preuves à fournir\u00a0: dimensions\u00a0; partnership\n",
		}},
	} {
		text := rep.Text(tc.l)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%v: the text does not hold %q:\n%s", tc.l, w, text)
			}
		}
		// One line per check, each citing its source.
		for _, c := range rep.Checks {
			if !strings.Contains(text, c.ID.Label(tc.l)+" — ") || !strings.Contains(text, "["+c.Source+"]\n") {
				t.Errorf("%v: no line for %v citing %s", tc.l, c.ID, c.Source)
			}
		}
	}
}

func TestReportMarkdown(t *testing.T) {
	rep := societal.Assess(blockedDossier())
	md := rep.Markdown(lang.English)
	for _, w := range []string{
		`## A \| B C` + "\n",
		"| Carrier | Porteur |\n",
		"| Verdict | **Blocked** — decided by: Economic model fits |\n",
		"| Score | 0.14 – 0.86 (2/9 judged) |\n",
		"| Coverage | 2/9 criteria judged, weight 4/14 |\n",
		"| Criterion | Outcome | Severity | Weight | Required | Detail | Source |\n",
		`| ✗ Economic model fits | Not met | Blocking | 2 | ✓ | still on the R&D model in Spreading, where an operator model is needed | 004:793-797 |` + "\n",
		"### Gaps and levers\n",
		"| Economic model fits | Advice | Territorial catalyst, Societal investor, Company, Foundation | build a viable operator model |\n",
		"### Documents to request\n",
		"| Balanced partnership |  | the make-up of the partnership: partners, contributions, share of decision power, governance | `partnership` |\n",
		"### Next best actions (the smallest set that can make the dossier ready)\n",
		"| 3 | The project itself |  | Three dimensions covered, Next step's needs supplied | `dimensions; partnership` |\n",
		"```mermaid\n",
		"class essaimage current",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("the Markdown does not hold %q:\n%s", w, md)
		}
	}
	// An unidentified phase: no diagram, a dash for the phase.
	rep = societal.Assess(&societal.Dossier{Name: "x"})
	md = rep.Markdown(lang.French)
	if strings.Contains(md, "mermaid") || !strings.Contains(md, "| Phase | — |") {
		t.Errorf("no phase:\n%s", md)
	}
	// An abandoned project says so, and its diagram too.
	d := readyDossier(t, innovation.Experimentation)
	d.History = history(t, innovation.Experimentation, true)
	rep = societal.Assess(d)
	md = rep.Markdown(lang.French)
	for _, w := range []string{"| Phase | Expérimentation (R&D sociétale) — abandonné |\n", "class abandoned current"} {
		if !strings.Contains(md, w) {
			t.Errorf("abandoned: the Markdown does not hold %q:\n%s", w, md)
		}
	}
}

// A dossier judged on every check has one score, not a range of two equal
// bounds.
func TestScoreOneValueWhenAllJudged(t *testing.T) {
	rep := societal.Assess(decodeExample(t))
	if cov := rep.Coverage(); cov.Judged != cov.Applicable {
		t.Fatalf("the example is not fully judged: %+v", cov)
	}
	text := rep.Text(lang.French)
	if !strings.Contains(text, "Score\u00a0: 0,71 (9/9 jugés)") || strings.Contains(text, "0,71 – 0,71") {
		t.Errorf("score line:\n%s", text)
	}
}

// Text a dossier gives cannot become HTML, a link or a broken table in
// the Markdown report.
func TestMarkdownEscapesDossierText(t *testing.T) {
	d := &societal.Dossier{Name: "<img src=x onerror=alert(1)> [lien](http://x) *gras* | col", Carrier: "a\nb", Phase: innovation.Conception}
	rep := societal.Assess(d)
	md := rep.Markdown(lang.French)
	for _, bad := range []string{"## <img", "[lien](", "*gras*", " | col", "a\nb"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown holds %q unescaped:\n%s", bad, md)
		}
	}
	if !strings.Contains(md, `## \<img src=x onerror=alert(1)\> \[lien\](http://x) \*gras\* \| col`) {
		t.Errorf("heading not escaped as expected:\n%s", md)
	}
}

// An action closes the unmet checks and lets the committee judge those
// whose evidence is missing: never « permet de juger » a check already
// judged (an invalid value to correct).
func TestActionTextClosesAndJudges(t *testing.T) {
	d := &societal.Dossier{Name: "P", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleOperateur}
	d.Dimensions.Processus = 9 // invalid: NotMet, Blocking, no lever
	rep := societal.Assess(d)
	text := rep.Text(lang.English)
	want := "The project itself — closes Three dimensions covered; lets the committee judge Next step's needs supplied; evidence to supply: partnership\n"
	if !strings.Contains(text, want) {
		t.Errorf("the text does not hold %q:\n%s", want, text)
	}
}
