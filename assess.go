package societal

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
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

// defaultAssessor is built once, on first use, from DefaultRubric, and
// never changes.
var defaultAssessor = sync.OnceValue(func() *Assessor {
	a, err := NewAssessor(DefaultRubric())
	if err != nil {
		panic("societal: default rubric invalid: " + err.Error()) // a bug in this package, caught by every test
	}
	return a
})

// Assess assesses d with the default rubric; see Assessor.Assess.
func Assess(d *Dossier) Report { return defaultAssessor().Assess(d) }

// Assess answers "is the project of d ready to move to its next phase, and if
// not, what is missing and which lever answers it?". It runs each check of
// MODEL §5 (CheckIDs) and derives the verdict by the rule documented on
// Verdict. It only reads d, and makes no text: the details are structured,
// and worded when a report is rendered.
//
// Assess never fails: what d does not say makes checks Unknown, and an
// invalid value in a part of d a check reads makes that check NotMet and
// Blocking, with an "invalid-input" detail holding the problems: such a
// dossier is never Ready. PhaseIdentified reads what identifies the
// project (its id, name and carrier: text with control characters, for
// instance), EconomicModelFit the economic and operator models, and so on
// for the dimensions, the stakeholders, the partnership, the evaluation
// reports and the budget. A missing name is not judged (no check needs
// it): use Dossier.Validate or DecodeDossier to refuse invalid dossiers
// upfront.
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
	rep.Checks = make([]Check, checkIDs().Len())
	required := a.rubric.Required[d.Phase]
	for i := range rep.Checks {
		id := CheckID(i + 1)
		def := id.def()
		c := &rep.Checks[i] // judged in place: the report's own memory
		*c = Check{ID: id, Source: def.source, Weight: a.rubric.Weight[id], Required: slices.Contains(required, id), RubricSeverity: a.rubric.Severity[id]}
		if !def.identifies && !d.Phase.IsValid() {
			// Nothing can be judged against an unknown phase (004:886-888).
			c.Outcome, c.Detail = evaluation.Unknown, phaseUnknown.detail()
		} else {
			def.judge(a, d, c)
		}
		if c.Outcome == evaluation.NotMet && c.Severity == 0 {
			c.Severity = a.rubric.Severity[id]
		}
	}
	if d.Budget != nil {
		rep.Budget = *d.Budget
	}
	rep.Contributions = contributionsOf(d.Partnership)
	rep.Verdict = verdictOf(rep.Checks, rep.Status.Abandoned, 0)
	rep.MinCoverage = a.rubric.MinCoverage
	rep.Score = a.score(rep.Checks)
	return rep
}

// score is the weighted share of met checks among the judged ones, by
// evaluation.ScoreCriteria, where the evidence supports it (the rule on
// Report.Score); null otherwise.
func (a *Assessor) score(cs []Check) decimal.NullDecimal {
	if withheldOf(cs, a.rubric.MinCoverage) != scoreGiven {
		return decimal.NullDecimal{}
	}
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
// stands then, in phase t.From; a load error refuses the advance (a
// problem of code "load-failed" that unwraps to it), and so does a nil
// loader ("nil-loader"), a nil dossier ("no-dossier") or a dossier in
// another phase than t.From ("phase-mismatch"), each wrapping ErrInvalid.
// An assessment other than Ready refuses it with a *NotReadyError.
func (a *Assessor) Gate(load func(context.Context, innovation.Transition) (*Dossier, error)) innovation.Gate {
	return func(ctx context.Context, t innovation.Transition) error {
		if load == nil {
			return errNilLoader.New(pkgName, "", "")
		}
		d, err := load(ctx, t)
		if err != nil {
			p := errLoad.New(pkgName, "", "", errorArg{err})
			p.Err = err
			return p
		}
		switch {
		case d == nil:
			return errNoDossier.New(pkgName, "", "")
		case d.Phase != t.From:
			return errGatePhase.New(pkgName, "", "", lang.Quote(d.Phase), lang.Quote(t.From))
		}
		rep := a.Assess(d)
		if rep.Verdict == Ready {
			return nil
		}
		return &NotReadyError{Report: rep}
	}
}

// errorArg quotes an error in the reader's language: its Text when it has
// one, else its message.
type errorArg struct{ err error }

// Label returns the error in l.
func (e errorArg) Label(l lang.Lang) string {
	if t, ok := e.err.(interface{ Text(lang.Lang) string }); ok {
		return t.Text(l)
	}
	return e.err.Error()
}

// NotReadyError is what a readiness gate returns when the assessment is not
// Ready; it carries the whole report. It unwraps to ErrNotReady. Text
// renders it in a language, Error in English for logs. Like every error of
// the package, it is not modified once returned: safe for concurrent
// reads.
type NotReadyError struct {
	Report Report // the assessment that refused the advance
}

// The words of a refusal.
var (
	refusedAbandoned = lang.Text{"{1} a été abandonné en {2}", "{1} was abandoned in {2}"}
	refusedHead      = lang.Text{"{1} ne peut quitter {2} (verdict {3})", "{1} cannot leave {2} (verdict {3})"}
	refusedUnmet     = lang.Text{"non remplis : {1}", "unmet: {1}"}
	refusedMissing   = lang.Text{"preuves manquantes : {1}", "missing evidence: {1}"}
	refusedNothing   = lang.Text{"preuves manquantes : rien d'autre que la phase n'est indiqué", "missing evidence: nothing but the phase is stated"}
	refusedField     = lang.Text{"{1} ({2})", "{1} ({2})"}
)

// Text names, in l, what refuses the advance: the unmet Blocking and
// Major checks, and the checks the rubric requires whose evidence is
// missing, with the dossier fields that would carry it.
func (e *NotReadyError) Text(l lang.Lang) string {
	r := &e.Report
	name := lang.Quote(lang.Data(r.Dossier))
	if r.Status.Abandoned {
		return refusedAbandoned.Format(l, name, lang.Quote(r.Status.Phase))
	}
	var unmet, missing []lang.Arg
	for _, c := range r.Checks {
		switch {
		case c.Outcome == evaluation.NotMet && c.Severity >= Major:
			unmet = append(unmet, lang.Quote(c.ID))
		case c.Outcome == evaluation.Unknown && c.Required:
			missing = append(missing, fieldArg{refusedField, c.ID})
		}
	}
	parts := []string{refusedHead.Format(l, name, lang.Quote(r.Status.Phase), lang.Quote(r.Verdict))}
	if len(unmet) > 0 {
		parts = append(parts, refusedUnmet.Format(l, lang.List(unmet...)))
	}
	if len(missing) > 0 {
		parts = append(parts, refusedMissing.Format(l, lang.List(missing...)))
	}
	if len(unmet) == 0 && len(missing) == 0 && r.Verdict == InsufficientEvidence {
		parts = append(parts, refusedNothing.In(l))
	}
	return strings.Join(parts, l.Colon())
}

// fieldArg quotes a check with the dossier fields that would carry its
// evidence: “Economic model fits” (economic_model, operator_model).
type fieldArg struct {
	text lang.Text
	id   CheckID
}

// Label returns the check and its fields in l.
func (f fieldArg) Label(l lang.Lang) string {
	return f.text.Format(l, lang.Quote(f.id), lang.Data(f.id.Field()))
}

// Error returns Text in English, with the package's prefix.
func (e *NotReadyError) Error() string { return pkgName + ": " + problem.Log(e.Text) }

// Unwrap returns ErrNotReady.
func (e *NotReadyError) Unwrap() error { return ErrNotReady }
