package evaluation

import (
	"errors"
	"testing"
)

func TestPartenariale(t *testing.T) {
	tests := []struct {
		name     string
		partners []PartnerValue
		good     []CommonGoodValue
		score    string
		want     []Code
	}{
		{
			name:     "balanced",
			partners: []PartnerValue{{Partner: "entreprise", Weight: dec("1"), Outcome: Met}, {Partner: "association", Weight: dec("1"), Outcome: Met}},
			good: []CommonGoodValue{{Dimension: Politique, Weight: dec("1"), Outcome: Met}, {Dimension: Organisationnelle, Weight: dec("1"), Outcome: Met},
				{Dimension: Personnelle, Weight: dec("1"), Outcome: NotMet}},
			score: "0.8",
			want:  []Code{CriterionNotMet},
		},
		{
			name:     "one partner only",
			partners: []PartnerValue{{Partner: "entreprise", Weight: dec("1"), Outcome: Met}, {Partner: "association", Weight: dec("1"), Outcome: NotMet}},
			good:     []CommonGoodValue{{Dimension: Politique, Weight: dec("1"), Outcome: Met}},
			score:    "0.6667",
			want:     []Code{CriterionNotMet, OneSided, DimensionNotAssessed, DimensionNotAssessed},
		},
		{
			name:     "contrat-échange without contrat-alliance",
			partners: []PartnerValue{{Partner: "a", Weight: dec("1"), Outcome: Met}, {Partner: "b", Weight: dec("1"), Outcome: Met}},
			score:    "1",
			want:     []Code{NoCommonGood, DimensionNotAssessed, DimensionNotAssessed, DimensionNotAssessed},
		},
		{
			name:     "common good, no partner value",
			partners: []PartnerValue{{Partner: "a", Weight: dec("1"), Outcome: NotMet}, {Partner: "b", Weight: dec("1"), Outcome: Unknown}},
			good: []CommonGoodValue{{Dimension: Politique, Weight: dec("1"), Outcome: Met}, {Dimension: Organisationnelle, Weight: dec("1"), Outcome: NotApplicable},
				{Dimension: Personnelle, Weight: dec("1"), Outcome: Met}},
			score: "0.6667",
			want:  []Code{CriterionNotMet, MissingEvidence, NoPartnerValue},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &PartenarialeReport{Degree: SeConter, Partners: tt.partners, CommonGood: tt.good}
			s, err := r.Score()
			if err != nil {
				t.Fatal(err)
			}
			if !s.Value.Equal(dec(tt.score)) {
				t.Errorf("score = %v, want %s", s, tt.score)
			}
			fs, err := r.Findings()
			if err != nil {
				t.Fatal(err)
			}
			if len(fs) != len(tt.want) {
				t.Fatalf("findings = %v, want %v", fs, tt.want)
			}
			for i, c := range tt.want {
				if fs[i].Code != c {
					t.Errorf("finding %d = %v, want %v", i, fs[i], c)
				}
			}
		})
	}
}

func TestPartenarialeInvalid(t *testing.T) {
	r := &PartenarialeReport{
		Degree:     Compter,
		Partners:   []PartnerValue{{Partner: "a", Weight: dec("1"), Outcome: Met}, {Partner: "a", Weight: dec("1"), Outcome: Met}},
		CommonGood: []CommonGoodValue{{Dimension: Politique, Weight: dec("1"), Outcome: Met}, {Dimension: Politique, Weight: dec("1"), Outcome: Met}, {Dimension: 7, Weight: dec("1"), Outcome: Met}},
	}
	err := r.Validate()
	for _, f := range []string{"partners[1].partner", "common_good[1].dimension", "common_good[2].dimension"} {
		if !hasField(err, f) {
			t.Errorf("Validate() = %v, does not name %q", err, f)
		}
	}
	one := &PartenarialeReport{Degree: Compter, Partners: []PartnerValue{{Partner: "a", Weight: dec("1"), Outcome: Met}}}
	if err := one.Validate(); !errors.Is(err, ErrInvalid) || !hasField(err, "partners") {
		t.Errorf("one partner: %v", err)
	}
}
