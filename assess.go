package societal

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// Assessor assesses dossiers against one rubric, validated once.
// The zero value is not usable: create one with NewAssessor. An Assessor is
// immutable and safe for concurrent use.
type Assessor struct {
	rubric Rubric
}

// NewAssessor returns an assessor for r, or the problems of r (see
// Rubric.Validate). r is copied: later changes to the caller's rubric do not
// reach the assessor.
func NewAssessor(r Rubric) (*Assessor, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	c := r
	for i := range c.Suppliers {
		c.Suppliers[i] = append([]partnership.Kind(nil), r.Suppliers[i]...)
	}
	return &Assessor{rubric: c}, nil
}

// Rubric returns a copy of the assessor's rubric.
func (a *Assessor) Rubric() Rubric {
	c := a.rubric
	for i := range c.Suppliers {
		c.Suppliers[i] = append([]partnership.Kind(nil), a.rubric.Suppliers[i]...)
	}
	return c
}

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
// not, what is missing and which lever answers it?". It runs one check per
// criterion of MODEL §5 and derives the verdict by the rule documented on
// Verdict. It only reads d.
//
// Assess never fails: what d does not say makes criteria Unknown, and what is
// invalid in d (an invalid phase, an invalid evaluation report or budget)
// makes the criterion that reads it NotMet with a detail naming the problem.
// Use Dossier.Validate or DecodeDossier to refuse invalid dossiers upfront.
func (a *Assessor) Assess(d *Dossier) Report {
	if d == nil {
		d = &Dossier{}
	}
	r := &a.rubric
	rep := Report{Rubric: r.Version, Dossier: d.Name, Carrier: d.Carrier, Status: innovation.Status{Phase: d.Phase}}
	if d.Lifecycle != nil {
		rep.Status.Abandoned = d.Lifecycle.Status.Abandoned
	}
	if next, ok := d.Phase.Next(); ok {
		rep.Next = next
		rep.RiskZone, _ = d.Phase.Crossing()
		rep.ModelChange = d.Phase.EconomicModel() == innovation.ModeleRD && next.EconomicModel() == innovation.ModeleOperateur
	}
	// The checks fill the report's own criteria in place: a criterion
	// passed through the checks table by address would otherwise escape,
	// one allocation each.
	rep.Criteria = make([]Criterion, NumCriteria)
	for i := range rep.Criteria {
		id := CriterionID(i + 1)
		c := &rep.Criteria[i]
		c.ID = id
		if id != PhaseIdentified && !d.Phase.IsValid() {
			// Nothing can be judged against an unknown phase (004:886-888).
			c.Outcome = evaluation.Unknown
			c.Detail = "phase not identified"
		} else {
			checks[i](a, d, c)
		}
		if c.Outcome == evaluation.NotMet && c.Severity == 0 {
			c.Severity = r.Severity[i]
		}
	}
	rep.Verdict = verdictOf(rep.Criteria, rep.Status.Abandoned)
	rep.Score = a.score(rep.Criteria)
	return rep
}

// score is the weighted share of met criteria among the judged ones.
func (a *Assessor) score(cs []Criterion) decimal.NullDecimal {
	var in [NumCriteria]evaluation.Criterion
	for i, c := range cs {
		in[i] = evaluation.Criterion{Name: c.ID.String(), Weight: a.rubric.Weight[c.ID-1], Outcome: c.Outcome}
	}
	s, err := evaluation.ScoreCriteria(in[:len(cs)])
	if err != nil || !s.Known() {
		return decimal.NullDecimal{}
	}
	return decimal.NullDecimal{Decimal: s.Value, Valid: true}
}

// Gate returns an innovation.Gate that refuses an advance unless the
// assessment of the dossier that load returns is Ready. load is called on
// every advance, with the gate's context, so the gate judges the dossier as
// it stands then; a load error refuses the advance. The dossier's phase must
// be the phase the lifecycle advances from.
func (a *Assessor) Gate(load func(context.Context) (*Dossier, error)) innovation.Gate {
	return func(ctx context.Context, t innovation.Transition) error {
		if load == nil {
			return fmt.Errorf("%w: nil dossier loader", ErrInvalid)
		}
		d, err := load(ctx)
		if err != nil {
			return fmt.Errorf("societal: readiness gate: loading the dossier: %w", err)
		}
		if d == nil || d.Phase != t.From {
			var p innovation.Phase
			if d != nil {
				p = d.Phase
			}
			return fmt.Errorf("%w: readiness gate: the dossier is in phase %q, the lifecycle in %q", ErrInvalid, p, t.From)
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
	Report Report
}

// ErrNotReady: a readiness gate refused an advance.
var ErrNotReady = errors.New("societal: not ready")

func (e *NotReadyError) Error() string {
	var ids []string
	for _, c := range e.Report.Criteria {
		if c.Outcome == evaluation.NotMet && c.Severity >= Major {
			ids = append(ids, c.ID.String())
		}
	}
	if e.Report.Status.Abandoned {
		return fmt.Sprintf("societal: %q was abandoned in %q", e.Report.Dossier, e.Report.Status.Phase)
	}
	return fmt.Sprintf("societal: %q is %s to leave %q: %s", e.Report.Dossier, e.Report.Verdict, e.Report.Status.Phase, strings.Join(ids, ", "))
}

func (e *NotReadyError) Unwrap() error { return ErrNotReady }
