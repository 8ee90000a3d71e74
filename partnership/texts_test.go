package partnership

import (
	"maps"
	"testing"

	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// TestTextsFilled: every text of the package is written in every language:
// the labels of the schemes, the definitions, the findings' and the
// checklist's texts and the messages of every problem (the labels of the
// other enumerations: TestEnums).
func TestTextsFilled(t *testing.T) {
	texts := map[string]lang.Text{
		"partnersNoun": partnersNoun, "contributionsNoun": contributionsNoun, "modesNoun": modesNoun, "objectivesNoun": objectivesNoun,
		"leverNoun": leverNoun, "kindNoun": kindNoun, "purposeNoun": purposeNoun,
		"modeNoun": modeNoun, "objectiveNoun": objectiveNoun, "factNoun": factNoun, "cooperationModeNoun": cooperationModeNoun,
		"participantRoleNoun": participantRoleNoun, "formalisationNoun": formalisationNoun, "continuityNoun": continuityNoun,
		"contributionKindNoun": contributionKindNoun,
	}
	add := func(name string, i int, tx lang.Text) { texts[name+" "+lang.Int(i).Label(lang.English)] = tx }
	for i, k := range problemKinds {
		add("problem "+k.Code, i, k.Message)
	}
	for i, b := range bases {
		add("basis", i, b)
	}
	for r := range risks.Len() + 1 {
		if r > 0 {
			add("risk", r, riskTexts[r])
		}
	}
	for m := range Modes() {
		add("mode", int(m), modeDefinitions[m])
	}
	for v := range PerformanceLevers() {
		add("performance lever", int(v), performanceLeverTable[v].definition)
	}
	langtest.Labels(texts, "Scheme", schemes)
	langtest.Filled(t, maps.All(texts))
}
