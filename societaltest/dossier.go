// Package societaltest holds rapid generators of whole dossiers, for
// property tests of a funder's own rules: Dossier draws a dossier that
// societal.DecodeDossier and Dossier.Validate accept. The generators of
// each part live beside what they generate (innovationtest,
// evaluationtest, partnershiptest). Import it from tests only.
package societaltest

import (
	"github.com/seed424036fd/societal/evaluation/evaluationtest"
	"github.com/seed424036fd/societal/innovation/innovationtest"
	"github.com/seed424036fd/societal/internal/gen"
	"github.com/seed424036fd/societal/partnership/partnershiptest"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
)

// DossierSize bounds the parts of a generated dossier. Small sizes
// (DossierSize{Partners: 6, Contributions: 10, Evaluations: 3, Items: 5,
// History: 6}) keep property tests fast. A plain value, safe for concurrent
// use.
type DossierSize struct {
	Partners      int // at most this many partners (0: no partnership)
	Contributions int // at most this many contributions
	Evaluations   int // at most this many evaluation reports
	Items         int // at most this many indicators, needs or values per report
	History       int // at most this many history entries (0: no history)
	// IDs draws an identifier for each dossier (none otherwise): a
	// funder's rule that matches dossiers across assessments wants
	// them stable, and draws its own.
	IDs bool
}

// Dossier generates a dossier that societal.DecodeDossier would accept and
// Dossier.Validate accepts: a name, a phase, and — each present or not at
// random — an identifier (with size.IDs), a history that ends in that phase, dimensions and
// operator model at any evidence, an economic model, stakeholders, a
// partnership (Partnership), evaluation reports (Report) and a budget
// (Budget), within size.
func Dossier(size DossierSize) *rapid.Generator[*societal.Dossier] {
	return rapid.Custom(func(t *rapid.T) *societal.Dossier {
		d := &societal.Dossier{
			Name:    gen.Text(1, 40).Draw(t, "name"),
			Carrier: gen.Text(0, 40).Draw(t, "carrier"),
		}
		if size.IDs {
			d.ID = gen.Text(0, 24).Draw(t, "id")
		}
		if size.History > 0 && rapid.Bool().Draw(t, "has history") {
			s := innovationtest.Snapshot(size.History).Draw(t, "history")
			d.History = s.History
			d.Phase = s.Status.Phase
		} else {
			d.Phase = innovationtest.Phase().Draw(t, "phase")
		}
		evidence := func(label string) societal.Evidence {
			return societal.Evidence(rapid.IntRange(0, int(societal.Established)).Draw(t, label))
		}
		d.Dimensions = societal.Dimensions{Solution: evidence("solution"), Processus: evidence("processus"), ModeleEconomique: evidence("modele-economique")}
		d.OperatorModel = evidence("operator model")
		d.EconomicModel = innovation.EconomicModel(rapid.IntRange(0, int(innovation.ModeleOperateur)).Draw(t, "economic model"))
		if rapid.Bool().Draw(t, "has stakeholders") {
			d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{}
			for s := range innovation.Stakeholders() {
				if rapid.Bool().Draw(t, "mobilised") {
					d.Stakeholders[s] = innovationtest.Intensity().Draw(t, "intensity")
				}
			}
		}
		if size.Partners > 0 && rapid.Bool().Draw(t, "has partnership") {
			d.Partnership = partnershiptest.Partnership(size.Partners, size.Contributions).Draw(t, "partnership")
		}
		if size.Evaluations > 0 {
			n := rapid.IntRange(0, size.Evaluations).Draw(t, "evaluations")
			for range n {
				d.Evaluations = append(d.Evaluations, evaluationtest.Report(size.Items).Draw(t, "report"))
			}
		}
		if rapid.Bool().Draw(t, "has budget") {
			b := evaluationtest.Budget().Draw(t, "budget")
			d.Budget = &b
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("societaltest: generated an invalid dossier: %v", err)
		}
		return d
	})
}
