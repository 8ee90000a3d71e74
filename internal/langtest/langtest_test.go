package langtest

import "testing"

func TestEscaped(t *testing.T) {
	for _, tt := range []struct {
		in   string
		data []string
		want int
	}{
		{"⟦Verdict⟧: ⟦Ready⟧ (12.5%)", nil, 0},
		{"## Wimoov ⟦report⟧", []string{"Wimoov"}, 0},
		{"## Wimoov report", []string{"Wimoov"}, 1},
		{"Verdict: ⟦Ready⟧", nil, 1},
		{"⟦Fill⟧ x", nil, 0}, // one letter is no word
		{"l'avis ⟦x⟧", nil, 1},
		{"⟦Fill⟧ `economic_model`", nil, 0},
		{"```mermaid\n%%{init: {\"theme\": \"base\"}}%%\nflowchart LR\n  a[\"⟦Conception⟧\"] --> b[\"Wimoov\"]\n```", []string{"Wimoov"}, 0},
		{"```mermaid\npie title Phases\n```", nil, 1},
		{"flowchart LR\n  a[\"Design\"]", nil, 1},
	} {
		if got := Escaped(tt.in, tt.data...); len(got) != tt.want {
			t.Errorf("Escaped(%q) = %v, want %d words", tt.in, got, tt.want)
		}
	}
}

func TestEscapedJSON(t *testing.T) {
	got, err := EscapedJSON([]byte(`{"phase":"modelisation","detail_text":{"qps":"⟦ok⟧ Wimoov"},"note":"not marked"}`), "Wimoov")
	if err != nil || len(got) != 2 {
		t.Errorf("EscapedJSON = %v, %v; want the two words of the note", got, err)
	}
	if _, err := EscapedJSON([]byte(`{`)); err == nil {
		t.Error("EscapedJSON of malformed JSON: no error")
	}
}
