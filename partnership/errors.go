package partnership

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error the package returns wraps exactly one of them,
// so callers branch with errors.Is; ParseError and FieldError carry the
// context.
var (
	// ErrUnknown: a text names no value of the enumeration it was parsed as
	// (an unknown actor kind or mode in JSON, …).
	ErrUnknown = errors.New("partnership: unknown name")
	// ErrInvalid: a value is not acceptable where it stands (an empty
	// identifier, an invalid lever, a malformed currency code, a period that
	// ends before it starts, malformed JSON, …).
	ErrInvalid = errors.New("partnership: invalid value")
	// ErrDuplicate: the same partner, mode or objective is given twice.
	ErrDuplicate = errors.New("partnership: duplicate")
	// ErrUnknownPartner: a contribution names a partner that is not in the
	// partnership.
	ErrUnknownPartner = errors.New("partnership: unknown partner")
	// ErrNegative: an amount or a share is below zero.
	ErrNegative = errors.New("partnership: negative value")
	// ErrCurrency: amounts in different currencies would have to be summed.
	ErrCurrency = errors.New("partnership: mixed currencies")
	// ErrShares: the shares of decision power do not sum to exactly 1.
	ErrShares = errors.New("partnership: shares do not sum to 1")
	// ErrLimit: an input is over one of the documented limits (JSON size,
	// number of partners, decimal digits or exponent, text length).
	ErrLimit = errors.New("partnership: over limit")
)

// ParseError reports text that names no value of an enumeration.
// It unwraps to ErrUnknown. Errors are not modified once returned: safe for
// concurrent reads.
type ParseError struct {
	Type    string   // the enumeration, e.g. "kind"
	Input   string   // the text as given (truncated to 64 bytes in the message)
	Allowed []string // the accepted keys
}

// Error returns "partnership: unknown <type> "<input>" (want one of …)".
func (e *ParseError) Error() string {
	return fmt.Sprintf("partnership: unknown %s %q (want one of %s)", e.Type, truncate(e.Input), strings.Join(e.Allowed, ", "))
}

// Unwrap returns ErrUnknown.
func (e *ParseError) Unwrap() error { return ErrUnknown }

// FieldError reports one problem with one item of a partnership: Path names
// the item as a JSON path would (`partners[2].id`, `contributions[0].amount`),
// Value quotes what was found, Reason says what is wrong. It unwraps to Err,
// one of the sentinels (or a *ParseError, which unwraps to ErrUnknown).
// Safe for concurrent reads.
type FieldError struct {
	Path   string
	Value  string // may be empty when there is nothing useful to quote
	Reason string
	Err    error
}

// Error returns "partnership: <path> "<value>": <reason>".
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("partnership: ")
	b.WriteString(e.Path)
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", truncate(e.Value))
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns Err.
func (e *FieldError) Unwrap() error { return e.Err }

func fieldErr(path, value string, err error, format string, args ...any) *FieldError {
	return &FieldError{Path: path, Value: value, Reason: fmt.Sprintf(format, args...), Err: err}
}

// truncate shortens s to 64 bytes (on a rune boundary) for messages.
func truncate(s string) string {
	const max = 64
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && (s[i]&0xC0) == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// invalid reports a value v of type typ that is not a member of it.
func invalid(typ string, v int) error {
	return fmt.Errorf("%w: %s %d", ErrInvalid, typ, v)
}
