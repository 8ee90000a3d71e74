package partnership

import (
	"fmt"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
)

// Supply says how well the partners supply one needed lever. The values are
// ordered: Missing < Thin < Covered; NotNeeded stands apart. The zero value
// is invalid. Safe for concurrent use.
type Supply uint8

const (
	// NotNeeded: the lever is not needed at the phase (intensity "-").
	NotNeeded Supply = 1 + iota
	// Missing: needed, and no partner supplies it.
	Missing
	// Thin: needed, supplied, but by fewer partners than
	// Thresholds.MinSuppliers asks for its intensity.
	Thin
	// Covered: needed and supplied by enough partners.
	Covered
)

var supplies = enum.New[Supply]("Supply",
	enum.Names{Key: "not-needed", French: "Non nécessaire", English: "Not needed"},
	enum.Names{Key: "missing", French: "Manquant", English: "Missing"},
	enum.Names{Key: "thin", French: "Fragile", English: "Thin"},
	enum.Names{Key: "covered", French: "Couvert", English: "Covered"},
)

// ParseSupply returns the supply named by s, or a *ParseError.
func ParseSupply(s string) (Supply, error) { return parseName(supplies, "supply", s) }

// IsValid reports whether s is one of the four values.
func (s Supply) IsValid() bool { return supplies.Valid(s) }

// String returns the ASCII key of s, or "%!Supply(n)".
func (s Supply) String() string { return supplies.Key(s) }

// Label returns the name of s in lang.
func (s Supply) Label(lang innovation.Lang) string {
	return supplies.Label(s, lang == innovation.English)
}

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Supply) MarshalText() ([]byte, error) { return marshalName(supplies, "supply", s) }

// UnmarshalText parses text with ParseSupply. On error s is unchanged.
func (s *Supply) UnmarshalText(text []byte) error {
	v, err := ParseSupply(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// LeverCoverage is the supply of one lever against one need.
type LeverCoverage struct {
	Need      innovation.Need // the lever, its intensity and qualifier
	Suppliers []string        // IDs of the partners supplying it, in the partnership's order
	Supply    Supply
}

// Coverage answers "does this alliance supply the levers the project needs
// at its phase, and the next?" (MODEL §2.2). The zero value is not a
// coverage (Phase 0). It holds slices: safe for concurrent reads.
type Coverage struct {
	Phase innovation.Phase
	// Levers is the coverage of each lever at Phase, in lever order.
	Levers [innovation.NumLevers]LeverCoverage
	// Next is the phase after Phase, 0 if Phase is Industrialisation.
	Next innovation.Phase
	// Rising are the needs that grow from Phase to Next, each judged against
	// its intensity at Next: what to secure before the crossing —
	// "déterminer les besoins qui permettront de passer à l'étape d'après"
	// (004:805-806).
	Rising []LeverCoverage
}

// Gaps returns the levers needed at Phase that are Missing or Thin, in lever
// order.
func (c Coverage) Gaps() []LeverCoverage {
	var out []LeverCoverage
	for _, l := range c.Levers {
		if l.Supply == Missing || l.Supply == Thin {
			out = append(out, l)
		}
	}
	return out
}

// Coverage returns, for the project at phase, which needed levers (with
// their intensity in needs, the model's matrix or a funder's own) are
// supplied by which partners, which are missing or thin (th.MinSuppliers),
// and which rise for the next phase. A lever is supplied by a partner that
// has at least one contribution on it, valued or not. An invalid phase is an
// error wrapping ErrInvalid, invalid thresholds are th.Validate's error.
func (p *Partnership) Coverage(phase innovation.Phase, needs innovation.Needs, th Thresholds) (Coverage, error) {
	if !phase.IsValid() {
		return Coverage{}, fmt.Errorf("%w: phase %d", ErrInvalid, phase)
	}
	if err := th.Validate(); err != nil {
		return Coverage{}, err
	}
	c := Coverage{Phase: phase}
	for i, need := range needs.Of(phase) {
		need.Lever = innovation.Lever(i + 1) // the zero Needs leaves it 0
		c.Levers[i] = p.cover(need, &th)
	}
	if next, ok := phase.Next(); ok {
		c.Next = next
		for _, need := range needs.Rising(phase) {
			c.Rising = append(c.Rising, p.cover(need, &th))
		}
	}
	return c, nil
}

func (p *Partnership) cover(need innovation.Need, th *Thresholds) LeverCoverage {
	lc := LeverCoverage{Need: need}
	bit := uint8(1) << (need.Lever - 1)
	for i, mask := range p.levers {
		if mask&bit != 0 {
			lc.Suppliers = append(lc.Suppliers, p.spec.Partners[i].ID)
		}
	}
	switch n := len(lc.Suppliers); {
	case need.Intensity == innovation.None || !need.Intensity.IsValid():
		lc.Supply = NotNeeded
	case n == 0:
		lc.Supply = Missing
	case n < th.MinSuppliers[need.Intensity]:
		lc.Supply = Thin
	default:
		lc.Supply = Covered
	}
	return lc
}
