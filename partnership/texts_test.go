package partnership

import (
	"maps"
	"testing"

	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// TestTextsFilled: every text of the package is written in every language:
// the labels of every enumeration, the definitions, the findings' and the
// checklist's texts and the messages of every problem.
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
	langtest.Labels(texts, "Difficulty", difficulties)
	langtest.Labels(texts, "Factor", factors)
	langtest.Labels(texts, "ContributionKind", contributionKinds)
	langtest.Labels(texts, "SchemeDimension", schemeDimensions)
	langtest.Labels(texts, "CooperationMode", cooperationModes)
	langtest.Labels(texts, "ParticipantRole", participantRoles)
	langtest.Labels(texts, "Formalisation", formalisations)
	langtest.Labels(texts, "Continuity", continuities)
	langtest.Labels(texts, "Supply", supplies)
	langtest.Labels(texts, "Fact", facts)
	langtest.Labels(texts, "FactStatus", factStatuses)
	langtest.Labels(texts, "Level", levels)
	langtest.Labels(texts, "Risk", risks)
	langtest.Labels(texts, "Kind", kinds)
	langtest.Labels(texts, "Purpose", purposes)
	langtest.Labels(texts, "Mode", modes)
	langtest.Labels(texts, "Objective", objectives)
	langtest.Labels(texts, "PerformanceLever", performanceLevers)
	langtest.Labels(texts, "Scheme", schemes)
	langtest.Labels(texts, "Threat", threats)
	langtest.Labels(texts, "Enabler", enablers)
	langtest.Labels(texts, "Obstacle", obstacles)
	langtest.Filled(t, maps.All(texts))
}
