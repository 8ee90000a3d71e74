package fund

import (
	"strings"

	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// words are the package's own words, every text of its reports, charts and
// refusals, in every language [D]. A text with values quotes them by
// number ({1}, {2}, …) so that each language orders them as it wants. French
// puts a no-break space (U+00A0) before ":" and ";". Never modified.
var words = struct {
	// The portfolio's title and evidence coverage.
	portfolio, portfolioDated, oneDossier, manyDossiers, fundCoverage lang.Text
	// Section titles.
	phaseMix, verdicts, commonGaps, missingEvidence, missingLevers, modes lang.Text
	budgets, contributionsByPhase, contributionsByLever, scores, dossiers lang.Text
	// Column heads and row labels.
	phase, count, verdict, criterion, lever, mode, share, phareCompanies, phareAssociations lang.Text
	total, evaluationBudget, capacityBudget, amounts, dossier, decidedBy, score, unmet      lang.Text
	bucket, coverage                                                                        lang.Text
	// A phase, a score.
	none, withMacroPhase, abandoned, notScored lang.Text
	// Charts.
	verdictsByPhase, verdictsPerPhase, legendItem, green, yellow, orange, vermilion, abandonedNode, history lang.Text
	// The diff of two assessments.
	diffTitle, noChange, changed, closed, opened, added, withdrawn, ambiguous lang.Text
	key, value, before, after, index                                          lang.Text
	// The diff of two rubrics.
	rubricTitle, verdictsChange, rules, rule, entry, verdictChanges, cause lang.Text
	withSeverity, required, shift, cell                                    lang.Text
	minSuppliers, majorityPower, powerGap, concentratedHHI, minCommitment  lang.Text
	// A refusal.
	line, more lang.Text
	// The submissions not assessed.
	refusedTitle, file, lineHead, problems lang.Text
	// A row of the spreadsheet of a change.
	changeChanged, changeAdded, changeWithdrawn, changeAmbiguous lang.Text
	// The effect of a rule of a rubric.
	effectHead, effect, idle lang.Text
}{
	portfolio:      lang.Text{"Portefeuille — {1} (grille {2})", "Portfolio — {1} (rubric {2})"},
	portfolioDated: lang.Text{"Portefeuille — {1} (grille {2}, évalué le {3})", "Portfolio — {1} (rubric {2}, assessed on {3})"},
	oneDossier:     lang.Text{"{1} dossier", "{1} dossier"},
	manyDossiers:   lang.Text{"{1} dossiers", "{1} dossiers"},
	fundCoverage: lang.Text{
		"Couverture des preuves sur le portefeuille\u00a0: {1}/{2} critères jugés, poids {3}/{4} ({5})",
		"Evidence coverage across the portfolio: {1}/{2} criteria judged, weight {3}/{4} ({5})",
	},

	phaseMix:        lang.Text{"Répartition par phase", "Phase mix"},
	verdicts:        lang.Text{"Verdicts", "Verdicts"},
	commonGaps:      lang.Text{"Manques les plus fréquents", "Most common gaps"},
	missingEvidence: lang.Text{"Preuves manquantes (critères inconnus, jamais comptés comme un échec)", "Missing evidence (unknown criteria, never counted as failure)"},
	missingLevers:   lang.Text{"Leviers manquants", "Missing levers"},
	modes: lang.Text{
		"Modes de partenariat, face à l'enquête PHARE 2015 (part des dossiers qui déclarent un partenariat\u00a0; 003:1015-1029, 1166-1195)",
		"Partnership modes, beside the 2015 PHARE survey (share of the dossiers stating a partnership; 003:1015-1029, 1166-1195)",
	},
	budgets:              lang.Text{"Budgets par phase (devise non précisée)", "Budgets per phase (currency not stated)"},
	contributionsByPhase: lang.Text{"Apports des partenaires par phase", "Partners' contributions per phase"},
	contributionsByLever: lang.Text{"Apports des partenaires par levier", "Partners' contributions per lever"},
	scores:               lang.Text{"Scores et couverture des preuves", "Scores and evidence coverage"},
	dossiers:             lang.Text{"Dossiers", "Dossiers"},

	phase:             lang.Text{"Phase", "Phase"},
	count:             lang.Text{"Nombre", "Count"},
	verdict:           lang.Text{"Verdict", "Verdict"},
	criterion:         lang.Text{"Critère", "Criterion"},
	lever:             lang.Text{"Levier", "Lever"},
	mode:              lang.Text{"Mode", "Mode"},
	share:             lang.Text{"Part", "Share"},
	phareCompanies:    lang.Text{"PHARE entreprises", "PHARE companies"},
	phareAssociations: lang.Text{"PHARE associations", "PHARE associations"},
	total:             lang.Text{"Total", "Total"},
	evaluationBudget:  lang.Text{"Évaluation", "Evaluation"},
	capacityBudget:    lang.Text{"Renforcement des capacités", "Capacity building"},
	amounts:           lang.Text{"Montants", "Amounts"},
	dossier:           lang.Text{"Dossier", "Dossier"},
	decidedBy:         lang.Text{"Décidé par", "Decided by"},
	score:             lang.Text{"Score", "Score"},
	unmet:             lang.Text{"Critères non remplis", "Criteria not met"},
	bucket:            lang.Text{"Tranche", "Range"},
	coverage:          lang.Text{"Couverture", "Coverage"},

	none:           lang.Text{"—", "—"},
	withMacroPhase: lang.Text{"{1} ({2})", "{1} ({2})"},
	abandoned:      lang.Text{"{1} — abandonné", "{1} — abandoned"},
	notScored:      lang.Text{"non noté", "not scored"},

	verdictsByPhase:  lang.Text{"Verdicts par phase", "Verdicts per phase"},
	verdictsPerPhase: lang.Text{"Verdicts par phase, de bas en haut\u00a0: {1}", "Verdicts per phase, from the bottom up: {1}"},
	legendItem:       lang.Text{"{1} ({2})", "{1} ({2})"},
	green:            lang.Text{"vert bleuté", "bluish green"},
	yellow:           lang.Text{"jaune", "yellow"},
	orange:           lang.Text{"orange", "orange"},
	vermilion:        lang.Text{"vermillon, hachuré", "vermilion, hatched"},
	abandonedNode:    lang.Text{"abandonné", "abandoned"},
	history:          lang.Text{"Parcours du projet", "The project's path"},

	diffTitle: lang.Text{"Évolution du portefeuille (grille {1} → {2})", "Change in the portfolio (rubric {1} → {2})"},
	noChange:  lang.Text{"Aucun changement.", "No change."},
	changed:   lang.Text{"Projets qui ont changé", "Projects that changed"},
	closed:    lang.Text{"Critères remplis depuis", "Checks now met"},
	opened:    lang.Text{"Nouveaux manques", "New gaps"},
	added:     lang.Text{"Projets entrés", "Projects added"},
	withdrawn: lang.Text{"Projets sortis", "Projects withdrawn"},
	ambiguous: lang.Text{"Rapprochements ambigus (non tranchés)", "Ambiguous matches (not decided)"},
	key:       lang.Text{"Clé", "Key"},
	value:     lang.Text{"Valeur", "Value"},
	before:    lang.Text{"Avant", "Before"},
	after:     lang.Text{"Après", "After"},
	index:     lang.Text{"n°\u00a0{1}", "#{1}"},

	rubricTitle:    lang.Text{"Changement de grille {1} → {2}", "Change of rubric {1} → {2}"},
	verdictsChange: lang.Text{"{1} verdicts sur {2} changent.", "{1} of {2} verdicts change."},
	rules:          lang.Text{"Règles modifiées", "Rules changed"},
	rule:           lang.Text{"Règle", "Rule"},
	entry:          lang.Text{"Entrée", "Entry"},
	verdictChanges: lang.Text{"Verdicts qui changent, et pourquoi", "Verdicts that change, and why"},
	cause:          lang.Text{"Cause", "Cause"},
	withSeverity:   lang.Text{"{1} ({2})", "{1} ({2})"},
	required:       lang.Text{"{1} [requis]", "{1} [required]"},
	shift:          lang.Text{"{1} → {2}", "{1} → {2}"},
	cell:           lang.Text{"{1} / {2}", "{1} / {2}"},
	minSuppliers:   lang.Text{"Apporteurs requis pour un besoin {1}", "Suppliers needed for a need at {1}"},
	majorityPower:  lang.Text{"Part de pouvoir majoritaire", "Majority share of power"},
	powerGap:       lang.Text{"Écart entre pouvoir et apports", "Gap between power and contributions"},
	concentratedHHI: lang.Text{
		"Concentration des apports (indice de Herfindahl)", "Concentration of the contributions (Herfindahl index)",
	},
	minCommitment: lang.Text{"Engagement minimal (mois)", "Least commitment (months)"},

	line: lang.Text{"ligne {1}", "line {1}"},
	more: lang.Text{"et {1} autres problèmes, non listés", "and {1} more problems, not listed"},

	refusedTitle: lang.Text{"Soumissions non évaluées", "Submissions not assessed"},
	file:         lang.Text{"Fichier", "File"},
	lineHead:     lang.Text{"Ligne", "Line"},
	problems:     lang.Text{"Problèmes", "Problems"},

	changeChanged:   lang.Text{"Changé", "Changed"},
	changeAdded:     lang.Text{"Entré", "Added"},
	changeWithdrawn: lang.Text{"Sorti", "Withdrawn"},
	changeAmbiguous: lang.Text{"Ambigu", "Ambiguous"},

	effectHead: lang.Text{"Effet", "Effect"},
	effect:     lang.Text{"verdicts changés\u00a0: {1} (critères\u00a0: {2})", "verdicts changed: {1} (checks: {2})"},
	idle:       lang.Text{"aucun verdict changé\u00a0: {1}", "no verdict changed: {1}"},
}

// phrase is a text and its arguments, quoted as one argument of another
// text: it renders in the language of the text that quotes it.
type phrase struct {
	t    lang.Text
	args []lang.Arg
}

// Label returns the phrase in l.
func (p phrase) Label(l lang.Lang) string { return p.t.Format(l, p.args...) }

// text renders t in l with args, all of them the module's words or
// numbers: a cell or a title that quotes no input.
func text(l lang.Lang, t lang.Text, args ...lang.Arg) doc.Line { return doc.L(t.Format(l, args...)) }

// labels returns the labels of vs in l, joined by ", ".
func labels[T lang.Arg](l lang.Lang, vs []T) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Label(l)
	}
	return strings.Join(out, ", ")
}
