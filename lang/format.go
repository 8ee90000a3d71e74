package lang

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Separators of French typography.
const (
	thin    = "\u202f" // narrow no-break space, between groups of digits
	noBreak = "\u00a0" // no-break space, before "%", ":" and ";", and inside « »
)

// format is how a language writes numbers and punctuates labels.
type format struct {
	group, point  string // digit grouping and decimal point
	percent, unit string // before "%", before a currency
	colon, semi   string // after a label, between items that hold commas
	and, or       string // before the last item of a list, of a choice
	open, close   string // quotation marks
	typeset       *strings.Replacer
}

// formats holds a row per language. French follows the Imprimerie
// nationale's rules as French committee notes write them: a decimal comma,
// a narrow no-break space between groups of three digits, a no-break space
// before "%", a currency, ":" and ";", and inside guillemets ("12,5 %",
// "500 000 EUR", "Verdict : Prêt", « +++ »). English writes "12.5%",
// "1,000,000", "500,000 EUR" and “quotes”. The pseudo-locale writes
// numbers as English does and marks its one word. [D]
var formats = [...]format{
	French: {group: thin, point: ",", percent: noBreak, unit: noBreak, colon: noBreak + ": ", semi: noBreak + "; ",
		and: " et ", or: " ou ", open: "«" + noBreak, close: noBreak + "»",
		typeset: strings.NewReplacer(" ;", noBreak+";", " :", noBreak+":", " !", noBreak+"!", " ?", noBreak+"?",
			"« ", "«"+noBreak, " »", noBreak+"»")},
	English: {group: ",", point: ".", unit: " ", colon: ": ", semi: "; ", and: " and ", or: " or ", open: "“", close: "”"},
	Pseudo: {group: ",", point: ".", unit: " ", colon: ": ", semi: "; ", and: " " + markOpen + "and" + markClose + " ",
		or: " " + markOpen + "or" + markClose + " ", open: "“", close: "”"},
}

// f returns the format of l; French for an invalid l.
func (l Lang) f() *format {
	if !l.IsValid() {
		return &formats[French]
	}
	return &formats[l]
}

// Decimal writes d in l rounded half away from zero to places decimals, all
// of them when places is negative: "1 234,5" (narrow no-break spaces) in
// French, "1,234.5" in English. Digits are grouped by three from 1 000 on.
func (l Lang) Decimal(d decimal.Decimal, places int32) string {
	s := d.String()
	if places >= 0 {
		s = d.StringFixed(places)
	}
	return l.number(s)
}

// Trimmed writes d like Decimal rounded to at most places decimals, without
// the trailing zeros of the fraction: 0.50 → "0,5", 2.00 → "2".
func (l Lang) Trimmed(d decimal.Decimal, places int32) string {
	return l.number(d.Round(places).String())
}

// Percent writes share (0.125 for 12.5 %) as a percentage rounded to at
// most places decimals, trailing zeros dropped: "12,5 %" in French, "12.5%"
// in English.
func (l Lang) Percent(share decimal.Decimal, places int32) string {
	return l.Trimmed(share.Shift(2), places) + l.f().percent + "%"
}

// Money writes amount followed by currency ("EUR"): whole amounts without
// decimals, others with two: "500 000 EUR", "1 250,50 EUR" in French,
// "500,000 EUR", "1,250.50 EUR" in English. An empty currency writes the
// amount alone.
func (l Lang) Money(amount decimal.Decimal, currency string) string {
	places := int32(2)
	if amount.Equal(amount.Truncate(0)) {
		places = 0
	}
	s := l.Decimal(amount, places)
	if currency == "" {
		return s
	}
	return s + l.f().unit + currency
}

// Int writes n in l, grouped like Decimal: "36", "12 000", "12,000".
func (l Lang) Int(n int) string { return l.number(strconv.Itoa(n)) }

// List joins items in l: "a, b et c" in French, "a, b and c" in English
// (no serial comma); one item alone, "" for none.
func (l Lang) List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + l.f().and + items[len(items)-1]
}

// Or joins the items of a choice in l: "a, b ou c" in French, "a, b or
// c" in English; one item alone, "" for none.
func (l Lang) Or(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + l.f().or + items[len(items)-1]
}

// Colon is what follows a label: " : " in French, its first space
// no-break, so that the colon never starts a line ("Verdict : Prêt");
// ": " in English ("Verdict: Ready").
func (l Lang) Colon() string { return l.f().colon }

// Semicolon separates the items of a list whose items hold commas: " ; "
// in French, its first space no-break; "; " in English.
func (l Lang) Semicolon() string { return l.f().semi }

// Quote returns s in the quotation marks of l: « s » in French (no-break
// spaces inside), “s” in English.
func (l Lang) Quote(s string) string { return l.f().open + s + l.f().close }

// Typeset returns prose written in l with its typography: in French, the
// ordinary space before ";", ":", "!" and "?" and inside « » made no-break,
// as the rest of a French report writes them ("Ambition ; conditions").
// The words are unchanged; other languages are returned as they are. The
// sources' quotations are stored as the sources write them and typeset
// when a report shows them.
func (l Lang) Typeset(s string) string {
	if r := l.f().typeset; r != nil {
		return r.Replace(s)
	}
	return s
}

// number rewrites s, a decimal in Go's notation ("-1234.5"), in l.
func (l Lang) number(s string) string {
	f := l.f()
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.Grow(len(s) + len(s)/3*len(f.group) + 2)
	b.WriteString(sign)
	if len(whole) <= 3 {
		b.WriteString(whole) // nothing to group
	} else {
		first := len(whole) % 3
		if first == 0 {
			first = 3
		}
		b.WriteString(whole[:first])
		for i := first; i < len(whole); i += 3 {
			b.WriteString(f.group)
			b.WriteString(whole[i : i+3])
		}
	}
	if hasFrac {
		b.WriteString(f.point)
		b.WriteString(frac)
	}
	return b.String()
}
