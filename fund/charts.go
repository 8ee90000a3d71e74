package fund

import (
	"github.com/seed424036fd/societal"

	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The portfolio's charts are Mermaid text, which GitHub and GitLab draw in
// a ```mermaid block: a pie for the phase mix, and xychart-beta bar charts
// for the verdicts per phase and the distributions of scores and coverage.
// Portfolio.Markdown writes them beside their tables. Labels come from
// Label in the report's language, and the percentages of their labels from
// internal/locale; the counts are Mermaid syntax, not prose, and are
// written in digits alone in both languages ("1234": a French "1 234"
// would break the chart). A double quote in a label becomes a single one
// (Mermaid strings cannot escape it).

// Buckets is the number of bars of a distribution chart: shares from 0 to
// 100% in steps of 20%, the last bucket closed (100% counts in 80–100%).
// [D]
const Buckets = 5

// verdictColours are the colours of the verdicts, worst first: the order
// in which VerdictChart draws its series. [D]
var verdictColours = [...]string{societal.Blocked: "#c62828", societal.NotYet: "#ef6c00", societal.InsufficientEvidence: "#f9a825", societal.Ready: "#2e7d32"}

// PhaseChart returns the phase mix as a Mermaid pie, one slice per phase
// holding at least one dossier (a pie has no empty slice), in the order of
// the phases; "" if no dossier has a valid phase.
func (p *Portfolio) PhaseChart(l lang.Lang) string {
	var b strings.Builder
	for ph := range innovation.Phases() {
		if n := p.Phases[ph]; n > 0 {
			b.WriteString("    " + chartString(ph.Label(l)) + " : " + strconv.Itoa(n) + "\n")
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "pie showData\n    title " + chartText(vocab(l).phaseMix) + "\n" + b.String()
}

// VerdictChart returns the verdicts per phase as a Mermaid xychart-beta
// chart of stacked bars, one bar per phase, Ready at the bottom and Blocked
// on top; "" for a portfolio without a dossier in a valid phase.
//
// xychart-beta draws several bar series over one another rather than
// stacked, so the chart draws the cumulative counts, worst verdict first:
// the first series is every verdict of the phase, the second all but
// Blocked, and so on down to Ready alone, each in its verdict's colour
// (set by an init directive). The count of a verdict is the difference
// between its series and the next. VerdictLegend names the colours.
func (p *Portfolio) VerdictChart(l lang.Lang) string {
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
		b.WriteString(verdictColours[v])
		if v > societal.Ready {
			b.WriteString(", ")
		}
	}
	b.WriteString("\"}}}}%%\nxychart-beta\n    title " + chartString(vocab(l).verdictsPerPhase) +
		"\n    x-axis [" + strings.Join(phases, ", ") + "]\n    y-axis " + chartString(vocab(l).dossiers) + " 0 --> " + strconv.Itoa(top) + "\n")
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

// VerdictLegend returns the legend of VerdictChart in lang: each verdict
// with its colour, from the bottom of the bars up.
func VerdictLegend(l lang.Lang) string {
	wd := vocab(l)
	names := [...]string{societal.Ready: wd.green, societal.InsufficientEvidence: wd.yellow, societal.NotYet: wd.orange, societal.Blocked: wd.red}
	var items []string
	for v := range societal.Verdicts() {
		items = append(items, v.Label(l)+" ("+names[v]+")")
	}
	return wd.bottomUp + l.Colon() + strings.Join(items, ", ")
}

// ScoreChart returns the distribution of the point scores (Report.Score)
// as a Mermaid xychart-beta bar chart: one bar per bucket of 20% (Buckets),
// then one for the reports without a score; "" for an empty portfolio.
func (p *Portfolio) ScoreChart(l lang.Lang) string {
	var counts [Buckets + 1]int
	for i := range p.Reports {
		if s := p.Reports[i].Score; s.Valid {
			counts[bucket(s.Decimal)]++
		} else {
			counts[Buckets]++
		}
	}
	return p.distribution(vocab(l).scores, counts[:], vocab(l).unknown, l)
}

// CoverageChart returns the distribution of the reports' evidence
// coverage (the judged share of the applicable weight, 0 when nothing
// applies) as a Mermaid xychart-beta bar chart, one bar per bucket of 20%
// (Buckets); "" for an empty portfolio.
func (p *Portfolio) CoverageChart(l lang.Lang) string {
	counts := make([]int, Buckets)
	for i := range p.Reports {
		counts[bucket(coverageShare(p.Reports[i].Coverage()))]++
	}
	return p.distribution(vocab(l).coverage, counts, "", l)
}

// distribution writes the bar chart of counts, one per bucket and, if
// extra is not empty, a last bar named extra.
func (p *Portfolio) distribution(title string, counts []int, extra string, l lang.Lang) string {
	if len(p.Reports) == 0 {
		return ""
	}
	var labels, bars []string
	top := 1
	for i, n := range counts {
		if i < Buckets {
			lo := decimal.New(int64(i), 0).Div(decimal.New(Buckets, 0))
			hi := decimal.New(int64(i+1), 0).Div(decimal.New(Buckets, 0))
			labels = append(labels, chartString(l.Percent(lo, 0)+"–"+l.Percent(hi, 0)))
		} else {
			labels = append(labels, chartString(extra))
		}
		bars = append(bars, strconv.Itoa(n))
		top = max(top, n)
	}
	return "xychart-beta\n    title " + chartString(title) + "\n    x-axis [" + strings.Join(labels, ", ") +
		"]\n    y-axis " + chartString(vocab(l).dossiers) + " 0 --> " + strconv.Itoa(top) +
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

// bucket returns the bucket of a share between 0 and 1: ⌊share·Buckets⌋,
// clamped to [0, Buckets-1].
func bucket(share decimal.Decimal) int {
	b := int(share.Mul(decimal.New(Buckets, 0)).Floor().IntPart())
	return min(max(b, 0), Buckets-1)
}

// chartString quotes s for Mermaid.
func chartString(s string) string { return `"` + chartText(s) + `"` }

// chartText keeps s from breaking a Mermaid line.
func chartText(s string) string {
	return strings.NewReplacer(`"`, "'", "\n", " ", "\r", " ").Replace(s)
}

// HistoryChart returns the lifecycle of d with its dated history as a
// Mermaid flowchart, left to right: the five phases in order, one arrow
// per transition of d.History labelled with its date (ISO 8601) and, for a
// return, its kind, an abandon ending in an "abandoned" node, and the
// phase d stands in highlighted. It returns "" for a dossier without
// history: Report.Markdown already draws where it stands
// (innovation.Mermaid). Transitions with an invalid phase are left out.
func HistoryChart(d *societal.Dossier, l lang.Lang) string {
	if len(d.History) == 0 {
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
		b.WriteString("    abandoned([" + chartString(vocab(l).abandoned) + "])\n")
	}
	if d.Phase.IsValid() {
		b.WriteString("    style " + d.Phase.String() + " stroke-width:4px\n")
	}
	return b.String()
}
