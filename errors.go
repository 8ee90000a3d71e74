package societal

import (
	"errors"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/problem"
)

// Sentinel errors. Every error the package returns wraps one of them; a
// problem of an input is a *problem.Error, which carries the context. The
// first four are the module's (package problem): the same values in every
// package, so that errors.Is(err, ErrLimit) holds for a limit found
// anywhere in a dossier.
var (
	ErrSyntax  = problem.ErrSyntax  // malformed JSON, a value of the wrong type
	ErrUnknown = problem.ErrUnknown // a key, or a name of an enumeration, the format does not know
	ErrInvalid = problem.ErrInvalid // a value not valid where it was given (an invalid phase, a rubric without a version, …)
	ErrLimit   = problem.ErrLimit   // an input over one of the documented limits
	// ErrDossier: a dossier cannot be decoded or is inconsistent. Every
	// problem DecodeDossier and Dossier.Validate report unwraps to it.
	ErrDossier = errors.New("societal: invalid dossier")
)

// pkg names the package to internal/wire: the prefix of its messages.
// Never modified.
var pkg = &wire.Package{Name: "societal"}
