package lang

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Arg is a value a [Text] quotes, rendered in the reader's language when the
// text is: a label of the module (every enumeration, a [Text]) or one of
// the values below. Label must not fail.
type Arg interface {
	// Label returns the value as a reader of the language reads it.
	Label(Lang) string
}

// Data quotes s as it stands: the input's own text (a name, a key, a file
// name), which has no language and is never marked.
func Data(s string) Arg { return data(s) }

type data string

func (d data) Label(Lang) string { return string(d) }

// Quoted quotes s as Go's %q does, cut to max bytes on a character
// boundary with "…" when longer (no cut when max ≤ 0): what an input held,
// shown so that control characters and spaces are visible.
func Quoted(s string, max int) Arg { return quoted{s, max} }

type quoted struct {
	s   string
	max int
}

func (q quoted) Label(Lang) string {
	s, cut := q.s, false
	if q.max > 0 && len(s) > q.max {
		n := q.max
		for n > 0 && !runeStart(s[n]) {
			n--
		}
		s, cut = s[:n], true
	}
	if cut {
		return strconv.Quote(s) + "…"
	}
	return strconv.Quote(s)
}

func runeStart(b byte) bool { return b&0xC0 != 0x80 }

// Int quotes n, written as [Lang.Int] writes it.
func Int(n int) Arg { return integer(n) }

type integer int

func (n integer) Label(l Lang) string { return l.Int(int(n)) }

// Decimal quotes d, written as [Lang.Decimal] writes it.
func Decimal(d decimal.Decimal, places int32) Arg { return number{d, places, false} }

// Percent quotes share, written as [Lang.Percent] writes it.
func Percent(share decimal.Decimal, places int32) Arg { return number{share, places, true} }

type number struct {
	d       decimal.Decimal
	places  int32
	percent bool
}

func (n number) Label(l Lang) string {
	if n.percent {
		return l.Percent(n.d, n.places)
	}
	return l.Decimal(n.d, n.places)
}

// Money quotes an amount and its currency, written as [Lang.Money] writes
// them.
func Money(amount decimal.Decimal, currency string) Arg { return money{amount, currency} }

type money struct {
	amount   decimal.Decimal
	currency string
}

func (m money) Label(l Lang) string { return l.Money(m.amount, m.currency) }

// List quotes items joined as [Lang.List] joins them, each rendered in the
// reader's language.
func List[A Arg](items ...A) Arg {
	l := make(list, len(items))
	for i, a := range items {
		l[i] = a
	}
	return l
}

type list []Arg

func (ls list) Label(l Lang) string {
	s := make([]string, len(ls))
	for i, a := range ls {
		s[i] = a.Label(l)
	}
	return l.List(s)
}

// Quote quotes a in the quotation marks of the reader's language, as
// [Lang.Quote] does: « Essaimage », “Scaling”.
func Quote(a Arg) Arg { return quote{a} }

type quote struct{ a Arg }

func (q quote) Label(l Lang) string { return l.Quote(q.a.Label(l)) }
