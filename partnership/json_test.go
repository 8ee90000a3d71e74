package partnership_test

import (
	"bytes"
	"encoding/json"
	"errors"
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
		{"unknown field", strings.Replace(base, `"id":"a"`, `"id":"a","x":1`, 1), "(input)", partnership.ErrInvalid},
		{"trailing data", base + `{}`, "(input)", partnership.ErrInvalid},
		{"syntax", base[:20], "(input)", partnership.ErrInvalid},
		{"duplicate", strings.Replace(base, `"id":"b"`, `"id":"a"`, 1), "partners[1].id", partnership.ErrDuplicate},
		{"unknown partner", strings.Replace(base, `"partner":"b"`, `"partner":"z"`, 1), "contributions[0].partner", partnership.ErrUnknownPartner},
		{"negative", strings.Replace(base, `"10"`, `"-10"`, 1), "contributions[0].amount.value", partnership.ErrNegative},
		{"huge exponent", strings.Replace(base, `"10"`, `1e999999999`, 1), "contributions[0].amount.value", partnership.ErrLimit},
		{"long number", strings.Replace(base, `"10"`, strings.Repeat("9", 10000), 1), "contributions[0].amount.value", partnership.ErrLimit},
		{"not a number", strings.Replace(base, `"10"`, `true`, 1), "contributions[0].amount.value", partnership.ErrInvalid},
		{"bad decimal string", strings.Replace(base, `"10"`, `"1x"`, 1), "contributions[0].amount.value", partnership.ErrInvalid},
		{"power sum", strings.Replace(base, `"kind":"association"`, `"kind":"association","power":0.4`, 1), "partners[*].power", partnership.ErrShares},
		{"bad fact", strings.Replace(base, `{"partners"`, `{"terms":{"formal":"maybe"},"partners"`, 1), "terms.formal", partnership.ErrUnknown},
		{"too large", `{"name":"` + strings.Repeat("a", partnership.MaxJSON) + `"}`, "(input)", partnership.ErrLimit},
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
	if want := `partnership: partners[1].kind "banque": unknown kind (want one of entreprise,`; !strings.HasPrefix(err.Error(), want) {
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
