package societaltest_test

import (
	"encoding/json"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/societaltest"
)

// Generated dossiers are valid, survive the JSON round trip with the same
// assessment, and assess to a well-formed report.
func TestDossierGenerator(t *testing.T) {
	size := societaltest.DossierSize{Partners: 6, Contributions: 10, Evaluations: 3, Items: 5, History: 6}
	rapid.Check(t, func(t *rapid.T) {
		d := societaltest.Dossier(size).Draw(t, "dossier")
		data, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		back, err := societal.DecodeDossier(data)
		if err != nil {
			t.Fatalf("DecodeDossier refused a generated dossier: %v\n%s", err, data)
		}
		a, b := societal.Assess(d), societal.Assess(back)
		if a.Text(0) != b.Text(0) {
			t.Fatalf("round trip changed the assessment:\n%s\n%s", a.Text(0), b.Text(0))
		}
		if !a.Verdict.IsValid() || len(a.Checks) != len(slices.Collect(societal.CheckIDs())) {
			t.Fatalf("malformed report: %+v", a)
		}
		for _, c := range a.Checks {
			if !c.Outcome.IsValid() || (c.Outcome == evaluation.NotMet) != c.Severity.IsValid() {
				t.Fatalf("check %s: outcome %v, severity %v", c.ID, c.Outcome, c.Severity)
			}
		}
	})
}
