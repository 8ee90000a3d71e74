package wire

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Package names the package that reports a problem: the prefix of its
// English messages ("partnership: …"). Each public package declares one,
// as a constant-like value it never modifies. Safe for concurrent use.
type Package struct {
	Name string // message prefix, e.g. "evaluation"
}

// UnknownName returns the problem of input, which names no value of the
// enumeration called noun whose keys are allowed (code "unknown-name",
// ErrUnknown; "missing-name" for a blank input). Its message quotes input
// (cut to MaxEcho bytes), lists the keys and, when it is shown, suggests
// the closest to a misspelling. It is what
// the package's enumerations return for a text they refuse
// (enum.Errors.Unknown).
func (p *Package) UnknownName(noun lang.Text, input string, allowed []string) error {
	if strings.TrimSpace(input) == "" {
		return kindMissingName.New(p.Name, "", "", noun, keyList(allowed))
	}
	// One allocation for the four arguments, rendered when the message is:
	// a decoder past its cap builds many of these for no one.
	n := &unknownName{noun: noun, input: echo(input), allowed: allowed}
	return kindUnknownName.New(p.Name, "", "", nameNoun{n}, nameInput{n}, nameKeys{n}, nameGuess{n})
}

// unknownName holds the arguments of the message of an unknown name, each
// quoted by one of the types below.
type unknownName struct {
	noun    lang.Text
	input   string // cut to what a message shows (echo)
	allowed []string
}

type (
	nameNoun  struct{ *unknownName }
	nameInput struct{ *unknownName }
	nameKeys  struct{ *unknownName }
	nameGuess struct{ *unknownName }
)

func (a nameNoun) Label(l lang.Lang) string  { return a.noun.In(l) }
func (a nameInput) Label(l lang.Lang) string { return lang.Quoted(a.input, MaxEcho).Label(l) }
func (a nameKeys) Label(l lang.Lang) string  { return keyList(a.allowed).Label(l) }
func (a nameGuess) Label(l lang.Lang) string { return suggestion(a.input, a.allowed).Label(l) }

// ParseError is UnknownName with a noun in English only. Transitional:
// for parsers that name their enumeration in English.
func (p *Package) ParseError(noun, input string, allowed []string) error {
	return p.UnknownName(lang.Text{noun, noun}, input, allowed)
}

// InvalidValue returns the problem of v, a value of the enumeration noun
// that names no member (code "invalid-value", ErrInvalid): what a
// MarshalText or a check of a value built in Go refuses.
func (p *Package) InvalidValue(noun string, v int) error {
	return kindInvalidValue.New(p.Name, "", "", lang.Data(noun), digits(v))
}

// WrongVariant returns the problem of found, the value at path that tells
// the variant of an object, where want was wanted (code "wrong-form",
// ErrInvalid).
func (p *Package) WrongVariant(path, found, want string) error {
	return kindWrongVariant.New(p.Name, path, found, lang.Quoted(want, MaxEcho))
}

// TooLarge returns the problem of an input over MaxJSON bytes (code
// "over-limit", ErrLimit), the same wherever it is found (a document, a
// line of NDJSON): "more than", since a reader that stops one byte past
// the limit does not know the whole size.
func (p *Package) TooLarge() error { return tooLarge(p.Name) }

func tooLarge(pkg string) *problem.Error { return kindTooLarge.New(pkg, "", "", digits(MaxJSON)) }

// Field returns a problem of p at path whose reason, in English, is quoted
// as it is in every language (code "legacy"): value (cut to MaxEcho bytes)
// is what was found, err the sentinel or cause it unwraps to. Transitional:
// for checks not yet moved to kinds of problem.
func (p *Package) Field(path, value, reason string, err error) *problem.Error {
	return legacy(p.Name, path, value, reason, err)
}

// legacy returns a problem of code "legacy" reported by pkg: reason is
// quoted as it is, in every language.
func legacy(pkg, path, value, reason string, err error) *problem.Error {
	k := &problem.Kind{Code: kindLegacy.Code, Message: kindLegacy.Message, Err: err}
	return k.New(pkg, path, value, lang.Data(reason))
}

// Fieldf is Field with a formatted reason. Transitional, as Field.
func (p *Package) Fieldf(path, value string, err error, format string, args ...any) *problem.Error {
	return p.Field(path, value, fmt.Sprintf(format, args...), err)
}

// Within returns the problems of err, found by a package's own checks in a
// part of a larger input, placed below path and unwrapping to whole too
// when whole is not nil: each *problem.Error of its errors.Join tree is
// re-based ((*problem.Error).In), and any other error is reported at path
// with its message. Nil stays nil.
func (p *Package) Within(path string, whole, err error) error {
	if err == nil {
		return nil
	}
	var out []error
	for e := range problem.All(err) {
		if e.Code == "error" { // not a problem of the module: its message, at path
			out = append(out, legacy(p.Name, path, "", e.Reason(lang.English), e.Err).In("", "", whole))
			continue
		}
		out = append(out, e.In("", path, whole))
	}
	return errors.Join(out...)
}

// Join joins problems as errors.Join does, nil when there are none.
func Join(problems []error) error { return errors.Join(problems...) }

// Truncate returns s cut to MaxEcho bytes on a character boundary, with "…"
// when it was cut.
func Truncate(s string) string {
	if len(s) <= MaxEcho {
		return s
	}
	cut := MaxEcho
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// Quote returns s, cut by Truncate, in double quotes with Go escapes.
func Quote(s string) string {
	t := Truncate(s)
	if len(t) == len(s) {
		return strconv.Quote(s)
	}
	return strconv.Quote(t[:len(t)-len("…")]) + "…"
}

// echo returns the start of s a message quotes, cut to MaxEcho bytes (and
// one more character, for the quote to show it was cut): a problem holds
// no more of an input than it shows.
func echo(s string) string {
	if len(s) <= MaxEcho+utf8.UTFMax {
		return s
	}
	n := MaxEcho + 1
	for n < len(s) && !utf8.RuneStart(s[n]) {
		n++
	}
	return s[:n]
}
