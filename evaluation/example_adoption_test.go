package evaluation_test

import (
	"fmt"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/lang"
)

// How far each form of evaluation had spread in 2018 (004:529-543).
func ExampleForm_Adoption() {
	for f := range evaluation.Forms() {
		fmt.Printf("%s: %s\n", f.Label(lang.French), f.Adoption().Label(lang.French))
	}
	// Output:
	// Performance: Le plus usité
	// Pertinence: Se développe, complexe à mettre en œuvre
	// Partenariale: En émergence
}
