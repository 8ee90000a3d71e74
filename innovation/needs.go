package innovation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Need is one cell of the needs/levers matrix: how much a lever is needed,
// and what kind of support it is ("avis", "stratégique", …; empty when the
// source gives none). The zero Need (no lever) stands for an invalid query.
// A Need is a plain value, safe for concurrent use.
type Need struct {
	Lever     Lever
	Intensity Intensity
	Qualifier string // as the source writes it, in French
}

// QualifierLabel returns the qualifier in lang ("" if there is none).
func (n Need) QualifierLabel(lang Lang) string {
	if lang == English {
		if en, ok := qualifierEnglish[n.Qualifier]; ok {
			return en
		}
	}
	return n.Qualifier
}

// MaxQualifier is the longest qualifier, in bytes, a caller-supplied matrix
// may hold.
const MaxQualifier = 64

// MaxMatrixJSON is the largest JSON text, in bytes, UnmarshalJSON accepts for
// a matrix; larger input is refused before it is decoded.
const MaxMatrixJSON = 16 << 10

// Needs is a needs/levers matrix: for each lever and macro-phase, a Need
// (MODEL §2.2). DefaultNeeds returns the model's; NewNeeds builds and
// validates a funder's own.
//
// The zero value is a matrix where nothing is needed (every cell "-"); it is
// usable but rarely what you want. Needs is a value: copies are independent,
// and a Needs is safe for concurrent use once built.
type Needs struct {
	cells [NumLevers][NumMacroPhases]Need
}

// NeedsCell is one cell as a caller supplies it to NewNeeds, and as the JSON
// encoding of Needs writes it. The zero value is not a valid cell. A plain
// value, safe for concurrent use.
type NeedsCell struct {
	Lever      Lever      `json:"lever"`
	MacroPhase MacroPhase `json:"macro_phase"`
	Intensity  Intensity  `json:"intensity"`
	Qualifier  string     `json:"qualifier,omitempty"`
}

// DefaultNeeds returns the model's needs/levers matrix (MODEL §2.2,
// 003:1924-1970). Every placement is a reading of OCR-damaged text; the
// readings are in readings.go, in one table.
func DefaultNeeds() Needs { return defaultNeeds }

// NewNeeds builds a matrix from cells. Every lever × macro-phase pair must be
// given exactly once, with a valid lever, macro-phase and intensity and a
// qualifier of at most MaxQualifier bytes of UTF-8. All problems are
// reported at once (errors.Join of *MatrixError, each unwrapping to
// ErrMatrix). cells is not modified or retained.
func NewNeeds(cells []NeedsCell) (Needs, error) {
	var n Needs
	var seen [NumLevers][NumMacroPhases]bool
	var errs []error
	if len(cells) > NumLevers*NumMacroPhases*4 {
		return Needs{}, &MatrixError{Row: "*", Column: "*", Reason: fmt.Sprintf("%d cells, want %d", len(cells), NumLevers*NumMacroPhases)}
	}
	for i, c := range cells {
		row, col := c.Lever.String(), c.MacroPhase.String()
		switch {
		case !c.Lever.IsValid():
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: invalid lever", i)})
			continue
		case !c.MacroPhase.IsValid():
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: invalid macro-phase", i)})
			continue
		}
		if !c.Intensity.IsValid() {
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: invalid intensity %d", i, c.Intensity)})
		}
		if err := checkQualifier(c.Qualifier); err != "" {
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: %s", i, err)})
		}
		li, mi := c.Lever-1, c.MacroPhase-1
		if seen[li][mi] {
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: given twice", i)})
			continue
		}
		seen[li][mi] = true
		n.cells[li][mi] = Need{Lever: c.Lever, Intensity: c.Intensity, Qualifier: c.Qualifier}
	}
	for l := range Levers() {
		for m := range MacroPhases() {
			if !seen[l-1][m-1] {
				errs = append(errs, &MatrixError{Row: l.String(), Column: m.String(), Reason: "missing"})
			}
		}
	}
	if len(errs) > 0 {
		return Needs{}, errors.Join(errs...)
	}
	return n, nil
}

func checkQualifier(q string) string {
	switch {
	case len(q) > MaxQualifier:
		return fmt.Sprintf("qualifier longer than %d bytes", MaxQualifier)
	case !utf8.ValidString(q):
		return "qualifier is not valid UTF-8"
	case bytes.IndexByte([]byte(q), 0) >= 0:
		return "qualifier holds a NUL byte"
	}
	return ""
}

// At returns the need for lever l in macro-phase m; the zero Need if either
// is invalid.
func (n Needs) At(l Lever, m MacroPhase) Need {
	if !l.IsValid() || !m.IsValid() {
		return Need{}
	}
	return n.cells[l-1][m-1]
}

// Of returns the needs of phase p, one per lever in lever order; all zero
// if p is invalid. It does not allocate.
func (n Needs) Of(p Phase) [NumLevers]Need {
	m := p.MacroPhase()
	if m == 0 {
		return [NumLevers]Need{}
	}
	var out [NumLevers]Need
	for i := range out {
		out[i] = n.cells[i][m-1]
	}
	return out
}

// Rising returns the needs of the phase after p whose intensity is higher
// than at p, in lever order: what to prepare before the crossing ("déterminer
// les besoins qui permettront de passer à l'étape d'après", 004:805-806).
// It returns nil if p has no next phase.
func (n Needs) Rising(p Phase) []Need {
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
// result can be passed back to NewNeeds.
func (n Needs) Cells() []NeedsCell {
	out := make([]NeedsCell, 0, NumLevers*NumMacroPhases)
	for l := range Levers() {
		for m := range MacroPhases() {
			c := n.cells[l-1][m-1]
			out = append(out, NeedsCell{Lever: l, MacroPhase: m, Intensity: c.Intensity, Qualifier: c.Qualifier})
		}
	}
	return out
}

// MarshalJSON writes the matrix as an array of NeedsCell.
func (n Needs) MarshalJSON() ([]byte, error) { return json.Marshal(n.Cells()) }

// UnmarshalJSON reads an array of NeedsCell and validates it as NewNeeds
// does. Input over MaxMatrixJSON bytes is refused before decoding. On error
// n is unchanged.
func (n *Needs) UnmarshalJSON(data []byte) error {
	if len(data) > MaxMatrixJSON {
		return &MatrixError{Row: "*", Column: "*", Reason: fmt.Sprintf("JSON longer than %d bytes", MaxMatrixJSON)}
	}
	var cells []NeedsCell
	if err := decodeStrict(data, &cells); err != nil {
		return fmt.Errorf("%w: %w", ErrMatrix, err)
	}
	v, err := NewNeeds(cells)
	if err != nil {
		return err
	}
	*n = v
	return nil
}
