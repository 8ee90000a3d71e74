package partnership

import (
	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
)

// derived is what New computes once from the spec for the analyses. A
// Partnership cannot change after New, so Coverage, Balance, Diagnose and
// Checklist read these instead of recomputing them on every call; what they
// return is copied from here, never shared. Read-only after New.
type derived struct {
	balance Balance // Balance returns a copy of it
	// suppliers are the IDs of the partners supplying each lever, in the
	// partnership's order, indexed by lever-1.
	suppliers [innovation.NumLevers][]string
	profit    decimal.Decimal // power held by for-profit partners, when power is stated
	holders   []string        // the for-profit partners holding power
	maxProfit decimal.Decimal // the largest share of power of one for-profit partner, when power is stated
	// dev is, per partner, |power·total − amount|: its share of power and its
	// share of the contributions apart, times the total; maxDev is the
	// largest. Set when power is stated and total > 0.
	dev       []decimal.Decimal
	maxDev    decimal.Decimal
	top       []string // the partners bringing the largest valued amount, when total > 0
	stated    bool     // there are partners, and every one states its objectives
	evaluated bool     // a partner supplies the Évaluation lever
	idle      bool     // a partner brings no contribution
	// contributing is the number of partners with a positive valued amount.
	contributing int
}

// derive fills p.derived from a validated spec.
func (p *Partnership) derive() {
	d := &p.derived
	ps := p.spec.Partners
	d.balance = p.computeBalance()
	b := &d.balance
	d.stated = len(ps) > 0
	for i, pt := range ps {
		if len(pt.Objectives) == 0 {
			d.stated = false
		}
		mask := p.levers[i]
		for l := range d.suppliers {
			if mask&(1<<l) != 0 {
				d.suppliers[l] = append(d.suppliers[l], pt.ID)
			}
		}
		if mask&(1<<(innovation.Evaluation-1)) != 0 {
			d.evaluated = true
		}
		if mask == 0 {
			d.idle = true
		}
		if b.Shares[i].Amount.IsPositive() {
			d.contributing++
		}
	}
	if b.PowerStated {
		for i, s := range b.Shares {
			if ps[i].EffectivePurpose() == ForProfit && s.Power.IsPositive() {
				d.profit = d.profit.Add(s.Power)
				d.holders = append(d.holders, s.Partner)
				d.maxProfit = decimal.Max(d.maxProfit, s.Power)
			}
		}
	}
	if !b.Total.IsPositive() {
		return
	}
	if b.PowerStated {
		d.dev = make([]decimal.Decimal, len(b.Shares))
		for i, s := range b.Shares {
			d.dev[i] = s.Power.Mul(b.Total).Sub(s.Amount).Abs()
			d.maxDev = decimal.Max(d.maxDev, d.dev[i])
		}
	}
	var most decimal.Decimal
	for _, s := range b.Shares {
		switch c := s.Amount.Cmp(most); {
		case c > 0:
			most, d.top = s.Amount, append(d.top[:0], s.Partner)
		case c == 0 && s.Amount.IsPositive():
			d.top = append(d.top, s.Partner)
		}
	}
}

// suppliersOf returns the IDs of the partners supplying l (none for an
// invalid lever).
func (d *derived) suppliersOf(l innovation.Lever) []string {
	if !l.IsValid() {
		return nil
	}
	return d.suppliers[l-1]
}
