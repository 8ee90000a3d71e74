package partnership

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Limits on input. Anything over them is refused with an error wrapping
// ErrLimit, before any arithmetic is done on it.
const (
	// MaxJSON is the largest JSON text, in bytes, the decoders accept; larger
	// input is refused before it is decoded.
	MaxJSON = 1 << 20
	// MaxPartners is the most partners a partnership may have.
	MaxPartners = 1000
	// MaxContributions is the most contributions a partnership may have.
	MaxContributions = 10000
	// MaxText is the longest identifier or name, in bytes.
	MaxText = 200
	// MaxDecimalText is the longest text of one decimal in JSON, in bytes.
	MaxDecimalText = 48
	// MaxDigits is the most significant digits of a decimal (amount,
	// share or threshold).
	MaxDigits = 30
	// MaxScale is the most digits after the decimal point.
	MaxScale = 12
	// MaxIntegerDigits is the most digits before the decimal point: amounts
	// are below 10^18.
	MaxIntegerDigits = 18
	// MinYear and MaxYear bound the years of a Period.
	MinYear, MaxYear = 1800, 2200
	// MaxCommitmentMonths bounds Terms.CommitmentMonths (100 years).
	MaxCommitmentMonths = 1200
)

// Precision is the number of digits after the decimal point of every share
// and concentration the package computes (shares are exact to 10^-6 and sum
// to exactly 1).
const Precision = 6

// checkDecimal refuses a decimal over MaxDigits, MaxScale or
// MaxIntegerDigits. It does no arithmetic on d.
func checkDecimal(path string, d decimal.Decimal) error {
	n := d.NumDigits()
	e := d.Exponent()
	switch {
	case n > MaxDigits:
		return fieldErr(path, "", ErrLimit, "%d significant digits, over the limit of %d", n, MaxDigits)
	case e < -MaxScale:
		return fieldErr(path, "", ErrLimit, "more than %d digits after the decimal point", MaxScale)
	case e > MaxIntegerDigits || int64(n)+int64(e) > MaxIntegerDigits:
		return fieldErr(path, "", ErrLimit, "more than %d digits before the decimal point", MaxIntegerDigits)
	}
	return nil
}

// parseDecimal parses one decimal from text, bounded as checkDecimal says.
func parseDecimal(path, s string) (decimal.Decimal, error) {
	if len(s) > MaxDecimalText {
		return decimal.Decimal{}, fieldErr(path, s, ErrLimit, "decimal longer than %d bytes", MaxDecimalText)
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, fieldErr(path, s, ErrInvalid, "not a decimal")
	}
	if err := checkDecimal(path, d); err != nil {
		return decimal.Decimal{}, err
	}
	return d, nil
}

// checkDecimalAt is checkDecimal for the path at(sub), built only if d is
// out of bounds.
func checkDecimalAt(at func(sub string) string, sub string, d decimal.Decimal) error {
	if err := checkDecimal("", d); err != nil {
		if fe, ok := err.(*FieldError); ok {
			fe.Path = at(sub)
		}
		return err
	}
	return nil
}

// checkTextAt is checkText for the path at(sub), built only if s is
// refused.
func checkTextAt(at func(sub string) string, sub, s string, empty bool) error {
	if err := checkText("", s, empty); err != nil {
		if fe, ok := err.(*FieldError); ok {
			fe.Path = at(sub)
		}
		return err
	}
	return nil
}

// checkText refuses an identifier or name that is over MaxText bytes, not
// valid UTF-8 or holds control characters. empty says whether "" is allowed.
func checkText(path, s string, empty bool) error {
	switch {
	case s == "" && !empty:
		return fieldErr(path, "", ErrInvalid, "missing")
	case len(s) > MaxText:
		return fieldErr(path, s, ErrLimit, "longer than %d bytes", MaxText)
	}
	for _, r := range s {
		if r == 0xFFFD || r < 0x20 || (r >= 0x7F && r < 0xA0) {
			return fieldErr(path, s, ErrInvalid, "invalid UTF-8 or control character %s", fmt.Sprintf("%U", r))
		}
	}
	return nil
}
