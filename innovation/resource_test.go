package innovation_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestResources checks the resource types against "Les types de ressources
// envisagées sont humaines, financières et les fonctions support comme
// l'informatique" (004:3261-3263).
func TestResources(t *testing.T) {
	tests := []struct {
		r         innovation.Resource
		key, fr   string
		sequenced bool // "Les ressources humaines sont à mobiliser de façon séquencée" (004:3237)
	}{
		{innovation.Humaines, "humaines", "Ressources humaines", true},
		{innovation.Financieres, "financieres", "Ressources financières", false},
		{innovation.FonctionsSupport, "fonctions-support", "Fonctions support", false},
	}
	if got := slices.Collect(innovation.Resources()); len(got) != len(tests) {
		t.Fatalf("Resources() = %v, want %d types", got, len(tests))
	}
	for _, tt := range tests {
		if tt.r.String() != tt.key || tt.r.Label(lang.French) != tt.fr {
			t.Errorf("%v: key %q, label %q; want %q, %q", tt.r, tt.r.String(), tt.r.Label(lang.French), tt.key, tt.fr)
		}
		if got := tt.r.Sequenced(); got != tt.sequenced {
			t.Errorf("%v.Sequenced() = %v, want %v", tt.r, got, tt.sequenced)
		}
		if got := tt.r.Source(); got != "004:3263" {
			t.Errorf("%v.Source() = %q", tt.r, got)
		}
		if got, err := innovation.ParseResource(tt.fr); err != nil || got != tt.r {
			t.Errorf("ParseResource(%q) = %v, %v", tt.fr, got, err)
		}
	}
	if innovation.Resource(0).IsValid() || innovation.Resource(0).Source() != "" {
		t.Error("the zero Resource is not invalid")
	}
}

// TestMobilise checks the sequenced mobilisation of human resources against
// the workshop's table (004:3210-3232), computed here by hand from its rows:
// "Porteur d'idée +++ +++ ++", "Catalyseurs +++ +++ +", "Financeurs + ++
// +++", "Bénéficiaires +++ + ++", "Experts / Conseil ++ +++ +",
// "Académique - +++ -", "Institutions - ++ +++", "Pairs - +++ ++",
// "Gouvernance + ++ +++".
func TestMobilise(t *testing.T) {
	type sv struct {
		s innovation.Stakeholder
		i innovation.Intensity
	}
	const (
		P  = innovation.PorteurIdee
		C  = innovation.Catalyseurs
		F  = innovation.Financeurs
		B  = innovation.Beneficiaires
		E  = innovation.ExpertsConseil
		A  = innovation.Academique
		I  = innovation.Institutions
		Pa = innovation.Pairs
		G  = innovation.Gouvernance
		H  = innovation.High
		M  = innovation.Medium
		L  = innovation.Low
	)
	tests := []struct {
		m    innovation.MacroPhase
		want []sv
	}{
		{innovation.RDSocietale, []sv{{P, H}, {C, H}, {B, H}, {E, M}, {F, L}, {G, L}}},
		{innovation.ModelisationMacro, []sv{{P, H}, {C, H}, {E, H}, {A, H}, {Pa, H}, {F, M}, {I, M}, {G, M}, {B, L}}},
		{innovation.Deploiement, []sv{{F, H}, {I, H}, {G, H}, {P, M}, {B, M}, {Pa, M}, {C, L}, {E, L}}},
		{0, nil},
	}
	m := innovation.DefaultStakeholders()
	for _, tt := range tests {
		var got []sv
		for s, i := range m.Mobilise(tt.m) {
			got = append(got, sv{s, i})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Mobilise(%v) = %v, want %v", tt.m, got, tt.want)
		}
	}
}

// TestMobiliseAllocs checks that ranging over Mobilise does not allocate.
func TestMobiliseAllocs(t *testing.T) {
	m := innovation.DefaultStakeholders()
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		for range m.Mobilise(innovation.Deploiement) {
			n++
		}
	})
	if allocs != 0 {
		t.Errorf("Mobilise allocates %v times per run, want 0", allocs)
	}
}
