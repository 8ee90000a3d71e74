package partnership

import (
	"encoding/json"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
)

// The JSON encoding of a Partnership: see the package documentation,
// # Encoding, which lists every key.

// Decode reads one partnership from JSON and validates it as New does.
// It reads the input once, strictly: input over MaxJSON bytes, malformed
// JSON (with its line and column), trailing data, unknown keys (with a
// suggestion for a misspelling), a key given twice in one object, a missing
// required key, values of the wrong type, unknown names (wrapping
// ErrUnknown) and decimals or texts out of bounds (ErrLimit) are errors
// naming the item. What was read is then validated as New does, and its
// problems are added, less those at a path whose reading already failed.
// Every problem is reported at once (errors.Join of *FieldError); only
// malformed JSON stops the reading at its line and column.
func Decode(data []byte) (*Partnership, error) {
	d := wire.NewDecoder(data, pkg, nil)
	p := DecodeFrom(d)
	if err := d.Finish(); err != nil {
		return nil, err
	}
	return p, nil
}

// DecodeFrom reads a partnership at d's position, for the module's own
// decoders (a dossier holds a partnership): wire.Decoder is internal, so
// callers outside the module use Decode. The partnership's problems are
// recorded on d as this package's errors, below d's current path; the
// result is nil if there was any, or if d's problems were at their cap
// (wire.MaxProblems) and the partnership could not be checked.
func DecodeFrom(d *wire.Decoder) *Partnership {
	defer d.Use(d.Use(pkg))
	start := d.Problems()
	s := readSpec(d)
	// s is ours: the lists were bounded as they were read, and no copy is
	// needed. The checks are not run once the problems listed are at their
	// cap: p is then nil, and the whole input refused.
	var p *Partnership
	d.ReportOthers(start, func() (err error) {
		p, err = newOwned(s)
		return err
	})
	if d.Problems() > start {
		return nil
	}
	return p
}

// MarshalJSON writes p in the encoding Decode reads, decimals as JSON
// strings.
func (p Partnership) MarshalJSON() ([]byte, error) { return json.Marshal(p.wire()) }

// UnmarshalJSON replaces *p with the partnership Decode reads from data. On
// error *p is unchanged.
func (p *Partnership) UnmarshalJSON(data []byte) error {
	v, err := Decode(data)
	if err != nil {
		return err
	}
	*p = *v
	return nil
}

// The keys of each object of the encoding, required ones first (the names
// of the terms are termsKeys, with Terms). Never modified. In every object
// a null value is the same as an absent key.
var (
	specKeys         = wire.Keys{Names: []string{"name", "mission", "modes", "scheme", "partners", "contributions", "terms"}}
	partnerKeys      = wire.Keys{Names: []string{"id", "kind", "name", "purpose", "objectives", "power"}, Required: 2}
	contributionKeys = wire.Keys{Names: []string{"partner", "lever", "kind", "amount", "period", "note"}, Required: 3}
	amountKeys       = wire.Keys{Names: []string{"value", "currency"}}
	periodKeys       = wire.Keys{Names: []string{"start", "end"}}
	termsObject      = wire.Keys{Names: termsKeys}
)

// readSpec reads a partnership's object.
func readSpec(d *wire.Decoder) Spec {
	var s Spec
	for key := range d.Object(specKeys) {
		switch key {
		case "name":
			s.Name, _ = d.Text()
		case "mission":
			s.Mission, _ = wire.Enum(d, parsePurposeOrEmpty)
		case "modes":
			for range d.Array(maxModes) {
				m, _ := wire.Enum(d, ParseMode)
				s.Modes = append(s.Modes, m)
			}
		case "scheme":
			s.Scheme, _ = wire.Enum(d, ParseScheme)
		case "partners":
			for range d.Array(MaxPartners) {
				s.Partners = append(s.Partners, readPartner(d))
			}
		case "contributions":
			for range d.Array(MaxContributions) {
				s.Contributions = append(s.Contributions, readContribution(d))
			}
		case "terms":
			s.Terms = readTerms(d)
		}
	}
	return s
}

func readPartner(d *wire.Decoder) Partner {
	var pt Partner
	for key := range d.Object(partnerKeys) {
		switch key {
		case "id":
			pt.ID, _ = d.Text()
		case "kind":
			pt.Kind, _ = wire.Enum(d, ParseKind)
		case "name":
			pt.Name, _ = d.Text()
		case "purpose":
			pt.Purpose, _ = wire.Enum(d, parsePurposeOrEmpty)
		case "objectives":
			for range d.Array(maxObjectives) {
				o, _ := wire.Enum(d, ParseObjective)
				pt.Objectives = append(pt.Objectives, o)
			}
		case "power":
			pt.Power, _ = d.Decimal()
		}
	}
	return pt
}

func readContribution(d *wire.Decoder) Contribution {
	var c Contribution
	for key := range d.Object(contributionKeys) {
		switch key {
		case "partner":
			c.Partner, _ = d.Text()
		case "lever":
			c.Lever, _ = wire.Enum(d, parseLever)
		case "kind":
			c.Kind, _ = wire.Enum(d, ParseContributionKind)
		case "amount":
			for key := range d.Object(amountKeys) {
				switch key {
				case "value":
					c.Amount.Value, _ = d.Decimal()
				case "currency":
					c.Amount.Currency, _ = d.Text()
				}
			}
		case "period":
			for key := range d.Object(periodKeys) {
				switch key {
				case "start":
					c.Period.Start = readInt(d, MaxYear)
				case "end":
					c.Period.End = readInt(d, MaxYear)
				}
			}
		case "note":
			c.Note, _ = d.Prose()
		}
	}
	return c
}

func readTerms(d *wire.Decoder) Terms {
	var t Terms
	for key := range d.Object(termsObject) {
		if f := t.fact(key); f != nil {
			*f, _ = wire.Enum(d, parseFactOrEmpty)
		} else {
			t.CommitmentMonths = readInt(d, MaxCommitmentMonths)
		}
	}
	return t
}

// readInt reads a whole number from 0 to max (a year, 0 for none; a number
// of months); New checks the rest.
func readInt(d *wire.Decoder, max int64) int {
	n, _ := d.Int(0, max)
	return int(n)
}

// parsePurposeOrEmpty is ParsePurpose, with "" for a purpose not stated.
func parsePurposeOrEmpty(s string) (Purpose, error) {
	if s == "" {
		return 0, nil
	}
	return ParsePurpose(s)
}

// parseFactOrEmpty is ParseFact, with "" for Unstated.
func parseFactOrEmpty(s string) (Fact, error) {
	if s == "" {
		return Unstated, nil
	}
	return ParseFact(s)
}

// parseLever parses a lever and reports an unknown one as this package's
// *ParseError, so that it unwraps to ErrUnknown like every other name.
func parseLever(s string) (innovation.Lever, error) {
	l, err := innovation.ParseLever(s)
	if err != nil {
		var keys []string
		for l := range innovation.Levers() {
			keys = append(keys, l.String())
		}
		return 0, pkg.ParseError("lever", s, keys)
	}
	return l, nil
}

// The shapes MarshalJSON writes, with the keys Decode reads.
type (
	specJSON struct {
		Name          string             `json:"name,omitempty"`
		Mission       string             `json:"mission,omitempty"`
		Modes         []string           `json:"modes,omitempty"`
		Scheme        string             `json:"scheme,omitempty"`
		Partners      []partnerJSON      `json:"partners"`
		Contributions []contributionJSON `json:"contributions,omitempty"`
		Terms         *termsJSON         `json:"terms,omitempty"`
	}
	partnerJSON struct {
		ID         string   `json:"id"`
		Name       string   `json:"name,omitempty"`
		Kind       string   `json:"kind"`
		Purpose    string   `json:"purpose,omitempty"`
		Objectives []string `json:"objectives,omitempty"`
		Power      string   `json:"power,omitempty"`
	}
	contributionJSON struct {
		Partner string      `json:"partner"`
		Lever   string      `json:"lever"`
		Kind    string      `json:"kind"`
		Amount  *amountJSON `json:"amount,omitempty"`
		Period  *periodJSON `json:"period,omitempty"`
		Note    string      `json:"note,omitempty"`
	}
	amountJSON struct {
		Value    string `json:"value"`
		Currency string `json:"currency"`
	}
	periodJSON struct {
		Start int `json:"start"`
		End   int `json:"end,omitempty"`
	}
	// termsJSON holds the keys of termsKeys, in that order.
	termsJSON struct {
		Formal              string `json:"formal,omitempty"`
		SharedGovernance    string `json:"shared_governance,omitempty"`
		CostSharing         string `json:"cost_sharing,omitempty"`
		ExitStrategy        string `json:"exit_strategy,omitempty"`
		CommitmentMonths    int    `json:"commitment_months,omitempty"`
		SharedVision        string `json:"shared_vision,omitempty"`
		LeadershipSupport   string `json:"leadership_support,omitempty"`
		DedicatedTeam       string `json:"dedicated_team,omitempty"`
		Milestones          string `json:"milestones,omitempty"`
		RegularConsultation string `json:"regular_consultation,omitempty"`
		RegularEvaluation   string `json:"regular_evaluation,omitempty"`
	}
)

func (p *Partnership) wire() specJSON {
	s := &p.spec
	w := specJSON{Name: s.Name, Mission: p.Mission().String(), Scheme: s.Scheme.String(), Partners: []partnerJSON{}}
	for _, m := range s.Modes {
		w.Modes = append(w.Modes, m.String())
	}
	for _, pt := range s.Partners {
		pj := partnerJSON{ID: pt.ID, Name: pt.Name, Kind: pt.Kind.String()}
		if pt.Purpose != 0 {
			pj.Purpose = pt.Purpose.String()
		}
		for _, o := range pt.Objectives {
			pj.Objectives = append(pj.Objectives, o.String())
		}
		if p.power {
			pj.Power = pt.Power.String()
		}
		w.Partners = append(w.Partners, pj)
	}
	for _, c := range s.Contributions {
		cj := contributionJSON{Partner: c.Partner, Lever: c.Lever.String(), Kind: c.Kind.String(), Note: c.Note}
		if !c.Amount.IsZero() {
			cj.Amount = &amountJSON{Value: c.Amount.Value.String(), Currency: c.Amount.Currency}
		}
		if c.Period != (Period{}) {
			cj.Period = &periodJSON{Start: c.Period.Start, End: c.Period.End}
		}
		w.Contributions = append(w.Contributions, cj)
	}
	if t := s.Terms; t != (Terms{}) {
		fact := func(f Fact) string {
			if f == Unstated {
				return ""
			}
			return f.String()
		}
		w.Terms = &termsJSON{
			Formal: fact(t.Formal), SharedGovernance: fact(t.SharedGovernance), CostSharing: fact(t.CostSharing),
			ExitStrategy: fact(t.ExitStrategy), CommitmentMonths: t.CommitmentMonths,
			SharedVision: fact(t.SharedVision), LeadershipSupport: fact(t.LeadershipSupport),
			DedicatedTeam: fact(t.DedicatedTeam), Milestones: fact(t.Milestones),
			RegularConsultation: fact(t.RegularConsultation), RegularEvaluation: fact(t.RegularEvaluation),
		}
	}
	return w
}
