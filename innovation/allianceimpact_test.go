package innovation_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestAllianceImpacts checks the three impacts against "Les trois impacts
// qualifiés des alliances innovantes sont : La performance des
// organisations, L'innovation territoriale & sociétale, La confiance des
// Hommes et des territoires" (004:5465-5475), and their facets against the
// diagram "Impacts des alliances" (004:84-118).
func TestAllianceImpacts(t *testing.T) {
	tests := []struct {
		a      innovation.AllianceImpact
		key    string
		fr     string
		source string
		facets []string // the diagram's words, each facet's first line
	}{
		{innovation.ImpactPerformance, "performance", "La performance des organisations", "004:5468-5469", []string{
			"Performance des acteurs économiques", "Performance des structures d'intérêt général", "Performance des acteurs publics"}},
		{innovation.ImpactInnovation, "innovation", "L'innovation territoriale & sociétale", "004:5471-5472", []string{
			"Innovation territoriale", "Innovation sociétale"}},
		{innovation.ImpactConfiance, "confiance", "La confiance des Hommes et des territoires", "004:5474-5475", []string{
			"Confiance des Hommes", "Confiance des Territoires"}},
	}
	if got := slices.Collect(innovation.AllianceImpacts()); len(got) != len(tests) {
		t.Fatalf("AllianceImpacts() = %v, want %d", got, len(tests))
	}
	for _, tt := range tests {
		if tt.a.String() != tt.key || tt.a.Label(lang.French) != tt.fr {
			t.Errorf("%v: key %q, label %q; want %q, %q", tt.a, tt.a.String(), tt.a.Label(lang.French), tt.key, tt.fr)
		}
		if got := tt.a.Source(); got != tt.source {
			t.Errorf("%v.Source() = %q, want %q", tt.a, got, tt.source)
		}
		if got, err := innovation.ParseAllianceImpact(tt.fr); err != nil || got != tt.a {
			t.Errorf("ParseAllianceImpact(%q) = %v, %v", tt.fr, got, err)
		}
		facets := slices.Collect(tt.a.Facets())
		if len(facets) != len(tt.facets) {
			t.Fatalf("%v has %d facets, want %d", tt.a, len(facets), len(tt.facets))
		}
		for i, f := range facets {
			if fr := f.Text.In(lang.French); !strings.HasPrefix(fr, tt.facets[i]) {
				t.Errorf("%v facet %d = %q, want it to start %q", tt.a, i, fr, tt.facets[i])
			}
			if _, missing := f.Text.Missing(); missing || f.Source == "" {
				t.Errorf("%v facet %d has no gloss or source", tt.a, i)
			}
		}
	}
	if got := slices.Collect(innovation.AllianceImpact(0).Facets()); len(got) != 0 || innovation.AllianceImpact(0).Source() != "" {
		t.Error("the zero AllianceImpact is not invalid")
	}
}
