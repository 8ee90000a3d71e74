package partnership

import (
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
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

var supplies = enum.Define[Supply](enum.Spec{Type: "Supply", Noun: lang.Text{"apport", "supply"}, Pkg: pkg},
	enum.Names{Key: "not-needed", Label: lang.Text{"Non nécessaire", "Not needed"}},
	enum.Names{Key: "missing", Label: lang.Text{"Manquant", "Missing"}},
	enum.Names{Key: "thin", Label: lang.Text{"Fragile", "Thin"}},
	enum.Names{Key: "covered", Label: lang.Text{"Couvert", "Covered"}},
)

// ParseSupply returns the supply named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "not-needed", "missing", "thin", "covered".
func ParseSupply(s string) (Supply, error) { return supplies.ParseText(s) }

// IsValid reports whether s is one of the four values.
func (s Supply) IsValid() bool { return supplies.Valid(s) }

// String returns the ASCII key of s, or "%!Supply(n)".
func (s Supply) String() string { return supplies.Key(s) }

// Label returns the name of s in l.
func (s Supply) Label(l lang.Lang) string {
	return supplies.Label(s, l)
}

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Supply) MarshalText() ([]byte, error) { return supplies.MarshalText(s) }

// UnmarshalText parses text with ParseSupply. On error s is unchanged.
func (s *Supply) UnmarshalText(text []byte) error { return supplies.UnmarshalText(s, text) }

// LeverCoverage is the supply of one lever against one need. The zero value
// is not a coverage (no lever). It holds a slice: safe for concurrent reads.
type LeverCoverage struct {
	Need      innovation.Need // the lever, its intensity and qualifier
	Suppliers []string        // IDs of the partners supplying it, in the partnership's order
	Supply    Supply          // how well the suppliers meet the need
}

// Coverage answers "does this alliance supply the levers the project needs
// at its phase, and the next?" (MODEL §2.2). The zero value is not a
// coverage (Phase 0). It holds slices: safe for concurrent reads.
type Coverage struct {
	// Phase is the project's phase.
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
func (p *Partnership) Coverage(phase innovation.Phase, needs innovation.NeedsMatrix, th Thresholds) (Coverage, error) {
	if !phase.IsValid() {
		return Coverage{}, pkg.Invalid("phase", phase)
	}
	if err := th.Validate(); err != nil {
		return Coverage{}, err
	}
	c := Coverage{Phase: phase}
	d := &p.derived
	of := needs.Of(phase)
	var rising []innovation.Need
	next, hasNext := phase.Next()
	if hasNext {
		c.Next = next
		rising = needs.Rising(phase)
	}
	// Every Suppliers slice is cut from one array, copied from the IDs New
	// collected: one allocation, nothing shared with p.
	n := 0
	for i := range of {
		n += len(d.suppliers[i])
	}
	for _, need := range rising {
		n += len(d.suppliersOf(need.Lever))
	}
	var ids []string
	if n > 0 {
		ids = make([]string, 0, n)
	}
	for i, need := range of {
		need.Lever = innovation.Lever(i + 1) // the zero Needs leaves it 0
		c.Levers[i], ids = cover(need, d.suppliers[i], ids, &th)
	}
	if len(rising) > 0 {
		c.Rising = make([]LeverCoverage, len(rising))
		for i, need := range rising {
			c.Rising[i], ids = cover(need, d.suppliersOf(need.Lever), ids, &th)
		}
	}
	return c, nil
}

// cover judges the supply of need by suppliers, whose IDs it appends to ids
// for the result's Suppliers (nil if there is none).
func cover(need innovation.Need, suppliers, ids []string, th *Thresholds) (LeverCoverage, []string) {
	lc := LeverCoverage{Need: need}
	if len(suppliers) > 0 {
		start := len(ids)
		ids = append(ids, suppliers...)
		lc.Suppliers = ids[start:len(ids):len(ids)]
	}
	switch n := len(suppliers); {
	case need.Intensity == innovation.None || !need.Intensity.IsValid():
		lc.Supply = NotNeeded
	case n == 0:
		lc.Supply = Missing
	case n < th.MinSuppliers[need.Intensity]:
		lc.Supply = Thin
	default:
		lc.Supply = Covered
	}
	return lc, ids
}
