package societal

import (
	"maps"
	"testing"

	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// Every text of the package's tables is written in every language: the
// checks' labels and requests, every wording of every detail, the
// reports' words, the problems' messages and the nouns they quote.
func TestTextsInEveryLanguage(t *testing.T) {
	texts := map[string]lang.Text{"noun": reportsNoun}
	add := func(name string, i int, x lang.Text) { texts[name+" "+lang.Int(i).Label(lang.English)] = x }
	for id := range CheckIDs() {
		c := id.def()
		texts[c.key+" label"] = c.label
		texts[c.key+" request"] = c.request
		if !c.graded.IsZero() {
			texts[c.key+" graded"] = c.graded
		}
	}
	for code, k := range detailKinds() {
		if len(k.texts) == 0 {
			t.Errorf("detail %s: no text", code)
		}
		for i, x := range k.texts {
			add("detail "+code, i, x)
		}
	}
	for i, x := range reportWords {
		add("report word", i, x)
	}
	for _, k := range problemKinds {
		texts["problem "+k.Code] = k.Message
	}
	for i, x := range []lang.Text{refusedAbandoned, refusedHead, refusedUnmet, refusedMissing, refusedNothing, refusedField} {
		add("refusal", i, x)
	}
	langtest.Filled(t, maps.All(texts))
}

// Each check's definition is complete, and the checks are numbered from 1
// without a gap, each with its own key.
func TestCheckDefinitions(t *testing.T) {
	n := 0
	keys := map[string]bool{}
	for id := range CheckIDs() {
		n++
		c := id.def()
		switch {
		case c.id != id || int(id) != n:
			t.Errorf("check %d defined as %d", n, c.id)
		case c.key == "" || keys[c.key]:
			t.Errorf("%v: key %q empty or given twice", id, c.key)
		case c.source == "" || c.field == "":
			t.Errorf("%v: no source or field", id)
		case !c.severity.IsValid() || c.weight < 0:
			t.Errorf("%v: severity %v, weight %d", id, c.severity, c.weight)
		case c.judge == nil:
			t.Errorf("%v: no judging function", id)
		}
		keys[c.key] = true
		for _, p := range c.required {
			if !p.IsValid() {
				t.Errorf("%v: required in an invalid phase %d", id, p)
			}
		}
	}
	for id := CheckID(n + 1); id <= maxCheck; id++ {
		if checks[id] != nil {
			t.Errorf("check %d defined after a gap", id)
		}
	}
	if n == 0 || checkIDs().Len() != n {
		t.Errorf("%d checks, table of %d", n, checkIDs().Len())
	}
	identifying := 0
	for id := range CheckIDs() {
		if id.def().identifies {
			identifying++
		}
	}
	if identifying != 1 {
		t.Errorf("%d checks identify the project, want one", identifying)
	}
}
