package doc

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The charts and flows in inline SVG: self-contained (no font, image or
// script of their own; the page's stylesheet sets the font), sized in
// pixels with a viewBox so that the page may scale them down, each with a
// <title> and a <desc> (what it shows, in words) named by aria-labelledby
// under role="img". Every text is the module's words, escaped as HTML
// text all the same.

// svgWidth is the width of every chart, in pixels of its viewBox.
const svgWidth = 680

// Sizes of the text, in pixels.
const (
	titleSize = 15
	labelSize = 12
	smallSize = 11
)

// svg is an SVG being written: id prefixes its ids (unique in the page).
type svg struct {
	b  strings.Builder
	id string
}

// textWidth estimates the width of s in pixels at size: the page's sans
// serif averages a little under 0.6 em a character.
func textWidth(s string, size int) int { return utf8.RuneCountInString(s) * size * 58 / 100 }

// f writes a number of pixels.
func f(n int) string { return strconv.Itoa(n) }

// text writes s at (x, y), anchored (start, middle, end), at size, bold or
// not, squeezed to width (0: not) when it is estimated wider.
func (g *svg) text(x, y int, anchor string, size int, bold bool, fill string, width int, s string) {
	g.b.WriteString(`<text x="` + f(x) + `" y="` + f(y) + `" font-size="` + f(size) + `"`)
	if anchor != "start" {
		g.b.WriteString(` text-anchor="` + anchor + `"`)
	}
	if bold {
		g.b.WriteString(` font-weight="bold"`)
	}
	if fill != "" {
		g.b.WriteString(` fill="` + fill + `"`)
	}
	if width > 0 && textWidth(s, size) > width {
		g.b.WriteString(` textLength="` + f(width) + `" lengthAdjust="spacingAndGlyphs"`)
	}
	g.b.WriteString(">" + escapeWords(s) + "</text>\n")
}

// rect writes a rectangle filled with tone t (hatched if t is), with a
// black outline so that the lightest tone reads on white.
func (g *svg) rect(x, y, w, h int, t Tone) {
	g.b.WriteString(`<rect x="` + f(x) + `" y="` + f(y) + `" width="` + f(w) + `" height="` + f(h) + `" fill="` + tones[t].rgb + `" stroke="#000000" stroke-width="0.75"/>` + "\n")
	if tones[t].hatch {
		g.b.WriteString(`<rect x="` + f(x) + `" y="` + f(y) + `" width="` + f(w) + `" height="` + f(h) + `" fill="url(#` + g.id + `-hatch)"/>` + "\n")
	}
}

// open writes the <svg> element of height h, its title, its description
// and its definitions.
func (g *svg) open(h int, title, desc string) {
	g.b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="` + g.id + `-title ` + g.id + `-desc" width="` + f(svgWidth) + `" height="` + f(h) +
		`" viewBox="0 0 ` + f(svgWidth) + " " + f(h) + `">` + "\n")
	g.b.WriteString(`<title id="` + g.id + `-title">` + escapeWords(title) + "</title>\n")
	g.b.WriteString(`<desc id="` + g.id + `-desc">` + escapeWords(desc) + "</desc>\n")
	g.b.WriteString(`<defs><pattern id="` + g.id + `-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect width="2" height="6" fill="#ffffff" fill-opacity="0.7"/></pattern>` +
		`<marker id="` + g.id + `-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
		`<path d="M0,0L10,5L0,10z" fill="#000000"/></marker></defs>` + "\n")
	g.b.WriteString(`<rect width="` + f(svgWidth) + `" height="` + f(h) + `" fill="#ffffff"/>` + "\n")
}

// ink is the colour of a label written on tone t: white on the dark blue,
// black on the others.
func ink(t Tone) string {
	if t == Blue {
		return "#ffffff"
	}
	return "#000000"
}

// legend lays the legend of the series drawn out in rows from y, within
// the width: a swatch and a name each. It returns the height it takes
// (0 for one series or none: its title names it).
func (c *Chart) legend(g *svg, y int) int {
	var drawn []int
	for s := range c.series() {
		if c.drawn(s) {
			drawn = append(drawn, s)
		}
	}
	if len(drawn) < 2 {
		return 0
	}
	x, rows := 16, 1
	for _, s := range drawn {
		w := 18 + textWidth(c.Series[s].Name, labelSize) + 18
		if x+w > svgWidth-16 && x > 16 {
			x, rows = 16, rows+1
		}
		if g != nil {
			top := y + (rows-1)*20
			g.rect(x, top, 12, 12, c.tone(s))
			g.text(x+18, top+11, "start", labelSize, false, "", 0, c.Series[s].Name)
		}
		x += w
	}
	return rows * 20
}

// svg draws the chart; id prefixes its ids.
func (c *Chart) svg(id string) string {
	g := &svg{id: id}
	if c.Kind == Shares {
		c.shareBars(g)
	} else {
		c.bars(g)
	}
	g.b.WriteString("</svg>\n")
	return g.b.String()
}

// shareBars draws Shares: one horizontal bar per category, its length its
// share of the whole, its count and rounded percentage after it.
func (c *Chart) shareBars(g *svg) {
	counts := c.firstCounts()
	shares := Percentages(counts)
	total := 0
	for _, n := range counts {
		total += n
	}
	labelW := 90
	for _, cat := range c.Categories {
		labelW = max(labelW, textWidth(cat, labelSize))
	}
	labelW = min(labelW, 220)
	const row, top = 26, 40
	h := top + row*len(c.Categories) + 12
	g.open(h, c.Title, c.describe())
	g.text(16, 24, "start", titleSize, true, "", svgWidth-32, c.Title)
	x0 := 16 + labelW + 8
	barW := svgWidth - x0 - 110
	t := c.tone(0)
	for i, cat := range c.Categories {
		y := top + i*row
		g.text(x0-8, y+16, "end", labelSize, false, "", labelW, cat)
		w := 0
		if total > 0 {
			w = counts[i] * barW / total
		}
		if counts[i] > 0 {
			g.rect(x0, y+3, max(w, 2), row-8, t) // a share is never thinner than 2 pixels
		}
		g.text(x0+max(w, 2)+6, y+16, "start", labelSize, false, "", 0, c.Lang.Int(counts[i])+" ("+c.percent(shares[i])+")")
	}
	g.b.WriteString(`<line x1="` + f(x0) + `" y1="` + f(top) + `" x2="` + f(x0) + `" y2="` + f(top+row*len(c.Categories)) + `" stroke="#000000"/>` + "\n")
}

// bars draws Bars and Stacked: vertical bars on an axis of whole numbers,
// the legend of the series at the top, inside the chart, each segment's
// count inside it where it fits and each bar's total above it; a count of
// zero draws nothing (no line at the base), its bar's total says 0.
func (c *Chart) bars(g *svg) {
	top := 0
	for i := range c.Categories {
		top = max(top, c.total(i))
	}
	axis, step := ticks(top)
	legendH := c.legend(nil, 0)
	const left, right, plotH = 56, 16, 220
	plotTop := 40 + legendH + 16
	n := len(c.Categories)
	band := (svgWidth - left - right) / n
	// Category labels: one or two lines, each within its band.
	lines := make([][]string, n)
	labelRows := 1
	for i, cat := range c.Categories {
		lines[i] = wrap(cat, band-6, smallSize)
		labelRows = max(labelRows, len(lines[i]))
	}
	h := plotTop + plotH + 10 + labelRows*14 + 8
	g.open(h, c.Title, c.describe())
	g.text(16, 24, "start", titleSize, true, "", svgWidth-32, c.Title)
	c.legend(g, 40)
	base := plotTop + plotH
	y := func(v int) int { return base - v*plotH/axis }
	for v := 0; v <= axis; v += step {
		g.b.WriteString(`<line x1="` + f(left) + `" y1="` + f(y(v)) + `" x2="` + f(svgWidth-right) + `" y2="` + f(y(v)) + `" stroke="#bbbbbb" stroke-width="0.5"/>` + "\n")
		g.text(left-6, y(v)+4, "end", smallSize, false, "", 0, c.Lang.Int(v))
	}
	g.b.WriteString(`<text x="14" y="` + f(plotTop+plotH/2) + `" font-size="` + f(smallSize) + `" text-anchor="middle" transform="rotate(-90 14 ` + f(plotTop+plotH/2) + `)">` + escapeWords(c.Unit) + "</text>\n")
	barW := band * 3 / 5
	for i := range c.Categories {
		x := left + i*band + (band-barW)/2
		sum := 0
		for s := range c.series() {
			k := c.count(s, i)
			if k == 0 {
				continue
			}
			y0, y1 := y(sum), min(y(sum+k), y(sum)-2) // a count is never thinner than 2 pixels
			t := c.tone(s)
			g.rect(x, y1, barW, y0-y1, t)
			if c.Kind == Stacked && y0-y1 >= 14 {
				g.text(x+barW/2, (y0+y1)/2+4, "middle", smallSize, true, ink(t), 0, c.Lang.Int(k))
			}
			sum += k
		}
		g.text(x+barW/2, y(sum)-4, "middle", smallSize, true, "", 0, c.Lang.Int(sum))
		for j, line := range lines[i] {
			g.text(left+i*band+band/2, base+10+(j+1)*13, "middle", smallSize, false, "", band-6, line)
		}
	}
	g.b.WriteString(`<line x1="` + f(left) + `" y1="` + f(base) + `" x2="` + f(svgWidth-right) + `" y2="` + f(base) + `" stroke="#000000"/>` + "\n")
}

// wrap cuts s into at most two lines that fit width at size, at a space
// if it has one (the second line is squeezed when it does not fit).
func wrap(s string, width, size int) []string {
	if textWidth(s, size) <= width {
		return []string{s}
	}
	best := -1
	for i := range s {
		if s[i] == ' ' && (best < 0 || abs(i-len(s)/2) < abs(best-len(s)/2)) {
			best = i
		}
	}
	if best < 0 {
		return []string{s}
	}
	return []string{s[:best], s[best+1:]}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// svg draws the flow: its row of boxes, the forward arrows arching above
// the row and the arrows back below it (a higher arch for each further
// arrow between the same two nodes), each labelled at its apex, the nodes
// aside below the node their first arrow comes from, the current node
// filled and bold.
func (fl *Flow) svg(id string) string {
	g := &svg{id: id}
	var row []int // the nodes of the row, in order
	place := make([]int, len(fl.Nodes))
	for i, n := range fl.Nodes {
		place[i] = -1
		if !n.Aside {
			place[i] = len(row)
			row = append(row, i)
		}
	}
	const pad, gap, boxH = 12, 16, 36
	boxW := 120
	if len(row) > 0 {
		boxW = min(boxW, (svgWidth-2*pad-(len(row)-1)*gap)/len(row))
	}
	centre := func(k int) int { return pad + k*(boxW+gap) + boxW/2 }
	// Levels of the arches: one more for each arrow between the same two
	// nodes, in either direction.
	type pair struct{ a, b int }
	seen := map[pair]int{}
	edges := fl.edges()
	level := make([]int, len(edges))
	above, below := 0, 0
	for k, e := range edges {
		if place[e.From] < 0 || place[e.To] < 0 {
			continue
		}
		p := pair{place[e.From], place[e.To]}
		level[k] = seen[p]
		seen[p]++
		if p.b > p.a {
			above = max(above, level[k]+1)
		} else {
			below = max(below, level[k]+1)
		}
	}
	arch := func(lv int) int { return 22 + 18*lv }
	rowTop := 40 + 14
	if above > 0 {
		rowTop += arch(above-1) + 4
	}
	rowBottom := rowTop + boxH
	asideTop := rowBottom + 24
	if below > 0 {
		asideTop += arch(below-1) + 14
	}
	h := rowBottom + 16
	if below > 0 {
		h = rowBottom + arch(below-1) + 24
	}
	asideX := map[int]int{} // the centre of each node aside drawn
	var aside []int         // the nodes aside drawn, in the order of their edges
	for _, e := range edges {
		if fl.Nodes[e.To].Aside && place[e.From] >= 0 {
			if _, ok := asideX[e.To]; !ok {
				asideX[e.To] = centre(place[e.From])
				aside = append(aside, e.To)
			}
		}
	}
	if len(asideX) > 0 {
		h = asideTop + boxH + 12
	}
	g.open(h, fl.Title, fl.Alt.string(&textFormat))
	g.text(pad, 24, "start", titleSize, true, "", svgWidth-2*pad, fl.Title)
	box := func(n Node, cx, y int) {
		fill, stroke, width := "#ffffff", "#000000", "1"
		if n.Current {
			fill, width = tones[Orange].rgb, "3"
		}
		rx := "4"
		if n.Aside {
			rx = f(boxH / 2)
		}
		g.b.WriteString(`<rect x="` + f(cx-boxW/2) + `" y="` + f(y) + `" width="` + f(boxW) + `" height="` + f(boxH) + `" rx="` + rx + `" fill="` + fill + `" stroke="` + stroke + `" stroke-width="` + width + `"/>` + "\n")
		g.text(cx, y+boxH/2+4, "middle", labelSize, n.Current, "", boxW-8, n.Label)
	}
	for k, i := range row {
		box(fl.Nodes[i], centre(k), rowTop)
	}
	for _, i := range aside {
		box(fl.Nodes[i], asideX[i], asideTop)
	}
	for k, e := range edges {
		a, b := place[e.From], place[e.To]
		var d string
		lx, ly := 0, 0
		switch {
		case a < 0:
			continue // from a node aside: not drawn
		case b < 0:
			x := asideX[e.To]
			d = "M" + f(x) + "," + f(rowBottom) + "L" + f(x) + "," + f(asideTop-2)
			lx, ly = x+6, (rowBottom+asideTop)/2+4
		case b > a:
			x1, x2, hh := centre(a)+boxW/4, centre(b)-boxW/4, arch(level[k])
			d = "M" + f(x1) + "," + f(rowTop) + "C" + f(x1) + "," + f(rowTop-hh) + " " + f(x2) + "," + f(rowTop-hh) + " " + f(x2) + "," + f(rowTop-2)
			lx, ly = (x1+x2)/2, rowTop-hh*3/4-4
		default:
			x1, x2, hh := centre(a)-boxW/4, centre(b)+boxW/4, arch(level[k])
			d = "M" + f(x1) + "," + f(rowBottom) + "C" + f(x1) + "," + f(rowBottom+hh) + " " + f(x2) + "," + f(rowBottom+hh) + " " + f(x2) + "," + f(rowBottom+2)
			lx, ly = (x1+x2)/2, rowBottom+hh*3/4+12
		}
		dash := ""
		if b < 0 || b < a {
			dash = ` stroke-dasharray="5,3"`
		}
		g.b.WriteString(`<path d="` + d + `" fill="none" stroke="#000000" stroke-width="1.25"` + dash + ` marker-end="url(#` + id + `-arrow)"/>` + "\n")
		if e.Label != "" {
			anchor := "middle"
			if b < 0 {
				anchor = "start"
			}
			g.text(lx, ly, anchor, smallSize, false, "", 0, e.Label)
		}
	}
	g.b.WriteString("</svg>\n")
	return g.b.String()
}

// escapeWords writes the module's words as HTML text: on one line, its
// markup characters as entities.
func escapeWords(s string) string { return html.EscapeString(flat(s)) }
