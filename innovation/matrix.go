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
	noun  lang.Text               // what a row is called: "lever", "stakeholder"
	rows  int                     // the number of rows (see maxCells)
	keys  wire.Keys               // a cell's JSON keys: the row's key first (it names the row in messages), then "macro_phase", "intensity" (the three required) and, if any, "qualifier"
	parse func(string) (R, error) // ParseLever or ParseStakeholder
}

var (
	needsShape       = matrixShape[Lever]{noun: leverNoun, rows: NumLevers, keys: wire.Keys{Names: []string{"lever", "macro_phase", "intensity", "qualifier"}, Required: 3}, parse: ParseLever}
	stakeholderShape = matrixShape[Stakeholder]{noun: stakeholderNoun, rows: NumStakeholders, keys: wire.Keys{Names: []string{"stakeholder", "macro_phase", "intensity"}, Required: 3}, parse: ParseStakeholder}
)

// maxCells is the most cells a matrix may hold, given or read: one per row
// × macro-phase pair, as a valid matrix holds exactly. More can never be
// valid (some pair would be given twice), so they are refused as over the
// limit before any other check, without a problem for each.
func (s matrixShape[R]) maxCells() int { return s.rows * NumMacroPhases }

// check checks cells as NewNeedsMatrix and NewStakeholderMatrix document:
// at most maxCells cells, every row × macro-phase pair given exactly once,
// each with a valid row, macro-phase and intensity and an acceptable
// qualifier. It returns every problem joined, or nil: each a
// *problem.Error at a path relative to the cells ("[2].intensity") that
// wraps ErrMatrix, and ErrLimit or ErrInvalid as the sentinel of its kind.
func (s matrixShape[R]) check(cells []cell[R]) error {
	return within("", ErrMatrix, s.problems(cells))
}

// problems is check without ErrMatrix as the whole.
func (s matrixShape[R]) problems(cells []cell[R]) error {
	if len(cells) > s.maxCells() {
		return errCells.New(pkgName, "", "", lang.Int(len(cells)), lang.Int(s.maxCells()), s.noun)
	}
	first := make([]int, s.maxCells()) // first[(row-1)*NumMacroPhases + macro-1]: 1 + index of the pair's first cell, 0 if none yet
	var errs []error
	for i, c := range cells {
		switch {
		case !c.row.IsValid():
			errs = append(errs, errCellRow.New(pkgName, wire.Path(i, s.keys.Names[0]), "", s.noun, lang.Int(int(c.row))))
			continue
		case !c.macro.IsValid():
			errs = append(errs, errCellRow.New(pkgName, wire.Path(i, "macro_phase"), "", macroPhaseNoun, lang.Int(int(c.macro))))
			continue
		}
		if !c.intensity.IsValid() {
			errs = append(errs, errCellRow.New(pkgName, wire.Path(i, "intensity"), "", intensityNoun, lang.Int(int(c.intensity))))
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
	for r := R(1); int(r) <= s.rows; r++ {
		for m := range MacroPhases() {
			if first[(int(r)-1)*NumMacroPhases+int(m)-1] == 0 {
				errs = append(errs, errCellMissing.New(pkgName, "", "", s.noun, lang.Quote(r), lang.Quote(m)))
			}
		}
	}
	return errors.Join(errs...)
}

// qualifierProblem returns the problem of q, the qualifier at path, or nil:
// over MaxQualifier bytes (ErrLimit), or not a name (see wire.NameProblem;
// ErrInvalid). An empty qualifier is no qualifier.
func qualifierProblem(path, q string) *problem.Error {
	if len(q) > MaxQualifier {
		return errQualifierLen.New(pkgName, path, q, lang.Int(len(q)), lang.Int(MaxQualifier))
	}
	if r := wire.NameProblem(q); r != "" {
		return errQualifier.New(pkgName, path, q, lang.Data(r))
	}
	return nil
}

// unmarshal reads a matrix written as a JSON array of cells, each an object
// of s.keys (all required but "qualifier"; null is the same as an absent
// key), and checks it; every problem unwraps to ErrMatrix.
func (s matrixShape[R]) unmarshal(data []byte) ([]cell[R], error) {
	d := wire.NewDecoder(data, pkg, ErrMatrix)
	var cells []cell[R]
	for range d.Array(s.maxCells()) {
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
