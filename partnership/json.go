package partnership

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
)

// The JSON encoding of a Partnership (see the package documentation,
// # Encoding). Enumerations and decimals are read as raw text here and
// parsed with their path, so that an unknown kind is reported as
// `partners[2].kind "banque"` rather than without a position.

type specJSON struct {
	Name          string             `json:"name,omitempty"`
	Mission       string             `json:"mission,omitempty"`
	Modes         []string           `json:"modes,omitempty"`
	Scheme        string             `json:"scheme,omitempty"`
	Partners      []partnerJSON      `json:"partners"`
	Contributions []contributionJSON `json:"contributions,omitempty"`
	Terms         *termsJSON         `json:"terms,omitempty"`
}

type partnerJSON struct {
	ID         string          `json:"id"`
	Name       string          `json:"name,omitempty"`
	Kind       string          `json:"kind"`
	Purpose    string          `json:"purpose,omitempty"`
	Objectives []string        `json:"objectives,omitempty"`
	Power      json.RawMessage `json:"power,omitempty"`
}

type contributionJSON struct {
	Partner string      `json:"partner"`
	Lever   string      `json:"lever"`
	Kind    string      `json:"kind"`
	Amount  *amountJSON `json:"amount,omitempty"`
	Period  *periodJSON `json:"period,omitempty"`
	Note    string      `json:"note,omitempty"`
}

type amountJSON struct {
	Value    json.RawMessage `json:"value"`
	Currency string          `json:"currency"`
}

type periodJSON struct {
	Start int `json:"start"`
	End   int `json:"end,omitempty"`
}

type termsJSON struct {
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

// Decode reads one partnership from JSON and validates it as New does.
// Input over MaxJSON bytes is refused before it is decoded; unknown fields,
// trailing data, unknown names (wrapping ErrUnknown) and decimals over the
// limits (ErrLimit) are errors naming the item.
func Decode(data []byte) (*Partnership, error) {
	if len(data) > MaxJSON {
		return nil, fieldErr("(input)", "", ErrLimit, "JSON of %d bytes, over the limit of %d", len(data), MaxJSON)
	}
	var w specJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return nil, &FieldError{Path: "(input)", Reason: "malformed JSON: " + err.Error(), Err: ErrInvalid}
	}
	// Only white space may follow; checked on data itself, which spares the
	// decoder a refill of its buffer to meet the end of the input.
	if len(bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n")) != 0 {
		return nil, &FieldError{Path: "(input)", Reason: "data after the JSON value", Err: ErrInvalid}
	}
	s, err := w.spec()
	if err != nil {
		return nil, err
	}
	// s is ours: New's size checks were made on w, and its copy is not needed.
	return newOwned(s)
}

// MarshalJSON writes p in the encoding Decode reads.
func (p *Partnership) MarshalJSON() ([]byte, error) { return json.Marshal(p.wire()) }

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
			pj.Power = json.RawMessage(`"` + pt.Power.String() + `"`)
		}
		w.Partners = append(w.Partners, pj)
	}
	for _, c := range s.Contributions {
		cj := contributionJSON{Partner: c.Partner, Lever: c.Lever.String(), Kind: c.Kind.String(), Note: c.Note}
		if !c.Amount.IsZero() {
			cj.Amount = &amountJSON{Value: json.RawMessage(`"` + c.Amount.Value.String() + `"`), Currency: c.Amount.Currency}
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

// spec converts the wire form, parsing every name and decimal with its
// path; all problems are joined. Paths are built only for an error.
func (w *specJSON) spec() (Spec, error) {
	s := Spec{Name: w.Name}
	if errs := checkCounts(len(w.Partners), len(w.Contributions), len(w.Modes)); len(errs) > 0 {
		return Spec{}, errors.Join(errs...)
	}
	var errs []error
	top := func(sub string) string { return sub }
	if w.Mission != "" {
		parseAt(&s.Mission, top, "mission", w.Mission, ParsePurpose, &errs)
	}
	s.Modes = make([]Mode, len(w.Modes))
	for i, m := range w.Modes {
		parseAt(&s.Modes[i], func(string) string { return idx("modes", i) }, "", m, ParseMode, &errs)
	}
	parseAt(&s.Scheme, top, "scheme", w.Scheme, ParseScheme, &errs)
	s.Partners = make([]Partner, len(w.Partners))
	for i := range w.Partners {
		pj, pt := &w.Partners[i], &s.Partners[i]
		at := func(sub string) string { return idx("partners", i) + sub }
		pt.ID, pt.Name = pj.ID, pj.Name
		parseAt(&pt.Kind, at, ".kind", pj.Kind, ParseKind, &errs)
		if pj.Purpose != "" {
			parseAt(&pt.Purpose, at, ".purpose", pj.Purpose, ParsePurpose, &errs)
		}
		if len(pj.Objectives) > maxObjectives {
			errs = append(errs, fieldErr(at(".objectives"), "", ErrLimit, "%d objectives", len(pj.Objectives)))
		} else {
			pt.Objectives = make([]Objective, len(pj.Objectives))
			for j, o := range pj.Objectives {
				parseAt(&pt.Objectives[j], func(string) string { return at(idx(".objectives", j)) }, "", o, ParseObjective, &errs)
			}
		}
		if d, err := rawDecimal(at, ".power", pj.Power); err != nil {
			errs = append(errs, err)
		} else {
			pt.Power = d
		}
	}
	s.Contributions = make([]Contribution, len(w.Contributions))
	for i := range w.Contributions {
		cj, c := &w.Contributions[i], &s.Contributions[i]
		at := func(sub string) string { return idx("contributions", i) + sub }
		c.Partner, c.Note = cj.Partner, cj.Note
		parseAt(&c.Lever, at, ".lever", cj.Lever, parseLever, &errs)
		parseAt(&c.Kind, at, ".kind", cj.Kind, ParseContributionKind, &errs)
		if cj.Amount != nil {
			c.Amount.Currency = cj.Amount.Currency
			if d, err := rawDecimal(at, ".amount.value", cj.Amount.Value); err != nil {
				errs = append(errs, err)
			} else {
				c.Amount.Value = d
			}
		}
		if cj.Period != nil {
			c.Period = Period{Start: cj.Period.Start, End: cj.Period.End}
		}
	}
	if t := w.Terms; t != nil {
		s.Terms.CommitmentMonths = t.CommitmentMonths
		terms := func(sub string) string { return "terms." + sub }
		for _, f := range [...]struct {
			name string
			text string
			dst  *Fact
		}{
			{"formal", t.Formal, &s.Terms.Formal}, {"shared_governance", t.SharedGovernance, &s.Terms.SharedGovernance},
			{"cost_sharing", t.CostSharing, &s.Terms.CostSharing}, {"exit_strategy", t.ExitStrategy, &s.Terms.ExitStrategy},
			{"shared_vision", t.SharedVision, &s.Terms.SharedVision}, {"leadership_support", t.LeadershipSupport, &s.Terms.LeadershipSupport},
			{"dedicated_team", t.DedicatedTeam, &s.Terms.DedicatedTeam}, {"milestones", t.Milestones, &s.Terms.Milestones},
			{"regular_consultation", t.RegularConsultation, &s.Terms.RegularConsultation},
			{"regular_evaluation", t.RegularEvaluation, &s.Terms.RegularEvaluation},
		} {
			if f.text != "" {
				parseAt(f.dst, terms, f.name, f.text, ParseFact, &errs)
			}
		}
	}
	if len(errs) > 0 {
		return Spec{}, errors.Join(errs...)
	}
	return s, nil
}

// parseAt parses text into *dst, appending to errs a *FieldError naming
// at(sub) if it is not a name parse knows; the path is built only then.
func parseAt[T any](dst *T, at func(sub string) string, sub, text string, parse func(string) (T, error), errs *[]error) {
	v, err := parse(text)
	if err != nil {
		*errs = append(*errs, &FieldError{Path: at(sub), Value: text, Reason: reason(err), Err: err})
		return
	}
	*dst = v
}

// reason is the text of a parse error without the package prefix and the
// quoted input, which FieldError writes itself.
func reason(err error) string {
	var pe *ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("unknown %s (want one of %s)", pe.Type, joinKeys(pe.Allowed))
	}
	return err.Error()
}

func joinKeys(keys []string) string {
	var b bytes.Buffer
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k)
	}
	return b.String()
}

// rawDecimal reads a decimal written as a JSON string or number; absent or
// null is zero. Errors name at(sub), built only then.
func rawDecimal(at func(sub string) string, sub string, raw json.RawMessage) (decimal.Decimal, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return decimal.Decimal{}, nil
	}
	if len(raw) > MaxDecimalText+2 {
		return decimal.Decimal{}, fieldErr(at(sub), string(raw), ErrLimit, "decimal longer than %d bytes", MaxDecimalText)
	}
	var text string
	if t, ok := plainString(raw); ok {
		text = t
	} else if raw[0] == '"' {
		if err := json.Unmarshal(raw, &text); err != nil {
			return decimal.Decimal{}, fieldErr(at(sub), string(raw), ErrInvalid, "not a decimal")
		}
	} else if raw[0] != '-' && (raw[0] < '0' || raw[0] > '9') {
		return decimal.Decimal{}, fieldErr(at(sub), string(raw), ErrInvalid, "not a decimal")
	} else {
		text = string(raw)
	}
	if len(text) <= MaxDecimalText {
		if d, err := decimal.NewFromString(text); err == nil && checkDecimal("", d) == nil {
			return d, nil
		}
	}
	return parseDecimal(at(sub), text)
}

// plainString returns the text of raw, a JSON string, when it is printable
// ASCII without escapes: what json.Unmarshal would give, without its cost.
// ok is false for anything else.
func plainString(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	for _, c := range raw[1 : len(raw)-1] {
		if c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			return "", false
		}
	}
	return string(raw[1 : len(raw)-1]), true
}

// parseLever parses a lever and reports an unknown one as this package's
// *ParseError, so that it unwraps to ErrUnknown like every other name.
func parseLever(s string) (innovation.Lever, error) {
	l, err := innovation.ParseLever(s)
	if err != nil {
		pe := &ParseError{Type: "lever", Input: s}
		var ipe *innovation.ParseError
		if errors.As(err, &ipe) {
			pe.Allowed = ipe.Allowed
		}
		return 0, pe
	}
	return l, nil
}
