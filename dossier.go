package societal

import (
	"strings"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
)

// Limits on a dossier, checked before any expensive work: a dossier may come
// from an untrusted source. They are the module's limits, with the same names
// and values in every package.
const (
	// MaxJSON is the largest JSON text DecodeDossier reads, in bytes.
	// Its value is 1 MiB (1 048 576 bytes).
	MaxJSON = wire.MaxJSON
	// MaxText is the longest name or carrier, in bytes.
	// Its value is 256 bytes.
	MaxText = wire.MaxText
	// MaxEvaluations is the most evaluation reports a dossier may hold.
	MaxEvaluations = 64
)

// Dossier is a project as a funder holds it: what the readiness assessment
// reads. Build one in Go or decode one with DecodeDossier.
//
// Every part but Name and Phase is optional: what the dossier does not say
// makes the matching criteria Unknown (missing evidence), never failed.
//
// The zero value is not a valid dossier (no name, no phase). A Dossier holds
// a map, slices and pointers: it is not safe for concurrent mutation, but
// Assess only reads it and may run on one dossier from many goroutines.
type Dossier struct {
	// ID is a stable identifier of the project, chosen by the funder, at
	// most MaxText bytes on one line; optional. Compare matches the
	// dossiers of two assessments on it, and on Name when one of them has
	// none.
	ID string
	// Name of the project. Required, at most MaxText bytes.
	Name string
	// Carrier is who carries the project (the "porteur"); at most MaxText bytes.
	Carrier string
	// Phase is the phase the project stands in: the one source of truth
	// for where it is. Required.
	Phase innovation.Phase
	// History is how the project came to Phase, oldest first, if the
	// funder keeps it: a consistent chain of transitions that ends in Phase
	// (an abandon, last, means the project was abandoned there). Nil and
	// empty are the same: an empty history is not written (MarshalJSON)
	// and a dossier read back has a nil one.
	History []innovation.Transition
	// Dimensions is what is known of each dimension of the innovation —
	// solution, processus, modèle économique (004:734-764).
	Dimensions Dimensions
	// EconomicModel is the economic model in place; zero if not stated.
	EconomicModel innovation.EconomicModel
	// OperatorModel is where the operator model stands (needed from the
	// changement d'échelle on, 004:793-797).
	OperatorModel Evidence
	// Stakeholders is how strongly each kind of stakeholder is mobilised;
	// nil if not stated. A stakeholder absent from a non-nil map is not
	// mobilised.
	Stakeholders map[innovation.Stakeholder]innovation.Intensity
	// Partnership is the alliance around the project; nil if not stated.
	Partnership *partnership.Partnership
	// Evaluations are the evaluations done, in any of the three forms.
	Evaluations []evaluation.Report
	// Budget is the project's budget with its evaluation and capacity
	// building shares; nil if not stated.
	Budget *evaluation.Budget
}

// Dimensions is what a dossier says of each of the three dimensions of an
// innovation (004:734-764), by name. The zero value says nothing (each
// Unstated). A plain value, safe for concurrent use.
type Dimensions struct {
	Solution         Evidence // the value proposition (004:737-738)
	Processus        Evidence // the value chain, who works with whom (004:740-743)
	ModeleEconomique Evidence // the economic model, viable in the long term (004:745-749)
}

// Of returns what is known of dimension dim; Unstated for an invalid dim.
func (ds Dimensions) Of(dim innovation.Dimension) Evidence {
	if p := ds.at(dim); p != nil {
		return *p
	}
	return Unstated
}

// at returns the field of dim, or nil for an invalid dim.
func (ds *Dimensions) at(dim innovation.Dimension) *Evidence {
	switch dim {
	case innovation.Solution:
		return &ds.Solution
	case innovation.Processus:
		return &ds.Processus
	case innovation.ModeleEconomique:
		return &ds.ModeleEconomique
	}
	return nil
}

// Status returns where the project stands: its Phase, abandoned if its
// History ends with an abandon.
func (d Dossier) Status() innovation.Status {
	s := innovation.Status{Phase: d.Phase}
	if n := len(d.History); n > 0 && d.History[n-1].Kind == innovation.Abandon {
		s.Abandoned = true
	}
	return s
}

// Validate reports every problem of d at once (errors.Join of *FieldError,
// each unwrapping to ErrDossier, or ErrLimit for sizes, and to the error
// of the package that found it): the checks DecodeDossier makes, for a
// dossier built in Go.
func (d Dossier) Validate() error {
	problems := problemsOf(d.validate())
	problems = append(problems, problemsOf(d.evaluationsProblem())...)
	return wire.Join(problems)
}

// evaluationsProblem returns the problems of d's evaluation reports, at
// their paths in the dossier ("evaluations[0].degree"), or nil.
func (d *Dossier) evaluationsProblem() error {
	var problems []error
	for i, r := range d.Evaluations {
		if r == nil {
			problems = append(problems, pkg.Field(wire.Path("evaluations", i), "", "nil report", ErrDossier))
			continue
		}
		if err := r.Validate(); err != nil {
			problems = append(problems, pkg.Within(wire.Path("evaluations", i), ErrDossier, err))
		}
	}
	return wire.Join(problems)
}

// validate is Validate less the evaluation reports' own checks, which
// evaluation.DecodeFrom has made on a decoded dossier.
func (d Dossier) validate() error {
	var problems []error
	add := func(err error) {
		if err != nil {
			problems = append(problems, err)
		}
	}
	text := func(path, s string, required bool) {
		switch r := wire.NameProblem(s); {
		case required && s == "":
			add(pkg.Field(path, "", "missing or empty (a required key: want the project's name)", ErrDossier))
		case len(s) > MaxText:
			add(pkg.Field(path, s, r, ErrLimit))
		case r != "":
			add(pkg.Field(path, s, r, ErrDossier))
		}
	}
	text("id", d.ID, false)
	text("name", d.Name, true)
	text("carrier", d.Carrier, false)
	switch {
	case d.Phase == 0:
		add(pkg.Field("phase", "", "missing (a required key)", ErrDossier))
	case !d.Phase.IsValid():
		add(pkg.Fieldf("phase", "", ErrDossier, "invalid phase %d", d.Phase))
	}
	add(d.dimensionsProblem())
	add(d.economicProblem())
	add(d.stakeholdersProblem())
	if len(d.History) > 0 && d.Phase.IsValid() {
		snap := innovation.Snapshot{Start: d.History[0].From, Status: d.Status(), History: d.History}
		add(pkg.Within("", ErrDossier, historyPaths(snap.Validate(), &d)))
	}
	if len(d.Evaluations) > MaxEvaluations {
		add(pkg.Fieldf("evaluations", "", ErrLimit, "%d reports, over the limit of %d", len(d.Evaluations), MaxEvaluations))
	}
	if d.Budget != nil {
		add(pkg.Within("", ErrDossier, d.Budget.Validate())) // its paths start with "budget."
	}
	return wire.Join(problems)
}

// dimensionsProblem returns the problems of d.Dimensions, or nil.
func (d *Dossier) dimensionsProblem() error {
	var problems []error
	for dim := range innovation.Dimensions() {
		if e := d.Dimensions.Of(dim); !e.IsValid() {
			problems = append(problems, pkg.Fieldf(wire.Path("dimensions", dim.String()), "", ErrDossier, "invalid evidence %d", e))
		}
	}
	return wire.Join(problems)
}

// economicProblem returns the problems of d.EconomicModel and
// d.OperatorModel, or nil.
func (d *Dossier) economicProblem() error {
	var problems []error
	if d.EconomicModel != 0 && !d.EconomicModel.IsValid() {
		problems = append(problems, pkg.Fieldf("economic_model", "", ErrDossier, "invalid economic model %d", d.EconomicModel))
	}
	if !d.OperatorModel.IsValid() {
		problems = append(problems, pkg.Fieldf("operator_model", "", ErrDossier, "invalid evidence %d", d.OperatorModel))
	}
	return wire.Join(problems)
}

// stakeholdersProblem returns the problems of d.Stakeholders, or nil: the
// stakeholders in the model's order, each at its own path
// ("stakeholders.financeurs"), then the invalid keys in increasing order.
func (d *Dossier) stakeholdersProblem() error {
	var problems []error
	for s := range innovation.Stakeholders() {
		if in, ok := d.Stakeholders[s]; ok && !in.IsValid() {
			problems = append(problems, pkg.Fieldf(wire.Path("stakeholders", s.String()), "", ErrDossier, "invalid intensity %d", in))
		}
	}
	for _, s := range invalidKeys(d.Stakeholders, innovation.Stakeholder.IsValid) {
		problems = append(problems, pkg.Fieldf("stakeholders", "", ErrDossier, "invalid stakeholder %d", s))
	}
	return wire.Join(problems)
}

// historyPaths puts the problems of d's history, found by
// innovation.Snapshot.Validate on the snapshot d implies, at the dossier's
// own paths: the snapshot's start is history[0].from, and a status the
// history does not lead to is a phase that disagrees with the history.
func historyPaths(err error, d *Dossier) error {
	var out []error
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case nil:
		case *problem.Error:
			c := *e
			switch {
			case c.Path == "start":
				c.Path = "history[0].from"
			case c.Path == "status" || strings.HasPrefix(c.Path, "status."):
				// The dossier's own words, at its key: its phase disagrees
				// with its history (innovation's sentinel kept).
				reached := d.History[len(d.History)-1].To
				out = append(out, pkg.Fieldf("phase", d.Phase.String(), e.Err,
					"the history leads to %q (want %q as the phase, or a history whose last transition reaches %q)", reached, reached, d.Phase))
				return
			}
			out = append(out, &c)
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				walk(inner)
			}
		default:
			out = append(out, err)
		}
	}
	walk(err)
	return wire.Join(out)
}
