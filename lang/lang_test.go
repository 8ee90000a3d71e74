package lang_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/lang"
)

func TestFormat(t *testing.T) {
	d := decimal.RequireFromString
	fr, en, ps := lang.French, lang.English, lang.Pseudo
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"decimal fr", fr.Decimal(d("0.5714"), -1), "0,5714"},
		{"decimal en", en.Decimal(d("0.5714"), -1), "0.5714"},
		{"decimal places fr", fr.Decimal(d("0.5"), 2), "0,50"},
		{"decimal grouped fr", fr.Decimal(d("1234567.891"), 1), "1\u202f234\u202f567,9"},
		{"decimal grouped en", en.Decimal(d("1234567.891"), 1), "1,234,567.9"},
		{"decimal negative fr", fr.Decimal(d("-1234.5"), -1), "-1\u202f234,5"},
		{"decimal three digits", fr.Decimal(d("999"), -1), "999"},
		{"decimal four digits fr", fr.Decimal(d("1000"), -1), "1\u202f000"},
		{"decimal pseudo", ps.Decimal(d("1234.5"), -1), "1,234.5"},
		{"trimmed fr", fr.Trimmed(d("0.5560"), 3), "0,556"},
		{"trimmed whole", en.Trimmed(d("2.000"), 2), "2"},
		{"percent fr", fr.Percent(d("0.125"), 2), "12,5\u00a0%"},
		{"percent en", en.Percent(d("0.125"), 2), "12.5%"},
		{"percent whole fr", fr.Percent(d("0.22"), 2), "22\u00a0%"},
		{"percent rounded en", en.Percent(d("0.333333"), 2), "33.33%"},
		{"money fr", fr.Money(d("500000"), "EUR"), "500\u202f000\u00a0EUR"},
		{"money en", en.Money(d("500000"), "EUR"), "500,000 EUR"},
		{"money cents fr", fr.Money(d("1250.5"), "EUR"), "1\u202f250,50\u00a0EUR"},
		{"money cents en", en.Money(d("1250.5"), "EUR"), "1,250.50 EUR"},
		{"money no currency", en.Money(d("1000000"), ""), "1,000,000"},
		{"int fr", fr.Int(12000), "12\u202f000"},
		{"int en", en.Int(36), "36"},
		{"list fr", fr.List([]string{"a", "b", "c"}), "a, b et c"},
		{"list en", en.List([]string{"a", "b"}), "a and b"},
		{"list pseudo", ps.List([]string{"a", "b"}), "a ⟦and⟧ b"},
		{"list one", en.List([]string{"a"}), "a"},
		{"list none", fr.List(nil), ""},
		{"or fr", fr.Or([]string{"a", "b", "c"}), "a, b ou c"},
		{"or en", en.Or([]string{"a", "b"}), "a or b"},
		{"or one", en.Or([]string{"a"}), "a"},
		{"colon fr", fr.Colon(), "\u00a0: "},
		{"colon en", en.Colon(), ": "},
		{"semicolon fr", fr.Semicolon(), "\u00a0; "},
		{"quote fr", fr.Quote("+++"), "«\u00a0+++\u00a0»"},
		{"quote en", en.Quote("+++"), "“+++”"},
		{"invalid reads French", lang.Lang(9).Decimal(d("1.5"), 1), "1,5"},
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
		if got := lang.French.Typeset(in); got != want {
			t.Errorf("Typeset(%q) = %q, want %q", in, got, want)
		}
		if got := lang.English.Typeset(in); got != in {
			t.Errorf("English.Typeset(%q) = %q, want it unchanged", in, got)
		}
	}
}

func TestTextFormat(t *testing.T) {
	lacks := lang.Text{"{1} sans preuve ({2})", "{2}: {1} has no evidence"}
	phase := lang.Text{"Essaimage", "Scaling"}
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"reordered fr", lacks.Format(lang.French, lang.Data("X"), phase), "X sans preuve (Essaimage)"},
		{"reordered en", lacks.Format(lang.English, lang.Data("X"), phase), "Scaling: X has no evidence"},
		{"pseudo marks words, not data", lacks.Format(lang.Pseudo, lang.Data("X"), phase), "⟦Scaling⟧⟦:⟧ X ⟦has no evidence⟧"},
		{"missing argument shows", lacks.Format(lang.English, lang.Data("X")), "{2}: X has no evidence"},
		{"nil argument shows", lacks.Format(lang.English, nil, phase), "Scaling: {1} has no evidence"},
		{"brace", lang.Text{"{{1}", "{{1} {1}"}.Format(lang.English, lang.Int(2)), "{1} 2"},
		{"no placeholder", phase.Format(lang.English), "Scaling"},
		{"no placeholder pseudo", phase.Format(lang.Pseudo), "⟦Scaling⟧"},
		{"in pseudo", phase.In(lang.Pseudo), "⟦Scaling⟧"},
		{"invalid lang reads French", phase.In(lang.Lang(200)), "Essaimage"},
		{"int fr", lang.Text{"{1} dossiers", "{1} dossiers"}.Format(lang.French, lang.Int(12000)), "12\u202f000 dossiers"},
		{"percent en", lang.Text{"{1}", "{1} of the total"}.Format(lang.English, lang.Percent(decimal.RequireFromString("0.105"), 1)), "10.5% of the total"},
		{"money fr", lang.Text{"{1}", "{1}"}.Format(lang.French, lang.Money(decimal.NewFromInt(1500), "EUR")), "1\u202f500\u00a0EUR"},
		{"list of labels", lang.Text{"{1}", "{1}"}.Format(lang.English, lang.List(phase, phase)), "Scaling and Scaling"},
		{"quote", lang.Text{"{1}", "{1}"}.Format(lang.French, lang.Quote(phase)), "«\u00a0Essaimage\u00a0»"},
		{"quoted input", lang.Text{"{1}", "{1}"}.Format(lang.English, lang.Quoted("a\x1b[31m", 0)), `"a\x1b[31m"`},
		{"quoted cut", lang.Text{"{1}", "{1}"}.Format(lang.English, lang.Quoted("ééé", 3)), `"é"…`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestUnmarked(t *testing.T) {
	for in, want := range map[string]string{
		"⟦Verdict⟧: ⟦Ready⟧":    " :  ",
		"X ⟦has⟧ Y":             "X   Y",
		"no marks":              "no marks",
		"⟦open":                 " ",
		"⟦a⟧⟦b⟧ (12.5%) Wimoov": "   (12.5%) Wimoov",
	} {
		if got := lang.Unmarked(in); got != want {
			t.Errorf("Unmarked(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]lang.Lang{
		"fr": lang.French, " FR ": lang.French, "Français": lang.French, "francais": lang.French, "french": lang.French,
		"en": lang.English, "English": lang.English, "anglais": lang.English,
		"qps": lang.Pseudo, "pseudo": lang.Pseudo,
	} {
		got, err := lang.Parse(in)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "de", "fr-FR", "englishh"} {
		_, err := lang.Parse(in)
		var pe *lang.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q): got %v, want a *ParseError", in, err)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, l := range []lang.Lang{lang.French, lang.English, lang.Pseudo} {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back lang.Lang = 7
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("%v: round trip gave %v, %v", l, back, err)
		}
	}
	if _, err := lang.Lang(9).MarshalText(); err == nil {
		t.Error("an invalid Lang marshalled")
	}
	if got := lang.Lang(9).String(); got != "%!Lang(9)" {
		t.Errorf("String of an invalid Lang = %q", got)
	}
}

func TestLangs(t *testing.T) {
	var got []lang.Lang
	for l := range lang.Langs() {
		got = append(got, l)
		if !l.IsValid() {
			t.Errorf("%v is not valid", l)
		}
		if l.Label(lang.English) == "" || l.Label(lang.French) == "" {
			t.Errorf("%v has no label", l)
		}
	}
	if len(got) != 2 || got[0] != lang.French || got[1] != lang.English {
		t.Errorf("Langs() = %v, want [fr en]", got)
	}
}

func TestMissing(t *testing.T) {
	if l, ok := (lang.Text{"a", " "}).Missing(); !ok || l != lang.English {
		t.Errorf("Missing of an empty English column = %v, %v", l, ok)
	}
	if _, ok := (lang.Text{"a", "b"}).Missing(); ok {
		t.Error("Missing of a full text")
	}
}
