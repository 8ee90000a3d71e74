package innovation

import (
	"errors"
	"fmt"

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
	rows  int                     // the number of rows
	keys  wire.Keys               // a cell's JSON keys: the row's key first (it names the row in messages), then "macro_phase", "intensity" (the three required) and, if any, "qualifier"
	parse func(string) (R, error) // ParseLever or ParseStakeholder
}

var (
	needsShape       = matrixShape[Lever]{rows: NumLevers, keys: wire.Keys{Names: []string{"lever", "macro_phase", "intensity", "qualifier"}, Required: 3}, parse: ParseLever}
	stakeholderShape = matrixShape[Stakeholder]{rows: NumStakeholders, keys: wire.Keys{Names: []string{"stakeholder", "macro_phase", "intensity"}, Required: 3}, parse: ParseStakeholder}
)

// check checks cells as NewNeedsMatrix and NewStakeholderMatrix document:
// every row × macro-phase pair given exactly once, each with a valid row,
// macro-phase and intensity and an acceptable qualifier. It returns every
// problem joined (each a *FieldError wrapping ErrMatrix, at a path relative
// to the cells: "[2].intensity"), or nil.
func (s matrixShape[R]) check(cells []cell[R]) error {
	noun := s.keys.Names[0]
	if len(cells) > s.rows*NumMacroPhases*4 {
		return pkg.Fieldf("", "", ErrMatrix, "%d cells, want %d", len(cells), s.rows*NumMacroPhases)
	}
	first := make([]int, s.rows*NumMacroPhases) // first[(row-1)*NumMacroPhases + macro-1]: 1 + index of the pair's first cell, 0 if none yet
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
		if r := qualifierProblem(c.qualifier); r != "" {
			errs = append(errs, pkg.Field(wire.Path(i, "qualifier"), c.qualifier, r, ErrMatrix))
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

// qualifierProblem says what is wrong with a qualifier, or returns "".
func qualifierProblem(q string) string {
	if len(q) > MaxQualifier {
		return fmt.Sprintf("%d bytes, over the limit of %d", len(q), MaxQualifier)
	}
	return wire.NameProblem(q)
}

// unmarshal reads a matrix written as a JSON array of cells, each an object
// of s.keys (all required but "qualifier"; null is the same as an absent
// key), and checks it; every problem unwraps to ErrMatrix.
func (s matrixShape[R]) unmarshal(data []byte) ([]cell[R], error) {
	d := wire.NewDecoder(data, pkg, ErrMatrix)
	var cells []cell[R]
	for range d.Array(s.rows * NumMacroPhases) {
		var c cell[R]
		for key := range d.Object(s.keys) {
			switch key {
			case s.keys.Names[0]:
				c.row, _ = wire.Enum(d, s.parse)
			case "macro_phase":
				c.macro, _ = wire.Enum(d, ParseMacroPhase)
			case "intensity":
				c.intensity, _ = wire.Enum(d, ParseIntensity)
			case "qualifier":
				c.qualifier, _ = d.Text()
			}
		}
		cells = append(cells, c)
	}
	if d.Problems() == 0 {
		d.Report(s.check(cells))
	}
	if err := d.Finish(); err != nil {
		return nil, err
	}
	return cells, nil
}
