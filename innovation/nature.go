package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Nature is one of the four natures of innovation projects: "Les projets
// d'innovation peuvent être de 4 natures" (MODEL §1.1; 002:809-813) [S]. It
// says what a project changes, independently of its Phase. The zero value is
// invalid. Safe for concurrent use.
type Nature uint8

const (
	// NatureInvention: "nouveaux produits ou services", new products or services
	// (002:810) [S].
	NatureInvention Nature = 1 + iota
	// NatureTransformation: "transformation de processus existants afin de
	// proposer de nouvelles réponses", transforming existing processes to
	// offer new answers (002:811) [S].
	NatureTransformation
	// NatureExtension: "adaptation de produits ou de services pour en étendre le
	// champ d'action", adapting products or services to widen their field
	// (002:812) [S].
	NatureExtension
	// NatureOptimisation: "adaptation de processus existants", adapting existing
	// processes (002:813) [S].
	NatureOptimisation
)

var natures = enum.Define[Nature](enum.Spec{Type: "Nature", Noun: lang.Text{"nature", "nature"}, Pkg: pkg},
	enum.Names{Key: "invention", Label: lang.Text{"Invention", "Invention"}},
	enum.Names{Key: "transformation", Label: lang.Text{"Projet de transformation", "Transformation project"}},
	enum.Names{Key: "extension", Label: lang.Text{"Projet d'extension", "Extension project"}},
	enum.Names{Key: "optimisation", Label: lang.Text{"Projet d'optimisation", "Optimisation project"}},
)

// natureTable holds the definition of each nature, French as 002 writes it
// and an English gloss, with its source line. Read only.
var natureTable = [...]struct {
	source     string
	definition lang.Text
}{
	NatureInvention:      {"002:810", lang.Text{"nouveaux produits ou services", "new products or services"}},
	NatureTransformation: {"002:811", lang.Text{"transformation de processus existants afin de proposer de nouvelles réponses", "transforming existing processes to offer new answers"}},
	NatureExtension:      {"002:812", lang.Text{"adaptation de produits ou de services pour en étendre le champ d'action", "adapting products or services to widen their field of action"}},
	NatureOptimisation:   {"002:813", lang.Text{"adaptation de processus existants", "adapting existing processes"}},
}

// ParseNature returns the nature named by s (key or label in any language,
// any case), or a *problem.Error of code "unknown-name" (ErrUnknown).
// Keys: "invention", "transformation", "extension", "optimisation".
func ParseNature(s string) (Nature, error) { return natures.ParseText(s) }

// IsValid reports whether n is one of the four natures.
func (n Nature) IsValid() bool { return natures.Valid(n) }

// String returns the ASCII key of n, or "%!Nature(n)".
func (n Nature) String() string { return natures.Key(n) }

// Label returns the name of n in l.
func (n Nature) Label(l lang.Lang) string { return natures.Label(n, l) }

// MarshalText returns the ASCII key of n, or an error wrapping ErrInvalid.
func (n Nature) MarshalText() ([]byte, error) { return natures.MarshalText(n) }

// UnmarshalText parses text with ParseNature. On error n is unchanged.
func (n *Nature) UnmarshalText(text []byte) error { return natures.UnmarshalText(n, text) }

// Definition returns the definition of n as the source writes it (French)
// or its English gloss, or "" if n is invalid.
func (n Nature) Definition(l lang.Lang) string {
	if !n.IsValid() {
		return ""
	}
	return l.Typeset(natureTable[n].definition.In(l))
}

// Source returns the source line of n ("002:810" …), or "" if n is invalid.
func (n Nature) Source() string {
	if !n.IsValid() {
		return ""
	}
	return natureTable[n].source
}

// Natures yields the four natures in the order of the source.
func Natures() iter.Seq[Nature] { return natures.All() }
