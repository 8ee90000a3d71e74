package societal

import (
	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
)

// Report is the readiness assessment of one dossier: the verdict, the
// checks behind it, and the crossing ahead. It renders as plain text
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
	// Score is the weighted share of the checks met among those whose
	// evidence is known and that apply (evaluation.ScoreCriteria with the
	// rubric's weights), null if no check could be judged.
	Score decimal.NullDecimal `json:"score"`
	// Checks are the outcomes of the checks, in CheckID order.
	Checks []Check `json:"checks"`
}

// Check returns the outcome of check id in r, and false if r has none.
func (r *Report) Check(id CheckID) (Check, bool) {
	for _, c := range r.Checks {
		if c.ID == id {
			return c, true
		}
	}
	return Check{}, false
}

// Missing returns the checks whose evidence is missing (Unknown), in order.
func (r *Report) Missing() []CheckID {
	var out []CheckID
	for _, c := range r.Checks {
		if c.Outcome == evaluation.Unknown {
			out = append(out, c.ID)
		}
	}
	return out
}

// Unmet returns the checks that are not met, in order.
func (r *Report) Unmet() []Check {
	var out []Check
	for _, c := range r.Checks {
		if c.Outcome == evaluation.NotMet {
			out = append(out, c)
		}
	}
	return out
}
