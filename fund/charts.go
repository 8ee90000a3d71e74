package fund

import (
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The portfolio's charts are Mermaid text, which GitHub and GitLab draw in
// a ```mermaid block: a pie for the phase mix, and xychart-beta bar charts
// for the verdicts per phase and the distributions of scores and coverage.
// Portfolio.Markdown writes them beside their tables. Their titles and
// labels come from the package's words and the model's labels in the
// report's language, never from a dossier; the counts are Mermaid syntax,
// not prose, and are written in digits alone in every language ("1234": a
// French "1 234" would break the chart). A double quote in a label becomes
// a single one (Mermaid strings cannot escape it).

// buckets is the number of bars of a distribution chart: shares from 0 to
// 100% in steps of 20%, the last bucket closed (100% counts in 80–100%).
// [D]
const buckets = 5

// verdictColours are the colours of the verdicts and their names, worst
// first: the order in which verdictChart draws its series. [D]
var verdictColours = [...]struct {
	code string
	name lang.Text
}{
	societal.Blocked:              {"#c62828", words.red},
	societal.NotYet:               {"#ef6c00", words.orange},
	societal.InsufficientEvidence: {"#f9a825", words.yellow},
	societal.Ready:                {"#2e7d32", words.green},
}

// phaseChart returns the phase mix as a Mermaid pie, one slice per phase
// holding at least one dossier (a pie has no empty slice), in the order of
// the phases; "" if no dossier has a valid phase.
func (p *Portfolio) phaseChart(l lang.Lang) string {
	var b strings.Builder
	for ph := range innovation.Phases() {
		if n := p.Phases[ph]; n > 0 {
			b.WriteString("    " + chartString(ph.Label(l)) + " : " + strconv.Itoa(n) + "\n")
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "pie showData\n    title " + chartText(words.phaseMix.In(l)) + "\n" + b.String()
}

// verdictChart returns the verdicts per phase as a Mermaid xychart-beta
// chart of stacked bars, one bar per phase, Ready at the bottom and Blocked
// on top; "" for a portfolio without a dossier in a valid phase.
//
// xychart-beta draws several bar series over one another rather than
// stacked, so the chart draws the cumulative counts, worst verdict first:
// the first series is every verdict of the phase, the second all but
// Blocked, and so on down to Ready alone, each in its verdict's colour
// (set by an init directive). The count of a verdict is the difference
// between its series and the next. The title names the colours, from the
// bottom of the bars up.
func (p *Portfolio) verdictChart(l lang.Lang) string {
	counts := p.verdictsPerPhase()
	var phases []string
	top := 0
	for ph := range innovation.Phases() {
		phases = append(phases, chartString(ph.Label(l)))
		top = max(top, p.Phases[ph])
	}
	if top == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "`)
	for v := societal.Blocked; v >= societal.Ready; v-- {
		b.WriteString(verdictColours[v].code)
		if v > societal.Ready {
			b.WriteString(", ")
		}
	}
	var legend []lang.Arg
	for v := range societal.Verdicts() {
		legend = append(legend, phrase{words.legendItem, []lang.Arg{v, verdictColours[v].name}})
	}
	b.WriteString("\"}}}}%%\nxychart-beta\n    title " + chartString(words.verdictsPerPhase.Format(l, lang.List(legend...))) +
		"\n    x-axis [" + strings.Join(phases, ", ") + "]\n    y-axis " + chartString(words.dossiers.In(l)) + " 0 --> " + strconv.Itoa(top) + "\n")
	for v := societal.Blocked; v >= societal.Ready; v-- {
		var bars []string
		for ph := range innovation.Phases() {
			n := 0
			for u := societal.Ready; u <= v; u++ {
				n += counts[ph][u]
			}
			bars = append(bars, strconv.Itoa(n))
		}
		b.WriteString("    bar [" + strings.Join(bars, ", ") + "]\n")
	}
	return b.String()
}

// distributions counts the reports per bucket of their point score
// (Report.Score; the last count is of the reports without one, those
// whose evidence does not support a point score) and of
// their evidence coverage (the judged share of the applicable weight, 0
// when nothing applies).
func (p *Portfolio) distributions() (scores [buckets + 1]int, coverage [buckets]int) {
	for i := range p.Reports {
		if s := p.Reports[i].Score; s.Valid {
			scores[bucket(s.Decimal)]++
		} else {
			scores[buckets]++
		}
		coverage[bucket(coverageShare(p.Reports[i].Coverage()))]++
	}
	return scores, coverage
}

// bucketLabel is the label of bucket i in l: "0 %–20 %"; the bucket past
// the last counts the reports without a point score, "non noté".
func bucketLabel(i int, l lang.Lang) string {
	if i >= buckets {
		return words.notScored.In(l)
	}
	lo := decimal.New(int64(i), 0).Div(decimal.New(buckets, 0))
	hi := decimal.New(int64(i+1), 0).Div(decimal.New(buckets, 0))
	return l.Percent(lo, 0) + "–" + l.Percent(hi, 0)
}

// distributionChart writes the bar chart of counts, one bar per bucket
// (and the unknown one, if counts holds it), titled title; "" for an empty
// portfolio.
func (p *Portfolio) distributionChart(title lang.Text, counts []int, l lang.Lang) string {
	if len(p.Reports) == 0 {
		return ""
	}
	var labels, bars []string
	top := 1
	for i, n := range counts {
		labels = append(labels, chartString(bucketLabel(i, l)))
		bars = append(bars, strconv.Itoa(n))
		top = max(top, n)
	}
	return "xychart-beta\n    title " + chartString(title.In(l)) + "\n    x-axis [" + strings.Join(labels, ", ") +
		"]\n    y-axis " + chartString(words.dossiers.In(l)) + " 0 --> " + strconv.Itoa(top) +
		"\n    bar [" + strings.Join(bars, ", ") + "]\n"
}

// verdictsPerPhase counts the reports per phase and verdict; reports with
// an invalid phase or verdict are left out.
func (p *Portfolio) verdictsPerPhase() map[innovation.Phase]map[societal.Verdict]int {
	out := map[innovation.Phase]map[societal.Verdict]int{}
	for ph := range innovation.Phases() {
		out[ph] = map[societal.Verdict]int{}
	}
	for i := range p.Reports {
		r := &p.Reports[i]
		if r.Status.Phase.IsValid() && r.Verdict.IsValid() {
			out[r.Status.Phase][r.Verdict]++
		}
	}
	return out
}

// coverageShare is the judged share of the applicable weight, 0 when
// nothing applies.
func coverageShare(c societal.Coverage) decimal.Decimal {
	if c.ApplicableWeight.Sign() <= 0 {
		return decimal.Zero
	}
	return c.JudgedWeight.DivRound(c.ApplicableWeight, evaluation.ScorePlaces)
}

// bucket returns the bucket of a share between 0 and 1: ⌊share·buckets⌋,
// clamped to [0, buckets-1].
func bucket(share decimal.Decimal) int {
	b := int(share.Mul(decimal.New(buckets, 0)).Floor().IntPart())
	return min(max(b, 0), buckets-1)
}

// chartString quotes s for Mermaid.
func chartString(s string) string { return `"` + chartText(s) + `"` }

// chartText keeps s from breaking a Mermaid line.
func chartText(s string) string {
	return strings.NewReplacer(`"`, "'", "\n", " ", "\r", " ").Replace(s)
}

// HistoryChart returns the lifecycle of d with its dated history as a
// Mermaid flowchart in l, left to right: the five phases in order, one
// arrow per transition of d.History labelled with its date (ISO 8601) and,
// for a return, its kind, an abandon ending in an "abandoned" node, and the
// phase d stands in highlighted. It returns "" for a nil dossier and a
// dossier without history: Report.Markdown already draws where it stands
// (innovation.Mermaid). Transitions with an invalid phase are left out.
// Its labels are the model's and the package's words, never the dossier's
// text.
func HistoryChart(d *societal.Dossier, l lang.Lang) string {
	if d == nil || len(d.History) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	for ph := range innovation.Phases() {
		b.WriteString("    " + ph.String() + "[" + chartString(ph.Label(l)) + "]\n")
	}
	abandoned := false
	for _, t := range d.History {
		if !t.From.IsValid() || !t.To.IsValid() {
			continue
		}
		label := ""
		if !t.At.IsZero() {
			label = t.At.Format(time.DateOnly)
		}
		to := t.To.String()
		switch t.Kind {
		case innovation.Abandon:
			to, abandoned = "abandoned", true
		case innovation.Advance:
		default:
			label = strings.TrimSpace(label + " " + t.Kind.Label(l))
		}
		b.WriteString("    " + t.From.String() + " -->")
		if label != "" {
			b.WriteString("|" + chartString(label) + "|")
		}
		b.WriteString(" " + to + "\n")
	}
	if abandoned {
		b.WriteString("    abandoned([" + chartString(words.abandonedNode.In(l)) + "])\n")
	}
	if d.Phase.IsValid() {
		b.WriteString("    style " + d.Phase.String() + " stroke-width:4px\n")
	}
	return b.String()
}
