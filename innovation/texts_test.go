package innovation

import (
	"maps"
	"testing"

	"github.com/seed424036fd/societal/internal/langtest"
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
	langtest.Labels(texts, "Phase", phases)
	langtest.Labels(texts, "MacroPhase", macroPhases)
	langtest.Labels(texts, "EconomicModel", economicModels)
	langtest.Labels(texts, "Carrier", carriers)
	langtest.Labels(texts, "RiskZone", riskZones)
	langtest.Labels(texts, "Lever", levers)
	langtest.Labels(texts, "Intensity", intensities)
	langtest.Labels(texts, "Stakeholder", stakeholders)
	langtest.Labels(texts, "Stage", stages)
	langtest.Labels(texts, "Dimension", dimensions)
	langtest.Labels(texts, "TransitionKind", kinds)
	langtest.Labels(texts, "Nature", natures)
	langtest.Labels(texts, "InnovatorNeed", innovatorNeeds)
	langtest.Labels(texts, "NeedKind", needKinds)
	langtest.Labels(texts, "Resource", resources)
	langtest.Labels(texts, "AllianceImpact", allianceImpacts)
	langtest.Filled(t, maps.All(texts))
}
