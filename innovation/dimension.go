package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Dimension is one of the three dimensions a deployable innovation must
// cover (MODEL §1.6; 004:734-749). The zero value is invalid. Safe for
// concurrent use.
type Dimension uint8

const (
	// Solution (innovation de solution): the value proposition (004:737-738).
	Solution Dimension = 1 + iota
	// Processus (innovation de processus, process): the value chain, who
	// works with whom (004:740-743).
	Processus
	// ModeleEconomique (innovation de modèle économique, business model):
	// viable in the long term, hybrid resources (004:745-749).
	ModeleEconomique
)

// NumDimensions is the number of dimensions.
const NumDimensions = 3

var dimensions = enum.Define[Dimension](enum.Spec{Type: "Dimension", Noun: lang.Text{"dimension", "dimension"}, Pkg: pkg},
	enum.Names{Key: "solution", Label: lang.Text{"Solution", "Solution"}},
	enum.Names{Key: "processus", Label: lang.Text{"Processus", "Process"}},
	enum.Names{Key: "modele-economique", Label: lang.Text{"Modèle économique", "Business model"}},
)

// ParseDimension returns the dimension named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "solution", "processus", "modele-economique".
func ParseDimension(s string) (Dimension, error) { return dimensions.ParseText(s) }

// IsValid reports whether d is one of the three dimensions.
func (d Dimension) IsValid() bool { return dimensions.Valid(d) }

// String returns the ASCII key of d, or "%!Dimension(n)".
func (d Dimension) String() string { return dimensions.Key(d) }

// Label returns the name of d in l.
func (d Dimension) Label(l lang.Lang) string { return dimensions.Label(d, l) }

// MarshalText returns the ASCII key of d, or an error wrapping ErrInvalid.
func (d Dimension) MarshalText() ([]byte, error) { return dimensions.MarshalText(d) }

// UnmarshalText parses text with ParseDimension. On error d is unchanged.
func (d *Dimension) UnmarshalText(text []byte) error { return dimensions.UnmarshalText(d, text) }

// Dimensions yields the three dimensions in order.
func Dimensions() iter.Seq[Dimension] { return dimensions.All() }
