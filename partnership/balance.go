package partnership

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Share is one partner's part of the partnership. The zero value names no
// partner. A plain value, safe for concurrent use.
type Share struct {
	Partner string // partner ID
	// Amount is the sum of the partner's valued contributions, in the
	// partnership's currency.
	Amount decimal.Decimal
	// Contribution is Amount over the total, with Precision digits; the
	// shares of all partners sum to exactly 1 (largest-remainder rounding)
	// when anything is valued, and are all zero otherwise.
	Contribution decimal.Decimal
	// Power is the partner's share of decision power, as stated (zero when
	// power is not stated).
	Power decimal.Decimal
}

// Balance is how contributions and power are spread among the partners
// (001:15, 001:30). The zero value is the balance of an empty partnership.
// A Balance holds a slice: safe for concurrent reads.
type Balance struct {
	Currency string          // "" if no contribution is valued
	Total    decimal.Decimal // the sum of all valued contributions
	Shares   []Share         // one per partner, in the partnership's order
	// Concentration is the Herfindahl–Hirschman index of the valued
	// contributions: the sum of the squared exact shares, rounded half up to
	// Precision digits. It lies between 1/n (n partners bringing equal
	// amounts) and 1 (one partner brings everything); zero when nothing is
	// valued.
	Concentration decimal.Decimal
	PowerStated   bool // whether Share.Power is stated
}

// Balance returns the shares of contributions and of decision power per
// partner and the concentration of contributions.
func (p *Partnership) Balance() Balance {
	b := p.derived.balance
	b.Shares = make([]Share, len(b.Shares))
	copy(b.Shares, p.derived.balance.Shares)
	return b
}

// computeBalance computes the Balance of p, once, in New.
func (p *Partnership) computeBalance() Balance {
	ps := p.spec.Partners
	b := Balance{Currency: p.currency, PowerStated: p.power, Shares: make([]Share, len(ps))}
	for i := range ps {
		b.Shares[i] = Share{Partner: ps[i].ID, Power: ps[i].Power}
	}
	for _, c := range p.spec.Contributions {
		if c.Amount.Value.IsZero() {
			continue
		}
		i := p.index[c.Partner]
		b.Shares[i].Amount = b.Shares[i].Amount.Add(c.Amount.Value)
		b.Total = b.Total.Add(c.Amount.Value)
	}
	if !b.Total.IsPositive() {
		return b
	}
	b.Concentration = hhi(b.Shares, b.Total)
	apportion(b.Shares, b.Total)
	return b
}

// hhi returns Σ(aᵢ/T)² = Σaᵢ² / T², rounded half up to Precision digits.
// T is positive.
func hhi(shares []Share, total decimal.Decimal) decimal.Decimal {
	var sq decimal.Decimal
	for _, s := range shares {
		sq = sq.Add(s.Amount.Mul(s.Amount))
	}
	return sq.DivRound(total.Mul(total), Precision)
}

// apportion sets each share's Contribution to Amount/total so that they sum
// to exactly 1: every share is first truncated to Precision digits, then the
// units left over (fewer than the number of partners) go one each to the
// shares with the largest remainders, ties broken by partner ID. No share is
// off by more than one unit of 10^-Precision. total is positive.
func apportion(shares []Share, total decimal.Decimal) {
	rem := make([]decimal.Decimal, len(shares))
	var sum decimal.Decimal
	for i := range shares {
		shares[i].Contribution, rem[i] = shares[i].Amount.QuoRem(total, Precision)
		sum = sum.Add(shares[i].Contribution)
	}
	unit := decimal.New(1, -Precision)
	left := decimal.New(1, 0).Sub(sum).Shift(Precision).IntPart()
	if left <= 0 {
		return
	}
	order := make([]int, len(shares))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := rem[b].Cmp(rem[a]); c != 0 {
			return c
		}
		if c := strings.Compare(shares[a].Partner, shares[b].Partner); c != 0 {
			return c
		}
		return a - b
	})
	for _, i := range order[:min(int(left), len(order))] {
		shares[i].Contribution = shares[i].Contribution.Add(unit)
	}
}
