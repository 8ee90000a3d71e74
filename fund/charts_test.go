package fund_test

// The portfolio's Mermaid charts are well-formed and count what the
// reports say.

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
)

// chartFund is a portfolio with every verdict and several phases.
func chartFund(t *testing.T) fund.Portfolio {
	t.Helper()
	ds := []*societal.Dossier{
		dossiertest.Ready(t, innovation.Conception),
		dossiertest.Ready(t, innovation.Conception),
		dossiertest.Ready(t, innovation.Essaimage),
		dossiertest.Example(t),
		{Name: "bloqué", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
		{Name: "à instruire", Phase: innovation.Experimentation, EconomicModel: innovation.ModeleRD},
		{Name: "vide", Phase: innovation.Industrialisation},
	}
	p, err := fund.AssessAll(context.Background(), nil, ds)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var (
	initLine  = regexp.MustCompile(`^%%\{init: \{.*\}\}%%$`)
	sliceLine = regexp.MustCompile(`^    "([^"]*) — ([^"]*) \(([^"]*)\)" : (\d+)$`)
	barLine   = regexp.MustCompile(`^    bar \[([0-9, ]*)\]$`)
	axisLine  = regexp.MustCompile(`^    x-axis \[(.*)\]$`)
	yLine     = regexp.MustCompile(`^    y-axis "[^"]+" 0 --> (\d+)$`)
	titleLine = regexp.MustCompile(`^    title "?[^"]+"?$`)
)

func ints(t *testing.T, s string) []int {
	t.Helper()
	var out []int
	for _, f := range strings.Split(s, ", ") {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("bar value %q: %v", f, err)
		}
		out = append(out, n)
	}
	return out
}

// chartsOf returns the Mermaid charts of a portfolio's Markdown in l: the
// phase mix, the verdicts per phase, the scores and the coverage, "" for
// those it does not draw. Each starts with its init directive.
func chartsOf(t *testing.T, p fund.Portfolio, l lang.Lang) (phases, verdicts, scores, coverage string) {
	t.Helper()
	var xy []string
	for _, block := range strings.Split(p.Markdown(l), "```mermaid\n")[1:] {
		c, _, ok := strings.Cut(block, "```\n")
		lines := strings.SplitN(c, "\n", 3)
		switch {
		case !ok || len(lines) < 3:
			t.Fatalf("unclosed Mermaid block:\n%s", block)
		case !initLine.MatchString(lines[0]):
			t.Fatalf("no init directive:\n%s", c)
		case lines[1] == "pie":
			phases = c
		case strings.Contains(lines[0], `"showDataLabel"`):
			xy = append(xy, c)
		default:
			verdicts = c
		}
	}
	if len(xy) == 2 {
		scores, coverage = xy[0], xy[1]
	} else if len(xy) != 0 {
		t.Fatalf("%d distribution charts, want 2 or none", len(xy))
	}
	return phases, verdicts, scores, coverage
}

func labels(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ", ") {
		out = append(out, strings.Trim(f, `"`))
	}
	return out
}

// The phase mix: a pie, one slice per phase holding a dossier, in phase
// order, each labelled with its count and its share; the values are the
// shares in whole percentages, adding up to exactly 100, each within one
// point of the exact share (issue 19: the labels added up to 102 %).
func TestPhaseChart(t *testing.T) {
	p := chartFund(t)
	total := 0
	for _, n := range p.Phases {
		total += n
	}
	for _, lg := range []lang.Lang{lang.French, lang.English} {
		chart, _, _, _ := chartsOf(t, p, lg)
		lines := strings.Split(strings.TrimSuffix(chart, "\n"), "\n")
		if lines[1] != "pie" || !titleLine.MatchString(lines[2]) {
			t.Fatalf("header %q", lines[:3])
		}
		var want, got []string
		for ph := range innovation.Phases() {
			if n := p.Phases[ph]; n > 0 {
				want = append(want, ph.Label(lg)+" : "+lg.Int(n))
			}
		}
		sum := 0
		for _, l := range lines[3:] {
			m := sliceLine.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("not a slice: %q", l)
			}
			got = append(got, m[1]+" : "+m[2])
			v, _ := strconv.Atoi(m[4])
			sum += v
			if m[3] != lg.Percent(decimal.New(int64(v), -2), 0) {
				t.Errorf("slice %q: label %q, value %d", m[1], m[3], v)
			}
			n, _ := strconv.Atoi(strings.NewReplacer("\u00a0", "", "\u202f", "", ",", "").Replace(m[2]))
			if exact := float64(n) * 100 / float64(total); float64(v) < exact-1 || float64(v) > exact+1 {
				t.Errorf("slice %q: %d %%, the exact share is %.2f %%", m[1], v, exact)
			}
		}
		if sum != 100 {
			t.Errorf("shares add up to %d %%:\n%s", sum, chart)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("slices\n%q\nwant\n%q", got, want)
		}
	}
}

// Verdicts per phase: stacked bars drawn as cumulative series, worst
// verdict first, a verdict no dossier has left out (issue 19: a series of
// zeros drew a line at the base); the differences give the counts of the
// reports. The axis of counts goes to 10 at least, where Mermaid's ticks
// are whole numbers.
func TestVerdictChart(t *testing.T) {
	p := chartFund(t)
	lg := lang.French
	_, chart, _, _ := chartsOf(t, p, lg)
	lines := strings.Split(strings.TrimSuffix(chart, "\n"), "\n")
	if !strings.HasPrefix(lines[0], `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#`) {
		t.Errorf("init directive %q", lines[0])
	}
	if lines[1] != "xychart-beta" || !titleLine.MatchString(lines[2]) {
		t.Fatalf("header %q", lines[:3])
	}
	axis := axisLine.FindStringSubmatch(lines[3])
	if axis == nil {
		t.Fatalf("x-axis %q", lines[3])
	}
	var phases []innovation.Phase
	var want []string
	for ph := range innovation.Phases() {
		phases = append(phases, ph)
		want = append(want, ph.Label(lg))
	}
	if got := labels(axis[1]); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("x-axis %q, want %q", got, want)
	}
	y := yLine.FindStringSubmatch(lines[4])
	if y == nil {
		t.Fatalf("y-axis %q", lines[4])
	}
	counts := map[innovation.Phase]map[societal.Verdict]int{}
	present := map[societal.Verdict]bool{}
	for _, r := range p.Reports {
		if counts[r.Status.Phase] == nil {
			counts[r.Status.Phase] = map[societal.Verdict]int{}
		}
		counts[r.Status.Phase][r.Verdict]++
		if r.Status.Phase.IsValid() {
			present[r.Verdict] = true
		}
	}
	var drawn []societal.Verdict // worst first, as the series are drawn
	for v := societal.Blocked; v >= societal.Ready; v-- {
		if present[v] {
			drawn = append(drawn, v)
		}
	}
	if len(lines) != 5+len(drawn) {
		t.Fatalf("%d bar series, want one per verdict present:\n%s", len(lines)-5, strings.Join(lines, "\n"))
	}
	// series[k] is the cumulative count from Ready up to drawn[k].
	var series [][]int
	for _, l := range lines[5:] {
		m := barLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a bar: %q", l)
		}
		bars := ints(t, m[1])
		if len(bars) != len(phases) {
			t.Fatalf("%d bars, want one per phase: %q", len(bars), l)
		}
		series = append(series, bars)
	}
	top := 0
	for i, ph := range phases {
		top = max(top, series[0][i])
		if series[0][i] != p.Phases[ph] {
			t.Errorf("%v: top of the bar %d, want the %d dossiers of the phase", ph, series[0][i], p.Phases[ph])
		}
		for k, v := range drawn {
			n := series[k][i]
			if k+1 < len(series) {
				n -= series[k+1][i]
			}
			if n != counts[ph][v] {
				t.Errorf("%v, %v: %d in the chart, %d in the reports", ph, v, n, counts[ph][v])
			}
		}
	}
	if ymax, _ := strconv.Atoi(y[1]); ymax != max(top, 10) {
		t.Errorf("y-axis up to %s, the tallest bar is %d", y[1], top)
	}
	// The title is the legend: every verdict drawn is named in it, and no
	// other.
	for v := range societal.Verdicts() {
		if strings.Contains(lines[2], v.Label(lg)) != present[v] {
			t.Errorf("legend %q and %q: drawn %v", lines[2], v.Label(lg), present[v])
		}
	}
}

// Score and coverage distributions: one bar per bucket of 20 % (and one
// for the unknown scores), counts matching the reports.
func TestDistributionCharts(t *testing.T) {
	p := chartFund(t)
	l := lang.English
	bounds := []decimal.Decimal{decimal.RequireFromString("0.2"), decimal.RequireFromString("0.4"), decimal.RequireFromString("0.6"), decimal.RequireFromString("0.8")}
	// bucketOf finds the bucket by comparing with the bounds, an oracle
	// independent of the code's ⌊share·5⌋.
	bucketOf := func(share decimal.Decimal) int {
		b := 0
		for _, x := range bounds {
			if share.GreaterThanOrEqual(x) {
				b++
			}
		}
		return b
	}
	const buckets = 5
	scores := make([]int, buckets+1)
	coverage := make([]int, buckets)
	for _, r := range p.Reports {
		if r.Score.Valid {
			scores[bucketOf(r.Score.Decimal)]++
		} else {
			scores[buckets]++
		}
		c := r.Coverage()
		share := decimal.Zero
		if c.ApplicableWeight.IsPositive() {
			share = c.JudgedWeight.Div(c.ApplicableWeight)
		}
		coverage[bucketOf(share)]++
	}
	_, _, scoreChart, coverageChart := chartsOf(t, p, l)
	for _, tt := range []struct {
		name  string
		chart string
		want  []int
		first string
	}{
		{"scores", scoreChart, scores, "0%–20%"},
		{"coverage", coverageChart, coverage, "0%–20%"},
	} {
		lines := strings.Split(strings.TrimSuffix(tt.chart, "\n"), "\n")[1:]
		if len(lines) != 5 || lines[0] != "xychart-beta" || !titleLine.MatchString(lines[1]) {
			t.Fatalf("%s: header\n%s", tt.name, tt.chart)
		}
		axis := axisLine.FindStringSubmatch(lines[2])
		bars := barLine.FindStringSubmatch(lines[4])
		if axis == nil || bars == nil || !yLine.MatchString(lines[3]) {
			t.Fatalf("%s: axes or bars\n%s", tt.name, tt.chart)
		}
		ls, got := labels(axis[1]), ints(t, bars[1])
		if len(ls) != len(tt.want) || ls[0] != tt.first || len(got) != len(tt.want) {
			t.Fatalf("%s: labels %q, bars %v, want %d of each", tt.name, ls, got, len(tt.want))
		}
		total := 0
		for i := range got {
			total += got[i]
			if got[i] != tt.want[i] {
				t.Errorf("%s: bucket %s holds %d, the reports %d", tt.name, ls[i], got[i], tt.want[i])
			}
		}
		if total != len(p.Reports) {
			t.Errorf("%s: %d dossiers charted, %d in the portfolio", tt.name, total, len(p.Reports))
		}
	}
}

// The Markdown portfolio carries each chart in a mermaid block; plain text
// and an empty portfolio carry none.
func TestPortfolioMarkdownCharts(t *testing.T) {
	p := chartFund(t)
	phases, verdicts, scores, coverage := chartsOf(t, p, lang.French)
	for i, c := range []string{phases, verdicts, scores, coverage} {
		if c == "" {
			t.Errorf("chart %d missing", i)
		}
	}
	if strings.Contains(p.Text(lang.French), "mermaid") {
		t.Error("plain text carries a chart")
	}
	empty, err := fund.AssessAll(context.Background(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(empty.Markdown(lang.English), "mermaid") {
		t.Error("empty portfolio's Markdown carries a chart")
	}
}

// Mermaid's numbers are its syntax: digits alone, even in French, where a
// label groups them ("1 234").
func TestChartCountsUngrouped(t *testing.T) {
	p := fund.Portfolio{Phases: map[innovation.Phase]int{innovation.Conception: 1234}}
	if c, _, _, _ := chartsOf(t, p, lang.French); !strings.Contains(c, `"Conception — `+lang.French.Int(1234)+` (`+lang.French.Percent(decimal.NewFromInt(1), 0)+`)" : 100`+"\n") {
		t.Errorf("pie\n%s", c)
	}
}

// A dossier's lifecycle with its dated history: one arrow per transition,
// dated, an abandon ending in its node, the current phase highlighted.
func TestHistoryChart(t *testing.T) {
	d := dossiertest.Ready(t, innovation.Essaimage)
	d.History = dossiertest.History(t, innovation.Essaimage, true)
	c := fund.HistoryChart(d, lang.French)
	lines := strings.Split(strings.TrimSuffix(c, "\n"), "\n")
	if lines[0] != "flowchart LR" {
		t.Fatalf("header %q", lines[0])
	}
	edge := regexp.MustCompile(`^    ([a-z-]+) -->\|"([^"]+)"\| ([a-z-]+)$`)
	var edges []string
	for _, l := range lines[1:] {
		if m := edge.FindStringSubmatch(l); m != nil {
			edges = append(edges, m[1]+">"+m[3]+"@"+m[2])
		}
	}
	var want []string
	for _, tr := range d.History {
		to := tr.To.String()
		if tr.Kind == innovation.Abandon {
			to = "abandoned"
		}
		want = append(want, tr.From.String()+">"+to+"@"+tr.At.Format("2006-01-02"))
	}
	if strings.Join(edges, " ") != strings.Join(want, " ") {
		t.Errorf("edges\n%q\nwant\n%q\n%s", edges, want, c)
	}
	for _, l := range []string{`    abandoned(["abandonné"])`, "    class essaimage current", `    modelisation["Modélisation"]`,
		// Issue 19: the phases stay in a row, visited or not.
		"    conception ~~~ experimentation ~~~ modelisation ~~~ essaimage ~~~ industrialisation"} {
		if !strings.Contains(c, l+"\n") {
			t.Errorf("chart lacks %q:\n%s", l, c)
		}
	}
	d.History = nil
	if c := fund.HistoryChart(d, lang.French); c != "" {
		t.Errorf("no history, chart\n%s", c)
	}
}
