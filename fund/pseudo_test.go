package fund_test

// Every output of the package rendered in the pseudo-locale: a word that
// is neither marked (it came from a table of texts) nor the dossiers' own
// data escaped the language mechanism.

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/lang"
)

var (
	// word is a run of two letters or more: a word a reader reads.
	word = regexp.MustCompile(`\p{L}[\p{L}\p{M}'’-]*\p{L}`)
	// quotedLabel is a double-quoted string of a Mermaid chart: a label.
	quotedLabel = regexp.MustCompile(`"[^"]*"`)
)

// checkPseudo fails for every word of out, rendered in lang.Pseudo, that
// is neither marked nor in data. In a Mermaid block only the quoted labels
// and the titles are read: the rest is the chart's syntax, its directives
// its settings.
func checkPseudo(t *testing.T, name, out string, data ...string) {
	t.Helper()
	data = slices.Clone(data)
	slices.SortFunc(data, func(a, b string) int { return len(b) - len(a) }) // the longest first
	mermaid := strings.HasPrefix(out, "flowchart")                          // a chart alone
	for i, line := range strings.Split(out, "\n") {
		switch {
		case line == "```mermaid":
			mermaid = true
			continue
		case mermaid && line == "```":
			mermaid = false
			continue
		case mermaid && strings.HasPrefix(line, "%%{"):
			continue // a directive: the chart's settings
		case mermaid:
			var parts []string
			for _, q := range quotedLabel.FindAllString(line, -1) {
				parts = append(parts, q[1:len(q)-1])
			}
			if _, title, ok := strings.Cut(line, "title "); ok {
				parts = append(parts, quotedLabel.ReplaceAllString(title, " "))
			}
			line = strings.Join(parts, " ")
		}
		s := lang.Unmarked(line)
		for _, d := range data {
			if d != "" {
				s = strings.ReplaceAll(s, d, " ")
			}
		}
		for _, w := range word.FindAllString(s, -1) {
			t.Errorf("%s, line %d: %q is not marked: %q", name, i+1, w, line)
		}
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
	var csv bytes.Buffer
	if err := p.WriteCSV(&csv, l); err != nil {
		t.Fatal(err)
	}
	_, rows, _ := strings.Cut(csv.String(), "\r\n") // the header's names are the format's keys
	checkPseudo(t, "Portfolio.WriteCSV", rows, data...)
	c := goldenDiff()
	checkPseudo(t, "Change.Text", c.Text(l), data...)
	checkPseudo(t, "Change.Markdown", c.Markdown(l), data...)
	empty := fund.Change{}
	checkPseudo(t, "Change.Markdown, empty", empty.Markdown(l))
	rc := goldenRubricDiff(t)
	checkPseudo(t, "RubricChange.Text", rc.Text(l), data...)
	checkPseudo(t, "RubricChange.Markdown", rc.Markdown(l), data...)
	lifecycle := readyDossier(t, 4)
	lifecycle.History = history(t, 4, true)
	checkPseudo(t, "HistoryChart", fund.HistoryChart(lifecycle, l))
	// A refusal's own words; the problems it quotes are its decoder's
	// (their words are the decoder's to mark).
	for _, r := range goldenRefusals(t) {
		var quoted []string
		for _, p := range places(r.Err) {
			quoted = append(quoted, p.Error())
		}
		checkPseudo(t, "Refusal.Text", r.Text(l), append(quoted, `dossiers/\x1b[31mmauvais.json`)...)
	}
}
