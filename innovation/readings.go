package innovation

import "github.com/seed424036fd/societal/lang"

// The model's tables, in one place. Every row cites its source; every
// placement chosen over damaged or ambiguous text is marked [R] with its
// reason, so that a different reading is a one-line change here.

// phaseMacro maps each phase to its macro-phase (MODEL §1.2, [I]:
// 004:815-835, 2565-2599, 3118-3155 — never given as one table; the only
// mapping consistent with all the passages).
var phaseMacro = [NumPhases]MacroPhase{
	Conception - 1:        RDSocietale,       // 004:815-828 "R&D sociétale"
	Experimentation - 1:   RDSocietale,       // 004:2565-2599 "expérimentation"
	Modelisation - 1:      ModelisationMacro, // 004:830-832 "preuve de concept"
	Essaimage - 1:         Deploiement,       // 004:796, 2750 "changement d'échelle"; 004:832-835
	Industrialisation - 1: Deploiement,       // 004:788-790, 832-835
}

// phaseEconomicModel is the economic model that fits each phase (MODEL §1.3).
// [R] "Jusqu'en phase de modélisation" the model is R&D, from the
// "changement d'échelle" it must be operator (004:793-797, 003:1820-1851):
// the boundary is read as falling between Modélisation and Essaimage.
var phaseEconomicModel = [NumPhases]EconomicModel{
	Conception - 1:        ModeleRD,
	Experimentation - 1:   ModeleRD,
	Modelisation - 1:      ModeleRD,
	Essaimage - 1:         ModeleOperateur,
	Industrialisation - 1: ModeleOperateur,
}

// phaseCarrier is who carries each phase (MODEL §1.1).
var phaseCarrier = [NumPhases]Carrier{
	Conception - 1:        Innovator,    // [I]
	Experimentation - 1:   Innovator,    // [I]
	Modelisation - 1:      Innovator,    // [I]
	Essaimage - 1:         Innovator,    // [S] 004:785-786 "porté par l’innovateur initial"
	Industrialisation - 1: ThirdParties, // [S] 004:788-790 politique publique et/ou marché
}

// crossingRisk is the risk zone of the crossing from each phase to the next
// (MODEL §1.4). Names [S] 003:1818-1819; placement [R]: the diagram's
// "Zone de risque" row holds exactly four names under the four ">>" between
// the five steps (003:1805), read left to right.
var crossingRisk = [NumPhases - 1]RiskZone{
	Conception - 1:      TraverseeDuDesert, // 004:827-828
	Experimentation - 1: ValleeDeLaMort,    // 004:2616-2642
	Modelisation - 1:    CriseDeCroissance, // 004:793-797, 2900-2908
	Essaimage - 1:       SautQuantique,     // 004:788-790
}

// riskGloss glosses each risk zone (MODEL §1.4, glosses [I]).
var riskGloss = [...]lang.Text{
	TraverseeDuDesert - 1: {"trouver les moyens d'agir", "finding the means to act"},
	ValleeDeLaMort - 1:    {"passer du qualitatif au quantitatif sans perdre son âme", "from qualitative to quantitative without losing one's soul"},
	CriseDeCroissance - 1: {"passer du modèle R&D au modèle opérateur", "changing from the R&D to the operator model"},
	SautQuantique - 1:     {"diffuser au-delà de la structure fondatrice", "spreading beyond the founding structure"},
}

// defaultNeeds is the Matrice des besoins et des leviers d'accompagnement
// (MODEL §2.2, 003:1924-1970). Columns: R&D sociétale, Modélisation,
// Déploiement (003:1913-1915; only "Modélisation" survived the OCR, so every
// placement is [R]). Readings:
//   - values precede their qualifiers in the OCR ("++" then "favis)",
//     003:1939-1941); the qualifier read (avis) is R&D, the phase whose need
//     is "avoir des avis" (004:827-828);
//   - Financement × Déploiement is lost: "+++", as financing needs "deviennent
//     importants en phase d'essaimage et de déploiement" (004:2778-2782);
//   - Conseil × R&D reads "+4++": "+++", support being strongest "au moment
//     de l'amorçage et de l'essaimage" (004:2782-2786);
//   - Évaluation × R&D is lost and × Modélisation reads "4+": "+" then "++",
//     evaluation being "légère" in R&D and "renforcée" in modélisation
//     (004:3384-3386).
//
// Alternative kept in mind: the qualifier read (en ingénierie) ("fen
// ingnlerie}", 003:1934) may belong to Déploiement (004:5388-5389).
var defaultNeeds = NeedsMatrix{cells: [NumLevers][NumMacroPhases]Need{
	Financement - 1: {
		{Financement, Medium, ""},              // 003:1928-1930 [R]
		{Financement, Medium, "en ingénierie"}, // 003:1932-1934 [R]
		{Financement, High, ""},                // cell lost [R] 004:2778-2782
	},
	CompetencesReseau - 1: {
		{CompetencesReseau, Medium, "avis"}, // 003:1939-1941 [R] 004:827-828
		{CompetencesReseau, Medium, ""},     // 003:1943 [R]
		{CompetencesReseau, High, ""},       // 003:1945 [R]
	},
	Conseil - 1: {
		{Conseil, High, "stratégique"},    // "+4++" 003:1949-1951 [R]; 004:2782-2786
		{Conseil, Medium, "opérationnel"}, // 003:1953-1955 [R]
		{Conseil, Low, "politique"},       // 003:1957-1959 [R]
	},
	Evaluation - 1: {
		{Evaluation, Low, "cadrage"},              // 003:1964, value lost [R] 004:3384-3386
		{Evaluation, Medium, "preuve de concept"}, // "4+" 003:1966-1968 [R]; 004:3384-3386
		{Evaluation, Medium, ""},                  // 003:1970 [R]
	},
}}

// qualifiers are the qualifiers of the needs matrix, as the source writes
// them (003:1924-1970), with their gloss.
var qualifiers = [...]lang.Text{
	{"avis", "opinions"},
	{"en ingénierie", "for engineering"},
	{"stratégique", "strategic"},
	{"opérationnel", "operational"},
	{"politique", "political"},
	{"cadrage", "framing"},
	{"preuve de concept", "proof of concept"},
}

// defaultStakeholders is the table of stakeholders to mobilise per
// macro-phase (MODEL §2.3, [S] 004:3210-3232, clean). Columns: "R&D
// Expérimentation" (one wrapped header), Modélisation, Déploiement.
var defaultStakeholders = StakeholderMatrix{cells: [NumStakeholders][NumMacroPhases]Intensity{
	PorteurIdee - 1:    {High, High, Medium}, // 004:3216
	Catalyseurs - 1:    {High, High, Low},    // 004:3218
	Financeurs - 1:     {Low, Medium, High},  // 004:3220
	Beneficiaires - 1:  {High, Low, Medium},  // 004:3222
	ExpertsConseil - 1: {Medium, High, Low},  // 004:3224
	Academique - 1:     {None, High, None},   // 004:3226
	Institutions - 1:   {None, Medium, High}, // 004:3228
	Pairs - 1:          {None, High, Medium}, // 004:3230
	Gouvernance - 1:    {Low, Medium, High},  // 004:3232
}}
