package evaluation

import (
	"testing"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// TestTextsFilled: every text of the package is written in every language:
// the labels of every enumeration, the notes of the findings, the plans'
// texts and the messages of every problem. A code whose finding quotes
// nothing has no note, and only such a code.
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
	labels(texts, "Adoption", adoptions)
	labels(texts, "Evaluator", evaluators)
	labels(texts, "Code", codes)
	labels(texts, "Form", forms)
	labels(texts, "Degree", degrees)
	labels(texts, "ImpactKind", impactKinds)
	labels(texts, "ResultLever", resultLevers)
	labels(texts, "CommonGood", commonGoods)
	labels(texts, "Outcome", outcomes)
	labels(texts, "Direction", directions)
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
