package fund

import (
	"github.com/seed424036fd/societal"

	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// Markdown renders the portfolio in lang: the rubric and the date of the
// assessment, the evidence coverage across the fund, the phase mix, the
// verdicts (per phase too), the most common gaps, the missing evidence
// (never counted as failure) and the missing levers across the fund, the
// money (budgets per phase, partners' contributions per phase and per
// lever, each currency apart), then one line per dossier in the order of
// Ranked, with its verdict, the check that decides it (Report.Decisive),
// its score range and coverage, and its gaps (the dossiers' own reports
// render with Report.Markdown). Sections with nothing to show are left
// out.
//
// The Markdown form carries Mermaid charts beside their tables
// (PhaseChart, VerdictChart, ScoreChart, CoverageChart). The date is
// written in ISO 8601 (2026-11-30) in both languages, a form no reader
// misreads. [D]
func (p *Portfolio) Markdown(l lang.Lang) string {
	var b strings.Builder
	p.render(&b, l, true)
	return b.String()
}

// Text renders the portfolio as plain text in lang, with the same content as
// Markdown.
func (p *Portfolio) Text(l lang.Lang) string {
	var b strings.Builder
	p.render(&b, l, false)
	return b.String()
}

func (p *Portfolio) render(b *strings.Builder, lg lang.Lang, md bool) {
	wd := vocab(lg)
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
		if len(head) > 2 {
			// Beyond "name · count", the columns are named, as in Markdown.
			w("  (", strings.Join(head, "  ·  "), ")\n")
		}
		for _, r := range rows {
			for len(r) > 0 && r[len(r)-1] == "" {
				r = r[:len(r)-1] // no separator before nothing at the end of a line
			}
			w("  ", strings.Join(r, "  ·  "), "\n")
		}
	}
	if md {
		w("## ")
	}
	noun := strings.ToLower(wd.dossiers)
	if len(p.Reports) == 1 {
		noun = strings.ToLower(wd.dossier)
	}
	w(wd.portfolio, " — ", lg.Int(len(p.Reports)), " ", noun, " (", wd.rubric, " ", p.Rubric)
	if !p.AssessedOn.IsZero() {
		w(", ", wd.assessedOn, " ", p.AssessedOn.Format(time.DateOnly))
	}
	w(")\n")
	if cov := p.Coverage; cov.Applicable > 0 {
		w("\n", wd.fundCoverage, lg.Colon(), lg.Int(cov.Judged), "/", lg.Int(cov.Applicable), " ", wd.judgedChecks, ", ",
			wd.weight, " ", lg.Decimal(cov.JudgedWeight, -1), "/", lg.Decimal(cov.ApplicableWeight, -1),
			" (", lg.Percent(coverageShare(cov), 0), ")\n")
	}
	chart := func(c, legend string) {
		if md && c != "" {
			w("\n```mermaid\n", c, "```\n")
			if legend != "" {
				w("\n", legend, "\n")
			}
		}
	}

	var rows [][]string
	for ph := range innovation.Phases() {
		rows = append(rows, []string{ph.Label(lg), strconv.Itoa(p.Phases[ph])})
	}
	table(wd.phaseMix, []string{wd.phase, wd.count}, rows)
	chart(p.PhaseChart(lg), "")

	rows = nil
	for v := range societal.Verdicts() {
		rows = append(rows, []string{v.Label(lg), strconv.Itoa(p.Verdicts[v])})
	}
	table(wd.verdict, []string{wd.verdict, wd.count}, rows)
	chart(p.VerdictChart(lg), VerdictLegend(lg))

	rows = nil
	for _, g := range p.Gaps {
		rows = append(rows, []string{g.Value.Label(lg), strconv.Itoa(g.N)})
	}
	table(wd.commonGaps, []string{wd.criterion, wd.count}, rows)

	rows = nil
	for _, m := range p.Missing {
		rows = append(rows, []string{m.Value.Label(lg), strconv.Itoa(m.N)})
	}
	table(wd.missingEvidence, []string{wd.criterion, wd.count}, rows)

	rows = nil
	for _, l := range p.Levers {
		rows = append(rows, []string{l.Value.Label(lg), strconv.Itoa(l.N)})
	}
	table(wd.missingLevers, []string{wd.lever, wd.count}, rows)

	// The fund's partnership modes beside the national survey (MODEL §4.2).
	rows = nil
	for _, m := range p.Modes {
		share := decimal.NewFromInt(int64(m.N)).Div(decimal.NewFromInt(int64(p.Partnerships))) // Partnerships ≥ m.N ≥ 1
		row := []string{m.Value.Label(lg), strconv.Itoa(m.N), lg.Percent(share, 0)}
		for _, k := range []partnership.Kind{partnership.Entreprise, partnership.Association} {
			cell := "—"
			if s, ok := partnership.PHARE(k); ok {
				if v, ok := s.Share(m.Value); ok {
					cell = lg.Percent(v, 0)
				}
			}
			row = append(row, cell)
		}
		rows = append(rows, row)
	}
	table(wd.modes, []string{wd.mode, wd.dossiers, wd.share, wd.phareCompanies, wd.phareAssociations}, rows)

	p.renderMoney(table, lg)

	if md && len(p.Reports) > 0 {
		w("\n### ", wd.scores, "\n")
	}
	chart(p.ScoreChart(lg), "")
	chart(p.CoverageChart(lg), "")

	rows = nil
	for _, r := range p.Ranked() {
		var unmet []string
		for _, c := range r.Unmet() {
			unmet = append(unmet, c.ID.Label(lg))
		}
		decisive := ""
		if id, ok := r.Decisive(); ok {
			decisive = id.Label(lg)
		}
		rows = append(rows, []string{r.Dossier, phaseLabel(r.Status, lg), r.Verdict.Label(lg), decisive, scoreText(r, lg), strings.Join(unmet, ", ")})
	}
	table(wd.dossiers, []string{wd.dossier, wd.phase, wd.verdict, wd.decisiveHead, wd.score, wd.unmetHead}, rows)
}

// renderMoney writes the money tables: budgets per phase (their currency
// not stated, BudgetTotal), then the partners' contributions per phase and
// per lever, each currency apart, each table with a total row.
func (p *Portfolio) renderMoney(table func(string, []string, [][]string), lg lang.Lang) {
	wd := vocab(lg)
	money := func(d decimal.Decimal) string { return lg.Money(d, "") }
	var rows [][]string
	for ph := range innovation.Phases() {
		if t := p.Budgets[ph]; t.Dossiers > 0 {
			rows = append(rows, []string{ph.Label(lg), lg.Int(t.Dossiers), money(t.Total), money(t.Evaluation), money(t.CapacityBuilding)})
		}
	}
	if t := p.Budget; t.Dossiers > 0 {
		rows = append(rows, []string{wd.total, lg.Int(t.Dossiers), money(t.Total), money(t.Evaluation), money(t.CapacityBuilding)})
	}
	table(wd.budgets+" ("+wd.budgetNoCurrency+")", []string{wd.phase, wd.dossiers, wd.total, wd.evaluationBudget, wd.capacityBudget}, rows)

	rows = nil
	for ph := range innovation.Phases() {
		if m := p.ContributionsByPhase[ph]; len(m) > 0 {
			rows = append(rows, []string{ph.Label(lg), moneyText(m, lg)})
		}
	}
	if len(rows) > 0 {
		rows = append(rows, []string{wd.total, moneyText(p.Contributions, lg)})
	}
	table(wd.contributionsByPhase, []string{wd.phase, wd.amounts}, rows)

	rows = nil
	for l := range innovation.Levers() {
		if m := p.ContributionsByLever[l]; len(m) > 0 {
			rows = append(rows, []string{l.Label(lg), moneyText(m, lg)})
		}
	}
	if len(rows) > 0 {
		rows = append(rows, []string{wd.total, moneyText(p.Contributions, lg)})
	}
	table(wd.contributionsByLever, []string{wd.lever, wd.amounts}, rows)
}

// moneyText writes m's amounts, one per currency in byte order: "15 000 EUR
// ; 2 000 CHF" — never summed across currencies.
func moneyText(m Money, l lang.Lang) string {
	var parts []string
	for _, c := range m.Currencies() {
		parts = append(parts, l.Money(m[c], c))
	}
	return strings.Join(parts, l.Semicolon())
}

// phaseLabel writes the phase of s, with its macro-phase and whether the
// project was abandoned there.
func phaseLabel(s innovation.Status, lg lang.Lang) string {
	if !s.Phase.IsValid() {
		return "—"
	}
	l := s.Phase.Label(lg)
	if m := s.Phase.MacroPhase().Label(lg); m != l {
		// Modélisation is both a phase and a macro-phase: said once.
		l += " (" + m + ")"
	}
	if s.Abandoned {
		l += " — " + vocab(lg).abandoned
	}
	return l
}

// scoreText writes the score range with the coverage, "0,11 – 1,00 (1/9
// jugés)" or "0.11 – 1.00 (1/9 judged)"; a range whose bounds read the
// same is one score, "0,71 (9/9 jugés)".
func scoreText(r *societal.Report, l lang.Lang) string {
	cov := r.Coverage()
	counts := " (" + strconv.Itoa(cov.Judged) + "/" + strconv.Itoa(cov.Applicable) + " " + vocab(l).judged + ")"
	sr, ok := r.ScoreRange()
	if !ok {
		return vocab(l).unknown + counts
	}
	low, high := l.Decimal(sr.Low, 2), l.Decimal(sr.High, 2)
	if low == high {
		return low + counts // every check judged: one score, not a range
	}
	return low + " – " + high + counts
}

func checksText(ids []societal.CheckID, l lang.Lang) string {
	ls := make([]string, len(ids))
	for i, id := range ids {
		ls[i] = id.Label(l)
	}
	return strings.Join(ls, ", ")
}

// mdEscape keeps text from breaking a Markdown table cell or heading, and
// text a dossier gives (it may come from an untrusted source) from becoming
// HTML, a link or emphasis: "<b>" is shown as written, not rendered.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

var mdEscaper = strings.NewReplacer(
	"\\", `\\`, "|", `\|`, "<", `\<`, ">", `\>`, "[", `\[`, "]", `\]`, "`", "\\`", "*", `\*`, "_", `\_`,
	"\n", " ", "\r", " ")
