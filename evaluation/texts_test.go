package evaluation

import (
	"maps"
	"testing"

	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// TestTextsFilled: every text of the package is written in every language:
// the notes of the findings, the plans' texts and the messages of every
// problem (the labels of the enumerations: TestEnumMethods). A code whose
// finding quotes nothing has no note, and only such a code.
func TestTextsFilled(t *testing.T) {
	texts := map[string]lang.Text{
		"evaluatorsNoun": evaluatorsNoun, "itemsNoun": itemsNoun, "outcomeNoun": outcomeNoun, "directionNoun": directionNoun, "degreeNoun": degreeNoun,
		"evaluatorNoun": evaluatorNoun, "impactKindNoun": impactKindNoun, "resultLeverNoun": resultLeverNoun, "commonGoodNoun": commonGoodNoun,
	}
	noNote := map[Code]bool{NoCommonGood: true, NoPartnerValue: true, GapNotAnalysed: true, ImpactsMissing: true, EvaluationNotBudgeted: true}
	if len(codeNotes) != int(NoBeneficiaryAccount) {
		t.Errorf("%d notes for %d codes", len(codeNotes), NoBeneficiaryAccount)
	}
	for c := range Codes() {
		if n := codeNotes[c-1]; n.IsZero() != noNote[c] {
			t.Errorf("%v: note %q; a note is wanted: %t", c, n, !noNote[c])
		} else if !n.IsZero() {
			texts["note "+c.String()] = n
		}
	}
	for i, k := range problemKinds {
		texts["problem "+k.Code+" "+lang.Int(i).Label(lang.English)] = k.Message
	}
	for _, p := range plans {
		m := p.Sources
		for name, tx := range map[string]lang.Text{"purpose": p.Purpose, "focus": p.Focus, "criteria": p.Criteria, "goal": p.Goal, "effort": p.Effort, "advice": p.Advice} {
			texts["plan "+m+" "+name] = tx
		}
	}
	langtest.Filled(t, maps.All(texts))
}
