// Package conformance checks that the JSON Schemas the module publishes
// (schema/*.schema.json) agree with its decoders: every input of the
// decoder tests (testdata/decode/*.txtar), valid and invalid, is given to a
// maintained JSON Schema 2020-12 validator and to the decoder, and the two
// must accept and refuse the same inputs, but for the rules a schema cannot
// state, listed below by name, that a case names. It lives in a module of
// its own so that the library's go.mod keeps its three dependencies.
package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/partnership"
)

// rules are the rules a JSON Schema cannot state, by the name a case gives
// in its "rule" line: the decoder refuses such a case, and the schema may
// accept it.
var rules = map[string]string{
	"history":          "a history consistent with its start and its status: each transition from where the one before left the project, one phase at a time forward, times in order and stated, a reason for a return or an abandon",
	"partner-ids":      "the partners' ids unique in a partnership",
	"partner-of":       "each contribution naming a partner of the partnership",
	"power-sum":        "the shares of power all zero, or summing to 1",
	"currency":         "a currency for a non-zero amount, and one currency in a partnership",
	"period":           "a period that ends no earlier than it starts",
	"named-twice":      "a name given twice in two spellings (a key and a label, two cases): a schema compares texts, not what they name",
	"unique-by-key":    "items of a list unique by one of their keys: the partners of a partenariale evaluation, its dimensions of the common good",
	"target":           "an indicator's target not its baseline, and on the side of it its direction says",
	"budget-sum":       "the evaluation and capacity-building budgets each, and together, at most the total",
	"matrix":           "every row × macro-phase pair of a matrix given exactly once",
	"text-bytes":       "texts bounded in bytes: a schema's maxLength counts characters",
	"decimal-exponent": "the bounds of a decimal written with an exponent in a string",
	"number-text":      "the digits of a JSON number as it is written (its places past 12, trailing zeros included; a text over 64 characters): a schema reads its value",
	"i-json":           "what I-JSON (RFC 7493) refuses and a JSON reader may read: a key given twice, an escape of a lone UTF-16 surrogate, invalid UTF-8",
	"size":             "an input of at most 1 MiB",
	"rubric-complete":  "a rubric complete and consistent: every check with a severity and a weight (a check may be named by its key or a label), weights not all zero, every intensity with its mobilisation threshold, the least suppliers not decreasing with the intensity",
}

// formats are the documents of the case files: the schema each conforms
// to, and the decoder of the library.
var formats = []struct {
	file, schema string
	decode       func([]byte) error
}{
	{"dossier.txtar", "dossier.schema.json", func(b []byte) error { _, err := societal.DecodeDossier(b); return err }},
	{"partnership.txtar", "partnership.schema.json", func(b []byte) error { _, err := partnership.Decode(b); return err }},
	{"evaluation.txtar", "evaluation.schema.json", func(b []byte) error { _, err := evaluation.Decode(b); return err }},
	{"snapshot.txtar", "innovation.schema.json", func(b []byte) error { _, err := innovation.RestoreJSON(b); return err }},
	{"needs.txtar", "innovation.schema.json#/$defs/needs_matrix", func(b []byte) error { var m innovation.NeedsMatrix; return m.UnmarshalJSON(b) }},
	{"stakeholders.txtar", "innovation.schema.json#/$defs/stakeholders_matrix", func(b []byte) error {
		var m innovation.StakeholderMatrix
		return m.UnmarshalJSON(b)
	}},
	{"rubric.txtar", "rubric.schema.json", func(b []byte) error { _, err := societal.DecodeRubric(b); return err }},
}

// compile compiles the schema at loc, every file of ../schema loaded under
// its $id.
func compile(t *testing.T, loc string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	files, err := filepath.Glob("../schema/*.schema.json")
	if err != nil || len(files) < 4 {
		t.Fatalf("schema files: %v, %v", files, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := c.AddResource(wire.Base+filepath.Base(f), doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	s, err := c.Compile(wire.Base + loc)
	if err != nil {
		t.Fatalf("%s: %v", loc, err)
	}
	return s
}

// accepts reports whether the schema accepts data, and why not. A text
// that is not JSON is refused; one byte-order mark at the start is dropped
// first, as RFC 8259 §8.1 lets a reader do (and the decoders do).
//
// The validator fails (a nil *big.Rat) on a number whose exponent math/big
// does not read, such as 1e999999999: every such number of the cases
// stands where the schema bounds the value (exclusiveMaximum 10^18), which
// refuses it; a failure is counted as a refusal, and said.
func accepts(s *jsonschema.Schema, data []byte) (ok bool, why string) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	if err != nil {
		return false, "not JSON: " + err.Error()
	}
	defer func() {
		if r := recover(); r != nil {
			ok, why = false, fmt.Sprintf("the validator fails: %v", r)
		}
	}()
	if err := s.Validate(doc); err != nil {
		return false, err.Error()
	}
	return true, ""
}

// TestConformance: the schema and the decoder accept and refuse the same
// inputs of the decoder tests, but where a case names a rule of rules;
// and a case that names one is one where they disagree.
func TestConformance(t *testing.T) {
	total, disagreements := 0, map[string]int{}
	for _, f := range formats {
		cases, err := decodetest.Load(filepath.Join("../testdata/decode", f.file))
		if err != nil {
			t.Fatal(err)
		}
		s := compile(t, f.schema)
		for _, c := range cases {
			total++
			t.Run(f.file+"/"+c.Name, func(t *testing.T) {
				derr := f.decode(c.Input)
				ok, why := accepts(s, c.Input)
				switch {
				case c.Rule != "" && rules[c.Rule] == "":
					t.Errorf("rule %q is not one of the rules a schema cannot state", c.Rule)
				case (derr == nil) == ok && c.Rule != "":
					t.Errorf("the schema and the decoder agree (accepted: %t), but the case names rule %q", ok, c.Rule)
				case (derr == nil) == ok:
				case derr == nil:
					t.Errorf("the schema refuses what the decoder accepts: %s", why)
				case c.Rule == "":
					t.Errorf("the schema accepts what the decoder refuses, and the case names no rule a schema cannot state:\n%.1000v", derr)
				default:
					disagreements[c.Rule]++
				}
			})
		}
	}
	if total < 250 {
		t.Errorf("only %d cases", total)
	}
	var names []string
	for r, n := range disagreements {
		names = append(names, fmt.Sprintf("%s %d", r, n))
	}
	slices.Sort(names)
	t.Logf("%d cases; the schema accepts what the decoder refuses by rules a schema cannot state: %s", total, strings.Join(names, ", "))
}

// TestValidDocuments: the example dossier, Template and what the library
// writes conform to the schemas.
func TestValidDocuments(t *testing.T) {
	dossier := compile(t, "dossier.schema.json")
	example, err := os.ReadFile("../examples/readiness/dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"examples/readiness/dossier.json": example, "Template()": societal.Template()} {
		if ok, why := accepts(dossier, data); !ok {
			t.Errorf("%s: %s", name, why)
		}
		d, err := societal.DecodeDossier(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if ok, why := accepts(dossier, out); !ok {
			t.Errorf("%s, as the library writes it: %s", name, why)
		}
	}
}

// TestHostile: the valid dossier of 1 MiB is accepted by the schema, and
// every hostile shape of 1 MiB the decoder refuses, the schema refuses too,
// but for those that break a rule a schema cannot state.
func TestHostile(t *testing.T) {
	s := compile(t, "dossier.schema.json")
	valid := decodetest.ValidBig()
	if _, err := societal.DecodeDossier(valid); err != nil {
		t.Fatal(err)
	}
	if ok, why := accepts(s, valid); !ok {
		t.Errorf("the valid dossier of 1 MiB: %s", why)
	}
	for _, h := range decodetest.Hostile() {
		_, derr := societal.DecodeDossier(h.Data)
		ok, _ := accepts(s, h.Data)
		switch {
		case derr == nil:
			t.Errorf("%s: accepted by the decoder", h.Name)
		case ok && rules[h.Rule] == "":
			t.Errorf("%s: accepted by the schema, and it names no rule a schema cannot state", h.Name)
		case !ok && h.Rule != "":
			t.Errorf("%s: refused by the schema, but it names rule %q", h.Name, h.Rule)
		}
	}
}
