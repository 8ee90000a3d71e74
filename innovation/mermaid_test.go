package innovation_test

import (
	"context"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

func TestMermaid(t *testing.T) {
	l := mustNew(t, innovation.Modelisation)
	for lg := range lang.Langs() {
		golden(t, "lifecycle.mermaid."+lg.String(), innovation.Mermaid(l.Status(), lg))
	}
	d := innovation.Mermaid(l.Status(), lang.Pseudo)
	for _, want := range []string{
		"stateDiagram-v2",
		"conception --> experimentation : " + innovation.TraverseeDuDesert.Label(lang.Pseudo),
		"class modelisation current",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("diagram lacks %q:\n%s", want, d)
		}
	}
	if err := l.Abandon(context.Background(), innovation.Note{Reason: "stop"}); err != nil {
		t.Fatal(err)
	}
	for lg := range lang.Langs() {
		golden(t, "lifecycle-abandoned.mermaid."+lg.String(), innovation.Mermaid(l.Status(), lg))
	}
	d = innovation.Mermaid(l.Status(), lang.Pseudo)
	for _, want := range []string{"modelisation --> abandoned", "class abandoned current", `state "⟦Abandoned⟧" as abandoned`} {
		if !strings.Contains(d, want) {
			t.Errorf("diagram lacks %q:\n%s", want, d)
		}
	}
	if d := innovation.Mermaid(innovation.Status{}, lang.French); strings.Contains(d, "class ") {
		t.Errorf("invalid status highlighted something:\n%s", d)
	}
}
