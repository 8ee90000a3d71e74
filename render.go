package societal

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// Text renders r as plain text in lang: the verdict, the crossing ahead, one
// line per check and the gaps with the lever and partners that would
// close them.
func (r *Report) Text(l lang.Lang) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	w(r.Dossier)
	if r.Carrier != "" {
		w(" (", r.Carrier, ")")
	}
	w("\n", vocab(l).verdict, l.Colon(), r.Verdict.Label(l), decisiveText(r, l), "\n")
	w(vocab(l).phase, l.Colon(), phaseLabel(r.Status, l), "\n")
	if r.Next != 0 {
		w(vocab(l).crossing, l.Colon(), r.Status.Phase.Label(l), " → ", r.Next.Label(l), " — ", r.RiskZone.Label(l), "\n")
	}
	if r.ModelChange {
		w(vocab(l).modelChange, "\n")
	}
	w(vocab(l).score, l.Colon(), scoreText(r, l), "   (", vocab(l).rubric, " ", r.Rubric, ")\n")
	w(vocab(l).coverage, l.Colon(), coverageText(r, l), "\n")
	w(vocab(l).scoreRule, "\n\n")
	for _, c := range r.Checks {
		w("[", mark(c), "] ", c.ID.Label(l), " — ", c.Outcome.Label(l))
		if c.Outcome == evaluation.NotMet {
			w(" (", c.Severity.Label(l), ")")
		}
		if c.Required {
			w(" [", vocab(l).required, "]")
		}
		w(" [", vocab(l).weight, " ", decimalText(c.Weight, -1, l), "]")
		if !c.Detail.IsZero() {
			w(l.Colon(), c.Detail.Text(l))
		}
		w("   [", c.Source, "]\n")
		for _, g := range c.Gaps {
			w("      → ", g.Lever.Label(l), l.Colon(), g.Detail.Text(l))
			if len(g.Partners) > 0 {
				w(" (", vocab(l).toMobilise, l.Colon(), partnersText(g, l), ")")
			}
			w("\n")
		}
	}
	if qs := r.Requests(); len(qs) > 0 {
		w("\n", vocab(l).requests, "\n")
		for _, q := range qs {
			w("  - ", q.Check.Label(l))
			if q.Required {
				w(" [", vocab(l).required, "]")
			}
			w(l.Colon(), q.Text(l), " (", vocab(l).field, " ", q.Field, ")\n")
		}
	}
	w("\n", vocab(l).actions, "\n")
	acts := r.Actions()
	switch {
	case acts == nil:
		w("  ", vocab(l).noPlan, "\n")
	case len(acts) == 0:
		w("  ", vocab(l).noAction, "\n")
	}
	for i, a := range acts {
		w("  ", strconv.Itoa(i+1), ". ", leverText(a.Lever, l))
		if len(a.Partners) > 0 {
			w(" (", kindsText(a.Partners, l), ")")
		}
		w(" — ", actionText(a, l), "\n")
	}
	return b.String()
}

// Markdown renders r in lang as a Markdown section: a summary table, the
// criteria table, the gaps, and the Mermaid diagram of the lifecycle with
// the current phase highlighted — what a funder pastes into a committee note.
func (r *Report) Markdown(l lang.Lang) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	wd := vocab(l)
	w("## ", mdEscape(r.Dossier), "\n\n")
	w("| | |\n|---|---|\n")
	if r.Carrier != "" {
		w("| ", wd.carrier, " | ", mdEscape(r.Carrier), " |\n")
	}
	w("| ", wd.verdict, " | **", r.Verdict.Label(l), "**", decisiveText(r, l), " |\n")
	w("| ", wd.phase, " | ", phaseLabel(r.Status, l), " |\n")
	if r.Next != 0 {
		w("| ", wd.crossing, " | ", r.Status.Phase.Label(l), " → ", r.Next.Label(l), " — ", r.RiskZone.Label(l), " |\n")
	}
	if r.ModelChange {
		w("| ", wd.model, " | ", wd.modelChange, " |\n")
	}
	w("| ", wd.score, " | ", scoreText(r, l), " |\n")
	w("| ", wd.coverage, " | ", coverageText(r, l), " |\n")
	w("| ", wd.rubric, " | `", r.Rubric, "` |\n\n")
	w(wd.scoreRule, "\n\n")

	w("| ", wd.criterion, " | ", wd.outcome, " | ", wd.severity, " | ", wd.weightHead, " | ", wd.requiredHead, " | ", wd.detail, " | ", wd.source, " |\n")
	w("|---|---|---|---|---|---|---|\n")
	for _, c := range r.Checks {
		sev, req := "", ""
		if c.Outcome == evaluation.NotMet {
			sev = c.Severity.Label(l)
		}
		if c.Required {
			req = "✓"
		}
		w("| ", mark(c), " ", c.ID.Label(l), " | ", c.Outcome.Label(l), " | ", sev, " | ", decimalText(c.Weight, -1, l), " | ", req, " | ", mdEscape(c.Detail.Text(l)), " | ", c.Source, " |\n")
	}
	gaps := false
	for _, c := range r.Checks {
		for _, g := range c.Gaps {
			if !gaps {
				w("\n### ", wd.gaps, "\n\n| ", wd.criterion, " | ", wd.lever, " | ", wd.partners, " | ", wd.detail, " |\n|---|---|---|---|\n")
				gaps = true
			}
			w("| ", c.ID.Label(l), " | ", g.Lever.Label(l), " | ", partnersText(g, l), " | ", mdEscape(g.Detail.Text(l)), " |\n")
		}
	}
	if qs := r.Requests(); len(qs) > 0 {
		w("\n### ", wd.requests, "\n\n| ", wd.criterion, " | ", wd.requiredHead, " | ", wd.request, " | ", wd.field, " |\n|---|---|---|---|\n")
		for _, q := range qs {
			req := ""
			if q.Required {
				req = "✓"
			}
			w("| ", q.Check.Label(l), " | ", req, " | ", mdEscape(q.Text(l)), " | `", q.Field, "` |\n")
		}
	}
	w("\n### ", wd.actions, "\n\n")
	switch acts := r.Actions(); {
	case acts == nil:
		w(wd.noPlan, "\n")
	case len(acts) == 0:
		w(wd.noAction, "\n")
	default:
		w("| # | ", wd.lever, " | ", wd.partners, " | ", wd.closesHead, " | ", wd.evidenceHead, " |\n|---|---|---|---|---|\n")
		for i, a := range acts {
			ev := ""
			if len(a.Evidence) > 0 {
				ev = "`" + fieldsText(a.Evidence, l) + "`"
			}
			w("| ", strconv.Itoa(i+1), " | ", leverText(a.Lever, l), " | ", kindsText(a.Partners, l), " | ", checksText(a.Closes, l), " | ", ev, " |\n")
		}
	}
	if r.Status.IsValid() {
		w("\n```mermaid\n", innovation.Mermaid(r.Status, l), "```\n")
	}
	return b.String()
}

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
func scoreText(r *Report, l lang.Lang) string {
	cov := r.Coverage()
	counts := " (" + strconv.Itoa(cov.Judged) + "/" + strconv.Itoa(cov.Applicable) + " " + vocab(l).judged + ")"
	sr, ok := r.ScoreRange()
	if !ok {
		return vocab(l).unknown + counts
	}
	low, high := decimalText(sr.Low, 2, l), decimalText(sr.High, 2, l)
	if low == high {
		return low + counts // every check judged: one score, not a range
	}
	return low + " – " + high + counts
}

// coverageText writes the coverage, counted and weighted.
func coverageText(r *Report, l lang.Lang) string {
	cov := r.Coverage()
	return strconv.Itoa(cov.Judged) + "/" + strconv.Itoa(cov.Applicable) + " " + vocab(l).judgedChecks + ", " +
		vocab(l).weight + " " + decimalText(cov.JudgedWeight, -1, l) + "/" + decimalText(cov.ApplicableWeight, -1, l)
}

// decimalText writes d in lang with places decimals (all of them if places
// is negative) by locale.Decimal, the one formatter of numbers of the
// module.
func decimalText(d decimal.Decimal, places int32, l lang.Lang) string {
	return l.Decimal(d, places)
}

// decisiveText writes, for a verdict other than Ready, the check that
// decides it.
func decisiveText(r *Report, l lang.Lang) string {
	id, ok := r.Decisive()
	if !ok {
		return ""
	}
	return " — " + vocab(l).decidedBy + l.Colon() + id.Label(l)
}

func leverText(l innovation.Lever, lg lang.Lang) string {
	if l == 0 {
		return vocab(lg).supplyEvidence
	}
	return l.Label(lg)
}

func kindsText(ks []partnership.Kind, l lang.Lang) string {
	ls := make([]string, len(ks))
	for i, k := range ks {
		ls[i] = k.Label(l)
	}
	return strings.Join(ls, ", ")
}

func checksText(ids []CheckID, l lang.Lang) string {
	ls := make([]string, len(ids))
	for i, id := range ids {
		ls[i] = id.Label(l)
	}
	return strings.Join(ls, ", ")
}

// actionText says what a does: "ferme X" for the unmet checks it closes,
// "permet de juger Y ; preuves à fournir : f" for those whose evidence is
// missing (evidence lets a committee judge a check, it does not close it).
func actionText(a Action, l lang.Lang) string {
	wd := vocab(l)
	var closed []CheckID
	for _, id := range a.Closes {
		if !slices.Contains(a.Evidence, id) {
			closed = append(closed, id)
		}
	}
	var parts []string
	if len(closed) > 0 {
		parts = append(parts, wd.closes+" "+checksText(closed, l))
	}
	if len(a.Evidence) > 0 {
		parts = append(parts, wd.judges+" "+checksText(a.Evidence, l),
			wd.evidence+l.Colon()+fieldsText(a.Evidence, l))
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

func mark(c Check) string {
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

func partnersText(g Gap, l lang.Lang) string { return kindsText(g.Partners, l) }

// mdEscape keeps text from breaking a Markdown table cell or heading, and
// text a dossier gives (it may come from an untrusted source) from becoming
// HTML, a link or emphasis: "<b>" is shown as written, not rendered.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

var mdEscaper = strings.NewReplacer(
	"\\", `\\`, "|", `\|`, "<", `\<`, ">", `\>`, "[", `\[`, "]", `\]`, "`", "\\`", "*", `\*`, "_", `\_`,
	"\n", " ", "\r", " ")

// vocabulary is the fixed words of the reports, per language.
type vocabulary struct {
	verdict, phase, crossing, model, modelChange, score, rubric, carrier string
	criterion, outcome, severity, detail, source, gaps, lever, partners  string
	unknown, abandoned, portfolio, dossiers, phaseMix, commonGaps        string
	missingLevers, count, missingEvidence, dossier                       string
	modes, mode, share, phareCompanies, phareAssociations                string
	coverage, scoreRule, required, weight, judged, judgedChecks          string
	requests, request, field, actions, noPlan, noAction, closes          string
	evidence, closesHead, evidenceHead, decidedBy, supplyEvidence        string
	judges, toMobilise, unmetHead                                        string
	weightHead, requiredHead, decisiveHead                               string
	// The portfolio's dates, money and charts.
	assessedOn, fundCoverage, budgets, budgetNoCurrency, total        string
	evaluationBudget, capacityBudget, contributionsByPhase            string
	contributionsByLever, amounts, verdictsPerPhase, scores, bottomUp string
	green, yellow, orange, red                                        string
}

// words holds the vocabulary per language. French strings put a no-break
// space (U+00A0) before ":" and ";" and inside « », as locale does.
var words = [2]vocabulary{
	lang.French: {
		verdict: "Verdict", phase: "Phase", crossing: "Passage", model: "Modèle économique",
		modelChange: "Passage du modèle R&D au modèle opérateur", score: "Score", rubric: "Grille",
		carrier: "Porteur", criterion: "Critère", outcome: "Résultat", severity: "Gravité",
		detail: "Détail", source: "Source", gaps: "Manques et leviers", lever: "Levier",
		partners: "Partenaires à mobiliser", unknown: "inconnu", abandoned: "abandonné",
		portfolio: "Portefeuille", dossiers: "Dossiers", phaseMix: "Répartition par phase",
		commonGaps: "Manques les plus fréquents", missingLevers: "Leviers manquants", count: "Nombre",
		modes: "Modes de partenariat, face à l'enquête PHARE 2015 (part des dossiers qui déclarent un partenariat\u00a0; 003:1015-1029, 1166-1195)",
		mode:  "Mode", share: "Part", phareCompanies: "PHARE entreprises", phareAssociations: "PHARE associations",
		missingEvidence: "Preuves manquantes (critères inconnus, jamais comptés comme un échec)", dossier: "Dossier",
		coverage: "Couverture", required: "requis", weightHead: "Poids", requiredHead: "Requis", decisiveHead: "Décidé par", weight: "poids", judged: "jugés", judgedChecks: "critères jugés",
		scoreRule: "Calcul du score\u00a0: somme des poids des critères remplis sur somme des poids des critères applicables\u00a0; " +
			"borne basse\u00a0: chaque critère inconnu compté non rempli, borne haute\u00a0: compté rempli. " +
			"Les critères requis doivent être jugés avant le passage. " +
			"Source\u00a0: le passage des sources sur lequel repose chaque critère\u00a0; «\u00a0004:880-888\u00a0» renvoie aux lignes 880 à 888 du document 004 (voir MODEL.md).",
		requests: "Documents à demander", request: "Demande", field: "Champ du dossier",
		actions: "Prochaines actions (le plus petit ensemble qui peut rendre le dossier prêt)",
		noPlan:  "aucune\u00a0: le projet a été abandonné", noAction: "aucune\u00a0: le dossier est prêt",
		closes: "ferme", judges: "permet de juger", toMobilise: "à mobiliser", unmetHead: "Critères non remplis", evidence: "preuves à fournir", closesHead: "Critères visés", evidenceHead: "Preuves à fournir",
		decidedBy: "décidé par", supplyEvidence: "Le projet lui-même",
		assessedOn: "évalué le", fundCoverage: "Couverture des preuves sur le portefeuille",
		budgets: "Budgets par phase", budgetNoCurrency: "devise non précisée", total: "Total",
		evaluationBudget: "Évaluation", capacityBudget: "Renforcement des capacités",
		contributionsByPhase: "Apports des partenaires par phase", contributionsByLever: "Apports des partenaires par levier",
		amounts: "Montants", verdictsPerPhase: "Verdicts par phase", scores: "Scores", bottomUp: "De bas en haut",
		green: "vert", yellow: "jaune", orange: "orange", red: "rouge",
	},
	lang.English: {
		verdict: "Verdict", phase: "Phase", crossing: "Crossing", model: "Economic model",
		modelChange: "Change from the R&D to the operator model", score: "Score", rubric: "Rubric",
		carrier: "Carrier", criterion: "Criterion", outcome: "Outcome", severity: "Severity",
		detail: "Detail", source: "Source", gaps: "Gaps and levers", lever: "Lever",
		partners: "Partners to mobilise", unknown: "unknown", abandoned: "abandoned",
		portfolio: "Portfolio", dossiers: "Dossiers", phaseMix: "Phase mix",
		commonGaps: "Most common gaps", missingLevers: "Missing levers", count: "Count",
		modes: "Partnership modes, beside the 2015 PHARE survey (share of the dossiers stating a partnership; 003:1015-1029, 1166-1195)",
		mode:  "Mode", share: "Share", phareCompanies: "PHARE companies", phareAssociations: "PHARE associations",
		missingEvidence: "Missing evidence (unknown criteria, never counted as failure)", dossier: "Dossier",
		coverage: "Coverage", required: "required", weightHead: "Weight", requiredHead: "Required", decisiveHead: "Decided by", weight: "weight", judged: "judged", judgedChecks: "criteria judged",
		scoreRule: "How the score is computed: the sum of the weights of the criteria met over the sum of the weights of the applicable criteria; " +
			"low bound: each unknown criterion counted as not met, high bound: as met. " +
			"Required criteria must be judged before the crossing. " +
			"Source: the passage of the sources each criterion stands on; “004:880-888” is lines 880–888 of document 004 (see MODEL.md).",
		requests: "Documents to request", request: "Request", field: "Dossier field",
		actions: "Next best actions (the smallest set that can make the dossier ready)",
		noPlan:  "none: the project was abandoned", noAction: "none: the dossier is ready",
		closes: "closes", judges: "lets the committee judge", toMobilise: "to mobilise", unmetHead: "Criteria not met", evidence: "evidence to supply", closesHead: "Criteria addressed", evidenceHead: "Evidence to supply",
		decidedBy: "decided by", supplyEvidence: "The project itself",
		assessedOn: "assessed on", fundCoverage: "Evidence coverage across the portfolio",
		budgets: "Budgets per phase", budgetNoCurrency: "currency not stated", total: "Total",
		evaluationBudget: "Evaluation", capacityBudget: "Capacity building",
		contributionsByPhase: "Partners' contributions per phase", contributionsByLever: "Partners' contributions per lever",
		amounts: "Amounts", verdictsPerPhase: "Verdicts per phase", scores: "Scores", bottomUp: "From the bottom up",
		green: "green", yellow: "yellow", orange: "orange", red: "red",
	},
}

// vocab returns the words of lang; any value but English is French, the
// zero Lang.
func vocab(l lang.Lang) *vocabulary {
	if l == lang.English {
		return &words[lang.English]
	}
	return &words[lang.French]
}
