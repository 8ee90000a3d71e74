package evaluation

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Bounds on every decimal the package accepts, checked before any
// arithmetic so that no input (1e999999999, a 10,000-digit number) can make
// a computation hang or exhaust memory.
const (
	// MaxDigits is the largest number of significant digits of an accepted
	// decimal, and the largest number of digits of its integer part.
	MaxDigits = 30
	// MaxScale is the largest number of digits after the decimal point of an
	// accepted decimal.
	MaxScale = 12
)

// checkDecimal returns a *FieldError naming field if d has more than
// MaxDigits significant digits, more than MaxDigits integer digits or more
// than MaxScale decimal places. The exponent and the coefficient's bit
// length are checked first, so that counting digits is always cheap.
func checkDecimal(field string, d decimal.Decimal) error {
	if r := decimalProblem(d); r != "" {
		return fieldErr(field, "", r)
	}
	return nil
}

// checkDecimalAt is checkDecimal for path(list, i, field), built only if d
// is out of bounds.
func checkDecimalAt(list string, i int, field string, d decimal.Decimal) error {
	if r := decimalProblem(d); r != "" {
		return fieldErr(path(list, i, field), "", r)
	}
	return nil
}

// decimalProblem says why d is out of bounds, or returns "". It does not
// allocate for a d within bounds of at most 15 digits.
func decimalProblem(d decimal.Decimal) string {
	exp := d.Exponent()
	if exp < -MaxScale || exp > MaxDigits {
		return "decimal exponent " + strconv.Itoa(int(exp)) + " out of range (at most " + strconv.Itoa(MaxScale) + " decimal places, " + strconv.Itoa(MaxDigits) + " integer digits)"
	}
	if d.Sign() == 0 {
		return ""
	}
	if _, _, ok := small(d); ok && exp < MaxDigits-smallDigits {
		// At most smallDigits digits, one more as NumDigits may count
		// them: within bounds, and nothing left to count.
		return ""
	}
	// |coefficient| ≥ 2^(4·MaxDigits) > 10^MaxDigits, compared at d's own
	// exponent so that nothing is copied or rescaled.
	if b := &bitBound[exp+MaxScale]; d.Cmp(b[0]) >= 0 || d.Cmp(b[1]) <= 0 {
		return "decimal has too many digits (at most " + strconv.Itoa(MaxDigits) + ")"
	}
	n := d.NumDigits()
	if n > MaxDigits || n+int(exp) > MaxDigits {
		return "decimal has too many digits (at most " + strconv.Itoa(MaxDigits) + ")"
	}
	return ""
}

// checkAmount checks d is bounded and not negative.
func checkAmount(field string, d decimal.Decimal) error {
	if err := checkDecimal(field, d); err != nil {
		return err
	}
	if d.Sign() < 0 {
		return fieldErr(field, d.String(), "must not be negative")
	}
	return nil
}

// checkAmountAt is checkAmount for path(list, i, field), built only if d
// is invalid.
func checkAmountAt(list string, i int, field string, d decimal.Decimal) error {
	if err := checkDecimalAt(list, i, field, d); err != nil {
		return err
	}
	if d.Sign() < 0 {
		return fieldErr(path(list, i, field), d.String(), "must not be negative")
	}
	return nil
}
