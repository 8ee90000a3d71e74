package evaluation

import (
	"errors"
	"testing"

	"github.com/seed424036fd/societal/lang"
)

// TestFormAdoption checks MODEL §3.1's status column against the source's
// own words, one row per form.
func TestFormAdoption(t *testing.T) {
	for _, c := range []struct {
		form   Form
		want   Adoption
		key    string
		fr, en string
		quote  string // the source's words
		source string
	}{
		{Performance, MostUsed, "most-used", "Le plus usité", "Most used",
			"L'évaluation de la performance des actions engagées (mode le plus usité)", "004:533"},
		{Pertinence, Developing, "developing", "Se développe, complexe à mettre en œuvre", "Developing, complex to carry out",
			"Ce mode d'évaluation se développe mais demeure complexe à mettre en œuvre", "004:537-539"},
		{Partenariale, Emerging, "emerging", "En émergence", "Emerging",
			"Ce mode d'évaluation est en émergence", "004:543"},
	} {
		got := c.form.Adoption()
		if got != c.want {
			t.Errorf("%v.Adoption() = %v, want %v: %q (%s)", c.form, got, c.want, c.quote, c.source)
		}
		if got.String() != c.key || got.Label(lang.French) != c.fr || got.Label(lang.English) != c.en {
			t.Errorf("%v: key %q, labels %q / %q", got, got.String(), got.Label(lang.French), got.Label(lang.English))
		}
		for _, s := range []string{c.key, c.fr, c.en} {
			if v, err := ParseAdoption(s); err != nil || v != c.want {
				t.Errorf("ParseAdoption(%q) = %v, %v", s, v, err)
			}
		}
		b, err := got.MarshalText()
		var back Adoption
		if err != nil || back.UnmarshalText(b) != nil || back != got {
			t.Errorf("%v: text round trip %q, %v → %v", got, b, err, back)
		}
	}
	n := 0
	for range Adoptions() {
		n++
	}
	if n != numAdoptions {
		t.Errorf("Adoptions yields %d, want %d", n, numAdoptions)
	}
}

func TestAdoptionInvalid(t *testing.T) {
	if a := Form(0).Adoption(); a != 0 || a.IsValid() {
		t.Errorf("Form(0).Adoption() = %v", a)
	}
	if a := Form(NumForms + 1).Adoption(); a != 0 {
		t.Errorf("Form(4).Adoption() = %v", a)
	}
	if s := Adoption(0).String(); s != "%!Adoption(0)" {
		t.Errorf("Adoption(0).String() = %q", s)
	}
	if _, err := Adoption(0).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Adoption(0).MarshalText() error %v", err)
	}
	if _, err := ParseAdoption("widespread"); !errors.Is(err, ErrUnknown) {
		t.Errorf("ParseAdoption(widespread) error %v", err)
	}
}
