package partnership_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/partnership"
)

func TestJSONRoundTrip(t *testing.T) {
	s := wimoov()
	s.Contributions[0].Period = partnership.Period{Start: 2012, End: 2014}
	s.Terms.ExitStrategy = partnership.No
	s.Scheme = partnership.SchemeEntreprise | partnership.SchemeTerritoire
	p := mustNew(s)
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q partnership.Partnership
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(&q)
	if !bytes.Equal(b, b2) {
		t.Errorf("round trip differs:\n%s\n%s", b, b2)
	}
	got := q.Spec()
	if !got.Contributions[0].Amount.Value.Equal(dec("300000")) || got.Contributions[0].Period != s.Contributions[0].Period ||
		got.Terms != s.Terms || got.Scheme != s.Scheme || !got.Partners[1].Power.Equal(dec("0.3")) {
		t.Errorf("decoded spec differs: %+v", got)
	}
}

func TestDecodeErrors(t *testing.T) {
	base := `{"partners":[{"id":"a","kind":"association"},{"id":"b","kind":"entreprise"}],` +
		`"contributions":[{"partner":"b","lever":"financement","kind":"financier","amount":{"value":"10","currency":"EUR"}}]}`
	if _, err := partnership.Decode([]byte(base)); err != nil {
		t.Fatalf("base: %v", err)
	}
	tests := []struct {
		name, in, path string
		want           error
	}{
		{"unknown kind", strings.Replace(base, `"entreprise"`, `"banque"`, 1), "partners[1].kind", partnership.ErrUnknown},
		{"unknown mode", strings.Replace(base, `{"partners"`, `{"modes":["philanthropie"],"partners"`, 1), "modes[0]", partnership.ErrUnknown},
		{"unknown lever", strings.Replace(base, `"financement"`, `"argent"`, 1), "contributions[0].lever", partnership.ErrUnknown},
		{"unknown key", strings.Replace(base, `"id":"a"`, `"id":"a","x":1`, 1), "partners[0].x", partnership.ErrUnknown},
		{"duplicate key", strings.Replace(base, `"id":"a"`, `"id":"a","id":"c"`, 1), "partners[0].id", partnership.ErrInvalid},
		{"duplicate key at the top", `{"name":"A","name":"B"}`, "name", partnership.ErrInvalid},
		{"missing required key", strings.Replace(base, `"id":"a",`, ``, 1), "partners[0].id", partnership.ErrInvalid},
		{"wrong type", strings.Replace(base, `"id":"a"`, `"id":7`, 1), "partners[0].id", partnership.ErrInvalid},
		{"trailing data", base + `{}`, "", partnership.ErrInvalid},
		{"syntax", base[:20], "", partnership.ErrInvalid},
		{"duplicate", strings.Replace(base, `"id":"b"`, `"id":"a"`, 1), "partners[1].id", partnership.ErrDuplicate},
		{"unknown partner", strings.Replace(base, `"partner":"b"`, `"partner":"z"`, 1), "contributions[0].partner", partnership.ErrUnknownPartner},
		{"negative", strings.Replace(base, `"10"`, `"-10"`, 1), "contributions[0].amount.value", partnership.ErrNegative},
		{"huge exponent", strings.Replace(base, `"10"`, `1e999999999`, 1), "contributions[0].amount.value", partnership.ErrLimit},
		{"long number", strings.Replace(base, `"10"`, strings.Repeat("9", 10000), 1), "contributions[0].amount.value", partnership.ErrLimit},
		{"not a number", strings.Replace(base, `"10"`, `true`, 1), "contributions[0].amount.value", partnership.ErrInvalid},
		{"bad decimal string", strings.Replace(base, `"10"`, `"1x"`, 1), "contributions[0].amount.value", partnership.ErrInvalid},
		{"power sum", strings.Replace(base, `"kind":"association"`, `"kind":"association","power":0.4`, 1), "partners[*].power", partnership.ErrShares},
		{"bad fact", strings.Replace(base, `{"partners"`, `{"terms":{"formal":"maybe"},"partners"`, 1), "terms.formal", partnership.ErrUnknown},
		{"too large", `{"name":"` + strings.Repeat("a", partnership.MaxJSON) + `"}`, "", partnership.ErrLimit},
		{"long name", `{"name":"` + strings.Repeat("a", partnership.MaxText+1) + `"}`, "name", partnership.ErrLimit},
		{"too many partners", `{"partners":[` + strings.Repeat(`{"id":"a","kind":"association"},`, partnership.MaxPartners) + `{"id":"a","kind":"association"}]}`, "partners", partnership.ErrLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := partnership.Decode([]byte(tt.in))
			if p != nil || !errors.Is(err, tt.want) {
				t.Fatalf("Decode = %v, %v; want %v", p, err, tt.want)
			}
			found := false
			for _, fe := range fieldErrors(err) {
				found = found || fe.Path == tt.path
			}
			if !found {
				t.Errorf("no error at %s: %v", tt.path, err)
			}
		})
	}
	_, err := partnership.Decode([]byte(strings.Replace(base, `"entreprise"`, `"banque"`, 1)))
	if want := `partnership: partners[1].kind: unknown kind "banque" (want one of entreprise,`; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q", err)
	}
	// UnmarshalJSON leaves the value unchanged on error.
	q := mustNew(wimoov())
	if err := q.UnmarshalJSON([]byte(`{}`)); err != nil {
		t.Fatal(err) // an empty partnership is valid
	}
	q = mustNew(wimoov())
	if err := q.UnmarshalJSON([]byte(`{"partners":[{"id":""}]}`)); err == nil || q.Len() != 4 {
		t.Errorf("UnmarshalJSON: %v, len %d", err, q.Len())
	}
}

func TestDecodeNumberForms(t *testing.T) {
	in := `{"partners":[{"id":"a","kind":"Fondation","power":1}],"contributions":[{"partner":"a","lever":"Évaluation","kind":"en nature","amount":{"value":1.5e3,"currency":"EUR"}}]}`
	p, err := partnership.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if v := p.Contributions()[0].Amount.Value; !v.Equal(dec("1500")) {
		t.Errorf("amount %s", v)
	}
}

// Each problem is said once, with its path, in words a writer of the JSON
// reads (no Go type), and every problem of an input is reported at once;
// echoed input is cut, so that no message grows with the input.
func TestDecodeMessages(t *testing.T) {
	partner := `{"partners":[{"id":"a","kind":"association"}],"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":%s,"currency":"EUR"}}]}`
	tests := []struct {
		name string
		in   string
		want []string // one fragment per problem, in order
	}{
		{"misspelt key, and the key it meant missing", `{"partners":[{"id":"a","knid":"association"}]}`, []string{
			`partnership: partners[0].knid: unknown key (want one of id, kind, name, purpose, objectives, power; did you mean "kind"?)`,
			`partnership: partners[0].kind: missing`,
		}},
		{"duplicate key", `{"name":"A","name":"B"}`, []string{`partnership: name: key given twice in one object`}},
		{"duplicate key, escaped", `{"name":"A","n\u0061me":"B"}`, []string{`partnership: name: key given twice in one object`}},
		{"duplicate key in terms", `{"terms":{"formal":"yes","formal":"no"}}`, []string{`partnership: terms.formal: key given twice`}},
		{"huge unknown key", `{"` + strings.Repeat("k", 100_000) + `":1}`, []string{
			`partnership: ["` + strings.Repeat("k", 64) + `"…]: unknown key (want one of name, mission, modes, scheme, partners, contributions, terms)`,
		}},
		{"misspelt name", `{"partners":[{"id":"a","kind":"asociation"}]}`, []string{
			`partnership: partners[0].kind: unknown kind "asociation" (want one of entreprise, association, fondation, acteur-public, academique, catalyseur-territorial, investisseur-societal, citoyen; did you mean "association"?)`,
		}},
		{"percentage for a decimal", fmt.Sprintf(partner, `"12%"`), []string{`partnership: contributions[0].amount.value "12%": not a decimal: no % sign`}},
		{"wrong types, all reported", `{"name":5,"partners":{},"terms":{"formal":"maybe","commitment_months":"36"}}`, []string{
			`partnership: name: want a string, found a number`,
			`partnership: partners: want an array, found an object`,
			`partnership: terms.formal: unknown fact "maybe" (want one of unstated, yes, no)`,
			`partnership: terms.commitment_months: want a whole number, found a string`,
		}},
		{"year not a whole number", `{"partners":[{"id":"a","kind":"association"}],"contributions":[{"partner":"a","lever":"conseil","kind":"competences","period":{"start":2012.5}}]}`,
			[]string{`partnership: contributions[0].period.start "2012.5": want a whole number from 0 to 2200`}},
		{"malformed", `{"name":"A",}`, []string{`partnership: line 1, column 13: want a key in double quotes`}},
		{"validation after decoding", `{"partners":[{"id":"a","kind":"association","power":"0.5"}]}`, []string{
			`partnership: partners[*].power "0.5": shares of power sum to 0.5, not 1`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := partnership.Decode([]byte(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			lines := strings.Split(msg, "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("%d problems, want %d:\n%s", len(lines), len(tt.want), msg)
			}
			for i, w := range tt.want {
				if !strings.Contains(lines[i], w) {
					t.Errorf("problem %d:\n got %s\nwant …%s…", i, lines[i], w)
				}
			}
			if len(msg) > 1024 {
				t.Errorf("message of %d bytes", len(msg))
			}
			for _, goWords := range []string{"Go value", "unmarshal", "struct", "int64", "decimal.Decimal", "[]"} {
				if strings.Contains(msg, goWords) {
					t.Errorf("message speaks Go (%q): %s", goWords, msg)
				}
			}
		})
	}
}

// Null is the same as an absent key; decimals are read from strings or
// numbers; keys may be escaped.
func TestDecodeLenient(t *testing.T) {
	in := `{"name":null,"mission":"interet-general","modes":null,"terms":null,"partners":[{"\u0069d":"a","kind":"association","power":null,"objectives":null}],` +
		`"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":"1500.50","currency":"EUR"},"period":null,"note":"deux\nlignes"},` +
		`{"partner":"a","lever":"conseil","kind":"competences","amount":{"value":2e3,"currency":"EUR"}}]}`
	p, err := partnership.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	cs := p.Contributions()
	if p.Partners()[0].ID != "a" || !cs[0].Amount.Value.Equal(dec("1500.5")) || !cs[1].Amount.Value.Equal(dec("2000")) || cs[0].Note != "deux\nlignes" {
		t.Errorf("decoded %+v", p.Spec())
	}
}

// holder is a caller's struct holding a Partnership by value.
type holder struct {
	P partnership.Partnership `json:"p"`
}

// A Partnership marshals the same by value, by pointer and inside a
// caller's struct, with its decimals as JSON strings, and decodes back.
func TestMarshalByValue(t *testing.T) {
	p := mustNew(wimoov())
	byPtr, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	byValue, err := json.Marshal(*p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(byPtr, byValue) {
		t.Fatalf("by value:\n%s\nby pointer:\n%s", byValue, byPtr)
	}
	for _, want := range []string{`"power":"0.4"`, `"value":"300000"`} {
		if !bytes.Contains(byValue, []byte(want)) {
			t.Errorf("no %s in %s", want, byValue)
		}
	}
	in, err := json.Marshal(holder{P: *p})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"p":` + string(byValue) + `}`; string(in) != want {
		t.Fatalf("in a struct:\n%s\nwant\n%s", in, want)
	}
	var back holder
	if err := json.Unmarshal(in, &back); err != nil {
		t.Fatal(err)
	}
	if again, _ := json.Marshal(back.P); !bytes.Equal(again, byValue) {
		t.Errorf("round trip in a struct:\n%s\n%s", again, byValue)
	}
}

// A problem found while reading does not hide the problems the checks of
// New find in the rest: every problem is reported at once, and none twice.
func TestDecodeEveryProblemAtOnce(t *testing.T) {
	in := `{"partners":[{"id":"a","kind":"association","power":"1.5"},{"id":"b","kind":"banque"}],` +
		`"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":"-100000","currency":"EUR"}}],` +
		`"terms":{"commitment_months":-3}}`
	_, err := partnership.Decode([]byte(in))
	var got []string
	for _, fe := range fieldErrors(err) {
		got = append(got, fe.Path)
	}
	for _, want := range []string{"terms.commitment_months", "partners[1].kind", "partners[0].power", "contributions[0].amount.value"} {
		n := 0
		for _, p := range got {
			if p == want {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d problems at %s, want 1: %v", n, want, err)
		}
	}
	if !errors.Is(err, partnership.ErrUnknown) || !errors.Is(err, partnership.ErrNegative) {
		t.Errorf("error %v does not wrap both the reading and the checking sentinels", err)
	}
}
