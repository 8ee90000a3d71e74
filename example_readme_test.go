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
	fmt.Println(rep.Verdict.Label(lang.French), "—", rep.RiskZone.Label(lang.French))
	for _, c := range rep.Unmet() {
		fmt.Println(c.ID, c.Severity, c.Detail)
		for _, g := range c.Gaps {
			fmt.Println("  →", g.Lever.Label(lang.French), g.Partners)
		}
	}
	fmt.Println("missing evidence:", rep.Missing())
	sr, _ := rep.ScoreRange()
	fmt.Println("score:", sr.Low.StringFixed(2), "–", sr.High.StringFixed(2))
	for _, a := range rep.Actions() {
		fmt.Println("action:", a.Label(lang.French), a.Closes, a.Evidence)
	}
	// Output:
	// Pas encore — Crise de croissance
	// economic-model major no operator model before the crossing to Spreading
	//   → Conseil [catalyseur-territorial investisseur-societal entreprise fondation]
	//   → Financement [acteur-public investisseur-societal entreprise fondation]
	// missing evidence: [next-needs stakeholders evaluation budget partnership commitment]
	// score: 0.29 – 0.86
	// action: Conseil [economic-model] []
	// action: Financement [economic-model] []
	// action: Le projet lui-même [next-needs] [next-needs]
	// action: Évaluation [evaluation] [evaluation]
}
