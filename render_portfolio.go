package societal

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/locale"
	"github.com/seed424036fd/societal/partnership"
)

// Markdown renders the portfolio in lang: the phase mix, the verdicts, the
// most common gaps, the missing evidence (never counted as failure) and the
// missing levers across the fund, then one line per dossier with its
// verdict, the check that decides it (Report.Decisive), its score range and
// coverage, and its gaps (the dossiers' own reports render with
// Report.Markdown).
func (p *Portfolio) Markdown(lang innovation.Lang) string {
	var b strings.Builder
	p.render(&b, lang, true)
	return b.String()
}

// Text renders the portfolio as plain text in lang, with the same content as
// Markdown.
func (p *Portfolio) Text(lang innovation.Lang) string {
	var b strings.Builder
	p.render(&b, lang, false)
	return b.String()
}

func (p *Portfolio) render(b *strings.Builder, lang innovation.Lang, md bool) {
	wd := vocab(lang)
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	// table writes a table (Markdown) or aligned lines (text).
	table := func(title string, head []string, rows [][]string) {
		if len(rows) == 0 {
			return // nothing to show: no empty table under a title
		}
		if md {
			w("\n### ", title, "\n\n| ", strings.Join(head, " | "), " |\n|", strings.Repeat("---|", len(head)), "\n")
			for _, r := range rows {
				for i := range r {
					r[i] = mdEscape(r[i])
				}
				w("| ", strings.Join(r, " | "), " |\n")
			}
			return
		}
		w("\n", title, "\n")
		for _, r := range rows {
			w("  ", strings.Join(r, "  ·  "), "\n")
		}
	}
	if md {
		w("## ")
	}
	w(wd.portfolio, " — ", strconv.Itoa(len(p.Reports)), " ", strings.ToLower(wd.dossiers), " (", wd.rubric, " ", p.Rubric, ")\n")

	var rows [][]string
	for ph := range innovation.Phases() {
		rows = append(rows, []string{ph.Label(lang), strconv.Itoa(p.Phases[ph])})
	}
	table(wd.phaseMix, []string{wd.phase, wd.count}, rows)

	rows = nil
	for v := range Verdicts() {
		rows = append(rows, []string{v.Label(lang), strconv.Itoa(p.Verdicts[v])})
	}
	table(wd.verdict, []string{wd.verdict, wd.count}, rows)

	rows = nil
	for _, g := range p.Gaps {
		rows = append(rows, []string{g.Value.Label(lang), strconv.Itoa(g.N)})
	}
	table(wd.commonGaps, []string{wd.criterion, wd.count}, rows)

	rows = nil
	for _, m := range p.Missing {
		rows = append(rows, []string{m.Value.Label(lang), strconv.Itoa(m.N)})
	}
	table(wd.missingEvidence, []string{wd.criterion, wd.count}, rows)

	rows = nil
	for _, l := range p.Levers {
		rows = append(rows, []string{l.Value.Label(lang), strconv.Itoa(l.N)})
	}
	table(wd.missingLevers, []string{wd.lever, wd.count}, rows)

	// The fund's partnership modes beside the national survey (MODEL §4.2).
	rows = nil
	for _, m := range p.Modes {
		share := decimal.NewFromInt(int64(m.N)).Div(decimal.NewFromInt(int64(p.Partnerships))) // Partnerships ≥ m.N ≥ 1
		row := []string{m.Value.Label(lang), strconv.Itoa(m.N), locale.Percent(share, 0, lang)}
		for _, k := range []partnership.Kind{partnership.Entreprise, partnership.Association} {
			cell := "—"
			if s, ok := partnership.PHARE(k); ok {
				if v, ok := s.Share(m.Value); ok {
					cell = locale.Percent(v, 0, lang)
				}
			}
			row = append(row, cell)
		}
		rows = append(rows, row)
	}
	table(wd.modes, []string{wd.mode, wd.dossiers, wd.share, wd.phareCompanies, wd.phareAssociations}, rows)

	rows = nil
	for i := range p.Reports {
		r := &p.Reports[i]
		var unmet []string
		for _, c := range r.Unmet() {
			unmet = append(unmet, c.ID.Label(lang))
		}
		decisive := ""
		if id, ok := r.Decisive(); ok {
			decisive = id.Label(lang)
		}
		rows = append(rows, []string{r.Dossier, phaseLabel(r.Status, lang), r.Verdict.Label(lang), decisive, scoreText(r, lang), strings.Join(unmet, ", ")})
	}
	table(wd.dossiers, []string{wd.dossier, wd.phase, wd.verdict, wd.decisiveHead, wd.score, wd.gaps}, rows)
}
