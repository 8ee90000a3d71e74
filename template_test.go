package societal_test

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/seed424036fd/societal"
)

// TestTemplate checks that Template decodes, conforms to the schema and
// holds every key of the schema: every property of every object, every
// form of evaluation and every name of the dimensions and stakeholders.
func TestTemplate(t *testing.T) {
	tmpl := societal.Template()
	d, err := societal.DecodeDossier(tmpl)
	if err != nil {
		t.Fatalf("DecodeDossier(Template()): %v", err)
	}
	if len(d.Evaluations) != 3 || d.Partnership == nil || d.Budget == nil || len(d.History) == 0 {
		t.Errorf("Template decodes to a partial dossier: %+v", d)
	}

	s := loadSchema(t)
	seen := map[string]bool{}
	v := &validator{root: s, visited: func(ptr, key string) { seen[ptr+" "+key] = true }}
	for _, e := range v.validate(s, "#", parseJSON(t, tmpl), "$") {
		t.Errorf("Template: %s", e)
	}
	want := schemaKeys(s)
	if len(want) < 80 {
		t.Fatalf("only %d keys found in the schema", len(want))
	}
	for _, k := range want {
		if !seen[k] {
			t.Errorf("Template lacks %s", k)
		}
	}
}

// schemaKeys returns every key the schema names, as "pointer key": the
// properties of each object (the branches of a oneOf included) and the keys
// of each enumeration that names a map's keys.
func schemaKeys(root schema) []string {
	var out []string
	var walk func(s schema, ptr string)
	walk = func(s schema, ptr string) {
		if props, ok := s["properties"].(schema); ok {
			for k, p := range props {
				out = append(out, ptr+" "+k)
				walk(p.(schema), ptr+"/properties/"+k)
			}
		}
		if pn, ok := s["propertyNames"].(schema); ok {
			v := &validator{root: root}
			r, _ := v.resolve(pn, "")
			keys, _, _ := enumBranches(r)
			for _, k := range keys {
				if k != "" {
					out = append(out, ptr+"/propertyNames "+k)
				}
			}
		}
		for _, kw := range []string{"items", "additionalProperties"} {
			if sub, ok := s[kw].(schema); ok {
				walk(sub, ptr+"/"+kw)
			}
		}
		if branches, ok := s["oneOf"].([]any); ok {
			for i, b := range branches {
				walk(b.(schema), fmt.Sprintf("%s/oneOf/%d", ptr, i))
			}
		}
	}
	walk(root, "#")
	for name, d := range root["$defs"].(schema) {
		walk(d.(schema), "#/$defs/"+name)
	}
	slices.Sort(out)
	return out
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
