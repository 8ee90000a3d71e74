package locale

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
)

func TestFormat(t *testing.T) {
	d := decimal.RequireFromString
	fr, en := innovation.French, innovation.English
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"decimal fr", Decimal(d("0.5714"), -1, fr), "0,5714"},
		{"decimal en", Decimal(d("0.5714"), -1, en), "0.5714"},
		{"decimal places fr", Decimal(d("0.5"), 2, fr), "0,50"},
		{"decimal grouped fr", Decimal(d("1234567.891"), 1, fr), "1\u202f234\u202f567,9"},
		{"decimal grouped en", Decimal(d("1234567.891"), 1, en), "1,234,567.9"},
		{"decimal negative fr", Decimal(d("-1234.5"), -1, fr), "-1\u202f234,5"},
		{"decimal three digits", Decimal(d("999"), -1, fr), "999"},
		{"decimal four digits fr", Decimal(d("1000"), -1, fr), "1\u202f000"},
		{"trimmed fr", Trimmed(d("0.5560"), 3, fr), "0,556"},
		{"trimmed whole", Trimmed(d("2.000"), 2, en), "2"},
		{"percent fr", Percent(d("0.125"), 2, fr), "12,5\u00a0%"},
		{"percent en", Percent(d("0.125"), 2, en), "12.5%"},
		{"percent whole fr", Percent(d("0.22"), 2, fr), "22\u00a0%"},
		{"percent rounded en", Percent(d("0.333333"), 2, en), "33.33%"},
		{"money fr", Money(d("500000"), "EUR", fr), "500\u202f000\u00a0EUR"},
		{"money en", Money(d("500000"), "EUR", en), "500,000 EUR"},
		{"money cents fr", Money(d("1250.5"), "EUR", fr), "1\u202f250,50\u00a0EUR"},
		{"money cents en", Money(d("1250.5"), "EUR", en), "1,250.50 EUR"},
		{"money million en", Money(d("1000000"), "", en), "1,000,000"},
		{"int fr", Int(12000, fr), "12\u202f000"},
		{"int en", Int(36, en), "36"},
		{"list fr", List([]string{"a", "b", "c"}, fr), "a, b et c"},
		{"list en", List([]string{"a", "b"}, en), "a and b"},
		{"list one", List([]string{"a"}, en), "a"},
		{"list none", List(nil, fr), ""},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestTypeset(t *testing.T) {
	for in, want := range map[string]string{
		"Ambition ; conditions":            "Ambition\u00a0; conditions",
		"(exemple : achat responsable)":    "(exemple\u00a0: achat responsable)",
		"le « story telling » ! et ?":      "le «\u00a0story telling\u00a0»\u00a0! et\u00a0?",
		"déjà\u00a0: rien à faire; ni:ici": "déjà\u00a0: rien à faire; ni:ici",
	} {
		if got := Typeset(in); got != want {
			t.Errorf("Typeset(%q) = %q, want %q", in, got, want)
		}
	}
}
