package partnership

import (
	"errors"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Sentinel errors. Every error the package returns wraps exactly one of
// them, so callers branch with errors.Is; the problems ([*problem.Error])
// carry the context. ErrSyntax, ErrUnknown, ErrInvalid and ErrLimit are
// package problem's, the same values in every package of the module: a
// partnership's limit within a dossier is societal.ErrLimit too.
var (
	// ErrSyntax: malformed JSON, data after the value, a value of the
	// wrong type.
	ErrSyntax = problem.ErrSyntax
	// ErrUnknown: a text names no value of the enumeration it was parsed as
	// (an unknown actor kind or mode in JSON, …), or a JSON object has a key
	// the format does not know.
	ErrUnknown = problem.ErrUnknown
	// ErrInvalid: a value is not acceptable where it stands (an empty
	// identifier, an invalid lever, a malformed currency code, a period that
	// ends before it starts, a key given twice or a required key missing in
	// JSON, …).
	ErrInvalid = problem.ErrInvalid
	// ErrLimit: an input is over one of the documented limits (JSON size,
	// number of partners, decimal digits or exponent, text length).
	ErrLimit = problem.ErrLimit
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
)

// pkg makes the package's errors. Malformed JSON is ErrInvalid. Never
// modified.
var pkg = &wire.Package{Name: pkgName, Syntax: ErrInvalid, Unknown: ErrUnknown, Invalid: ErrInvalid, Limit: ErrLimit}

// enumErrors makes the errors of the package's enumeration tables: a
// *ParseError for an unknown name, ErrInvalid for an invalid value. Never
// modified.
var enumErrors = &enum.Errors{
	Unknown: func(noun lang.Text, input string, allowed []string) error {
		return pkg.ParseError(noun.In(lang.English), input, allowed)
	},
	Invalid: pkg.InvalidValue,
}

// ParseError reports a text that names no value of an enumeration, as
// internal/wire still builds it: Type, Input and Allowed. It unwraps to
// ErrUnknown. Transitional: the decoders and parsers report
// *problem.Error once internal/wire does, and this alias goes. Safe for
// concurrent reads.
type ParseError = wire.ParseError

// FieldError is the problem the decoder of the package (Decode) and
// internal/wire's checks of names and texts report: Path, Value, Reason,
// Line, Column and Err, unwrapping to its sentinel. Transitional, as
// ParseError. Safe for concurrent reads.
type FieldError = wire.FieldError
