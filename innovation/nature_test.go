package innovation_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestNatures checks the four natures against 002:809-813, "Les projets
// d'innovation peuvent être de 4 natures".
func TestNatures(t *testing.T) {
	tests := []struct {
		n          innovation.Nature
		key, label string // label: 002's own heading of the item
		definition string // 002, as written there
		source     string
	}{
		{innovation.NatureInvention, "invention", "Invention", "nouveaux produits ou services", "002:810"},
		{innovation.NatureTransformation, "transformation", "Projet de transformation", "transformation de processus existants afin de proposer de nouvelles réponses", "002:811"},
		{innovation.NatureExtension, "extension", "Projet d'extension", "adaptation de produits ou de services pour en étendre le champ d'action", "002:812"},
		{innovation.NatureOptimisation, "optimisation", "Projet d'optimisation", "adaptation de processus existants", "002:813"},
	}
	if got := slices.Collect(innovation.Natures()); len(got) != len(tests) {
		t.Fatalf("Natures() = %v, want %d natures", got, len(tests))
	}
	for _, tt := range tests {
		if got := tt.n.String(); got != tt.key {
			t.Errorf("%v.String() = %q, want %q", tt.n, got, tt.key)
		}
		if got := tt.n.Label(lang.French); got != tt.label {
			t.Errorf("%v.Label(French) = %q, want %q", tt.n, got, tt.label)
		}
		if got := tt.n.Definition(lang.French); got != tt.definition {
			t.Errorf("%v.Definition(French) = %q, want %q", tt.n, got, tt.definition)
		}
		if tt.n.Definition(lang.English) == "" || tt.n.Label(lang.English) == "" {
			t.Errorf("%v has no English gloss", tt.n)
		}
		if got := tt.n.Source(); got != tt.source {
			t.Errorf("%v.Source() = %q, want %q", tt.n, got, tt.source)
		}
		for _, s := range []string{tt.key, tt.label, tt.n.Label(lang.English)} {
			if got, err := innovation.ParseNature(s); err != nil || got != tt.n {
				t.Errorf("ParseNature(%q) = %v, %v; want %v", s, got, err, tt.n)
			}
		}
		text, err := tt.n.MarshalText()
		var back innovation.Nature
		if err != nil || back.UnmarshalText(text) != nil || back != tt.n {
			t.Errorf("%v does not round-trip through text: %q, %v", tt.n, text, err)
		}
	}
	if _, err := innovation.ParseNature("révolution"); err == nil {
		t.Error(`ParseNature("révolution") succeeded`)
	}
	if innovation.Nature(0).IsValid() || innovation.Nature(5).String() != "%!Nature(5)" {
		t.Error("out-of-range natures are not invalid")
	}
}
