package societal

import (
	"errors"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
)

// Check is the outcome of one check on one dossier.
//
// Outcome is Met, NotMet, Unknown (the dossier does not say: missing
// evidence, never a failure) or NotApplicable (the check does not apply at
// this phase). Severity is set when the outcome is NotMet. Gaps say, for an
// unmet or unknown check, which lever and which kind of partner would close
// it. Source is the passage of the model the check stands on (ID.Source()),
// so that a report read without this package still cites it. Weight and
// Required are the rubric's weight of the check and whether the rubric
// requires it judged before the crossing: with them a report carries all
// its verdict, coverage, score range and plan are computed from. A Check is
// a plain value, safe for concurrent reads.
type Check struct {
	ID       CheckID            `json:"id"`                 // which check
	Outcome  evaluation.Outcome `json:"outcome"`            // Met, NotMet, Unknown or NotApplicable
	Severity Severity           `json:"severity,omitempty"` // set when the outcome is NotMet
	Required bool               `json:"required,omitempty"` // the rubric requires it judged before the crossing
	Weight   decimal.Decimal    `json:"weight,omitzero"`    // the rubric's weight of the check
	// RubricSeverity is the rubric's severity of the check
	// (Rubric.Severity). An unmet check's Severity is below it where the
	// check grades its findings (a partnership whose risks are none of
	// them critical is Minor under a Major rubric: the rubric's severity is
	// the most the check weighs), and Blocking whatever it is where the
	// input is invalid; the reports say why.
	RubricSeverity Severity `json:"rubric_severity,omitempty"`
	Detail         Detail   `json:"detail_data,omitzero"` // what the check found; Detail.Text renders it
	Gaps           []Gap    `json:"gaps,omitempty"`       // what would close it, if unmet or unknown
	Source         string   `json:"source,omitempty"`     // the passage of the model it stands on
}

// Gap is one thing missing for a check, and what would close it: a lever
// of support and the kinds of partner that typically bring it. A Gap is a
// plain value, safe for concurrent reads.
type Gap struct {
	Lever    innovation.Lever   `json:"lever"`                // the lever that closes it
	Partners []partnership.Kind `json:"partners,omitempty"`   // kinds of partner that bring the lever
	Detail   Detail             `json:"detail_data,omitzero"` // what is missing
}

// gap returns the gap of lever l with detail, with the kinds of partner the
// rubric says bring l (a copy: the report owns its data).
func (a *Assessor) gap(l innovation.Lever, detail Detail) Gap {
	return Gap{Lever: l, Partners: slices.Clone(a.rubric.Suppliers[l]), Detail: detail}
}

// refuse makes c NotMet and Blocking for errs, the problems of the part
// of the dossier it reads: invalid input is never counted as met, and a
// dossier holding any is never Ready, whatever the rubric's severity of c
// [D]. The problems are kept as they are, worded only when rendered.
func refuse(c *Check, errs ...error) {
	c.Outcome, c.Severity, c.Detail = evaluation.NotMet, Blocking, invalidInput.with(Detail{Problems: problem.List(errors.Join(errs...))})
}

// judgeFindings judges c by the findings of evaluation's checks (of the
// evaluations or of the budget): Met without any, otherwise NotMet with
// misfits quoting their codes and, per finding, a gap of the lever that
// answers it.
func judgeFindings(a *Assessor, c *Check, fs []evaluation.Finding, misfits *detailKind, lever func(evaluation.Code) innovation.Lever) {
	if len(fs) == 0 {
		c.Outcome = evaluation.Met
		return
	}
	codes := make([]evaluation.Code, 0, len(fs))
	for i := range fs {
		codes = append(codes, fs[i].Code)
		c.Gaps = append(c.Gaps, a.gap(lever(fs[i].Code), gapEvaluation.with(Detail{Evaluation: &fs[i]})))
	}
	c.Outcome, c.Detail = evaluation.NotMet, misfits.with(Detail{Codes: codes})
}
