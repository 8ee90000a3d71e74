package innovation

import (
	"maps"
	"testing"

	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// TestTextsFilled: every text of the package is written in every language:
// the glosses, the sources' quotations and their glosses, and the messages
// of every problem (the labels of the enumerations: TestEnums).
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
	langtest.Filled(t, maps.All(texts))
}
