package innovation_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

// TestRiskZoneGloss: every risk zone has a gloss in both languages (MODEL
// §1.4, glosses [I]); an invalid zone glosses as its String.
func TestRiskZoneGloss(t *testing.T) {
	for r := innovation.TraverseeDuDesert; r <= innovation.SautQuantique; r++ {
		fr, en := r.Gloss(innovation.French), r.Gloss(innovation.English)
		if fr == "" || en == "" || fr == en {
			t.Errorf("%v: Gloss = %q / %q, want two distinct non-empty glosses", r, fr, en)
		}
	}
	if got := innovation.RiskZone(0).Gloss(innovation.French); got != "%!RiskZone(0)" {
		t.Errorf("RiskZone(0).Gloss = %q", got)
	}
}
