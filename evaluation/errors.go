package evaluation

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
// package problem's, the same values in every package of the module.
var (
	// ErrSyntax: a JSON text is malformed, has trailing data or a value of
	// the wrong type.
	ErrSyntax = problem.ErrSyntax
	// ErrUnknown: a text names no value of the enumeration it was parsed as,
	// or a JSON object has a key the format does not know.
	ErrUnknown = problem.ErrUnknown
	// ErrInvalid: a value passed in is not acceptable: an invalid enumeration
	// value, a negative amount or weight, a target equal to its baseline,
	// weights that sum to zero, a share over 100%, a required key missing or
	// a key given twice in JSON…
	ErrInvalid = problem.ErrInvalid
	// ErrLimit: an input is over a documented limit: a JSON text over
	// MaxJSON bytes, a decimal with more digits than MaxDigits,
	// MaxIntegerDigits or MaxScale allow, a text over MaxText or MaxProse
	// bytes.
	ErrLimit = problem.ErrLimit
	// ErrNoEvidence: nothing could be scored because every criterion or
	// indicator is unknown, unmeasured or not applicable. It is not a zero
	// score: the score is unknown.
	ErrNoEvidence = errors.New("evaluation: no evidence to score")
)

// pkg makes the package's errors; never modified.
var pkg = &wire.Package{Name: pkgName, Syntax: ErrSyntax, Unknown: ErrUnknown, Invalid: ErrInvalid, Limit: ErrLimit}

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

// FieldError is the problem the decoder of the package (Decode) reports,
// as internal/wire still builds it: Path, Value, Reason, Line, Column and
// Err, unwrapping to its sentinel. Transitional, as ParseError. Safe for
// concurrent reads.
type FieldError = wire.FieldError
