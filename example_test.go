package societal_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// A funder decodes a dossier, assesses it and reads what is missing, which
// lever answers it, the score range with the coverage, the documents to
// request and the next best actions.
func ExampleAssess() {
	d, err := societal.DecodeDossier([]byte(`{
	  "name": "Épicerie solidaire",
	  "phase": "essaimage",
	  "dimensions": {"solution": "established", "processus": "partial", "modele-economique": "established"},
	  "economic_model": "operateur",
	  "budget": {"total": "500000", "evaluation": "75000", "capacity_building": "150000"}
	}`))
	if err != nil {
		log.Fatal(err)
	}
	rep := societal.Assess(d)
	fmt.Println("verdict:", rep.Verdict)
	for _, c := range rep.Unmet() {
		fmt.Printf("%s (%s, %s): %s\n", c.ID, c.Severity, c.Source, c.Detail.Text(lang.English))
		for _, g := range c.Gaps {
			fmt.Printf("  → %s: %v\n", g.Lever.Label(lang.English), g.Partners)
		}
	}
	fmt.Println("missing evidence:", rep.Missing())
	sr, _ := rep.ScoreRange()
	cov := rep.Coverage()
	fmt.Printf("score: %s – %s (%d/%d judged)\n", sr.Low.StringFixed(2), sr.High.StringFixed(2), cov.Judged, cov.Applicable)
	for _, q := range rep.Requests()[:1] {
		fmt.Printf("ask for %s: %s\n", q.Field, q.Text(lang.English))
	}
	for _, a := range rep.Actions() {
		if a.Lever.IsValid() {
			fmt.Println("action:", a.Lever, a.Partners, "closes", a.Closes)
		} else {
			fmt.Println("action: supply the evidence of", a.Evidence)
		}
	}
	// Output:
	// verdict: not-yet
	// dimensions (major, 004:734-764): not established: Process
	//   → Skills & network: [entreprise catalyseur-territorial]
	// budget (minor, 004:3105-3107, 3202-3208): Evaluation over the guidance
	//   → Evaluation: [academique]
	// missing evidence: [next-needs stakeholders evaluation partnership commitment]
	// score: 0.29 – 0.79 (4/9 judged)
	// ask for partnership: the list of partners and what each contributes, per lever (financing, skills & network, advice, evaluation)
	// action: competences-reseau [entreprise catalyseur-territorial] closes [dimensions]
	// action: supply the evidence of [next-needs]
}

// A funder's readiness rule guards the advances of a project's lifecycle:
// the gate loads the dossier as it stands at each advance, given the
// proposed transition, and names what is missing when it refuses. This
// funder requires only the economic model and the three dimensions to be
// judged before the crossing.
func ExampleAssessor_Gate() {
	r := societal.DefaultRubric()
	r.Version = "comité-2026"
	r.Required[innovation.Modelisation] = []societal.CheckID{societal.EconomicModelFit, societal.DimensionsCovered}
	a, err := societal.NewAssessor(r)
	if err != nil {
		log.Fatal(err)
	}
	d := &societal.Dossier{
		Name:          "Mobilité solidaire",
		Phase:         innovation.Modelisation,
		Dimensions:    societal.Dimensions{Solution: societal.Established, Processus: societal.Established, ModeleEconomique: societal.Established},
		EconomicModel: innovation.ModeleRD,
	}
	load := func(_ context.Context, t innovation.Transition) (*societal.Dossier, error) {
		d.Phase = t.From // the funder's record follows the lifecycle
		return d, nil
	}
	l, err := innovation.New(innovation.Modelisation, innovation.WithGate("comité d'investissement", a.Gate(load)))
	if err != nil {
		log.Fatal(err)
	}
	advance := func() {
		err := l.Advance(context.Background(), innovation.Note{By: "comité"})
		var nr *societal.NotReadyError
		if errors.As(err, &nr) {
			fmt.Println("refused:", nr) // nr.Text(lang.French) in French
		}
		fmt.Println("phase:", l.Phase())
	}

	advance()                          // where the operator model stands is not stated
	d.OperatorModel = societal.Absent  // stated: there is none
	advance()                          // "la difficulté réside dans le passage" (004:797)
	d.OperatorModel = societal.Partial // under way
	advance()
	// Output:
	// refused: societal: “Mobilité solidaire” cannot leave “Modelling” (verdict “Insufficient evidence”): missing evidence: “Economic model fits” (economic_model, operator_model)
	// phase: modelisation
	// refused: societal: “Mobilité solidaire” cannot leave “Modelling” (verdict “Not yet”): unmet: “Economic model fits”
	// phase: modelisation
	// phase: essaimage
}

// The Markdown report is what a funder pastes into a committee note: a
// summary, the criteria, the gaps and the Mermaid diagram of the lifecycle.
func ExampleReport_Markdown() {
	rep := societal.Assess(&societal.Dossier{
		Name:          "Tiers-lieu rural",
		Phase:         innovation.Experimentation,
		EconomicModel: innovation.ModeleRD,
	})
	md := rep.Markdown(lang.French)
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "## ") || strings.HasPrefix(line, "| Verdict") ||
			strings.HasPrefix(line, "| Passage") || strings.Contains(line, "class ") || line == "```mermaid" {
			fmt.Println(line)
		}
	}
	// Output:
	// ## Tiers-lieu rural
	// | Verdict | **À instruire** — décidé par : Besoins de l'étape suivante couverts |
	// | Passage | Expérimentation → Modélisation — Vallée de la mort |
	// ```mermaid
	//     class experimentation current
}
