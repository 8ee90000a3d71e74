package partnership

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Enabler is one of the four conditions that enabled cooperation in the
// cases of the Social Impact Manager (SIM) pilot: "Qu'est-ce qui permet la
// coopération ?" (MODEL §4.5; 000:360-388) [S]. The Checklist reads a
// partnership against them. The zero value is invalid. Safe for concurrent
// use.
type Enabler uint8

const (
	// Appropriation: "Une appropriation organisationnelle claire", clear
	// organisational ownership, e.g. management openly supporting the
	// initiative (000:362-368) [S].
	Appropriation Enabler = 1 + iota
	// Alignement: "Alignement précoce des attentes", early alignment of
	// expectations, "du temps a été investi dès le début pour clarifier les
	// objectifs et les rôles" (000:370-374) [S].
	Alignement
	// Coordination: "Une capacité de coordination dédiée", "une personne
	// responsable de la coordination" (000:376-380) [S].
	Coordination
	// Integration (Intégration): "Intégrer la coopération dans les processus
	// existants", embedding cooperation in existing strategies and processes
	// (000:382-388) [S].
	Integration
)

// NumEnablers is the number of SIM enablers.
const NumEnablers = 4

var enablers = enum.Define[Enabler](enum.Spec{Type: "Enabler", Noun: lang.Text{"facteur favorable", "enabler"}, Pkg: pkg},
	enum.Names{Key: "appropriation", Label: lang.Text{"Une appropriation organisationnelle claire", "Clear organisational ownership"}},
	enum.Names{Key: "alignement", Label: lang.Text{"Alignement précoce des attentes", "Early alignment of expectations"}},
	enum.Names{Key: "coordination", Label: lang.Text{"Une capacité de coordination dédiée", "Dedicated coordination capacity"}},
	enum.Names{Key: "integration", Label: lang.Text{"Intégrer la coopération dans les processus existants", "Embedding cooperation in existing processes"}},
)

// enablerSource is the source lines of each enabler in 000. Read only.
var enablerSource = [...]string{
	Appropriation: "000:362-368",
	Alignement:    "000:370-374",
	Coordination:  "000:376-380",
	Integration:   "000:382-388",
}

// ParseEnabler returns the enabler named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "appropriation", "alignement", "coordination", "integration".
func ParseEnabler(s string) (Enabler, error) { return enablers.ParseText(s) }

// IsValid reports whether e is one of the four enablers.
func (e Enabler) IsValid() bool { return enablers.Valid(e) }

// String returns the ASCII key of e, or "%!Enabler(n)".
func (e Enabler) String() string { return enablers.Key(e) }

// Label returns the name of e in l.
func (e Enabler) Label(l lang.Lang) string {
	return enablers.Label(e, l)
}

// Source returns the source lines of e ("000:362-368" …), or "" if e is
// invalid.
func (e Enabler) Source() string {
	if !e.IsValid() {
		return ""
	}
	return enablerSource[e]
}

// MarshalText returns the ASCII key of e, or an error wrapping ErrInvalid.
func (e Enabler) MarshalText() ([]byte, error) { return enablers.MarshalText(e) }

// UnmarshalText parses text with ParseEnabler. On error e is unchanged.
func (e *Enabler) UnmarshalText(text []byte) error { return enablers.UnmarshalText(e, text) }

// Obstacle is one of the four obstacles to cooperation in the cases of the
// SIM pilot: "Quels sont les obstacles à la coopération ?" (MODEL §4.5;
// 000:390-414) [S]. The Checklist reads a partnership against them. The
// zero value is invalid. Safe for concurrent use.
type Obstacle uint8

const (
	// AmbiguiteRoles (ambiguïté des rôles): "Ambiguïté des rôles et des
	// responsabilités", unclear roles, who holds decision power or is
	// responsible for implementation (000:392-396) [S].
	AmbiguiteRoles Obstacle = 1 + iota
	// ManqueTemps (manque de temps): "Temps et ressources humaines
	// limités", little time and staff (000:398-402) [S].
	ManqueTemps
	// DependanceChampion (dépendance à un champion): "Dépendance à l'égard
	// des champions individuels", an initiative tied to "une personne
	// motivée" (000:404-408) [S].
	DependanceChampion
	// ComplexiteMultiActeurs (complexité multi-acteurs): "Complexité des
	// environnements multi-acteurs", many actors with "des mandats et des
	// contraintes différents" (000:410-414) [S].
	ComplexiteMultiActeurs
)

// NumObstacles is the number of SIM obstacles.
const NumObstacles = 4

var obstacles = enum.Define[Obstacle](enum.Spec{Type: "Obstacle", Noun: lang.Text{"obstacle", "obstacle"}, Pkg: pkg},
	enum.Names{Key: "ambiguite-roles", Label: lang.Text{"Ambiguïté des rôles et des responsabilités", "Unclear roles and responsibilities"}},
	enum.Names{Key: "manque-temps", Label: lang.Text{"Temps et ressources humaines limités", "Limited time and staff"}},
	enum.Names{Key: "dependance-champion", Label: lang.Text{"Dépendance à l'égard des champions individuels", "Dependence on individual champions"}},
	enum.Names{Key: "complexite-multi-acteurs", Label: lang.Text{"Complexité des environnements multi-acteurs", "Multi-actor complexity"}},
)

// obstacleSource is the source lines of each obstacle in 000. Read only.
var obstacleSource = [...]string{
	AmbiguiteRoles:         "000:392-396",
	ManqueTemps:            "000:398-402",
	DependanceChampion:     "000:404-408",
	ComplexiteMultiActeurs: "000:410-414",
}

// ParseObstacle returns the obstacle named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "ambiguite-roles", "manque-temps", "dependance-champion",
// "complexite-multi-acteurs".
func ParseObstacle(s string) (Obstacle, error) { return obstacles.ParseText(s) }

// IsValid reports whether o is one of the four obstacles.
func (o Obstacle) IsValid() bool { return obstacles.Valid(o) }

// String returns the ASCII key of o, or "%!Obstacle(n)".
func (o Obstacle) String() string { return obstacles.Key(o) }

// Label returns the name of o in l.
func (o Obstacle) Label(l lang.Lang) string {
	return obstacles.Label(o, l)
}

// Source returns the source lines of o ("000:392-396" …), or "" if o is
// invalid.
func (o Obstacle) Source() string {
	if !o.IsValid() {
		return ""
	}
	return obstacleSource[o]
}

// MarshalText returns the ASCII key of o, or an error wrapping ErrInvalid.
func (o Obstacle) MarshalText() ([]byte, error) { return obstacles.MarshalText(o) }

// UnmarshalText parses text with ParseObstacle. On error o is unchanged.
func (o *Obstacle) UnmarshalText(text []byte) error { return obstacles.UnmarshalText(o, text) }

// Enablers yields the four enablers in the order of the source.
func Enablers() iter.Seq[Enabler] { return enablers.All() }

// Obstacles yields the four obstacles in the order of the source.
func Obstacles() iter.Seq[Obstacle] { return obstacles.All() }
