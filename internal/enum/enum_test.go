package enum_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

type color uint8 // zero invalid

const (
	red color = 1 + iota
	green
)

type answer uint8 // zero valid: a documented default

const (
	unstated answer = iota
	yes
	no
)

var errUnknown = errors.New("unknown")
var errInvalid = errors.New("invalid")

// unknownError records what the table asked for, as a package's wire.Package does.
type unknownError struct {
	noun, input string
	allowed     []string
}

func (e *unknownError) Error() string { return "unknown " + e.noun + " " + e.input }
func (e *unknownError) Unwrap() error { return errUnknown }

// reporter reports the tables' problems, as a package's wire.Package does.
type reporter struct{}

func (reporter) UnknownName(noun lang.Text, input string, allowed []string) error {
	return &unknownError{noun.In(lang.English), input, allowed}
}

func (reporter) InvalidValue(lang.Text, int) error { return errInvalid }

var colors = enum.Define[color](enum.Spec{Type: "color", Noun: lang.Text{"couleur", "colour"}, Pkg: reporter{}},
	enum.Names{Key: "red", Label: lang.Text{"Rouge", "Red"}},
	enum.Names{Key: "green", Label: lang.Text{"Vert", "Green"}},
)

var answers = enum.Define[answer](enum.Spec{Type: "answer", Noun: lang.Text{"réponse", "answer"}, ZeroValid: true, Pkg: reporter{}},
	enum.Names{Key: "unstated", Label: lang.Text{"Non renseigné", "Unstated"}},
	enum.Names{Key: "yes", Label: lang.Text{"Oui", "Yes"}, Alias: "y"},
	enum.Names{Key: "no", Label: lang.Text{"Non", "No"}},
)

var people = enum.Define[color](enum.Spec{Type: "person"},
	enum.Names{Key: "porteur-idee", Label: lang.Text{"Porteur d'idée", "Idea carrier"}},
	enum.Names{Key: "cafe", Label: lang.Text{"Café", "Coffee"}},
)

func TestValidKeyLabel(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{colors.Key(red), "red"},
		{colors.Key(0), "%!color(0)"},
		{colors.Key(3), "%!color(3)"},
		{colors.Label(green, lang.French), "Vert"},
		{colors.Label(green, lang.English), "Green"},
		{colors.Label(9, lang.English), "%!color(9)"},
		{answers.Key(unstated), "unstated"},
		{answers.Key(no), "no"},
		{answers.Key(3), "%!answer(3)"},
		{answers.Label(unstated, lang.French), "Non renseigné"},
		{answers.Label(yes, lang.English), "Yes"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	for v, want := range []bool{false, true, true, false} {
		if got := colors.Valid(color(v)); got != want {
			t.Errorf("colors.Valid(%d) = %v", v, got)
		}
	}
	for v, want := range []bool{true, true, true, false} {
		if got := answers.Valid(answer(v)); got != want {
			t.Errorf("answers.Valid(%d) = %v", v, got)
		}
	}
	if colors.Len() != 2 || answers.Len() != 3 {
		t.Errorf("Len = %d, %d; want 2, 3", colors.Len(), answers.Len())
	}
	if k := answers.Keys(); strings.Join(k, ",") != "unstated,yes,no" {
		t.Errorf("Keys = %q", k)
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want answer
		ok   bool
	}{
		{"unstated", unstated, true},
		{"NON RENSEIGNÉ", unstated, true},
		{"non renseigné", unstated, true},
		{"Oui", yes, true},
		{"Y", yes, true}, // alias
		{"no", no, true},
		{"", 0, false},
		{" yes", 0, false},
		{"yes ", 0, false},
		{"ye", 0, false},
		{"yess", 0, false},
		{"\xff", 0, false},
		{strings.Repeat("y", enum.MaxInput+1), 0, false},
	} {
		got, ok := answers.Parse(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("answers.Parse(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestParseApostrophe: the typographic apostrophe ’ reads as ', both ways.
func TestParseApostrophe(t *testing.T) {
	for _, in := range []string{"Porteur d'idée", "Porteur d’idée", "PORTEUR D’IDÉE", "porteur-idee"} {
		if v, ok := people.Parse(in); !ok || v != 1 {
			t.Errorf("Parse(%q) = %d, %v; want 1, true", in, v, ok)
		}
	}
	for _, in := range []string{"Porteur d‘idée", "Porteur didée", "Porteur d''idée", "Porteur d’"} {
		if v, ok := people.Parse(in); ok {
			t.Errorf("Parse(%q) = %d, want no match", in, v)
		}
	}
}

func TestParseTextAndMarshal(t *testing.T) {
	if v, err := colors.ParseText("GREEN"); err != nil || v != green {
		t.Errorf("ParseText(GREEN) = %d, %v", v, err)
	}
	_, err := colors.ParseText("blue")
	var ue *unknownError
	if !errors.As(err, &ue) || ue.noun != "colour" || ue.input != "blue" || strings.Join(ue.allowed, ",") != "red,green" {
		t.Fatalf("ParseText(blue) = %v", err)
	}
	ue.allowed[0] = "changed" // a fresh slice: the table is unchanged
	if colors.Key(red) != "red" {
		t.Errorf("writing to allowed changed the table")
	}
	if b, err := answers.MarshalText(unstated); err != nil || string(b) != "unstated" {
		t.Errorf("MarshalText(unstated) = %q, %v", b, err)
	}
	if _, err := colors.MarshalText(0); !errors.Is(err, errInvalid) {
		t.Errorf("MarshalText(0) = %v, want errInvalid", err)
	}
	v := yes
	if err := answers.UnmarshalText(&v, []byte("maybe")); !errors.Is(err, errUnknown) || v != yes {
		t.Errorf("UnmarshalText(maybe) = %v, left %d", err, v)
	}
	if err := answers.UnmarshalText(&v, []byte("unstated")); err != nil || v != unstated {
		t.Errorf("UnmarshalText(unstated) = %v, %d", err, v)
	}
}

// TestPlainErrors: a table defined without Pkg has errors that name its type.
func TestPlainErrors(t *testing.T) {
	if _, err := people.ParseText("nobody"); err == nil || !strings.Contains(err.Error(), "person") {
		t.Errorf("ParseText(nobody) = %v", err)
	}
	if _, err := people.MarshalText(7); err == nil || !strings.Contains(err.Error(), "person 7") {
		t.Errorf("MarshalText(7) = %v", err)
	}
}

func TestParseDoesNotAllocate(t *testing.T) {
	for _, in := range []string{"Porteur d’idée", "CAFÉ", "nobody", "Idea carrier"} {
		if a := testing.AllocsPerRun(100, func() { people.Parse(in) }); a != 0 {
			t.Errorf("Parse(%q) allocates %v times", in, a)
		}
	}
}

// FuzzEqualFold: without apostrophes, Parse matches exactly when
// strings.EqualFold does, the independent oracle.
func FuzzEqualFold(f *testing.F) {
	for _, s := range []string{"Café", "CAFÉ", "cafe", "ſ", "K", "Coffee", "COFFEΕ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "'’") || len(s) > enum.MaxInput || !utf8.ValidString(s) || s == "" {
			return
		}
		_, ok := people.Parse(s)
		want := false
		for _, n := range []string{"porteur-idee", "Porteur d'idée", "Idea carrier", "cafe", "Café", "Coffee"} {
			want = want || strings.EqualFold(s, n)
		}
		if ok != want {
			t.Fatalf("Parse(%q) ok = %v, strings.EqualFold says %v", s, ok, want)
		}
	})
}

// All yields the valid values in order, from 1 or from 0 (ZeroValid), and
// stops when asked to.
func TestAll(t *testing.T) {
	if got := slices.Collect(colors.All()); !slices.Equal(got, []color{red, green}) {
		t.Errorf("colors.All() = %v", got)
	}
	if got := slices.Collect(answers.All()); !slices.Equal(got, []answer{unstated, yes, no}) {
		t.Errorf("answers.All() = %v", got)
	}
	for v := range answers.All() {
		if v != unstated {
			t.Errorf("All went on after a break: %v", v)
		}
		break
	}
}
