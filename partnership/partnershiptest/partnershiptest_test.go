package partnershiptest_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/innovation/innovationtest"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/partnership/partnershiptest"
)

func TestPartnershipGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := partnershiptest.Spec(6, 12).Draw(t, "spec")
		if len(s.Partners) > 6 || len(s.Contributions) > 12 {
			t.Fatalf("%d partners, %d contributions: over the knobs", len(s.Partners), len(s.Contributions))
		}
		p, err := partnership.New(s)
		if err != nil {
			t.Fatalf("partnership.New refused a generated spec: %v", err)
		}
		data, err := p.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		back, err := partnership.Decode(data)
		if err != nil {
			t.Fatalf("Decode(%s): %v", data, err)
		}
		if back.Len() != len(s.Partners) || back.PowerStated() != p.PowerStated() || back.Currency() != p.Currency() {
			t.Fatalf("JSON round trip changed the partnership: %s", data)
		}
		built := partnershiptest.Partnership(4, 8).Draw(t, "partnership")
		if _, err := built.Diagnose(partnership.DefaultThresholds()); err != nil {
			t.Fatalf("Diagnose: %v", err)
		}
		if _, err := built.Coverage(innovationtest.Phase().Draw(t, "phase"), innovationtest.Needs().Draw(t, "needs"), partnership.DefaultThresholds()); err != nil {
			t.Fatalf("Coverage: %v", err)
		}
	})
}
