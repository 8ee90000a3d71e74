package fund

import "github.com/seed424036fd/societal/lang"

// vocabulary is the fixed words of the fund's reports, per language.
type vocabulary struct {
	abandoned, amounts, assessedOn, bottomUp, budgetNoCurrency, budgets, capacityBudget, commonGaps, contributionsByLever, contributionsByPhase, count, coverage, criterion, decisiveHead, dossier, dossiers, evaluationBudget, fundCoverage, green, judgedChecks, lever, missingEvidence, missingLevers, mode, modes, orange, phareAssociations, phareCompanies, phase, phaseMix, portfolio, red, required, rubric, score, scores, share, total, unknown, unmetHead, verdict, verdictsPerPhase, weight, yellow, judged string
}

// words holds the vocabulary per language.
var words = [2]vocabulary{
	lang.French: {
		abandoned:            "abandonné",
		amounts:              "Montants",
		assessedOn:           "évalué le",
		bottomUp:             "De bas en haut",
		budgetNoCurrency:     "devise non précisée",
		budgets:              "Budgets par phase",
		capacityBudget:       "Renforcement des capacités",
		commonGaps:           "Manques les plus fréquents",
		contributionsByLever: "Apports des partenaires par levier",
		contributionsByPhase: "Apports des partenaires par phase",
		count:                "Nombre",
		coverage:             "Couverture",
		criterion:            "Critère",
		decisiveHead:         "Décidé par",
		dossier:              "Dossier",
		dossiers:             "Dossiers",
		evaluationBudget:     "Évaluation",
		fundCoverage:         "Couverture des preuves sur le portefeuille",
		green:                "vert",
		judgedChecks:         "critères jugés",
		lever:                "Levier",
		missingEvidence:      "Preuves manquantes (critères inconnus, jamais comptés comme un échec)",
		missingLevers:        "Leviers manquants",
		mode:                 "Mode",
		modes:                "Modes de partenariat, face à l'enquête PHARE 2015 (part des dossiers qui déclarent un partenariat\u00a0; 003:1015-1029, 1166-1195)",
		orange:               "orange",
		phareAssociations:    "PHARE associations",
		phareCompanies:       "PHARE entreprises",
		phase:                "Phase",
		phaseMix:             "Répartition par phase",
		portfolio:            "Portefeuille",
		red:                  "rouge",
		required:             "requis",
		rubric:               "Grille",
		score:                "Score",
		scores:               "Scores",
		share:                "Part",
		total:                "Total",
		unknown:              "inconnu",
		unmetHead:            "Critères non remplis",
		verdict:              "Verdict",
		verdictsPerPhase:     "Verdicts par phase",
		weight:               "poids",
		yellow:               "jaune",
		judged:               "jugés",
	},
	lang.English: {
		abandoned:            "abandoned",
		amounts:              "Amounts",
		assessedOn:           "assessed on",
		bottomUp:             "From the bottom up",
		budgetNoCurrency:     "currency not stated",
		budgets:              "Budgets per phase",
		capacityBudget:       "Capacity building",
		commonGaps:           "Most common gaps",
		contributionsByLever: "Partners' contributions per lever",
		contributionsByPhase: "Partners' contributions per phase",
		count:                "Count",
		coverage:             "Coverage",
		criterion:            "Criterion",
		decisiveHead:         "Decided by",
		dossier:              "Dossier",
		dossiers:             "Dossiers",
		evaluationBudget:     "Evaluation",
		fundCoverage:         "Evidence coverage across the portfolio",
		green:                "green",
		judgedChecks:         "criteria judged",
		lever:                "Lever",
		missingEvidence:      "Missing evidence (unknown criteria, never counted as failure)",
		missingLevers:        "Missing levers",
		mode:                 "Mode",
		modes:                "Partnership modes, beside the 2015 PHARE survey (share of the dossiers stating a partnership; 003:1015-1029, 1166-1195)",
		orange:               "orange",
		phareAssociations:    "PHARE associations",
		phareCompanies:       "PHARE companies",
		phase:                "Phase",
		phaseMix:             "Phase mix",
		portfolio:            "Portfolio",
		red:                  "red",
		required:             "required",
		rubric:               "Rubric",
		score:                "Score",
		scores:               "Scores",
		share:                "Share",
		total:                "Total",
		unknown:              "unknown",
		unmetHead:            "Criteria not met",
		verdict:              "Verdict",
		verdictsPerPhase:     "Verdicts per phase",
		weight:               "weight",
		yellow:               "yellow",
		judged:               "judged",
	},
}

// vocab returns the words of l; any value but English is French.
func vocab(l lang.Lang) *vocabulary {
	if l == lang.English {
		return &words[lang.English]
	}
	return &words[lang.French]
}
