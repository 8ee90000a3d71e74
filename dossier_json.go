package societal

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
)

// dossierKeys are the keys of a dossier object, in the order MarshalJSON
// writes them. None is required here: a missing name or phase is reported
// by Dossier.validate. Never modified.
var dossierKeys = wire.Keys{Names: []string{"id", "name", "carrier", "phase", "history", "dimensions", "economic_model", "operator_model", "stakeholders", "partnership", "evaluations", "budget"}}

// budgetKeys are the keys of a dossier's budget, all required. Never
// modified.
var budgetKeys = wire.Keys{Names: []string{"total", "evaluation", "capacity_building"}, Required: 3}

// DecodeDossier decodes a dossier from JSON. The format, with stable keys
// (every key but name and phase optional; a null value is the same as an
// absent key):
//
//	{
//	  "id": "fi-2018-007",
//	  "name": "Wimoov",
//	  "carrier": "Wimoov (ex-Voiture & Co)",
//	  "phase": "modelisation",
//	  "history": [{"from": "conception", "to": "experimentation", "kind": "advance", "at": "2012-01-01T00:00:00Z"}, …],
//	  "dimensions": {"solution": "established", "processus": "partial", "modele-economique": "absent"},
//	  "economic_model": "rd",
//	  "operator_model": "partial",
//	  "stakeholders": {"porteur-idee": "+++", "financeurs": "++"},
//	  "partnership": {…},                                         // see partnership.Decode
//	  "evaluations": [{"form": "performance", …}],                // see evaluation.Decode
//	  "budget": {"total": "1200000", "evaluation": "60000", "capacity_building": "150000"}
//	}
//
// Enumerations take their ASCII keys (or labels, in any case); amounts are
// decimal strings (or JSON numbers) in plain form: digits and a point, no
// currency, no thousands separator. The history, when given, is the chain of
// transitions that led to phase (innovation.Transition).
//
// Decoding is strict and bounded: input over MaxJSON bytes, malformed JSON
// (reported with its line and column), unknown keys (with a suggestion for
// a misspelling), a key given twice in one object, unknown names, values
// of the wrong type, an inconsistent history and every invalid part are
// errors. All the problems found are returned at once (errors.Join of
// *problem.Error, each naming its path, e.g.
// "partnership.contributions[0].amount.value"). Each unwraps to ErrDossier
// and to the sentinel of the package that found it (ErrLimit,
// partnership.ErrNegative, evaluation.ErrUnknown, …).
func DecodeDossier(data []byte) (*Dossier, error) {
	d := wire.NewDecoder(data, pkg, ErrDossier)
	dos := readDossier(d)
	if err := d.Finish(); err != nil {
		return nil, err
	}
	return dos, nil
}

// readDossier reads a dossier in one pass; the partnership and the
// evaluations are read (and checked) by their packages on the same Decoder.
// The dossier is then checked as a whole, as Validate does, and the
// problems of members not already reported are added.
func readDossier(d *wire.Decoder) *Dossier {
	dos := &Dossier{}
	failed := map[string]bool{} // keys whose value had a problem
	for key := range d.Object(dossierKeys) {
		before := d.Problems()
		readMember(d, dos, key)
		if d.Problems() > before {
			failed[key] = true
		}
	}
	if d.Malformed() || d.Full() {
		// The dossier was not read to its end, or the problems listed are
		// at their cap: judge nothing more.
		return dos
	}
	// The checks of a whole dossier, less those of the members already
	// reported: a phase that did not parse is not also "missing".
	for _, e := range problemsOf(dos.validate()) {
		if !failed[topKey(e)] {
			d.Report(e)
		}
	}
	return dos
}

// readMember reads the value of one key of a dossier.
func readMember(d *wire.Decoder, dos *Dossier, key string) {
	switch key {
	case "id":
		dos.ID, _ = d.Text()
	case "name":
		dos.Name, _ = d.Text()
	case "carrier":
		dos.Carrier, _ = d.Text()
	case "phase":
		dos.Phase, _ = wire.Enum(d, innovation.ParsePhase)
	case "history":
		for range d.Array(innovation.MaxHistory) {
			if t, ok := innovation.DecodeTransitionFrom(d); ok {
				dos.History = append(dos.History, t)
			}
		}
	case "dimensions":
		readDimensions(d, &dos.Dimensions)
	case "economic_model":
		dos.EconomicModel, _ = wire.Enum(d, parseEconomicModel)
	case "operator_model":
		dos.OperatorModel, _ = wire.Enum(d, ParseEvidence)
	case "stakeholders":
		dos.Stakeholders = readStakeholders(d)
	case "partnership":
		dos.Partnership = partnership.DecodeFrom(d)
	case "evaluations":
		for range d.Array(MaxEvaluations) {
			if r := evaluation.DecodeFrom(d); r != nil {
				dos.Evaluations = append(dos.Evaluations, r)
			}
		}
	case "budget":
		dos.Budget = readBudget(d)
	}
}

// problemsOf returns the problems joined in err, one by one.
func problemsOf(err error) []error {
	switch e := err.(type) {
	case nil:
		return nil
	case *wire.FieldError, *problem.Error:
		return []error{e}
	case interface{ Unwrap() []error }:
		var out []error
		for _, inner := range e.Unwrap() {
			out = append(out, problemsOf(inner)...)
		}
		return out
	}
	return []error{err}
}

// topKey returns the dossier key a problem's path starts with.
func topKey(err error) string {
	var path string
	switch e := err.(type) {
	case *wire.FieldError:
		path = e.Path
	case *problem.Error:
		path = e.Path
	}
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}

// parseEconomicModel is innovation.ParseEconomicModel, with "" for a model
// not stated.
func parseEconomicModel(s string) (innovation.EconomicModel, error) {
	if s == "" {
		return 0, nil
	}
	return innovation.ParseEconomicModel(s)
}

// readDimensions reads the dimensions object: keys are dimensions (keys or
// labels), values evidences; null is the same as an absent key. The same
// dimension named twice, in two spellings, is a problem.
func readDimensions(d *wire.Decoder, ds *Dimensions) {
	for dim := range wire.EnumMap(d, innovation.NumDimensions, innovation.ParseDimension) {
		if d.Null() {
			continue // null is the same as an absent key: not stated
		}
		if e, ok := wire.Enum(d, ParseEvidence); ok {
			*ds.at(dim) = e
		}
	}
}

// readStakeholders reads the stakeholders object: an empty map for {}
// (nobody mobilised). Null, the same as an absent key, is not read: the
// map stays nil (not stated); so is a stakeholder whose value is null. The
// same stakeholder named twice, in two spellings, is a problem.
func readStakeholders(d *wire.Decoder) map[innovation.Stakeholder]innovation.Intensity {
	m := map[innovation.Stakeholder]innovation.Intensity{}
	for s := range wire.EnumMap(d, innovation.NumStakeholders, innovation.ParseStakeholder) {
		if d.Null() {
			continue // null is the same as an absent key
		}
		if in, ok := wire.Enum(d, innovation.ParseIntensity); ok {
			m[s] = in
		}
	}
	return m
}

// readBudget reads a budget: three amounts, all required.
func readBudget(d *wire.Decoder) *evaluation.Budget {
	var b evaluation.Budget
	for key := range d.Object(budgetKeys) {
		switch key {
		case "total":
			b.Total, _ = d.Decimal()
		case "evaluation":
			b.Evaluation, _ = d.Decimal()
		case "capacity_building":
			b.CapacityBuilding, _ = d.Decimal()
		}
	}
	return &b
}

// UnmarshalJSON decodes data as DecodeDossier does and replaces *d; on error
// *d is unchanged.
func (d *Dossier) UnmarshalJSON(data []byte) error {
	v, err := DecodeDossier(data)
	if err != nil {
		return err
	}
	*d = *v
	return nil
}

// dossierJSON is the written form of a Dossier, in the order of dossierKeys.
type dossierJSON struct {
	ID            string                                           `json:"id,omitempty"`
	Name          string                                           `json:"name"`
	Carrier       string                                           `json:"carrier,omitempty"`
	Phase         innovation.Phase                                 `json:"phase"`
	History       []innovation.Transition                          `json:"history,omitempty"`
	Dimensions    map[string]Evidence                              `json:"dimensions,omitempty"`
	EconomicModel string                                           `json:"economic_model,omitempty"`
	OperatorModel string                                           `json:"operator_model,omitempty"`
	Stakeholders  *map[innovation.Stakeholder]innovation.Intensity `json:"stakeholders,omitempty"` // nil: not stated; {}: nobody mobilised
	Partnership   *partnership.Partnership                         `json:"partnership,omitempty"`
	Evaluations   []evaluation.Report                              `json:"evaluations,omitempty"`
	Budget        *budgetJSON                                      `json:"budget,omitempty"`
}

type budgetJSON struct {
	Total            string `json:"total"`
	Evaluation       string `json:"evaluation"`
	CapacityBuilding string `json:"capacity_building"`
}

// MarshalJSON writes d in the format DecodeDossier reads, amounts as
// decimal strings, so that what it writes decodes to d again. An invalid
// dossier is therefore an error, listing the problems Validate reports. It
// has a value receiver, so a Dossier held by value (in a slice, in a
// caller's struct) is written the same way.
func (d Dossier) MarshalJSON() ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("societal: marshal dossier: %w", err)
	}
	j := dossierJSON{ID: d.ID, Name: d.Name, Carrier: d.Carrier, Phase: d.Phase, History: d.History,
		Partnership: d.Partnership, Evaluations: d.Evaluations}
	if d.Stakeholders != nil {
		j.Stakeholders = &d.Stakeholders
	}
	for dim := range innovation.Dimensions() {
		if e := d.Dimensions.Of(dim); e != Unstated {
			if j.Dimensions == nil {
				j.Dimensions = map[string]Evidence{}
			}
			j.Dimensions[dim.String()] = e
		}
	}
	if d.EconomicModel != 0 {
		j.EconomicModel = d.EconomicModel.String()
	}
	if d.OperatorModel != Unstated {
		j.OperatorModel = d.OperatorModel.String()
	}
	if d.Budget != nil {
		j.Budget = &budgetJSON{Total: d.Budget.Total.String(), Evaluation: d.Budget.Evaluation.String(), CapacityBuilding: d.Budget.CapacityBuilding.String()}
	}
	out, err := json.Marshal(j)
	if err != nil {
		return nil, fmt.Errorf("societal: marshal dossier: %w", err)
	}
	return out, nil
}
