package fund

import (
	"maps"
	"testing"

	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// Every text of the package is written in every language.
func TestWordsComplete(t *testing.T) {
	texts := map[string]lang.Text{"malformedRefusal": malformedRefusal.Message}
	langtest.Fields(texts, "words", words)
	for _, k := range problemKinds {
		texts["problem "+k.Code] = k.Message
	}
	for i := Idle(1); i.IsValid(); i++ {
		for l := range lang.Langs() {
			if i.Label(l) == "" || i.Label(l) == i.String() {
				t.Errorf("reason %v has no %v label", i, l)
			}
		}
	}
	for _, th := range thresholds {
		texts["threshold "+th.key] = th.label
	}
	for v := range verdictTones {
		if v > 0 {
			texts["colour of verdict "+lang.Int(v).Label(lang.English)] = verdictTones[v].name
		}
	}
	langtest.Filled(t, maps.All(texts))
}
