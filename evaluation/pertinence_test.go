package evaluation

import (
	"errors"
	"testing"
)

func TestPertinence(t *testing.T) {
	r := &PertinenceReport{
		Degree:     SeCompter,
		Evaluators: []Evaluator{Beneficiaires},
		Needs: []Need{
			{Name: "mobilité", Populations: []string{"jeunes"}, Fragile: true, Weight: dec("2"), Outcome: Met},
			{Name: "emploi", Territories: []string{"quartiers"}, Weight: dec("1"), Outcome: NotMet},
			{Name: "lien social", Weight: dec("1"), Outcome: Unknown},
		},
		Impacts: []Impact{
			{Description: "accès à l'emploi", Kind: Voulu, Evidence: Compter},
			{Description: "entraide entre pairs", Kind: Induit, Evidence: SeConter},
			{Description: "file d'attente", Kind: NonDesirable, Evidence: SeCompter},
		},
	}
	s, err := r.Score()
	if err != nil {
		t.Fatal(err)
	}
	if !s.Value.Equal(dec("0.6667")) || s.Counted != 2 || s.Missing != 1 {
		t.Errorf("score = %v, want 0.6667 (2 counted, 1 missing)", s)
	}
	fs, err := r.Findings()
	if err != nil {
		t.Fatal(err)
	}
	want := []Finding{
		{Code: CriterionNotMet, Field: "needs[1].outcome"},
		{Code: MissingEvidence, Field: "needs[2].outcome"},
		{Code: ForWhomMissing, Field: "needs[2]"},
		{Code: UnexpectedImpact, Field: "impacts[1]"},
		{Code: UndesirableImpact, Field: "impacts[2]"},
	}
	checkFindings(t, fs, want)

	r.Needs[0].Fragile = false
	fs, _ = r.Findings()
	if !hasCode(fs, FragileNotFirst) {
		t.Errorf("no FragileNotFirst without a fragile need: %v", fs)
	}
}

func TestPertinenceInvalid(t *testing.T) {
	r := &PertinenceReport{
		Degree:  0,
		Needs:   []Need{{Name: "", Populations: []string{""}, Weight: dec("-1"), Outcome: 9}},
		Impacts: []Impact{{}},
	}
	err := r.Validate()
	for _, f := range []string{"degree", "needs[0].name", "needs[0].populations[0]", "needs[0].weight", "needs[0].outcome",
		"impacts[0].description", "impacts[0].kind", "impacts[0].evidence"} {
		if !hasField(err, f) {
			t.Errorf("Validate() = %v, does not name %q", err, f)
		}
	}
	if _, err := r.Score(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Score() = %v", err)
	}
	if _, err := r.Findings(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Findings() = %v", err)
	}
	if _, err := (&PertinenceReport{Degree: SeConter}).Score(); !errors.Is(err, ErrNoEvidence) {
		t.Errorf("no needs: %v, want ErrNoEvidence", err)
	}
}

func checkFindings(t *testing.T, got, want []Finding) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("findings = %v, want %v", got, want)
	}
	for i := range want {
		if got[i].Code != want[i].Code || got[i].Field != want[i].Field {
			t.Errorf("finding %d = %v, want %v", i, got[i], want[i])
		}
	}
}

func hasCode(fs []Finding, c Code) bool {
	for _, f := range fs {
		if f.Code == c {
			return true
		}
	}
	return false
}
