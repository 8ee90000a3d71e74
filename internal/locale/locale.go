// Package locale formats numbers, percentages, money and lists for a
// reader of the reports, in French or in English. It is the one place of
// the module where a number becomes text a person reads: every report,
// finding and check detail goes through it.
//
// French follows the Imprimerie nationale's rules as French committee notes
// write them: a decimal comma, a narrow no-break space (U+202F) between
// groups of three digits, a no-break space (U+00A0) before "%", before
// the currency and before a colon, and inside guillemets ("12,5 %",
// "500 000 EUR", "Verdict : Prêt", « +++ »). English writes "12.5%",
// "1,000,000" and "500,000 EUR". [D]
//
// The functions are pure and safe for concurrent use.
package locale

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
)

// Separators used in French text.
const (
	// Thin is the narrow no-break space (U+202F) between groups of digits.
	Thin = "\u202f"
	// NoBreak is the no-break space (U+00A0) before "%", ":" and a unit.
	NoBreak = "\u00a0"
)

// Decimal writes d in lang rounded half away from zero to places decimals,
// all of them when places is negative: "1 234,5" (with U+202F) in French,
// "1,234.5" in English. Digits are grouped by three from 1 000 on.
func Decimal(d decimal.Decimal, places int32, lang innovation.Lang) string {
	s := d.String()
	if places >= 0 {
		s = d.StringFixed(places)
	}
	return number(s, lang)
}

// Trimmed writes d like Decimal rounded to at most places decimals, without
// the trailing zeros of the fraction: 0.50 → "0,5", 2.00 → "2".
func Trimmed(d decimal.Decimal, places int32, lang innovation.Lang) string {
	return number(d.Round(places).String(), lang)
}

// Percent writes share (0.125 for 12.5%) as a percentage rounded to at most
// places decimals, trailing zeros dropped: "12,5 %" (no-break space) in
// French, "12.5%" in English.
func Percent(share decimal.Decimal, places int32, lang innovation.Lang) string {
	s := Trimmed(share.Shift(2), places, lang)
	if lang == innovation.English {
		return s + "%"
	}
	return s + NoBreak + "%"
}

// Money writes amount followed by currency ("EUR"): whole amounts without
// decimals, others with two: "500 000 EUR", "1 250,50 EUR" in French,
// "500,000 EUR", "1,250.50 EUR" in English. An empty currency writes the
// amount alone.
func Money(amount decimal.Decimal, currency string, lang innovation.Lang) string {
	var s string
	if amount.Equal(amount.Truncate(0)) {
		s = Decimal(amount, 0, lang)
	} else {
		s = Decimal(amount, 2, lang)
	}
	if currency == "" {
		return s
	}
	if lang == innovation.English {
		return s + " " + currency
	}
	return s + NoBreak + currency
}

// Int writes n in lang, grouped like Decimal: "36", "12 000", "12,000".
func Int(n int, lang innovation.Lang) string { return number(strconv.Itoa(n), lang) }

// List joins items in lang: "a, b et c" in French, "a, b and c" in English
// (no serial comma); one item alone, "" for none.
func List(items []string, lang innovation.Lang) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	and := " et "
	if lang == innovation.English {
		and = " and "
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}

// Colon is what follows a label: " : " in French, its space no-break
// (U+00A0), so the colon never starts a line ("Verdict : Prêt"); ": " in
// English ("Verdict: Ready").
func Colon(lang innovation.Lang) string {
	if lang == innovation.English {
		return ": "
	}
	return NoBreak + ": "
}

// Semicolon separates the items of a list whose items hold commas: " ; "
// in French, its first space no-break; "; " in English.
func Semicolon(lang innovation.Lang) string {
	if lang == innovation.English {
		return "; "
	}
	return NoBreak + "; "
}

// Typeset returns French prose as the sources write it ("Ambition ;
// conditions", "exemple : achat") with the ordinary space before ";",
// ":", "!" and "?" and inside « » made no-break (U+00A0), as the rest of a
// French report writes them. The words are unchanged: a test of the
// source's wording reads the stored text, a reader the typeset one.
func Typeset(s string) string { return typesetter.Replace(s) }

var typesetter = strings.NewReplacer(" ;", NoBreak+";", " :", NoBreak+":", " !", NoBreak+"!", " ?", NoBreak+"?",
	"« ", "«"+NoBreak, " »", NoBreak+"»")

// Guillemets quotes s the French way, « s », with no-break spaces inside.
// English text has no such quotes: each caller says how it quotes there.
func Guillemets(s string) string { return "«" + NoBreak + s + NoBreak + "»" }

// number rewrites s, a decimal in Go's notation ("-1234.5"), in lang.
func number(s string, lang innovation.Lang) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	group, point := Thin, ","
	if lang == innovation.English {
		group, point = ",", "."
	}
	if len(whole) <= 3 {
		// Nothing to group.
		if !hasFrac {
			return sign + whole
		}
		return sign + whole + point + frac
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/3*len(group) + 1)
	b.WriteString(sign)
	first := len(whole) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(whole[:first])
	for i := first; i < len(whole); i += 3 {
		b.WriteString(group)
		b.WriteString(whole[i : i+3])
	}
	if hasFrac {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}
