package innovation_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestNeedKinds checks the three kinds of need, "Les besoins de financement,
// d'accompagnement et d'évaluation" (004:2763-2769), and the levers that
// answer each: "Du financement", "De l'apport en expertises et réseau
// complémentaire", "Du conseil en stratégie et management", "De l'évaluation
// pour valoriser l'utilité sociale" (004:857-870); the join is [I].
func TestNeedKinds(t *testing.T) {
	tests := []struct {
		k      innovation.NeedKind
		key    string
		fr     string // the word of 004:2765
		levers []innovation.Lever
	}{
		{innovation.NeedFinancement, "financement", "Financement", []innovation.Lever{innovation.Financement}},
		{innovation.NeedAccompagnement, "accompagnement", "Accompagnement", []innovation.Lever{innovation.CompetencesReseau, innovation.Conseil}},
		{innovation.NeedEvaluation, "evaluation", "Évaluation", []innovation.Lever{innovation.Evaluation}},
	}
	if got := slices.Collect(innovation.NeedKinds()); len(got) != len(tests) {
		t.Fatalf("NeedKinds() = %v, want %d kinds", got, len(tests))
	}
	seen := map[innovation.Lever]int{}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.key {
			t.Errorf("%v.String() = %q, want %q", tt.k, got, tt.key)
		}
		if got := tt.k.Label(lang.French); got != tt.fr {
			t.Errorf("%v.Label(French) = %q, want %q", tt.k, got, tt.fr)
		}
		if got, err := innovation.ParseNeedKind(tt.fr); err != nil || got != tt.k {
			t.Errorf("ParseNeedKind(%q) = %v, %v", tt.fr, got, err)
		}
		got := slices.Collect(tt.k.Levers())
		if !slices.Equal(got, tt.levers) {
			t.Errorf("%v.Levers() = %v, want %v", tt.k, got, tt.levers)
		}
		for _, l := range got {
			seen[l]++
			if l.NeedKind() != tt.k {
				t.Errorf("%v.NeedKind() = %v, want %v", l, l.NeedKind(), tt.k)
			}
		}
	}
	// The four levers are "complémentaires" (004:858): each answers exactly
	// one kind of need.
	for l := range innovation.Levers() {
		if seen[l] != 1 {
			t.Errorf("lever %v answers %d kinds of need, want 1", l, seen[l])
		}
	}
	if got := slices.Collect(innovation.NeedKind(0).Levers()); len(got) != 0 {
		t.Errorf("NeedKind(0).Levers() = %v, want none", got)
	}
	if innovation.Lever(0).NeedKind() != 0 {
		t.Error("Lever(0).NeedKind() is not 0")
	}
}
