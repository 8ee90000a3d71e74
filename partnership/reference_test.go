package partnership

// The analyses as they were first written, straight decimal arithmetic with
// no cache and no fast path: the reference the optimised ones must match
// bit for bit (see TestPropMatchesReference).

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
)

func refValidate(t Thresholds) error {
	var errs []error
	for i := innovation.Low; i <= innovation.High; i++ {
		n := t.MinSuppliers[i]
		path := "thresholds.min_suppliers[" + i.String() + "]"
		switch {
		case n < 1 || n > MaxPartners:
			errs = append(errs, fieldErr(path, strconv.Itoa(n), ErrInvalid, "want 1 to %d suppliers", MaxPartners))
		case i > innovation.Low && n < t.MinSuppliers[i-1]:
			errs = append(errs, fieldErr(path, strconv.Itoa(n), ErrInvalid, "fewer suppliers than for a lower intensity"))
		}
	}
	one := decimal.New(1, 0)
	for _, d := range []struct {
		name string
		v    decimal.Decimal
	}{{"majority_power", t.MajorityPower}, {"power_gap", t.PowerGap}, {"concentrated_hhi", t.ConcentratedHHI}} {
		path := "thresholds." + d.name
		if err := checkDecimal(path, d.v); err != nil {
			errs = append(errs, err)
		} else if !d.v.IsPositive() || d.v.GreaterThan(one) {
			errs = append(errs, fieldErr(path, d.v.String(), ErrInvalid, "want a share in (0, 1]"))
		}
	}
	if t.MinCommitmentMonths < 0 || t.MinCommitmentMonths > MaxCommitmentMonths {
		errs = append(errs, fieldErr("thresholds.min_commitment_months", strconv.Itoa(t.MinCommitmentMonths), ErrInvalid, "want 0 to %d months", MaxCommitmentMonths))
	}
	return errors.Join(errs...)
}

func (p *Partnership) refCoverage(phase innovation.Phase, needs innovation.Needs, th Thresholds) (Coverage, error) {
	if !phase.IsValid() {
		return Coverage{}, fmt.Errorf("%w: phase %d", ErrInvalid, phase)
	}
	if err := refValidate(th); err != nil {
		return Coverage{}, err
	}
	c := Coverage{Phase: phase}
	for i, need := range needs.Of(phase) {
		need.Lever = innovation.Lever(i + 1)
		c.Levers[i] = p.refCover(need, &th)
	}
	if next, ok := phase.Next(); ok {
		c.Next = next
		for _, need := range needs.Rising(phase) {
			c.Rising = append(c.Rising, p.refCover(need, &th))
		}
	}
	return c, nil
}

func (p *Partnership) refCover(need innovation.Need, th *Thresholds) LeverCoverage {
	lc := LeverCoverage{Need: need}
	bit := uint8(1) << (need.Lever - 1)
	for i, mask := range p.levers {
		if mask&bit != 0 {
			lc.Suppliers = append(lc.Suppliers, p.spec.Partners[i].ID)
		}
	}
	switch n := len(lc.Suppliers); {
	case need.Intensity == innovation.None || !need.Intensity.IsValid():
		lc.Supply = NotNeeded
	case n == 0:
		lc.Supply = Missing
	case n < th.MinSuppliers[need.Intensity]:
		lc.Supply = Thin
	default:
		lc.Supply = Covered
	}
	return lc
}

func (p *Partnership) refBalance() Balance {
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
	var sq decimal.Decimal
	for _, s := range b.Shares {
		sq = sq.Add(s.Amount.Mul(s.Amount))
	}
	b.Concentration = sq.DivRound(b.Total.Mul(b.Total), Precision)
	refApportion(b.Shares, b.Total)
	return b
}

func refApportion(shares []Share, total decimal.Decimal) {
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

func refFinding(r Risk, partners []string, format string, args ...any) Finding {
	return Finding{Risk: r, Severity: r.Severity(), Source: r.Source(), Message: fmt.Sprintf(format, args...), Partners: partners}
}

func refPct(d decimal.Decimal) string {
	s := d.Shift(2).Round(2).String()
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s + "%"
}

func (p *Partnership) refDiagnose(th Thresholds) ([]Finding, error) {
	if err := refValidate(th); err != nil {
		return nil, err
	}
	b := p.refBalance()
	var out []Finding
	ps := p.spec.Partners
	if b.PowerStated {
		var profit decimal.Decimal
		var holders, majority []string
		for i, s := range b.Shares {
			if ps[i].EffectivePurpose() == ForProfit && s.Power.IsPositive() {
				profit = profit.Add(s.Power)
				holders = append(holders, s.Partner)
			}
			if s.Power.GreaterThan(th.MajorityPower) {
				majority = append(majority, s.Partner)
			}
		}
		if p.Mission() == GeneralInterest && profit.GreaterThan(th.MajorityPower) {
			out = append(out, refFinding(MissionDrift, holders,
				"for-profit partners hold %s of the decision power over a general-interest project (threshold %s)", refPct(profit), refPct(th.MajorityPower)))
		}
		if len(majority) > 0 {
			out = append(out, refFinding(PowerImbalance, majority,
				"%s holds more than %s of the decision power", strings.Join(majority, ", "), refPct(th.MajorityPower)))
		}
		if b.Total.IsPositive() {
			var off []string
			gap := th.PowerGap.Mul(b.Total)
			for _, s := range b.Shares {
				if s.Power.Mul(b.Total).Sub(s.Amount).Abs().GreaterThan(gap) {
					off = append(off, s.Partner)
				}
			}
			if len(off) > 0 {
				out = append(out, refFinding(PowerMismatch, off,
					"share of power and share of contributions differ by more than %s for %s", refPct(th.PowerGap), strings.Join(off, ", ")))
			}
		}
	}
	if b.Total.IsPositive() && b.Concentration.GreaterThan(th.ConcentratedHHI) {
		var top []string
		var most decimal.Decimal
		for _, s := range b.Shares {
			switch c := s.Amount.Cmp(most); {
			case c > 0:
				most, top = s.Amount, append(top[:0], s.Partner)
			case c == 0 && s.Amount.IsPositive():
				top = append(top, s.Partner)
			}
		}
		out = append(out, refFinding(Concentration, top,
			"contributions are concentrated: Herfindahl index %s above %s", b.Concentration.StringFixed(3), th.ConcentratedHHI.String()))
	}
	t := p.spec.Terms
	if t.Formal == No {
		out = append(out, refFinding(NoFormalAgreement, nil, "the agreement is not formalised"))
	}
	if t.SharedGovernance == No {
		out = append(out, refFinding(NoSharedGovernance, nil, "the partnership has no common governance"))
	}
	if t.ExitStrategy == No {
		out = append(out, refFinding(NoExitStrategy, nil, "no exit strategy was anticipated"))
	}
	if t.CommitmentMonths > 0 && t.CommitmentMonths < th.MinCommitmentMonths {
		out = append(out, refFinding(ShortCommitment, nil, "commitment of %d months, under %d", t.CommitmentMonths, th.MinCommitmentMonths))
	}
	slices.SortStableFunc(out, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Risk, b.Risk))
	})
	return out, nil
}

func (p *Partnership) refChecklist(th Thresholds) (Checklist, error) {
	if err := refValidate(th); err != nil {
		return Checklist{}, err
	}
	b := p.refBalance()
	fs, _ := p.refDiagnose(th)
	found := map[Risk]bool{}
	for _, f := range fs {
		found[f.Risk] = true
	}
	t := p.spec.Terms
	var c Checklist
	set := func(d Difficulty, st Status, basis string) {
		c.Difficulties[d-1] = Item{Status: st, Source: d.Source(), Basis: basis}
	}
	setF := func(f Factor, st Status, basis string) {
		c.Factors[f-1] = Item{Status: st, Source: f.Source(), Basis: basis}
	}
	stated := len(p.spec.Partners) > 0
	for _, pt := range p.spec.Partners {
		if len(pt.Objectives) == 0 {
			stated = false
		}
	}
	switch {
	case t.SharedVision == No:
		set(Incomprehension, NotMet, "no shared vision")
	case stated:
		set(Incomprehension, Met, "every partner states its objectives")
	default:
		set(Incomprehension, Unknown, "objectives not stated for every partner")
	}
	var evaluated bool
	var contributing int
	for i, mask := range p.levers {
		if mask&(1<<(innovation.Evaluation-1)) != 0 {
			evaluated = true
		}
		if b.Shares[i].Amount.IsPositive() {
			contributing++
		}
	}
	switch {
	case evaluated || t.RegularEvaluation == Yes:
		set(ValeurSociale, Met, "the social value is evaluated")
	case t.RegularEvaluation == No:
		set(ValeurSociale, NotMet, "no evaluation, and no partner supplies the evaluation lever")
	default:
		set(ValeurSociale, Unknown, "evaluation not stated")
	}
	imbalance := found[MissionDrift] || found[PowerImbalance]
	switch {
	case !p.power:
		set(DesequilibrePouvoir, Unknown, "decision power not stated")
	case imbalance:
		set(DesequilibrePouvoir, NotMet, "power is concentrated (see findings)")
	default:
		set(DesequilibrePouvoir, Met, "no partner holds most of the power")
	}
	idle := false
	for _, mask := range p.levers {
		if mask == 0 {
			idle = true
		}
	}
	if idle {
		set(ChoixPartenaire, NotMet, "a partner brings no contribution")
	} else {
		set(ChoixPartenaire, Unknown, "cannot be read from the description")
	}
	long := t.CommitmentMonths > 0 && t.CommitmentMonths >= th.MinCommitmentMonths
	switch {
	case found[ShortCommitment] || t.ExitStrategy == No:
		set(Epuisement, NotMet, "short commitment or no exit strategy")
	case long && t.ExitStrategy == Yes:
		set(Epuisement, Met, "long commitment with an exit strategy")
	default:
		set(Epuisement, Unknown, "commitment or exit strategy not stated")
	}
	set(Defiance, all(t.SharedVision, t.RegularConsultation), "shared vision and regular consultation")
	setF(Construire, all(t.SharedVision, t.LeadershipSupport), "shared vision and top-management support")
	switch {
	case imbalance || found[Concentration]:
		setF(Equilibrer, NotMet, "power or contributions are concentrated (see findings)")
	case p.power && contributing >= 2:
		setF(Equilibrer, Met, "power shared and joint investment")
	default:
		setF(Equilibrer, Unknown, "power or valued contributions not stated")
	}
	setF(Formaliser, all(t.Formal, t.SharedGovernance, t.CostSharing), "formal agreement, common governance, cost-sharing rules")
	setF(Demarrer, all(t.DedicatedTeam, t.Milestones), "dedicated team and measurable milestones")
	setF(Communiquer, all(t.RegularConsultation), "regular consultation")
	return c, nil
}
