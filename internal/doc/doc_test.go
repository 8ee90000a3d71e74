package doc

import (
	"testing"

	"github.com/seed424036fd/societal/lang"
)

func sample() *Doc {
	var d Doc
	d.Heading(2, Data("Wimoov *Lab*"))
	d.Fields([2]Line{L("Verdict"), L(Strong("Prêt"), " — ", "décidé par")}, [2]Line{L("Grille"), L(Code("rameau|2018"))})
	d.Para("Une phrase.")
	d.Heading(3, "Critères")
	d.Table([]Line{L("Critère"), L("Résultat"), L("Détail")}, [][]Line{
		{L("Phase"), L("Rempli"), L("")},
		{L("Budget"), L("Non rempli"), L(Data("a|b"))},
	})
	d.Numbered(L("un"), L("deux"))
	d.List(L("x"))
	d.Flow(Flow{Title: "Parcours", Nodes: []Node{{Key: "a", Label: "A"}, {Key: "b", Label: "B", Current: true}}, Edges: []Edge{{From: 0, To: 1, Label: "puis"}}, Alt: L("a puis b")})
	return &d
}

func TestMarkdown(t *testing.T) {
	want := "## Wimoov \\*Lab\\*\n" +
		"\n| | |\n|---|---|\n| Verdict | **Prêt** — décidé par |\n| Grille | `rameau\\|2018` |\n" +
		"\nUne phrase.\n" +
		"\n### Critères\n" +
		"\n| Critère | Résultat | Détail |\n|---|---|---|\n| Phase | Rempli | |\n| Budget | Non rempli | a\\|b |\n" +
		"\n1. un\n2. deux\n" +
		"\n- x\n" +
		"\n```mermaid\nflowchart LR\n    accTitle: Parcours\n    accDescr: a puis b\n    a[\"A\"]\n    b[\"B\"]\n    a ~~~ b\n    a -->|\"puis\"| b\n" +
		"    classDef current fill:#E69F00,stroke:#000000,stroke-width:4px,font-weight:bold\n    class b current\n```\n"
	if got := sample().Markdown(); got != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", got, want)
	}
}

func TestText(t *testing.T) {
	want := "Wimoov *Lab*\n------------\n" +
		"\nVerdict : Prêt — décidé par\nGrille : rameau|2018\n" +
		"\nUne phrase.\n" +
		"\nCritères\n" +
		"\nCritère  Résultat    Détail\n-------  ----------  ------\nPhase    Rempli\nBudget   Non rempli  a|b\n" +
		"\n  1. un\n  2. deux\n" +
		"\n  - x\n" +
		"\na puis b\n"
	if got := sample().Text(Options{Colon: " : "}); got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}
}

func TestEscapeMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"plain name":                   "plain name",
		"<img src=x onerror=alert(1)>": `\<img src=x onerror=alert(1)\>`,
		"[x](javascript:alert(1))":     `\[x\](javascript:alert(1))`,
		"https://evil.example/phish":   `https\://evil.example/phish`,
		"www.evil.example":             `www\.evil.example`,
		"~~strike~~ **b** _i_":         `\~\~strike\~\~ \*\*b\*\* \_i\_`,
		"# title":                      `\# title`,
		"- item":                       `\- item`,
		"12. item":                     `12\. item`,
		"a-b 1.5":                      "a-b 1.5",
		"me@example.org":               `me\@example.org`,
		"&lt;":                         `\&lt;`,
		"a\nb":                         "a b",
		"\x1b[31mred":                  `\\x1b\[31mred`,
		"abc\u202edef":                 `abc\\u202edef`,
	} {
		if got := EscapeMarkdown(in); got != want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"Wimoov (ex-Voiture & Co)": "Wimoov (ex-Voiture & Co)",
		"a\x1b[31mb":               `a\x1b[31mb`,
		"x\u202ey\u2066z":          `x\u202ey\u2066z`,
		"tab\there":                `tab\there`,
		"bad\xffutf8":              `bad\xffutf8`,
		"é à ç — «»":               "é à ç — «»",
	} {
		if got := EscapeText(in); got != want {
			t.Errorf("EscapeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEscapeCSV(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1": "'+1", "-1": "'-1", "@SUM": "'@SUM",
		"\tx": `'\tx`, "Wimoov": "Wimoov", "": "",
	} {
		if got := EscapeCSV(in); got != want {
			t.Errorf("EscapeCSV(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCode(t *testing.T) {
	for in, want := range map[string]string{"a": "`a`", "a`b": "``a`b``", "`a": "`` `a ``", "": ""} {
		if got := mdCode(in); got != want {
			t.Errorf("mdCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSay(t *testing.T) {
	text := lang.Text{"{2} pour {1}", "{1} gets {2}"}
	got := Say(lang.English, text, Data("*X*"), lang.Int(1500))
	if md := L(got).string(&mdFormat); md != `\*X\* gets 1,500` {
		t.Errorf("Say in Markdown = %q", md)
	}
	if tx := L(Say(lang.French, text, L(Strong("A"), Data("b")), lang.Text{"un", "one"})).string(&textFormat); tx != "un pour Ab" {
		t.Errorf("Say in text = %q", tx)
	}
	if ps := L(Say(lang.Pseudo, text, Data("X"), lang.Int(2))).string(&textFormat); ps != "X ⟦gets⟧ 2" {
		t.Errorf("Say in the pseudo-locale = %q", ps)
	}
}
