package innovation_test

import (
	"encoding"
	"errors"
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

var (
	_ encoding.TextMarshaler   = innovation.French
	_ encoding.TextUnmarshaler = new(innovation.Lang)
)

// TestLangString: Lang prints its ISO code; French is the zero value, a
// documented default; an invalid value prints as time.Month's do.
func TestLangString(t *testing.T) {
	var zero innovation.Lang
	if zero != innovation.French || !zero.IsValid() {
		t.Errorf("zero Lang = %v (valid %v), want French, valid", zero, zero.IsValid())
	}
	for _, tt := range []struct {
		l    innovation.Lang
		want string
	}{
		{innovation.French, "fr"},
		{innovation.English, "en"},
		{2, "%!Lang(2)"},
		{255, "%!Lang(255)"},
	} {
		if got := tt.l.String(); got != tt.want {
			t.Errorf("Lang(%d).String() = %q, want %q", uint8(tt.l), got, tt.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]innovation.Lang{
		"fr": innovation.French, "FR": innovation.French, "french": innovation.French, "French": innovation.French,
		"français": innovation.French, "FRANÇAIS": innovation.French, "francais": innovation.French, " fr\n": innovation.French,
		"en": innovation.English, "EN": innovation.English, "english": innovation.English, "English": innovation.English,
		"\tenglish ": innovation.English, "anglais": innovation.English,
	} {
		got, err := innovation.ParseLang(in)
		if err != nil || got != want {
			t.Errorf("ParseLang(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", " ", "f", "fra", "eng", "de", "deutsch", "fr-FR", "en_GB", "français!"} {
		got, err := innovation.ParseLang(in)
		var pe *innovation.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, innovation.ErrUnknown) {
			t.Errorf("ParseLang(%q) = %v, %v; want a *ParseError wrapping ErrUnknown", in, got, err)
		}
	}
}

// TestLangText: MarshalText writes the code, UnmarshalText reads what
// ParseLang reads; an invalid Lang is not written, a refused text leaves the
// value unchanged.
func TestLangText(t *testing.T) {
	for _, l := range []innovation.Lang{innovation.French, innovation.English} {
		b, err := l.MarshalText()
		if err != nil || string(b) != l.String() {
			t.Errorf("%v.MarshalText() = %q, %v", l, b, err)
		}
		var back innovation.Lang = 1 - l
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
	if _, err := innovation.Lang(2).MarshalText(); !errors.Is(err, innovation.ErrInvalid) {
		t.Errorf("Lang(2).MarshalText() error = %v, want ErrInvalid", err)
	}
	l := innovation.English
	if err := l.UnmarshalText([]byte("Français ")); err != nil || l != innovation.French {
		t.Errorf("UnmarshalText(\"Français \") = %v, %v", l, err)
	}
	if err := l.UnmarshalText([]byte("klingon")); !errors.Is(err, innovation.ErrUnknown) || l != innovation.French {
		t.Errorf("UnmarshalText(klingon) = %v, left %v", err, l)
	}
}
