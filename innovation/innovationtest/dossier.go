package innovationtest

import (
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
	History       int // at most this many history entries (0: no lifecycle)
}

// Dossier generates a dossier that societal.DecodeDossier would accept and
// Dossier.Validate accepts: a name, a phase, and — each present or not at
// random — a lifecycle whose history ends in that phase, dimensions and
// operator model at any evidence, an economic model, stakeholders, a
// partnership (Partnership), evaluation reports (Report) and a budget
// (Budget), within size.
func Dossier(size DossierSize) *rapid.Generator[*societal.Dossier] {
	return rapid.Custom(func(t *rapid.T) *societal.Dossier {
		d := &societal.Dossier{
			Name:    text(1, 40).Draw(t, "name"),
			Carrier: text(0, 40).Draw(t, "carrier"),
		}
		if size.History > 0 && rapid.Bool().Draw(t, "has lifecycle") {
			s := Snapshot(size.History).Draw(t, "lifecycle")
			d.Lifecycle = &s
			d.Phase = s.Status.Phase
		} else {
			d.Phase = Phase().Draw(t, "phase")
		}
		for i := range d.Dimensions {
			d.Dimensions[i] = societal.Evidence(rapid.IntRange(0, int(societal.Established)).Draw(t, "dimension"))
		}
		d.OperatorModel = societal.Evidence(rapid.IntRange(0, int(societal.Established)).Draw(t, "operator model"))
		d.EconomicModel = innovation.EconomicModel(rapid.IntRange(0, int(innovation.ModeleOperateur)).Draw(t, "economic model"))
		if rapid.Bool().Draw(t, "has stakeholders") {
			d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{}
			for s := range innovation.AllStakeholders() {
				if rapid.Bool().Draw(t, "mobilised") {
					d.Stakeholders[s] = Intensity().Draw(t, "intensity")
				}
			}
		}
		if size.Partners > 0 && rapid.Bool().Draw(t, "has partnership") {
			d.Partnership = Partnership(size.Partners, size.Contributions).Draw(t, "partnership")
		}
		if size.Evaluations > 0 {
			n := rapid.IntRange(0, size.Evaluations).Draw(t, "evaluations")
			for range n {
				d.Evaluations = append(d.Evaluations, Report(size.Items).Draw(t, "report"))
			}
		}
		if rapid.Bool().Draw(t, "has budget") {
			b := Budget().Draw(t, "budget")
			d.Budget = &b
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("innovationtest: generated an invalid dossier: %v", err)
		}
		return d
	})
}
