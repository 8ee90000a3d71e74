package fund_test

// Every output of the package rendered in the pseudo-locale: a word that
// is neither marked (it came from a table of texts) nor the dossiers' own
// data escaped the language mechanism.

import (
	"bytes"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// checkPseudo fails for every word of out, rendered in lang.Pseudo, that
// is neither marked nor in data (langtest.Escaped).
func checkPseudo(t *testing.T, name, out string, data ...string) {
	t.Helper()
	for _, e := range langtest.Escaped(out, data...) {
		t.Errorf("%s, line %d: %q is not marked: %q", name, e.Line, e.Word, e.Text)
	}
}

// checkPseudoHTML is checkPseudo for an HTML page, read as its reader
// reads it (langtest.HTMLText).
func checkPseudoHTML(t *testing.T, name, page string, data ...string) {
	t.Helper()
	for _, e := range langtest.EscapedHTML(page, data...) {
		t.Errorf("%s, line %d: %q is not marked: %q", name, e.Line, e.Word, e.Text)
	}
}

// names are the dossiers' own texts the golden outputs show, as each
// renderer escapes them.
func names(p fund.Portfolio) []string {
	var out []string
	for _, r := range p.Reports {
		out = append(out, r.Dossier, r.Carrier)
	}
	return append(out,
		"rameau-2018", "fonds", "fi", "Wimoov", "Ancien nom", "Nouveau nom", "Sorti", "Entré", "Vide", "EUR", "CHF",
		`\<img src=x onerror=alert(1)\> \[x\](javascript:alert(1)) https\://evil.example www\.evil.example \*b\* \~\~s\~\~ \| %%{init}%% \\x1b\[31m\\u202egnp.exe`,
		`<img src=x onerror=alert(1)> [x](javascript:alert(1)) https://evil.example www.evil.example *b* ~~s~~ | %%{init}%% \x1b[31m\u202egnp.exe`,
		`=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`, "Projet conception", "Projet essaimage", "Projet industrialisation", "Projet experimentation")
}

func TestPseudoLocale(t *testing.T) {
	l := lang.Pseudo
	p := goldenFund(t)
	data := names(p)
	checkPseudo(t, "Portfolio.Text", p.Text(l), data...)
	checkPseudo(t, "Portfolio.Markdown", p.Markdown(l), data...)
	// The pack holds every dossier's report: the problems they quote are
	// their decoder's and checks' (marked by their own tests).
	pack := data
	for _, r := range p.Reports {
		for _, c := range r.Checks {
			for _, pr := range c.Detail.Problems {
				pack = append(pack, pr.Path, lang.Quoted(pr.Value, problem.MaxEcho).Label(l), pr.Reason(l))
			}
		}
	}
	checkPseudoHTML(t, "Portfolio.HTML", p.HTML(l), pack...)
	var csv bytes.Buffer
	if err := p.WriteCSV(&csv, l); err != nil {
		t.Fatal(err)
	}
	_, rows, _ := strings.Cut(csv.String(), "\r\n") // the header's names are the format's keys
	checkPseudo(t, "Portfolio.WriteCSV", rows, data...)
	c := goldenDiff()
	checkPseudo(t, "Change.Text", c.Text(l), data...)
	checkPseudo(t, "Change.Markdown", c.Markdown(l), data...)
	checkPseudoHTML(t, "Change.HTML", c.HTML(l), data...)
	empty := fund.Change{}
	checkPseudo(t, "Change.Markdown, empty", empty.Markdown(l))
	rc := goldenRubricDiff(t)
	checkPseudo(t, "RubricChange.Text", rc.Text(l), data...)
	checkPseudo(t, "RubricChange.Markdown", rc.Markdown(l), data...)
	checkPseudoHTML(t, "RubricChange.HTML", rc.HTML(l), data...)
	lifecycle := dossiertest.Ready(t, 4)
	lifecycle.History = dossiertest.History(t, 4, true)
	checkPseudo(t, "HistoryChart", fund.HistoryChart(lifecycle, l))
	rep := societal.Assess(lifecycle)
	checkPseudoHTML(t, "ReportHTML", fund.ReportHTML(&rep, lifecycle, l), lifecycle.Name, lifecycle.Carrier)
	// A refusal's own words; the problems it quotes are its decoder's
	// (their words are the decoder's to mark).
	for _, r := range goldenRefusals(t) {
		var quoted []string
		for _, p := range problem.List(r.Err) {
			quoted = append(quoted, p.Text(l))
		}
		checkPseudo(t, "Refusal.Text", r.Text(l), append(quoted, `dossiers/\x1b[31mmauvais.json`)...)
	}
}
