package societal_test

import (
	"fmt"
	"strings"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The plain-text report of one dossier opens with its summary: the
// verdict and what decides it, the phase and the crossing ahead, the
// score range with the coverage. The criteria, the gaps, the documents to
// request and the plan that would make the dossier ready follow (the whole
// report: testdata/report/tiers-lieu.text.en.golden).
func ExampleReport_Text() {
	rep := societal.Assess(&societal.Dossier{
		Name:          "Tiers-lieu rural",
		Carrier:       "Association La Grange",
		Phase:         innovation.Experimentation,
		EconomicModel: innovation.ModeleRD,
		Dimensions:    societal.Dimensions{Solution: societal.Established, Processus: societal.Partial},
	})
	summary, _, _ := strings.Cut(rep.Text(lang.English), "\n\nHow the score")
	fmt.Println(summary)
	// Output:
	// Tiers-lieu rural
	// ----------------
	//
	// Carrier: Association La Grange
	// Verdict: Insufficient evidence — decided by: Next step's needs supplied
	// Phase: Experimentation (Societal R&D)
	// Crossing: Experimentation → Modelling — Valley of death
	// Score: not scored, a required criterion is not judged: range 0.33 – 1.00 (2/8 judged)
	// Coverage: 2/8 criteria judged, weight 4/12
	// Budget: not stated
	// Partners' contributions: not stated
	// Rubric: rameau-2018/1
}
