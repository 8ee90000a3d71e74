package societal

import (
	"errors"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
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

// Validate reports every problem of d at once, in a stable order: the
// checks DecodeDossier makes, for a dossier built in Go. It returns
// errors.Join of *problem.Error values, each unwrapping to ErrDossier, to
// its sentinel (ErrInvalid, or ErrLimit for a size) and, for a problem
// another package found (an evaluation report, the budget, the history),
// to that package's error. The codes the package reports itself:
// "missing" (name, phase), "invalid-value" (a value outside its
// enumeration), "over-limit" (evaluations), "nil-report" and
// "history-mismatch" (a phase the history does not lead to).
func (d Dossier) Validate() error {
	return errors.Join(append(d.problems(), d.evaluationsProblems()...)...)
}

// validate is Validate less the evaluation reports' own checks, which
// evaluation.Decode has made on a decoded dossier.
func (d Dossier) validate() error { return errors.Join(d.problems()...) }

// problems returns the problems Validate reports but those of the
// evaluation reports.
func (d *Dossier) problems() []error {
	ps := d.identityProblems()
	if d.Name == "" {
		ps = append(ps, inDossier(errMissingName.New(pkgName, "name", "")))
	}
	switch {
	case d.Phase == 0:
		ps = append(ps, inDossier(errMissingPhase.New(pkgName, "phase", "")))
	case !d.Phase.IsValid():
		ps = append(ps, inDossier(pkg.Invalid("phase", d.Phase)))
	}
	ps = append(ps, d.dimensionsProblems()...)
	ps = append(ps, d.economicProblems()...)
	ps = append(ps, d.stakeholdersProblems()...)
	if n := len(d.History); n > 0 && d.Phase.IsValid() {
		first, last := d.History[0], d.History[n-1]
		switch {
		case !first.From.IsValid():
			ps = append(ps, inDossier(pkg.Invalid("history[0].from", first.From)))
		case !last.To.IsValid():
			ps = append(ps, inDossier(pkg.Invalid(wire.Path("history", n-1, "to"), last.To)))
		default:
			ps = appendIn(ps, "", d.historyProblem())
			if last.To != d.Phase {
				ps = append(ps, inDossier(errHistoryLeads.New(pkgName, "phase", d.Phase.String(), lang.Quote(last.To), lang.Quote(d.Phase))))
			}
		}
	}
	if len(d.Evaluations) > MaxEvaluations {
		ps = append(ps, inDossier(pkg.TooMany("evaluations", len(d.Evaluations), reportsNoun, MaxEvaluations)))
	}
	if d.Budget != nil {
		ps = appendIn(ps, "", d.Budget.Validate()) // its paths start with "budget."
	}
	return ps
}

// identityProblems returns the problems of what identifies d: its id, name
// and carrier must be names (valid UTF-8, at most MaxText bytes, on one
// line, without control characters or bidirectional controls). Whether
// one may be empty is not their concern.
func (d *Dossier) identityProblems() []error {
	var ps []error
	for _, t := range [...]struct{ path, s string }{{"id", d.ID}, {"name", d.Name}, {"carrier", d.Carrier}} {
		if err := pkg.CheckName(t.path, t.s); err != nil {
			ps = appendIn(ps, "", err)
		}
	}
	return ps
}

// historyProblem returns what makes the history of d, which must not be
// empty, not a chain of transitions the model allows, or nil. Where it
// ends is not its concern: the phase check and Validate compare it with
// d.Phase.
func (d *Dossier) historyProblem() error {
	last := d.History[len(d.History)-1]
	s := innovation.Snapshot{Start: d.History[0].From, History: d.History,
		Status: innovation.Status{Phase: last.To, Abandoned: last.Kind == innovation.Abandon}}
	return s.Validate()
}

// evaluationsProblems returns the problems of d's evaluation reports, at
// their paths in the dossier ("evaluations[0].degree").
func (d *Dossier) evaluationsProblems() []error {
	var ps []error
	for i, r := range d.Evaluations {
		path := wire.Path("evaluations", i)
		if r == nil {
			ps = append(ps, inDossier(errNilReport.New(pkgName, path, "")))
			continue
		}
		ps = appendIn(ps, path, r.Validate())
	}
	return ps
}

// dimensionsProblems returns the problems of d.Dimensions.
func (d *Dossier) dimensionsProblems() []error {
	var ps []error
	for dim := range innovation.Dimensions() {
		if e := d.Dimensions.Of(dim); !e.IsValid() {
			ps = append(ps, inDossier(pkg.Invalid(wire.Path("dimensions", dim.String()), e)))
		}
	}
	return ps
}

// economicProblems returns the problems of d.EconomicModel and
// d.OperatorModel.
func (d *Dossier) economicProblems() []error {
	var ps []error
	if d.EconomicModel != 0 && !d.EconomicModel.IsValid() {
		ps = append(ps, inDossier(pkg.Invalid("economic_model", d.EconomicModel)))
	}
	if !d.OperatorModel.IsValid() {
		ps = append(ps, inDossier(pkg.Invalid("operator_model", d.OperatorModel)))
	}
	return ps
}

// stakeholdersProblems returns the problems of d.Stakeholders: the
// stakeholders in the model's order, each at its own path
// ("stakeholders.financeurs"), then the invalid keys in increasing order.
func (d *Dossier) stakeholdersProblems() []error {
	var ps []error
	for s := range innovation.Stakeholders() {
		if in, ok := d.Stakeholders[s]; ok && !in.IsValid() {
			ps = append(ps, inDossier(pkg.Invalid(wire.Path("stakeholders", s.String()), in)))
		}
	}
	for _, s := range invalidKeys(d.Stakeholders, innovation.Stakeholder.IsValid) {
		ps = append(ps, inDossier(pkg.Invalid("stakeholders", s)))
	}
	return ps
}
