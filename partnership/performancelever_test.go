package partnership_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// TestPerformanceLevers checks "Il existe 5 leviers de performance des
// alliances pour une entreprise" (004:3923-3935), item by item.
func TestPerformanceLevers(t *testing.T) {
	tests := []struct {
		l          partnership.PerformanceLever
		key, fr    string
		definition string // 004, as written there
		source     string
	}{
		{partnership.LeverInstitutionnel, "institutionnel", "Institutionnel", "Un partenariat institutionnel, constitutif d'un ancrage local", "004:3925"},
		{partnership.LeverCommercial, "commercial", "Commercial", "valeur ajoutée par rapport à l'appel d'offre", "004:3927"},
		{partnership.LeverInnovation, "innovation", "Innovation", "élément différenciant pour intervenir et produire des solutions locales", "004:3929"},
		{partnership.LeverImage, "image", "Image", "entreprise responsable et contributive de l'intérêt général", "004:3931"},
		{partnership.LeverRH, "rh", "RH", "le salarié est un point de contact sur le territoire. Les leviers de mobilisation de l'entreprise sont de les accompagner dans leurs missions", "004:3933-3935"},
	}
	if got := slices.Collect(partnership.PerformanceLevers()); len(got) != len(tests) {
		t.Fatalf("PerformanceLevers() = %v, want 5", got)
	}
	for _, tt := range tests {
		if tt.l.String() != tt.key || tt.l.Label(lang.French) != tt.fr {
			t.Errorf("%v: %q, %q; want %q, %q", tt.l, tt.l.String(), tt.l.Label(lang.French), tt.key, tt.fr)
		}
		if got := tt.l.Definition(lang.French); got != tt.definition {
			t.Errorf("%v.Definition(French) = %q, want %q", tt.l, got, tt.definition)
		}
		if tt.l.Definition(lang.English) == "" {
			t.Errorf("%v has no English gloss", tt.l)
		}
		if got := tt.l.Source(); got != tt.source {
			t.Errorf("%v.Source() = %q, want %q", tt.l, got, tt.source)
		}
		if got, err := partnership.ParsePerformanceLever(tt.fr); err != nil || got != tt.l {
			t.Errorf("ParsePerformanceLever(%q) = %v, %v", tt.fr, got, err)
		}
	}
	var zero partnership.PerformanceLever
	if zero.IsValid() || zero.Source() != "" || zero.Definition(lang.French) != "" {
		t.Error("the zero PerformanceLever is not invalid")
	}
}
