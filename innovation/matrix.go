package innovation

import (
	"errors"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// matrixRow is the enumeration that names the rows of a matrix: Lever or
// Stakeholder, whose valid values are 1..n.
type matrixRow interface {
	~uint8
	IsValid() bool
	String() string
	Label(lang.Lang) string
	MarshalText() ([]byte, error)
}

// cell is one cell of a matrix whose rows are of type R, in the one shape
// the checks and the JSON reader share: a NeedsCell or a StakeholderCell.
type cell[R matrixRow] struct {
	row       R
	macro     MacroPhase
	intensity Intensity
	qualifier string // "" in a matrix without qualifiers
}

// grid is the storage of a matrix whose cells hold values of type V: the
// value of each row × macro-phase pair at [row-1][macro-1]. A grid is an
// array, so a matrix is a comparable value whose copies are independent.
type grid[V any] interface {
	~[NumLevers][NumMacroPhases]V | ~[NumStakeholders][NumMacroPhases]V
}

// matrixShape describes a matrix whose rows are of type R and whose cells,
// stored in a G, hold values of type V: the one mechanism of NeedsMatrix
// and StakeholderMatrix. A shape is constant-like: never modified.
type matrixShape[R matrixRow, V any, G grid[V]] struct {
	key       string       // the JSON key of a cell's row: "lever", "stakeholder"
	noun      lang.Text    // what a row is called in messages
	names     wire.Enum[R] // the names of the rows
	qualified bool         // a cell has a qualifier
	value     func(cell[R]) V
	cell      func(R, MacroPhase, V) cell[R]
}

var (
	needsShape = matrixShape[Lever, Need, [NumLevers][NumMacroPhases]Need]{key: "lever", noun: leverNoun, names: leverNames, qualified: true,
		value: func(c cell[Lever]) Need { return Need{Lever: c.row, Intensity: c.intensity, Qualifier: c.qualifier} },
		cell: func(l Lever, m MacroPhase, n Need) cell[Lever] {
			return cell[Lever]{row: l, macro: m, intensity: n.Intensity, qualifier: n.Qualifier}
		},
	}
	stakeholderShape = matrixShape[Stakeholder, Intensity, [NumStakeholders][NumMacroPhases]Intensity]{key: "stakeholder", noun: stakeholderNoun, names: stakeholderNames,
		value: func(c cell[Stakeholder]) Intensity { return c.intensity },
		cell: func(s Stakeholder, m MacroPhase, i Intensity) cell[Stakeholder] {
			return cell[Stakeholder]{row: s, macro: m, intensity: i}
		},
	}
)

// rows is the number of rows of the matrix.
func (s matrixShape[R, V, G]) rows() int {
	var g G
	return len(g)
}

// maxCells is the most cells a matrix may hold, given or read: one per row
// × macro-phase pair, as a valid matrix holds exactly. More can never be
// valid (some pair would be given twice), so they are refused as over the
// limit before any other check, without a problem for each.
func (s matrixShape[R, V, G]) maxCells() int { return s.rows() * NumMacroPhases }

// build checks cells as given to NewNeedsMatrix or NewStakeholderMatrix
// (see check; the problems at paths under "cells") and returns the grid
// they fill, or the zero grid and the problems.
func (s matrixShape[R, V, G]) build(cells []cell[R]) (G, error) {
	if err := pkg.Within("cells", nil, s.check(cells)); err != nil {
		var zero G
		return zero, err
	}
	return s.grid(cells), nil
}

// grid returns the grid cells fill, which check accepted.
func (s matrixShape[R, V, G]) grid(cells []cell[R]) G {
	var g G
	for _, c := range cells {
		g[c.row-1][c.macro-1] = s.value(c)
	}
	return g
}

// at returns the value of row r in macro-phase m of g; the zero V if
// either is invalid.
func (s matrixShape[R, V, G]) at(g G, r R, m MacroPhase) V {
	if !r.IsValid() || !m.IsValid() {
		var zero V
		return zero
	}
	return g[r-1][m-1]
}

// cells returns g as cells in row, then macro-phase order: what grid
// reads back.
func (s matrixShape[R, V, G]) cells(g *G) []cell[R] {
	out := make([]cell[R], 0, s.maxCells())
	for r := R(1); int(r) <= s.rows(); r++ {
		for m := range MacroPhases() {
			out = append(out, s.cell(r, m, (*g)[r-1][m-1]))
		}
	}
	return out
}

// check checks cells as NewNeedsMatrix and NewStakeholderMatrix document:
// at most maxCells cells, every row × macro-phase pair given exactly once,
// each with a valid row, macro-phase and intensity and an acceptable
// qualifier. It returns every problem joined, or nil: each a
// *problem.Error at a path relative to the cells ("[2].intensity") that
// wraps ErrMatrix, and ErrLimit or ErrInvalid as the sentinel of its kind.
func (s matrixShape[R, V, G]) check(cells []cell[R]) error {
	return pkg.Within("", ErrMatrix, s.problems(cells))
}

// problems is check without ErrMatrix as the whole.
func (s matrixShape[R, V, G]) problems(cells []cell[R]) error {
	if len(cells) > s.maxCells() {
		return errCells.New(pkgName, "", "", lang.Int(len(cells)), lang.Int(s.maxCells()), s.noun)
	}
	first := make([]int, s.maxCells()) // first[(row-1)*NumMacroPhases + macro-1]: 1 + index of the pair's first cell, 0 if none yet
	var errs []error
	for i, c := range cells {
		switch {
		case !c.row.IsValid():
			errs = append(errs, pkg.Invalid(wire.Path(i, s.key), c.row))
			continue
		case !c.macro.IsValid():
			errs = append(errs, pkg.Invalid(wire.Path(i, "macro_phase"), c.macro))
			continue
		}
		if !c.intensity.IsValid() {
			errs = append(errs, pkg.Invalid(wire.Path(i, "intensity"), c.intensity))
		}
		if p := qualifierProblem(wire.Path(i, "qualifier"), c.qualifier); p != nil {
			errs = append(errs, p)
		}
		k := (int(c.row)-1)*NumMacroPhases + int(c.macro) - 1
		if first[k] != 0 {
			errs = append(errs, errCellTwice.New(pkgName, wire.Path(i), "", s.noun, lang.Quote(c.row), lang.Quote(c.macro), lang.Int(first[k]-1)))
			continue
		}
		first[k] = i + 1
	}
	for r := R(1); int(r) <= s.rows(); r++ {
		for m := range MacroPhases() {
			if first[(int(r)-1)*NumMacroPhases+int(m)-1] == 0 {
				errs = append(errs, errCellMissing.New(pkgName, "", "", s.noun, lang.Quote(r), lang.Quote(m)))
			}
		}
	}
	return errors.Join(errs...)
}

// qualifierProblem returns the problem of q, the qualifier at path, or nil:
// a name of at most MaxQualifier bytes (ErrLimit over it), as a cell's JSON
// reads it (ErrInvalid otherwise). An empty qualifier is no qualifier.
func qualifierProblem(path, q string) *problem.Error {
	if k, args := qualifierName.Problem(q); k != nil {
		return k.New(pkgName, path, q, args...)
	}
	return nil
}

// qualifierName is the kind of a qualifier: a name of at most MaxQualifier
// bytes.
var qualifierName = wire.Name{Max: MaxQualifier}

// convert returns f of each of in, in order.
func convert[A, B any](in []A, f func(A) B) []B {
	out := make([]B, len(in))
	for i, a := range in {
		out[i] = f(a)
	}
	return out
}
