package societal_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
)

// sentinels are the sentinels of the package (and of its parts) the cases
// name, besides the module's, which decodetest knows.
var sentinels = map[string]error{
	"ErrDossier": societal.ErrDossier, "ErrSnapshot": innovation.ErrSnapshot,
	"ErrDuplicate": partnership.ErrDuplicate, "ErrUnknownPartner": partnership.ErrUnknownPartner, "ErrNegative": partnership.ErrNegative,
	"ErrCurrency": partnership.ErrCurrency, "ErrShares": partnership.ErrShares,
}

// TestDecodeCases: every input of testdata/decode/dossier.txtar is refused
// with the problems it expects, or decoded and written back the same.
func TestDecodeCases(t *testing.T) {
	decodetest.Run(t, "testdata/decode/dossier.txtar", sentinels, "", func(data []byte) ([]byte, error) {
		d, err := societal.DecodeDossier(data)
		if err != nil {
			return nil, err
		}
		return d.MarshalJSON()
	})
}

// TestSchemaFile: schema/dossier.schema.json is what the package's
// descriptions produce (go generate, or -update, rewrites it).
func TestSchemaFile(t *testing.T) {
	golden.File(t, "schema/dossier.schema.json", string(societal.SchemaJSON()))
}

// TestRubricSchemaFile: schema/rubric.schema.json is what the rubric's
// description produces (go generate, or -update, rewrites it).
func TestRubricSchemaFile(t *testing.T) {
	golden.File(t, "schema/rubric.schema.json", string(societal.RubricSchemaJSON()))
}

// TestRubricDecodeCases: every input of testdata/decode/rubric.txtar is
// refused with the problems it expects, or decoded and written back the
// same.
func TestRubricDecodeCases(t *testing.T) {
	decodetest.Run(t, "testdata/decode/rubric.txtar", sentinels, "", func(data []byte) ([]byte, error) {
		r, err := societal.DecodeRubric(data)
		if err != nil {
			return nil, err
		}
		return r.MarshalJSON()
	})
}

// TestDecodeCasesPseudo: every problem of every refused input of
// testdata/decode, rendered in the pseudo-locale, has no word but marked
// ones (the module's tables) and data: the input's own strings (its keys
// and values), the formats' keys and names (the schemas' properties and
// enumerations), the problem's path and value. Every error message is
// translated.
func TestDecodeCasesPseudo(t *testing.T) {
	keys := schemaWords(t)
	files, err := filepath.Glob("testdata/decode/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	for _, file := range files {
		decode := decoders[filepath.Base(file)]
		if decode == nil {
			t.Errorf("%s: no decoder", file)
			continue
		}
		cases, err := decodetest.Load(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if len(c.Want) == 0 {
				continue
			}
			data := append(inputStrings(c.Input), keys...)
			for p := range problem.All(decode(c.Input)) {
				d := append(data, p.Path, strconv.Quote(p.Value), strings.TrimSuffix(p.Value, "…"))
				for _, e := range langtest.Escaped(p.Text(lang.Pseudo), d...) {
					t.Errorf("%s: %s: %q is not marked: %q", filepath.Base(file), c.Name, e.Word, e.Text)
				}
			}
		}
	}
}

// jsonString is a JSON string, and escape an escape in one, as an input
// writes them.
var (
	jsonString = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	escape     = regexp.MustCompile(`\\(?:u[0-9a-fA-F]{4}|.)`)
)

// inputStrings returns the strings an input holds, as written and as
// read, and the escapes it writes.
func inputStrings(in []byte) []string {
	var out []string
	for _, m := range escape.FindAll(in, 2000) {
		out = append(out, string(m))
	}
	for _, m := range jsonString.FindAll(in, 2000) {
		var s string
		if json.Unmarshal(m, &s) == nil {
			out = append(out, s, strconv.Quote(s))
		}
		out = append(out, string(m[1:len(m)-1]))
	}
	return out
}

// schemaWords returns the keys of every object and the names of every
// enumeration of the schemas of schema/: the formats' own words, which
// messages list as data ("want one of id, name, …").
func schemaWords(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("schema/*.schema.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema: %v", err)
	}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				switch k {
				case "properties":
					for name := range x.(map[string]any) {
						out = append(out, name)
					}
				case "enum":
					for _, e := range x.([]any) {
						if s, ok := e.(string); ok {
							out = append(out, s)
						}
					}
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		walk(v)
	}
	return out
}
