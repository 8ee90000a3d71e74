package partnership

import (
	"testing"

	"github.com/seed424036fd/societal/internal/enum"
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
	labels(texts, "Difficulty", difficulties)
	labels(texts, "Factor", factors)
	labels(texts, "ContributionKind", contributionKinds)
	labels(texts, "SchemeDimension", schemeDimensions)
	labels(texts, "CooperationMode", cooperationModes)
	labels(texts, "ParticipantRole", participantRoles)
	labels(texts, "Formalisation", formalisations)
	labels(texts, "Continuity", continuities)
	labels(texts, "Supply", supplies)
	labels(texts, "Fact", facts)
	labels(texts, "FactStatus", factStatuses)
	labels(texts, "Level", levels)
	labels(texts, "Risk", risks)
	labels(texts, "Kind", kinds)
	labels(texts, "Purpose", purposes)
	labels(texts, "Mode", modes)
	labels(texts, "Objective", objectives)
	labels(texts, "PerformanceLever", performanceLevers)
	labels(texts, "Scheme", schemes)
	labels(texts, "Threat", threats)
	labels(texts, "Enabler", enablers)
	labels(texts, "Obstacle", obstacles)
	for name, tx := range texts {
		if l, missing := tx.Missing(); missing {
			t.Errorf("%s has no %s wording: %q", name, l, tx)
		}
	}
}

// labels adds the label of every value of an enumeration table to texts.
func labels[T ~uint8](texts map[string]lang.Text, name string, table *enum.Table[T]) {
	for v := range 256 {
		if n, ok := table.Names(T(v)); ok {
			texts[name+" "+n.Key] = n.Label
		}
	}
}
