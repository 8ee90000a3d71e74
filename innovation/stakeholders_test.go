package innovation_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

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
	if len(stakeholdersTable) != innovation.NumStakeholders*innovation.NumMacroPhases {
		t.Fatalf("table has %d rows, want %d", len(stakeholdersTable), innovation.NumStakeholders*innovation.NumMacroPhases)
	}
	m := innovation.DefaultStakeholders()
	for _, c := range stakeholdersTable {
		if got := m.At(c.s, c.macro); got != c.want {
			t.Errorf("At(%v, %v) = %v, want %v (%s)", c.s, c.macro, got, c.want, c.citation)
		}
	}
	cells := m.Cells()
	if len(cells) != len(stakeholdersTable) {
		t.Fatalf("Cells() has %d cells, want %d", len(cells), len(stakeholdersTable))
	}
	for i, c := range stakeholdersTable {
		want := innovation.StakeholderCell{Stakeholder: c.s, MacroPhase: c.macro, Intensity: c.want}
		if cells[i] != want {
			t.Errorf("Cells()[%d] = %+v, want %+v", i, cells[i], want)
		}
	}
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

func validStakeholdersCells() []innovation.StakeholderCell {
	m := innovation.DefaultStakeholders()
	return m.Cells()
}

func TestNewStakeholdersValid(t *testing.T) {
	cells := validStakeholdersCells()
	slices.Reverse(cells)
	before := slices.Clone(cells)
	m, err := innovation.NewStakeholderMatrix(cells)
	if err != nil {
		t.Fatalf("NewStakeholderMatrix(default cells): %v", err)
	}
	if m != innovation.DefaultStakeholders() {
		t.Errorf("NewStakeholderMatrix(default cells) differs from DefaultStakeholders")
	}
	if !slices.Equal(cells, before) {
		t.Errorf("NewStakeholderMatrix modified the caller's slice")
	}
	for i := range cells {
		cells[i].Intensity = innovation.None
	}
	if m != innovation.DefaultStakeholders() {
		t.Errorf("changing the caller's slice after NewStakeholderMatrix changed the matrix")
	}
}

func TestNewStakeholdersInvalid(t *testing.T) {
	type want struct {
		path, code string
		keys       []string // the keys of the row and macro-phase the message names
	}
	tests := []struct {
		name  string
		edit  func([]innovation.StakeholderCell) []innovation.StakeholderCell
		wants []want
		count int
	}{
		{
			"missing cell",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { return slices.Delete(c, 26, 27) },
			[]want{{"cells", "missing-cell", []string{"gouvernance", "deploiement"}}}, 1,
		},
		{
			"empty",
			func([]innovation.StakeholderCell) []innovation.StakeholderCell {
				return []innovation.StakeholderCell{}
			},
			[]want{{"cells", "missing-cell", []string{"porteur-idee", "rd-societale"}}, {"cells", "missing-cell", []string{"gouvernance", "deploiement"}}}, 27,
		},
		{
			"duplicate cell",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[11] = c[10]; return c },
			[]want{{"cells[11]", "duplicate-cell", []string{"beneficiaires", "modelisation"}},
				{"cells", "missing-cell", nil}}, 2,
		},
		{
			"invalid stakeholder",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[0].Stakeholder = 10; return c },
			[]want{{"cells[0].stakeholder", "invalid-value", nil}, {"cells", "missing-cell", []string{"porteur-idee", "rd-societale"}}}, 2,
		},
		{
			"zero stakeholder",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[1].Stakeholder = 0; return c },
			[]want{{"cells[1].stakeholder", "invalid-value", nil}}, 2,
		},
		{
			"invalid macro-phase",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[5].MacroPhase = 0; return c },
			[]want{{"cells[5].macro_phase", "invalid-value", nil}, {"cells", "missing-cell", []string{"catalyseurs", "deploiement"}}}, 2,
		},
		{
			"invalid intensity",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[8].Intensity = 255; return c },
			[]want{{"cells[8].intensity", "invalid-value", nil}}, 1,
		},
		{
			"too many cells",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell {
				for len(c) <= 4*innovation.NumStakeholders*innovation.NumMacroPhases {
					c = append(c, c[0])
				}
				return c
			},
			[]want{{"cells", "over-limit", nil}}, 1,
		},
		{
			"everything at once",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell {
				c[0].Intensity = 4           // invalid intensity
				c[4].Stakeholder = 0         // invalid: catalyseurs×modelisation missing
				c[7].MacroPhase = 9          // invalid: financeurs×modelisation missing
				c = slices.Delete(c, 20, 21) // institutions×deploiement missing
				return append(c, c[3])       // duplicate catalyseurs×rd-societale
			},
			[]want{
				{"cells[0].intensity", "invalid-value", nil},
				{"cells[4].stakeholder", "invalid-value", nil},
				{"cells[7].macro_phase", "invalid-value", nil},
				{"cells[26]", "duplicate-cell", []string{"catalyseurs", "rd-societale"}},
				{"cells", "missing-cell", []string{"catalyseurs", "modelisation"}},
				{"cells", "missing-cell", []string{"financeurs", "modelisation"}},
				{"cells", "missing-cell", []string{"institutions", "deploiement"}},
			}, 7,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells := tt.edit(validStakeholdersCells())
			before := slices.Clone(cells)
			m, err := innovation.NewStakeholderMatrix(cells)
			if err == nil {
				t.Fatalf("NewStakeholderMatrix succeeded")
			}
			if m != (innovation.StakeholderMatrix{}) {
				t.Errorf("NewStakeholderMatrix returned a non-zero matrix with its error")
			}
			if !slices.Equal(cells, before) {
				t.Errorf("NewStakeholderMatrix modified the caller's slice")
			}
			checkMatrixErrors(t, err, tt.count, func(p *problem.Error, i int) bool {
				w := tt.wants[i]
				return p.Path == w.path && p.Code == w.code && names(p, w.keys...)
			}, len(tt.wants))
		})
	}
}

func TestStakeholdersJSON(t *testing.T) {
	d := innovation.DefaultStakeholders()
	data := encodeMatrixJSON(t, d)
	const head = `[{"stakeholder":"porteur-idee","macro_phase":"rd-societale","intensity":"+++"},`
	if !bytes.HasPrefix(data, []byte(head)) {
		t.Errorf("JSON starts %.100s, want %s", data, head)
	}
	var m innovation.StakeholderMatrix
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("json.Unmarshal(Marshal(DefaultStakeholders)): %v", err)
	}
	if m != d {
		t.Errorf("JSON round trip of DefaultStakeholders lost something")
	}
	var p innovation.StakeholderMatrix
	padded := append(slices.Clone(data), bytes.Repeat([]byte("\n"), innovation.MaxJSON-len(data))...)
	if err := p.UnmarshalJSON(padded); err != nil || p != d {
		t.Errorf("UnmarshalJSON of exactly MaxJSON bytes: %v", err)
	}
}

func TestStakeholdersJSONRefused(t *testing.T) {
	valid := string(encodeMatrixJSON(t, innovation.DefaultStakeholders()))
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"null", "null"},
		{"empty array", "[]"},
		{"unknown field", strings.Replace(valid, `"intensity":"+++"`, `"intensity":"+++","note":"x"`, 1)},
		{"trailing data", valid + "{}"},
		{"two values", valid + valid},
		{"unknown stakeholder", strings.Replace(valid, `"pairs"`, `"voisins"`, 1)},
		{"numeric intensity", strings.Replace(valid, `"intensity":"-"`, `"intensity":0`, 1)},
		{"duplicate", strings.Replace(valid, `"macro_phase":"deploiement"`, `"macro_phase":"modelisation"`, 1)},
		{"over MaxJSON", valid + strings.Repeat(" ", innovation.MaxJSON-len(valid)+1)},
		{"duplicate key", strings.Replace(valid, `"stakeholder":"pairs"`, `"stakeholder":"pairs","stakeholder":"pairs"`, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := innovation.DefaultStakeholders()
			err := m.UnmarshalJSON([]byte(tt.in))
			if err == nil {
				t.Fatalf("UnmarshalJSON accepted %.80q", tt.in)
			}
			if !errors.Is(err, innovation.ErrMatrix) {
				t.Errorf("error %v does not wrap ErrMatrix", err)
			}
			if m != innovation.DefaultStakeholders() {
				t.Errorf("UnmarshalJSON changed the matrix on error")
			}
		})
	}
}
