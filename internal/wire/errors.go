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

// Package describes the package an error belongs to: the prefix of its
// messages and its sentinels. Each public package declares one, as a
// constant-like value it never modifies. Safe for concurrent use.
type Package struct {
	Name    string // message prefix, e.g. "evaluation"
	Syntax  error  // malformed JSON, trailing data, a value of the wrong type
	Unknown error  // a name of no enumeration value, an unknown key
	Invalid error  // a value not acceptable where it stands
	Limit   error  // an input over a documented limit
}

// FieldError reports one problem of an input at a path into it, such as
// "partnership.contributions[0].amount.value". Value quotes what was found,
// cut to MaxEcho bytes (empty when nothing useful can be quoted); Reason says
// what is wrong, what was expected and, where it can, what was meant. Line
// and Column locate malformed JSON (1-based; 0 when not from JSON). It
// unwraps to Err, the sentinel or cause, and to the sentinel of the whole
// input when one is set (societal.ErrDossier for a dossier). Safe for
// concurrent reads.
type FieldError struct {
	Path   string
	Value  string
	Reason string
	Line   int
	Column int
	Err    error

	pkg     string // message prefix
	whole   error  // sentinel of the whole input, or nil
	omitted int    // for the last problem of a decoding past MaxProblems: the problems it counts
}

// Error returns `pkg: path "value": reason`, with the line and column for
// malformed JSON (the column alone when Line is 0: a line of NDJSON, whose
// number its reader gives).
func (e *FieldError) Error() string {
	var b strings.Builder
	if e.pkg != "" {
		b.WriteString(e.pkg)
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		if e.Value != "" {
			b.WriteByte(' ')
			b.WriteString(Quote(e.Value))
		}
		b.WriteString(": ")
	} else if e.Value != "" {
		b.WriteString(Quote(e.Value))
		b.WriteString(": ")
	}
	switch {
	case e.Path != "":
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d, column %d: ", e.Line, e.Column)
	case e.Column > 0:
		fmt.Fprintf(&b, "column %d: ", e.Column) // a one-line document, whose line is said elsewhere
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns Err and the sentinel of the whole input, if any.
func (e *FieldError) Unwrap() []error {
	switch {
	case e.whole == nil && e.Err == nil:
		return nil
	case e.whole == nil:
		return []error{e.Err}
	case e.Err == nil:
		return []error{e.whole}
	}
	return []error{e.Err, e.whole}
}

// Field returns a *FieldError of p at path: value (cut to MaxEcho bytes)
// is what was found, reason what is wrong, err the sentinel or cause.
func (p *Package) Field(path, value, reason string, err error) *FieldError {
	return &FieldError{Path: path, Value: Truncate(value), Reason: reason, Err: err, pkg: p.Name}
}

// Fieldf is Field with a formatted reason.
func (p *Package) Fieldf(path, value string, err error, format string, args ...any) *FieldError {
	return p.Field(path, value, fmt.Sprintf(format, args...), err)
}

// TooLarge is the problem of an input over MaxJSON bytes, the same words
// wherever it is found (a document, a line of NDJSON): "more than", since
// a reader that stops one byte past the limit does not know the whole size.
func (p *Package) TooLarge() *FieldError {
	return p.Field("", "", fmt.Sprintf("more than %d bytes, over the limit (want at most 1 MiB per document)", MaxJSON), p.Limit)
}

// InvalidValue is the error of a MarshalText or a check on an enumeration
// value v of type typ that names no member: it wraps p.Invalid.
func (p *Package) InvalidValue(typ string, v int) error {
	return fmt.Errorf("%w: %s %d", p.Invalid, typ, v)
}

// ParseError reports a text that names no value of an enumeration: the
// enumeration (Type, e.g. "phase"), the text as given (Input; cut to
// MaxEcho bytes in the message) and the accepted keys (Allowed). Its message
// suggests the closest key when the text looks like a misspelling. It unwraps
// to the package's ErrUnknown. Safe for concurrent reads.
type ParseError struct {
	Type    string
	Input   string
	Allowed []string

	pkg string
	err error
}

// ParseError returns the *ParseError of p for input, which names no value
// of the enumeration typ whose keys are allowed.
func (p *Package) ParseError(typ, input string, allowed []string) *ParseError {
	return &ParseError{Type: typ, Input: input, Allowed: allowed, pkg: p.Name, err: p.Unknown}
}

// Error returns `pkg: unknown type "input" (want one of …)`.
func (e *ParseError) Error() string {
	if e.pkg == "" {
		return e.Describe()
	}
	return e.pkg + ": " + e.Describe()
}

// Describe is Error without the package prefix, for a message that says
// where the text stood: `unknown phase "essaimge" (want one of …; did you
// mean "essaimage"?)`; "missing phase" for an empty input.
func (e *ParseError) Describe() string {
	if strings.TrimSpace(e.Input) == "" {
		return "missing " + e.Type + " (want one of " + strings.Join(e.Allowed, ", ") + ")"
	}
	return "unknown " + e.Type + " " + Quote(e.Input) + " (want one of " + strings.Join(e.Allowed, ", ") + Suggest(e.Input, e.Allowed) + ")"
}

// Unwrap returns the package's ErrUnknown.
func (e *ParseError) Unwrap() error { return e.err }

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

// Join joins problems as errors.Join does, nil when there are none.
func Join(problems []error) error { return errors.Join(problems...) }

// Within returns err, found by a package's own checks in a part of a larger
// input, as p's problems below path that also unwrap to whole: each
// *FieldError in it (errors.Join trees are walked) is copied with its path
// placed below path, a *ParseError is reported at path, and any other error
// at path with its message. A nil whole leaves a *FieldError the whole it
// already unwraps to. Nil stays nil.
func (p *Package) Within(path string, whole, err error) error {
	var out []error
	place(p, path, whole, err, nil, func(e *FieldError) { out = append(out, e) })
	return errors.Join(out...)
}

// place is the one way a problem found in a part is placed in the whole:
// each problem of err, at its path below path, is built and given to add
// if keep (when not nil) says so. keep is asked first, with the problem's
// path, so that a problem not kept costs no message (a suggestion compares
// a name with every key).
func place(p *Package, path string, whole, err error, keep func(path string) bool, add func(*FieldError)) {
	switch e := err.(type) {
	case nil:
	case *FieldError:
		at := joinTail(path, e.Path)
		if keep != nil && !keep(at) {
			return
		}
		c := *e
		c.Path = at
		if whole != nil {
			c.whole = whole
		}
		add(&c)
	case *ParseError:
		if keep != nil && !keep(path) {
			return
		}
		add(&FieldError{Path: path, Reason: e.Describe(), Err: e, pkg: e.pkg, whole: whole})
	case *problem.Error:
		// Transitional, while the module moves to problem.Error: a problem
		// found by a package's own checks is placed as a FieldError of the
		// same path, value, English reason and sentinel. Its Code goes with
		// the move.
		at := joinTail(path, e.Path)
		if keep != nil && !keep(at) {
			return
		}
		add(&FieldError{Path: at, Value: e.Value, Reason: e.Reason(lang.English), Line: e.Line, Column: e.Column, Err: e, pkg: p.Name, whole: whole})
	case interface{ Unwrap() []error }:
		for _, inner := range e.Unwrap() {
			place(p, path, whole, inner, keep, add)
		}
	default:
		if keep != nil && !keep(path) {
			return
		}
		add(&FieldError{Path: path, Reason: err.Error(), Err: err, pkg: p.Name, whole: whole})
	}
}
