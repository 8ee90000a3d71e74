package partnership

import (
	"errors"
	"slices"
	"strconv"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

// Actor is an organisation or a person taking part in a partnership.
// The zero value is not a valid actor (no ID, no kind). Safe for concurrent
// use.
type Actor struct {
	ID   string // unique within a partnership; 1 to MaxText bytes
	Name string // display name; may be empty
	Kind Kind   // what kind of organisation it is
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
// of AG2R LA MONDIALE (004:3077-3083, 004:5709-5723), whose support "s'est
// inscrite dans un cadre strict et une application souple" (004:5715-5717):
// the terms set the frame (a commitment of three years at least, an exit
// strategy, a regular evaluation), and how they are applied is the
// partners' own. Every Fact left Unstated makes the matching checklist
// items Unknown.
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

// termsKeys are the JSON keys of Terms, in the order MarshalJSON writes
// them: every Fact, and "commitment_months". Read only.
var termsKeys = []string{
	"formal", "shared_governance", "cost_sharing", "exit_strategy", "commitment_months", "shared_vision",
	"leadership_support", "dedicated_team", "milestones", "regular_consultation", "regular_evaluation",
}

// fact returns the Fact of t under its JSON key, or nil for
// "commitment_months" or an unknown key.
func (t *Terms) fact(key string) *Fact {
	switch key {
	case "formal":
		return &t.Formal
	case "shared_governance":
		return &t.SharedGovernance
	case "cost_sharing":
		return &t.CostSharing
	case "exit_strategy":
		return &t.ExitStrategy
	case "shared_vision":
		return &t.SharedVision
	case "leadership_support":
		return &t.LeadershipSupport
	case "dedicated_team":
		return &t.DedicatedTeam
	case "milestones":
		return &t.Milestones
	case "regular_consultation":
		return &t.RegularConsultation
	case "regular_evaluation":
		return &t.RegularEvaluation
	}
	return nil
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
	Modes         []Mode         // each at most once
	Scheme        Scheme         // its cooperation schemes; zero: none stated
	Partners      []Partner      // the partners, each with a unique ID
	Contributions []Contribution // what each partner brings, per lever
	Terms         Terms          // the terms of the partnership; zero: not stated
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
// project: its partners, what they bring, how it is run. It is the
// operational side of an alliance: "les alliances sont une intension [sic],
// les partenariats leur traduction opérationnelle" (002:189; MODEL §4.1).
// Build one with New or Decode; it cannot be changed afterwards (accessors
// return copies).
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
// errors.Join; each is a *problem.Error naming the item (`partners[2].id`,
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
// else is done with it. Decode bounds the same lists as it reads them.
func checkSizes(s Spec) error {
	var errs []error
	if n := len(s.Partners); n > MaxPartners {
		errs = append(errs, pkg.TooMany("partners", n, partnersNoun, MaxPartners))
	}
	if n := len(s.Contributions); n > MaxContributions {
		errs = append(errs, pkg.TooMany("contributions", n, contributionsNoun, MaxContributions))
	}
	if n := len(s.Modes); n > maxModes {
		errs = append(errs, pkg.TooMany("modes", n, modesNoun, maxModes))
	}
	for i, pt := range s.Partners {
		if n := len(pt.Objectives); n > maxObjectives {
			errs = append(errs, pkg.TooMany(wire.Path("partners", i, "objectives"), n, objectivesNoun, maxObjectives))
		}
	}
	return errors.Join(errs...)
}

// maxModes and maxObjectives are the most modes a partnership and
// objectives a partner may list before anything else is checked:
// wire.MaxPerValue times the number of values (each may appear once; this
// only bounds the work).
const (
	maxModes      = wire.MaxPerValue * len(modeDefinitions)
	maxObjectives = wire.MaxPerValue * int(ExterneMobilisation)
)

func (p *Partnership) checkHead(errs []error) []error {
	s := &p.spec
	if err := pkg.CheckName("name", s.Name); err != nil {
		errs = append(errs, err)
	}
	if !s.Mission.IsValid() {
		errs = append(errs, pkg.Invalid("mission", s.Mission))
	}
	var seen [8]bool
	for i, m := range s.Modes {
		switch {
		case !m.IsValid():
			errs = append(errs, pkg.Invalid(wire.Path("modes", i), m))
		case seen[m]:
			errs = append(errs, pkg.Twice(wire.Path("modes", i), m.String(), ErrDuplicate))
		default:
			seen[m] = true
		}
	}
	if !s.Scheme.IsValid() {
		errs = append(errs, pkg.Invalid("scheme", s.Scheme))
	}
	return errs
}

// checkPartners checks each partner and indexes it by ID. The path of an
// item is built only for an error.
func (p *Partnership) checkPartners(errs []error) []error {
	var sum decimal.Decimal
	powerOK := true
	for i, pt := range p.spec.Partners {
		j, dup := p.index[pt.ID]
		switch {
		case pt.ID == "":
			errs = append(errs, errMissing.New(pkgName, wire.Path("partners", i, "id"), ""))
		case !validName(pt.ID):
			errs = append(errs, pkg.CheckName(wire.Path("partners", i, "id"), pt.ID))
		case dup:
			errs = append(errs, errPartnerTwice.New(pkgName, wire.Path("partners", i, "id"), pt.ID, lang.Data(wire.Path("partners", j))))
		default:
			p.index[pt.ID] = i
		}
		if !validName(pt.Name) {
			errs = append(errs, pkg.CheckName(wire.Path("partners", i, "name"), pt.Name))
		}
		if !pt.Kind.IsValid() {
			errs = append(errs, errMissingValue.New(pkgName, wire.Path("partners", i, "kind"), "", kindNoun, lang.Int(int(pt.Kind))))
		}
		if pt.Purpose != 0 && !pt.Purpose.IsValid() {
			errs = append(errs, pkg.Invalid(wire.Path("partners", i, "purpose"), pt.Purpose))
		}
		var seen [8]bool
		for j, o := range pt.Objectives {
			switch {
			case !o.IsValid():
				errs = append(errs, pkg.Invalid(wire.Path("partners", i, "objectives", j), o))
			case seen[o]:
				errs = append(errs, pkg.Twice(wire.Path("partners", i, "objectives", j), o.String(), ErrDuplicate))
			default:
				seen[o] = true
			}
		}
		switch k, args := wire.DecimalProblem(pt.Power); {
		case k != nil:
			errs = append(errs, k.New(pkgName, wire.Path("partners", i, "power"), "", args...))
			powerOK = false
		case pt.Power.IsNegative():
			errs = append(errs, errNegativePower.New(pkgName, wire.Path("partners", i, "power"), pt.Power.String()))
			powerOK = false
		case pt.Power.GreaterThan(one):
			errs = append(errs, errPowerAboveOne.New(pkgName, wire.Path("partners", i, "power"), pt.Power.String()))
			powerOK = false
		default:
			sum = sum.Add(pt.Power)
		}
	}
	if powerOK && !sum.IsZero() {
		if !sum.Equal(one) {
			errs = append(errs, errPowerSum.New(pkgName, "partners[*].power", sum.String(), lang.Decimal(sum, -1)))
		} else {
			p.power = true
		}
	}
	return errs
}

// checkContributions checks each contribution and records the levers each
// partner supplies and the currency. The path of an item is built only for
// an error.
func (p *Partnership) checkContributions(errs []error) []error {
	first := -1
	for i, c := range p.spec.Contributions {
		j, ok := p.index[c.Partner]
		switch {
		case ok:
		case c.Partner == "":
			errs = append(errs, errMissing.New(pkgName, wire.Path("contributions", i, "partner"), ""))
		case !validName(c.Partner):
			errs = append(errs, pkg.CheckName(wire.Path("contributions", i, "partner"), c.Partner))
		default:
			errs = append(errs, errNoSuchPartner.New(pkgName, wire.Path("contributions", i, "partner"), c.Partner))
		}
		if !c.Lever.IsValid() {
			errs = append(errs, errMissingValue.New(pkgName, wire.Path("contributions", i, "lever"), "", leverNoun, lang.Int(int(c.Lever))))
		} else if ok {
			p.levers[j] |= 1 << (c.Lever - 1)
		}
		if !c.Kind.IsValid() {
			errs = append(errs, errMissingValue.New(pkgName, wire.Path("contributions", i, "kind"), "", contributionKindNoun, lang.Int(int(c.Kind))))
		}
		n := len(errs)
		errs = c.Amount.check(i, errs)
		if len(errs) == n && c.Amount.Currency != "" {
			if first < 0 {
				first = i
				p.currency = c.Amount.Currency
			} else if c.Amount.Currency != p.currency {
				errs = append(errs, errCurrencies.New(pkgName, wire.Path("contributions", i, "amount", "currency"), c.Amount.Currency,
					lang.Data(wire.Path("contributions", first)), lang.Quote(lang.Data(p.currency))))
			}
		}
		errs = c.Period.check(i, errs)
		if k, args := (wire.Prose{}).Problem(c.Note); k != nil {
			errs = append(errs, k.New(pkgName, wire.Path("contributions", i, "note"), c.Note, args...))
		}
	}
	return errs
}

func checkTerms(t Terms, errs []error) []error {
	for _, key := range termsKeys {
		if f := t.fact(key); f != nil && !f.IsValid() {
			errs = append(errs, pkg.Invalid(wire.Path("terms", key), *f))
		}
	}
	switch {
	case t.CommitmentMonths < 0:
		errs = append(errs, errNegativeMonths.New(pkgName, "terms.commitment_months", strconv.Itoa(t.CommitmentMonths)))
	case t.CommitmentMonths > MaxCommitmentMonths:
		errs = append(errs, errCommitment.New(pkgName, "terms.commitment_months", strconv.Itoa(t.CommitmentMonths), lang.Int(MaxCommitmentMonths)))
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

// validName reports whether s is a valid name (wire.Name): the checks
// above build the path of a problem only when there is one.
func validName(s string) bool {
	k, _ := (wire.Name{}).Problem(s)
	return k == nil
}
