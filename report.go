package societal

import (
	"encoding/json"
	"math/bits"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
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
	// ID is the dossier's stable identifier (Dossier.ID), if it has one.
	ID string `json:"id,omitempty"`
	// Dossier is the project's name, as the dossier gives it.
	Dossier string `json:"dossier"`
	// Carrier is who carries the project (the "porteur"), if the dossier
	// says.
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

// Coverage is how much of the rubric a report could judge: the checks Met
// or NotMet out of those that apply (all but NotApplicable), counted and
// weighted by the rubric's weights. A plain value, safe for concurrent
// use.
type Coverage struct {
	Judged           int             `json:"judged"`            // checks Met or NotMet
	Applicable       int             `json:"applicable"`        // checks that apply: all but NotApplicable
	JudgedWeight     decimal.Decimal `json:"judged_weight"`     // the sum of the judged checks' weights
	ApplicableWeight decimal.Decimal `json:"applicable_weight"` // the sum of the applicable checks' weights
}

// Coverage returns how much of the rubric r could judge.
func (r *Report) Coverage() Coverage {
	cov := Coverage{JudgedWeight: decimal.Zero, ApplicableWeight: decimal.Zero}
	for _, c := range r.Checks {
		switch c.Outcome {
		case evaluation.Met, evaluation.NotMet:
			cov.Judged++
			cov.JudgedWeight = cov.JudgedWeight.Add(c.Weight)
			fallthrough
		case evaluation.Unknown:
			cov.Applicable++
			cov.ApplicableWeight = cov.ApplicableWeight.Add(c.Weight)
		}
	}
	return cov
}

// ScoreRange is the readiness score once the missing evidence is known:
// Low if every Unknown check turns out not met, High if every one turns
// out met. Each is Σ weight(met) / Σ weight(applicable) over the checks, by
// evaluation.ScoreCriteria, rounded to evaluation.ScorePlaces. The point
// score Report.Score, over the judged checks only, lies between them. A
// plain value, safe for concurrent use.
type ScoreRange struct {
	Low  decimal.Decimal `json:"low"`  // every Unknown check counted as not met
	High decimal.Decimal `json:"high"` // every Unknown check counted as met
}

// ScoreRange returns the range of r's score, and false if no check applies
// or their weights sum to zero.
func (r *Report) ScoreRange() (ScoreRange, bool) {
	bound := func(unknown evaluation.Outcome) (decimal.Decimal, bool) {
		in := make([]evaluation.Criterion, 0, len(r.Checks))
		for _, c := range r.Checks {
			o := c.Outcome
			if o == evaluation.Unknown {
				o = unknown
			}
			in = append(in, evaluation.Criterion{Name: c.ID.String(), Weight: c.Weight, Outcome: o})
		}
		s, err := evaluation.ScoreCriteria(in)
		return s.Value, err == nil && s.Known()
	}
	lo, ok1 := bound(evaluation.NotMet)
	hi, ok2 := bound(evaluation.Met)
	if !ok1 || !ok2 {
		return ScoreRange{}, false
	}
	return ScoreRange{Low: lo, High: hi}, true
}

// VerdictIf returns the verdict r would have, by the rule documented on
// Verdict, if the checks named in met turned out Met: VerdictIf() is
// r.Verdict; VerdictIf(r.Missing()...) is the verdict if all the missing
// evidence shows its checks met, the world of the score's upper bound; and
// VerdictIf(plan...) is Ready for r's plan. Invalid ids are ignored.
func (r *Report) VerdictIf(met ...CheckID) Verdict {
	var closed uint16
	for _, id := range met {
		if id.IsValid() {
			closed |= 1 << id
		}
	}
	return verdictOf(r.Checks, r.Status.Abandoned, closed)
}

// Decisive returns the check that decides r's verdict, and false for a
// Ready report: for Blocked, the first unmet Blocking check (PhaseIdentified
// for an abandoned project); for NotYet, the first unmet Major check; for
// InsufficientEvidence, the first required check whose evidence is missing,
// or else the first Unknown check (nothing but the phase was judged). Two
// reports with the same score and different verdicts differ here.
func (r *Report) Decisive() (CheckID, bool) {
	first := func(keep func(Check) bool) (CheckID, bool) {
		for _, c := range r.Checks {
			if keep(c) {
				return c.ID, true
			}
		}
		return 0, false
	}
	switch r.Verdict {
	case Blocked:
		if r.Status.Abandoned {
			return PhaseIdentified, true
		}
		return first(func(c Check) bool { return c.Outcome == evaluation.NotMet && c.Severity == Blocking })
	case NotYet:
		return first(func(c Check) bool { return c.Outcome == evaluation.NotMet && c.Severity == Major })
	case InsufficientEvidence:
		if id, ok := first(func(c Check) bool { return c.Outcome == evaluation.Unknown && c.Required }); ok {
			return id, true
		}
		return first(func(c Check) bool { return c.Outcome == evaluation.Unknown })
	}
	return 0, false
}

// Request is a document to ask the project for: the evidence of a check
// whose outcome is Unknown, and the dossier field it fills. A plain value,
// safe for concurrent use.
type Request struct {
	// Check is the check whose evidence is missing.
	Check CheckID `json:"check"`
	// Required is set when the rubric requires the check before the
	// crossing: without it the verdict is at best InsufficientEvidence.
	Required bool `json:"required,omitempty"`
	// Field is the dossier field the answer fills (CheckID.Field).
	Field string `json:"field"`
}

// Text returns what to ask for, in lang (CheckID.Request).
func (q Request) Text(l lang.Lang) string { return q.Check.Request(l) }

// Requests returns the documents to request: one per Unknown check, the
// required ones first, then in check order.
func (r *Report) Requests() []Request {
	var out []Request
	for pass := range 2 {
		for _, c := range r.Checks {
			if c.Outcome == evaluation.Unknown && c.ID.IsValid() && c.Required == (pass == 0) {
				out = append(out, Request{Check: c.ID, Required: c.Required, Field: c.ID.Field()})
			}
		}
	}
	return out
}

// Action is one step of the plan that can make a dossier Ready (see Plan):
// a lever, the kinds of partner that bring it (from the checks' gaps, so
// from the rubric's Suppliers), the checks it closes in Plan's sense, and,
// for those among them whose evidence is missing, the evidence to supply
// (see CheckID.Request and CheckID.Field): the reports say that this
// evidence lets the committee judge those checks. Lever is 0 when no lever
// is named: the project acts itself (evidence to supply, a value to
// correct). A check whose gaps name several levers
// is listed under each, and closed when all of them are done. A plain
// value, safe for concurrent reads.
type Action struct {
	Lever    innovation.Lever   `json:"lever,omitempty"`    // 0: the project acts itself
	Partners []partnership.Kind `json:"partners,omitempty"` // kinds of partner that bring the lever
	Closes   []CheckID          `json:"closes"`             // the checks the step closes
	Evidence []CheckID          `json:"evidence,omitempty"` // those of them whose evidence is missing
}

// Label names a in lang: its lever, or, when no lever is named (the
// project acts itself: evidence to supply, a value to correct), « Le projet
// lui-même » / "The project itself".
func (a Action) Label(l lang.Lang) string { return leverText(a.Lever, l) }

// rank orders the checks a plan may close: an unmet Blocking check first,
// then Major, then a required check whose evidence is missing, then Minor,
// then any other Unknown check. Equal ranks go in check order, the model's
// sequence (MODEL §5).
func rank(c *Check) int {
	if c.Outcome == evaluation.Unknown {
		if c.Required {
			return 2
		}
		return 4
	}
	switch c.Severity {
	case Blocking:
		return 0
	case Major:
		return 1
	}
	return 3
}

// Plan returns the smallest set of checks whose closing makes r Ready,
// closing a check meaning that it becomes Met (its gaps closed, or its
// missing evidence supplied and showing it met). Among the sets of that
// size it returns the first by rank (see Actions: severity first, then
// the check order), in that order. The search is exact: it tries every
// subset of the unmet and Unknown checks, smallest first. A Ready report's
// plan is empty; ok is false when no plan exists (an abandoned project).
func (r *Report) Plan() (plan []CheckID, ok bool) {
	var cand [NumChecks]int // indexes into r.Checks, by rank then order
	n := 0
	for rk := range 5 {
		for i := range r.Checks {
			c := &r.Checks[i]
			if n < NumChecks && c.ID.IsValid() && (c.Outcome == evaluation.NotMet || c.Outcome == evaluation.Unknown) && rank(c) == rk {
				cand[n] = i
				n++
			}
		}
	}
	best, found := 0, false
	for size := 0; size <= n && !found; size++ {
		for m := 0; m < 1<<n; m++ {
			if bits.OnesCount(uint(m)) != size {
				continue
			}
			var closed uint16
			for j := range n {
				if m&(1<<j) != 0 {
					closed |= 1 << r.Checks[cand[j]].ID
				}
			}
			if verdictOf(r.Checks, r.Status.Abandoned, closed) != Ready {
				continue
			}
			// Of two sets of one size, the one holding the first candidate
			// where they differ comes first.
			if d := best ^ m; !found || m&(d&-d) != 0 {
				best, found = m, true
			}
		}
	}
	if !found {
		return nil, false
	}
	for j := range n {
		if best&(1<<j) != 0 {
			plan = append(plan, r.Checks[cand[j]].ID)
		}
	}
	return plan, true
}

// Actions returns the plan of r (Report.Plan) as actions, one per lever
// named by the gaps of the checks it closes, in the order of those checks,
// and one without a lever for the checks whose gaps name none. It is empty
// for a Ready report, and nil when no plan exists (Plan's ok is false).
func (r *Report) Actions() []Action {
	plan, ok := r.Plan()
	if !ok {
		return nil
	}
	out := []Action{}
	at := func(l innovation.Lever) *Action {
		for i := range out {
			if out[i].Lever == l {
				return &out[i]
			}
		}
		out = append(out, Action{Lever: l})
		return &out[len(out)-1]
	}
	for _, id := range plan {
		c, _ := r.Check(id)
		add := func(a *Action) {
			if !slices.Contains(a.Closes, id) {
				a.Closes = append(a.Closes, id)
				if c.Outcome == evaluation.Unknown {
					a.Evidence = append(a.Evidence, id)
				}
			}
		}
		if len(c.Gaps) == 0 {
			add(at(0))
			continue
		}
		for _, g := range c.Gaps {
			a := at(g.Lever)
			add(a)
			for _, k := range g.Partners {
				if !slices.Contains(a.Partners, k) {
					a.Partners = append(a.Partners, k)
				}
			}
		}
	}
	return out
}

// MarshalJSON writes r with the keys of its struct tags and, derived from
// its checks, "coverage", "score_range" (null when no check applies),
// "decisive" (the check deciding a verdict other than Ready),
// "requests" (the documents to request, with what to ask for under "text"
// in "fr" and "en") and "actions" (null when no plan exists). Each check and each gap writes its detail three ways: "detail", the
// English text (the key of earlier versions); "detail_text", the text for
// a person in "fr" and "en"; "detail_data", the code and its typed
// arguments (see Detail), which decoding reads back. Decoding ignores the derived keys: they are recomputed.
func (r Report) MarshalJSON() ([]byte, error) {
	type plain Report
	type words struct {
		French  string `json:"fr"`
		English string `json:"en"`
	}
	type request struct {
		Request
		Text words `json:"text"`
	}
	out := struct {
		plain
		Coverage   Coverage    `json:"coverage"`
		ScoreRange *ScoreRange `json:"score_range"`
		Decisive   CheckID     `json:"decisive,omitempty"`
		Requests   []request   `json:"requests,omitempty"`
		Actions    []Action    `json:"actions"`
	}{plain: plain(r), Coverage: r.Coverage(), Actions: r.Actions()}
	for _, q := range r.Requests() {
		out.Requests = append(out.Requests, request{q, words{q.Text(lang.French), q.Text(lang.English)}})
	}
	if sr, ok := r.ScoreRange(); ok {
		out.ScoreRange = &sr
	}
	out.Decisive, _ = r.Decisive()
	return json.Marshal(out)
}
