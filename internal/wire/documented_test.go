package wire

import "testing"

// The packages re-export these limits and state their values in their doc
// comments ("Its value is 256 bytes."), so that go doc shows them: a change
// here must change those comments too (grep "Its value is").
func TestDocumentedLimits(t *testing.T) {
	for _, tc := range []struct {
		name      string
		got, want int
	}{
		{"MaxJSON", MaxJSON, 1 << 20},
		{"MaxText", MaxText, 256},
		{"MaxProse", MaxProse, 4096},
		{"MaxDigits", MaxDigits, 30},
		{"MaxIntegerDigits", MaxIntegerDigits, 18},
		{"MaxScale", MaxScale, 12},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %d, documented as %d in the packages' doc comments", tc.name, tc.got, tc.want)
		}
	}
}
