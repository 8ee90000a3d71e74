package innovation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
)

// Stakeholder is one of the parties to mobilise around a project (MODEL
// §2.3; 004:3210-3232). The zero value is invalid. Safe for concurrent use.
type Stakeholder uint8

const (
	PorteurIdee    Stakeholder = 1 + iota // Porteur d'idée: the idea's carrier
	Catalyseurs                           // Catalyseurs: catalysts (territorial or otherwise)
	Financeurs                            // Financeurs: funders
	Beneficiaires                         // Bénéficiaires: beneficiaries
	ExpertsConseil                        // Experts / Conseil: experts and advisers
	Academique                            // Académique: academia
	Institutions                          // Institutions: public institutions
	Pairs                                 // Pairs: peers
	Gouvernance                           // Gouvernance: governance
)

// NumStakeholders is the number of stakeholder kinds.
const NumStakeholders = 9

var stakeholders = enum.New[Stakeholder]("Stakeholder",
	enum.Names{Key: "porteur-idee", French: "Porteur d'idée", English: "Idea carrier"},
	enum.Names{Key: "catalyseurs", French: "Catalyseurs", English: "Catalysts"},
	enum.Names{Key: "financeurs", French: "Financeurs", English: "Funders"},
	enum.Names{Key: "beneficiaires", French: "Bénéficiaires", English: "Beneficiaries"},
	enum.Names{Key: "experts-conseil", French: "Experts / Conseil", English: "Experts / Advice"},
	enum.Names{Key: "academique", French: "Académique", English: "Academia"},
	enum.Names{Key: "institutions", French: "Institutions", English: "Institutions"},
	enum.Names{Key: "pairs", French: "Pairs", English: "Peers"},
	enum.Names{Key: "gouvernance", French: "Gouvernance", English: "Governance"},
)

// ParseStakeholder returns the stakeholder named by s, or a *ParseError.
func ParseStakeholder(s string) (Stakeholder, error) {
	if v, ok := stakeholders.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "stakeholder", Input: s, Allowed: stakeholders.Keys()}
}

// IsValid reports whether s is one of the nine stakeholders.
func (s Stakeholder) IsValid() bool { return stakeholders.Valid(s) }

// String returns the ASCII key of s, or "%!Stakeholder(n)".
func (s Stakeholder) String() string { return stakeholders.Key(s) }

// Label returns the name of s in lang.
func (s Stakeholder) Label(lang Lang) string { return stakeholders.Label(s, lang.english()) }

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Stakeholder) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, invalid("stakeholder", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses text with ParseStakeholder. On error s is unchanged.
func (s *Stakeholder) UnmarshalText(text []byte) error {
	v, err := ParseStakeholder(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// AllStakeholders yields the nine stakeholders in the source's row order.
func AllStakeholders() iter.Seq[Stakeholder] {
	return func(yield func(Stakeholder) bool) {
		for s := PorteurIdee; s <= Gouvernance; s++ {
			if !yield(s) {
				return
			}
		}
	}
}

// Stakeholders is a stakeholders matrix: how strongly each stakeholder is to
// be mobilised in each macro-phase (MODEL §2.3). DefaultStakeholders returns
// the model's; NewStakeholders builds and validates a caller's own.
//
// The zero value mobilises nobody (every cell "-"). Stakeholders is a value:
// copies are independent, and it is safe for concurrent use once built.
type Stakeholders struct {
	cells [NumStakeholders][NumMacroPhases]Intensity
}

// StakeholdersCell is one cell as a caller supplies it to NewStakeholders,
// and as the JSON encoding of Stakeholders writes it. The zero value is not a
// valid cell. A plain value, safe for concurrent use.
type StakeholdersCell struct {
	Stakeholder Stakeholder `json:"stakeholder"`
	MacroPhase  MacroPhase  `json:"macro_phase"`
	Intensity   Intensity   `json:"intensity"`
}

// DefaultStakeholders returns the model's matrix (004:3210-3232, the output
// of one workshop group, not a reference table of Le RAMEAU's).
func DefaultStakeholders() Stakeholders { return defaultStakeholders }

// NewStakeholders builds a matrix from cells; every stakeholder × macro-phase
// pair must be given exactly once with a valid intensity. All problems are
// reported at once (errors.Join of *MatrixError). cells is not modified.
func NewStakeholders(cells []StakeholdersCell) (Stakeholders, error) {
	var s Stakeholders
	var seen [NumStakeholders][NumMacroPhases]bool
	var errs []error
	if len(cells) > NumStakeholders*NumMacroPhases*4 {
		return Stakeholders{}, &MatrixError{Row: "*", Column: "*", Reason: fmt.Sprintf("%d cells, want %d", len(cells), NumStakeholders*NumMacroPhases)}
	}
	for i, c := range cells {
		row, col := c.Stakeholder.String(), c.MacroPhase.String()
		switch {
		case !c.Stakeholder.IsValid():
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: invalid stakeholder", i)})
			continue
		case !c.MacroPhase.IsValid():
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: invalid macro-phase", i)})
			continue
		}
		if !c.Intensity.IsValid() {
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: invalid intensity %d", i, c.Intensity)})
		}
		si, mi := c.Stakeholder-1, c.MacroPhase-1
		if seen[si][mi] {
			errs = append(errs, &MatrixError{Row: row, Column: col, Reason: fmt.Sprintf("cell %d: given twice", i)})
			continue
		}
		seen[si][mi] = true
		s.cells[si][mi] = c.Intensity
	}
	for st := range AllStakeholders() {
		for m := range MacroPhases() {
			if !seen[st-1][m-1] {
				errs = append(errs, &MatrixError{Row: st.String(), Column: m.String(), Reason: "missing"})
			}
		}
	}
	if len(errs) > 0 {
		return Stakeholders{}, errors.Join(errs...)
	}
	return s, nil
}

// At returns how strongly s is to be mobilised in macro-phase m; None if
// either is invalid.
func (t Stakeholders) At(s Stakeholder, m MacroPhase) Intensity {
	if !s.IsValid() || !m.IsValid() {
		return None
	}
	return t.cells[s-1][m-1]
}

// Of returns the intensity of every stakeholder in phase p, indexed by
// Stakeholder-1; all None if p is invalid. It does not allocate.
func (t Stakeholders) Of(p Phase) [NumStakeholders]Intensity {
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
func (t Stakeholders) Cells() []StakeholdersCell {
	out := make([]StakeholdersCell, 0, NumStakeholders*NumMacroPhases)
	for s := range AllStakeholders() {
		for m := range MacroPhases() {
			out = append(out, StakeholdersCell{Stakeholder: s, MacroPhase: m, Intensity: t.cells[s-1][m-1]})
		}
	}
	return out
}

// MarshalJSON writes the matrix as an array of StakeholdersCell.
func (t Stakeholders) MarshalJSON() ([]byte, error) { return json.Marshal(t.Cells()) }

// UnmarshalJSON reads an array of StakeholdersCell and validates it as
// NewStakeholders does. Input over MaxMatrixJSON bytes is refused before
// decoding. On error t is unchanged.
func (t *Stakeholders) UnmarshalJSON(data []byte) error {
	if len(data) > MaxMatrixJSON {
		return &MatrixError{Row: "*", Column: "*", Reason: fmt.Sprintf("JSON longer than %d bytes", MaxMatrixJSON)}
	}
	var cells []StakeholdersCell
	if err := decodeStrict(data, &cells); err != nil {
		return fmt.Errorf("%w: %w", ErrMatrix, err)
	}
	v, err := NewStakeholders(cells)
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// decodeStrict decodes one JSON value, refusing unknown fields and trailing data.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data after JSON value")
	}
	return nil
}
