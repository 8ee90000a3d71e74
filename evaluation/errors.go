package evaluation

import (
	"errors"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/problem"
)

// Sentinel errors. Every error the package returns wraps one of them, so
// callers branch with errors.Is; a problem of an input is a
// *problem.Error, which carries the context. The first four are the
// module's (package problem): the same values in every package.
var (
	ErrSyntax  = problem.ErrSyntax  // malformed JSON, trailing data, a value of the wrong type
	ErrUnknown = problem.ErrUnknown // a key, or a name of an enumeration, the format does not know
	ErrInvalid = problem.ErrInvalid // a value not acceptable: a negative weight, a target equal to its baseline, weights that sum to zero, a share over 100 %, …
	ErrLimit   = problem.ErrLimit   // an input over a documented limit: MaxJSON bytes, MaxDigits, MaxIntegerDigits or MaxScale digits, MaxText or MaxProse bytes
	// ErrNoEvidence: nothing could be scored because every criterion or
	// indicator is unknown, unmeasured or not applicable. It is not a zero
	// score: the score is unknown.
	ErrNoEvidence = errors.New("evaluation: no evidence to score")
)

// pkg names the package to internal/wire, the prefix of its messages,
// and reports the problems of its enumerations' tables. Never modified.
var pkg = &wire.Package{Name: pkgName}
