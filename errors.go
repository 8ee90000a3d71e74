package societal

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Every error the package returns wraps one of them.
var (
	// ErrUnknown: a text names no value of the enumeration it was parsed as.
	ErrUnknown = errors.New("societal: unknown name")
	// ErrInvalid: a value is not valid where it was given (an invalid phase,
	// a rubric without a version, …).
	ErrInvalid = errors.New("societal: invalid value")
	// ErrDossier: a dossier cannot be decoded or is inconsistent.
	ErrDossier = errors.New("societal: invalid dossier")
	// ErrLimit: an input is over one of the documented limits.
	ErrLimit = errors.New("societal: over limit")
)

// ParseError reports text that names no value of an enumeration. It unwraps
// to ErrUnknown. Errors are not modified once returned: safe for concurrent
// reads.
type ParseError struct {
	Type    string
	Input   string
	Allowed []string
}

func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > 64 {
		cut := 64
		for cut > 0 && !utf8.RuneStart(in[cut]) {
			cut--
		}
		in = in[:cut] + "…"
	}
	return fmt.Sprintf("societal: unknown %s %q (want one of %s)", e.Type, in, strings.Join(e.Allowed, ", "))
}

func (e *ParseError) Unwrap() error { return ErrUnknown }

// FieldError reports one problem of a dossier, at a path into its JSON form
// ("partnership.contributions[0].amount", "evaluations[1].degree"). It
// unwraps to ErrDossier (or ErrLimit) and to the underlying error, so that
// errors.Is also finds the sentinel of the package that found the problem
// (partnership.ErrNegative, evaluation.ErrUnknown, …). Safe for concurrent
// reads.
type FieldError struct {
	Path   string
	Reason string
	Err    error
	limit  bool
}

func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("societal: dossier: ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the sentinel and the underlying cause.
func (e *FieldError) Unwrap() []error {
	s := ErrDossier
	if e.limit {
		s = ErrLimit
	}
	if e.Err == nil {
		return []error{s}
	}
	return []error{s, e.Err}
}

func invalidValue(typ string, v int) error {
	return fmt.Errorf("%w: %s %d", ErrInvalid, typ, v)
}
