package innovation_test

import (
	"context"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/lang"
)

func TestMermaid(t *testing.T) {
	lc := mustNew(t, innovation.Modelisation)
	for l := range lang.Langs() {
		golden.Check(t, "lifecycle.mermaid."+l.String(), innovation.Mermaid(lc.Status(), l))
	}
	d := innovation.Mermaid(lc.Status(), lang.Pseudo)
	for _, want := range []string{
		"stateDiagram-v2",
		"conception --> experimentation : " + innovation.TraverseeDuDesert.Label(lang.Pseudo),
		"class modelisation current",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("diagram lacks %q:\n%s", want, d)
		}
	}
	if err := lc.Abandon(context.Background(), innovation.Note{Reason: "stop"}); err != nil {
		t.Fatal(err)
	}
	for l := range lang.Langs() {
		golden.Check(t, "lifecycle-abandoned.mermaid."+l.String(), innovation.Mermaid(lc.Status(), l))
	}
	d = innovation.Mermaid(lc.Status(), lang.Pseudo)
	for _, want := range []string{"modelisation --> abandoned", "class abandoned current", `state "⟦Abandoned⟧" as abandoned`} {
		if !strings.Contains(d, want) {
			t.Errorf("diagram lacks %q:\n%s", want, d)
		}
	}
	if d := innovation.Mermaid(innovation.Status{}, lang.French); strings.Contains(d, "class ") {
		t.Errorf("invalid status highlighted something:\n%s", d)
	}
}
