package innovation_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Iterate over the five phases in order, with their French labels, their
// macro-phase and the risk zone of the crossing to the next phase.
func ExamplePhases() {
	for p := range innovation.Phases() {
		line := fmt.Sprintf("%-17s %-14s", p.Label(lang.French), p.MacroPhase().Label(lang.French))
		if risk, ok := p.Crossing(); ok {
			line += " → " + risk.Label(lang.French)
		}
		fmt.Println(strings.TrimRight(line, " "))
	}
	// Output:
	// Conception        R&D sociétale  → Traversée du désert
	// Expérimentation   R&D sociétale  → Vallée de la mort
	// Modélisation      Modélisation   → Crise de croissance
	// Essaimage         Déploiement    → Saut quantique
	// Industrialisation Déploiement
}

// ParsePhase accepts the key, the French label and the English label, in
// any case; MarshalText writes the key.
func ExampleParsePhase() {
	for _, s := range []string{"modelisation", "EXPÉRIMENTATION", "Spreading", "prototype"} {
		p, err := innovation.ParsePhase(s)
		if errors.Is(err, innovation.ErrUnknown) {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q → %v (%s)\n", s, p, p.Label(lang.English))
	}
	// Output:
	// "modelisation" → modelisation (Modelling)
	// "EXPÉRIMENTATION" → experimentation (Experimentation)
	// "Spreading" → essaimage (Spreading)
	// innovation: unknown phase "prototype" (want one of conception, experimentation, modelisation, essaimage, industrialisation)
}

// The needs of a phase, one per lever, and the needs that rise at the
// crossing to the next phase: what to prepare before it.
func ExampleNeedsMatrix_Of() {
	needs := innovation.DefaultNeeds()
	for _, n := range needs.Of(innovation.Modelisation) {
		line := fmt.Sprintf("%-22s %-3v %s", n.Lever.Label(lang.French), n.Intensity, n.QualifierLabel(lang.French))
		fmt.Println(strings.TrimRight(line, " "))
	}
	for _, n := range needs.Rising(innovation.Modelisation) {
		fmt.Printf("rising into %s: %s %v\n", innovation.Essaimage.Label(lang.French), n.Lever.Label(lang.French), n.Intensity)
	}
	// Output:
	// Financement            ++  en ingénierie
	// Compétences & réseau   ++
	// Conseil                ++  opérationnel
	// Évaluation             ++  preuve de concept
	// rising into Essaimage: Financement +++
	// rising into Essaimage: Compétences & réseau +++
}

// A funder supplies its own matrix. NewNeedsMatrix checks that every lever ×
// macro-phase cell is given exactly once, and reports every problem at once.
func ExampleNewNeedsMatrix() {
	var cells []innovation.NeedsCell
	for l := range innovation.Levers() {
		for m := range innovation.MacroPhases() {
			cells = append(cells, innovation.NeedsCell{Lever: l, MacroPhase: m, Intensity: innovation.Medium})
		}
	}
	// This funder finances deployment heavily and evaluates it strategically.
	cells[2].Intensity = innovation.High
	cells[11] = innovation.NeedsCell{Lever: innovation.Evaluation, MacroPhase: innovation.Deploiement, Intensity: innovation.High, Qualifier: "stratégique"}
	own, err := innovation.NewNeedsMatrix(cells)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range own.Rising(innovation.Modelisation) {
		fmt.Println(strings.TrimSpace(fmt.Sprint(n.Lever, " ", n.Intensity, " ", n.QualifierLabel(lang.English))))
	}

	// An incomplete matrix with a bad intensity: both problems are reported.
	_, err = innovation.NewNeedsMatrix(append(cells[:11:11], innovation.NeedsCell{Lever: innovation.Conseil, MacroPhase: innovation.RDSocietale, Intensity: 7}))
	fmt.Println(errors.Is(err, innovation.ErrMatrix))
	// Each problem has a path, a stable code and a message in every language.
	for _, p := range problem.List(err) {
		fmt.Printf("%s %s %q\n", p.Path, p.Code, p.Reason(lang.French))
	}
	// Output:
	// financement +++
	// evaluation +++ strategic
	// true
	// cells[11].intensity invalid-value "intensité invalide\u00a0: 7"
	// cells[11] duplicate-cell "levier «\u00a0Conseil\u00a0» × macro-phase «\u00a0R&D sociétale\u00a0» donné deux fois (d'abord dans la cellule 6)"
	// cells missing-cell "levier «\u00a0Évaluation\u00a0» × macro-phase «\u00a0Déploiement\u00a0» manquant (chaque couple une fois)"
}
