package partnership_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// TestThreats checks Semenowicz's two risks: "deux principaux risques ... :
// celui du compromis déséquilibré et celui de la perte de légitimité"
// (001:20), and that a diagnosis of power leaning to the for-profit partners
// ("lorsque le rapport de pouvoir est trop déséquilibré", 001:20) signals
// both.
func TestThreats(t *testing.T) {
	tests := []struct {
		th      partnership.Threat
		key, fr string
	}{
		{partnership.CompromisDesequilibre, "compromis-desequilibre", "Compromis déséquilibré"},
		{partnership.PerteLegitimite, "perte-legitimite", "Perte de légitimité"},
	}
	if got := slices.Collect(partnership.Threats()); len(got) != len(tests) {
		t.Fatalf("Threats() = %v", got)
	}
	drift := wimoov()
	drift.Partners[0].Power, drift.Partners[1].Power = dec("0.1"), dec("0.6")
	findings, err := mustNew(drift).Diagnose(partnership.DefaultThresholds())
	if err != nil {
		t.Fatal(err)
	}
	calm, err := mustNew(wimoov()).Diagnose(partnership.DefaultThresholds())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if tt.th.String() != tt.key || tt.th.Label(lang.French) != tt.fr || tt.th.Source() != "001:20" {
			t.Errorf("%v: %q, %q, %q", tt.th, tt.th.String(), tt.th.Label(lang.French), tt.th.Source())
		}
		if got := slices.Collect(tt.th.Signals()); !slices.Equal(got, []partnership.Risk{partnership.MissionDrift, partnership.PowerImbalance}) {
			t.Errorf("%v.Signals() = %v", tt.th, got)
		}
		if !tt.th.In(findings) {
			t.Errorf("%v not signalled by %v", tt.th, findings)
		}
		if tt.th.In(calm) {
			t.Errorf("%v signalled by %v", tt.th, calm)
		}
		if got, err := partnership.ParseThreat(tt.fr); err != nil || got != tt.th {
			t.Errorf("ParseThreat(%q) = %v, %v", tt.fr, got, err)
		}
	}
	if partnership.Threat(0).In(findings) || partnership.Threat(0).Source() != "" {
		t.Error("the zero Threat is not invalid")
	}
}
