package wire

import (
	"regexp"
	"strconv"
	"time"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
	"github.com/shopspring/decimal"
)

// Name is the kind of a name, an identifier or a key: a string of at most
// MaxText bytes (Max if it is set, and smaller), on one line, free of
// control characters and of bidirectional controls, and not blank unless
// empty (see CheckName). With NonEmpty, "" is refused ("empty"); with a
// Format, a name that does not match it is refused ("wrong-format"), Want
// saying what is wanted. A name read with a problem is left empty, but for
// the last two, where what was read is kept. "" is written as an absent
// key. A Kind[string].
type Name struct {
	Max      int
	NonEmpty bool
	Format   *regexp.Regexp // the whole name must match it; it implies the rules above
	Want     lang.Text      // what Format asks for, in words
}

func (n Name) max() int {
	if n.Max > 0 {
		return n.Max
	}
	return MaxText
}

func (n Name) read(d *decoder, v *string) {
	s, ok := d.str()
	if !ok {
		return
	}
	if f := findTextFault(s, n.max(), false); f.kind != faultNone {
		if d.room() {
			k, args := f.describe()
			d.add(k.New(d.pkg, d.where(), s, args...))
		}
		return
	}
	*v = s
	switch {
	case n.NonEmpty && s == "":
		d.fail(&kindEmpty, "")
	case n.Format != nil && s != "" && !n.Format.MatchString(s):
		d.fail(&kindWrongFormat, s, n.Want)
	}
}

func (n Name) write(w *writer, v *string) { w.str(*v) }

func (n Name) absent(v *string) bool { return *v == "" }

// Prose is the kind of free text (a reason, a note): a string of at most
// MaxProse bytes, free of control characters other than tab, line feed and
// carriage return (see CheckProse). With NonEmpty, "" is refused
// ("empty"). "" is written as an absent key. A Kind[string].
type Prose struct {
	NonEmpty bool
}

func (p Prose) read(d *decoder, v *string) {
	s, ok := d.str()
	if !ok {
		return
	}
	if f := findTextFault(s, MaxProse, true); f.kind != faultNone {
		if d.room() {
			k, args := f.describe()
			d.add(k.New(d.pkg, d.where(), s, args...))
		}
		return
	}
	*v = s
	if p.NonEmpty && s == "" {
		d.fail(&kindEmpty, "")
	}
}

func (p Prose) write(w *writer, v *string) { w.str(*v) }

func (p Prose) absent(v *string) bool { return *v == "" }

// Bounds bounds a decimal or a whole number: from Min (above it when
// MinExclusive) to Max, each bound optional (nil), refused as
// "out-of-range", unwrapping to Err (ErrInvalid if nil). Every decimal is
// also within the module's limits on digits (see CheckDecimal).
type Bounds struct {
	Min, Max     *decimal.Decimal
	MinExclusive bool
	Err          error
}

// Bound returns a pointer to the decimal s, for a Bounds.
func Bound(s string) *decimal.Decimal {
	d := decimal.RequireFromString(s)
	return &d
}

// outside reports whether v is outside b.
func (b Bounds) outside(v decimal.Decimal) bool {
	return (b.Min != nil && (v.LessThan(*b.Min) || (b.MinExclusive && v.Equal(*b.Min)))) ||
		(b.Max != nil && v.GreaterThan(*b.Max))
}

// problem returns the problem of a value outside b.
func (b Bounds) problem(pkg, path, value string) *problem.Error {
	var k *problem.Kind
	var args []lang.Arg
	switch {
	case b.Min != nil && b.Max != nil:
		k, args = &kindOutside, []lang.Arg{lang.Data(b.Min.String()), lang.Data(b.Max.String())}
	case b.Min != nil && b.MinExclusive:
		k, args = &kindNotAbove, []lang.Arg{lang.Data(b.Min.String())}
	case b.Min != nil:
		k, args = &kindBelow, []lang.Arg{lang.Data(b.Min.String())}
	default:
		k, args = &kindAbove, []lang.Arg{lang.Data(b.Max.String())}
	}
	if b.Err != nil {
		k = &problem.Kind{Code: k.Code, Message: k.Message, Err: b.Err}
	}
	return k.New(pkg, path, value, args...)
}

// Decimal is the kind of a decimal, written as a JSON number or a string
// (written back as a string, "12.50", so that no float rounds it), in plain
// form: digits, a point, an exponent; within the module's limits on digits
// and within Bounds. Zero is written as an absent key, unless Always. A
// Kind[decimal.Decimal].
type Decimal struct {
	Bounds
	Always bool
}

func (k Decimal) read(d *decoder, v *decimal.Decimal) {
	x, ok := d.decimal()
	if !ok {
		return
	}
	*v = x
	if k.outside(x) && d.room() {
		d.add(k.problem(d.pkg, d.where(), x.String()))
	}
}

func (k Decimal) write(w *writer, v *decimal.Decimal) { w.str(v.String()) }

func (k Decimal) absent(v *decimal.Decimal) bool { return !k.Always && v.IsZero() }

// NullDecimal is the kind of a decimal that may be unknown: Valid false
// reads and writes as an absent key. A Kind[decimal.NullDecimal].
type NullDecimal struct{ Decimal Decimal }

func (k NullDecimal) read(d *decoder, v *decimal.NullDecimal) {
	var x decimal.Decimal
	before := d.count()
	k.Decimal.read(d, &x)
	if d.count() == before || !x.IsZero() {
		*v = decimal.NullDecimal{Decimal: x, Valid: true}
	}
}

func (k NullDecimal) write(w *writer, v *decimal.NullDecimal) { k.Decimal.write(w, &v.Decimal) }

func (k NullDecimal) absent(v *decimal.NullDecimal) bool { return !v.Valid }

// Int is the kind of a whole number from Min to Max (a year, a number of
// months), written as a JSON number; with OrZero, 0 is allowed too, below
// Min (0 for "not stated"). A number whose value is whole is read however
// it is written ("2012", "2012.0", "2.012e3"). 0 is written as an absent
// key. A Kind[int].
type Int struct {
	Min, Max int
	OrZero   bool
}

func (k Int) read(d *decoder, v *int) {
	text, ok := d.numberText(aWholeNumber, false)
	if !ok {
		return
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		x, f := parseDecimal(text)
		if f == decimalOK && x.IsInteger() && x.BigInt().IsInt64() {
			n, err = x.IntPart(), nil
		}
	}
	if err != nil || !k.valid(n) {
		if k.OrZero {
			d.fail(&kindNotAYear, text, digits(k.Min), digits(k.Max))
		} else {
			d.fail(&kindNotAWholeNumber, text, digits(k.Min), digits(k.Max))
		}
		return
	}
	*v = int(n)
}

func (k Int) valid(n int64) bool {
	return (n >= int64(k.Min) && n <= int64(k.Max)) || (k.OrZero && n == 0)
}

func (k Int) write(w *writer, v *int) { w.buf = strconv.AppendInt(w.buf, int64(*v), 10) }

func (k Int) absent(v *int) bool { return *v == 0 }

// Bool is the kind of true or false; false is written as an absent key. A
// Kind[bool].
type Bool struct{}

func (Bool) read(d *decoder, v *bool) {
	if b, ok := d.boolean(); ok {
		*v = b
	}
}

func (Bool) write(w *writer, v *bool) {
	if *v {
		w.buf = append(w.buf, "true"...)
	} else {
		w.buf = append(w.buf, "false"...)
	}
}

func (Bool) absent(v *bool) bool { return !*v }

// Time is the kind of a time in RFC 3339, as time.Time writes it:
// "2021-05-01T10:00:00+02:00", with a fraction of a second or not, "Z" or
// an offset; anything else is refused ("not-a-time"), a date that does not
// exist included. The zero time is written as an absent key. A
// Kind[time.Time].
type Time struct{}

// timeFormat is RFC 3339 as the decoder reads it: dates that exist (29
// February in leap years only), hours 00–23, minutes and seconds 00–59,
// offsets to ±23:59, "T" and "Z" in capitals. The schema says the same.
const timeFormat = `^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))` +
	`|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)` +
	`T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`

var timeRE = regexp.MustCompile(timeFormat)

func (Time) read(d *decoder, v *time.Time) {
	s, ok := d.str()
	if !ok {
		return
	}
	var t time.Time
	if len(s) > MaxEcho || !timeRE.MatchString(s) || t.UnmarshalText([]byte(s)) != nil {
		d.fail(&kindNotATime, s)
		return
	}
	*v = t
}

func (Time) write(w *writer, v *time.Time) {
	b, err := v.MarshalText()
	if err != nil || !timeRE.Match(b) {
		w.fail(kindNotATime.New(w.pkg, "", string(b)))
		return
	}
	w.str(string(b))
}

func (Time) absent(v *time.Time) bool { return v.IsZero() }
