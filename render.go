package societal

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// Text renders r as plain text in l: the summary (verdict, phase, crossing,
// score and coverage), the criteria, the gaps with the lever and partners
// that would close them, the documents to request and the next best
// actions. What the dossier holds (its name, its carrier, a problem quoting
// a value) is written with its control characters visible.
func (r *Report) Text(l lang.Lang) string { return r.document(l).Text(doc.Options{Colon: l.Colon()}) }

// Markdown renders r in l as a Markdown section, what a funder pastes into
// a committee note: the same content as Text, in tables, and the Mermaid
// diagram of the lifecycle with the current phase highlighted. What the
// dossier holds is escaped: no HTML, link, autolink, emphasis or
// strikethrough comes from it.
func (r *Report) Markdown(l lang.Lang) string { return r.document(l).Markdown() }

// The words of the reports. French strings put a no-break space (U+00A0)
// before ":" and ";" and inside « », as lang does.
var (
	wordUnnamed      = lang.Text{"Dossier sans nom", "Unnamed dossier"}
	wordCarrier      = lang.Text{"Porteur", "Carrier"}
	wordID           = lang.Text{"Identifiant", "Identifier"}
	wordVerdict      = lang.Text{"Verdict", "Verdict"}
	wordDecidedBy    = lang.Text{" — décidé par\u00a0: {1}", " — decided by: {1}"}
	wordPhase        = lang.Text{"Phase", "Phase"}
	wordPhaseMacro   = lang.Text{"{1} ({2})", "{1} ({2})"}
	wordAbandoned    = lang.Text{"{1} — abandonné", "{1} — abandoned"}
	wordMacroAbandon = lang.Text{"{1} ({2}) — abandonné", "{1} ({2}) — abandoned"}
	wordCrossing     = lang.Text{"Passage", "Crossing"}
	wordCrossingText = lang.Text{"{1} → {2} — {3}", "{1} → {2} — {3}"}
	wordModel        = lang.Text{"Modèle économique", "Economic model"}
	wordModelChange  = lang.Text{"Passage du modèle R&D au modèle opérateur", "Change from the R&D to the operator model"}
	wordScore        = lang.Text{"Score", "Score"}
	wordScorePoint   = lang.Text{"{1} (fourchette {2} – {3}, {4}/{5} jugés)", "{1} (range {2} – {3}, {4}/{5} judged)"}
	wordScoreOne     = lang.Text{"{1} ({2}/{3} jugés)", "{1} ({2}/{3} judged)"}
	wordNotScored    = lang.Text{"non noté, {1} : fourchette {2} – {3} ({4}/{5} jugés)", "not scored, {1}: range {2} – {3} ({4}/{5} judged)"}
	wordScoreUnknown = lang.Text{"inconnu ({1}/{2} jugés)", "unknown ({1}/{2} judged)"}
	wordNoRequired   = lang.Text{"un critère requis n'est pas jugé", "a required criterion is not judged"}
	wordLowCoverage  = lang.Text{"couverture {1} sous le seuil de {2}", "coverage {1} below the threshold of {2}"}
	wordNoEvidence   = lang.Text{"aucun critère jugé", "no criterion judged"}
	wordCoverage     = lang.Text{"Couverture", "Coverage"}
	wordCoverageText = lang.Text{"{1}/{2} critères jugés, poids {3}/{4}", "{1}/{2} criteria judged, weight {3}/{4}"}
	wordRubric       = lang.Text{"Grille", "Rubric"}
	wordScoreRule    = lang.Text{
		"Calcul du score\u00a0: somme des poids des critères remplis sur somme des poids des critères applicables\u00a0; " +
			"borne basse\u00a0: chaque critère inconnu compté non rempli, borne haute\u00a0: compté rempli. " +
			"Les critères requis doivent être jugés avant le passage. " +
			"Le score n'est donné que si chaque critère requis est jugé et que la couverture atteint {1} du poids applicable ; sinon, la fourchette seule. " +
			"Source\u00a0: le passage des sources sur lequel repose chaque critère\u00a0; «\u00a0004:880-888\u00a0» renvoie aux lignes 880 à 888 du document 004 (voir MODEL.md).",
		"How the score is computed: the sum of the weights of the criteria met over the sum of the weights of the applicable criteria; " +
			"low bound: each unknown criterion counted as not met, high bound: as met. " +
			"Required criteria must be judged before the crossing. " +
			"The score is given only when every required criterion is judged and the coverage reaches {1} of the applicable weight; otherwise the range alone. " +
			"Source: the passage of the sources each criterion stands on; “004:880-888” is lines 880–888 of document 004 (see MODEL.md).",
	}
	wordCriteria  = lang.Text{"Critères", "Criteria"}
	wordCriterion = lang.Text{"Critère", "Criterion"}
	wordOutcome   = lang.Text{"Résultat", "Outcome"}
	wordSeverity  = lang.Text{"Gravité", "Severity"}
	wordWeight    = lang.Text{"Poids", "Weight"}
	wordRequired  = lang.Text{"Requis", "Required"}
	wordSource    = lang.Text{"Source", "Source"}
	wordDetail    = lang.Text{"Détail", "Detail"}
	wordGaps      = lang.Text{"Manques et leviers", "Gaps and levers"}
	wordLever     = lang.Text{"Levier", "Lever"}
	wordPartners  = lang.Text{"Partenaires à mobiliser", "Partners to mobilise"}
	wordRequests  = lang.Text{"Documents à demander", "Documents to request"}
	wordRequest   = lang.Text{"Demande", "Request"}
	wordField     = lang.Text{"Champ du dossier", "Dossier field"}
	wordActions   = lang.Text{"Prochaines actions (le plus petit ensemble qui peut rendre le dossier prêt)", "Next best actions (the smallest set that can make the dossier ready)"}
	wordNoPlan    = lang.Text{"Aucune\u00a0: le projet a été abandonné.", "None: the project was abandoned."}
	wordNoAction  = lang.Text{"Aucune\u00a0: le dossier est prêt.", "None: the dossier is ready."}
	wordAddressed = lang.Text{"Critères visés", "Criteria addressed"}
	wordEvidence  = lang.Text{"Preuves à fournir", "Evidence to supply"}
	wordCloses    = lang.Text{"ferme {1}", "closes {1}"}
	wordJudges    = lang.Text{"permet de juger {1}", "lets the committee judge {1}"}
	wordProject   = lang.Text{"Le projet lui-même", "The project itself"}
	wordLifecycle = lang.Text{"Cycle de vie\u00a0: {1}", "Lifecycle: {1}"}
	// The lifecycle drawn (HTML and Markdown).
	wordLifecycleTitle = lang.Text{"Cycle de vie", "Lifecycle"}
	wordAbandonedNode  = lang.Text{"Abandonné", "Abandoned"}

	wordSeverityOf    = lang.Text{"{1} (grille\u00a0: {2})", "{1} (rubric: {2})"}
	wordSeverityWhy   = lang.Text{"{1}\u00a0: gravité {2} et non {3} comme le dit la grille, car {4}.", "{1}: severity {2}, not {3} as the rubric says, because {4}."}
	wordInvalidBlocks = lang.Text{"des données invalides bloquent toujours, quelle que soit la grille", "invalid input always blocks, whatever the rubric"}

	wordBudget        = lang.Text{"Budget", "Budget"}
	wordBudgetText    = lang.Text{"{1} (devise non précisée), dont évaluation {2} ({3}) et renforcement des capacités {4} ({5})", "{1} (currency not stated), of which evaluation {2} ({3}) and capacity building {4} ({5})"}
	wordNotStated     = lang.Text{"non indiqué", "not stated"}
	wordContributions = lang.Text{"Apports des partenaires", "Partners' contributions"}
	wordValued        = lang.Text{"{1} ({2} apports, dont {3} valorisés)", "{1} ({2} contributions, {3} of them valued)"}
	wordNoneValued    = lang.Text{"{1} apports, aucun valorisé", "{1} contributions, none valued"}
	wordMoney         = lang.Text{"Apports des partenaires, par levier et par type de partenaire", "Partners' contributions, per lever and per kind of partner"}
	wordPartnerKind   = lang.Text{"Type de partenaire", "Kind of partner"}
	wordCount         = lang.Text{"Apports", "Contributions"}
	wordAmounts       = lang.Text{"Montants valorisés", "Valued amounts"}
	wordTotal         = lang.Text{"Total", "Total"}
)

// reportWords lists the words above, for the test of every language.
var reportWords = []lang.Text{
	wordUnnamed, wordCarrier, wordID, wordVerdict, wordDecidedBy, wordPhase, wordPhaseMacro, wordAbandoned, wordMacroAbandon,
	wordCrossing, wordCrossingText, wordModel, wordModelChange, wordScore, wordScorePoint, wordScoreOne, wordNotScored,
	wordScoreUnknown, wordNoRequired, wordLowCoverage, wordNoEvidence, wordCoverage, wordCoverageText, wordRubric, wordScoreRule, wordCriteria, wordCriterion,
	wordOutcome, wordSeverity, wordWeight, wordRequired, wordSource, wordDetail, wordGaps, wordLever,
	wordPartners, wordRequests, wordRequest, wordField, wordActions, wordNoPlan, wordNoAction, wordAddressed,
	wordEvidence, wordCloses, wordJudges, wordProject, wordLifecycle, wordLifecycleTitle, wordAbandonedNode,
	wordSeverityOf, wordSeverityWhy, wordInvalidBlocks, wordBudget, wordBudgetText, wordNotStated, wordContributions, wordValued, wordNoneValued, wordMoney,
	wordPartnerKind, wordCount, wordAmounts, wordTotal,
}

// document builds the one document of r in l, which every renderer
// writes: the one walk of a report.
func (r *Report) document(l lang.Lang) *doc.Doc {
	var d doc.Doc
	w := func(t lang.Text, args ...lang.Arg) doc.Line { return doc.L(t.Format(l, args...)) }
	field := func(name lang.Text, value ...any) [2]doc.Line { return [2]doc.Line{w(name), doc.L(value...)} }

	if r.Dossier == "" {
		d.Heading(2, wordUnnamed.In(l))
	} else {
		d.Heading(2, doc.Data(r.Dossier))
	}
	var fields [][2]doc.Line
	if r.Carrier != "" {
		fields = append(fields, field(wordCarrier, doc.Data(r.Carrier)))
	}
	if r.ID != "" {
		fields = append(fields, field(wordID, doc.Code(r.ID)))
	}
	verdict := doc.L(doc.Strong(r.Verdict.Label(l)))
	if id, ok := r.Decisive(); ok {
		verdict = append(verdict, w(wordDecidedBy, id)...)
	}
	fields = append(fields, [2]doc.Line{w(wordVerdict), verdict}, field(wordPhase, phaseText(r.Status, l)))
	if r.Next != 0 {
		fields = append(fields, field(wordCrossing, wordCrossingText.Format(l, r.Status.Phase, r.Next, r.RiskZone)))
	}
	if r.ModelChange {
		fields = append(fields, field(wordModel, wordModelChange.In(l)))
	}
	fields = append(fields,
		field(wordScore, r.ScoreText(l)),
		field(wordCoverage, coverageText(r, l)),
		field(wordBudget, r.budgetText(l)),
		[2]doc.Line{w(wordContributions), r.contributionsText(l)},
		field(wordRubric, doc.Code(r.Rubric)))
	d.Fields(fields...)
	d.Para(wordScoreRule.Format(l, lang.Percent(r.MinCoverage, 0)))
	r.money(&d, l)

	d.Heading(3, wordCriteria.In(l))
	var rows [][]doc.Line
	for i := range r.Checks {
		c := &r.Checks[i]
		var sev, req string
		if c.Outcome == evaluation.NotMet {
			sev = c.Severity.Label(l)
			if severityWhy(c) != nil {
				sev = wordSeverityOf.Format(l, c.Severity, c.RubricSeverity)
			}
		}
		if c.Required {
			req = "✓"
		}
		rows = append(rows, []doc.Line{doc.L(mark(c) + " " + c.ID.Label(l)), doc.L(c.Outcome.Label(l)), doc.L(sev),
			doc.L(l.Decimal(c.Weight, -1)), doc.L(req), doc.L(c.Source), c.Detail.line(l)})
	}
	d.Table(heads(l, wordCriterion, wordOutcome, wordSeverity, wordWeight, wordRequired, wordSource, wordDetail), rows)
	for i := range r.Checks {
		c := &r.Checks[i]
		if why := severityWhy(c); why != nil {
			d.Para(wordSeverityWhy.Format(l, c.ID, c.Severity, c.RubricSeverity, why))
		}
	}

	rows = nil
	for _, c := range r.Checks {
		for _, g := range c.Gaps {
			rows = append(rows, []doc.Line{doc.L(c.ID.Label(l)), doc.L(g.Lever.Label(l)), doc.L(kindsText(g.Partners, l)), g.Detail.line(l)})
		}
	}
	if len(rows) > 0 {
		d.Heading(3, wordGaps.In(l))
		d.Table(heads(l, wordCriterion, wordLever, wordPartners, wordDetail), rows)
	}

	rows = nil
	for _, q := range r.Requests() {
		req := ""
		if q.Required {
			req = "✓"
		}
		rows = append(rows, []doc.Line{doc.L(q.Check.Label(l)), doc.L(req), doc.L(doc.Code(q.Field)), doc.L(q.Text(l))})
	}
	if len(rows) > 0 {
		d.Heading(3, wordRequests.In(l))
		d.Table(heads(l, wordCriterion, wordRequired, wordField, wordRequest), rows)
	}

	d.Heading(3, wordActions.In(l))
	switch acts := r.Actions(); {
	case acts == nil:
		d.Para(wordNoPlan.In(l))
	case len(acts) == 0:
		d.Para(wordNoAction.In(l))
	default:
		rows = nil
		for i, a := range acts {
			var ev doc.Line
			if len(a.Evidence) > 0 {
				ev = doc.L(doc.Code(fieldsText(a.Evidence, l)))
			}
			rows = append(rows, []doc.Line{doc.L(strconv.Itoa(i + 1)), doc.L(a.Label(l)), doc.L(kindsText(a.Partners, l)), doc.L(actionText(a, l)), ev})
		}
		d.Table([]doc.Line{doc.L("#"), w(wordLever), w(wordPartners), w(wordAddressed), w(wordEvidence)}, rows)
	}
	if r.Status.IsValid() {
		d.Flow(lifecycle(r.Status, l))
	}
	return &d
}

// budgetText writes the budget with the shares of evaluation and capacity
// building; "non indiqué" for none.
func (r *Report) budgetText(l lang.Lang) string {
	b := r.Budget
	sh, err := b.Shares()
	if b.Total.Sign() <= 0 || err != nil {
		return wordNotStated.In(l)
	}
	return wordBudgetText.Format(l, lang.Money(b.Total, ""), lang.Money(b.Evaluation, ""), lang.Percent(sh.Evaluation, 1),
		lang.Money(b.CapacityBuilding, ""), lang.Percent(sh.CapacityBuilding, 1))
}

// contributionsText writes the valued contributions' total, each
// currency apart, and how many contributions there are; "non indiqué" for
// no partnership.
func (r *Report) contributionsText(l lang.Lang) doc.Line {
	if len(r.Contributions) == 0 {
		return doc.L(wordNotStated.In(l))
	}
	total, valued := Money{}, 0
	for _, c := range r.Contributions {
		if c.Currency != "" && c.Value.Sign() > 0 {
			total.Add(c.Currency, c.Value)
			valued++
		}
	}
	if len(total) == 0 {
		return doc.L(wordNoneValued.Format(l, lang.Int(len(r.Contributions))))
	}
	return spans(l, wordValued, input(total.Label), lang.Int(len(r.Contributions)), lang.Int(valued))
}

// money adds the contributions per lever and per kind of partner, each
// table with a total row: how many contributions, and their valued
// amounts, each currency apart (the currencies are the dossier's: data).
// Nothing without a contribution.
func (r *Report) money(d *doc.Doc, l lang.Lang) {
	if len(r.Contributions) == 0 {
		return
	}
	d.Heading(3, wordMoney.In(l))
	table := func(head lang.Text, labels []lang.Arg, counts []int, sums []Money) {
		var rows [][]doc.Line
		total := Money{}
		for i, n := range counts {
			if n == 0 {
				continue
			}
			rows = append(rows, []doc.Line{doc.L(labels[i].Label(l)), doc.L(l.Int(n)), {doc.Data(sums[i].Label(l))}})
			for c, v := range sums[i] {
				total.Add(c, v)
			}
		}
		rows = append(rows, []doc.Line{doc.L(wordTotal.In(l)), doc.L(l.Int(len(r.Contributions))), {doc.Data(total.Label(l))}})
		d.Table(heads(l, head, wordCount, wordAmounts), rows)
	}
	levers := slices.Collect(innovation.Levers())
	counts, sums := moneyBy(r.Contributions, levers, func(c Contribution) innovation.Lever { return c.Lever })
	table(wordLever, args(levers), counts, sums)
	kinds := slices.Collect(partnership.Kinds())
	counts, sums = moneyBy(r.Contributions, kinds, func(c Contribution) partnership.Kind { return c.PartnerKind })
	table(wordPartnerKind, args(kinds), counts, sums)
}

// severityWhy says why the unmet check c weighs otherwise than the rubric
// says (Check.RubricSeverity): its input is invalid, or it grades its
// findings below the rubric's severity; nil when it weighs what the rubric
// says, or the report does not say what the rubric says.
func severityWhy(c *Check) lang.Arg {
	if c.Outcome != evaluation.NotMet || !c.RubricSeverity.IsValid() || c.Severity == c.RubricSeverity {
		return nil
	}
	if c.Detail.Code == invalidInput.code {
		return wordInvalidBlocks
	}
	if d := c.ID.def(); d != nil && !d.graded.IsZero() && c.Severity < c.RubricSeverity {
		return d.graded
	}
	return nil
}

// heads makes the header of a table.
func heads(l lang.Lang, ts ...lang.Text) []doc.Line {
	out := make([]doc.Line, len(ts))
	for i, t := range ts {
		out[i] = doc.L(t.In(l))
	}
	return out
}

// phaseText writes the phase of s with its macro-phase, and whether the
// project was abandoned; "—" for no phase.
func phaseText(s innovation.Status, l lang.Lang) string {
	if !s.Phase.IsValid() {
		return "—"
	}
	m := s.Phase.MacroPhase()
	macro := m.Label(l) != s.Phase.Label(l) // Modélisation is both a phase and a macro-phase: said once
	switch {
	case macro && s.Abandoned:
		return wordMacroAbandon.Format(l, s.Phase, m)
	case macro:
		return wordPhaseMacro.Format(l, s.Phase, m)
	case s.Abandoned:
		return wordAbandoned.Format(l, s.Phase)
	}
	return s.Phase.Label(l)
}

// lifecycle draws the lifecycle in l: the five phases in a row, each
// forward crossing labelled with its risk zone (MODEL §1.4), the phase of
// s highlighted, or, if the project was abandoned, an "abandoned" node
// after it, highlighted. Returns to earlier phases are allowed from every
// phase and are left out of the drawing to keep it readable.
func lifecycle(s innovation.Status, l lang.Lang) doc.Flow {
	f := doc.Flow{Title: wordLifecycleTitle.In(l), Alt: doc.L(wordLifecycle.Format(l, lifecycleArg(s.Phase)))}
	for p := range innovation.Phases() {
		f.Nodes = append(f.Nodes, doc.Node{Key: p.String(), Label: p.Label(l), Current: p == s.Phase && !s.Abandoned})
		if r, ok := p.Crossing(); ok {
			f.Edges = append(f.Edges, doc.Edge{From: len(f.Nodes) - 1, To: len(f.Nodes), Label: r.Label(l)})
		}
	}
	if s.Abandoned && s.Phase.IsValid() {
		f.Nodes = append(f.Nodes, doc.Node{Key: "abandoned", Label: wordAbandonedNode.In(l), Current: true, Aside: true})
		f.Edges = append(f.Edges, doc.Edge{From: int(s.Phase - innovation.Conception), To: len(f.Nodes) - 1})
	}
	return f
}

// lifecycleArg quotes the phases in order, the current one in brackets:
// what the diagram of the lifecycle shows, for a reader without it.
type lifecycleArg innovation.Phase

// Label returns the phases in l.
func (current lifecycleArg) Label(l lang.Lang) string {
	var s []string
	for p := range innovation.Phases() {
		if p == innovation.Phase(current) {
			s = append(s, "["+p.Label(l)+"]")
		} else {
			s = append(s, p.Label(l))
		}
	}
	return strings.Join(s, " → ")
}

// ScoreText writes, in l, the score as a report gives it: the point score
// with its range and the coverage, "0,83 (fourchette 0,75 – 0,92, 7/8
// jugés)", one score when every check is judged, "0,71 (9/9 jugés)", and,
// where the evidence does not support a point score (Report.Score), why
// and the range alone: "non noté, couverture 14 % sous le seuil de 80 % :
// fourchette 0,14 – 1,00 (1/9 jugés)".
func (r *Report) ScoreText(l lang.Lang) string {
	cov := r.Coverage()
	judged, applicable := lang.Int(cov.Judged), lang.Int(cov.Applicable)
	sr, ok := r.ScoreRange()
	if !ok {
		return wordScoreUnknown.Format(l, judged, applicable)
	}
	low, high := lang.Decimal(sr.Low, 2), lang.Decimal(sr.High, 2)
	if !r.Score.Valid {
		var why lang.Arg = wordNoEvidence
		switch withheldOf(r.Checks, r.MinCoverage) {
		case withoutRequired:
			why = wordNoRequired
		case withoutCoverage:
			why = phrase{wordLowCoverage, []lang.Arg{lang.Percent(coverageShare(cov), 0), lang.Percent(r.MinCoverage, 0)}}
		}
		return wordNotScored.Format(l, why, low, high, judged, applicable)
	}
	if low.Label(l) == high.Label(l) {
		return wordScoreOne.Format(l, low, judged, applicable) // every check judged: one score, not a range
	}
	return wordScorePoint.Format(l, lang.Decimal(r.Score.Decimal, 2), low, high, judged, applicable)
}

// phrase is a text and its arguments, quoted as one argument of another
// text: it renders in the language of the text that quotes it.
type phrase struct {
	t    lang.Text
	args []lang.Arg
}

// Label returns the phrase in l.
func (p phrase) Label(l lang.Lang) string { return p.t.Format(l, p.args...) }

// coverageShare is the judged share of the applicable weight, 0 when
// nothing applies.
func coverageShare(c Coverage) decimal.Decimal {
	if c.ApplicableWeight.Sign() <= 0 {
		return decimal.Zero
	}
	return c.JudgedWeight.DivRound(c.ApplicableWeight, evaluation.ScorePlaces)
}

// coverageText writes the coverage, counted and weighted.
func coverageText(r *Report, l lang.Lang) string {
	cov := r.Coverage()
	return wordCoverageText.Format(l, lang.Int(cov.Judged), lang.Int(cov.Applicable),
		lang.Decimal(cov.JudgedWeight, -1), lang.Decimal(cov.ApplicableWeight, -1))
}

// kindsText writes the labels of kinds of partner, joined by commas.
func kindsText(ks []partnership.Kind, l lang.Lang) string {
	ls := make([]string, len(ks))
	for i, k := range ks {
		ls[i] = k.Label(l)
	}
	return strings.Join(ls, ", ")
}

// checkList quotes checks by their labels, joined by commas.
type checkList []CheckID

// Label returns the labels of the checks in l.
func (ids checkList) Label(l lang.Lang) string {
	ls := make([]string, len(ids))
	for i, id := range ids {
		ls[i] = id.Label(l)
	}
	return strings.Join(ls, ", ")
}

// actionText says what a does: "ferme X" for the unmet checks it closes,
// "permet de juger Y" for those whose evidence is missing (evidence lets a
// committee judge a check, it does not close it).
func actionText(a Action, l lang.Lang) string {
	var closed []CheckID
	for _, id := range a.Closes {
		if !slices.Contains(a.Evidence, id) {
			closed = append(closed, id)
		}
	}
	var parts []string
	if len(closed) > 0 {
		parts = append(parts, wordCloses.Format(l, checkList(closed)))
	}
	if len(a.Evidence) > 0 {
		parts = append(parts, wordJudges.Format(l, checkList(a.Evidence)))
	}
	return strings.Join(parts, l.Semicolon())
}

// fieldsText writes the dossier fields the evidence of ids fills.
func fieldsText(ids []CheckID, l lang.Lang) string {
	var ls []string
	for _, id := range ids {
		if f := id.Field(); !slices.Contains(ls, f) {
			ls = append(ls, f)
		}
	}
	return strings.Join(ls, l.Semicolon())
}

// mark is the sign of a check's outcome in the criteria table.
func mark(c *Check) string {
	switch c.Outcome {
	case evaluation.Met:
		return "✓"
	case evaluation.NotMet:
		return "✗"
	case evaluation.Unknown:
		return "?"
	default:
		return "–"
	}
}

// spans returns t in l, quoting args, as a line of a document: the text's
// own words as words, and each argument that quotes the dossier (an input)
// as data, which the renderers escape. Format places each such argument
// as a character of Unicode's private use area, where the line is cut.
func spans(l lang.Lang, t lang.Text, args ...lang.Arg) doc.Line {
	at := make([]lang.Arg, len(args))
	data := false
	for i, a := range args {
		at[i] = a
		if _, ok := a.(input); ok && i < maxSlots {
			at[i], data = slot(i), true
		}
	}
	s := t.Format(l, at...)
	if !data {
		return doc.L(s)
	}
	var line doc.Line
	for s != "" {
		i := strings.IndexFunc(s, isSlot)
		if i < 0 {
			line = append(line, doc.Words(s))
			break
		}
		if i > 0 {
			line = append(line, doc.Words(s[:i]))
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		line = append(line, doc.Data(args[r-slotBase].Label(l)))
		s = s[i+n:]
	}
	return line
}

// slot is the place of the argument it numbers, in spans.
type slot int

const (
	slotBase = 0xE000 // the first character of the private use area
	maxSlots = 9      // a Text quotes {1} to {9}
)

// Label returns the character of the slot.
func (s slot) Label(lang.Lang) string { return string(rune(slotBase + int(s))) }

// isSlot reports whether r is the character of a slot.
func isSlot(r rune) bool { return r >= slotBase && r < slotBase+maxSlots }
