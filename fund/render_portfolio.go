package fund

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// Markdown renders the portfolio in l: the rubric and the date of the
// assessment, the evidence coverage across the fund, the phase mix, the
// verdicts (per phase too), the most common gaps, the missing evidence
// (never counted as failure) and the missing levers across the fund, the
// partnership modes beside the PHARE survey, the money (budgets per phase,
// partners' contributions per phase and per lever, each currency apart),
// the distributions of scores and coverage, then one line per dossier in
// the order of Ranked, with its verdict, the check that decides it
// (Report.Decisive), its score range and coverage, and its gaps (the
// dossiers' own reports render with Report.Markdown), and the submissions
// not assessed (Refused), each with its file, its line and its problems.
// Sections with nothing to show are left out.
//
// The Markdown form carries Mermaid charts beside their tables: the phase
// mix, the verdicts per phase, the scores and the coverage. The date is
// written in ISO 8601 (2026-11-30) in every language, a form no reader
// misreads. [D] What the dossiers hold (names, identifiers) is escaped: it
// makes no HTML, link or emphasis.
func (p *Portfolio) Markdown(l lang.Lang) string { return p.doc(l).Markdown() }

// Text renders the portfolio as plain text in l, with the content of
// Markdown but the charts: headings, and tables in aligned columns. What
// the dossiers hold is written on one line, its control characters shown
// escaped.
func (p *Portfolio) Text(l lang.Lang) string { return p.doc(l).Text(doc.Options{Colon: l.Colon()}) }

// doc is the portfolio as a document in l: Text and Markdown render it.
func (p *Portfolio) doc(l lang.Lang) *doc.Doc {
	var d doc.Doc
	count := words.manyDossiers
	if len(p.Reports) == 1 {
		count = words.oneDossier
	}
	n := phrase{count, []lang.Arg{lang.Int(len(p.Reports))}}
	if p.AssessedOn.IsZero() {
		d.Heading(2, doc.Say(l, words.portfolio, n, doc.Data(p.Rubric)))
	} else {
		d.Heading(2, doc.Say(l, words.portfolioDated, n, doc.Data(p.Rubric), lang.Data(p.AssessedOn.Format(time.DateOnly))))
	}
	if cov := p.Coverage; cov.Applicable > 0 {
		d.Para(text(l, words.fundCoverage, lang.Int(cov.Judged), lang.Int(cov.Applicable),
			lang.Decimal(cov.JudgedWeight, -1), lang.Decimal(cov.ApplicableWeight, -1), lang.Percent(coverageShare(cov), 0)))
	}

	var rows [][]doc.Line
	for ph := range innovation.Phases() {
		rows = append(rows, cells(l, ph, lang.Int(p.Phases[ph])))
	}
	section(&d, l, words.phaseMix, heads(l, words.phase, words.count), rows)
	d.Chart(p.phaseChart(l))

	rows = nil
	for v := range societal.Verdicts() {
		rows = append(rows, cells(l, v, lang.Int(p.Verdicts[v])))
	}
	section(&d, l, words.verdicts, heads(l, words.verdict, words.count), rows)
	d.Chart(p.verdictChart(l))

	rows = nil
	for _, g := range p.Gaps {
		rows = append(rows, cells(l, g.Value, lang.Int(g.N)))
	}
	section(&d, l, words.commonGaps, heads(l, words.criterion, words.count), rows)

	rows = nil
	for _, m := range p.Missing {
		rows = append(rows, cells(l, m.Value, lang.Int(m.N)))
	}
	section(&d, l, words.missingEvidence, heads(l, words.criterion, words.count), rows)

	rows = nil
	for _, lv := range p.Levers {
		rows = append(rows, cells(l, lv.Value, lang.Int(lv.N)))
	}
	section(&d, l, words.missingLevers, heads(l, words.lever, words.count), rows)

	// The fund's partnership modes beside the national survey (MODEL §4.2).
	rows = nil
	for _, m := range p.Modes {
		if p.Partnerships <= 0 {
			break // a portfolio not made by AssessAll: no share to give
		}
		share := decimal.NewFromInt(int64(m.N)).Div(decimal.NewFromInt(int64(p.Partnerships)))
		row := cells(l, m.Value, lang.Int(m.N), lang.Percent(share, 0))
		for _, k := range []partnership.Kind{partnership.Entreprise, partnership.Association} {
			c := doc.L("—")
			if s, ok := partnership.PHARE(k); ok {
				if v, ok := s.Share(m.Value); ok {
					c = doc.L(l.Percent(v, 0))
				}
			}
			row = append(row, c)
		}
		rows = append(rows, row)
	}
	section(&d, l, words.modes, heads(l, words.mode, words.dossiers, words.share, words.phareCompanies, words.phareAssociations), rows)

	p.money(&d, l)

	if len(p.Reports) > 0 {
		scores, coverage := p.distributions()
		rows = nil
		for i := range scores {
			row := []doc.Line{doc.L(bucketLabel(i, l)), doc.L(l.Int(scores[i]))}
			if i < buckets {
				row = append(row, doc.L(l.Int(coverage[i])))
			} else {
				row = append(row, doc.L("—"))
			}
			rows = append(rows, row)
		}
		section(&d, l, words.scores, heads(l, words.bucket, words.score, words.coverage), rows)
		d.Chart(p.distributionChart(words.score, scores[:], l))
		d.Chart(p.distributionChart(words.coverage, coverage[:], l))
	}

	rows = nil
	for _, r := range p.Ranked() {
		var unmet []societal.CheckID
		for _, c := range r.Unmet() {
			unmet = append(unmet, c.ID)
		}
		decisive := doc.Line{}
		if id, ok := r.Decisive(); ok {
			decisive = doc.L(id.Label(l))
		}
		rows = append(rows, []doc.Line{
			{doc.Data(r.Dossier)}, doc.L(phaseLabel(r.Status).Label(l)), doc.L(r.Verdict.Label(l)), decisive,
			doc.L(r.ScoreText(l)), doc.L(labels(l, unmet)),
		})
	}
	section(&d, l, words.dossiers, heads(l, words.dossier, words.phase, words.verdict, words.decidedBy, words.score, words.unmet), rows)

	rows = nil
	for i := range p.Refused {
		r := &p.Refused[i]
		line := doc.Line{}
		if r.Line > 0 {
			line = doc.L(l.Int(r.Line))
		}
		rows = append(rows, []doc.Line{{doc.Data(r.File)}, line, {doc.Data(r.summary(l))}})
	}
	section(&d, l, words.refusedTitle, heads(l, words.file, words.lineHead, words.problems), rows)
	return &d
}

// money adds the money tables: budgets per phase (their currency not
// stated, BudgetTotal), then the partners' contributions per phase and per
// lever, each currency apart, each table with a total row.
func (p *Portfolio) money(d *doc.Doc, l lang.Lang) {
	amount := func(a decimal.Decimal) doc.Line { return doc.L(l.Money(a, "")) }
	budget := func(label lang.Arg, t BudgetTotal) []doc.Line {
		return []doc.Line{doc.L(label.Label(l)), doc.L(l.Int(t.Dossiers)), amount(t.Total), amount(t.Evaluation), amount(t.CapacityBuilding)}
	}
	var rows [][]doc.Line
	for ph := range innovation.Phases() {
		if t := p.Budgets[ph]; t.Dossiers > 0 {
			rows = append(rows, budget(ph, t))
		}
	}
	if t := p.Budget; t.Dossiers > 0 {
		rows = append(rows, budget(words.total, t))
	}
	section(d, l, words.budgets, heads(l, words.phase, words.dossiers, words.total, words.evaluationBudget, words.capacityBudget), rows)

	rows = nil
	for ph := range innovation.Phases() {
		if m := p.ContributionsByPhase[ph]; len(m) > 0 {
			rows = append(rows, []doc.Line{doc.L(ph.Label(l)), moneyText(m, l)})
		}
	}
	if len(rows) > 0 {
		rows = append(rows, []doc.Line{doc.L(words.total.In(l)), moneyText(p.Contributions, l)})
	}
	section(d, l, words.contributionsByPhase, heads(l, words.phase, words.amounts), rows)

	rows = nil
	for lv := range innovation.Levers() {
		if m := p.ContributionsByLever[lv]; len(m) > 0 {
			rows = append(rows, []doc.Line{doc.L(lv.Label(l)), moneyText(m, l)})
		}
	}
	if len(rows) > 0 {
		rows = append(rows, []doc.Line{doc.L(words.total.In(l)), moneyText(p.Contributions, l)})
	}
	section(d, l, words.contributionsByLever, heads(l, words.lever, words.amounts), rows)
}

// moneyText writes m's amounts, one per currency in byte order: "15 000 EUR
// ; 2 000 CHF" — never summed across currencies. The currency codes come
// from the dossiers: data.
func moneyText(m societal.Money, l lang.Lang) doc.Line { return doc.Line{doc.Data(m.Label(l))} }

// section adds a titled table; nothing, title included, when it has no
// row.
func section(d *doc.Doc, l lang.Lang, title lang.Text, head []doc.Line, rows [][]doc.Line) {
	if len(rows) == 0 {
		return
	}
	d.Heading(3, title.In(l))
	d.Table(head, rows)
}

// heads returns the column heads of a table in l.
func heads(l lang.Lang, ts ...lang.Text) []doc.Line {
	out := make([]doc.Line, len(ts))
	for i, t := range ts {
		out[i] = doc.L(t.In(l))
	}
	return out
}

// cells returns a row of cells, each a label or a number in l.
func cells(l lang.Lang, args ...lang.Arg) []doc.Line {
	out := make([]doc.Line, len(args))
	for i, a := range args {
		out[i] = doc.L(a.Label(l))
	}
	return out
}

// phaseLabel names the phase of s, with its macro-phase when it differs
// (Modélisation is both) and whether the project was abandoned
// there; "—" for no phase.
func phaseLabel(s innovation.Status) lang.Arg {
	if !s.Phase.IsValid() {
		return words.none
	}
	var label lang.Arg = s.Phase
	if m := s.Phase.MacroPhase(); m.String() != s.Phase.String() { // the same name: said once
		label = phrase{words.withMacroPhase, []lang.Arg{s.Phase, m}}
	}
	if s.Abandoned {
		label = phrase{words.abandoned, []lang.Arg{label}}
	}
	return label
}
