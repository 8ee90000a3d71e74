package wire

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/lang"
)

// Every kind of problem and every word the messages quote is filled in
// every language, with the same placeholders in each.
func TestKindsFilled(t *testing.T) {
	placeholders := regexp.MustCompile(`\{[1-9]\}`)
	for _, k := range kinds {
		if l, missing := k.Message.Missing(); missing {
			t.Errorf("kind %q: no message in %v", k.Code, l)
		}
		if k.Err == nil || k.Code == "" || strings.ToLower(k.Code) != k.Code || strings.ContainsAny(k.Code, " _") {
			t.Errorf("kind %q: no sentinel, or a code not lowercase and hyphenated", k.Code)
		}
		var sets [][]string
		for l := range lang.Langs() {
			p := placeholders.FindAllString(k.Message.In(l), -1)
			slices.Sort(p)
			sets = append(sets, p)
		}
		for _, s := range sets[1:] {
			if !slices.Equal(s, sets[0]) {
				t.Errorf("kind %q: placeholders %v, then %v", k.Code, sets[0], s)
			}
		}
	}
	for _, w := range words {
		if l, missing := w.Missing(); missing {
			t.Errorf("%q: nothing in %v", w.In(lang.English), l)
		}
	}
}
