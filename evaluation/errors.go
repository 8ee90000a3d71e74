package evaluation

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors. Every error the package returns wraps exactly one of them,
// so callers branch with errors.Is; the typed errors below carry the context.
var (
	// ErrUnknown: a text names no value of the enumeration it was parsed as.
	ErrUnknown = errors.New("evaluation: unknown name")
	// ErrInvalid: a value passed in is not acceptable: an invalid enumeration
	// value, a negative amount or weight, a target equal to its baseline,
	// weights that sum to zero, a share over 100%, a decimal out of bounds…
	ErrInvalid = errors.New("evaluation: invalid value")
	// ErrNoEvidence: nothing could be scored because every criterion or
	// indicator is unknown, unmeasured or not applicable. It is not a zero
	// score: the score is unknown.
	ErrNoEvidence = errors.New("evaluation: no evidence to score")
	// ErrTooLarge: a JSON document is longer than MaxJSONSize.
	ErrTooLarge = errors.New("evaluation: input too large")
	// ErrSyntax: a JSON document is malformed, has unknown fields or
	// trailing data.
	ErrSyntax = errors.New("evaluation: malformed JSON")
)

// ParseError reports text that names no value of an enumeration.
// It unwraps to ErrUnknown. Errors are not modified once returned: safe for
// concurrent reads.
type ParseError struct {
	Type    string   // the enumeration, e.g. "degree"
	Input   string   // the text as given (truncated to 64 bytes in the message)
	Allowed []string // the accepted keys
}

// Error returns "evaluation: unknown <type> "<input>" (want one of …)".
func (e *ParseError) Error() string {
	return fmt.Sprintf("evaluation: unknown %s %s (want one of %s)", e.Type, quote(e.Input), strings.Join(e.Allowed, ", "))
}

// Unwrap returns ErrUnknown.
func (e *ParseError) Unwrap() error { return ErrUnknown }

// FieldError reports one unacceptable field of an input: which field (a path
// such as "indicators[3].target"), the value as text, and why. It unwraps to
// Err: ErrInvalid, ErrUnknown (an unknown enumeration name in JSON) or
// ErrNoEvidence. Safe for concurrent reads.
type FieldError struct {
	Field  string // path of the field, e.g. "indicators[3].target"
	Value  string // the offending value as text; may be empty
	Reason string // what is wrong, in words
	Err    error  // the sentinel
}

// Error returns "evaluation: <field> "<value>": <reason>".
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("evaluation: ")
	b.WriteString(e.Field)
	if e.Value != "" {
		b.WriteString(" ")
		b.WriteString(quote(e.Value))
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns the sentinel the error belongs to.
func (e *FieldError) Unwrap() error { return e.Err }

// quote quotes s with %q, truncated to 64 bytes so that a huge input never
// makes a huge message.
func quote(s string) string {
	if len(s) > 64 {
		return fmt.Sprintf("%q…", s[:64])
	}
	return fmt.Sprintf("%q", s)
}

// invalidValue is the error of MarshalText for an invalid enumeration value.
func invalidValue(typ string, v int) error {
	return fmt.Errorf("%w: %s %d", ErrInvalid, typ, v)
}

// fieldErr returns a *FieldError wrapping ErrInvalid.
func fieldErr(field, value, reason string) error {
	return &FieldError{Field: field, Value: value, Reason: reason, Err: ErrInvalid}
}

// quoted returns strconv.Quote(s) + suffix, built in one allocation for
// the short names findings quote.
func quoted(s, suffix string) string {
	var buf [128]byte
	b := strconv.AppendQuote(buf[:0], s)
	return string(append(b, suffix...))
}

// path joins a list name, an index and a field: path("indicators", 3, "target")
// is "indicators[3].target".
func path(list string, i int, field string) string {
	if field == "" {
		return list + "[" + strconv.Itoa(i) + "]"
	}
	return list + "[" + strconv.Itoa(i) + "]." + field
}
