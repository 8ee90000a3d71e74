package partnership

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
	ErrSyntax  = problem.ErrSyntax  // malformed JSON, a value of the wrong type
	ErrUnknown = problem.ErrUnknown // a key, or a name of an enumeration, the format does not know
	ErrInvalid = problem.ErrInvalid // a value not acceptable where it stands (an empty identifier, a malformed currency code, a period that ends before it starts, …)
	ErrLimit   = problem.ErrLimit   // an input over a documented limit (JSON size, number of partners, decimal digits, text length)
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

// pkg names the package to internal/wire, the prefix of its messages,
// and reports the problems of its enumerations' tables. Never modified.
var pkg = &wire.Package{Name: pkgName}
