package evaluation

import (
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

// The model's tables for evaluation, in one place. Every row cites its
// source; [S] stated, [I] inferred from several statements, [R] a reading
// chosen over ambiguous text, [D] the library's own choice. A different
// reading is a change here, nowhere else.

// formAdoption is MODEL §3.1, the status of each form in 2018 (the year
// [I], from the note the passage cites, 004:550), in Form order: "mode le plus usité" (004:533); "se développe mais demeure complexe
// à mettre en œuvre" (004:537-539); "est en émergence" (004:543). [S]
var formAdoption = [NumForms]Adoption{
	Performance - 1:  MostUsed,   // [S] 004:533
	Pertinence - 1:   Developing, // [S] 004:537-539
	Partenariale - 1: Emerging,   // [S] 004:543, 5521-5525
}

// plans is MODEL §3.3, one row per macro-phase, in macro-phase order. The
// texts merge the three workshop groups (004:3161-3386).
var plans = [innovation.NumMacroPhases]Plan{
	innovation.RDSocietale - 1: {
		Purpose: lang.Text{"Expliquer par l'exemple un nouveau modèle", "Explain a new model by example"}, // 004:3118-3124
		Focus: lang.Text{ // 004:3189, 3240-3241, 3275, 3344-3346
			"Pertinence et faisabilité du projet ; pertinence de la solution par rapport à l'ambition initiale",
			"Relevance and feasibility of the project; relevance of the solution against the initial ambition"},
		Criteria: lang.Text{ // 004:3277-3281
			"Critères ex ante ; capacité à faire et à coopérer ; critères tangibles et intangibles (confiance, empathie)",
			"Ex ante criteria; capacity to act and to cooperate; tangible and intangible criteria (trust, empathy)"},
		Goal:   lang.Text{"Adhérer au projet", "Get buy-in to the project"},                            // 004:3269, 3324
		Effort: lang.Text{"Légère", "Light"},                                                           // 004:3368, 3384
		Advice: lang.Text{"Commencer à écrire le chemin parcouru", "Start writing the path travelled"}, // 004:3346-3348, 3379
		// [I] "se conter" is writing the path (004:5499-5501, 3346-3348); [D]
		// comparing with peers is allowed, measuring is too early
		// (004:5509-5515 "en phase de maturité et de déploiement"; 002:1036).
		Degree:    SeConter,
		MaxDegree: SeCompter,
		Forms:     []Form{Pertinence}, // [S] 004:3189, 3275, 3344
		// [I] listening to the needs (004:3275-3277); Bénéficiaires "+++" in
		// R&D (004:3222).
		Required: []Evaluator{Beneficiaires},
		Sources:  "004:3118-3124, 3189, 3240-3241, 3269, 3275-3281, 3344-3348, 3368, 3379, 3384",
	},
	innovation.ModelisationMacro - 1: {
		Purpose: lang.Text{"Formaliser la preuve de concept, consolider les pratiques", "Formalise the proof of concept, consolidate practices"}, // 004:3124-3128
		// [S] "les conditions de réplication, la valorisation, ainsi que la
		// mobilisation interne et externe" (004:3192-3194).
		Focus: lang.Text{ // 004:3190-3194, 3283-3285, 3350-3352
			"Ambition et dimensionnement ; conditions de réplication, valorisation, mobilisation interne et externe ; équilibre des ingrédients majeurs ; rendre visible et lisible le processus expérimenté",
			"Ambition and sizing; replication conditions, valorisation (making the most of the project), internal and external mobilisation; balance of the key ingredients; make the tested process visible and readable"},
		Criteria: lang.Text{ // 004:3192, 3285-3287
			"Qualitatifs et quantitatifs ; modèles relationnels, territoriaux et individuels",
			"Qualitative and quantitative; relational, territorial and individual models"},
		Goal:   lang.Text{"Comprendre le projet et éviter sa dérive", "Understand the project and prevent drift"}, // 004:3270, 3324
		Effort: lang.Text{"Renforcée, temps de mise en œuvre long", "Reinforced, long to carry out"},              // 004:3369, 3384-3386
		Advice: lang.Text{"Capitaliser ses pratiques", "Capitalise practices"},                                    // 004:3352-3354, 3380
		// [I] peers are "+++" only in modélisation (004:3230); quantitative
		// criteria appear here (004:3192), so measuring fits.
		Degree:    SeCompter,
		MaxDegree: Compter,
		Forms:     []Form{Pertinence}, // [I] 004:3283-3285, 3350-3352 (does what works work)
		// [I] Académique "+++" only in modélisation (004:3226).
		Required: []Evaluator{Academiques},
		Sources:  "004:3124-3128, 3190-3194, 3226, 3230, 3270, 3283-3287, 3350-3354, 3369, 3380, 3384-3386",
	},
	innovation.Deploiement - 1: {
		Purpose: lang.Text{"L'appropriation de l'innovation par l'écosystème", "The ecosystem's appropriation of the innovation"}, // 004:3128-3132
		// [S] "pour se projeter dans une diversification des solutions. Ces
		// éléments vont porter sur la réplication et l'ajustement du projet"
		// (004:3196-3198); "la démultiplication du projet ajusté"
		// (004:3242).
		Focus: lang.Text{ // 004:3196-3198, 3242-3243, 3289-3291, 3356-3360
			"Efficience, impact social, appropriation par l'écosystème ; diversification des solutions ; réplication et ajustement du projet (démultiplication du projet ajusté) ; écarts par rapport à l'intuition de départ ; évolution de la solution, des processus et de l'écosystème",
			"Efficiency, social impact, appropriation by the ecosystem; diversification of the solutions; replication and adjustment of the project (the adjusted project multiplied); gaps to the initial intuition; how the solution, the processes and the ecosystem evolved"},
		// [S] the perimeter "va recouvrir une dimension de prospective et de
		// développement" (004:3293).
		Criteria: lang.Text{ // 004:3196, 3289-3297
			"Quantitatifs ; impacts voulus, attendus, induits et non désirables ; prospective et développement ; modèles relationnels, territoriaux, individuels et organisationnels ; capacité à développer de nouvelles ressources",
			"Quantitative; intended, expected, unexpected and undesirable impacts; foresight and development; relational, territorial, individual and organisational models; capacity to develop new resources"},
		Goal: lang.Text{"Diffuser l'expérience et la vision du projet et éviter sa dérive", "Spread the experience and the vision of the project and prevent drift"}, // 004:3271, 3325
		Effort: lang.Text{ // 004:3370-3372, 3386
			"Story telling, témoignages, inclusion et récit des bénéficiaires",
			"Storytelling, testimonies, beneficiaries included and telling their story"},
		Advice: lang.Text{"Prévoir la transmission et l'appropriation le plus tôt possible", "Plan transmission and appropriation as early as possible"}, // 004:3360-3362, 3381
		// [S] compter: "en phase de maturité et de déploiement" (004:5509-5515).
		Degree:    Compter,
		MaxDegree: Compter,
		// [I] the source asks to measure efficiency and speaks of the
		// quantitative aspect (004:3196, 3289) but never names the
		// performance form at deployment: efficiency measured in figures is
		// read as performance. Social impact and the gap to the intuition
		// (004:3196-3197, 3356) call for pertinence.
		Forms: []Form{Performance, Pertinence},
		// [S] "l'inclusion de bénéficiaires, lors du déploiement" (004:3370-3372).
		Required: []Evaluator{Beneficiaires},
		Sources:  "004:3128-3132, 3196-3198, 3242-3243, 3271, 3289-3297, 3356-3362, 3370-3372, 3381, 3386, 5509-5515",
	},
}

func init() {
	// [S] the three key actors, the same at every stage (004:3265-3267).
	for i := range plans {
		plans[i].Evaluators = []Evaluator{Academiques, Beneficiaires, Partenaires}
	}
}

// Budget guidance (MODEL §2.4). [R] Evaluation and capacity building are
// read as two separate amounts: "10% maximum du projet, pour parvenir ainsi
// à un tiers du projet, en le couplant aux 22% de capacity building" (10% +
// 22% ≈ one third, 004:3204-3208); the synthesis' "complétées à 22%"
// (004:3245-3246) could also read as a 22% total; the first reading is the
// one consistent with "un tiers".
var guidance = Guidance{
	MaxEvaluation:           decimal.New(10, -2), // 004:3204-3206, 3245
	ScalingCapacityBuilding: decimal.New(22, -2), // 004:3107, 3206-3208
	ObservedFrance:          decimal.New(2, -2),  // 004:3105-3107, 4932-4934
	ObservedAG2R:            decimal.New(17, -2), // 004:3105
	WorldGeneral:            decimal.New(30, -2), // 004:4930-4932
	WorldSocial:             decimal.New(22, -2), // 004:4932
	DigitalOver:             decimal.New(60, -2), // 004:4928-4930, "plus de 60%"
}
