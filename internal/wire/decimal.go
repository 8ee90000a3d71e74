package wire

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// DecimalProblem says why d is out of the module's bounds, or returns "":
// at most MaxDigits significant digits, MaxIntegerDigits before the point
// and MaxScale after it. The exponent is checked first, so that counting
// digits is cheap for any decimal parsed within MaxNumberText. The reasons
// are built once, so that a decoder may ask for many.
func DecimalProblem(d decimal.Decimal) (reason string) {
	exp := int64(d.Exponent())
	switch {
	case exp < -MaxScale:
		return reasonScale
	case exp > MaxIntegerDigits:
		return reasonIntegerDigits
	case d.Sign() == 0:
		return ""
	}
	n := digits(d)
	switch {
	case n > MaxDigits:
		return reasonDigits
	case n+exp > MaxIntegerDigits:
		return reasonIntegerDigits
	}
	return ""
}

var (
	reasonScale         = fmt.Sprintf("more than %d digits after the decimal point", MaxScale)
	reasonIntegerDigits = fmt.Sprintf("more than %d digits before the decimal point", MaxIntegerDigits)
	reasonDigits        = fmt.Sprintf("more than %d significant digits", MaxDigits)
)

// digits returns the number of digits of d's coefficient, exactly.
// shopspring's NumDigits estimates it with a float logarithm and can be one
// short (NumDigits of 10^15 is 15), so its answer is used only where one
// more digit could not cross a bound; otherwise the coefficient is compared
// with the powers of ten.
func digits(d decimal.Decimal) int64 {
	n := int64(d.NumDigits())
	if n+1 <= MaxDigits && n+1+int64(d.Exponent()) <= MaxIntegerDigits {
		return n
	}
	c := d.Coefficient()
	c.Abs(c)
	for n > 1 && c.Cmp(powerOfTen(n-1)) < 0 {
		n--
	}
	for c.Cmp(powerOfTen(n)) >= 0 {
		n++
	}
	return n
}

// powerOfTen returns 10^n.
func powerOfTen(n int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil)
}

// CheckDecimal returns a *FieldError of p, wrapping p.Limit, when d is out
// of bounds (see DecimalProblem).
func (p *Package) CheckDecimal(path string, d decimal.Decimal) error {
	if r := DecimalProblem(d); r != "" {
		return p.Field(path, "", r, p.Limit)
	}
	return nil
}

// ParseDecimal parses s, a decimal in the JSON number form ("-1234.5",
// "1e3"; no sign "+", no thousands separator, a point for the decimal
// point), bounded as DecimalProblem says. A text over MaxNumberText bytes
// or out of bounds wraps p.Limit; anything else that is not a decimal wraps
// p.Invalid, with a hint of the form expected.
func (p *Package) ParseDecimal(path, s string) (decimal.Decimal, error) {
	d, f := parseDecimal(s)
	if f != decimalOK {
		return decimal.Decimal{}, p.decimalError(path, s, d, f)
	}
	return d, nil
}

// decimalFault is what is wrong with the text of a decimal, found without
// building a message: a decoder past MaxProblems only counts it.
type decimalFault byte

const (
	decimalOK     decimalFault = iota
	decimalLong                // over MaxNumberText bytes
	decimalForm                // not a decimal
	decimalBounds              // out of bounds (see DecimalProblem)
)

// parseDecimal parses s as ParseDecimal does; on decimalBounds it returns
// the decimal parsed, for decimalError to say which bound.
func parseDecimal(s string) (decimal.Decimal, decimalFault) {
	if len(s) > MaxNumberText {
		return decimal.Decimal{}, decimalLong
	}
	if end, problem := scanNumber(s, 0, true); problem != "" || end != len(s) {
		return decimal.Decimal{}, decimalForm
	}
	d, err := decimal.NewFromString(s)
	switch {
	case err != nil:
		return decimal.Decimal{}, decimalForm
	case DecimalProblem(d) != "":
		return d, decimalBounds
	}
	return d, decimalOK
}

// decimalError returns the *FieldError of p for s, whose fault f is not
// decimalOK, and d, what parseDecimal returned with it.
func (p *Package) decimalError(path, s string, d decimal.Decimal, f decimalFault) *FieldError {
	switch f {
	case decimalLong:
		return p.Fieldf(path, s, p.Limit, "a number of %d characters, over the limit of %d", len(s), MaxNumberText)
	case decimalBounds:
		return p.Field(path, s, DecimalProblem(d), p.Limit)
	}
	return p.Field(path, s, "not a decimal: "+decimalHint(s), p.Invalid)
}

// decimalHint says what form a decimal takes, with what looks wrong in s.
func decimalHint(s string) string {
	const form = `write digits with a point for the decimal part, e.g. "150000.50"`
	switch {
	case strings.TrimSpace(s) == "":
		return "empty; " + form
	case strings.Contains(s, "%"):
		return "no % sign; " + form + ` (a share of 12% is "0.12")`
	case strings.ContainsAny(s, "€$£¥") || strings.Contains(s, "EUR"):
		return "no currency; " + form
	case strings.Contains(s, ","):
		return "no comma; " + form + ", without thousands separators"
	case strings.ContainsAny(s, " \u00a0\u202f_'"):
		return "no spaces or separators; " + form
	}
	return form
}

// scanNumber returns the end of the JSON number that begins at b[i]:
// -?int(.digits)?([eE][+-]?digits)?, where int is 0 or digits not starting
// with 0, or any digits when leadingZeros (a number written as a string,
// such as "007.50", is read by ParseDecimal). A malformed number returns the
// offset of the fault and a reason for a syntax error. The number may be
// followed by anything: the caller says whether that is allowed.
func scanNumber[T string | []byte](b T, i int, leadingZeros bool) (end int, problem string) {
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0' && !leadingZeros:
		i++
	case i < len(b) && b[i] >= '0' && b[i] <= '9':
		i = digitsEnd(b, i)
	default:
		return i, "invalid number (want digits)"
	}
	if i < len(b) && b[i] == '.' {
		j := digitsEnd(b, i+1)
		if j == i+1 {
			return j, "invalid number (want digits after the point)"
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digitsEnd(b, i)
		if j == i {
			return j, "invalid number (want digits in the exponent)"
		}
		i = j
	}
	return i, ""
}

// digitsEnd returns the end of the run of ASCII digits at b[i].
func digitsEnd[T string | []byte](b T, i int) int {
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i
}
