package lang

import (
	"iter"
	"strconv"
	"strings"
)

// Lang is a language a reader may ask for. The zero value is [French], the
// sources' language and the documented default; [English] gives the gloss;
// [Pseudo] marks every text, for tests. Any other value is invalid:
// IsValid reports false, String prints "%!Lang(n)" and texts fall back to
// French. A plain value, safe for concurrent use.
type Lang uint8

const (
	French  Lang = iota // the sources' language, with its typography
	English             // the English gloss
	numLangs
)

// Logs is the language of what a program logs rather than shows a reader:
// the Error strings of the module's errors, the titles of its published
// schemas. A reader's outputs take the reader's language.
const Logs = English

// Pseudo is the pseudo-locale for tests: every text in English, marked
// ⟦thus⟧ (see the package documentation). Its key is "qps", the
// pseudo-locale code of the Windows localisation tools.
const Pseudo = numLangs

// names are, per Lang, its key (a BCP 47 code) and the spellings ParseLang
// accepts besides, in any case.
var names = [...][]string{
	French:  {"fr", "français", "francais", "french"},
	English: {"en", "anglais", "english"},
	Pseudo:  {"qps", "pseudo"},
}

// label is the name of each language in every language.
var label = [...]Text{
	French:  {"français", "French"},
	English: {"anglais", "English"},
	Pseudo:  {"pseudo-langue", "pseudo-locale"},
}

// Langs yields the languages of the module, French first; not [Pseudo].
func Langs() iter.Seq[Lang] {
	return func(yield func(Lang) bool) {
		for l := range numLangs {
			if !yield(l) {
				return
			}
		}
	}
}

// Parse returns the language s names: its code ("fr", "en", "qps"), or its
// name in French or English ("français", "francais", "french", "anglais",
// "english", "pseudo"), in any case, with surrounding white space ignored.
// Anything else is an error listing the codes; ok is false.
func Parse(s string) (Lang, error) {
	s = strings.TrimSpace(s)
	for l, ns := range names {
		for _, n := range ns {
			if strings.EqualFold(s, n) {
				return Lang(l), nil
			}
		}
	}
	return 0, &ParseError{Input: s}
}

// ParseError reports a text that names no language. Safe for concurrent
// reads.
type ParseError struct {
	Input string // the text given, white space trimmed
}

// Error returns `lang: unknown language "xx" (want fr or en)`.
func (e *ParseError) Error() string {
	return "lang: unknown language " + strconv.Quote(e.Input) + " (want " + codes(English) + ")"
}

// Text returns the message of e in l.
func (e *ParseError) Text(l Lang) string {
	return unknownLang.Format(l, Data(strconv.Quote(e.Input)), Data(codes(l)))
}

var unknownLang = Text{"langue inconnue {1} (valeurs possibles\u00a0: {2})", "unknown language {1} (want {2})"}

// Codes quotes the codes of the module's languages as a choice: "fr ou en"
// in French, "fr or en" in English. The pseudo-locale is for tests: Parse
// reads it, but no message offers it.
func Codes() Arg { return codesArg{} }

type codesArg struct{}

func (codesArg) Label(l Lang) string { return codes(l) }

// codes lists the keys of the languages in l, "fr ou en".
func codes(l Lang) string {
	var ks []string
	for m := range Langs() {
		ks = append(ks, m.String())
	}
	return l.Or(ks)
}

// IsValid reports whether l is one of the constants, [Pseudo] included.
func (l Lang) IsValid() bool { return l <= Pseudo }

// String returns the key of l ("fr", "en", "qps"), or "%!Lang(n)".
func (l Lang) String() string {
	if !l.IsValid() {
		return "%!Lang(" + strconv.Itoa(int(l)) + ")"
	}
	return names[l][0]
}

// Label returns the name of l in the language in: "anglais" for
// English.Label(French).
func (l Lang) Label(in Lang) string {
	if !l.IsValid() {
		return l.String()
	}
	return label[l].In(in)
}

// MarshalText returns the key of l, or an error for an invalid l.
func (l Lang) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, &ParseError{Input: l.String()}
	}
	return []byte(l.String()), nil
}

// UnmarshalText parses text as Parse does; it accepts everything
// MarshalText produces. On error l is unchanged.
func (l *Lang) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
