package innovation

import (
	"testing"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// TestTextsFilled: every text of the package is written in every language:
// the labels of every enumeration, the glosses, the sources' quotations
// and their glosses, and the messages of every problem.
func TestTextsFilled(t *testing.T) {
	texts := map[string]lang.Text{
		"abandonedLabel": abandonedLabel, "abandonedIn": abandonedIn, "otherHead": otherHead,
		"leverNoun": leverNoun, "stakeholderNoun": stakeholderNoun, "macroPhaseNoun": macroPhaseNoun, "intensityNoun": intensityNoun,
		"entriesNoun": entriesNoun,
	}
	add := func(name string, i int, tx lang.Text) { texts[name+"["+lang.Int(i).Label(lang.English)+"]"] = tx }
	for i, tx := range riskGloss {
		add("riskGloss", i, tx)
	}
	for i, tx := range qualifiers {
		add("qualifiers", i, tx)
	}
	for i, h := range transitionHead {
		if i > 0 {
			add("transitionHead", 2*i, h[0])
			add("transitionHead", 2*i+1, h[1])
		}
	}
	for i, k := range problemKinds {
		add("problem "+k.Code, i, k.Message)
	}
	for a, row := range allianceImpactTable {
		for i, f := range row.facets {
			add("facet "+AllianceImpact(a).String(), i, f.Text)
		}
	}
	for n, row := range innovatorNeedTable {
		if n > 0 {
			add("innovatorNeed", n, row.quote)
		}
	}
	for n, row := range natureTable {
		if n > 0 {
			add("nature", n, row.definition)
		}
	}
	labels(texts, "Phase", phases)
	labels(texts, "MacroPhase", macroPhases)
	labels(texts, "EconomicModel", economicModels)
	labels(texts, "Carrier", carriers)
	labels(texts, "RiskZone", riskZones)
	labels(texts, "Lever", levers)
	labels(texts, "Intensity", intensities)
	labels(texts, "Stakeholder", stakeholders)
	labels(texts, "Stage", stages)
	labels(texts, "Dimension", dimensions)
	labels(texts, "TransitionKind", kinds)
	labels(texts, "Nature", natures)
	labels(texts, "InnovatorNeed", innovatorNeeds)
	labels(texts, "NeedKind", needKinds)
	labels(texts, "Resource", resources)
	labels(texts, "AllianceImpact", allianceImpacts)
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
