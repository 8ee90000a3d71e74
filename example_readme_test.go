package societal_test

import (
	"fmt"
	"log"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/lang"
)

// The README's quick tour, kept honest: this is its code.
func Example() {
	data := []byte(`{
	  "name": "Mobilité solidaire",
	  "phase": "modelisation",
	  "dimensions": {"solution": "established", "processus": "established", "modele-economique": "established"},
	  "economic_model": "rd",
	  "operator_model": "absent"
	}`)

	d, err := societal.DecodeDossier(data) // strict: every problem, with its path
	if err != nil {
		log.Fatal(err)
	}
	rep := societal.Assess(d)
	l := lang.French // or lang.English: every word of a report in one language
	fmt.Println(rep.Verdict.Label(l), "—", rep.RiskZone.Label(l))
	for _, c := range rep.Unmet() {
		fmt.Println(c.ID.Label(l), "—", c.Severity.Label(l), "—", c.Detail.Text(l))
		for _, g := range c.Gaps {
			fmt.Println("  →", g.Lever.Label(l), "—", lang.List(g.Partners...).Label(l))
		}
	}
	fmt.Println("preuves manquantes :", lang.List(rep.Missing()...).Label(l)) // unknown is not failure, but it is shown
	sr, _ := rep.ScoreRange()                                                 // unknowns not met … unknowns met
	fmt.Println("score :", l.Decimal(sr.Low, 2), "–", l.Decimal(sr.High, 2))
	for _, a := range rep.Actions() { // the smallest plan that makes it Ready
		fmt.Println("action :", a.Label(l), "—", lang.List(a.Closes...).Label(l))
	}
	// Output:
	// Pas encore — Crise de croissance
	// Modèle économique adapté — Majeure — aucun modèle opérateur avant le passage en Essaimage
	//   → Conseil — Catalyseur territorial, Investisseur sociétal, Entreprise et Fondation
	//   → Financement — Acteur public / collectivité territoriale, Investisseur sociétal, Entreprise et Fondation
	// preuves manquantes : Besoins de l'étape suivante couverts, Parties prenantes mobilisées, Évaluation adaptée à la phase, Budget d'évaluation et de renforcement, Partenariat équilibré et Engagement pluriannuel et sortie
	// score : 0,29 – 0,86
	// action : Conseil — Modèle économique adapté
	// action : Financement — Modèle économique adapté
	// action : Le projet lui-même — Besoins de l'étape suivante couverts
	// action : Évaluation — Évaluation adaptée à la phase
}
