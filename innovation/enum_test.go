package innovation_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enumtest"
	"github.com/seed424036fd/societal/lang"
)

// TestEnumNames checks the key and both labels of every value of every
// enumeration other than Phase (covered by TestPhaseAttributes).
func TestEnumNames(t *testing.T) {
	type row struct {
		v        fmt.Stringer
		label    func(lang.Lang) string
		key      string
		fr, en   string
		citation string
	}
	rows := []row{
		// Macro-phases: MODEL §1.2, 004:815-835; "De la R&D sociétale au déploiement,
		// en passant par la modélisation" 003:1913-1915.
		{innovation.RDSocietale, innovation.RDSocietale.Label, "rd-societale", "R&D sociétale", "Societal R&D", "004:827, 003:1913-1914"},
		{innovation.ModelisationMacro, innovation.ModelisationMacro.Label, "modelisation", "Modélisation", "Modelling", "003:1915, 003:1926"},
		{innovation.Deploiement, innovation.Deploiement.Label, "deploiement", "Déploiement", "Deployment", "004:834, 003:1914"},
		// Economic models: MODEL §1.3, 003:1821 "Modele R&D Modele Opérateur".
		{innovation.ModeleRD, innovation.ModeleRD.Label, "rd", "Modèle R&D", "R&D model", "003:1821, 004:793-795"},
		{innovation.ModeleOperateur, innovation.ModeleOperateur.Label, "operateur", "Modèle opérateur", "Operator model", "003:1821, 004:795-797"},
		// Carriers: MODEL §1.1.
		{innovation.Innovator, innovation.Innovator.Label, "innovator", "Porteur de projet", "Innovator", "004:785-786"},
		{innovation.ThirdParties, innovation.ThirdParties.Label, "third-parties", "Politique publique et/ou marché", "Public policy and/or market", "004:788-790"},
		// Risk zones: MODEL §1.4, names 003:1818-1819.
		{innovation.TraverseeDuDesert, innovation.TraverseeDuDesert.Label, "traversee-du-desert", "Traversée du désert", "Crossing the desert", "003:1818-1819"},
		{innovation.ValleeDeLaMort, innovation.ValleeDeLaMort.Label, "vallee-de-la-mort", "Vallée de la mort", "Valley of death", "003:1818-1819"},
		{innovation.CriseDeCroissance, innovation.CriseDeCroissance.Label, "crise-de-croissance", "Crise de croissance", "Growth crisis", "003:1818-1819"},
		{innovation.SautQuantique, innovation.SautQuantique.Label, "saut-quantique", "Saut quantique", "Quantum leap", "003:1818-1819"},
		// Levers: MODEL §2.1, 004:857-870.
		{innovation.Financement, innovation.Financement.Label, "financement", "Financement", "Financing", "004:860"},
		{innovation.CompetencesReseau, innovation.CompetencesReseau.Label, "competences-reseau", "Compétences & réseau", "Skills & network", "004:861-863, 003:1936-1937"},
		{innovation.Conseil, innovation.Conseil.Label, "conseil", "Conseil", "Advice", "004:864-867"},
		{innovation.Evaluation, innovation.Evaluation.Label, "evaluation", "Évaluation", "Evaluation", "004:869-870"},
		// Intensities: MODEL §2.2 scale "-" < "+" < "++" < "+++"; marks in every language.
		{innovation.None, innovation.None.Label, "-", "-", "-", "004:3226"},
		{innovation.Low, innovation.Low.Label, "+", "+", "+", "003:1957"},
		{innovation.Medium, innovation.Medium.Label, "++", "++", "++", "003:1930"},
		{innovation.High, innovation.High.Label, "+++", "+++", "+++", "003:1945"},
		// StakeholderMatrix: MODEL §2.3, 004:3216-3232.
		{innovation.PorteurIdee, innovation.PorteurIdee.Label, "porteur-idee", "Porteur d'idée", "Idea carrier", "004:3216"},
		{innovation.Catalyseurs, innovation.Catalyseurs.Label, "catalyseurs", "Catalyseurs", "Catalysts", "004:3218"},
		{innovation.Financeurs, innovation.Financeurs.Label, "financeurs", "Financeurs", "Funders", "004:3220"},
		{innovation.Beneficiaires, innovation.Beneficiaires.Label, "beneficiaires", "Bénéficiaires", "Beneficiaries", "004:3222"},
		{innovation.ExpertsConseil, innovation.ExpertsConseil.Label, "experts-conseil", "Experts / Conseil", "Experts / Advice", "004:3224"},
		{innovation.Academique, innovation.Academique.Label, "academique", "Académique", "Academia", "004:3226"},
		{innovation.Institutions, innovation.Institutions.Label, "institutions", "Institutions", "Institutions", "004:3228"},
		{innovation.Pairs, innovation.Pairs.Label, "pairs", "Pairs", "Peers", "004:3230"},
		{innovation.Gouvernance, innovation.Gouvernance.Label, "gouvernance", "Gouvernance", "Governance", "004:3232"},
		// Stages: MODEL §1.6, 004:695-707.
		{innovation.Initiative, innovation.Initiative.Label, "initiative", "Initiative", "Initiative", "004:698-699"},
		{innovation.Invention, innovation.Invention.Label, "invention", "Invention", "Invention", "004:701-702"},
		{innovation.Innovation, innovation.Innovation.Label, "innovation", "Innovation", "Innovation", "004:704-707"},
		// Dimensions: MODEL §1.6, 004:734-749.
		{innovation.Solution, innovation.Solution.Label, "solution", "Solution", "Solution", "004:737-738"},
		{innovation.Processus, innovation.Processus.Label, "processus", "Processus", "Process", "004:740-743"},
		{innovation.ModeleEconomique, innovation.ModeleEconomique.Label, "modele-economique", "Modèle économique", "Business model", "004:745-749"},
		// Transition kinds: MODEL §1.5 [D].
		{innovation.Advance, innovation.Advance.Label, "advance", "Avancer", "Advance", "004:2738"},
		{innovation.Return, innovation.Return.Label, "return", "Revenir", "Return", "MODEL §1.5 [D]"},
		{innovation.Abandon, innovation.Abandon.Label, "abandon", "Abandonner", "Abandon", "004:1915-1929"},
	}
	for _, r := range rows {
		name := fmt.Sprintf("%T/%s", r.v, r.key)
		if got := r.v.String(); got != r.key {
			t.Errorf("%s: String() = %q, want %q (%s)", name, got, r.key, r.citation)
		}
		if got := r.label(lang.French); got != r.fr {
			t.Errorf("%s: Label(French) = %q, want %q (%s)", name, got, r.fr, r.citation)
		}
		if got := r.label(lang.English); got != r.en {
			t.Errorf("%s: Label(English) = %q, want %q (%s)", name, got, r.en, r.citation)
		}
	}
}

// enumerations are the package's enumerations, for the checks every
// enumeration of the module has (package enumtest).
var enumerations = []enumtest.Case{
	enumtest.Of("Phase", innovation.Phases(), innovation.ParsePhase),
	enumtest.Of("MacroPhase", innovation.MacroPhases(), innovation.ParseMacroPhase),
	enumtest.Of("EconomicModel", enumtest.Range(innovation.ModeleRD, innovation.ModeleOperateur), innovation.ParseEconomicModel),
	enumtest.Of("Carrier", enumtest.Range(innovation.Innovator, innovation.ThirdParties), innovation.ParseCarrier),
	enumtest.Of("RiskZone", enumtest.Range(innovation.TraverseeDuDesert, innovation.SautQuantique), innovation.ParseRiskZone),
	enumtest.Of("Lever", innovation.Levers(), innovation.ParseLever),
	enumtest.Of("Intensity", enumtest.Range(innovation.None, innovation.High), innovation.ParseIntensity),
	enumtest.Of("Stakeholder", innovation.Stakeholders(), innovation.ParseStakeholder),
	enumtest.Of("Stage", enumtest.Range(innovation.Initiative, innovation.Innovation), innovation.ParseStage),
	enumtest.Of("Dimension", innovation.Dimensions(), innovation.ParseDimension),
	enumtest.Of("TransitionKind", enumtest.Range(innovation.Advance, innovation.Abandon), innovation.ParseTransitionKind),
	enumtest.Of("Nature", innovation.Natures(), innovation.ParseNature),
	enumtest.Of("InnovatorNeed", innovation.InnovatorNeeds(), innovation.ParseInnovatorNeed),
	enumtest.Of("NeedKind", innovation.NeedKinds(), innovation.ParseNeedKind),
	enumtest.Of("Resource", innovation.Resources(), innovation.ParseResource),
	enumtest.Of("AllianceImpact", innovation.AllianceImpacts(), innovation.ParseAllianceImpact),
}

// The methods of every enumeration of the package.
func TestEnums(t *testing.T) { enumtest.Check(t, enumerations...) }

// TestIterators: every iterator yields its values in order, and stops at once
// when yield returns false.
func TestIterators(t *testing.T) {
	collect := func(seq func(func(uint8) bool)) []uint8 {
		var out []uint8
		seq(func(v uint8) bool { out = append(out, v); return true })
		return out
	}
	firstOnly := func(seq func(func(uint8) bool)) int {
		calls := 0
		seq(func(uint8) bool { calls++; return false })
		return calls
	}
	tests := []struct {
		name string
		seq  func(func(uint8) bool)
		want []uint8
	}{
		{"Phases", adaptSeq(innovation.Phases()), []uint8{1, 2, 3, 4, 5}},
		{"MacroPhases", adaptSeq(innovation.MacroPhases()), []uint8{1, 2, 3}},
		{"Levers", adaptSeq(innovation.Levers()), []uint8{1, 2, 3, 4}},
		{"Stakeholders", adaptSeq(innovation.Stakeholders()), []uint8{1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"Dimensions", adaptSeq(innovation.Dimensions()), []uint8{1, 2, 3}},
		// MODEL §1.2: R&D = Conception, Expérimentation; Modélisation alone;
		// Déploiement = Essaimage, Industrialisation.
		{"RDSocietale.Phases", adaptSeq(innovation.RDSocietale.Phases()), []uint8{1, 2}},
		{"ModelisationMacro.Phases", adaptSeq(innovation.ModelisationMacro.Phases()), []uint8{3}},
		{"Deploiement.Phases", adaptSeq(innovation.Deploiement.Phases()), []uint8{4, 5}},
		{"MacroPhase(0).Phases", adaptSeq(innovation.MacroPhase(0).Phases()), nil},
		{"MacroPhase(9).Phases", adaptSeq(innovation.MacroPhase(9).Phases()), nil},
	}
	for _, tt := range tests {
		if got := collect(tt.seq); !slices.Equal(got, tt.want) {
			t.Errorf("%s yields %v, want %v", tt.name, got, tt.want)
		}
		want := min(1, len(tt.want))
		if got := firstOnly(tt.seq); got != want {
			t.Errorf("%s called yield %d times after it returned false, want %d", tt.name, got, want)
		}
	}
	// range-over-func panics if an iterator goes on after break.
	n := 0
	for range innovation.Phases() {
		n++
		break
	}
	for range innovation.Deploiement.Phases() {
		n++
		break
	}
	if n != 2 {
		t.Errorf("break after the first value: %d iterations, want 2", n)
	}
	if got := len(slices.Collect(innovation.Phases())); got != innovation.NumPhases {
		t.Errorf("Phases yields %d phases, want NumPhases = %d", got, innovation.NumPhases)
	}
	if got := len(slices.Collect(innovation.Levers())); got != innovation.NumLevers {
		t.Errorf("Levers yields %d, want NumLevers = %d", got, innovation.NumLevers)
	}
	if got := len(slices.Collect(innovation.MacroPhases())); got != innovation.NumMacroPhases {
		t.Errorf("MacroPhases yields %d, want NumMacroPhases = %d", got, innovation.NumMacroPhases)
	}
	if got := len(slices.Collect(innovation.Stakeholders())); got != innovation.NumStakeholders {
		t.Errorf("Stakeholders yields %d, want NumStakeholders = %d", got, innovation.NumStakeholders)
	}
	if got := len(slices.Collect(innovation.Dimensions())); got != innovation.NumDimensions {
		t.Errorf("Dimensions yields %d, want NumDimensions = %d", got, innovation.NumDimensions)
	}
}

// adaptSeq turns an iterator over any uint8 enumeration into one over uint8.
func adaptSeq[T ~uint8](seq func(func(T) bool)) func(func(uint8) bool) {
	return func(yield func(uint8) bool) {
		seq(func(v T) bool { return yield(uint8(v)) })
	}
}
