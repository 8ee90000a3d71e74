package societal

import (
	"encoding/json"
	"math/bits"
	"slices"
	"strconv"

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
	// Score is the point score: the weighted share of the checks met
	// among those whose evidence is known and that apply
	// (evaluation.ScoreCriteria with the rubric's weights). It is given
	// only where it means what it says: every check the rubric requires
	// judged, and the judged share of the applicable weight at least
	// MinCoverage. Otherwise it is null, and so when no check could be
	// judged: ScoreRange and Coverage say how far the evidence goes.
	Score decimal.NullDecimal `json:"score"`
	// MinCoverage is the rubric's MinCoverage: the least coverage at which
	// Score is given.
	MinCoverage decimal.Decimal `json:"min_coverage"`
	// Checks are the outcomes of the checks, in CheckID order.
	Checks []Check `json:"checks"`
	// Budget is the dossier's budget as it states it (Dossier.Budget),
	// zero when it states none; the dossier format gives it no currency.
	Budget evaluation.Budget `json:"budget,omitzero"`
	// Contributions are the contributions of the dossier's partnership, in
	// its order, each with its lever, the kind of partner that brings it
	// and its amount when valued: the reports sum them per lever and per
	// kind of partner, each currency apart.
	Contributions []Contribution `json:"contributions,omitempty"`
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
func (r *Report) Coverage() Coverage { return coverageOf(r.Checks) }

// coverageOf returns how much of the rubric the checks cs judge.
func coverageOf(cs []Check) Coverage {
	cov := Coverage{JudgedWeight: decimal.Zero, ApplicableWeight: decimal.Zero}
	for _, c := range cs {
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

// withheld says why a report gives no point score (Report.Score): the
// rule documented there, in one place for Assess and the reports.
type withheld uint8

const (
	scoreGiven      withheld = iota // the evidence supports a point score
	withoutRequired                 // a check the rubric requires is Unknown
	withoutCoverage                 // the coverage is below the rubric's MinCoverage
)

// withheldOf returns why checks cs give no point score under a rubric
// whose MinCoverage is least, or scoreGiven. It adds weights only when a
// check is Unknown: a dossier judged in full costs no allocation.
func withheldOf(cs []Check, least decimal.Decimal) withheld {
	unknown := false
	for i := range cs {
		if cs[i].Outcome == evaluation.Unknown {
			if cs[i].Required {
				return withoutRequired
			}
			unknown = true
		}
	}
	if !unknown || least.Sign() <= 0 || covered(cs, least) {
		return scoreGiven
	}
	return withoutCoverage
}

// wholeWeight bounds the weights covered adds as whole numbers: fifteen
// of them sum below 2⁴⁰, and times 10⁶ below 2⁶³.
var wholeWeight = decimal.NewFromInt(1 << 36)

// covered reports whether the judged weight of cs is at least least times
// their applicable weight, exactly. Whole weights (the default rubric's, a
// rubric's written "2") and a least of at most six decimals are compared
// in int64, without an allocation; other weights with decimals.
func covered(cs []Check, least decimal.Decimal) bool {
	if e := least.Exponent(); e <= 0 && e >= -6 {
		var judged, applicable int64
		whole := true
		for i := range cs {
			w := cs[i].Weight
			if w.Exponent() != 0 || w.Sign() < 0 || w.Cmp(wholeWeight) > 0 {
				whole = false
				break
			}
			switch cs[i].Outcome {
			case evaluation.Met, evaluation.NotMet:
				judged += w.CoefficientInt64()
				fallthrough
			case evaluation.Unknown:
				applicable += w.CoefficientInt64()
			}
		}
		if whole {
			scale := int64(1)
			for range -e {
				scale *= 10
			}
			return judged*scale >= least.CoefficientInt64()*applicable
		}
	}
	cov := coverageOf(cs)
	return !cov.JudgedWeight.LessThan(least.Mul(cov.ApplicableWeight))
}

// ScoreRange is the readiness score once the missing evidence is known:
// Low if every Unknown check turns out not met, High if every one turns
// out met. Each is Σ weight(met) / Σ weight(applicable) over the checks, by
// evaluation.ScoreCriteria, rounded to evaluation.ScorePlaces. The point
// score Report.Score, over the judged checks only, lies between them when
// it is given. A plain value, safe for concurrent use.
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
			return first(func(c Check) bool { d := c.ID.def(); return d != nil && d.identifies })
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

// Text returns what to ask for, in l (CheckID.Request).
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

// Label names a in l: its lever, or, when no lever is named (the project
// acts itself: evidence to supply, a value to correct), « Le projet
// lui-même » / "The project itself".
func (a Action) Label(l lang.Lang) string {
	if a.Lever == 0 {
		return wordProject.In(l)
	}
	return a.Lever.Label(l)
}

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
	var cand [maxCheck]int // indexes into r.Checks, by rank then order
	n := 0
	for rk := range 5 {
		for i := range r.Checks {
			c := &r.Checks[i]
			if n < maxCheck && c.ID.IsValid() && (c.Outcome == evaluation.NotMet || c.Outcome == evaluation.Unknown) && rank(c) == rk {
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
// "decisive" (the check deciding a verdict other than Ready), "requests"
// (the documents to request, what to ask for under "text") and "actions"
// (null when no plan exists). Each check and each gap writes its detail
// twice: "detail_data", the code and its typed values (see Detail), which
// decoding reads back, and "detail_text", the text for a person. Every
// text is an object keyed by language code, holding each language of
// lang.Langs ({"fr": …, "en": …}); JSON writes the asked languages only.
// Decoding ignores the derived keys and the texts: they are recomputed.
func (r Report) MarshalJSON() ([]byte, error) { return r.marshal(slices.Collect(lang.Langs())) }

// JSON returns r for encoding/json, as MarshalJSON writes it with its
// texts in the languages ls only, in that order (every language of
// lang.Langs when ls is empty; lang.Pseudo is "qps"): what a program
// writes for a reader who asked for one language. Invalid languages are
// left out.
func (r Report) JSON(ls ...lang.Lang) json.Marshaler {
	if len(ls) == 0 {
		ls = slices.Collect(lang.Langs())
	}
	return reportIn{r, ls}
}

// statusJSON is a report's status in its JSON: a dossier without a valid
// phase is assessed too, and its report says so by an empty status (no
// phase), where innovation.Status, a status of the lifecycle, refuses to
// be written without one.
type statusJSON struct {
	Phase     innovation.Phase `json:"phase,omitempty"`
	Abandoned bool             `json:"abandoned,omitempty"`
}

// reportIn is a report and the languages of its texts.
type reportIn struct {
	r  Report
	ls []lang.Lang
}

// MarshalJSON writes the report with its texts in its languages.
func (in reportIn) MarshalJSON() ([]byte, error) { return in.r.marshal(in.ls) }

func (r Report) marshal(ls []lang.Lang) ([]byte, error) {
	type plain Report
	type request struct {
		Request
		Text texts `json:"text"`
	}
	out := struct {
		plain
		Status     statusJSON  `json:"status"`
		Checks     []checkJSON `json:"checks"`
		Coverage   Coverage    `json:"coverage"`
		ScoreRange *ScoreRange `json:"score_range"`
		Decisive   CheckID     `json:"decisive,omitempty"`
		Requests   []request   `json:"requests,omitempty"`
		Actions    []Action    `json:"actions"`
	}{plain: plain(r), Status: statusJSON(r.Status), Coverage: r.Coverage(), Actions: r.Actions()}
	out.Checks = make([]checkJSON, len(r.Checks))
	for i, c := range r.Checks {
		out.Checks[i] = c.in(ls)
	}
	for _, q := range r.Requests() {
		out.Requests = append(out.Requests, request{q, texts{ls, q.Text}})
	}
	if sr, ok := r.ScoreRange(); ok {
		out.ScoreRange = &sr
	}
	out.Decisive, _ = r.Decisive()
	return json.Marshal(out)
}

// texts is a text in the languages ls, written as a JSON object keyed by
// language code in the order of ls.
type texts struct {
	ls   []lang.Lang
	text func(lang.Lang) string
}

// IsZero reports whether there is no text.
func (t texts) IsZero() bool { return t.text == nil }

// MarshalJSON writes {"fr": …, "en": …}.
func (t texts) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for _, l := range t.ls {
		if !l.IsValid() {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, l.String())
		b = append(b, ':')
		s, err := json.Marshal(t.text(l))
		if err != nil {
			return nil, err
		}
		b = append(b, s...)
	}
	return append(b, '}'), nil
}

// checkJSON is a check with the texts of its detail and gaps.
type checkJSON struct {
	checkFields
	Gaps       []gapJSON `json:"gaps,omitempty"`
	DetailText texts     `json:"detail_text,omitzero"`
}

// gapJSON is a gap with the text of its detail.
type gapJSON struct {
	gapFields
	DetailText texts `json:"detail_text,omitzero"`
}

// checkFields and gapFields are Check and Gap without their methods.
type (
	checkFields Check
	gapFields   Gap
)

// in returns c with its texts in ls.
func (c Check) in(ls []lang.Lang) checkJSON {
	out := checkJSON{checkFields: checkFields(c), DetailText: detailTexts(c.Detail, ls)}
	for _, g := range c.Gaps {
		out.Gaps = append(out.Gaps, g.in(ls))
	}
	return out
}

// in returns g with its text in ls.
func (g Gap) in(ls []lang.Lang) gapJSON {
	return gapJSON{gapFields: gapFields(g), DetailText: detailTexts(g.Detail, ls)}
}

// detailTexts is the text of d in ls, none for no detail.
func detailTexts(d Detail, ls []lang.Lang) texts {
	if d.IsZero() {
		return texts{}
	}
	return texts{ls, d.Text}
}

// MarshalJSON writes c as Report.MarshalJSON writes each of its checks,
// its texts in every language of lang.Langs.
func (c Check) MarshalJSON() ([]byte, error) { return json.Marshal(c.in(slices.Collect(lang.Langs()))) }

// MarshalJSON writes g as Check.MarshalJSON writes each of its gaps.
func (g Gap) MarshalJSON() ([]byte, error) { return json.Marshal(g.in(slices.Collect(lang.Langs()))) }
