package innovation

import (
	"github.com/seed424036fd/societal/lang"
)

// Need is one cell of the needs/levers matrix: how much a lever is needed,
// and what kind of support it is ("avis", "stratégique", …; empty when the
// source gives none). The zero Need (no lever) stands for an invalid query.
// A Need is a plain value, safe for concurrent use.
type Need struct {
	Lever     Lever     // the lever of support
	Intensity Intensity // how much it is needed
	Qualifier string    // as the source (or the matrix's author) writes it
}

// QualifierLabel returns the qualifier in l ("" if there is none): a
// qualifier of the model's matrix, in any of its wordings, in l; any other
// as it is written.
func (n Need) QualifierLabel(l lang.Lang) string {
	for _, q := range qualifiers {
		for w := range lang.Langs() {
			if q.In(w) == n.Qualifier {
				return q.In(l)
			}
		}
	}
	return n.Qualifier
}

// MaxQualifier is the longest qualifier, in bytes, a caller-supplied matrix
// may hold.
const MaxQualifier = 64

// NeedsMatrix is a needs/levers matrix: for each lever and macro-phase, a
// Need (MODEL §2.2). DefaultNeeds returns the model's; NewNeedsMatrix builds
// and validates a funder's own.
//
// The zero value is a matrix where nothing is needed (every cell "-"); it is
// usable but rarely what you want. NeedsMatrix is a value: copies are
// independent, and a NeedsMatrix is safe for concurrent use once built.
type NeedsMatrix struct {
	cells [NumLevers][NumMacroPhases]Need
}

// NeedsCell is one cell as a caller supplies it to NewNeedsMatrix, and as
// the JSON encoding of NeedsMatrix writes it. The zero value is not a valid
// cell. A plain value, safe for concurrent use.
type NeedsCell struct {
	Lever      Lever      // the row
	MacroPhase MacroPhase // the column
	Intensity  Intensity  // how much the lever is needed
	Qualifier  string     // kind of support, as the source writes it; at most MaxQualifier bytes
}

// DefaultNeeds returns the model's needs/levers matrix (MODEL §2.2,
// 003:1924-1970). Every placement is a reading of OCR-damaged text; the
// readings are in readings.go, in one table.
func DefaultNeeds() NeedsMatrix { return defaultNeeds }

// NewNeedsMatrix builds a matrix from cells. Every lever × macro-phase pair
// must be given exactly once, with a valid lever, macro-phase and intensity
// and a qualifier of at most MaxQualifier bytes of UTF-8, on one line. All
// problems are reported at once (errors.Join of *problem.Error, each wrapping
// ErrMatrix, with paths such as "cells[2].intensity"). cells is not
// modified or retained.
func NewNeedsMatrix(cells []NeedsCell) (NeedsMatrix, error) {
	g, err := needsShape.build(convert(cells, NeedsCell.cell))
	return NeedsMatrix{cells: g}, err
}

// At returns the need for lever l in macro-phase m; the zero Need if either
// is invalid.
func (n NeedsMatrix) At(l Lever, m MacroPhase) Need { return needsShape.at(n.cells, l, m) }

// Of returns the needs of phase p, one per lever in lever order; all zero
// if p is invalid. It does not allocate.
func (n NeedsMatrix) Of(p Phase) [NumLevers]Need {
	var out [NumLevers]Need
	for l := range Levers() {
		out[l-1] = n.At(l, p.MacroPhase())
	}
	return out
}

// Rising returns the needs of the phase after p whose intensity is higher
// than at p, in lever order: what to prepare before the crossing ("déterminer
// les besoins qui permettront de passer à l'étape d'après", 004:805-806).
// It returns nil if p has no next phase.
func (n NeedsMatrix) Rising(p Phase) []Need {
	next, ok := p.Next()
	if !ok {
		return nil
	}
	now, then := n.Of(p), n.Of(next)
	var out []Need
	for i := range then {
		if then[i].Intensity > now[i].Intensity {
			out = append(out, then[i])
		}
	}
	return out
}

// Cells returns the matrix as cells in lever, then macro-phase order; the
// result can be passed back to NewNeedsMatrix.
func (n NeedsMatrix) Cells() []NeedsCell { return convert(needsShape.cells(&n.cells), needsCell) }

// cell is c in the shape the checks and the JSON reader share.
func (c NeedsCell) cell() cell[Lever] {
	return cell[Lever]{row: c.Lever, macro: c.MacroPhase, intensity: c.Intensity, qualifier: c.Qualifier}
}

// needsCell is c as a NeedsCell.
func needsCell(c cell[Lever]) NeedsCell {
	return NeedsCell{Lever: c.row, MacroPhase: c.macro, Intensity: c.intensity, Qualifier: c.qualifier}
}
