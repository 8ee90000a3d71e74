package fund

import (
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// The portfolio's charts are described once each (doc.Chart) and drawn by
// each renderer: Mermaid in Markdown (which GitHub and GitLab draw in a
// ```mermaid block), inline SVG in HTML, a table in text. The phase mix is
// a chart of shares (a pie in Mermaid, whose percentages add up to 100),
// the verdicts per phase stacked bars, the scores and the coverage bars of
// counts; each on an axis of whole numbers. Their titles and labels come
// from the package's words and the model's labels in the report's
// language, never from a dossier.

// buckets is the number of bars of a distribution chart: shares from 0 to
// 100% in steps of 20%, the last bucket closed (100% counts in 80–100%).
// [D]
const buckets = 5

// verdictTones are the colours of the verdicts and their names, from the
// Okabe–Ito palette (doc.Tone), which reads for colour-blind readers: the
// worst verdict hatched, so that it stays apart from Ready in grey print.
// [D]
var verdictTones = [...]struct {
	tone doc.Tone
	name lang.Text
}{
	societal.Blocked:              {doc.Vermillion, words.vermilion},
	societal.NotYet:               {doc.Orange, words.orange},
	societal.InsufficientEvidence: {doc.Yellow, words.yellow},
	societal.Ready:                {doc.Green, words.green},
}

// phaseChart returns the phase mix: the share of each phase in the
// dossiers with a valid phase, beside its table.
func (p *Portfolio) phaseChart(l lang.Lang) doc.Chart {
	c := doc.Chart{Kind: doc.Shares, Title: words.phaseMix.In(l), Head: words.phase.In(l), Unit: words.dossiers.In(l), Beside: true, Lang: l}
	s := doc.Series{Name: words.dossiers.In(l)}
	for ph := range innovation.Phases() {
		c.Categories = append(c.Categories, ph.Label(l))
		s.Counts = append(s.Counts, p.Phases[ph])
	}
	c.Series = []doc.Series{s}
	return c
}

// verdictChart returns the verdicts per phase as stacked bars, one bar per
// phase, Ready at the bottom and Blocked on top, with its own table (the
// portfolio's table of verdicts counts them over every phase). Mermaid,
// which draws no legend for bars, names each verdict's colour in the
// title, from the bottom up.
func (p *Portfolio) verdictChart(l lang.Lang) doc.Chart {
	counts := p.verdictsPerPhase()
	c := doc.Chart{Kind: doc.Stacked, Title: words.verdictsByPhase.In(l), Head: words.phase.In(l), Unit: words.dossiers.In(l), Lang: l}
	for ph := range innovation.Phases() {
		c.Categories = append(c.Categories, ph.Label(l))
	}
	var legend []lang.Arg
	for v := range societal.Verdicts() {
		s := doc.Series{Name: v.Label(l), Tone: verdictTones[v].tone}
		drawn := false
		for ph := range innovation.Phases() {
			s.Counts = append(s.Counts, counts[ph][v])
			drawn = drawn || counts[ph][v] > 0
		}
		c.Series = append(c.Series, s)
		if drawn {
			legend = append(legend, phrase{words.legendItem, []lang.Arg{v, verdictTones[v].name}})
		}
	}
	c.Mermaid = words.verdictsPerPhase.Format(l, lang.List(legend...))
	return c
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

// distributionChart returns the bars of counts, one per bucket (and the
// unknown one, if counts holds it), titled title, beside the table of
// scores and coverage.
func (p *Portfolio) distributionChart(title lang.Text, counts []int, l lang.Lang) doc.Chart {
	c := doc.Chart{Kind: doc.Bars, Title: title.In(l), Head: words.bucket.In(l), Unit: words.dossiers.In(l), Beside: true, Lang: l}
	for i := range counts {
		c.Categories = append(c.Categories, bucketLabel(i, l))
	}
	c.Series = []doc.Series{{Name: words.dossiers.In(l), Tone: doc.Blue, Counts: counts}}
	return c
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

// HistoryChart returns the lifecycle of d with its dated history as a
// Mermaid flowchart in l, left to right: the five phases in a row (kept in
// it, whether the history visits them or not), one arrow per transition of
// d.History labelled with its date (ISO 8601) and, for a return, its kind,
// an abandon ending in an "abandoned" node, and the phase d stands in
// highlighted. It returns "" for a nil dossier and a dossier without
// history: Report.Markdown already draws where it stands. Transitions with
// an invalid phase are left out. Its labels are the model's and the
// package's words, never the dossier's text.
func HistoryChart(d *societal.Dossier, l lang.Lang) string {
	f, ok := history(d, l)
	if !ok {
		return ""
	}
	return f.Mermaid()
}

// history describes the lifecycle of d with its dated history, as
// HistoryChart draws it; false for a nil dossier or no history.
func history(d *societal.Dossier, l lang.Lang) (doc.Flow, bool) {
	if d == nil || len(d.History) == 0 {
		return doc.Flow{}, false
	}
	f := doc.Flow{Title: words.history.In(l)}
	index := map[innovation.Phase]int{}
	for ph := range innovation.Phases() {
		index[ph] = len(f.Nodes)
		f.Nodes = append(f.Nodes, doc.Node{Key: ph.String(), Label: ph.Label(l), Current: ph == d.Phase})
	}
	abandoned := -1
	for _, t := range d.History {
		if !t.From.IsValid() || !t.To.IsValid() {
			continue
		}
		label := ""
		if !t.At.IsZero() {
			label = t.At.Format(time.DateOnly)
		}
		to := index[t.To]
		switch t.Kind {
		case innovation.Abandon:
			if abandoned < 0 {
				abandoned = len(f.Nodes)
				f.Nodes = append(f.Nodes, doc.Node{Key: "abandoned", Label: words.abandonedNode.In(l), Aside: true})
			}
			to = abandoned
		case innovation.Advance:
		default:
			label = strings.TrimSpace(label + " " + t.Kind.Label(l))
		}
		f.Edges = append(f.Edges, doc.Edge{From: index[t.From], To: to, Label: label})
	}
	return f, true
}
