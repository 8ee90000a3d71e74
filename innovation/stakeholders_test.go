package innovation_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

// stakeholdersTable is the table of stakeholders to mobilise per
// macro-phase, MODEL.md §2.3 ([S] 004:3210-3232, clean: one workshop
// group's output). Header "Parties Prenantes R&D Expérimentation
// Modélisation Déploiement" (004:3210-3214, "R&D Expérimentation" is one
// wrapped column). One row per cell.
var stakeholdersTable = []struct {
	s        innovation.Stakeholder
	macro    innovation.MacroPhase
	want     innovation.Intensity
	citation string
}{
	{innovation.PorteurIdee, innovation.RDSocietale, innovation.High, "004:3216 Porteur d'idée +++ . ."},
	{innovation.PorteurIdee, innovation.ModelisationMacro, innovation.High, "004:3216 Porteur d'idée . +++ ."},
	{innovation.PorteurIdee, innovation.Deploiement, innovation.Medium, "004:3216 Porteur d'idée . . ++"},
	{innovation.Catalyseurs, innovation.RDSocietale, innovation.High, "004:3218 Catalyseurs +++ . ."},
	{innovation.Catalyseurs, innovation.ModelisationMacro, innovation.High, "004:3218 Catalyseurs . +++ ."},
	{innovation.Catalyseurs, innovation.Deploiement, innovation.Low, "004:3218 Catalyseurs . . +"},
	{innovation.Financeurs, innovation.RDSocietale, innovation.Low, "004:3220 Financeurs + . ."},
	{innovation.Financeurs, innovation.ModelisationMacro, innovation.Medium, "004:3220 Financeurs . ++ ."},
	{innovation.Financeurs, innovation.Deploiement, innovation.High, "004:3220 Financeurs . . +++"},
	{innovation.Beneficiaires, innovation.RDSocietale, innovation.High, "004:3222 Bénéficiaires +++ . ."},
	{innovation.Beneficiaires, innovation.ModelisationMacro, innovation.Low, "004:3222 Bénéficiaires . + ."},
	{innovation.Beneficiaires, innovation.Deploiement, innovation.Medium, "004:3222 Bénéficiaires . . ++"},
	{innovation.ExpertsConseil, innovation.RDSocietale, innovation.Medium, "004:3224 Experts / Conseil ++ . ."},
	{innovation.ExpertsConseil, innovation.ModelisationMacro, innovation.High, "004:3224 Experts / Conseil . +++ ."},
	{innovation.ExpertsConseil, innovation.Deploiement, innovation.Low, "004:3224 Experts / Conseil . . +"},
	{innovation.Academique, innovation.RDSocietale, innovation.None, "004:3226 Académique - . ."},
	{innovation.Academique, innovation.ModelisationMacro, innovation.High, "004:3226 Académique . +++ ."},
	{innovation.Academique, innovation.Deploiement, innovation.None, "004:3226 Académique . . -"},
	{innovation.Institutions, innovation.RDSocietale, innovation.None, "004:3228 Institutions - . ."},
	{innovation.Institutions, innovation.ModelisationMacro, innovation.Medium, "004:3228 Institutions . ++ ."},
	{innovation.Institutions, innovation.Deploiement, innovation.High, "004:3228 Institutions . . +++"},
	{innovation.Pairs, innovation.RDSocietale, innovation.None, "004:3230 Pairs - . ."},
	{innovation.Pairs, innovation.ModelisationMacro, innovation.High, "004:3230 Pairs . +++ ."},
	{innovation.Pairs, innovation.Deploiement, innovation.Medium, "004:3230 Pairs . . ++"},
	{innovation.Gouvernance, innovation.RDSocietale, innovation.Low, "004:3232 Gouvernance + . ."},
	{innovation.Gouvernance, innovation.ModelisationMacro, innovation.Medium, "004:3232 Gouvernance . ++ ."},
	{innovation.Gouvernance, innovation.Deploiement, innovation.High, "004:3232 Gouvernance . . +++"},
}

func TestDefaultStakeholdersCells(t *testing.T) {
	m := innovation.DefaultStakeholders()
	var cells []innovation.StakeholderCell
	for _, c := range stakeholdersTable {
		cells = append(cells, innovation.StakeholderCell{Stakeholder: c.s, MacroPhase: c.macro, Intensity: c.want})
		if got := m.At(c.s, c.macro); got != c.want {
			t.Errorf("At(%v, %v) = %v, want %v (%s)", c.s, c.macro, got, c.want, c.citation)
		}
	}
	stakeholderMatrix.checkDefault(t, cells)
}

func TestStakeholdersOf(t *testing.T) {
	m := innovation.DefaultStakeholders()
	for p := range innovation.Phases() {
		got := m.Of(p)
		for s := range innovation.Stakeholders() {
			if want := m.At(s, p.MacroPhase()); got[s-1] != want {
				t.Errorf("Of(%v)[%v] = %v, want At = %v", p, s, got[s-1], want)
			}
		}
	}
	// Spot check (004:3226, 3230): academia and peers are mobilised at +++
	// only in Modélisation.
	for p := range innovation.Phases() {
		of := m.Of(p)
		top := of[innovation.Academique-1] == innovation.High && of[innovation.Pairs-1] == innovation.High
		if top != (p == innovation.Modelisation) {
			t.Errorf("Of(%v): Académique %v, Pairs %v", p, of[innovation.Academique-1], of[innovation.Pairs-1])
		}
	}
	for _, p := range []innovation.Phase{0, 6, 255} {
		if got := m.Of(p); got != [innovation.NumStakeholders]innovation.Intensity{} {
			t.Errorf("Of(Phase(%d)) = %v, want all None", uint8(p), got)
		}
	}
	for _, tt := range []struct {
		s innovation.Stakeholder
		m innovation.MacroPhase
	}{{0, innovation.RDSocietale}, {10, innovation.RDSocietale}, {innovation.Pairs, 0}, {innovation.Pairs, 4}} {
		if got := m.At(tt.s, tt.m); got != innovation.None {
			t.Errorf("At(%d, %d) = %v, want None", uint8(tt.s), uint8(tt.m), got)
		}
	}
	var zero innovation.StakeholderMatrix
	for _, c := range stakeholdersTable {
		if got := zero.At(c.s, c.macro); got != innovation.None {
			t.Errorf("zero StakeholderMatrix: At(%v, %v) = %v, want None", c.s, c.macro, got)
		}
	}
}
