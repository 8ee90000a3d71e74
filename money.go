package societal

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// Money is sums of money keyed by currency code ("EUR"), as
// partnership.Amount states it: amounts in different currencies are kept
// apart, never summed nor converted. An empty Money is no money. Its JSON
// is an object keyed by currency, each amount a decimal string
// ({"EUR":"15000"}). A Money is not safe for concurrent mutation; reads
// are safe.
type Money map[string]decimal.Decimal

// Add adds value in currency to m. A value that is not positive or out of
// the module's bounds (evaluation.MaxDigits), or an empty currency, adds
// nothing: only valued amounts are summed.
func (m Money) Add(currency string, value decimal.Decimal) {
	if k, _ := wire.DecimalProblem(value); value.Sign() <= 0 || currency == "" || k != nil {
		return
	}
	if v, ok := m[currency]; ok {
		m[currency] = v.Add(value)
		return
	}
	m[currency] = value
}

// Currencies returns m's currencies in byte order.
func (m Money) Currencies() []string {
	out := make([]string, 0, len(m))
	for c := range m {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// Label writes m in l, one amount per currency in byte order, "15 000 EUR
// ; 2 000 CHF" in French: never summed across currencies. "" for no
// money.
func (m Money) Label(l lang.Lang) string {
	var out []string
	for _, c := range m.Currencies() {
		out = append(out, l.Money(m[c], c))
	}
	return strings.Join(out, l.Semicolon())
}

// Contribution is one contribution of a dossier's partnership as its
// report counts the money: the lever it supplies, the kind of partner that
// brings it, and its amount, zero with no currency when it is not valued
// (a skills contribution, say). A plain value, safe for concurrent use.
type Contribution struct {
	Lever       innovation.Lever `json:"lever"`              // the lever it supplies
	PartnerKind partnership.Kind `json:"partner_kind"`       // the kind of the partner that brings it
	Value       decimal.Decimal  `json:"value,omitzero"`     // its amount; zero when not valued
	Currency    string           `json:"currency,omitempty"` // the currency of Value; "" when not valued
}

// contributionsOf returns the contributions of p as a report counts them,
// in p's order; nil for no partnership.
func contributionsOf(p *partnership.Partnership) []Contribution {
	if p == nil {
		return nil
	}
	cs := p.Contributions()
	out := make([]Contribution, len(cs))
	for i, c := range cs {
		partner, _ := p.Partner(c.Partner)
		out[i] = Contribution{Lever: c.Lever, PartnerKind: partner.Kind, Value: c.Amount.Value, Currency: c.Amount.Currency}
	}
	return out
}

// moneyBy sums the contributions of r per value of key (a lever, a kind of
// partner), in the order of values: how many there are and their valued
// amounts, each currency apart.
func moneyBy[K comparable](cs []Contribution, values []K, key func(Contribution) K) (counts []int, sums []Money) {
	counts, sums = make([]int, len(values)), make([]Money, len(values))
	for i := range values {
		sums[i] = Money{}
	}
	for _, c := range cs {
		if i := slices.Index(values, key(c)); i >= 0 {
			counts[i]++
			sums[i].Add(c.Currency, c.Value)
		}
	}
	return counts, sums
}
