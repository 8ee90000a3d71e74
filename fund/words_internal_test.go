package fund

import (
	"reflect"
	"testing"

	"github.com/seed424036fd/societal/lang"
)

// Every text of the package is written in every language.
func TestWordsComplete(t *testing.T) {
	v := reflect.ValueOf(words)
	for i := range v.NumField() {
		var text lang.Text // an unexported field reads by its elements
		for j := range text {
			text[j] = v.Field(i).Index(j).String()
		}
		if l, missing := text.Missing(); missing {
			t.Errorf("words.%s has no %v wording", v.Type().Field(i).Name, l)
		}
	}
	for _, k := range problemKinds {
		if l, missing := k.Message.Missing(); missing {
			t.Errorf("%s has no %v wording", k.Code, l)
		}
	}
	for i := Idle(1); i.IsValid(); i++ {
		for l := range lang.Langs() {
			if i.Label(l) == "" || i.Label(l) == i.String() {
				t.Errorf("reason %v has no %v label", i, l)
			}
		}
	}
	for _, th := range thresholds {
		if l, missing := th.label.Missing(); missing {
			t.Errorf("threshold %s has no %v wording", th.key, l)
		}
	}
	for v := range verdictTones {
		if l, missing := verdictTones[v].name.Missing(); v > 0 && missing {
			t.Errorf("colour of verdict %d has no %v wording", v, l)
		}
	}
}
