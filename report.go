package societal

import (
	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
)

// Report is the readiness assessment of one dossier: the verdict, the
// criteria behind it, and the crossing ahead. It renders as plain text
// (Text), Markdown (Markdown) and JSON (encoding/json, with the keys of the
// struct tags; decoding a report back gives an equal report).
//
// The zero value is an empty report. A Report is a plain value, safe for
// concurrent reads.
type Report struct {
	// Rubric is the version of the rubric that judged the dossier.
	Rubric string `json:"rubric"`
	// Dossier and Carrier name the project.
	Dossier string `json:"dossier"`
	Carrier string `json:"carrier,omitempty"`
	// Status is the project's phase and whether it was abandoned.
	Status innovation.Status `json:"status"`
	// Next is the phase ahead, 0 at Industrialisation.
	Next innovation.Phase `json:"next,omitempty"`
	// RiskZone is the risk of the crossing ahead (MODEL §1.4), 0 if none.
	RiskZone innovation.RiskZone `json:"risk_zone,omitempty"`
	// ModelChange is set when the crossing ahead changes the economic model
	// from R&D to operator (Modélisation → Essaimage, 004:793-797).
	ModelChange bool `json:"model_change,omitempty"`
	// Verdict follows the rule documented on Verdict.
	Verdict Verdict `json:"verdict"`
	// Score is the weighted share of the criteria met among those whose
	// evidence is known and that apply (evaluation.ScoreCriteria with the
	// rubric's weights), null if no criterion could be judged.
	Score decimal.NullDecimal `json:"score"`
	// Criteria are the checks, in CriterionID order.
	Criteria []Criterion `json:"criteria"`
}

// Criterion returns the criterion id of r, and false if r has none.
func (r *Report) Criterion(id CriterionID) (Criterion, bool) {
	for _, c := range r.Criteria {
		if c.ID == id {
			return c, true
		}
	}
	return Criterion{}, false
}

// Missing returns the criteria whose evidence is missing (Unknown), in order.
func (r *Report) Missing() []CriterionID {
	var out []CriterionID
	for _, c := range r.Criteria {
		if c.Outcome == evaluation.Unknown {
			out = append(out, c.ID)
		}
	}
	return out
}

// Unmet returns the criteria that are not met, in order.
func (r *Report) Unmet() []Criterion {
	var out []Criterion
	for _, c := range r.Criteria {
		if c.Outcome == evaluation.NotMet {
			out = append(out, c)
		}
	}
	return out
}
