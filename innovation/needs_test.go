package innovation_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// needsTable is the Matrice des besoins et des leviers d'accompagnement,
// MODEL.md §2.2 (003:1924-1970, OCR damaged: every placement is a reading
// [R]), one row per cell. Columns in the order of 003:1913-1915; only the
// "Modélisation" header survived (003:1926).
var needsTable = []struct {
	lever     innovation.Lever
	macro     innovation.MacroPhase
	intensity innovation.Intensity
	qualifier string
	english   string // the qualifier's gloss
	citation  string
}{
	// Financement (003:1928 "Financemant").
	{innovation.Financement, innovation.RDSocietale, innovation.Medium, "", "", "003:1930 \"++\""},
	{innovation.Financement, innovation.ModelisationMacro, innovation.Medium, "en ingénierie", "for engineering", "003:1932-1934 \"++\" \"fen ingnlerie}\""},
	{innovation.Financement, innovation.Deploiement, innovation.High, "", "", "cell lost; 004:2778-2782 financing needs \"deviennent importants\" when scaling"},
	// Compétences & réseau (003:1936-1937).
	{innovation.CompetencesReseau, innovation.RDSocietale, innovation.Medium, "avis", "opinions", "003:1939-1941 \"++\" \"favis)\"; 004:827-828"},
	{innovation.CompetencesReseau, innovation.ModelisationMacro, innovation.Medium, "", "", "003:1943 \"++\""},
	{innovation.CompetencesReseau, innovation.Deploiement, innovation.High, "", "", "003:1945 \"+++\""},
	// Conseil (003:1947 "et conseil").
	{innovation.Conseil, innovation.RDSocietale, innovation.High, "stratégique", "strategic", "003:1949-1951 \"+4++\" \"{stratigiue)\"; 004:2782-2786"},
	{innovation.Conseil, innovation.ModelisationMacro, innovation.Medium, "opérationnel", "operational", "003:1953-1955 \"++\" \"(opérationnel)\""},
	{innovation.Conseil, innovation.Deploiement, innovation.Low, "politique", "political", "003:1957-1959 \"+\" \"{politigue)\""},
	// Évaluation, Valorisation de l'utilité sociale (OCR "Valorisation de
	// Futilité sociale", 003:1961-1962).
	{innovation.Evaluation, innovation.RDSocietale, innovation.Low, "cadrage", "framing", "003:1964 \"{cadrage)\", value lost; 004:3384-3386 \"légère\""},
	{innovation.Evaluation, innovation.ModelisationMacro, innovation.Medium, "preuve de concept", "proof of concept", "003:1966-1968 \"4+\" \"{preuve de concept)\"; 004:3384-3386 \"renforcée\""},
	{innovation.Evaluation, innovation.Deploiement, innovation.Medium, "", "", "003:1970 \"++\""},
}

func TestDefaultNeedsCells(t *testing.T) {
	n := innovation.DefaultNeeds()
	var cells []innovation.NeedsCell
	for _, c := range needsTable {
		cells = append(cells, innovation.NeedsCell{Lever: c.lever, MacroPhase: c.macro, Intensity: c.intensity, Qualifier: c.qualifier})
		got := n.At(c.lever, c.macro)
		want := innovation.Need{Lever: c.lever, Intensity: c.intensity, Qualifier: c.qualifier}
		if got != want {
			t.Errorf("At(%v, %v) = %+v, want %+v (%s)", c.lever, c.macro, got, want, c.citation)
		}
		if q := got.QualifierLabel(lang.French); q != c.qualifier {
			t.Errorf("At(%v, %v).QualifierLabel(French) = %q, want %q", c.lever, c.macro, q, c.qualifier)
		}
		if q := got.QualifierLabel(lang.English); q != c.english {
			t.Errorf("At(%v, %v).QualifierLabel(English) = %q, want %q", c.lever, c.macro, q, c.english)
		}
	}
	needsMatrix.checkDefault(t, cells)
}

// TestQualifierLabelUnknown: a funder's own qualifier has no gloss and reads
// the same in both languages.
func TestQualifierLabelUnknown(t *testing.T) {
	n := innovation.Need{Lever: innovation.Conseil, Intensity: innovation.Low, Qualifier: "juridique"}
	if got := n.QualifierLabel(lang.English); got != "juridique" {
		t.Errorf("QualifierLabel(English) = %q, want the French qualifier", got)
	}
}

func TestNeedsOf(t *testing.T) {
	n := innovation.DefaultNeeds()
	for p := range innovation.Phases() {
		got := n.Of(p)
		for i, l := 0, innovation.Financement; l <= innovation.Evaluation; i, l = i+1, l+1 {
			if want := n.At(l, p.MacroPhase()); got[i] != want {
				t.Errorf("Of(%v)[%d] = %+v, want At(%v, %v) = %+v", p, i, got[i], l, p.MacroPhase(), want)
			}
			if got[i].Lever != l {
				t.Errorf("Of(%v)[%d].Lever = %v, want %v (lever order)", p, i, got[i].Lever, l)
			}
		}
	}
	// Spot checks against §2.2: Modélisation needs ++ everywhere
	// (003:1932, 1943, 1953, 1966); Essaimage and Industrialisation share the
	// Déploiement column.
	for _, need := range n.Of(innovation.Modelisation) {
		if need.Intensity != innovation.Medium {
			t.Errorf("Of(Modelisation): %v is %v, want ++", need.Lever, need.Intensity)
		}
	}
	if n.Of(innovation.Essaimage) != n.Of(innovation.Industrialisation) {
		t.Errorf("Essaimage and Industrialisation differ; both are Déploiement (MODEL §1.2)")
	}
	if n.Of(innovation.Conception) != n.Of(innovation.Experimentation) {
		t.Errorf("Conception and Expérimentation differ; both are R&D sociétale (MODEL §1.2)")
	}
	for _, p := range []innovation.Phase{0, 6, 255} {
		if got := n.Of(p); got != [innovation.NumLevers]innovation.Need{} {
			t.Errorf("Of(Phase(%d)) = %+v, want all zero", uint8(p), got)
		}
	}
}

func TestNeedsAtInvalid(t *testing.T) {
	n := innovation.DefaultNeeds()
	for _, tt := range []struct {
		l innovation.Lever
		m innovation.MacroPhase
	}{
		{0, innovation.RDSocietale}, {5, innovation.RDSocietale}, {255, innovation.Deploiement},
		{innovation.Financement, 0}, {innovation.Financement, 4}, {innovation.Evaluation, 255}, {0, 0},
	} {
		if got := n.At(tt.l, tt.m); got != (innovation.Need{}) {
			t.Errorf("At(%d, %d) = %+v, want the zero Need", uint8(tt.l), uint8(tt.m), got)
		}
	}
	var zero innovation.NeedsMatrix
	for _, c := range needsTable {
		if got := zero.At(c.lever, c.macro); got != (innovation.Need{}) {
			t.Errorf("zero NeedsMatrix: At(%v, %v) = %+v, want the zero Need (\"-\")", c.lever, c.macro, got)
		}
	}
}

func TestNeedsRising(t *testing.T) {
	n := innovation.DefaultNeeds()
	tests := []struct {
		p    innovation.Phase
		want []innovation.Need
		why  string
	}{
		{innovation.Conception, nil, "same macro-phase as Expérimentation"},
		{
			innovation.Experimentation,
			[]innovation.Need{{Lever: innovation.Evaluation, Intensity: innovation.Medium, Qualifier: "preuve de concept"}},
			"R&D → Modélisation: only Évaluation rises, + → ++ (003:1964-1968)",
		},
		{
			innovation.Modelisation,
			[]innovation.Need{
				{Lever: innovation.Financement, Intensity: innovation.High},
				{Lever: innovation.CompetencesReseau, Intensity: innovation.High},
			},
			"Modélisation → Déploiement: Financement and Compétences & réseau rise ++ → +++ (003:1932-1945, 004:2778-2782)",
		},
		{innovation.Essaimage, nil, "same macro-phase as Industrialisation"},
		{innovation.Industrialisation, nil, "no next phase"},
		{0, nil, "invalid phase"},
		{255, nil, "invalid phase"},
	}
	for _, tt := range tests {
		got := n.Rising(tt.p)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Rising(%v) = %+v, want %+v (%s)", tt.p, got, tt.want, tt.why)
		}
	}
	// Every need Rising reports is higher at the next phase than at p, and
	// every lever left out is not.
	for p := range innovation.Phases() {
		next, ok := p.Next()
		if !ok {
			continue
		}
		rising := n.Rising(p)
		for l := range innovation.Levers() {
			up := n.At(l, next.MacroPhase()).Intensity > n.At(l, p.MacroPhase()).Intensity
			in := slices.ContainsFunc(rising, func(x innovation.Need) bool { return x.Lever == l })
			if up != in {
				t.Errorf("Rising(%v): lever %v listed %v, rises %v", p, l, in, up)
			}
		}
	}
}
