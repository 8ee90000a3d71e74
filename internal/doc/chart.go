package doc

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/lang"
)

// ChartKind is the kind of a [Chart]. The zero ChartKind is invalid: a
// chart of it is not drawn.
type ChartKind uint8

const (
	// Shares is the share of each category in the whole, of one series:
	// a pie in Mermaid, one bar per category scaled to 100 % in SVG,
	// every share rounded so that they add up to 100 % ([Shares]).
	Shares ChartKind = 1 + iota
	// Bars is one bar per category, of one series (Mermaid draws the bars
	// of several series over one another: give it one).
	Bars
	// Stacked is one bar per category, its series stacked from the first
	// (at the bottom) to the last.
	Stacked
)

// Tone is the colour of a series, from the Okabe–Ito palette, which reads
// for the common forms of colour blindness; the first four have distinct
// lightness (CIELAB L* 48, 72, 58, 89) so that they stay apart in grey
// print, and the others are drawn hatched in SVG for the same reason. The
// zero Tone is the palette's colour of the series' position.
type Tone uint8

// The tones of the palette.
const (
	Blue       Tone = 1 + iota // #0072B2
	Orange                     // #E69F00
	Green                      // bluish green, #009E73
	Yellow                     // #F0E442
	Vermillion                 // #D55E00, hatched
	Purple                     // reddish purple, #CC79A7, hatched
	Sky                        // sky blue, #56B4E9, hatched
)

// tones are the colours of the palette and whether each is hatched.
var tones = [...]struct {
	rgb   string
	hatch bool
}{
	Blue:       {"#0072B2", false},
	Orange:     {"#E69F00", false},
	Green:      {"#009E73", false},
	Yellow:     {"#F0E442", false},
	Vermillion: {"#D55E00", true},
	Purple:     {"#CC79A7", true},
	Sky:        {"#56B4E9", true},
}

// tone returns the tone of series i: its own, else the palette's i-th.
func (c *Chart) tone(i int) Tone {
	if t := c.Series[i].Tone; t >= Blue && t <= Sky {
		return t
	}
	return Tone(1 + i%int(Sky))
}

// Series is one series of counts of a [Chart]: one count per category.
type Series struct {
	// Name names the series in the legend and the table: the module's
	// words.
	Name string
	// Tone is its colour; zero for the palette's by position.
	Tone Tone
	// Counts holds one count per category of the chart; a missing or
	// negative count is read as 0.
	Counts []int
}

// Chart describes a chart of counts, which each renderer draws in its own
// way from this one description: Mermaid in Markdown, inline SVG in HTML,
// and its table in text. Every text of it is the module's own words (a
// label, never an input's data). The zero Chart draws nothing.
type Chart struct {
	// Kind is how it is drawn.
	Kind ChartKind
	// Title says what it shows.
	Title string
	// Mermaid is the title in Mermaid, which draws no legend in a bar
	// chart: the title and the colour of each series, in words. Empty:
	// Title.
	Mermaid string
	// Head is the head of the categories' column of its table; Unit is
	// what a count counts ("Dossiers"): the axis of the counts, and the
	// head of their column in the table of a chart of one series.
	Head, Unit string
	// Categories label the bars or slices, in order.
	Categories []string
	// Series holds the counts; Shares and Bars draw the first only.
	Series []Series
	// Beside says that the document shows the same counts in a table
	// beside the chart: its own table is then left out (in text, the
	// chart altogether).
	Beside bool
	// Lang writes the numbers of the chart (its labels, its table) as its
	// reader reads them; Mermaid's own numbers are digits alone.
	Lang lang.Lang
}

// count returns series s's count of category i, 0 if it has none.
func (c *Chart) count(s, i int) int {
	if s >= len(c.Series) || i >= len(c.Series[s].Counts) {
		return 0
	}
	return max(c.Series[s].Counts[i], 0)
}

// series returns the number of series drawn: one for Shares and Bars.
func (c *Chart) series() int {
	if c.Kind == Stacked {
		return len(c.Series)
	}
	return min(len(c.Series), 1)
}

// empty reports whether the chart has nothing to draw: an invalid kind,
// no category, no series, or no count above 0.
func (c *Chart) empty() bool {
	if c.Kind < Shares || c.Kind > Stacked || len(c.Categories) == 0 {
		return true
	}
	for s := range c.series() {
		for i := range c.Categories {
			if c.count(s, i) > 0 {
				return false
			}
		}
	}
	return true
}

// total returns the sum of the counts of category i over the series drawn.
func (c *Chart) total(i int) int {
	n := 0
	for s := range c.series() {
		n += c.count(s, i)
	}
	return n
}

// drawn reports whether series s is drawn: it counts something. A series
// of zeros is neither drawn nor in the legend.
func (c *Chart) drawn(s int) bool {
	for i := range c.Categories {
		if c.count(s, i) > 0 {
			return true
		}
	}
	return false
}

// Percentages returns the shares of counts in whole percentages that add
// up to exactly 100 (or all 0 when the counts sum to 0): each share is
// rounded down, then the points left go one each to the largest
// remainders, ties to the first (Hamilton's largest-remainder method).
// Negative counts are read as 0.
func Percentages(counts []int) []int {
	total := 0
	for _, n := range counts {
		total += max(n, 0)
	}
	out := make([]int, len(counts))
	if total == 0 {
		return out
	}
	rem := make([]int, len(counts))
	left := 100
	for i, n := range counts {
		n = max(n, 0)
		out[i] = n * 100 / total
		rem[i] = n * 100 % total
		left -= out[i]
	}
	for ; left > 0; left-- {
		best := -1
		for i := range rem {
			if rem[i] > 0 && (best < 0 || rem[i] > rem[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		out[best]++
		rem[best] = 0
	}
	return out
}

// ticks returns the top of an axis of counts up to top and its step: a
// whole step of 1, 2 or 5 times a power of ten, at most five steps to the
// top, the top a whole number of steps at or above top (1 when top is 0).
func ticks(top int) (axis, step int) {
	top = max(top, 1)
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 5} {
			step = m * p
			if (top+step-1)/step <= 5 {
				return (top + step - 1) / step * step, step
			}
		}
	}
}

// percent writes a whole percentage in the chart's language.
func (c *Chart) percent(n int) string { return c.Lang.Percent(decimal.New(int64(n), -2), 0) }

// table returns the chart's table: its categories down, a column per
// series (Stacked) or the counts (and for Shares, the percentages).
func (c *Chart) table() (head []Line, rows [][]Line) {
	head = []Line{L(c.Head)}
	switch c.Kind {
	case Stacked:
		for _, s := range c.Series {
			head = append(head, L(s.Name))
		}
	default:
		head = append(head, L(c.Unit))
	}
	if c.Kind == Shares {
		head = append(head, L("%"))
	}
	var shares []int
	if c.Kind == Shares {
		shares = Percentages(c.firstCounts())
	}
	for i, cat := range c.Categories {
		row := []Line{L(cat)}
		for s := range c.series() {
			row = append(row, L(c.Lang.Int(c.count(s, i))))
		}
		if shares != nil {
			row = append(row, L(c.percent(shares[i])))
		}
		rows = append(rows, row)
	}
	return head, rows
}

// firstCounts returns the counts of the first series, one per category.
func (c *Chart) firstCounts() []int {
	out := make([]int, len(c.Categories))
	for i := range out {
		out[i] = c.count(0, i)
	}
	return out
}

// describe says what the chart shows in words, for a reader without it
// (SVG's <desc>): each category with its counts, in the chart's language.
func (c *Chart) describe() string {
	var parts []string
	var shares []int
	if c.Kind == Shares {
		shares = Percentages(c.firstCounts())
	}
	for i, cat := range c.Categories {
		var v string
		switch {
		case c.Kind == Stacked:
			var each []string
			for s := range c.Series {
				if c.drawn(s) {
					each = append(each, c.Series[s].Name+" "+c.Lang.Int(c.count(s, i)))
				}
			}
			v = strings.Join(each, ", ")
		case shares != nil:
			v = c.Lang.Int(c.count(0, i)) + " (" + c.percent(shares[i]) + ")"
		default:
			v = c.Lang.Int(c.count(0, i))
		}
		parts = append(parts, cat+c.Lang.Colon()+v)
	}
	return strings.Join(parts, c.Lang.Semicolon())
}

// mermaid writes the chart in Mermaid: Shares as a pie whose values are
// the rounded percentages (so that the percentages Mermaid writes are
// these, adding up to 100) and whose legend gives each count; Bars and
// Stacked as xychart-beta bar charts on an axis of whole numbers (at least
// 10, where Mermaid's ticks are whole), Stacked as cumulative series drawn
// from the top down, since xychart-beta does not stack. Series of zeros
// are left out, and so is a slice of no count.
func (c *Chart) mermaid() string {
	var b strings.Builder
	title := c.Mermaid
	if title == "" {
		title = c.Title
	}
	if c.Kind == Shares {
		counts := c.firstCounts()
		shares := Percentages(counts)
		b.WriteString(`%%{init: {"themeVariables": {`)
		n := 0
		for i := range counts {
			if counts[i] > 0 {
				n++
				b.WriteString(`"pie` + strconv.Itoa(n) + `": "` + tones[Tone(1+(n-1)%int(Sky))].rgb + `", `)
			}
		}
		b.WriteString(`"pieStrokeColor": "#000000", "pieOuterStrokeColor": "#000000", "pieSectionTextColor": "#000000"}}}%%` + "\n")
		b.WriteString("pie\n    title " + mermaidText(title) + "\n")
		for i, cat := range c.Categories {
			if counts[i] > 0 {
				b.WriteString("    " + mermaidString(cat+" — "+c.Lang.Int(counts[i])+" ("+c.percent(shares[i])+")") + " : " + strconv.Itoa(shares[i]) + "\n")
			}
		}
		return b.String()
	}
	top := 0
	for i := range c.Categories {
		top = max(top, c.total(i))
	}
	var drawn []int // the series drawn, from the top of the stack down
	for s := c.series() - 1; s >= 0; s-- {
		if c.drawn(s) {
			drawn = append(drawn, s)
		}
	}
	b.WriteString(`%%{init: {`)
	if c.Kind == Bars {
		b.WriteString(`"xyChart": {"showDataLabel": true}, `)
	}
	b.WriteString(`"themeVariables": {"xyChart": {"plotColorPalette": "`)
	for k, s := range drawn {
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tones[c.tone(s)].rgb)
	}
	b.WriteString("\"}}}}%%\nxychart-beta\n    title " + mermaidString(title) + "\n    x-axis [")
	for i, cat := range c.Categories {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(mermaidString(cat))
	}
	b.WriteString("]\n    y-axis " + mermaidString(c.Unit) + " 0 --> " + strconv.Itoa(max(top, 10)) + "\n")
	for _, s := range drawn {
		b.WriteString("    bar [")
		for i := range c.Categories {
			if i > 0 {
				b.WriteString(", ")
			}
			n := 0
			for u := 0; u <= s; u++ {
				n += c.count(u, i)
			}
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// mermaidString quotes s for Mermaid.
func mermaidString(s string) string { return `"` + mermaidText(s) + `"` }

// mermaidText keeps s from breaking a Mermaid line: on one line, a double
// quote (which Mermaid strings cannot escape) made a single one.
func mermaidText(s string) string {
	return strings.NewReplacer(`"`, "'", "\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// Node is a step of a [Flow]: a box in its row, or aside, below the row.
type Node struct {
	// Key names the node in Mermaid: lowercase ASCII letters and hyphens,
	// the module's own (a phase's key).
	Key string
	// Label is what the box says: the module's words.
	Label string
	// Current marks the node the subject stands at: drawn bold.
	Current bool
	// Aside places the node below the row, under the first node with an
	// edge to it: an end off the path (an abandonment).
	Aside bool
}

// Edge is an arrow of a [Flow] between two of its nodes, by their index.
type Edge struct {
	From, To int
	// Label is what the arrow says (a risk zone, a date): the module's
	// words.
	Label string
}

// Flow describes a path through steps in a row, left to right (the phases
// of a lifecycle), with arrows between them, forward or back, and nodes
// aside: Mermaid's flowchart in Markdown, inline SVG in HTML, Alt in text.
// Its texts are the module's words. The zero Flow draws nothing.
type Flow struct {
	// Title says what it shows.
	Title string
	// Nodes are the steps, those of the row in order.
	Nodes []Node
	// Edges are the arrows, in the order they are drawn; an edge naming a
	// node that is not there is left out.
	Edges []Edge
	// Alt says what it shows in words, for a reader without it: text
	// renders it alone.
	Alt Line
}

// edges returns the edges whose ends are nodes of f.
func (f *Flow) edges() []Edge {
	var out []Edge
	for _, e := range f.Edges {
		if e.From >= 0 && e.From < len(f.Nodes) && e.To >= 0 && e.To < len(f.Nodes) {
			out = append(out, e)
		}
	}
	return out
}

// Mermaid writes the flow as a Mermaid flowchart, left to right: the nodes
// of the row kept in a row by invisible links between neighbours (so that
// a step no arrow reaches stays in its place), the arrows labelled, the
// current node in the palette's orange and bold, its title and what it
// shows given to Mermaid's SVG as its accessible title and description.
// Markdown writes it in a fenced block.
func (f *Flow) Mermaid() string {
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	if f.Title != "" {
		b.WriteString("    accTitle: " + mermaidText(f.Title) + "\n")
	}
	if !f.Alt.IsZero() {
		b.WriteString("    accDescr: " + mermaidText(f.Alt.string(&textFormat)) + "\n")
	}
	var row []string
	for _, n := range f.Nodes {
		if n.Aside {
			b.WriteString("    " + n.Key + "([" + mermaidString(n.Label) + "])\n")
			continue
		}
		b.WriteString("    " + n.Key + "[" + mermaidString(n.Label) + "]\n")
		row = append(row, n.Key)
	}
	if len(row) > 1 {
		b.WriteString("    " + strings.Join(row, " ~~~ ") + "\n")
	}
	for _, e := range f.edges() {
		b.WriteString("    " + f.Nodes[e.From].Key + " -->")
		if e.Label != "" {
			b.WriteString("|" + mermaidString(e.Label) + "|")
		}
		b.WriteString(" " + f.Nodes[e.To].Key + "\n")
	}
	for _, n := range f.Nodes {
		if n.Current {
			b.WriteString("    classDef current fill:" + tones[Orange].rgb + ",stroke:#000000,stroke-width:4px,font-weight:bold\n")
			b.WriteString("    class " + n.Key + " current\n")
			break
		}
	}
	return b.String()
}
