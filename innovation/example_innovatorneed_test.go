package innovation_test

import (
	"fmt"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The innovator's needs, macro-phase by macro-phase (004:827-835).
func ExampleMacroPhase_InnovatorNeeds() {
	for m := range innovation.MacroPhases() {
		for n := range m.InnovatorNeeds() {
			fmt.Printf("%s: %s (%s)\n", m.Label(lang.French), n.Label(lang.French), n.Source())
		}
	}
	// Output:
	// R&D sociétale: Avoir des avis (004:827-828)
	// R&D sociétale: Des moyens pour agir (004:828)
	// Modélisation: Le temps pour modéliser (004:830-832)
	// Déploiement: Irriguer (004:834-835)
}

// The levers that answer each kind of need.
func ExampleNeedKind_Levers() {
	for k := range innovation.NeedKinds() {
		fmt.Print(k.Label(lang.French), ":")
		for l := range k.Levers() {
			fmt.Print(" ", l.Label(lang.French))
		}
		fmt.Println()
	}
	// Output:
	// Financement: Financement
	// Accompagnement: Compétences & réseau Conseil
	// Évaluation: Évaluation
}

// The human resources to mobilise at deployment, most needed first
// (004:3210-3238).
func ExampleStakeholderMatrix_Mobilise() {
	for s, i := range innovation.DefaultStakeholders().Mobilise(innovation.Deploiement) {
		fmt.Println(i, s.Label(lang.French))
	}
	// Output:
	// +++ Financeurs
	// +++ Institutions
	// +++ Gouvernance
	// ++ Porteur d'idée
	// ++ Bénéficiaires
	// ++ Pairs
	// + Catalyseurs
	// + Experts / Conseil
}
