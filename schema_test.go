package societal_test

// The dossier format as a published contract: schema/dossier.schema.json
// (JSON Schema, draft 2020-12) is generated here from the Go enumerations
// (go test -run TestSchemaFile -update), and kept in sync with DecodeDossier
// by probes: the keys, required keys and enumeration values the decoder
// accepts are read from its own error messages and compared with the
// schema's. A small validator for the subset of JSON Schema the file uses
// checks that the example dossiers and Template conform.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

var updateSchema = flag.Bool("update", false, "rewrite schema/dossier.schema.json from the Go enumerations")

const schemaPath = "schema/dossier.schema.json"

// schema is one JSON Schema object, as generated or as read back.
type schema = map[string]any

// ---- Generation ----

// enumValue is an enumeration of the module: a named byte with its ASCII
// key (String) and its labels (Label).
type enumValue interface {
	~uint8
	IsValid() bool
	String() string
	Label(lang.Lang) string
}

// valid yields every valid value of an enumeration that has no exported
// iterator, zero included when it is valid.
func valid[T enumValue]() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < 256; i++ {
			if v := T(i); v.IsValid() && !yield(v) {
				return
			}
		}
	}
}

// enumDef is the schema of an enumeration: its keys (with "" when empty
// says "not stated"), then its French and English labels and the extra
// words the parser documents, which the decoder also reads.
func enumDef[T enumValue](desc string, values iter.Seq[T], empty bool, words ...string) schema {
	var keys, labels []string
	if empty {
		keys = append(keys, "")
	}
	for v := range values {
		keys = append(keys, v.String())
	}
	for v := range values {
		for _, l := range []string{v.Label(lang.French), v.Label(lang.English)} {
			if !slices.Contains(keys, l) && !slices.Contains(labels, l) {
				labels = append(labels, l)
			}
		}
	}
	labels = append(labels, words...)
	return labelled(desc, keys, labels)
}

// labelled is the schema of a string that is one of keys or one of labels.
func labelled(desc string, keys, labels []string) schema {
	s := schema{"type": "string", "description": desc}
	kd := "The stable ASCII key, as the library writes it."
	if slices.Contains(keys, "") {
		kd = "The stable ASCII key, as the library writes it; \"\" for not stated."
	}
	branches := []any{schema{"title": "key", "description": kd, "enum": keys}}
	if len(labels) > 0 {
		branches = append(branches, schema{"title": "label", "description": "Another name the decoder also reads: a French or English label, or a word the parser documents. The decoder ignores case and reads the apostrophe ’ as ', which the schema does not say.", "enum": labels})
	}
	s["anyOf"] = branches
	return s
}

type keyProp struct {
	name string
	s    schema
}

// keyOf is a property of an object: s (copied) with its description.
func keyOf(name, desc string, s schema) keyProp {
	c := maps.Clone(s)
	c["description"] = desc
	return keyProp{name, c}
}

// closedObject is a closed object: only the keys given, required ones listed.
func closedObject(desc string, required []string, props ...keyProp) schema {
	p := schema{}
	var order []string
	for _, pr := range props {
		p[pr.name] = pr.s
		order = append(order, pr.name)
	}
	p[orderKey] = order
	s := schema{"type": "object", "additionalProperties": false, "properties": p}
	if desc != "" {
		s["description"] = desc
	}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

func defRef(def string) schema { return schema{"$ref": "#/$defs/" + def} }

// listOf is a list of items, at most max (0: bounded by the input's size).
func listOf(items schema, max int) schema {
	s := schema{"type": "array", "items": items}
	if max > 0 {
		s["maxItems"] = max
	}
	return s
}

// uniqueList is s, a list whose items are all different.
func uniqueList(s schema) schema {
	s["uniqueItems"] = true
	return s
}

// numValues returns the number of values of an enumeration.
func numValues[T any](values iter.Seq[T]) int {
	n := 0
	for range values {
		n++
	}
	return n
}

func wholeNumber(min, max int) schema {
	return schema{"type": "integer", "minimum": min, "maximum": max}
}

// The patterns of the texts the decoder reads (wire.NameProblem and
// wire.ProseProblem): no control character; free text may hold tab, line
// feed and carriage return; a name holds no bidirectional control (the
// characters themselves in the class, which ECMA-262 and RE2 both read;
// marshalSchema writes them as \u escapes).
const (
	namePattern  = "^[^\\x00-\\x1f\\x7f-\\x9f\u202a-\u202e\u2066-\u2069]*$"
	prosePattern = `^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$`
	// decimalPattern is the number grammar wire.ParseDecimal reads: an
	// optional minus, digits, an optional point and digits, an optional
	// exponent. No "+", no thousands separator, no currency, no "%".
	decimalPattern = `^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$`
	// timePattern is RFC 3339, as time.Time reads it.
	timePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$`
)

// schemeDef is the schema of a partnership.Scheme: the sets written as
// String writes them, from the empty set to all three.
func schemeDef() schema {
	var keys []string
	for s := partnership.Scheme(0); s.IsValid(); s++ {
		keys = append(keys, s.String())
	}
	parts := func(k string) int {
		if k == "" {
			return 0
		}
		return strings.Count(k, "+") + 1
	}
	slices.SortStableFunc(keys, func(a, b string) int { return parts(a) - parts(b) })
	return labelled("A set of cooperation schemes (000:300-342): scheme keys joined by \"+\", \"\" for none stated. The decoder also reads the names in any order and as labels.", keys, nil)
}

// formBranch is the schema of an evaluation report of form f: the keys of
// every form and those of f.
func formBranch(f evaluation.Form, required []string, props ...keyProp) schema {
	labels := []string{}
	for _, l := range []string{f.Label(lang.French), f.Label(lang.English)} {
		if l != f.String() && !slices.Contains(labels, l) {
			labels = append(labels, l)
		}
	}
	common := []keyProp{
		keyOf("form", "The form of the evaluation: "+strconv.Quote(f.String())+" here. Required.", labelled("", []string{f.String()}, labels)),
		keyOf("degree", "The degree of the evaluation: se conter (a narrative), se compter (a comparison with peers) or compter (a measurement). Required.", defRef("degree")),
		keyOf("evaluators", "The key actors of evaluation who took part in it, each at most once.", uniqueList(listOf(defRef("evaluator"), evaluation.NumEvaluators))),
		keyOf("path", "The path of evaluation: how it was led, in free text.", defRef("prose")),
	}
	s := closedObject("An evaluation report of the form "+strconv.Quote(f.String())+" ("+f.Label(lang.English)+").", append([]string{"form", "degree"}, required...), append(common, props...)...)
	delete(s["properties"].(schema)["form"].(schema), "description")
	s["properties"].(schema)["form"].(schema)["description"] = "The form of the evaluation: " + strconv.Quote(f.String()) + " here (or its label). Required; it selects the keys the report holds."
	s["title"] = f.String()
	return s
}

// buildSchema returns the dossier schema, enumerations taken from Go.
func buildSchema() schema {
	outcome := defRef("outcome")
	weight := defRef("decimal")
	defs := schema{
		"name": schema{"type": "string", "maxLength": wire.MaxText, "pattern": namePattern,
			"description": fmt.Sprintf("A name or identifier: one line, no control character nor bidirectional control (U+202A–U+202E, U+2066–U+2069), at most %d bytes (maxLength counts characters: a name of accented letters reaches the limit in fewer).", wire.MaxText)},
		"prose": schema{"type": "string", "maxLength": wire.MaxProse, "pattern": prosePattern,
			"description": fmt.Sprintf("Free text: no control character but tab and line breaks, at most %d bytes (maxLength counts characters, an approximation).", wire.MaxProse)},
		"decimal": schema{"type": []any{"string", "number"}, "maxLength": wire.MaxNumberText, "pattern": decimalPattern,
			"description": fmt.Sprintf("A decimal, best written as a string (\"150000.50\"): digits, a point, an optional exponent; no currency, no \"%%\", no thousands separator. At most %d significant digits, %d before the point and %d after it.", wire.MaxDigits, wire.MaxIntegerDigits, wire.MaxScale)},
		"time": schema{"type": "string", "format": "date-time", "pattern": timePattern,
			"description": "A time in RFC 3339, e.g. \"2021-05-01T10:00:00+02:00\"."},

		"phase":           enumDef("A phase of a societal innovation (MODEL §1).", innovation.Phases(), false),
		"transition_kind": enumDef("The kind of a transition: an advance to the next phase, a return to an earlier one, or an abandon.", valid[innovation.TransitionKind](), false),
		"dimension":       enumDef("A dimension of the innovation (004:734-764).", innovation.Dimensions(), false),
		"evidence":        enumDef("What the dossier says of a thing the model asks for; \"\" or \"unstated\" if it says nothing.", valid[societal.Evidence](), true),
		"economic_model":  enumDef("An economic model: R&D (grant-funded) or operator (viable in the long term); \"\" if not stated.", valid[innovation.EconomicModel](), true),
		"stakeholder":     enumDef("A kind of stakeholder to mobilise (MODEL §2.2).", innovation.Stakeholders(), false),
		// ParseIntensity documents the words "none", "low", "medium", "high".
		"intensity":         enumDef("How strongly a stakeholder is mobilised, on the model's scale \"-\" < \"+\" < \"++\" < \"+++\".", valid[innovation.Intensity](), false, "none", "low", "medium", "high"),
		"purpose":           enumDef("A purpose: for-profit, general interest or undetermined; \"\" if not stated.", valid[partnership.Purpose](), true),
		"mode":              enumDef("A mode of partnership (002:407-429).", partnership.Modes(), false),
		"scheme":            schemeDef(),
		"kind":              enumDef("The kind of an actor.", partnership.Kinds(), false),
		"objective":         enumDef("An objective a partner seeks: internal or external, performance or mobilisation (004:5401-5403).", partnership.Objectives(), false),
		"lever":             enumDef("A lever of support a contribution supplies.", innovation.Levers(), false),
		"contribution_kind": enumDef("What a contribution is: financial, skills or in kind.", partnership.ContributionKinds(), false),
		"fact":              enumDef("Whether a practice is in place: \"yes\", \"no\", or \"unstated\" (or \"\") if the dossier does not say.", valid[partnership.Fact](), true),
		"degree":            enumDef("A degree of evaluation or of evidence.", evaluation.Degrees(), false),
		"evaluator":         enumDef("One of the three key actors of evaluation: académiques, bénéficiaires, partenaires (MODEL §3.3).", evaluation.Evaluators(), false),
		"result_lever":      enumDef("The result lever an indicator reports on.", evaluation.ResultLevers(), false),
		"direction":         enumDef("Whether the target lies above the baseline or below it.", evaluation.Directions(), false),
		"outcome":           enumDef("Whether a need is answered or a value created.", evaluation.Outcomes(), false),
		"impact_kind":       enumDef("The kind of an impact (004:3289-3297).", evaluation.ImpactKinds(), false),
		"common_good":       enumDef("A dimension of the common good.", evaluation.CommonGoods(), false),
	}

	defs["transition"] = closedObject("A transition between two phases (innovation.Transition).", []string{"from", "to", "kind", "at"},
		keyOf("from", "The phase left. Required.", defRef("phase")),
		keyOf("to", "The phase reached (for an abandon, the phase left). Required.", defRef("phase")),
		keyOf("kind", "The kind of the transition. Required.", defRef("transition_kind")),
		keyOf("at", "When the transition happened. Required.", defRef("time")),
		keyOf("reason", "Why, in free text.", defRef("prose")),
		keyOf("by", "Who decided, in free text.", defRef("prose")),
	)
	defs["partnership"] = closedObject("The alliance around the project (partnership.Decode). It is checked as a whole: every contribution names a partner, partners' powers are all zero or sum to 1, and so on.", nil,
		keyOf("name", "The partnership's name.", defRef("name")),
		keyOf("mission", "The purpose of the project the partnership serves; \"\" (or absent) means general interest.", defRef("purpose")),
		keyOf("modes", "The modes of the partnership, each at most once.", uniqueList(listOf(defRef("mode"), numValues(partnership.Modes())))),
		keyOf("scheme", "The cooperation schemes.", defRef("scheme")),
		keyOf("partners", fmt.Sprintf("The partners, at most %d.", partnership.MaxPartners), listOf(defRef("partner"), partnership.MaxPartners)),
		keyOf("contributions", fmt.Sprintf("What each partner brings, at most %d.", partnership.MaxContributions), listOf(defRef("contribution"), partnership.MaxContributions)),
		keyOf("terms", "How the partnership is run.", defRef("terms")),
	)
	defs["partner"] = closedObject("A partner of the partnership.", []string{"id", "kind"},
		keyOf("id", "The partner's identifier, unique in the partnership; contributions name it. Required.", defRef("name")),
		keyOf("kind", "The kind of actor. Required.", defRef("kind")),
		keyOf("name", "The partner's name.", defRef("name")),
		keyOf("purpose", "The actor's purpose, when it differs from its kind's.", defRef("purpose")),
		keyOf("objectives", "The objectives the partner seeks, each at most once.", uniqueList(listOf(defRef("objective"), numValues(partnership.Objectives())))),
		keyOf("power", "The partner's share of decision power, from 0 to 1: either all zero (not stated) or summing to 1.", defRef("decimal")),
	)
	defs["contribution"] = closedObject("What one partner brings.", []string{"partner", "lever", "kind"},
		keyOf("partner", "The id of the partner. Required.", defRef("name")),
		keyOf("lever", "The lever of support supplied. Required.", defRef("lever")),
		keyOf("kind", "The kind of contribution. Required.", defRef("contribution_kind")),
		keyOf("amount", "The contribution valued in money.", closedObject("", nil,
			keyOf("value", "The amount, not negative.", defRef("decimal")),
			keyOf("currency", "The currency, e.g. \"EUR\"; one currency per partnership.", defRef("name")),
		)),
		keyOf("period", "When the contribution runs, in whole years.", closedObject("", nil,
			keyOf("start", fmt.Sprintf("The first year, from %d to %d; 0 for none.", partnership.MinYear, partnership.MaxYear), wholeNumber(0, partnership.MaxYear)),
			keyOf("end", "The last year, not before the start; 0 for none.", wholeNumber(0, partnership.MaxYear)),
		)),
		keyOf("note", "A note, in free text.", defRef("prose")),
	)
	defs["terms"] = closedObject("How the partnership is run (partnership.Terms): each practice is a fact.", nil,
		keyOf("formal", "The agreement is formalised and legally valid (001:31).", defRef("fact")),
		keyOf("shared_governance", "A clear common governance of the project (001:31).", defRef("fact")),
		keyOf("cost_sharing", "Rules for sharing costs and benefits are set (001:31).", defRef("fact")),
		keyOf("exit_strategy", "An exit strategy was anticipated up front (004:5713-5715).", defRef("fact")),
		keyOf("commitment_months", fmt.Sprintf("The length of the partners' commitment in months, 0 if not stated, at most %d.", partnership.MaxCommitmentMonths), wholeNumber(0, partnership.MaxCommitmentMonths)),
		keyOf("shared_vision", "A common, shared vision answering each partner's strategic stakes (001:29).", defRef("fact")),
		keyOf("leadership_support", "Each partner's top management supports the partnership (001:29).", defRef("fact")),
		keyOf("dedicated_team", "A dedicated project team and named referents (001:32).", defRef("fact")),
		keyOf("milestones", "Clear, measurable milestones (001:32).", defRef("fact")),
		keyOf("regular_consultation", "Dedicated times to consult each partner regularly (001:33).", defRef("fact")),
		keyOf("regular_evaluation", "The project is evaluated regularly (004:5721).", defRef("fact")),
	)
	defs["indicator"] = closedObject("An indicator of a performance evaluation.", []string{"name", "lever", "direction", "baseline", "target", "weight"},
		keyOf("name", "What is measured; not empty. Required.", defRef("name")),
		keyOf("lever", "The result lever reported on. Required.", defRef("result_lever")),
		keyOf("direction", "Whether the target lies above or below the baseline. Required.", defRef("direction")),
		keyOf("baseline", "The value before the action. Required.", defRef("decimal")),
		keyOf("target", "The value aimed at; not the baseline. Required.", defRef("decimal")),
		keyOf("weight", "The relative weight, not negative. Required.", weight),
		keyOf("unit", "The unit of the values (\"emplois\", \"tCO2e\").", defRef("name")),
		keyOf("actual", "The value measured; absent if not measured yet.", defRef("decimal")),
	)
	defs["need"] = closedObject("A need a pertinence evaluation examines.", []string{"name", "weight", "outcome"},
		keyOf("name", "What the need is; not empty. Required.", defRef("name")),
		keyOf("weight", "The relative weight, not negative. Required.", weight),
		keyOf("outcome", "Whether the solution answers the need. Required.", outcome),
		keyOf("populations", fmt.Sprintf("The people whose need it is, at most %d.", evaluation.MaxItems), listOf(defRef("name"), evaluation.MaxItems)),
		keyOf("territories", fmt.Sprintf("The territories concerned, at most %d.", evaluation.MaxItems), listOf(defRef("name"), evaluation.MaxItems)),
		keyOf("fragile", "The need concerns the most fragile.", schema{"type": "boolean"}),
	)
	defs["impact"] = closedObject("An impact observed.", []string{"description", "kind", "evidence"},
		keyOf("description", "What the impact is; not empty. Required.", defRef("prose")),
		keyOf("kind", "The kind of impact. Required.", defRef("impact_kind")),
		keyOf("evidence", "The degree of the evidence behind it. Required.", defRef("degree")),
	)
	defs["partner_value"] = closedObject("The value a partenariale evaluation finds for one partner.", []string{"partner", "weight", "outcome"},
		keyOf("partner", "The partner; not empty. Required.", defRef("name")),
		keyOf("weight", "The relative weight, not negative. Required.", weight),
		keyOf("outcome", "Whether the value is created. Required.", outcome),
		keyOf("value", "What the partner gains, in free text.", defRef("prose")),
	)
	defs["common_good_value"] = closedObject("The value a partenariale evaluation finds for one dimension of the common good.", []string{"dimension", "weight", "outcome"},
		keyOf("dimension", "The dimension of the common good. Required.", defRef("common_good")),
		keyOf("weight", "The relative weight, not negative. Required.", weight),
		keyOf("outcome", "Whether the value is created. Required.", outcome),
		keyOf("value", "What is created, in free text.", defRef("prose")),
	)
	defs["evaluation"] = schema{
		"description": "An evaluation report (evaluation.Decode): its \"form\" selects the keys it may hold.",
		"oneOf": []any{
			formBranch(evaluation.Performance, nil,
				keyOf("indicators", fmt.Sprintf("The indicators measured, at most %d.", evaluation.MaxItems), listOf(defRef("indicator"), evaluation.MaxItems))),
			formBranch(evaluation.Pertinence, nil,
				keyOf("intuition", "The founding intuition, in free text.", defRef("prose")),
				keyOf("gap", "The gap between the needs and the answers, in free text.", defRef("prose")),
				keyOf("needs", fmt.Sprintf("The needs examined, at most %d.", evaluation.MaxItems), listOf(defRef("need"), evaluation.MaxItems)),
				keyOf("impacts", fmt.Sprintf("The impacts observed, at most %d.", evaluation.MaxItems), listOf(defRef("impact"), evaluation.MaxItems))),
			formBranch(evaluation.Partenariale, nil,
				keyOf("partners", fmt.Sprintf("The value created for each partner, at least two partners, at most %d.", evaluation.MaxItems), schema{"type": "array", "items": defRef("partner_value"), "minItems": 2, "maxItems": evaluation.MaxItems}),
				keyOf("common_good", fmt.Sprintf("The value created for the common good, at most %d.", evaluation.MaxItems), listOf(defRef("common_good_value"), evaluation.MaxItems))),
		},
	}
	defs["budget"] = closedObject("The project's budget, with its evaluation and capacity-building shares (evaluation.Budget).", []string{"total", "evaluation", "capacity_building"},
		keyOf("total", "The total budget, positive. Required.", defRef("decimal")),
		keyOf("evaluation", "The part spent on evaluation, not negative, at most the total. Required.", defRef("decimal")),
		keyOf("capacity_building", "The part spent on capacity building, not negative, at most the total. Required.", defRef("decimal")),
	)

	root := closedObject("", []string{"name", "phase"},
		keyOf("id", "A stable identifier of the project, chosen by the funder: societal.Compare matches the dossiers of two assessments on it, and on the name when one of them has none.", defRef("name")),
		keyOf("name", "The project's name; not empty. Required.", defRef("name")),
		keyOf("carrier", "Who carries the project (the porteur).", defRef("name")),
		keyOf("phase", "The phase the project stands in. Required.", defRef("phase")),
		keyOf("history", fmt.Sprintf("How the project came to its phase, oldest first: a consistent chain of transitions ending in the phase (an abandon, last, means the project was abandoned there). At most %d.", innovation.MaxHistory), listOf(defRef("transition"), innovation.MaxHistory)),
		keyOf("dimensions", "What is known of each dimension of the innovation, by dimension, each at most once.", schema{"type": "object", "propertyNames": defRef("dimension"), "additionalProperties": defRef("evidence")}),
		keyOf("economic_model", "The economic model in place.", defRef("economic_model")),
		keyOf("operator_model", "Where the operator model stands (needed from the changement d'échelle on, 004:793-797).", defRef("evidence")),
		keyOf("stakeholders", "How strongly each kind of stakeholder is mobilised, by stakeholder, each at most once. {} says that nobody is mobilised; without this key the dossier does not say.", schema{"type": "object", "propertyNames": defRef("stakeholder"), "additionalProperties": defRef("intensity")}),
		keyOf("partnership", "The alliance around the project.", defRef("partnership")),
		keyOf("evaluations", fmt.Sprintf("The evaluations done, in any of the three forms, at most %d.", societal.MaxEvaluations), listOf(defRef("evaluation"), societal.MaxEvaluations)),
		keyOf("budget", "The project's budget.", defRef("budget")),
	)
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["$id"] = "https://github.com/seed424036fd/societal/schema/dossier.schema.json"
	root["title"] = "Societal-innovation dossier"
	root["description"] = "A project as a funder holds it, as societal.DecodeDossier reads it. Every key but name and phase is optional, and a null value is the same as an absent key. " +
		"Enumerations are written as their ASCII keys (labels are also read). The schema says the shape of a dossier; the decoder also checks what a schema cannot say " +
		"(a history consistent with the phase, contributions naming known partners, amounts within the budget, texts bounded in bytes). " +
		"Generated from the Go enumerations by schema_test.go: do not edit by hand."
	root["$defs"] = defs
	return root
}

// orderKey holds, in a generated properties object, the order of its keys
// (the order the decoder documents); marshalSchema writes them in that
// order and drops it.
const orderKey = "\x00order"

// keywordOrder is the order marshalSchema writes the keywords of a schema
// in, for a reader: what it is, then what it holds, then the definitions.
var keywordOrder = []string{
	"$schema", "$id", "title", "description", "$ref", "type", "const", "enum", "format", "pattern", "maxLength",
	"minimum", "maximum", "required", "properties", "propertyNames", "additionalProperties", "items", "minItems",
	"maxItems", "uniqueItems", "oneOf", "anyOf", "$defs",
}

// ordered is a JSON object written with its keys in a set order.
type ordered struct {
	keys   []string
	values map[string]any
}

func (o ordered) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		for _, v := range []any{k, o.values[k]} {
			var e bytes.Buffer
			enc := json.NewEncoder(&e)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(v); err != nil {
				return nil, err
			}
			b.Write(bytes.TrimSuffix(e.Bytes(), []byte("\n")))
			if v == any(k) {
				b.WriteByte(':')
			}
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// inOrder returns v with every object an ordered one: properties in the
// order given, keywords in keywordOrder, definitions by name.
func inOrder(v any, properties bool) any {
	switch x := v.(type) {
	case schema:
		o := ordered{values: map[string]any{}}
		for k, e := range x {
			if k != orderKey {
				o.values[k] = inOrder(e, k == "properties" || k == "$defs")
			}
		}
		switch order, ok := x[orderKey].([]string); {
		case ok:
			o.keys = order
		case properties:
			o.keys = slices.Sorted(maps.Keys(o.values))
		default:
			o.keys = slices.Collect(maps.Keys(o.values))
			rank := func(k string) int {
				if i := slices.Index(keywordOrder, k); i >= 0 {
					return i
				}
				panic("keyword " + k + " has no place in keywordOrder")
			}
			slices.SortFunc(o.keys, func(a, b string) int { return rank(a) - rank(b) })
		}
		return o
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = inOrder(e, false)
		}
		return out
	}
	return v
}

// marshalSchema writes s as indented JSON, with a final newline.
func marshalSchema(s schema) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(inOrder(s, false)); err != nil {
		return nil, err
	}
	// A bidirectional control (in a pattern) is written as a \u escape:
	// raw, it is invisible and reorders how the line reads.
	out := b.Bytes()
	for _, r := range []rune{0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069} {
		out = bytes.ReplaceAll(out, []byte(string(r)), fmt.Appendf(nil, `\u%04x`, r))
	}
	return out, nil
}

// TestSchemaFile checks that the schema in the repository is the one
// generated from the Go enumerations; -update rewrites it.
func TestSchemaFile(t *testing.T) {
	want, err := marshalSchema(buildSchema())
	if err != nil {
		t.Fatal(err)
	}
	if *updateSchema {
		if err := os.WriteFile(schemaPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date with the Go enumerations: run go test -run TestSchemaFile -update", schemaPath)
	}
}

// ---- Reading and validating ----

// loadSchema reads the schema file.
func loadSchema(t *testing.T) schema {
	t.Helper()
	data, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var s schema
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	return s
}

// parseJSON reads a JSON document, numbers as json.Number.
func parseJSON(t *testing.T, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return v
}

// validator checks an instance against the subset of JSON Schema the
// dossier schema uses; any other keyword is an error, so that the schema
// cannot grow past what is checked here.
type validator struct {
	root    schema
	visited func(ptr string, key string) // called for each property met, if not nil
}

// schemaKeywords are the keywords the validator implements or ignores
// (annotations).
var schemaKeywords = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "$ref": true, "title": true, "description": true, "format": true,
	"type": true, "properties": true, "required": true, "additionalProperties": true, "propertyNames": true,
	"enum": true, "const": true, "items": true, "maxItems": true, "minItems": true, "maxLength": true,
	"pattern": true, "minimum": true, "maximum": true, "oneOf": true, "anyOf": true, "uniqueItems": true,
}

// resolve follows $ref from s, returning the schema referred to and its
// pointer.
func (v *validator) resolve(s schema, ptr string) (schema, string) {
	for {
		r, ok := s["$ref"].(string)
		if !ok {
			return s, ptr
		}
		name, ok := strings.CutPrefix(r, "#/$defs/")
		if !ok {
			panic("unsupported $ref " + r)
		}
		s, ptr = v.root["$defs"].(schema)[name].(schema), "#/$defs/"+name
	}
}

// validate returns the problems of inst against s, at path.
func (v *validator) validate(s schema, ptr string, inst any, path string) []string {
	for k := range s {
		if !schemaKeywords[k] {
			return []string{fmt.Sprintf("%s: keyword %q not supported by the test's validator", ptr, k)}
		}
	}
	if _, ok := s["$ref"]; ok {
		t, tptr := v.resolve(s, ptr)
		return v.validate(t, tptr, inst, path)
	}
	var errs []string
	fail := func(format string, args ...any) {
		errs = append(errs, fmt.Sprintf("%s: ", path)+fmt.Sprintf(format, args...))
	}
	if ty, ok := s["type"]; ok && !hasType(ty, inst) {
		fail("want type %v, got %T", ty, inst)
		return errs
	}
	if e, ok := s["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return x == inst }) {
		fail("%v is not one of %v", inst, e)
	}
	if c, ok := s["const"]; ok && c != inst {
		fail("want %v", c)
	}
	switch x := inst.(type) {
	case string:
		if n, ok := s["maxLength"].(float64); ok && utf8.RuneCountInString(x) > int(n) {
			fail("longer than %v characters", n)
		}
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			fail("%q does not match %s", x, p)
		}
	case json.Number:
		if n, ok := s["minimum"].(float64); ok {
			if f, _ := x.Float64(); f < n {
				fail("below %v", n)
			}
		}
		if n, ok := s["maximum"].(float64); ok {
			if f, _ := x.Float64(); f > n {
				fail("above %v", n)
			}
		}
	case []any:
		if n, ok := s["maxItems"].(float64); ok && len(x) > int(n) {
			fail("more than %v items", n)
		}
		if n, ok := s["minItems"].(float64); ok && len(x) < int(n) {
			fail("fewer than %v items", n)
		}
		if s["uniqueItems"] == true {
			for i := range x {
				for j := range i {
					if fmt.Sprint(x[i]) == fmt.Sprint(x[j]) {
						fail("items %d and %d are equal", j, i)
					}
				}
			}
		}
		if items, ok := s["items"].(schema); ok {
			for i, e := range x {
				errs = append(errs, v.validate(items, ptr+"/items", e, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	case map[string]any:
		props, _ := s["properties"].(schema)
		for _, r := range asStrings(s["required"]) {
			if _, ok := x[r]; !ok {
				fail("missing required key %q", r)
			}
		}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			sub := path + "." + k
			if p, ok := props[k].(schema); ok {
				if v.visited != nil {
					v.visited(ptr, k)
				}
				errs = append(errs, v.validate(p, ptr+"/properties/"+k, x[k], sub)...)
				continue
			}
			if pn, ok := s["propertyNames"].(schema); ok {
				if e := v.validate(pn, ptr+"/propertyNames", k, sub+" (key)"); len(e) > 0 {
					errs = append(errs, e...)
				} else if v.visited != nil {
					v.visited(ptr+"/propertyNames", k)
				}
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					fail("unknown key %q", k)
				}
			case schema:
				errs = append(errs, v.validate(ap, ptr+"/additionalProperties", x[k], sub)...)
			}
		}
	}
	if branches, ok := s["oneOf"].([]any); ok {
		var match []int
		var all []string
		for i, b := range branches {
			e := v.quiet(b.(schema), fmt.Sprintf("%s/oneOf/%d", ptr, i), inst, path)
			if len(e) == 0 {
				match = append(match, i)
			}
			all = append(all, e...)
		}
		switch len(match) {
		case 0:
			fail("matches no branch of oneOf: %s", strings.Join(all, "; "))
		case 1:
			v.validate(branches[match[0]].(schema), fmt.Sprintf("%s/oneOf/%d", ptr, match[0]), inst, path) // record visits
		default:
			fail("matches branches %v of oneOf", match)
		}
	}
	if branches, ok := s["anyOf"].([]any); ok {
		var all []string
		matched := false
		for i, b := range branches {
			e := v.quiet(b.(schema), fmt.Sprintf("%s/anyOf/%d", ptr, i), inst, path)
			if len(e) == 0 {
				matched = true
				break
			}
			all = append(all, e...)
		}
		if !matched {
			fail("matches no branch of anyOf: %s", strings.Join(all, "; "))
		}
	}
	return errs
}

// quiet validates without recording visits.
func (v *validator) quiet(s schema, ptr string, inst any, path string) []string {
	q := *v
	q.visited = nil
	return q.validate(s, ptr, inst, path)
}

func hasType(ty, inst any) bool {
	if list, ok := ty.([]any); ok {
		return slices.ContainsFunc(list, func(t any) bool { return hasType(t, inst) })
	}
	switch x := inst.(type) {
	case string:
		return ty == "string"
	case bool:
		return ty == "boolean"
	case []any:
		return ty == "array"
	case map[string]any:
		return ty == "object"
	case json.Number:
		if ty == "number" {
			return true
		}
		_, err := strconv.ParseInt(string(x), 10, 64)
		return ty == "integer" && err == nil
	}
	return false
}

func asStrings(v any) []string {
	var out []string
	if list, ok := v.([]any); ok {
		for _, x := range list {
			out = append(out, x.(string))
		}
	}
	return out
}

// checkConforms checks that data conforms to the schema.
func checkConforms(t *testing.T, s schema, name string, data []byte) {
	t.Helper()
	v := &validator{root: s}
	for _, e := range v.validate(s, "#", parseJSON(t, data), "$") {
		t.Errorf("%s: %s", name, e)
	}
}

// validSeeds returns the fuzz seeds of DecodeDossier whose name starts with
// "valid-", by name.
func validSeeds(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("testdata/fuzz/FuzzDecodeDossier/valid-*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no valid- seed: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		if len(lines) != 2 || lines[0] != "go test fuzz v1" {
			t.Fatalf("%s: not a one-value corpus file", f)
		}
		q, ok := strings.CutPrefix(lines[1], "[]byte(")
		q, ok2 := strings.CutSuffix(q, ")")
		s, err := strconv.Unquote(q)
		if !ok || !ok2 || err != nil {
			t.Fatalf("%s: not a []byte value: %v", f, err)
		}
		out[f] = []byte(s)
	}
	return out
}

// TestSchemaExamples checks that the example dossiers decode and conform to
// the schema, and that the validator refuses what the schema refuses.
func TestSchemaExamples(t *testing.T) {
	s := loadSchema(t)
	docs := validSeeds(t)
	example, err := os.ReadFile("examples/readiness/dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	docs["examples/readiness/dossier.json"] = example
	docs["Template()"] = societal.Template()
	for name, data := range docs {
		if _, err := societal.DecodeDossier(data); err != nil {
			t.Errorf("%s: DecodeDossier: %v", name, err)
		}
		checkConforms(t, s, name, data)
	}
	// The validator is not vacuous.
	v := &validator{root: s}
	for _, bad := range []string{
		`{"name": "P"}`,
		`{"name": "P", "phase": "nowhere"}`,
		`{"name": "P", "phase": "conception", "stakeholder": {}}`,
		`{"name": "P", "phase": "conception", "budget": {"total": "150 000,00", "evaluation": "0", "capacity_building": "0"}}`,
		`{"name": "P", "phase": "conception", "evaluations": [{"form": "performance", "degree": "compter", "needs": []}]}`,
		`{"name": "P", "phase": "conception", "partnership": {"terms": {"commitment_months": 1201}}}`,
		`{"name": "P", "phase": "conception", "stakeholders": {"porteur": "+"}}`,
		`{"name": "line\nbreak", "phase": "conception"}`,
	} {
		if e := v.validate(s, "#", parseJSON(t, []byte(bad)), "$"); len(e) == 0 {
			t.Errorf("validator accepts %s", bad)
		}
		if _, err := societal.DecodeDossier([]byte(bad)); err == nil {
			t.Errorf("DecodeDossier accepts %s", bad)
		}
	}
}

// TestSchemaDescriptions checks that every key and every definition of the
// schema has a description.
func TestSchemaDescriptions(t *testing.T) {
	s := loadSchema(t)
	var walk func(s schema, ptr string)
	walk = func(s schema, ptr string) {
		if props, ok := s["properties"].(schema); ok {
			for k, p := range props {
				if d, _ := p.(schema)["description"].(string); d == "" {
					t.Errorf("%s/properties/%s: no description", ptr, k)
				}
				walk(p.(schema), ptr+"/properties/"+k)
			}
		}
		for _, kw := range []string{"items", "additionalProperties", "propertyNames"} {
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
	walk(s, "#")
	for name, d := range s["$defs"].(schema) {
		if desc, _ := d.(schema)["description"].(string); desc == "" {
			t.Errorf("#/$defs/%s: no description", name)
		}
		walk(d.(schema), "#/$defs/"+name)
	}
}

// ---- Probes: the schema against the decoder ----

// place is one place of a dossier: the path to it, the schema it conforms to
// (resolved, the branch of a oneOf chosen) and the schema before the
// choice.
type place struct {
	path   []any // keys (string) and indexes (int)
	s      schema
	choice schema // the schema with oneOf, or nil
}

// wirePath writes a path as the decoder's errors do.
func wirePath(path []any) string {
	var b strings.Builder
	for _, p := range path {
		switch x := p.(type) {
		case string:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(x)
		case int:
			fmt.Fprintf(&b, "[%d]", x)
		}
	}
	return b.String()
}

// schemaPlaces walks inst along the schema and returns every place of it.
func schemaPlaces(v *validator, s schema, inst any, path []any) []place {
	s, ptr := v.resolve(s, "")
	n := place{path: slices.Clone(path), s: s}
	if branches, ok := s["oneOf"].([]any); ok {
		n.choice = s
		for i, b := range branches {
			if len(v.quiet(b.(schema), fmt.Sprintf("%s/oneOf/%d", ptr, i), inst, "")) == 0 {
				n.s = b.(schema)
			}
		}
	}
	out := []place{n}
	switch x := inst.(type) {
	case []any:
		if items, ok := n.s["items"].(schema); ok {
			for i, e := range x {
				out = append(out, schemaPlaces(v, items, e, append(path, i))...)
			}
		}
	case map[string]any:
		props, _ := n.s["properties"].(schema)
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if p, ok := props[k].(schema); ok {
				out = append(out, schemaPlaces(v, p, x[k], append(path, k))...)
			} else if ap, ok := n.s["additionalProperties"].(schema); ok {
				out = append(out, schemaPlaces(v, ap, x[k], append(path, k))...)
			}
		}
	}
	return out
}

// deepCopy copies a JSON value.
func deepCopy(v any) any {
	switch x := v.(type) {
	case []any:
		c := make([]any, len(x))
		for i, e := range x {
			c[i] = deepCopy(e)
		}
		return c
	case map[string]any:
		c := make(map[string]any, len(x))
		for k, e := range x {
			c[k] = deepCopy(e)
		}
		return c
	}
	return v
}

// replaced returns a copy of root with f applied to the value at path (f
// returns the new value).
func replaced(root any, path []any, f func(any) any) any {
	c := deepCopy(root)
	if len(path) == 0 {
		return f(c)
	}
	parent := c
	for _, p := range path[:len(path)-1] {
		switch x := p.(type) {
		case string:
			parent = parent.(map[string]any)[x]
		case int:
			parent = parent.([]any)[x]
		}
	}
	switch x := path[len(path)-1].(type) {
	case string:
		m := parent.(map[string]any)
		m[x] = f(m[x])
	case int:
		l := parent.([]any)
		l[x] = f(l[x])
	}
	return c
}

// decodeProblems decodes a dossier given as a JSON value and returns its problems.
func decodeProblems(t *testing.T, doc any) []*wire.FieldError {
	t.Helper()
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	_, err = societal.DecodeDossier(data)
	var out []*wire.FieldError
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if fe, ok := err.(*wire.FieldError); ok {
			out = append(out, fe)
			return
		}
		{
			if j, ok := err.(interface{ Unwrap() []error }); ok {
				for _, e := range j.Unwrap() {
					walk(e)
				}
				return
			}
			t.Fatalf("not a *FieldError: %T %v", err, err)
		}
	}
	walk(err)
	return out
}

// wantList returns the keys a reason "… (want one of a, b, c; did you mean
// …)" lists.
func wantList(reason string) []string {
	_, list, ok := strings.Cut(reason, "(want one of ")
	if !ok {
		return nil
	}
	list, _, _ = strings.Cut(list, ")")
	list, _, _ = strings.Cut(list, ";")
	return strings.Split(list, ", ")
}

func propertyNames(s schema) []string {
	props, _ := s["properties"].(schema)
	return slices.Sorted(maps.Keys(props))
}

func sortedSet(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return slices.Compact(c)
}

// sampleOf is a value of the type schema s asks for, valid or not: what
// matters is the key that holds it.
func sampleOf(v *validator, s schema) any {
	s, _ = v.resolve(s, "")
	switch ty := s["type"].(type) {
	case string:
		switch ty {
		case "array":
			return []any{}
		case "object":
			return map[string]any{}
		case "integer":
			return json.Number("0")
		case "boolean":
			return false
		}
	}
	return "1"
}

// TestSchemaKeys checks, object by object, that the keys DecodeDossier
// accepts are the schema's properties, and nothing else, and that the keys
// it requires are the schema's required keys: each unknown key is refused
// replaced the list of the keys the decoder reads.
func TestSchemaKeys(t *testing.T) {
	s := loadSchema(t)
	v := &validator{root: s}
	tmpl := parseJSON(t, societal.Template())
	if errs := decodeProblems(t, tmpl); len(errs) > 0 {
		t.Fatalf("Template: %v", errs)
	}
	objects := 0
	for _, n := range schemaPlaces(v, s, tmpl, nil) {
		if _, ok := n.s["properties"]; !ok {
			continue
		}
		objects++
		at := wirePath(n.path)
		keys := propertyNames(n.s)
		if n.choice != nil { // the decoder reads the keys of every branch
			keys = nil
			for _, b := range n.choice["oneOf"].([]any) {
				keys = append(keys, propertyNames(b.(schema))...)
			}
		}
		// An unknown key is refused, with the keys the decoder reads.
		const unknown = "zz-unknown-key"
		doc := replaced(tmpl, n.path, func(o any) any { o.(map[string]any)[unknown] = true; return o })
		found := false
		for _, e := range decodeProblems(t, doc) {
			if e.Path == joinKey(at, unknown) && strings.HasPrefix(e.Reason, "unknown key") {
				found = true
				if got := sortedSet(wantList(e.Reason)); !slices.Equal(got, sortedSet(keys)) {
					t.Errorf("%s: the decoder reads the keys %v, the schema has %v", at, got, sortedSet(keys))
				}
			}
		}
		if !found {
			t.Errorf("%s: an unknown key is not refused with \"unknown key\"", at)
		}
		// In a oneOf branch, a key of another branch is refused, with the
		// keys of the branch.
		if n.choice != nil {
			own := propertyNames(n.s)
			for _, k := range sortedSet(keys) {
				if slices.Contains(own, k) {
					continue
				}
				var ks schema
				for _, b := range n.choice["oneOf"].([]any) {
					if p, ok := b.(schema)["properties"].(schema)[k]; ok {
						ks = p.(schema)
					}
				}
				doc := replaced(tmpl, n.path, func(o any) any { o.(map[string]any)[k] = sampleOf(v, ks); return o })
				found := false
				for _, e := range decodeProblems(t, doc) {
					if e.Path == joinKey(at, k) && strings.Contains(e.Reason, "not a key of") {
						found = true
						if got := sortedSet(wantList(e.Reason)); !slices.Equal(got, own) {
							t.Errorf("%s: a %s report reads the keys %v, the schema has %v", at, n.s["title"], got, own)
						}
					}
				}
				if !found {
					t.Errorf("%s: key %q of another form is not refused", at, k)
				}
			}
		}
		// The keys reported missing in an empty object are the required
		// ones.
		var missing []string
		for _, e := range decodeProblems(t, replaced(tmpl, n.path, func(any) any { return map[string]any{} })) {
			if k, ok := strings.CutPrefix(e.Path, joinKey(at, "")); ok && !strings.ContainsAny(k, ".[") && strings.HasPrefix(e.Reason, "missing") {
				missing = append(missing, k)
			}
		}
		required := asStrings(n.s["required"])
		if n.choice != nil {
			// An empty report has no form: the keys every form requires
			// are missing.
			for _, b := range n.choice["oneOf"].([]any) {
				own := asStrings(b.(schema)["required"])
				required = slices.DeleteFunc(required, func(k string) bool { return !slices.Contains(own, k) })
			}
		}
		if got, want := sortedSet(missing), sortedSet(required); !slices.Equal(got, want) {
			t.Errorf("%s: the decoder requires %v, the schema %v", at, got, want)
		}
	}
	if objects < 15 {
		t.Errorf("only %d objects probed", objects)
	}
}

// joinKey is the path of key below at.
func joinKey(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}

// enumBranches returns the keys and labels of an enumeration's schema, and
// whether s is one.
func enumBranches(s schema) (keys, labels []string, ok bool) {
	branches, ok := s["anyOf"].([]any)
	if !ok {
		return nil, nil, false
	}
	for _, b := range branches {
		switch b.(schema)["title"] {
		case "key":
			keys = asStrings(b.(schema)["enum"])
		case "label":
			labels = asStrings(b.(schema)["enum"])
		}
	}
	return keys, labels, true
}

// parseErrorOf returns the *ParseError of the decoder's problems, or nil.
func parseErrorOf(errs []*wire.FieldError) *wire.ParseError {
	for _, e := range errs {
		var pe *wire.ParseError
		if errors.As(e, &pe) {
			return pe
		}
	}
	return nil
}

// TestSchemaEnums checks, at every place of Template that holds an
// enumeration (a value or a map's key), that every value the schema lists
// decodes there, that "" is listed where the decoder reads it, and that the
// keys the decoder lists for an unknown name are the schema's keys.
func TestSchemaEnums(t *testing.T) {
	s := loadSchema(t)
	v := &validator{root: s}
	tmpl := parseJSON(t, societal.Template())
	probed := map[string]bool{}
	check := func(at, def string, keys, labels []string, put func(string) any) {
		probed[def] = true
		pe := parseErrorOf(decodeProblems(t, put("zz-bogus")))
		if pe == nil {
			t.Errorf("%s: an unknown name is not refused", at)
			return
		}
		want := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return k == "" })
		if def == "scheme" { // sets: the decoder lists the single names
			want = slices.DeleteFunc(want, func(k string) bool { return strings.Contains(k, "+") })
		}
		if got := sortedSet(pe.Allowed); !slices.Equal(got, sortedSet(want)) {
			t.Errorf("%s: the decoder reads the keys %v, the schema lists %v", at, got, sortedSet(want))
		}
		for _, val := range append(slices.Clone(keys), labels...) {
			if pe := parseErrorOf(decodeProblems(t, put(val))); pe != nil {
				t.Errorf("%s: the schema lists %q, the decoder refuses it: %v", at, val, pe)
			}
		}
		if ok := parseErrorOf(decodeProblems(t, put(""))) == nil; ok != slices.Contains(keys, "") {
			t.Errorf("%s: the decoder reads \"\": %v; the schema lists it: %v", at, ok, !ok)
		}
	}
	for _, n := range schemaPlaces(v, s, tmpl, nil) {
		at := wirePath(n.path)
		props, _ := n.s["properties"].(schema)
		for name, sub := range props {
			ps, ptr := v.resolve(sub.(schema), "")
			keys, labels, ok := enumBranches(ps)
			if !ok {
				continue
			}
			def := strings.TrimPrefix(ptr, "#/$defs/")
			if name == "form" {
				continue // probed below, across the branches
			}
			check(joinKey(at, name), def, keys, labels, func(val string) any {
				return replaced(tmpl, append(slices.Clone(n.path), name), func(any) any { return val })
			})
		}
		if items, ok := n.s["items"].(schema); ok {
			ps, ptr := v.resolve(items, "")
			if keys, labels, ok := enumBranches(ps); ok {
				check(at+"[0]", strings.TrimPrefix(ptr, "#/$defs/"), keys, labels, func(val string) any {
					return replaced(tmpl, append(slices.Clone(n.path), 0), func(any) any { return val })
				})
			}
		}
		if pn, ok := n.s["propertyNames"].(schema); ok {
			ps, ptr := v.resolve(pn, "")
			keys, labels, _ := enumBranches(ps)
			m := tmplAt(tmpl, n.path).(map[string]any)
			firstKey := slices.Sorted(maps.Keys(m))[0]
			first := m[firstKey]
			check(at+" (key)", strings.TrimPrefix(ptr, "#/$defs/"), keys, labels, func(val string) any {
				return replaced(tmpl, n.path, func(any) any { return map[string]any{val: first} })
			})
			if ap, ok := n.s["additionalProperties"].(schema); ok {
				ps, ptr := v.resolve(ap, "")
				if keys, labels, ok := enumBranches(ps); ok {
					check(joinKey(at, firstKey), strings.TrimPrefix(ptr, "#/$defs/"), keys, labels, func(val string) any {
						return replaced(tmpl, append(slices.Clone(n.path), firstKey), func(any) any { return val })
					})
				}
			}
		}
	}
	// Every enumeration of the schema was probed somewhere.
	for name, d := range s["$defs"].(schema) {
		if _, _, ok := enumBranches(d.(schema)); ok && !probed[name] {
			t.Errorf("#/$defs/%s: not probed (no place of Template holds it)", name)
		}
	}
	// The forms: each branch names one form, every form has a branch, and
	// each value of a branch's "form" decodes to that form.
	var forms []string
	for i, b := range s["$defs"].(schema)["evaluation"].(schema)["oneOf"].([]any) {
		fs := b.(schema)["properties"].(schema)["form"].(schema)
		keys, labels, _ := enumBranches(fs)
		forms = append(forms, keys...)
		for _, val := range append(keys, labels...) {
			f, err := evaluation.ParseForm(val)
			if err != nil || f.String() != keys[0] {
				t.Errorf("oneOf/%d: form %q: %v, %v", i, val, f, err)
			}
		}
	}
	var want []string
	for f := range evaluation.Forms() {
		want = append(want, f.String())
	}
	if !slices.Equal(sortedSet(forms), sortedSet(want)) {
		t.Errorf("the schema's forms are %v, evaluation.Forms %v", forms, want)
	}
}

// tmplAt returns the value at path in root.
func tmplAt(root any, path []any) any {
	for _, p := range path {
		switch x := p.(type) {
		case string:
			root = root.(map[string]any)[x]
		case int:
			root = root.([]any)[x]
		}
	}
	return root
}

// TestSchemaBounds checks, at every list of Template the schema bounds,
// that the decoder reads as many items as maxItems says, and refuses one
// more as over its limit. The items are copies of the list's first one,
// cut to its required keys; in a list of unique names, the names in turn.
func TestSchemaBounds(t *testing.T) {
	s := loadSchema(t)
	v := &validator{root: s}
	tmpl := parseJSON(t, societal.Template())
	probed := 0
	for _, n := range schemaPlaces(v, s, tmpl, nil) {
		max, ok := n.s["maxItems"].(float64)
		if !ok {
			continue
		}
		probed++
		at := wirePath(n.path)
		item := tmplAt(tmpl, n.path).([]any)[0]
		if o, ok := item.(map[string]any); ok {
			is, _ := v.resolve(n.s["items"].(schema), "")
			keep := asStrings(is["required"])
			if branches, ok := is["oneOf"].([]any); ok {
				keep = asStrings(branches[0].(schema)["required"])
			}
			item = map[string]any{}
			for _, k := range keep {
				item.(map[string]any)[k] = o[k]
			}
		}
		list := func(count int) []any { return slices.Repeat([]any{item}, count) }
		refusal := "over the limit"
		if n.s["uniqueItems"] == true {
			// Distinct names, all of them: one more repeats a name.
			is, _ := v.resolve(n.s["items"].(schema), "")
			keys, _, _ := enumBranches(is)
			list = func(count int) []any {
				var out []any
				for i := range count {
					out = append(out, keys[i%len(keys)])
				}
				return out
			}
			refusal = ""
		}
		over := func(count int) bool {
			doc := replaced(tmpl, n.path, func(any) any { return list(count) })
			for _, e := range decodeProblems(t, doc) {
				if strings.HasPrefix(e.Path, at) && strings.Contains(e.Reason, refusal) {
					return true
				}
			}
			return false
		}
		if over(int(max)) {
			t.Errorf("%s: %v items are over the decoder's limit", at, max)
		}
		if !over(int(max) + 1) {
			t.Errorf("%s: %v items are not refused as over the limit", at, max+1)
		}
	}
	if probed < 5 {
		t.Errorf("only %d lists probed", probed)
	}
}

// TestSchemaTexts checks, at every text of Template the schema bounds, that
// the decoder reads maxLength ASCII characters (bytes, then) and refuses one
// more as over its limit, and that a control character is refused.
func TestSchemaTexts(t *testing.T) {
	s := loadSchema(t)
	v := &validator{root: s}
	tmpl := parseJSON(t, societal.Template())
	probed := 0
	for _, n := range schemaPlaces(v, s, tmpl, nil) {
		max, ok := n.s["maxLength"].(float64)
		if !ok || n.s["type"] != "string" {
			continue
		}
		if _, ok := tmplAt(tmpl, n.path).(string); !ok {
			continue
		}
		probed++
		at := wirePath(n.path)
		problem := func(text, reason string) bool {
			for _, e := range decodeProblems(t, replaced(tmpl, n.path, func(any) any { return text })) {
				if e.Path == at && strings.Contains(e.Reason, reason) {
					return true
				}
			}
			return false
		}
		if problem(strings.Repeat("a", int(max)), "over the limit") {
			t.Errorf("%s: %v bytes are over the decoder's limit", at, max)
		}
		if !problem(strings.Repeat("a", int(max)+1), "over the limit") {
			t.Errorf("%s: %v bytes are not refused as over the limit", at, max+1)
		}
		if !problem("a\x01b", "control character") {
			t.Errorf("%s: a control character is not refused", at)
		}
		if !regexp.MustCompile(n.s["pattern"].(string)).MatchString("a\tb") != problem("a\tb", "control character") {
			t.Errorf("%s: the schema and the decoder disagree on a tab", at)
		}
		if !regexp.MustCompile(n.s["pattern"].(string)).MatchString("a\u202eb") != problem("a\u202eb", "bidirectional control") {
			t.Errorf("%s: the schema and the decoder disagree on a right-to-left override", at)
		}
	}
	if probed < 20 {
		t.Errorf("only %d texts probed", probed)
	}
}

// TestSchemaDecimals checks, at every decimal of Template, that the schema's
// pattern and the decoder agree on the written forms of a number.
func TestSchemaDecimals(t *testing.T) {
	s := loadSchema(t)
	v := &validator{root: s}
	tmpl := parseJSON(t, societal.Template())
	decimal, _ := v.resolve(defRef("decimal"), "")
	pattern := regexp.MustCompile(decimal["pattern"].(string))
	probed := 0
	for _, n := range schemaPlaces(v, s, tmpl, nil) {
		if n.s["pattern"] != decimal["pattern"] {
			continue
		}
		probed++
		at := wirePath(n.path)
		for _, text := range []string{"12", "12.50", "0.5", "1e3", "1.5E-2", "007", "12%", "150 000,00", "150000 €", "1,5", "+1", "1.", ".5", "1e", "", "--1", "0x10"} {
			refused := false
			for _, e := range decodeProblems(t, replaced(tmpl, n.path, func(any) any { return text })) {
				if e.Path == at && strings.Contains(e.Reason, "not a decimal") {
					refused = true
				}
			}
			if refused == pattern.MatchString(text) {
				t.Errorf("%s: %q: the decoder refuses it: %v; the schema accepts it: %v", at, text, refused, !refused)
			}
		}
	}
	if probed < 10 {
		t.Errorf("only %d decimals probed", probed)
	}
}
