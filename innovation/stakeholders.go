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
	g, err := stakeholderShape.build(convert(cells, StakeholderCell.cell))
	return StakeholderMatrix{cells: g}, err
}

// At returns how strongly s is to be mobilised in macro-phase m; None if
// either is invalid.
func (t StakeholderMatrix) At(s Stakeholder, m MacroPhase) Intensity {
	return stakeholderShape.at(t.cells, s, m)
}

// Of returns the intensity of every stakeholder in phase p, indexed by
// Stakeholder-1; all None if p is invalid. It does not allocate.
func (t StakeholderMatrix) Of(p Phase) [NumStakeholders]Intensity {
	var out [NumStakeholders]Intensity
	for s := range Stakeholders() {
		out[s-1] = t.At(s, p.MacroPhase())
	}
	return out
}

// Cells returns the matrix as cells in stakeholder, then macro-phase order.
func (t StakeholderMatrix) Cells() []StakeholderCell {
	return convert(stakeholderShape.cells(&t.cells), stakeholderCell)
}

// cell is c in the shape the checks and the JSON reader share.
func (c StakeholderCell) cell() cell[Stakeholder] {
	return cell[Stakeholder]{row: c.Stakeholder, macro: c.MacroPhase, intensity: c.Intensity}
}

// stakeholderCell is c as a StakeholderCell.
func stakeholderCell(c cell[Stakeholder]) StakeholderCell {
	return StakeholderCell{Stakeholder: c.row, MacroPhase: c.macro, Intensity: c.intensity}
}
