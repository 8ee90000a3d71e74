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
	exp := d.Exponent()
	if exp < -MaxScale || exp > MaxDigits {
		return fieldErr(field, "", "decimal exponent "+strconv.Itoa(int(exp))+" out of range (at most "+strconv.Itoa(MaxScale)+" decimal places, "+strconv.Itoa(MaxDigits)+" integer digits)")
	}
	if d.Coefficient().BitLen() > 4*MaxDigits { // 10^MaxDigits < 2^(4·MaxDigits)
		return fieldErr(field, "", "decimal has too many digits (at most "+strconv.Itoa(MaxDigits)+")")
	}
	n := d.NumDigits()
	if n > MaxDigits || n+int(exp) > MaxDigits {
		return fieldErr(field, "", "decimal has too many digits (at most "+strconv.Itoa(MaxDigits)+")")
	}
	return nil
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
