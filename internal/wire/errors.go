package wire

import (
	"encoding"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Package names the package that reports a problem: the prefix of its
// English messages ("partnership: …"). Each public package declares one,
// as a constant-like value it never modifies, and hands it to its
// enumerations' tables (an enum.Reporter). Safe for concurrent use.
type Package struct {
	Name string // message prefix, e.g. "evaluation"
}

// UnknownName returns the problem of input, which names no value of the
// enumeration called noun whose keys are allowed (code "unknown-name",
// ErrUnknown; "missing-name" for a blank input). Its message quotes input
// (cut to MaxEcho bytes), lists the keys and, when it is shown, suggests
// the closest to a misspelling. It is what the package's enumerations
// return for a text they refuse (enum.Reporter).
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

// InvalidValue returns the problem of v, a value of the enumeration noun
// that names no member (code "invalid-value", ErrInvalid): what a
// MarshalText refuses (enum.Reporter).
func (p *Package) InvalidValue(noun lang.Text, v int) error {
	return kindInvalidValue.New(p.Name, "", "", noun, digits(v))
}

// Invalid returns the problem of v at path, reported by p: a value of an
// enumeration that names no member, as its MarshalText refuses it (code
// "invalid-value", ErrInvalid), its message naming the enumeration in
// every language. A validation of a value built in Go reports it.
func (p *Package) Invalid(path string, v encoding.TextMarshaler) *problem.Error {
	var e *problem.Error
	if _, err := v.MarshalText(); errors.As(err, &e) {
		return e.In(p.Name, path, nil)
	}
	return kindNotAMember.New(p.Name, path, "") // a value its MarshalText writes: not called for one
}

// TooMany returns the problem of a list at path of n items, over its limit
// of max: what a validation of a value built in Go reports (code
// "over-limit", ErrLimit), noun saying what the items are, in the plural
// ("partners").
func (p *Package) TooMany(path string, n int, noun lang.Text, max int) *problem.Error {
	return kindTooMany.New(p.Name, path, "", lang.Int(n), noun, lang.Int(max))
}

// Twice returns the problem of value, given twice at path where each may
// be given once (code "duplicate-name"), unwrapping to err (ErrInvalid if
// nil): what reading a set says of a value named twice.
func (p *Package) Twice(path, value string, err error) *problem.Error {
	return givenTwice(err).New(p.Name, path, value, lang.Quoted(value, MaxEcho))
}

// givenTwice returns the kind of a value given twice, unwrapping to err
// (ErrInvalid if nil).
func givenTwice(err error) *problem.Kind {
	if err == nil {
		return &kindGivenTwice
	}
	return &problem.Kind{Code: kindGivenTwice.Code, Message: kindGivenTwice.Message, Err: err}
}

// Empty returns the problem of a text at path that must not be empty (code
// "empty", ErrInvalid).
func (p *Package) Empty(path string) *problem.Error { return kindEmpty.New(p.Name, path, "") }

// TooLong returns the problem of s, a text at path over max bytes (code
// "over-limit", ErrLimit), for a text bounded by its length alone.
func (p *Package) TooLong(path, s string, max int) *problem.Error {
	return kindTextTooLong.New(p.Name, path, s, digits(len(s)), digits(max))
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

// Within returns the problems of err, found by a package's own checks in a
// part of a larger input, placed below path and unwrapping to whole too
// when whole is not nil: each *problem.Error of its errors.Join tree is
// re-based ((*problem.Error).In), keeping the package that reported it,
// and any other error is reported by p at path, with its message (code
// "error", as problem.All says). Nil stays nil.
func (p *Package) Within(path string, whole, err error) error {
	if err == nil {
		return nil
	}
	var out []error
	for e := range problem.All(err) {
		pkg := ""
		if e.Code == "error" { // not a problem of the module: p quotes it
			pkg = p.Name
		}
		out = append(out, e.In(pkg, path, whole))
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
