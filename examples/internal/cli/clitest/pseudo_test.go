package clitest

import (
	"testing"
)

func TestUnmarkedWords(t *testing.T) {
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
	} {
		if got := unmarkedWords(codeSpan.ReplaceAllString(tt.in, " "), tt.data); len(got) != tt.want {
			t.Errorf("unmarkedWords(%q) = %q, want %d words", tt.in, got, tt.want)
		}
	}
	if got := unmarkedWords(codeSpan.ReplaceAllString("⟦Fill⟧ `economic_model`", " "), nil); len(got) != 0 {
		t.Errorf("a code span read as words: %q", got)
	}
	if got := mermaidText(`  conception["⟦Conception⟧"] --> x["Wimoov"]`); got != "⟦Conception⟧ Wimoov" {
		t.Errorf("mermaidText = %q", got)
	}
}
