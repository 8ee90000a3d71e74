package innovation

import (
	"errors"

	"github.com/seed424036fd/societal/internal/wire"
)

// matrixRow is the enumeration that names the rows of a matrix: Lever or
// Stakeholder, whose valid values are 1..n.
type matrixRow interface {
	~uint8
	IsValid() bool
	String() string
}

// cell is one cell of a matrix whose rows are of type R, in the one shape
// the checks and the JSON reader share: a NeedsCell or a StakeholderCell.
type cell[R matrixRow] struct {
	row       R
	macro     MacroPhase
	intensity Intensity
	qualifier string // "" in a matrix without qualifiers
}

// matrixShape describes a matrix whose rows are of type R. A shape is
// constant-like: never modified.
type matrixShape[R matrixRow] struct {
	rows      int          // the number of rows (see maxCells)
	noun      string       // what a row is: the JSON key of a cell's row, and its name in messages
	names     wire.Enum[R] // the names of the rows
	qualified bool         // a cell has a qualifier
}

var (
	needsShape       = matrixShape[Lever]{rows: NumLevers, noun: "lever", names: leverNames, qualified: true}
	stakeholderShape = matrixShape[Stakeholder]{rows: NumStakeholders, noun: "stakeholder", names: stakeholderNames}
)

// maxCells is the most cells a matrix may hold, given or read: one per row
// × macro-phase pair, as a valid matrix holds exactly. More can never be
// valid (some pair would be given twice), so they are refused as over the
// limit before any other check, without a problem for each.
func (s matrixShape[R]) maxCells() int { return s.rows * NumMacroPhases }

// check checks cells as NewNeedsMatrix and NewStakeholderMatrix document:
// at most maxCells cells, every row × macro-phase pair given exactly once,
// each with a valid row, macro-phase and intensity and an acceptable
// qualifier. It returns every problem joined, or nil: each a *FieldError
// at a path relative to the cells ("[2].intensity") that wraps ErrMatrix,
// and ErrLimit too for a size over its limit.
func (s matrixShape[R]) check(cells []cell[R]) error {
	// Within gives every problem ErrMatrix as the sentinel of the whole
	// input, which a caller's Within with no whole leaves.
	return pkg.Within("", ErrMatrix, s.problems(cells))
}

// problems is check without ErrMatrix as the whole: a limit wraps ErrLimit,
// any other problem ErrMatrix.
func (s matrixShape[R]) problems(cells []cell[R]) error {
	noun := s.noun
	if len(cells) > s.maxCells() {
		return pkg.Fieldf("", "", ErrLimit, "%d cells, over the limit of %d (one per %s × macro-phase pair)", len(cells), s.maxCells(), noun)
	}
	first := make([]int, s.maxCells()) // first[(row-1)*NumMacroPhases + macro-1]: 1 + index of the pair's first cell, 0 if none yet
	var errs []error
	for i, c := range cells {
		switch {
		case !c.row.IsValid():
			errs = append(errs, pkg.Fieldf(wire.Path(i, noun), "", ErrMatrix, "invalid %s %d", noun, c.row))
			continue
		case !c.macro.IsValid():
			errs = append(errs, pkg.Fieldf(wire.Path(i, "macro_phase"), "", ErrMatrix, "invalid macro-phase %d", c.macro))
			continue
		}
		if !c.intensity.IsValid() {
			errs = append(errs, pkg.Fieldf(wire.Path(i, "intensity"), "", ErrMatrix, "invalid intensity %d", c.intensity))
		}
		if err := qualifierProblem(wire.Path(i, "qualifier"), c.qualifier); err != nil {
			errs = append(errs, err)
		}
		k := (int(c.row)-1)*NumMacroPhases + int(c.macro) - 1
		if first[k] != 0 {
			errs = append(errs, pkg.Fieldf(wire.Path(i), "", ErrMatrix, "%s %q × macro-phase %q given twice (first in cell %d)", noun, c.row, c.macro, first[k]-1))
			continue
		}
		first[k] = i + 1
	}
	for r := R(1); int(r) <= s.rows; r++ {
		for m := range MacroPhases() {
			if first[(int(r)-1)*NumMacroPhases+int(m)-1] == 0 {
				errs = append(errs, pkg.Fieldf("", "", ErrMatrix, "missing %s %q × macro-phase %q (every pair once)", noun, r, m))
			}
		}
	}
	return errors.Join(errs...)
}

// qualifierProblem returns the problem of q, the qualifier at path, or nil:
// over MaxQualifier bytes (ErrLimit), or not a name (see wire.NameProblem;
// ErrMatrix). An empty qualifier is no qualifier.
func qualifierProblem(path, q string) error {
	if len(q) > MaxQualifier {
		return pkg.Fieldf(path, q, ErrLimit, "%d bytes, over the limit of %d", len(q), MaxQualifier)
	}
	if r := wire.NameProblem(q); r != "" {
		return pkg.Field(path, q, r, ErrMatrix)
	}
	return nil
}
