package evaluation

import (
	"errors"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
)

// Sentinel errors. Every error the package returns wraps exactly one of them,
// so callers branch with errors.Is; the typed errors below carry the context.
var (
	// ErrUnknown: a text names no value of the enumeration it was parsed as,
	// or a JSON object has a key the format does not know.
	ErrUnknown = errors.New("evaluation: unknown name")
	// ErrInvalid: a value passed in is not acceptable: an invalid enumeration
	// value, a negative amount or weight, a target equal to its baseline,
	// weights that sum to zero, a share over 100%, a required key missing or
	// a key given twice in JSON…
	ErrInvalid = errors.New("evaluation: invalid value")
	// ErrNoEvidence: nothing could be scored because every criterion or
	// indicator is unknown, unmeasured or not applicable. It is not a zero
	// score: the score is unknown.
	ErrNoEvidence = errors.New("evaluation: no evidence to score")
	// ErrLimit: an input is over a documented limit: a JSON text over
	// MaxJSON bytes, a decimal with more digits than MaxDigits,
	// MaxIntegerDigits or MaxScale allow, a text over MaxText or MaxProse
	// bytes.
	ErrLimit = errors.New("evaluation: input over a limit")
	// ErrSyntax: a JSON text is malformed, has trailing data or a value of
	// the wrong type.
	ErrSyntax = errors.New("evaluation: malformed JSON")
)

// pkg makes the package's errors; never modified.
var pkg = &wire.Package{Name: "evaluation", Syntax: ErrSyntax, Unknown: ErrUnknown, Invalid: ErrInvalid, Limit: ErrLimit}

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
// enumeration (Type, e.g. "degree"), the text as given (Input; cut to 64
// bytes in the message) and the accepted keys (Allowed). It unwraps to
// ErrUnknown. It is the same type in every package of the module. Errors are
// not modified once returned: safe for concurrent reads.
type ParseError = wire.ParseError

// FieldError reports one problem of an input at a path into it: Path (e.g.
// "indicators[3].target", "budget.evaluation"), Value (what was found, cut
// to 64 bytes; may be empty), Reason (what is wrong, in words), Line and
// Column (where malformed JSON stops being JSON; 0 otherwise) and Err (the
// sentinel: ErrInvalid, ErrUnknown, ErrLimit, ErrSyntax or ErrNoEvidence),
// which it unwraps to. It is the same type in every package of the module.
// Safe for concurrent reads.
type FieldError = wire.FieldError
