package innovation_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestRiskZoneGloss: every risk zone has a gloss in both languages (MODEL
// §1.4, glosses [I]); an invalid zone glosses as its String.
func TestRiskZoneGloss(t *testing.T) {
	for r := innovation.TraverseeDuDesert; r <= innovation.SautQuantique; r++ {
		fr, en := r.Gloss(lang.French), r.Gloss(lang.English)
		if fr == "" || en == "" || fr == en {
			t.Errorf("%v: Gloss = %q / %q, want two distinct non-empty glosses", r, fr, en)
		}
	}
	if got := innovation.RiskZone(0).Gloss(lang.French); got != "%!RiskZone(0)" {
		t.Errorf("RiskZone(0).Gloss = %q", got)
	}
}
