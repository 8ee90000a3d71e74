package wire

import (
	"math/big"
	"strings"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
	"github.com/shopspring/decimal"
)

// decimalBound returns the kind of problem of d out of the module's
// bounds, and the bound, or nil: at most MaxDigits significant digits,
// MaxIntegerDigits before the point and MaxScale after it. The exponent is
// checked first, so that counting digits is cheap for any decimal parsed
// within MaxNumberText.
func decimalBound(d decimal.Decimal) (*problem.Kind, int) {
	exp := int64(d.Exponent())
	switch {
	case exp < -MaxScale:
		return &kindScale, MaxScale
	case exp > MaxIntegerDigits:
		return &kindIntegerDigits, MaxIntegerDigits
	case d.Sign() == 0:
		return nil, 0
	}
	n := countDigits(d)
	switch {
	case n > MaxDigits:
		return &kindDigits, MaxDigits
	case n+exp > MaxIntegerDigits:
		return &kindIntegerDigits, MaxIntegerDigits
	}
	return nil, 0
}

// DecimalProblem returns why d is out of the module's bounds (see
// CheckDecimal): the kind of problem (code "over-limit", ErrLimit) and the
// arguments of its message, or nil. It does not allocate for a decimal
// within them.
func DecimalProblem(d decimal.Decimal) (*problem.Kind, []lang.Arg) {
	if k, bound := decimalBound(d); k != nil {
		return k, []lang.Arg{digits(bound)}
	}
	return nil, nil
}

// countDigits returns the number of digits of d's coefficient, exactly.
// shopspring's NumDigits estimates it with a float logarithm and can be one
// short (NumDigits of 10^15 is 15), so its answer is used only where one
// more digit could not cross a bound; otherwise the coefficient is compared
// with the powers of ten.
func countDigits(d decimal.Decimal) int64 {
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

// CheckDecimal returns the problem of d at path, reported by p, when d is
// out of the module's bounds (code "over-limit", ErrLimit), or nil.
func (p *Package) CheckDecimal(path string, d decimal.Decimal) error {
	if k, bound := decimalBound(d); k != nil {
		return k.New(p.Name, path, "", digits(bound))
	}
	return nil
}

// ParseDecimal parses s, a decimal in the JSON number form ("-1234.5",
// "1e3"; no sign "+", no thousands separator, a point for the decimal
// point), bounded as CheckDecimal says. A text over MaxNumberText bytes or
// out of bounds is a problem of code "over-limit" (ErrLimit); anything else
// that is not a decimal one of code "not-a-number" (ErrInvalid), with a
// hint of the form expected.
func (p *Package) ParseDecimal(path, s string) (decimal.Decimal, error) {
	d, f := parseDecimal(s)
	if f != decimalOK {
		return decimal.Decimal{}, decimalProblem(p.Name, path, s, d, f)
	}
	return d, nil
}

// decimalFault is what is wrong with the text of a decimal, found without
// building a problem: a decoder past MaxProblems only counts it.
type decimalFault byte

const (
	decimalOK     decimalFault = iota
	decimalLong                // over MaxNumberText bytes
	decimalForm                // not a decimal
	decimalBounds              // out of bounds (see decimalBound)
)

// parseDecimal parses s as ParseDecimal does; on decimalBounds it returns
// the decimal parsed, for decimalProblem to say which bound.
func parseDecimal(s string) (decimal.Decimal, decimalFault) {
	if len(s) > MaxNumberText {
		return decimal.Decimal{}, decimalLong
	}
	if end, want := scanNumber(s, 0, true); want != nil || end != len(s) {
		return decimal.Decimal{}, decimalForm
	}
	d, err := decimal.NewFromString(s)
	switch {
	case err != nil:
		return decimal.Decimal{}, decimalForm
	case func() bool { k, _ := decimalBound(d); return k != nil }():
		return d, decimalBounds
	}
	return d, decimalOK
}

// decimalProblem returns the problem, reported by pkg at path, of s, whose
// fault f is not decimalOK, and d, what parseDecimal returned with it.
func decimalProblem(pkg, path, s string, d decimal.Decimal, f decimalFault) *problem.Error {
	switch f {
	case decimalLong:
		return kindNumberTooLong.New(pkg, path, s, digits(len(s)), digits(MaxNumberText))
	case decimalBounds:
		k, bound := decimalBound(d)
		return k.New(pkg, path, s, digits(bound))
	}
	return kindNotANumber.New(pkg, path, s, decimalHint(s))
}

// decimalHint says what form a decimal takes, with what looks wrong in s.
func decimalHint(s string) lang.Text {
	switch {
	case strings.TrimSpace(s) == "":
		return hintEmpty
	case strings.Contains(s, "%"):
		return hintPercent
	case strings.ContainsAny(s, "€$£¥") || strings.Contains(s, "EUR"):
		return hintCurrency
	case strings.Contains(s, ","):
		return hintComma
	case strings.ContainsAny(s, " \u00a0\u202f_'"):
		return hintSpaces
	}
	return hintForm
}

// scanNumber returns the end of the JSON number that begins at b[i]:
// -?int(.digits)?([eE][+-]?digits)?, where int is 0 or digits not starting
// with 0, or any digits when leadingZeros (a number written as a string,
// such as "007.50", is read by ParseDecimal). A malformed number returns the
// offset of the fault and what was wanted there. The number may be
// followed by anything: the caller says whether that is allowed.
func scanNumber[T string | []byte](b T, i int, leadingZeros bool) (end int, want *lang.Text) {
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0' && !leadingZeros:
		i++
	case i < len(b) && b[i] >= '0' && b[i] <= '9':
		i = digitsEnd(b, i)
	default:
		return i, &someDigits
	}
	if i < len(b) && b[i] == '.' {
		j := digitsEnd(b, i+1)
		if j == i+1 {
			return j, &pointDigits
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
			return j, &exponentDigit
		}
		i = j
	}
	return i, nil
}

// digitsEnd returns the end of the run of ASCII digits at b[i].
func digitsEnd[T string | []byte](b T, i int) int {
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i
}
