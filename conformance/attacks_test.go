package conformance

// The table of attacks of issue 21 and the outputs that show them: every
// report the library renders for a person (one dossier, a portfolio, the
// diff of two portfolios, the diff of two rubrics), built from dossiers
// whose names, carriers and identifiers hold each attack.

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// attacks are names a hostile applicant gives a dossier: each tries to
// become markup in one of the formats (HTML, script, links, autolinks,
// emphasis, strikethrough, a table cell, a heading, a list, a code span,
// an entity, a Mermaid directive, a spreadsheet formula), or to fool a
// reader (a terminal escape, bidirectional controls, a line break).
var attacks = []struct{ name, value string }{
	{"html", `<img src=x onerror=alert(1)>`},
	{"script", `<script>alert(1)</script>`},
	{"comment", `<!-- hidden -->`},
	{"attribute", `" onmouseover="alert(1)" x="`},
	{"link", `[x](javascript:alert(1))`},
	{"reference", `[x][1] [1]: https://evil.example`},
	{"image", `![x](https://evil.example/x.png)`},
	{"autolink-url", `https://evil.example/phish`},
	{"autolink-www", `www.evil.example`},
	{"autolink-angle", `<https://evil.example>`},
	{"autolink-email", `me@evil.example`},
	{"emphasis", `*b* _i_ **s** __u__`},
	{"strikethrough", `~~strike~~ ~one~`},
	{"table", `a | b | c`},
	{"heading", `# title`},
	{"list", `- item`},
	{"numbered", `1. item`},
	{"quote", `> quote`},
	{"code", "`code` ``` fence"},
	{"entity", `&lt;script&gt; &amp; &#60;`},
	{"mermaid", `%%{init: {"theme":"dark"}}%% "] --> x[`},
	{"formula", `=HYPERLINK("https://evil.example","x")`},
	{"formula-plus", `+1+cmd|' /C calc'!A0`},
	{"escape", "\x1b[31mred\x1b[0m"},
	{"bidi", "abc\u202egnp.exe"},
	{"isolate", "x\u2066y\u2069z"},
	{"newline", "line\nbreak"},
}

// visible is what a reader sees of an attack in every format: its text on
// one line, its control characters shown as escapes.
func visible(s string) string { return doc.EscapeText(s) }

// example is the Wimoov dossier of the readiness program, every check
// judged.
func example(t *testing.T) *societal.Dossier {
	t.Helper()
	data, err := os.ReadFile("../examples/readiness/dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := societal.DecodeDossier(data)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// named returns dossiers holding name: the example, with name as its name
// and identifier, and an empty one in conception carried by name.
func named(t *testing.T, name string) []*societal.Dossier {
	t.Helper()
	d := example(t)
	d.Name, d.ID = name, name
	return []*societal.Dossier{d, {Name: name + " (2)", Carrier: name, Phase: innovation.Conception}}
}

// outputs are the reports, in l, of dossiers holding each of names: one
// dossier's report, a portfolio, a diff of two portfolios and a diff of
// two rubrics, by their names.
type outputs struct {
	report       societal.Report
	portfolio    fund.Portfolio
	change       fund.Change
	rubricChange fund.RubricChange
	dossiers     int
}

// shows reports whether the output named output shows the dossiers named
// name: the diff of two rubrics shows only the dossiers whose verdict
// changes, and a dossier whose text is invalid (a control character) is
// blocked by both.
func (o outputs) shows(output, name string) bool {
	if !strings.HasPrefix(output, "RubricChange") {
		return true
	}
	for _, v := range o.rubricChange.Verdicts {
		if strings.HasPrefix(v.Name, name) {
			return true
		}
	}
	return false
}

// build assesses dossiers holding each of names.
func build(t *testing.T, names ...string) outputs {
	t.Helper()
	var ds []*societal.Dossier
	for _, n := range names {
		ds = append(ds, named(t, n)...)
	}
	ctx := context.Background()
	after, err := fund.AssessAll(ctx, nil, ds)
	if err != nil {
		t.Fatal(err)
	}
	// A year earlier, every project stood a phase before (or in
	// conception): each changed.
	var earlier []*societal.Dossier
	for _, d := range ds {
		e := *d
		if p, ok := prev(d.Phase); ok {
			e.Phase = p
		}
		e.Evaluations = nil
		earlier = append(earlier, &e)
	}
	before, err := fund.AssessAll(ctx, nil, earlier)
	if err != nil {
		t.Fatal(err)
	}
	base, err := societal.NewAssessor(societal.DefaultRubric())
	if err != nil {
		t.Fatal(err)
	}
	r := societal.DefaultRubric()
	r.Version = "fonds/2027"
	for ph := range innovation.Phases() {
		r.Required[ph] = nil
	}
	r.Severity[societal.DimensionsCovered] = societal.Minor // the example's gap: it becomes ready
	edited, err := societal.NewAssessor(r)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := fund.DiffRubrics(ctx, ds, base, edited)
	if err != nil {
		t.Fatal(err)
	}
	if len(fund.Diff(before, after).Changed) == 0 {
		t.Fatalf("%q: the fixtures change nothing: the diff would show no name", names)
	}
	return outputs{report: societal.Assess(ds[0]), portfolio: after, change: fund.Diff(before, after), rubricChange: rc, dossiers: len(ds)}
}

// prev returns the phase before p.
func prev(p innovation.Phase) (innovation.Phase, bool) {
	for q := range innovation.Phases() {
		if n, ok := q.Next(); ok && n == p {
			return q, true
		}
	}
	return 0, false
}

// rendered is an output that renders in Markdown and in HTML.
type rendered interface {
	Markdown(lang.Lang) string
	HTML(lang.Lang) string
}

// render returns every output rendered by r (rendered.Markdown or
// rendered.HTML) in l, by its type's name and format ("Report.HTML").
func (o outputs) render(l lang.Lang, format string, r func(rendered, lang.Lang) string) map[string]string {
	out := map[string]string{}
	for name, v := range map[string]rendered{"Report": &o.report, "Portfolio": &o.portfolio, "Change": &o.change, "RubricChange": &o.rubricChange} {
		out[name+"."+format] = r(v, l)
	}
	return out
}

// markdown returns every Markdown output in l, by name.
func (o outputs) markdown(l lang.Lang) map[string]string {
	return o.render(l, "Markdown", rendered.Markdown)
}

// html returns every HTML output in l, by name.
func (o outputs) html(l lang.Lang) map[string]string { return o.render(l, "HTML", rendered.HTML) }
