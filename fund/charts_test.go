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
	"github.com/seed424036fd/societal/lang"
)

// chartFund is a portfolio with every verdict and several phases.
func chartFund(t *testing.T) fund.Portfolio {
	t.Helper()
	ds := []*societal.Dossier{
		readyDossier(t, innovation.Conception),
		readyDossier(t, innovation.Conception),
		readyDossier(t, innovation.Essaimage),
		decodeExample(t),
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
	sliceLine = regexp.MustCompile(`^    "([^"]*)" : (\d+)$`)
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

func labels(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ", ") {
		out = append(out, strings.Trim(f, `"`))
	}
	return out
}

// The phase mix: a pie, one slice per phase holding a dossier, in phase
// order, with its count.
func TestPhaseChart(t *testing.T) {
	p := chartFund(t)
	for _, lg := range []lang.Lang{lang.French, lang.English} {
		lines := strings.Split(strings.TrimSuffix(p.PhaseChart(lg), "\n"), "\n")
		if lines[0] != "pie showData" || !titleLine.MatchString(lines[1]) {
			t.Fatalf("header %q", lines[:2])
		}
		var want []string
		for ph := range innovation.Phases() {
			if n := p.Phases[ph]; n > 0 {
				want = append(want, ph.Label(lg)+" : "+strconv.Itoa(n))
			}
		}
		var got []string
		for _, l := range lines[2:] {
			m := sliceLine.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("not a slice: %q", l)
			}
			got = append(got, m[1]+" : "+m[2])
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("slices\n%q\nwant\n%q", got, want)
		}
	}
}

// Verdicts per phase: stacked bars drawn as cumulative series, worst
// verdict first; the differences give the counts of the reports.
func TestVerdictChart(t *testing.T) {
	p := chartFund(t)
	lg := lang.French
	lines := strings.Split(strings.TrimSuffix(p.VerdictChart(lg), "\n"), "\n")
	if !strings.HasPrefix(lines[0], `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#`) || !strings.HasSuffix(lines[0], `"}}}}%%`) {
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
	if len(lines) != 5+int(societal.Blocked) {
		t.Fatalf("%d bar series, want one per verdict:\n%s", len(lines)-5, strings.Join(lines, "\n"))
	}
	// series[k] is the cumulative count from Ready up to the k-th verdict
	// from the worst.
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
	counts := map[innovation.Phase]map[societal.Verdict]int{}
	top := 0
	for _, r := range p.Reports {
		if counts[r.Status.Phase] == nil {
			counts[r.Status.Phase] = map[societal.Verdict]int{}
		}
		counts[r.Status.Phase][r.Verdict]++
	}
	for i, ph := range phases {
		top = max(top, series[0][i])
		if series[0][i] != p.Phases[ph] {
			t.Errorf("%v: top of the bar %d, want the %d dossiers of the phase", ph, series[0][i], p.Phases[ph])
		}
		for k, v := 0, societal.Blocked; v >= societal.Ready; k, v = k+1, v-1 {
			n := series[k][i]
			if k+1 < len(series) {
				n -= series[k+1][i]
			}
			if n != counts[ph][v] {
				t.Errorf("%v, %v: %d in the chart, %d in the reports", ph, v, n, counts[ph][v])
			}
		}
	}
	if y[1] != strconv.Itoa(top) {
		t.Errorf("y-axis up to %s, the tallest bar is %d", y[1], top)
	}
	legend := fund.VerdictLegend(lg)
	for v := range societal.Verdicts() {
		if !strings.Contains(legend, v.Label(lg)) {
			t.Errorf("legend %q lacks %q", legend, v.Label(lg))
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
	scores := make([]int, fund.Buckets+1)
	coverage := make([]int, fund.Buckets)
	for _, r := range p.Reports {
		if r.Score.Valid {
			scores[bucketOf(r.Score.Decimal)]++
		} else {
			scores[fund.Buckets]++
		}
		c := r.Coverage()
		share := decimal.Zero
		if c.ApplicableWeight.IsPositive() {
			share = c.JudgedWeight.Div(c.ApplicableWeight)
		}
		coverage[bucketOf(share)]++
	}
	for _, tt := range []struct {
		name  string
		chart string
		want  []int
		first string
	}{
		{"scores", p.ScoreChart(l), scores, "0%–20%"},
		{"coverage", p.CoverageChart(l), coverage, "0%–20%"},
	} {
		lines := strings.Split(strings.TrimSuffix(tt.chart, "\n"), "\n")
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
	md := p.Markdown(lang.French)
	for _, c := range []string{p.PhaseChart(lang.French), p.VerdictChart(lang.French), p.ScoreChart(lang.French), p.CoverageChart(lang.French)} {
		if c == "" || !strings.Contains(md, "```mermaid\n"+c+"```\n") {
			t.Errorf("Markdown lacks the chart\n%s", c)
		}
	}
	if !strings.Contains(md, fund.VerdictLegend(lang.French)) {
		t.Error("Markdown lacks the verdicts' legend")
	}
	if strings.Contains(p.Text(lang.French), "mermaid") {
		t.Error("plain text carries a chart")
	}
	empty, err := fund.AssessAll(context.Background(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{empty.PhaseChart(lang.English), empty.VerdictChart(lang.English), empty.ScoreChart(lang.English), empty.CoverageChart(lang.English)} {
		if c != "" {
			t.Errorf("empty portfolio charts\n%s", c)
		}
	}
	if strings.Contains(empty.Markdown(lang.English), "mermaid") {
		t.Error("empty portfolio's Markdown carries a chart")
	}
}

// Counts are Mermaid syntax: digits alone, even in French, where a report
// groups them ("1 234").
func TestChartCountsUngrouped(t *testing.T) {
	p := fund.Portfolio{Phases: map[innovation.Phase]int{innovation.Conception: 1234}}
	if c := p.PhaseChart(lang.French); !strings.Contains(c, `"Conception" : 1234`+"\n") {
		t.Errorf("pie\n%s", c)
	}
}

// A dossier's lifecycle with its dated history: one arrow per transition,
// dated, an abandon ending in its node, the current phase highlighted.
func TestHistoryChart(t *testing.T) {
	d := readyDossier(t, innovation.Essaimage)
	d.History = history(t, innovation.Essaimage, true)
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
	for _, l := range []string{`    abandoned(["abandonné"])`, "    style essaimage stroke-width:4px", `    modelisation["Modélisation"]`} {
		if !strings.Contains(c, l+"\n") {
			t.Errorf("chart lacks %q:\n%s", l, c)
		}
	}
	d.History = nil
	if c := fund.HistoryChart(d, lang.French); c != "" {
		t.Errorf("no history, chart\n%s", c)
	}
}
