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
	d := l.Mermaid(lang.French)
	for _, want := range []string{
		"stateDiagram-v2",
		`state "Modélisation" as modelisation`,
		"conception --> experimentation : Traversée du désert",
		"modelisation --> essaimage : Crise de croissance",
		"class modelisation current",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("diagram lacks %q:\n%s", want, d)
		}
	}
	if err := l.Abandon(context.Background(), innovation.Note{Reason: "stop"}); err != nil {
		t.Fatal(err)
	}
	d = l.Mermaid(lang.English)
	for _, want := range []string{"modelisation --> abandoned", "class abandoned current", "Valley of death"} {
		if !strings.Contains(d, want) {
			t.Errorf("diagram lacks %q:\n%s", want, d)
		}
	}
	if d := innovation.Mermaid(innovation.Status{}, lang.French); strings.Contains(d, "class ") {
		t.Errorf("invalid status highlighted something:\n%s", d)
	}
}
