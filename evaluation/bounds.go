package evaluation

import (
	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/internal/wire"
)

// Limits on every input the package accepts, checked before any arithmetic
// or decoding, so that no input (1e999999999, a 10,000-digit number, a
// document of a gigabyte) can make a computation hang or exhaust memory.
// They are the module's limits (the same in every package, under the same
// names), re-exported here.
const (
	// MaxJSON is the longest JSON text Decode and the UnmarshalJSON methods
	// read, in bytes.
	// Its value is 1 MiB (1 048 576 bytes).
	MaxJSON = wire.MaxJSON
	// MaxText is the longest name (of an indicator, a need, a partner, a
	// population, a unit…), in bytes.
	// Its value is 256 bytes.
	MaxText = wire.MaxText
	// MaxProse is the longest free text (a path travelled, an intuition, a
	// gap, an impact, a value created), in bytes.
	// Its value is 4096 bytes.
	MaxProse = wire.MaxProse
	// MaxDigits is the most significant digits of an accepted decimal.
	// Its value is 30.
	MaxDigits = wire.MaxDigits
	// MaxIntegerDigits is the most digits before the decimal point of an
	// accepted decimal: every value is below 10^18 in absolute value.
	// Its value is 18.
	MaxIntegerDigits = wire.MaxIntegerDigits
	// MaxScale is the most digits after the decimal point of an accepted
	// decimal.
	// Its value is 12.
	MaxScale = wire.MaxScale

	// MaxItems is the most items of each list of a report: its indicators,
	// needs, impacts, partners and common-good values, and the populations
	// and territories of each need.
	MaxItems = 1000
)

// maxEvaluators is the most evaluators a report may list before anything
// else is checked: wire.MaxPerValue per evaluator (each may appear once;
// this only bounds the work).
const maxEvaluators = wire.MaxPerValue * NumEvaluators

// checkEvaluators appends the problem of a report listing n evaluators, if
// they are over maxEvaluators (ErrLimit).
func checkEvaluators(errs []error, n int) []error {
	if n > maxEvaluators {
		errs = append(errs, pkg.TooMany("evaluators", n, evaluatorsNoun, maxEvaluators))
	}
	return errs
}

// checkItems appends the problem of a list of n items at the path of
// steps, if they are over MaxItems (ErrLimit). A report is checked for the
// lengths of its lists before anything else is done with it; Decode bounds
// the same lists as it reads them.
func checkItems(errs []error, n int, steps ...any) []error {
	if n > MaxItems {
		errs = append(errs, pkg.TooMany(wire.Path(steps...), n, itemsNoun, MaxItems))
	}
	return errs
}

// The checks below append the problem they find, if any, to errs, as a
// *problem.Error at the path of steps (a wire.Path: "indicators", 3,
// "target"); the path is built only for a problem, so that valid input is
// checked without allocating.

// checkDecimal appends the problem of d if it is out of bounds (ErrLimit).
func checkDecimal(errs []error, d decimal.Decimal, steps ...any) []error {
	if k, args := wire.DecimalProblem(d); k != nil {
		errs = append(errs, k.New(pkgName, wire.Path(steps...), "", args...))
	}
	return errs
}

// checkAmount appends the problem of d as an amount or a weight: out of
// bounds (ErrLimit) or negative (ErrInvalid).
func checkAmount(errs []error, d decimal.Decimal, steps ...any) []error {
	if k, args := wire.DecimalProblem(d); k != nil {
		return append(errs, k.New(pkgName, wire.Path(steps...), "", args...))
	}
	if d.Sign() < 0 {
		errs = append(errs, errNegative.New(pkgName, wire.Path(steps...), d.String()))
	}
	return errs
}

// checkName appends the problem of s as a name (wire.Name): over MaxText
// bytes (ErrLimit), not UTF-8 or with a control character (ErrInvalid).
// Whether it may be empty is the caller's rule.
func checkName(errs []error, s string, steps ...any) []error {
	if k, args := (wire.Name{}).Problem(s); k != nil {
		errs = append(errs, k.New(pkgName, wire.Path(steps...), s, args...))
	}
	return errs
}

// checkProse appends the problem of s as free text (wire.Prose): over
// MaxProse bytes (ErrLimit), not UTF-8 or with a control character other
// than tab and line breaks (ErrInvalid).
func checkProse(errs []error, s string, steps ...any) []error {
	if k, args := (wire.Prose{}).Problem(s); k != nil {
		errs = append(errs, k.New(pkgName, wire.Path(steps...), s, args...))
	}
	return errs
}
