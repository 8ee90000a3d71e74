package wire

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

// The patterns of the schema say what the readers accept: checked here on
// chosen and fuzzed texts, with Go's regexp (RE2), which reads the subset
// of ECMA-262 the patterns are written in.

type tint uint8

var tints = enum.Define[tint](enum.Spec{Type: "tint", Noun: lang.Text{"teinte", "tint"}},
	enum.Names{Key: "rouge-vif", Label: lang.Text{"Rouge vif", "Bright red"}, Alias: "écarlate"},
	enum.Names{Key: "porteur-idee", Label: lang.Text{"Porteur d'idée", "Idea's carrier"}},
	enum.Names{Key: "+", Label: lang.Text{"+", "+"}, Alias: "plus.(x)"},
	enum.Names{Key: "kelvin", Label: lang.Text{"K", "K"}},
)

// spellingPattern returns the pattern EnumDef writes for tints.
func spellingPattern(t testing.TB) *regexp.Regexp {
	t.Helper()
	n := EnumDef("tint", "A tint.", tints).build(&gen{defs: map[string]*node{}})
	branches, _ := n.get("anyOf")
	p, _ := branches.([]any)[1].(*node).get("pattern")
	return regexp.MustCompile(p.(string))
}

func TestSpellingPattern(t *testing.T) {
	re := spellingPattern(t)
	for _, s := range []string{"rouge-vif", "ROUGE VIF", "bright RED", "ÉCARLATE", "porteur d’idée", "PORTEUR D'IDÉE", "+", "Plus.(X)", "\u212a", "k"} {
		if _, ok := tints.Parse(s); !ok || !re.MatchString(s) {
			t.Errorf("%q: Parse %t, pattern %t", s, ok, re.MatchString(s))
		}
	}
	for _, s := range []string{"", "rouge", "plus.(x)x", "++", "plusx(x)", "rouge-vif "} {
		if _, ok := tints.Parse(s); ok || re.MatchString(s) {
			t.Errorf("%q: Parse %t, pattern %t", s, ok, re.MatchString(s))
		}
	}
}

// FuzzSpellingPattern: the pattern of an enumeration matches a text if and
// only if the enumeration parses it.
func FuzzSpellingPattern(f *testing.F) {
	for _, s := range []string{"rouge-vif", "Bright red", "porteur d’idée", "+", "K", "\u212a", "ſ", "x"} {
		f.Add(s)
	}
	re := spellingPattern(f)
	f.Fuzz(func(t *testing.T, s string) {
		if _, ok := tints.Parse(s); ok != re.MatchString(s) {
			t.Fatalf("%q: Parse %t, pattern %t", s, ok, re.MatchString(s))
		}
	})
}

// FuzzNamePattern: the pattern of a name matches a text of at most MaxText
// bytes if and only if it is a valid name; so does the pattern of free text.
func FuzzNamePattern(f *testing.F) {
	for _, s := range []string{"", "a", " ", "\u00a0", "a\u202eb", "a\tb", "\u200b", "x\u200b", "\u0085", "é", "\U000e0001"} {
		f.Add(s)
	}
	name, prose := regexp.MustCompile(namePattern), regexp.MustCompile(prosePattern)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > MaxText || strings.ContainsRune(s, '\uFFFD') {
			return
		}
		if k, _ := (Name{}).Problem(s); (k == nil) != name.MatchString(s) {
			ok := k == nil
			t.Fatalf("name %q: valid %t, pattern %t", s, ok, name.MatchString(s))
		}
		if k, _ := (Prose{}).Problem(s); (k == nil) != prose.MatchString(s) {
			ok := k == nil
			t.Fatalf("prose %q: valid %t, pattern %t", s, ok, prose.MatchString(s))
		}
	})
}

// FuzzTimePattern: the pattern of a time matches a text if and only if the
// reader reads it.
func FuzzTimePattern(f *testing.F) {
	for _, s := range []string{"2021-05-01T10:00:00+02:00", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2021-04-31T00:00:00Z",
		"2021-04-30T24:00:00Z", "2021-04-30t10:00:00Z", "2021-04-30T10:00:00.123456789123Z", "0000-02-29T00:00:00Z", "1900-02-29T00:00:00Z"} {
		f.Add(s)
	}
	re := regexp.MustCompile(timeFormat)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > MaxEcho {
			return
		}
		data, _ := json.Marshal(s)
		d := newDecoder(data, "test")
		var v time.Time
		Time{}.read(d, &v)
		if ok := d.count() == 0; ok != re.MatchString(s) {
			t.Fatalf("%q: read %t, pattern %t", s, ok, re.MatchString(s))
		}
	})
}

// FuzzDecimalPattern: for a decimal written as a string without an
// exponent, the pattern of each bounds matches if and only if the reader
// reads it without problem.
func FuzzDecimalPattern(f *testing.F) {
	for _, s := range []string{"0", "-0", "1", "1.0", "0.5", "1.2", "-1", "007.50", "1.0000000000000", "999999999999999999.5",
		"1000000000000000000", "0.000000000001", "0.0000000000001", "-0.00", "00.000000000010"} {
		f.Add(s)
	}
	bounds := []Bounds{{}, {Min: Bound("0")}, {Min: Bound("0"), MinExclusive: true}, {Min: Bound("0"), Max: Bound("1")}}
	var res []*regexp.Regexp
	for _, b := range bounds {
		n := Decimal{Bounds: b}.schema(&gen{defs: map[string]*node{}})
		ref, _ := n.get("$ref")
		name := strings.TrimPrefix(ref.(string), "#/$defs/")
		g := &gen{defs: map[string]*node{}}
		Decimal{Bounds: b}.schema(g)
		branches, _ := g.defs[name].get("anyOf")
		p, _ := branches.([]any)[0].(*node).get("pattern")
		res = append(res, regexp.MustCompile(p.(string)))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "eE") || len(s) > MaxNumberText {
			return
		}
		for i, b := range bounds {
			v, fault := parseDecimal(s)
			ok := fault == decimalOK && !b.outside(v)
			if ok != res[i].MatchString(s) {
				t.Fatalf("%q within %+v: read %t, pattern %t", s, b, ok, res[i].MatchString(s))
			}
		}
	})
}

// The schema of a format is valid JSON, and names every definition it
// refers to.
func TestSchemaMarshal(t *testing.T) {
	s := NewSchema("item.schema.json", "Item", "An item.", itemObject, EnumDef("colour", "A colour.", enum.Define[colour](enum.Spec{Type: "colour"},
		enum.Names{Key: "red", Label: lang.Text{"rouge", "red"}}, enum.Names{Key: "green", Label: lang.Text{"vert", "green"}})))
	var v map[string]any
	if err := json.Unmarshal(s.Marshal(), &v); err != nil {
		t.Fatalf("%v\n%s", err, s.Marshal())
	}
	for _, want := range []string{`"$defs"`, `"colour"`, `"item"`, `"name"`, `"decimal"`} {
		if !strings.Contains(string(s.Marshal()), want) {
			t.Errorf("no %s in\n%s", want, s.Marshal())
		}
	}
	_ = decimal.Zero
}
