package partnership

import (
	"errors"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
)

// Sentinel errors. Every error the package returns wraps exactly one of them,
// so callers branch with errors.Is; ParseError and FieldError carry the
// context.
var (
	// ErrUnknown: a text names no value of the enumeration it was parsed as
	// (an unknown actor kind or mode in JSON, …), or a JSON object has a key
	// the format does not know.
	ErrUnknown = errors.New("partnership: unknown name")
	// ErrInvalid: a value is not acceptable where it stands (an empty
	// identifier, an invalid lever, a malformed currency code, a period that
	// ends before it starts, malformed JSON, a value of the wrong type, a
	// key given twice or a required key missing in JSON, …).
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

// pkg makes the package's errors. Malformed JSON is ErrInvalid. Never
// modified.
var pkg = &wire.Package{Name: "partnership", Syntax: ErrInvalid, Unknown: ErrUnknown, Invalid: ErrInvalid, Limit: ErrLimit}

// enumErrors makes the errors of the package's enumeration tables: a
// *ParseError for an unknown name, ErrInvalid for an invalid value. Never
// modified.
var enumErrors = &enum.Errors{
	Unknown: func(noun lang.Text, input string, allowed []string) error {
		return pkg.ParseError(noun.In(lang.English), input, allowed)
	},
	Invalid: pkg.InvalidValue,
}

// ParseError reports a text that names no value of an enumeration: the
// enumeration (Type, e.g. "kind"), the text as given (Input; cut to 64
// bytes in the message) and the accepted keys (Allowed). Its message
// suggests the closest key for a misspelling. It unwraps to ErrUnknown. It is
// the same type in every package of the module. Errors are not modified once
// returned: safe for concurrent reads.
type ParseError = wire.ParseError

// FieldError reports one problem of a partnership at a path into it, as a
// JSON path would name it: Path (`partners[2].id`,
// `contributions[0].amount.value`), Value (what was found, cut to 64 bytes;
// may be empty), Reason (what is wrong, in words), Line and Column (where
// malformed JSON stops being JSON; 0 otherwise) and Err (one of the
// sentinels, or a *ParseError, which unwraps to ErrUnknown), which it
// unwraps to. It is the same type in every package of the module. Safe for
// concurrent reads.
type FieldError = wire.FieldError
