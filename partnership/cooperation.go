package partnership

import (
	"errors"
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// SchemeDimension is one of the six dimensions along which the SIM report
// describes a cooperation scheme: "un ensemble de dimensions pratiques
// communes dérivées directement des rapports finaux des projets" (MODEL
// §4.6; 000:134-170) [S]. Cooperation holds one value per dimension. The
// zero value is invalid. Safe for concurrent use.
type SchemeDimension uint8

const (
	// DimDefi: "Le défi à relever", the challenge (000:138-142) [S].
	DimDefi SchemeDimension = 1 + iota
	// DimActeurPrincipal: "Acteur principal du projet de coopération", the
	// lead actor (000:144-148) [S]. Cooperation answers it with a Scheme,
	// a reading [I]: the source's examples are five, "à l'initiative d'une
	// entreprise, d'une collectivité, d'acteurs de l'ESS, d'une
	// organisation ou d'une initiative interne" (000:148), which the library
	// reads into the three logics of 000:300-342 (a collectivité or actors
	// of the ESS lead a territory's scheme, 000:320; an organisation's own
	// initiative is internal, 000:334).
	DimActeurPrincipal
	// DimPartiesPrenantes: "Parties prenantes impliquées et leurs rôles",
	// the stakeholders and their roles (000:150-154) [S]: "Quels sont les
	// acteurs impliqués et comment les responsabilités ont-elles été
	// réparties ?" (000:152), and their CooperationMode (000:154).
	DimPartiesPrenantes
	// DimRoleParticipant: "Rôle des participant.es au sein du programme",
	// the participant's ParticipantRole (000:156-160) [S].
	DimRoleParticipant
	// DimFormalisation: "Degré de formalisation" (000:162-164) [S].
	DimFormalisation
	// DimContinuite: "Signes de continuité et de transférabilité"
	// (000:166-170) [S]: the potential of Continuity (000:168) and "Quelles
	// conditions favorables ou restrictives étaient visibles ?" (000:170).
	DimContinuite
)

var schemeDimensions = enum.Define[SchemeDimension](enum.Spec{Type: "SchemeDimension", Noun: lang.Text{"dimension du schéma", "scheme dimension"}, Pkg: pkg},
	enum.Names{Key: "defi", Label: lang.Text{"Le défi à relever", "The challenge"}},
	enum.Names{Key: "acteur-principal", Label: lang.Text{"Acteur principal du projet de coopération", "Lead actor"}},
	enum.Names{Key: "parties-prenantes", Label: lang.Text{"Parties prenantes impliquées et leurs rôles", "Stakeholders and their roles"}},
	enum.Names{Key: "role-participant", Label: lang.Text{"Rôle des participant.es au sein du programme", "Participant's role"}},
	enum.Names{Key: "formalisation", Label: lang.Text{"Degré de formalisation", "Degree of formalisation"}},
	enum.Names{Key: "continuite", Label: lang.Text{"Signes de continuité et de transférabilité", "Signs of continuity and transferability"}},
)

// schemeDimensionTable holds, per dimension, its source lines and the
// source's questions, all of them, as it asks them. Read only.
var schemeDimensionTable = [...]struct {
	source, question string
}{
	DimDefi:             {"000:138-142", "Quel type de problème a déclenché la coopération ?"},
	DimActeurPrincipal:  {"000:144-148", "Qui a initié ou ancré structurellement la coopération ?"},
	DimPartiesPrenantes: {"000:150-154", "Quels sont les acteurs impliqués et comment les responsabilités ont-elles été réparties ? La coopération a-t-elle été consultative, co-conçue ou mise en œuvre conjointement ?"},
	DimRoleParticipant:  {"000:156-160", "Les participant.es ont-ils/elles joué le rôle de facilitateur.ices, d'analystes, de concepteur.ices de solutions, de coordinateur.rices ou d'exécutant.es ? Étaient-ils/elles intégré.es dans des organisations ou opéraient-ils/elles entre les acteurs ?"},
	DimFormalisation:    {"000:162-164", "La coopération était-elle structurée et intégrée dans des processus organisationnels, ou principalement basée sur des projets et donc temporaire ?"},
	DimContinuite:       {"000:166-170", "L'initiative présentait-elle un potentiel de poursuite, d'extension ou de reproduction ? Quelles conditions favorables ou restrictives étaient visibles ?"},
}

// ParseSchemeDimension returns the dimension named by s, or a *problem.Error
// of code "unknown-name" (ErrUnknown).
// Keys: "defi", "acteur-principal", "parties-prenantes", "role-participant",
// "formalisation", "continuite".
func ParseSchemeDimension(s string) (SchemeDimension, error) { return schemeDimensions.ParseText(s) }

// IsValid reports whether d is one of the six dimensions.
func (d SchemeDimension) IsValid() bool { return schemeDimensions.Valid(d) }

// String returns the ASCII key of d, or "%!SchemeDimension(n)".
func (d SchemeDimension) String() string { return schemeDimensions.Key(d) }

// Label returns the name of d in l.
func (d SchemeDimension) Label(l lang.Lang) string {
	return schemeDimensions.Label(d, l)
}

// Question returns the source's questions for d, in French, as it asks
// them (one, or two joined by a space), or "" if d is invalid.
func (d SchemeDimension) Question() string {
	if !d.IsValid() {
		return ""
	}
	return schemeDimensionTable[d].question
}

// Source returns the source lines of d ("000:138-142" …), or "" if d is
// invalid.
func (d SchemeDimension) Source() string {
	if !d.IsValid() {
		return ""
	}
	return schemeDimensionTable[d].source
}

// MarshalText returns the ASCII key of d, or an error wrapping ErrInvalid.
func (d SchemeDimension) MarshalText() ([]byte, error) { return schemeDimensions.MarshalText(d) }

// UnmarshalText parses text with ParseSchemeDimension. On error d is
// unchanged.
func (d *SchemeDimension) UnmarshalText(text []byte) error {
	return schemeDimensions.UnmarshalText(d, text)
}

// SchemeDimensions yields the six dimensions in the order of the source.
func SchemeDimensions() iter.Seq[SchemeDimension] { return schemeDimensions.All() }

// CooperationMode is how the stakeholders cooperated: "La coopération
// a-t-elle été consultative, co-conçue ou mise en œuvre conjointement ?"
// (000:154) [S]. The zero value is invalid (in a Cooperation: not stated).
// Safe for concurrent use.
type CooperationMode uint8

const (
	// Consultative (consultative) (000:154) [S].
	Consultative CooperationMode = 1 + iota
	// CoConcue (co-conçue, co-designed) (000:154) [S].
	CoConcue
	// Conjointe (mise en œuvre conjointement, jointly implemented)
	// (000:154) [S].
	Conjointe
)

// cooperationModeNoun is what messages call the enumeration.
var cooperationModeNoun = lang.Text{"mode de coopération", "cooperation mode"}

var cooperationModes = enum.Define[CooperationMode](enum.Spec{Type: "CooperationMode", Noun: cooperationModeNoun, Pkg: pkg},
	enum.Names{Key: "consultative", Label: lang.Text{"Consultative", "Consultative"}},
	enum.Names{Key: "co-concue", Label: lang.Text{"Co-conçue", "Co-designed"}},
	enum.Names{Key: "conjointe", Label: lang.Text{"Mise en œuvre conjointement", "Jointly implemented"}},
)

// ParseCooperationMode returns the mode named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "consultative", "co-concue", "conjointe".
func ParseCooperationMode(s string) (CooperationMode, error) { return cooperationModes.ParseText(s) }

// IsValid reports whether m is one of the three modes.
func (m CooperationMode) IsValid() bool { return cooperationModes.Valid(m) }

// String returns the ASCII key of m, or "%!CooperationMode(n)".
func (m CooperationMode) String() string { return cooperationModes.Key(m) }

// Label returns the name of m in l.
func (m CooperationMode) Label(l lang.Lang) string {
	return cooperationModes.Label(m, l)
}

// MarshalText returns the ASCII key of m, or an error wrapping ErrInvalid.
func (m CooperationMode) MarshalText() ([]byte, error) { return cooperationModes.MarshalText(m) }

// UnmarshalText parses text with ParseCooperationMode. On error m is
// unchanged.
func (m *CooperationMode) UnmarshalText(text []byte) error {
	return cooperationModes.UnmarshalText(m, text)
}

// ParticipantRole is the role a participant played in the cooperation:
// "facilitateur.ices, d'analystes, de concepteur.ices de solutions, de
// coordinateur.rices ou d'exécutant.es" (000:158) [S]. The zero value is
// invalid (in a Cooperation: not stated). Safe for concurrent use.
type ParticipantRole uint8

const (
	Facilitateur ParticipantRole = 1 + iota // facilitateur.ice, facilitator (000:158)
	Analyste                                // analyste, analyst (000:158)
	Concepteur                              // concepteur.ice de solutions, solution designer (000:158)
	Coordinateur                            // coordinateur.rice, coordinator (000:158)
	Executant                               // exécutant.e, implementer (000:158)
)

// participantRoleNoun is what messages call the enumeration.
var participantRoleNoun = lang.Text{"rôle du participant", "participant role"}

var participantRoles = enum.Define[ParticipantRole](enum.Spec{Type: "ParticipantRole", Noun: participantRoleNoun, Pkg: pkg},
	enum.Names{Key: "facilitateur", Label: lang.Text{"Facilitateur·ice", "Facilitator"}, Alias: "facilitatrice"},
	enum.Names{Key: "analyste", Label: lang.Text{"Analyste", "Analyst"}},
	enum.Names{Key: "concepteur", Label: lang.Text{"Concepteur·ice de solutions", "Solution designer"}, Alias: "conceptrice"},
	enum.Names{Key: "coordinateur", Label: lang.Text{"Coordinateur·rice", "Coordinator"}, Alias: "coordinatrice"},
	enum.Names{Key: "executant", Label: lang.Text{"Exécutant·e", "Implementer"}, Alias: "exécutante"},
)

// ParseParticipantRole returns the role named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "facilitateur", "analyste", "concepteur", "coordinateur", "executant".
func ParseParticipantRole(s string) (ParticipantRole, error) { return participantRoles.ParseText(s) }

// IsValid reports whether r is one of the five roles.
func (r ParticipantRole) IsValid() bool { return participantRoles.Valid(r) }

// String returns the ASCII key of r, or "%!ParticipantRole(n)".
func (r ParticipantRole) String() string { return participantRoles.Key(r) }

// Label returns the name of r in l.
func (r ParticipantRole) Label(l lang.Lang) string {
	return participantRoles.Label(r, l)
}

// MarshalText returns the ASCII key of r, or an error wrapping ErrInvalid.
func (r ParticipantRole) MarshalText() ([]byte, error) { return participantRoles.MarshalText(r) }

// UnmarshalText parses text with ParseParticipantRole. On error r is
// unchanged.
func (r *ParticipantRole) UnmarshalText(text []byte) error {
	return participantRoles.UnmarshalText(r, text)
}

// Formalisation is the degree of formalisation of a cooperation: "structurée
// et intégrée dans des processus organisationnels, ou principalement basée
// sur des projets et donc temporaire" (000:164) [S]. The zero value is
// invalid (in a Cooperation: not stated). Safe for concurrent use.
type Formalisation uint8

const (
	// Integree (intégrée): structured and embedded in organisational
	// processes (000:164) [S].
	Integree Formalisation = 1 + iota
	// ParProjet (par projet): mainly project-based, hence temporary
	// (000:164) [S].
	ParProjet
)

// formalisationNoun is what messages call the enumeration.
var formalisationNoun = lang.Text{"formalisation", "formalisation"}

var formalisations = enum.Define[Formalisation](enum.Spec{Type: "Formalisation", Noun: formalisationNoun, Pkg: pkg},
	enum.Names{Key: "integree", Label: lang.Text{"Structurée et intégrée dans des processus organisationnels", "Embedded in organisational processes"}},
	enum.Names{Key: "par-projet", Label: lang.Text{"Basée sur des projets et donc temporaire", "Project-based, temporary"}},
)

// ParseFormalisation returns the degree named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "integree", "par-projet".
func ParseFormalisation(s string) (Formalisation, error) { return formalisations.ParseText(s) }

// IsValid reports whether f is one of the two degrees.
func (f Formalisation) IsValid() bool { return formalisations.Valid(f) }

// String returns the ASCII key of f, or "%!Formalisation(n)".
func (f Formalisation) String() string { return formalisations.Key(f) }

// Label returns the name of f in l.
func (f Formalisation) Label(l lang.Lang) string {
	return formalisations.Label(f, l)
}

// MarshalText returns the ASCII key of f, or an error wrapping ErrInvalid.
func (f Formalisation) MarshalText() ([]byte, error) { return formalisations.MarshalText(f) }

// UnmarshalText parses text with ParseFormalisation. On error f is
// unchanged.
func (f *Formalisation) UnmarshalText(text []byte) error {
	return formalisations.UnmarshalText(f, text)
}

// Continuity is one sign of continuity and transferability: "un potentiel
// de poursuite, d'extension ou de reproduction" (000:168) [S]. The zero
// value is invalid. Safe for concurrent use.
type Continuity uint8

const (
	Poursuite     Continuity = 1 + iota // poursuite, continuation (000:168)
	Elargissement                       // extension, widening (000:168)
	Reproduction                        // reproduction, replication (000:168)
)

// continuityNoun is what messages call the enumeration.
var continuityNoun = lang.Text{"continuité", "continuity"}

var continuities = enum.Define[Continuity](enum.Spec{Type: "Continuity", Noun: continuityNoun, Pkg: pkg},
	enum.Names{Key: "poursuite", Label: lang.Text{"Poursuite", "Continuation"}},
	enum.Names{Key: "extension", Label: lang.Text{"Extension", "Extension"}},
	enum.Names{Key: "reproduction", Label: lang.Text{"Reproduction", "Replication"}},
)

// ParseContinuity returns the sign named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "poursuite", "extension", "reproduction".
func ParseContinuity(s string) (Continuity, error) { return continuities.ParseText(s) }

// IsValid reports whether c is one of the three signs.
func (c Continuity) IsValid() bool { return continuities.Valid(c) }

// String returns the ASCII key of c, or "%!Continuity(n)".
func (c Continuity) String() string { return continuities.Key(c) }

// Label returns the name of c in l.
func (c Continuity) Label(l lang.Lang) string {
	return continuities.Label(c, l)
}

// MarshalText returns the ASCII key of c, or an error wrapping ErrInvalid.
func (c Continuity) MarshalText() ([]byte, error) { return continuities.MarshalText(c) }

// UnmarshalText parses text with ParseContinuity. On error c is unchanged.
func (c *Continuity) UnmarshalText(text []byte) error { return continuities.UnmarshalText(c, text) }

// Cooperation describes a cooperation scheme along the six dimensions of the
// SIM report (000:134-170), one field per SchemeDimension. Each field's zero
// value means "not stated".
//
// The zero value describes nothing and is valid. A Cooperation is a plain
// value; it is safe for concurrent reads, and its Continuity slice must not
// be changed while it is shared.
type Cooperation struct {
	// Challenge is the challenge (DimDefi), in the describer's words, e.g.
	// "l'inclusion numérique" (000:142); at most MaxText bytes.
	Challenge string
	// Lead is who initiated or anchored the cooperation (DimActeurPrincipal).
	Lead Scheme
	// Responsibilities says which actors were involved and how the
	// responsibilities were shared (DimPartiesPrenantes, 000:152), in the
	// describer's words; at most MaxText bytes.
	Responsibilities string
	// Mode is how the stakeholders cooperated (DimPartiesPrenantes).
	Mode CooperationMode
	// Role is the participant's role (DimRoleParticipant).
	Role ParticipantRole
	// Embedded says whether the participant was "intégré.es dans des
	// organisations" (Yes) or operated "entre les acteurs" (No) (000:160).
	Embedded Fact
	// Formalisation is the degree of formalisation (DimFormalisation).
	Formalisation Formalisation
	// Continuity lists the signs of continuity seen (DimContinuite), each
	// at most once.
	Continuity []Continuity
	// Conditions are the favourable or restrictive conditions seen
	// (DimContinuite, 000:170), in the describer's words; at most MaxText
	// bytes.
	Conditions string
}

// Stated reports whether c states dimension d; false if d is invalid.
func (c *Cooperation) Stated(d SchemeDimension) bool {
	switch d {
	case DimDefi:
		return c.Challenge != ""
	case DimActeurPrincipal:
		return c.Lead != 0
	case DimPartiesPrenantes:
		return c.Mode != 0 || c.Responsibilities != ""
	case DimRoleParticipant:
		return c.Role != 0 || c.Embedded != Unstated
	case DimFormalisation:
		return c.Formalisation != 0
	case DimContinuite:
		return len(c.Continuity) > 0 || c.Conditions != ""
	}
	return false
}

// Validate reports every field of c that holds an invalid value, a
// Challenge, Responsibilities or Conditions over MaxText bytes, or a sign
// of continuity given twice, joined
// with errors.Join; each is a *problem.Error. It returns nil for a valid c.
func (c *Cooperation) Validate() error {
	var errs []error
	for _, text := range []struct{ path, value string }{
		{"challenge", c.Challenge}, {"responsibilities", c.Responsibilities}, {"conditions", c.Conditions},
	} {
		if len(text.value) > MaxText {
			errs = append(errs, pkg.TooLong(text.path, text.value, MaxText))
		}
	}
	if !c.Lead.IsValid() {
		errs = append(errs, pkg.Invalid("lead", c.Lead))
	}
	if c.Mode != 0 && !c.Mode.IsValid() {
		errs = append(errs, pkg.Invalid("mode", c.Mode))
	}
	if c.Role != 0 && !c.Role.IsValid() {
		errs = append(errs, pkg.Invalid("role", c.Role))
	}
	if !c.Embedded.IsValid() {
		errs = append(errs, pkg.Invalid("embedded", c.Embedded))
	}
	if c.Formalisation != 0 && !c.Formalisation.IsValid() {
		errs = append(errs, pkg.Invalid("formalisation", c.Formalisation))
	}
	var seen [4]bool
	for _, s := range c.Continuity {
		switch {
		case !s.IsValid():
			errs = append(errs, pkg.Invalid("continuity", s))
		case seen[s]:
			errs = append(errs, pkg.Twice("continuity", s.String(), nil))
		default:
			seen[s] = true
		}
	}
	return errors.Join(errs...)
}

// CooperationModes yields the three cooperation modes in the order of the
// source.
func CooperationModes() iter.Seq[CooperationMode] { return cooperationModes.All() }

// ParticipantRoles yields the five participant roles in the order of the
// source.
func ParticipantRoles() iter.Seq[ParticipantRole] { return participantRoles.All() }

// Formalisations yields the two degrees of formalisation in the order of the
// source.
func Formalisations() iter.Seq[Formalisation] { return formalisations.All() }

// Continuities yields the three signs of continuity in the order of the
// source.
func Continuities() iter.Seq[Continuity] { return continuities.All() }
