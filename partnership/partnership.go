package partnership

import (
	"errors"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Actor is an organisation or a person taking part in a partnership.
// The zero value is not a valid actor (no ID, no kind). Safe for concurrent
// use.
type Actor struct {
	ID   string // unique within a partnership; 1 to MaxText bytes
	Name string // display name; may be empty
	Kind Kind
	// Purpose overrides Kind.Purpose when non-zero: a foundation created by
	// a company may still be general interest, a societal investor may be a
	// company.
	Purpose Purpose
}

// EffectivePurpose returns a.Purpose if it is set, else a.Kind.Purpose().
func (a Actor) EffectivePurpose() Purpose {
	if a.Purpose != 0 {
		return a.Purpose
	}
	return a.Kind.Purpose()
}

// Partner is an actor as a member of one partnership: what it seeks from it
// and how much of its decision power it holds.
//
// The zero value is not a valid partner. A Partner holds a slice: copy it
// with Clone before changing Objectives of a shared copy. Safe for
// concurrent reads.
type Partner struct {
	Actor
	// Objectives are the quadrants the partner seeks (004:5401-5403); each
	// at most once; may be empty (not stated).
	Objectives []Objective
	// Power is the partner's share of decision power over the partnership,
	// in [0, 1]. Either every partner's Power is zero (power not stated) or
	// the shares sum to exactly 1.
	Power decimal.Decimal
}

// Clone returns a deep copy of p.
func (p Partner) Clone() Partner {
	p.Objectives = slices.Clone(p.Objectives)
	return p
}

// Terms are what the caller knows of how the partnership is run: the
// practices the success factors call for (001:29-33) and the funder practice
// of AG2R LA MONDIALE (004:3077-3083, 004:5709-5723). Every Fact left
// Unstated makes the matching checklist items Unknown.
//
// The zero value states nothing. Safe for concurrent use.
type Terms struct {
	// Formal: the agreement is formalised and legally valid (001:31).
	Formal Fact
	// SharedGovernance: a clear common governance of the project (001:31).
	SharedGovernance Fact
	// CostSharing: rules for sharing costs and benefits are set (001:31).
	CostSharing Fact
	// ExitStrategy: an exit strategy was anticipated up front ("anticipant
	// en amont une stratégie de sortie du partenariat", 004:5713-5715).
	ExitStrategy Fact
	// CommitmentMonths is the length of the partners' commitment in months;
	// 0 is not stated. AG2R commits "sur 3 ans minimum" (004:3079).
	CommitmentMonths int
	// SharedVision: a common, shared vision answering each partner's
	// strategic stakes, with mutual trust (001:29).
	SharedVision Fact
	// LeadershipSupport: each partner's top management supports it (001:29).
	LeadershipSupport Fact
	// DedicatedTeam: a dedicated project team and named referents (001:32).
	DedicatedTeam Fact
	// Milestones: clear, measurable milestones, possibly Go/noGo steps
	// (001:32).
	Milestones Fact
	// RegularConsultation: dedicated times and processes to consult each
	// partner regularly and share information (001:33).
	RegularConsultation Fact
	// RegularEvaluation: the project is evaluated regularly ("une
	// évaluation régulière a été menée", 004:5721).
	RegularEvaluation Fact
}

// Spec describes a partnership as a caller writes it; New validates it and
// returns a Partnership.
//
// The zero value describes an empty partnership. Spec holds slices: it is
// not safe for concurrent mutation.
type Spec struct {
	Name string // may be empty; at most MaxText bytes
	// Mission is the purpose of the project the partnership serves; zero
	// means GeneralInterest, the case of a societal innovation.
	Mission       Purpose
	Modes         []Mode // each at most once
	Scheme        Scheme
	Partners      []Partner
	Contributions []Contribution
	Terms         Terms
}

// Clone returns a deep copy of s.
func (s Spec) Clone() Spec {
	s.Modes = slices.Clone(s.Modes)
	s.Contributions = slices.Clone(s.Contributions)
	if s.Partners != nil {
		ps := make([]Partner, len(s.Partners))
		for i, p := range s.Partners {
			ps[i] = p.Clone()
		}
		s.Partners = ps
	}
	return s
}

// Partnership is a validated description of a partnership around one
// project: its partners, what they bring, how it is run. Build one with New
// or Decode; it cannot be changed afterwards (accessors return copies).
//
// The zero value is an empty partnership (no partner, no contribution,
// mission GeneralInterest) and is usable. A Partnership is safe for
// concurrent use, except UnmarshalJSON, which replaces it.
type Partnership struct {
	spec     Spec
	index    map[string]int // partner ID → index in spec.Partners
	levers   []uint8        // per partner: bit l-1 set if it supplies lever l
	currency string         // the currency of every valued contribution
	power    bool           // whether decision power is stated
	derived  derived        // computed by New for the analyses
}

// New validates s and returns a Partnership holding a deep copy of it;
// s is neither modified nor retained. Every problem is reported, joined with
// errors.Join; each is a *FieldError naming the item (`partners[2].id`,
// `contributions[0].amount.value`) and wrapping one of the sentinels.
func New(s Spec) (*Partnership, error) {
	if err := checkSizes(s); err != nil {
		return nil, err
	}
	return newOwned(s.Clone())
}

// newOwned is New for a spec of which the caller keeps no reference (a
// clone, or one Decode built): it is kept as is.
func newOwned(s Spec) (*Partnership, error) {
	if s.Mission == 0 {
		s.Mission = GeneralInterest
	}
	p := &Partnership{spec: s, index: make(map[string]int, len(s.Partners)), levers: make([]uint8, len(s.Partners))}
	var errs []error
	errs = p.checkHead(errs)
	errs = p.checkPartners(errs)
	errs = p.checkContributions(errs)
	errs = checkTerms(s.Terms, errs)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	p.derive()
	return p, nil
}

// checkSizes refuses a spec over the documented counts before anything
// else is done with it.
func checkSizes(s Spec) error {
	errs := checkCounts(len(s.Partners), len(s.Contributions), len(s.Modes))
	for i, pt := range s.Partners {
		if len(pt.Objectives) > maxObjectives {
			errs = append(errs, fieldErr(idx("partners", i)+".objectives", "", ErrLimit, "%d objectives", len(pt.Objectives)))
		}
	}
	return errors.Join(errs...)
}

// maxObjectives is the most objectives a partner may list before anything
// else is checked: four times the number of objectives (each may appear
// once; this only bounds the work).
const maxObjectives = 4 * int(ExterneMobilisation)

// checkCounts refuses counts of partners, contributions and modes over the
// documented limits.
func checkCounts(partners, contributions, modes int) []error {
	var errs []error
	if partners > MaxPartners {
		errs = append(errs, fieldErr("partners", "", ErrLimit, "%d partners, over the limit of %d", partners, MaxPartners))
	}
	if contributions > MaxContributions {
		errs = append(errs, fieldErr("contributions", "", ErrLimit, "%d contributions, over the limit of %d", contributions, MaxContributions))
	}
	if modes > 4*len(modeDefinitions) {
		errs = append(errs, fieldErr("modes", "", ErrLimit, "%d modes", modes))
	}
	return errs
}

func idx(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }

func (p *Partnership) checkHead(errs []error) []error {
	s := &p.spec
	if err := checkText("name", s.Name, true); err != nil {
		errs = append(errs, err)
	}
	if !s.Mission.IsValid() {
		errs = append(errs, fieldErr("mission", "", ErrInvalid, "invalid purpose %d", s.Mission))
	}
	var seen [8]bool
	for i, m := range s.Modes {
		switch {
		case !m.IsValid():
			errs = append(errs, fieldErr(idx("modes", i), "", ErrInvalid, "invalid mode %d", m))
		case seen[m]:
			errs = append(errs, fieldErr(idx("modes", i), m.String(), ErrDuplicate, "mode given twice"))
		default:
			seen[m] = true
		}
	}
	if !s.Scheme.IsValid() {
		errs = append(errs, fieldErr("scheme", "", ErrInvalid, "invalid scheme bits %d", s.Scheme))
	}
	return errs
}

func (p *Partnership) checkPartners(errs []error) []error {
	one := decimal.New(1, 0)
	sum := decimal.Decimal{}
	powerOK := true
	for i, pt := range p.spec.Partners {
		// The paths are built only for an error.
		at := func(sub string) string { return idx("partners", i) + sub }
		if err := checkTextAt(at, ".id", pt.ID, false); err != nil {
			errs = append(errs, err)
		} else if j, dup := p.index[pt.ID]; dup {
			errs = append(errs, fieldErr(at(".id"), pt.ID, ErrDuplicate, "partner given twice (first at %s)", idx("partners", j)))
		} else {
			p.index[pt.ID] = i
		}
		if err := checkTextAt(at, ".name", pt.Name, true); err != nil {
			errs = append(errs, err)
		}
		if !pt.Kind.IsValid() {
			errs = append(errs, fieldErr(at(".kind"), "", ErrInvalid, "missing or invalid kind %d", pt.Kind))
		}
		if pt.Purpose != 0 && !pt.Purpose.IsValid() {
			errs = append(errs, fieldErr(at(".purpose"), "", ErrInvalid, "invalid purpose %d", pt.Purpose))
		}
		var seen [8]bool
		for j, o := range pt.Objectives {
			switch {
			case !o.IsValid():
				errs = append(errs, fieldErr(at(idx(".objectives", j)), "", ErrInvalid, "invalid objective %d", o))
			case seen[o]:
				errs = append(errs, fieldErr(at(idx(".objectives", j)), o.String(), ErrDuplicate, "objective given twice"))
			default:
				seen[o] = true
			}
		}
		switch err := checkDecimalAt(at, ".power", pt.Power); {
		case err != nil:
			errs = append(errs, err)
			powerOK = false
		case pt.Power.IsNegative():
			errs = append(errs, fieldErr(at(".power"), pt.Power.String(), ErrNegative, "negative share of power"))
			powerOK = false
		case cmpDec(pt.Power, one) > 0:
			errs = append(errs, fieldErr(at(".power"), pt.Power.String(), ErrShares, "share of power above 1"))
			powerOK = false
		default:
			sum = sum.Add(pt.Power)
		}
	}
	if powerOK && !sum.IsZero() {
		if cmpDec(sum, one) != 0 {
			errs = append(errs, fieldErr("partners[*].power", sum.String(), ErrShares, "shares of power sum to %s, not 1 (or leave every share zero when power is not stated)", sum))
		} else {
			p.power = true
		}
	}
	return errs
}

func (p *Partnership) checkContributions(errs []error) []error {
	first := -1
	for i, c := range p.spec.Contributions {
		// The paths are built only for an error.
		at := func(sub string) string { return idx("contributions", i) + sub }
		j, ok := p.index[c.Partner]
		if !ok {
			if err := checkTextAt(at, ".partner", c.Partner, false); err != nil {
				errs = append(errs, err)
			} else {
				errs = append(errs, fieldErr(at(".partner"), c.Partner, ErrUnknownPartner, "no partner has this ID"))
			}
		}
		if !c.Lever.IsValid() {
			errs = append(errs, fieldErr(at(".lever"), "", ErrInvalid, "missing or invalid lever %d", c.Lever))
		} else if ok {
			p.levers[j] |= 1 << (c.Lever - 1)
		}
		if !c.Kind.IsValid() {
			errs = append(errs, fieldErr(at(".kind"), "", ErrInvalid, "missing or invalid contribution kind %d", c.Kind))
		}
		amountErrs := c.Amount.check(func(sub string) string { return at(".amount" + sub) })
		errs = append(errs, amountErrs...)
		if len(amountErrs) == 0 && c.Amount.Currency != "" {
			if first < 0 {
				first = i
				p.currency = c.Amount.Currency
			} else if c.Amount.Currency != p.currency {
				errs = append(errs, fieldErr(at(".amount.currency"), c.Amount.Currency, ErrCurrency,
					"contributions are summed, and %s is in %q", idx("contributions", first), p.currency))
			}
		}
		errs = append(errs, c.Period.check(func(sub string) string { return at(".period" + sub) })...)
		if err := checkTextAt(at, ".note", c.Note, true); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func checkTerms(t Terms, errs []error) []error {
	for _, f := range []struct {
		name string
		v    Fact
	}{
		{"formal", t.Formal}, {"shared_governance", t.SharedGovernance}, {"cost_sharing", t.CostSharing},
		{"exit_strategy", t.ExitStrategy}, {"shared_vision", t.SharedVision},
		{"leadership_support", t.LeadershipSupport}, {"dedicated_team", t.DedicatedTeam},
		{"milestones", t.Milestones}, {"regular_consultation", t.RegularConsultation},
		{"regular_evaluation", t.RegularEvaluation},
	} {
		if !f.v.IsValid() {
			errs = append(errs, fieldErr("terms."+f.name, "", ErrInvalid, "invalid fact %d", f.v))
		}
	}
	switch {
	case t.CommitmentMonths < 0:
		errs = append(errs, fieldErr("terms.commitment_months", strconv.Itoa(t.CommitmentMonths), ErrNegative, "negative commitment"))
	case t.CommitmentMonths > MaxCommitmentMonths:
		errs = append(errs, fieldErr("terms.commitment_months", strconv.Itoa(t.CommitmentMonths), ErrLimit, "over %d months", MaxCommitmentMonths))
	}
	return errs
}

// Spec returns a deep copy of the description p was built from (with
// Mission set to GeneralInterest if it was left zero).
func (p *Partnership) Spec() Spec {
	s := p.spec.Clone()
	if s.Mission == 0 {
		s.Mission = GeneralInterest
	}
	return s
}

// Name returns the partnership's name.
func (p *Partnership) Name() string { return p.spec.Name }

// Mission returns the purpose of the project (GeneralInterest unless the
// Spec said otherwise).
func (p *Partnership) Mission() Purpose {
	if p.spec.Mission == 0 {
		return GeneralInterest
	}
	return p.spec.Mission
}

// Len returns the number of partners.
func (p *Partnership) Len() int { return len(p.spec.Partners) }

// Partner returns a copy of the partner with the given ID, and whether
// there is one.
func (p *Partnership) Partner(id string) (Partner, bool) {
	i, ok := p.index[id]
	if !ok {
		return Partner{}, false
	}
	return p.spec.Partners[i].Clone(), true
}

// Partners returns a deep copy of the partners, in the order given.
func (p *Partnership) Partners() []Partner { return p.Spec().Partners }

// Contributions returns a copy of the contributions, in the order given.
func (p *Partnership) Contributions() []Contribution { return slices.Clone(p.spec.Contributions) }

// Terms returns the terms of the partnership.
func (p *Partnership) Terms() Terms { return p.spec.Terms }

// Currency returns the currency of the valued contributions, or "" if none
// is valued.
func (p *Partnership) Currency() string { return p.currency }

// PowerStated reports whether the shares of decision power are stated (they
// then sum to exactly 1).
func (p *Partnership) PowerStated() bool { return p.power }
