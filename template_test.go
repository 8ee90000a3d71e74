package societal_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/decodetest"
)

// TestTemplate checks that Template decodes and holds every key of the
// schema: every property of every object (every form of evaluation
// included) and every name of the dimensions and stakeholders.
func TestTemplate(t *testing.T) {
	tmpl := societal.Template()
	d, err := societal.DecodeDossier(tmpl)
	if err != nil {
		t.Fatalf("DecodeDossier(Template()): %v", err)
	}
	if len(d.Evaluations) != 3 || d.Partnership == nil || d.Budget == nil || len(d.History) == 0 {
		t.Errorf("Template decodes to a partial dossier: %+v", d)
	}
	want, err := decodetest.SchemaPaths("schema", "dossier.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 80 {
		t.Fatalf("only %d keys found in the schema", len(want))
	}
	got, err := decodetest.Paths("schema", "dossier.schema.json", tmpl)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range decodetest.Missing(want, got) {
		t.Errorf("Template lacks %s", k)
	}
}

// TestTemplateCopy checks that each call returns a slice of its own.
func TestTemplateCopy(t *testing.T) {
	a := societal.Template()
	a[0] = 'x'
	if b := societal.Template(); b[0] != '{' || bytes.Equal(a, b) {
		t.Error("Template returns a shared slice")
	}
}

func ExampleTemplate() {
	d, err := societal.DecodeDossier(societal.Template())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Name, "—", d.Phase, "—", len(d.Evaluations), "evaluations")
	// Output: <project name> — modelisation — 3 evaluations
}
