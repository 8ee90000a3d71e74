package innovation_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestInnovatorNeeds checks each innovator's need against the source's own
// sentences (004:827-835), which follow "Les « innovateurs » ont des besoins
// différents d'une grande phase à l'autre." (004:817).
func TestInnovatorNeeds(t *testing.T) {
	tests := []struct {
		need   innovation.InnovatorNeed
		key    string
		macro  innovation.MacroPhase
		quote  string // 004, as written there
		source string
	}{
		{innovation.Avis, "avis", innovation.RDSocietale, "avoir des avis pour confirmer son intuition", "004:827-828"},
		{innovation.MoyensAgir, "moyens-agir", innovation.RDSocietale, "des moyens financiers et humains pour agir", "004:828"},
		{innovation.TempsModeliser, "temps-modeliser", innovation.ModelisationMacro, "avoir le temps pour modéliser les résultats de l'expérimentation", "004:830-832"},
		{innovation.Irriguer, "irriguer", innovation.Deploiement, "irriguer l'innovation auprès de l'ensemble de l'écosystème, et de permettre aux acteurs publics et privés de s'en saisir pour en démultiplier l'impact", "004:834-835"},
	}
	var all []innovation.InnovatorNeed
	for n := range innovation.InnovatorNeeds() {
		all = append(all, n)
	}
	if len(all) != len(tests) {
		t.Fatalf("InnovatorNeeds yields %d needs, want %d", len(all), len(tests))
	}
	for i, tt := range tests {
		if all[i] != tt.need {
			t.Errorf("InnovatorNeeds()[%d] = %v, want %v (the source's order)", i, all[i], tt.need)
		}
		if got := tt.need.String(); got != tt.key {
			t.Errorf("%v.String() = %q, want %q", tt.need, got, tt.key)
		}
		if got := tt.need.MacroPhase(); got != tt.macro {
			t.Errorf("%v.MacroPhase() = %v, want %v", tt.need, got, tt.macro)
		}
		if got := tt.need.Description(lang.French); got != tt.quote {
			t.Errorf("%v.Description(French) = %q, want %q", tt.need, got, tt.quote)
		}
		if tt.need.Description(lang.English) == "" {
			t.Errorf("%v has no English gloss", tt.need)
		}
		if got := tt.need.Source(); got != tt.source {
			t.Errorf("%v.Source() = %q, want %q", tt.need, got, tt.source)
		}
		if got, err := innovation.ParseInnovatorNeed(tt.need.Label(lang.French)); err != nil || got != tt.need {
			t.Errorf("ParseInnovatorNeed(%q) = %v, %v", tt.need.Label(lang.French), got, err)
		}
	}
	// "En phase de R&D sociétale, le besoin de l'innovateur est d'avoir des
	// avis pour confirmer son intuition, puis des moyens financiers et
	// humains pour agir" (004:827-828): opinions first, then means.
	perMacro := map[innovation.MacroPhase][]innovation.InnovatorNeed{
		innovation.RDSocietale:       {innovation.Avis, innovation.MoyensAgir},
		innovation.ModelisationMacro: {innovation.TempsModeliser},
		innovation.Deploiement:       {innovation.Irriguer},
	}
	for m, want := range perMacro {
		if got := slices.Collect(m.InnovatorNeeds()); !slices.Equal(got, want) {
			t.Errorf("%v.InnovatorNeeds() = %v, want %v", m, got, want)
		}
	}
	var bad innovation.InnovatorNeed
	if bad.IsValid() || bad.MacroPhase() != 0 || bad.Source() != "" || bad.Description(lang.French) != "" {
		t.Error("the zero InnovatorNeed is not invalid")
	}
	if got := slices.Collect(innovation.MacroPhase(0).InnovatorNeeds()); len(got) != 0 {
		t.Errorf("MacroPhase(0).InnovatorNeeds() = %v, want none", got)
	}
}
