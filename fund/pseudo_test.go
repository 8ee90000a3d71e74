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
	langtest.Check(t, "Portfolio.Text", p.Text(l), data...)
	langtest.Check(t, "Portfolio.Markdown", p.Markdown(l), data...)
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
	langtest.CheckHTML(t, "Portfolio.HTML", p.HTML(l), pack...)
	var csv bytes.Buffer
	if err := p.WriteCSV(&csv, l); err != nil {
		t.Fatal(err)
	}
	_, rows, _ := strings.Cut(csv.String(), "\r\n") // the header's names are the format's keys
	langtest.Check(t, "Portfolio.WriteCSV", rows, data...)
	c := goldenDiff()
	langtest.Check(t, "Change.Text", c.Text(l), data...)
	langtest.Check(t, "Change.Markdown", c.Markdown(l), data...)
	langtest.CheckHTML(t, "Change.HTML", c.HTML(l), data...)
	empty := fund.Change{}
	langtest.Check(t, "Change.Markdown, empty", empty.Markdown(l))
	rc := goldenRubricDiff(t)
	langtest.Check(t, "RubricChange.Text", rc.Text(l), data...)
	langtest.Check(t, "RubricChange.Markdown", rc.Markdown(l), data...)
	langtest.CheckHTML(t, "RubricChange.HTML", rc.HTML(l), data...)
	lifecycle := dossiertest.Ready(t, 4)
	lifecycle.History = dossiertest.History(t, 4, true)
	langtest.Check(t, "HistoryChart", fund.HistoryChart(lifecycle, l))
	rep := societal.Assess(lifecycle)
	langtest.CheckHTML(t, "ReportHTML", fund.ReportHTML(&rep, lifecycle, l), lifecycle.Name, lifecycle.Carrier)
	// A refusal's own words; the problems it quotes are its decoder's
	// (their words are the decoder's to mark).
	for _, r := range goldenRefusals(t) {
		var quoted []string
		for _, p := range problem.List(r.Err) {
			quoted = append(quoted, p.Text(l))
		}
		langtest.Check(t, "Refusal.Text", r.Text(l), append(quoted, `dossiers/\x1b[31mmauvais.json`)...)
	}
}
