package clitest

import (
	"testing"

	"github.com/seed424036fd/societal/lang"
)

func TestTypography(t *testing.T) {
	for _, tt := range []struct {
		l    lang.Lang
		line string
		want int
	}{
		{lang.French, "Verdict\u00a0: Prêt", 0},
		{lang.French, "Verdict : Prêt", 1},
		{lang.French, "Score\u00a0: 0,71 ; 12,5\u00a0%", 1},
		{lang.French, "12.5\u00a0%", 1},
		{lang.French, "1\u202f500\u00a0EUR (004:805-806; 003:1924)", 0},
		{lang.English, "Score: 0.71; 12.5%", 0},
		{lang.English, "Score : 0.71", 1},
		{lang.English, "1,5 and 1,500 and 12 %", 2},
		{lang.English, "Verdict\u00a0: Ready", 2},
	} {
		if got := typographyOf(tt.l).problems(tt.line); len(got) != tt.want {
			t.Errorf("%v %q: %q, want %d problems", tt.l, tt.line, got, tt.want)
		}
	}
}
