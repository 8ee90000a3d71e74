package societal

import (
	"errors"

	"github.com/seed424036fd/societal/internal/wire"
)

// Sentinel errors. Every error the package returns wraps one of them.
var (
	// ErrUnknown: a text names no value of the enumeration it was parsed as.
	ErrUnknown = errors.New("societal: unknown name")
	// ErrInvalid: a value is not valid where it was given (an invalid phase,
	// a rubric without a version, …).
	ErrInvalid = errors.New("societal: invalid value")
	// ErrDossier: a dossier cannot be decoded or is inconsistent. Every
	// problem DecodeDossier and Dossier.Validate report unwraps to it.
	ErrDossier = errors.New("societal: invalid dossier")
	// ErrLimit: an input is over one of the documented limits.
	ErrLimit = errors.New("societal: over limit")
)

// pkg is the package's error descriptor for internal/wire. Never modified.
var pkg = &wire.Package{Name: "societal", Syntax: ErrDossier, Unknown: ErrUnknown, Invalid: ErrInvalid, Limit: ErrLimit}

// FieldError reports one problem of an input at a path into its JSON form,
// such as "partnership.contributions[0].amount" or "evaluations[1].degree":
// Path, the Value found (cut to 64 bytes), the Reason (what is wrong, what
// was expected, and a suggestion where one can be made), and for malformed
// JSON the Line and Column. It unwraps to Err — the sentinel of the package
// that found the problem (ErrLimit, partnership.ErrNegative,
// evaluation.ErrUnknown, …) — and, for a dossier, to ErrDossier.
//
// It is the same type as innovation.FieldError, evaluation.FieldError and
// partnership.FieldError: one shape across the module. Errors are not
// modified once returned: safe for concurrent reads.
type FieldError = wire.FieldError

// ParseError reports a text that names no value of an enumeration: Type
// (e.g. "evidence"), Input and the keys Allowed; its message suggests the
// closest key. It unwraps to the ErrUnknown of the package whose
// enumeration it is. The same type in every package of the module; safe for
// concurrent reads.
type ParseError = wire.ParseError
