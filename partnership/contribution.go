package partnership

import (
	"iter"
	"strconv"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

// ContributionKind is the nature of what a partner brings: the sources
// distinguish "soutien humain, matériel, et/ou financier" (002:429) and
// support in "compétences et/ou en nature" (003:1181). The zero value is
// invalid. Safe for concurrent use.
type ContributionKind uint8

const (
	// Financial (financier): money.
	Financial ContributionKind = 1 + iota
	// Skills (compétences, "soutien humain"): people's time and expertise,
	// such as skills-based volunteering or advice.
	Skills
	// InKind (en nature, "matériel"): goods, premises, equipment.
	InKind
)

// contributionKindNoun is what messages call the enumeration.
var contributionKindNoun = lang.Text{"nature d'apport", "contribution kind"}

var contributionKinds = enum.Define[ContributionKind](enum.Spec{Type: "ContributionKind", Noun: contributionKindNoun, Pkg: pkg},
	enum.Names{Key: "financier", Label: lang.Text{"Financier", "Financial"}},
	enum.Names{Key: "competences", Label: lang.Text{"Compétences", "Skills"}},
	enum.Names{Key: "nature", Label: lang.Text{"En nature", "In kind"}},
)

// ParseContributionKind returns the contribution kind named by s, or a
// *problem.Error of code "unknown-name" (ErrUnknown).
// Keys: "financier", "competences", "nature".
func ParseContributionKind(s string) (ContributionKind, error) { return contributionKinds.ParseText(s) }

// IsValid reports whether k is one of the three kinds.
func (k ContributionKind) IsValid() bool { return contributionKinds.Valid(k) }

// String returns the ASCII key of k, or "%!ContributionKind(n)".
func (k ContributionKind) String() string { return contributionKinds.Key(k) }

// Label returns the name of k in l.
func (k ContributionKind) Label(l lang.Lang) string {
	return contributionKinds.Label(k, l)
}

// MarshalText returns the ASCII key of k, or an error wrapping ErrInvalid.
func (k ContributionKind) MarshalText() ([]byte, error) { return contributionKinds.MarshalText(k) }

// UnmarshalText parses text with ParseContributionKind. On error k is
// unchanged.
func (k *ContributionKind) UnmarshalText(text []byte) error {
	return contributionKinds.UnmarshalText(k, text)
}

// ContributionKinds yields the three kinds in order.
func ContributionKinds() iter.Seq[ContributionKind] { return contributionKinds.All() }

// Amount is a sum of money: a decimal value and an ISO 4217-style currency
// code (three uppercase ASCII letters, e.g. "EUR"; the code is checked for
// form, not against the ISO list). A skills or in-kind contribution may be
// valued in money too.
//
// The zero value (zero, no currency) means "not valued": the contribution
// counts for coverage but not for the shares of contributions. A non-zero
// Value needs a Currency. Amount is a value, safe for concurrent use.
type Amount struct {
	Value    decimal.Decimal // not negative
	Currency string          // e.g. "EUR"; needed when Value is not zero
}

// IsZero reports whether a is the zero Amount (not valued).
func (a Amount) IsZero() bool { return a.Currency == "" && a.Value.IsZero() }

// String returns "1500 EUR", or "" for the zero Amount.
func (a Amount) String() string {
	if a.IsZero() {
		return ""
	}
	return a.Value.String() + " " + a.Currency
}

func validCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// check appends the problems of a, the amount of contribution i, to errs.
func (a Amount) check(i int, errs []error) []error {
	if k, args := wire.DecimalProblem(a.Value); k != nil {
		errs = append(errs, k.New(pkgName, wire.Path("contributions", i, "amount", "value"), "", args...))
	} else if a.Value.IsNegative() {
		errs = append(errs, errNegativeAmount.New(pkgName, wire.Path("contributions", i, "amount", "value"), a.Value.String()))
	}
	switch {
	case a.Currency == "" && !a.Value.IsZero():
		errs = append(errs, errNoCurrency.New(pkgName, wire.Path("contributions", i, "amount", "currency"), ""))
	case a.Currency != "" && !validCurrency(a.Currency):
		errs = append(errs, errCurrency.New(pkgName, wire.Path("contributions", i, "amount", "currency"), a.Currency))
	}
	return errs
}

// Period is the span of a contribution in calendar years, both inclusive
// (the sources date partnerships by year: 1998, 2015, "3 ans minimum",
// 004:2853, 004:2955, 004:3079). The zero value means "not stated"; a
// stated Period has Start in [MinYear, MaxYear] and End either 0 (ongoing)
// or in [Start, MaxYear]. Safe for concurrent use.
type Period struct {
	Start int // first year
	End   int // last year, 0 if ongoing
}

// check appends the problems of p, the period of contribution i, to errs.
func (p Period) check(i int, errs []error) []error {
	if p == (Period{}) {
		return errs
	}
	if p.Start < MinYear || p.Start > MaxYear {
		errs = append(errs, errStartYear.New(pkgName, wire.Path("contributions", i, "period", "start"), strconv.Itoa(p.Start), lang.Data(strconv.Itoa(MinYear)), lang.Data(strconv.Itoa(MaxYear))))
	}
	if p.End != 0 && (p.End < p.Start || p.End > MaxYear) {
		errs = append(errs, errEndYear.New(pkgName, wire.Path("contributions", i, "period", "end"), strconv.Itoa(p.End), lang.Data(strconv.Itoa(MaxYear))))
	}
	return errs
}

// Contribution is what one partner brings to the partnership: a lever of
// support (MODEL §2.1), of a kind, possibly valued, over a period.
//
// The zero value is not a valid contribution (no partner, no lever). A
// Contribution is a value, safe for concurrent use.
type Contribution struct {
	Partner string           // the ID of a partner of the partnership
	Lever   innovation.Lever // the lever it supplies
	Kind    ContributionKind // financial, skills or in kind
	Amount  Amount           // zero: not valued
	Period  Period           // zero: not stated
	Note    string           // free text, at most MaxProse bytes
}
