package innovation

// StakeholderMatrix is a stakeholders matrix: how strongly each stakeholder
// is to be mobilised in each macro-phase (MODEL §2.3). DefaultStakeholders
// returns the model's; NewStakeholderMatrix builds and validates a caller's
// own.
//
// The zero value mobilises nobody (every cell "-"). StakeholderMatrix is a
// value: copies are independent, and it is safe for concurrent use once
// built.
type StakeholderMatrix struct {
	cells [NumStakeholders][NumMacroPhases]Intensity
}

// StakeholderCell is one cell as a caller supplies it to
// NewStakeholderMatrix, and as the JSON encoding of StakeholderMatrix writes
// it. The zero value is not a valid cell. A plain value, safe for concurrent
// use.
type StakeholderCell struct {
	Stakeholder Stakeholder // the row
	MacroPhase  MacroPhase  // the column
	Intensity   Intensity   // how strongly the stakeholder is mobilised
}

// DefaultStakeholders returns the model's matrix (004:3210-3232, the output
// of one workshop group, not a reference table of Le RAMEAU's).
func DefaultStakeholders() StakeholderMatrix { return defaultStakeholders }

// NewStakeholderMatrix builds a matrix from cells; every stakeholder ×
// macro-phase pair must be given exactly once with a valid intensity. All
// problems are reported at once (errors.Join of *problem.Error, each wrapping
// ErrMatrix, with paths such as "cells[2].intensity"). cells is not
// modified or retained.
func NewStakeholderMatrix(cells []StakeholderCell) (StakeholderMatrix, error) {
	own := make([]cell[Stakeholder], len(cells))
	for i, c := range cells {
		own[i] = cell[Stakeholder]{row: c.Stakeholder, macro: c.MacroPhase, intensity: c.Intensity}
	}
	if err := pkg.Within("cells", nil, stakeholderShape.check(own)); err != nil {
		return StakeholderMatrix{}, err
	}
	return stakeholdersOf(own), nil
}

// stakeholdersOf builds the matrix of cells, which check accepted.
func stakeholdersOf(cells []cell[Stakeholder]) StakeholderMatrix {
	var t StakeholderMatrix
	for _, c := range cells {
		t.cells[c.row-1][c.macro-1] = c.intensity
	}
	return t
}

// At returns how strongly s is to be mobilised in macro-phase m; None if
// either is invalid.
func (t StakeholderMatrix) At(s Stakeholder, m MacroPhase) Intensity {
	if !s.IsValid() || !m.IsValid() {
		return None
	}
	return t.cells[s-1][m-1]
}

// Of returns the intensity of every stakeholder in phase p, indexed by
// Stakeholder-1; all None if p is invalid. It does not allocate.
func (t StakeholderMatrix) Of(p Phase) [NumStakeholders]Intensity {
	m := p.MacroPhase()
	if m == 0 {
		return [NumStakeholders]Intensity{}
	}
	var out [NumStakeholders]Intensity
	for i := range out {
		out[i] = t.cells[i][m-1]
	}
	return out
}

// Cells returns the matrix as cells in stakeholder, then macro-phase order.
func (t StakeholderMatrix) Cells() []StakeholderCell {
	out := make([]StakeholderCell, 0, NumStakeholders*NumMacroPhases)
	for s := range Stakeholders() {
		for m := range MacroPhases() {
			out = append(out, StakeholderCell{Stakeholder: s, MacroPhase: m, Intensity: t.cells[s-1][m-1]})
		}
	}
	return out
}
