package innovation_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

// TestIntensityScale: the scale is ordered "-" < "+" < "++" < "+++" (MODEL
// §2.2) and parses from both marks and keys.
func TestIntensityScale(t *testing.T) {
	scale := []innovation.Intensity{innovation.None, innovation.Low, innovation.Medium, innovation.High}
	for i := 1; i < len(scale); i++ {
		if !(scale[i-1] < scale[i]) {
			t.Errorf("%v is not below %v", scale[i-1], scale[i])
		}
	}
	var zero innovation.Intensity
	if zero != innovation.None || !zero.IsValid() {
		t.Errorf("zero Intensity = %v (valid %v), want None, valid", zero, zero.IsValid())
	}
	for in, want := range map[string]innovation.Intensity{
		"-": innovation.None, "+": innovation.Low, "++": innovation.Medium, "+++": innovation.High,
		"none": innovation.None, "LOW": innovation.Low, "Medium": innovation.Medium, "hIgH": innovation.High,
	} {
		got, err := innovation.ParseIntensity(in)
		if err != nil || got != want {
			t.Errorf("ParseIntensity(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "--", "++++", "+4++", "4+", " +", "+ ", "−", "high ", "mediums"} {
		if got, err := innovation.ParseIntensity(in); err == nil {
			t.Errorf("ParseIntensity(%q) = %v, nil; want an error", in, got)
		}
	}
}
