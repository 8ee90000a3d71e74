package societal

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
)

// Assessor assesses dossiers against one rubric, validated once.
// The zero value is not usable: create one with NewAssessor. An Assessor is
// immutable and safe for concurrent use.
type Assessor struct {
	rubric Rubric
}

// NewAssessor returns an assessor for r, or the problems of r (see
// Rubric.Validate). r is copied, maps and slices included: later changes to
// the caller's rubric do not reach the assessor.
func NewAssessor(r Rubric) (*Assessor, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return &Assessor{rubric: r.clone()}, nil
}

// Rubric returns a copy of the assessor's rubric, maps and slices included.
func (a *Assessor) Rubric() Rubric { return a.rubric.clone() }

// defaultAssessor is built once from DefaultRubric and never changes.
var defaultAssessor = func() *Assessor {
	a, err := NewAssessor(DefaultRubric())
	if err != nil {
		panic("societal: default rubric invalid: " + err.Error()) // a bug in this package, caught by every test
	}
	return a
}()

// Assess assesses d with the default rubric; see Assessor.Assess.
func Assess(d *Dossier) Report { return defaultAssessor.Assess(d) }

// Assess answers "is the project of d ready to move to its next phase, and if
// not, what is missing and which lever answers it?". It runs one check of
// MODEL §5 per CheckID and derives the verdict by the rule documented on
// Verdict. It only reads d.
//
// Assess never fails: what d does not say makes checks Unknown, and an
// invalid value in a part of d a check reads (the economic and operator
// models, the dimensions, the stakeholders, the partnership, the
// evaluation reports, the budget) makes that check NotMet and Blocking,
// with a detail naming the problem: such a dossier is never Ready. Names
// and sizes are not judged (no check reads them): use Dossier.Validate or
// DecodeDossier to refuse invalid dossiers upfront.
func (a *Assessor) Assess(d *Dossier) Report {
	if d == nil {
		d = &Dossier{}
	}
	rep := Report{Rubric: a.rubric.Version, ID: d.ID, Dossier: d.Name, Carrier: d.Carrier, Status: d.Status()}
	if next, ok := d.Phase.Next(); ok {
		rep.Next = next
		rep.RiskZone, _ = d.Phase.Crossing()
		rep.ModelChange = d.Phase.EconomicModel() == innovation.ModeleRD && next.EconomicModel() == innovation.ModeleOperateur
	}
	rep.Checks = make([]Check, 0, NumChecks)
	required := a.rubric.Required[d.Phase]
	for id := PhaseIdentified; id <= CommitmentPlanned; id++ {
		c := Check{ID: id, Source: id.Source(), Weight: a.rubric.Weight[id], Required: slices.Contains(required, id)}
		if id != PhaseIdentified && !d.Phase.IsValid() {
			// Nothing can be judged against an unknown phase (004:886-888).
			c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: PhaseUnknown}
		} else {
			a.run(d, &c)
		}
		if c.Outcome == evaluation.NotMet && c.Severity == 0 {
			c.Severity = a.rubric.Severity[id]
		}
		rep.Checks = append(rep.Checks, c)
	}
	rep.Verdict = verdictOf(rep.Checks, rep.Status.Abandoned, 0)
	rep.Score = a.score(rep.Checks)
	return rep
}

// score is the weighted share of met checks among the judged ones, by
// evaluation.ScoreCriteria.
func (a *Assessor) score(cs []Check) decimal.NullDecimal {
	in := make([]evaluation.Criterion, 0, len(cs))
	for _, c := range cs {
		in = append(in, evaluation.Criterion{Name: c.ID.String(), Weight: a.rubric.Weight[c.ID], Outcome: c.Outcome})
	}
	s, err := evaluation.ScoreCriteria(in)
	if err != nil || !s.Known() {
		return decimal.NullDecimal{}
	}
	return decimal.NullDecimal{Decimal: s.Value, Valid: true}
}

// Gate returns an innovation.Gate that refuses an advance unless the
// assessment of the dossier that load returns is Ready. load is called on
// every advance with the gate's context and the proposed transition, so
// that it can load (or bring up to date) the dossier of the project as it
// stands then, in phase t.From; a load error refuses the advance, and so
// does a dossier in another phase than t.From.
func (a *Assessor) Gate(load func(context.Context, innovation.Transition) (*Dossier, error)) innovation.Gate {
	return func(ctx context.Context, t innovation.Transition) error {
		if load == nil {
			return fmt.Errorf("%w: nil dossier loader", ErrInvalid)
		}
		d, err := load(ctx, t)
		if err != nil {
			return fmt.Errorf("societal: readiness gate: loading the dossier: %w", err)
		}
		switch {
		case d == nil:
			return fmt.Errorf("%w: readiness gate: the loader returned no dossier", ErrInvalid)
		case d.Phase != t.From:
			return fmt.Errorf("%w: readiness gate: the dossier is in phase %q, the lifecycle in %q", ErrInvalid, d.Phase, t.From)
		}
		rep := a.Assess(d)
		if rep.Verdict == Ready {
			return nil
		}
		return &NotReadyError{Report: rep}
	}
}

// NotReadyError is what a readiness gate returns when the assessment is not
// Ready; it carries the whole report. It unwraps to ErrNotReady. Like every
// error of the package, it is not modified once returned: safe for
// concurrent reads.
type NotReadyError struct {
	Report Report // the assessment that refused the advance
}

// ErrNotReady: a readiness gate refused an advance.
var ErrNotReady = errors.New("societal: not ready")

// Error names what refuses the advance: the unmet Blocking and Major
// checks, and the checks the rubric requires whose evidence is missing,
// with the dossier fields that would carry it.
func (e *NotReadyError) Error() string {
	r := &e.Report
	if r.Status.Abandoned {
		return fmt.Sprintf("societal: %q was abandoned in %q", r.Dossier, r.Status.Phase)
	}
	var unmet, missing []string
	for _, c := range r.Checks {
		switch {
		case c.Outcome == evaluation.NotMet && c.Severity >= Major:
			unmet = append(unmet, c.ID.String())
		case c.Outcome == evaluation.Unknown && c.Required:
			missing = append(missing, c.ID.String()+" ("+c.ID.Field()+")")
		}
	}
	msg := fmt.Sprintf("societal: %q cannot leave %q (verdict %s)", r.Dossier, r.Status.Phase, r.Verdict)
	if len(unmet) > 0 {
		msg += ": unmet: " + strings.Join(unmet, ", ")
	}
	if len(missing) > 0 {
		msg += ": missing evidence: " + strings.Join(missing, ", ")
	}
	if len(unmet) == 0 && len(missing) == 0 && r.Verdict == InsufficientEvidence {
		msg += ": missing evidence: nothing but the phase is stated"
	}
	return msg
}

// Unwrap returns ErrNotReady.
func (e *NotReadyError) Unwrap() error { return ErrNotReady }
