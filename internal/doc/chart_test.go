package doc

import (
	"encoding/xml"
	"io"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// Shares add up to 100 and each is within one point of the exact share,
// checked with exact fractions (math/big), an oracle that shares no code
// with Percentages.
func TestPercentages(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		counts := rapid.SliceOfN(rapid.IntRange(-3, 1000), 0, 12).Draw(t, "counts")
		got := Percentages(counts)
		total := 0
		for _, n := range counts {
			total += max(n, 0)
		}
		sum := 0
		for i, p := range got {
			sum += p
			if total == 0 {
				if p != 0 {
					t.Fatalf("%v: %v for no count", counts, got)
				}
				continue
			}
			exact := big.NewRat(int64(max(counts[i], 0))*100, int64(total))
			lo, hi := new(big.Rat).Sub(exact, big.NewRat(1, 1)), new(big.Rat).Add(exact, big.NewRat(1, 1))
			if r := big.NewRat(int64(p), 1); r.Cmp(lo) <= 0 || r.Cmp(hi) >= 0 {
				t.Fatalf("%v: share %d of %d is %d %%, exact %s", counts, i, counts[i], p, exact.FloatString(2))
			}
		}
		if total > 0 && sum != 100 {
			t.Fatalf("%v: %v adds up to %d", counts, got, sum)
		}
	})
	// Issue 19's phase mix: 1, 2, 2, 2, 1 of 8 (12.5 % and 25 %) no longer
	// reads 102 %.
	if got := Percentages([]int{1, 2, 2, 2, 1}); strconv.Itoa(got[0]+got[1]+got[2]+got[3]+got[4]) != "100" {
		t.Errorf("Percentages = %v", got)
	}
}

// An axis of counts has whole steps of 1, 2 or 5 times a power of ten, at
// most five of them, its top at or above the tallest bar.
func TestTicks(t *testing.T) {
	for top := range 2000 {
		axis, step := ticks(top)
		s := strconv.Itoa(step)
		if strings.Trim(s[1:], "0") != "" || !strings.Contains("125", s[:1]) {
			t.Fatalf("ticks(%d): step %d", top, step)
		}
		if axis < max(top, 1) || axis%step != 0 || axis/step > 5 || axis-step >= max(top, 1) {
			t.Fatalf("ticks(%d) = %d, %d", top, axis, step)
		}
	}
}

// charts are one chart of each kind, with a series of zeros and a
// category of none.
func charts(l lang.Lang) []Chart {
	phases := []string{"Conception", "Expérimentation", "Modélisation", "Essaimage", "Industrialisation"}
	return []Chart{
		{Kind: Shares, Title: "Répartition par phase", Head: "Phase", Unit: "Dossiers", Categories: phases, Lang: l,
			Series: []Series{{Name: "Dossiers", Counts: []int{1, 2, 0, 2, 1}}}},
		{Kind: Bars, Title: "Score", Head: "Tranche", Unit: "Dossiers", Categories: []string{"0–50 %", "50–100 %", "inconnu"}, Beside: true, Lang: l,
			Series: []Series{{Name: "Dossiers", Counts: []int{3, 0, 1234}}}},
		{Kind: Stacked, Title: "Verdicts par phase", Mermaid: "Verdicts (couleurs)", Head: "Phase", Unit: "Dossiers", Categories: phases, Lang: l,
			Series: []Series{
				{Name: "Prêt", Tone: Green, Counts: []int{1, 0, 0, 2, 0}},
				{Name: "À instruire", Tone: Yellow, Counts: []int{0, 0, 0, 0, 0}},
				{Name: "Pas encore", Tone: Orange, Counts: []int{0, 1, 0, 0, 1}},
				{Name: "Bloqué", Tone: Vermillion, Counts: []int{0, 1, 0, 7, 0}},
			}},
	}
}

// svgOf parses the SVG of a chart as XML and returns its elements' names,
// attributes and texts in order.
type element struct {
	name  string
	attrs map[string]string
	text  string
}

func svgOf(t *testing.T, s string) []element {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	var out []element
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, s)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			out = append(out, e)
		case xml.CharData:
			if len(out) > 0 {
				out[len(out)-1].text += strings.TrimSpace(string(tok))
			}
		}
	}
}

// Every chart's SVG is well-formed, titled and described for a screen
// reader, sized; it draws no rectangle of no height (a count of zero draws
// nothing), its axis of counts is labelled in whole numbers, and a chart
// of several series has a legend inside it naming exactly the series
// drawn (a series of zeros is not).
func TestChartSVG(t *testing.T) {
	for _, c := range charts(lang.English) {
		s := c.svg("t")
		els := svgOf(t, s)
		root := els[0]
		if root.name != "svg" || root.attrs["role"] != "img" || root.attrs["aria-labelledby"] != "t-title t-desc" {
			t.Errorf("%s: root %v", c.Title, root)
		}
		if w, _ := strconv.Atoi(root.attrs["width"]); w <= 0 {
			t.Errorf("%s: width %q", c.Title, root.attrs["width"])
		}
		if h, _ := strconv.Atoi(root.attrs["height"]); h <= 0 {
			t.Errorf("%s: height %q", c.Title, root.attrs["height"])
		}
		texts := map[string]bool{}
		for _, e := range els {
			switch e.name {
			case "title":
				if e.text != c.Title {
					t.Errorf("%s: <title> %q", c.Title, e.text)
				}
			case "desc":
				if e.text != c.describe() || e.text == "" {
					t.Errorf("%s: <desc> %q", c.Title, e.text)
				}
			case "rect":
				if e.attrs["height"] == "0" || e.attrs["width"] == "0" {
					t.Errorf("%s: empty rectangle %v", c.Title, e.attrs)
				}
			case "text":
				texts[e.text] = true
			}
		}
		for _, cat := range c.Categories {
			if !texts[cat] && !strings.Contains(s, escapeWords(strings.Fields(cat)[0])) {
				t.Errorf("%s: no label %q", c.Title, cat)
			}
		}
		if c.Kind == Stacked {
			for i, sr := range c.Series {
				if texts[sr.Name] != c.drawn(i) {
					t.Errorf("%s: legend holds %q: %v, drawn: %v", c.Title, sr.Name, texts[sr.Name], c.drawn(i))
				}
			}
		}
		if c.Kind != Shares {
			top := 0
			for i := range c.Categories {
				top = max(top, c.total(i))
			}
			axis, step := ticks(top)
			for v := 0; v <= axis; v += step {
				if !texts[c.Lang.Int(v)] {
					t.Errorf("%s: no tick %d", c.Title, v)
				}
			}
		}
	}
}

var barSeries = regexp.MustCompile(`(?m)^    bar \[(.*)\]$`)

// In Mermaid, a series of zeros is left out, the axis of counts goes to
// 10 at least (Mermaid's ticks are then whole), a pie's values are the
// rounded shares.
func TestChartMermaid(t *testing.T) {
	cs := charts(lang.French)
	if pie := cs[0].mermaid(); !strings.Contains(pie, `"Conception — 1 (17`) || !strings.Contains(pie, `: 33`+"\n") || strings.Contains(pie, "Modélisation") {
		t.Errorf("pie:\n%s", pie)
	}
	stacked := cs[2].mermaid()
	if got := barSeries.FindAllStringSubmatch(stacked, -1); len(got) != 3 || got[0][1] != "1, 2, 0, 9, 1" || got[2][1] != "1, 0, 0, 2, 0" {
		t.Errorf("stacked:\n%s", stacked)
	}
	if !strings.Contains(stacked, `0 --> 10`) || !strings.Contains(stacked, `title "Verdicts (couleurs)"`) {
		t.Errorf("stacked:\n%s", stacked)
	}
	if bars := cs[1].mermaid(); !strings.Contains(bars, `0 --> 1234`) || !strings.Contains(bars, `"showDataLabel": true`) {
		t.Errorf("bars:\n%s", bars)
	}
	if !(&Chart{Kind: Bars, Categories: []string{"a"}, Series: []Series{{Counts: []int{0}}}}).empty() {
		t.Error("a chart of zeros is not empty")
	}
}

// A document with every block, in every renderer and in the pseudo-locale
// (the doc has no words of its own: what it writes is the caller's).
func TestGoldenPage(t *testing.T) {
	for l := range lang.Langs() {
		d := sample()
		for _, c := range charts(l) {
			d.Chart(c)
		}
		d.NewPage()
		d.Heading(2, Data("<script>alert(1)</script> & \x1b[31m\u202e"))
		page := d.HTML(Options{Colon: l.Colon(), Lang: l})
		golden.Check(t, "sample.html."+l.String(), page)
		golden.Check(t, "sample.text."+l.String(), d.Text(Options{Colon: l.Colon()}))
		golden.Check(t, "sample.markdown."+l.String(), d.Markdown())
		if strings.Count(page, `<section class="page">`) != 2 || !strings.Contains(page, `<html lang="`+l.String()+`">`) {
			t.Errorf("%v: pages or language", l)
		}
		if strings.Contains(page, "<script") || strings.Contains(page, "\x1b") || strings.Contains(page, "\u202e") {
			t.Errorf("%v: data unescaped", l)
		}
	}
	// The page's own text (its stylesheet, its structure) has no word:
	// every word in it is the caller's.
	var d Doc
	d.Heading(1, "⟦Titre⟧")
	d.Chart(Chart{Kind: Bars, Title: "⟦Score⟧", Head: "⟦Tranche⟧", Unit: "⟦Dossiers⟧", Categories: []string{"⟦a⟧"}, Lang: lang.Pseudo,
		Series: []Series{{Name: "⟦Dossiers⟧", Counts: []int{2}}}})
	for _, e := range langtest.EscapedHTML(d.HTML(Options{Lang: lang.Pseudo})) {
		t.Errorf("line %d: %q is not the caller's: %q", e.Line, e.Word, e.Text)
	}
}

func TestEscapeHTML(t *testing.T) {
	for in, want := range map[string]string{
		"Wimoov (ex-Voiture & Co)":     "Wimoov (ex-Voiture &amp; Co)",
		"<img src=x onerror=alert(1)>": "&lt;img src=x onerror=alert(1)&gt;",
		`"quoted" 'single'`:            "&#34;quoted&#34; &#39;single&#39;",
		"a\x1b[31mb\u202ec\nd":         `a\x1b[31mb\u202ec d`,
		"&amp;":                        "&amp;amp;",
	} {
		if got := EscapeHTML(in); got != want {
			t.Errorf("EscapeHTML(%q) = %q, want %q", in, got, want)
		}
	}
}

// The page allows its own stylesheet by its hash, and nothing else.
func TestContentSecurityPolicy(t *testing.T) {
	if !strings.Contains(ContentSecurityPolicy, "default-src 'none'") || !strings.Contains(ContentSecurityPolicy, StyleHash()) || strings.Contains(ContentSecurityPolicy, "script") {
		t.Errorf("policy %q", ContentSecurityPolicy)
	}
}
