package partnership

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Difficulty is one of the six sources of difficulty of partnerships
// between for-profit and non-profit organisations identified by Philippe
// Semenowicz, "Collaborer avec le secteur lucratif" (2014), as cited in
// 001:12-18. The zero value is invalid. Safe for concurrent use.
type Difficulty uint8

const (
	// Incomprehension: mutual misunderstanding of the partner's goals and
	// constraints (001:13).
	Incomprehension Difficulty = 1 + iota
	// ValeurSociale: difficulty to value the social value the alliance
	// creates, hence its underestimation (001:14).
	ValeurSociale
	// DesequilibrePouvoir: imbalance in the distribution of power among the
	// partners (001:15).
	DesequilibrePouvoir
	// ChoixPartenaire: wrong choice of partner (001:16).
	ChoixPartenaire
	// Epuisement: exhaustion of the collaboration over time, through
	// weariness (001:17).
	Epuisement
	// Defiance: distrust (001:18).
	Defiance
)

// NumDifficulties is the number of difficulties.
const NumDifficulties = 6

var difficulties = enum.Define[Difficulty](enum.Spec{Type: "Difficulty", Noun: lang.Text{"difficulté", "difficulty"}, Errors: enumErrors},
	enum.Names{Key: "incomprehension", Label: lang.Text{"Incompréhension mutuelle", "Mutual misunderstanding"}},
	enum.Names{Key: "valeur-sociale", Label: lang.Text{"Valeur sociale sous-estimée", "Social value underestimated"}},
	enum.Names{Key: "desequilibre-pouvoir", Label: lang.Text{"Déséquilibre de pouvoir", "Power imbalance"}},
	enum.Names{Key: "choix-partenaire", Label: lang.Text{"Mauvais choix de partenaire", "Wrong choice of partner"}},
	enum.Names{Key: "epuisement", Label: lang.Text{"Épuisement de la collaboration", "Exhaustion over time"}},
	enum.Names{Key: "defiance", Label: lang.Text{"Défiance", "Distrust"}},
)

// difficultySource is the line of each difficulty in 001.
var difficultySource = [...]string{
	Incomprehension:     "001:13",
	ValeurSociale:       "001:14",
	DesequilibrePouvoir: "001:15",
	ChoixPartenaire:     "001:16",
	Epuisement:          "001:17",
	Defiance:            "001:18",
}

// ParseDifficulty returns the difficulty named by s, or a *ParseError.
// Keys: "incomprehension", "valeur-sociale", "desequilibre-pouvoir",
// "choix-partenaire", "epuisement", "defiance".
func ParseDifficulty(s string) (Difficulty, error) { return difficulties.ParseText(s) }

// IsValid reports whether d is one of the six difficulties.
func (d Difficulty) IsValid() bool { return difficulties.Valid(d) }

// String returns the ASCII key of d, or "%!Difficulty(n)".
func (d Difficulty) String() string { return difficulties.Key(d) }

// Label returns the name of d in lang.
func (d Difficulty) Label(l lang.Lang) string {
	return difficulties.Label(d, l)
}

// Source returns the source line of d ("001:13" …), or "" if d is invalid.
func (d Difficulty) Source() string {
	if !d.IsValid() {
		return ""
	}
	return difficultySource[d]
}

// MarshalText returns the ASCII key of d, or an error wrapping ErrInvalid.
func (d Difficulty) MarshalText() ([]byte, error) { return difficulties.MarshalText(d) }

// UnmarshalText parses text with ParseDifficulty. On error d is unchanged.
func (d *Difficulty) UnmarshalText(text []byte) error { return difficulties.UnmarshalText(d, text) }

// Factor is one of the five key success factors of an impact partnership
// (001:28-33). The zero value is invalid. Safe for concurrent use.
type Factor uint8

const (
	// Construire (build): mutual trust, a common and shared vision that
	// answers each partner's strategic stakes, support of each partner's top
	// management (001:29).
	Construire Factor = 1 + iota
	// Equilibrer (Équilibrer, balance): sharing of risks, power and
	// responsibilities, joint investment in resources and skills (001:30).
	Equilibrer
	// Formaliser (formalise): formal, legally valid agreements defining a
	// clear common governance and the rules for sharing costs and benefits
	// (001:31).
	Formaliser
	// Demarrer (Démarrer, start): a dedicated project team and referents,
	// clear and measurable milestones, possibly Go/noGo steps (001:32).
	// The source adds that "le pilotage et la valorisation des résultats
	// sont essentiels (en utilisant la méthode SMART(2) pour définir
	// objectifs et indicateurs par exemple)" (001:32); Terms records the
	// team and the milestones only, and the Checklist judges the factor on
	// them [D].
	Demarrer
	// Communiquer (communicate): dedicated times and processes of
	// communication, regular consultation of each partner (001:33), and
	// "l'adéquation entre bénéfices réels et ressentis pour chacune des
	// parties prenantes" (001:33): the benefits felt must match the real
	// ones. Terms records the consultation only, and the Checklist judges
	// the factor on it [D].
	Communiquer
)

// NumFactors is the number of success factors.
const NumFactors = 5

var factors = enum.Define[Factor](enum.Spec{Type: "Factor", Noun: lang.Text{"facteur", "factor"}, Errors: enumErrors},
	enum.Names{Key: "construire", Label: lang.Text{"Construire", "Build"}},
	enum.Names{Key: "equilibrer", Label: lang.Text{"Équilibrer", "Balance"}},
	enum.Names{Key: "formaliser", Label: lang.Text{"Formaliser", "Formalise"}},
	enum.Names{Key: "demarrer", Label: lang.Text{"Démarrer", "Start"}},
	enum.Names{Key: "communiquer", Label: lang.Text{"Communiquer", "Communicate"}},
)

// factorSource is the line of each success factor in 001.
var factorSource = [...]string{
	Construire:  "001:29",
	Equilibrer:  "001:30",
	Formaliser:  "001:31",
	Demarrer:    "001:32",
	Communiquer: "001:33",
}

// ParseFactor returns the factor named by s, or a *ParseError.
// Keys: "construire", "equilibrer", "formaliser", "demarrer", "communiquer".
func ParseFactor(s string) (Factor, error) { return factors.ParseText(s) }

// IsValid reports whether f is one of the five factors.
func (f Factor) IsValid() bool { return factors.Valid(f) }

// String returns the ASCII key of f, or "%!Factor(n)".
func (f Factor) String() string { return factors.Key(f) }

// Label returns the name of f in lang.
func (f Factor) Label(l lang.Lang) string {
	return factors.Label(f, l)
}

// Source returns the source line of f ("001:29" …), or "" if f is invalid.
func (f Factor) Source() string {
	if !f.IsValid() {
		return ""
	}
	return factorSource[f]
}

// MarshalText returns the ASCII key of f, or an error wrapping ErrInvalid.
func (f Factor) MarshalText() ([]byte, error) { return factors.MarshalText(f) }

// UnmarshalText parses text with ParseFactor. On error f is unchanged.
func (f *Factor) UnmarshalText(text []byte) error { return factors.UnmarshalText(f, text) }

// Item is one line of the Checklist: a difficulty (guarded against: Met;
// present: NotMet) or a success factor (in place: Met; missing: NotMet), with
// the reason for its status. The zero value is an Unknown item with no
// source. A plain value, safe for concurrent use.
type Item struct {
	Status FactStatus // Met, NotMet or Unknown, as above
	Source string     // seed line, e.g. "001:15"
	Basis  string     // in English: what the status rests on (Text gives it in a language)
}

// Text returns what the status of it rests on, in lang: Basis in English,
// its French wording in French. It is the one place the checklist's
// reasons are written in French.
func (it Item) Text(l lang.Lang) string {
	if l == lang.English {
		return it.Basis
	}
	if fr, ok := basisFrench[it.Basis]; ok {
		return fr
	}
	return it.Basis
}

// basisFrench is the French wording of every Basis the Checklist writes.
var basisFrench = map[string]string{
	"a dedicated team, not one person":                            "une équipe dédiée, pas une seule personne",
	"a partner brings no contribution":                            "un partenaire n'apporte rien",
	"cannot be read from the description":                         "la description ne permet pas de conclure",
	"commitment or exit strategy not stated":                      "engagement ou stratégie de sortie non indiqués",
	"common governance and decision power stated":                 "gouvernance commune et pouvoir de décision indiqués",
	"common governance of the partners":                           "gouvernance commune des partenaires",
	"decision power not stated":                                   "pouvoir de décision non indiqué",
	"dedicated team and measurable milestones":                    "équipe dédiée et jalons mesurables",
	"dedicated team":                                              "équipe dédiée",
	"evaluation not stated":                                       "évaluation non indiquée",
	"every partner states its objectives":                         "chaque partenaire indique ses objectifs",
	"fewer than three partners":                                   "moins de trois partenaires",
	"formal agreement, common governance, cost-sharing rules":     "accord formalisé, gouvernance commune, règles de partage des coûts",
	"governance or decision power not stated":                     "gouvernance ou pouvoir de décision non indiqués",
	"long commitment with an exit strategy":                       "engagement long avec une stratégie de sortie",
	"no common governance":                                        "pas de gouvernance commune",
	"no evaluation, and no partner supplies the evaluation lever": "pas d'évaluation, et aucun partenaire n'apporte le levier évaluation",
	"no for-profit partner holds most of the power":               "aucun partenaire à but lucratif ne détient l'essentiel du pouvoir",
	"no shared vision":                                            "pas de vision partagée",
	"objectives not stated for every partner":                     "objectifs non indiqués pour chaque partenaire",
	"power is concentrated (see findings)":                        "pouvoir concentré (voir les constats)",
	"power or contributions are concentrated (see findings)":      "pouvoir ou apports concentrés (voir les constats)",
	"power or valued contributions not stated":                    "pouvoir ou apports valorisés non indiqués",
	"power shared and joint investment":                           "pouvoir partagé et investissement conjoint",
	"regular consultation":                                        "concertation régulière",
	"shared vision and every partner states its objectives":       "vision partagée et objectifs indiqués par chaque partenaire",
	"shared vision and regular consultation":                      "vision partagée et concertation régulière",
	"shared vision and top-management support":                    "vision partagée et soutien de la direction",
	"shared vision or objectives not stated":                      "vision partagée ou objectifs non indiqués",
	"short commitment or no exit strategy":                        "engagement court ou pas de stratégie de sortie",
	"the social value is evaluated":                               "la valeur sociale est évaluée",
	"top-management support":                                      "soutien de la direction",
}

// Checklist is the six difficulties (001:12-18), the five success factors
// (001:28-33) and the four enablers and four obstacles of the SIM cases
// (000:360-414) read against a partnership's description. An item is
// Unknown whenever the description does not allow a conclusion; the rules,
// [D], are those documented on Partnership.Checklist.
//
// The zero value has every item Unknown with no basis. A Checklist is a
// plain value, safe for concurrent use.
type Checklist struct {
	Difficulties [NumDifficulties]Item // indexed by Difficulty-1
	Factors      [NumFactors]Item      // indexed by Factor-1
	Enablers     [NumEnablers]Item     // indexed by Enabler-1: Met when in place
	Obstacles    [NumObstacles]Item    // indexed by Obstacle-1: Met when guarded against, NotMet when present
}

// Difficulty returns the item of d (the zero Item if d is invalid).
func (c *Checklist) Difficulty(d Difficulty) Item {
	if !d.IsValid() {
		return Item{}
	}
	return c.Difficulties[d-1]
}

// Factor returns the item of f (the zero Item if f is invalid).
func (c *Checklist) Factor(f Factor) Item {
	if !f.IsValid() {
		return Item{}
	}
	return c.Factors[f-1]
}

// Enabler returns the item of e (the zero Item if e is invalid).
func (c *Checklist) Enabler(e Enabler) Item {
	if !e.IsValid() {
		return Item{}
	}
	return c.Enablers[e-1]
}

// Obstacle returns the item of o (the zero Item if o is invalid).
func (c *Checklist) Obstacle(o Obstacle) Item {
	if !o.IsValid() {
		return Item{}
	}
	return c.Obstacles[o-1]
}

// Checklist reads p against the six difficulties, the five success factors
// and the SIM enablers and obstacles.
// The rules [D] (the sources list the items; how to read a description
// against them is the library's choice):
//
//   - Incomprehension: NotMet if Terms.SharedVision is No; Met if every
//     partner states its objectives; else Unknown.
//   - ValeurSociale: Met if a partner supplies the Évaluation lever or
//     Terms.RegularEvaluation is Yes; NotMet if RegularEvaluation is No and
//     nobody supplies Évaluation; else Unknown.
//   - DesequilibrePouvoir: Unknown if power is not stated; NotMet on a
//     MissionDrift or PowerImbalance finding; else Met.
//   - ChoixPartenaire: NotMet if a partner brings no contribution at all;
//     else Unknown (bringing something does not prove the choice right).
//   - Epuisement: NotMet on ShortCommitment or ExitStrategy No; Met if the
//     commitment is stated and long enough and ExitStrategy is Yes; else
//     Unknown.
//   - Defiance: SharedVision and RegularConsultation combined (any No:
//     NotMet; all Yes: Met; else Unknown).
//   - Construire: SharedVision and LeadershipSupport combined.
//   - Equilibrer: NotMet on a MissionDrift, PowerImbalance or Concentration
//     finding; Met if power is stated and at least two partners bring valued
//     contributions; else Unknown.
//   - Formaliser: Formal, SharedGovernance and CostSharing combined.
//   - Demarrer: DedicatedTeam and Milestones combined.
//   - Communiquer: RegularConsultation.
//   - Appropriation (enabler): LeadershipSupport, the direction openly
//     supporting the initiative (000:366).
//   - Alignement (enabler): NotMet if SharedVision is No; Met if it is Yes
//     and every partner states its objectives; else Unknown.
//   - Coordination (enabler): DedicatedTeam.
//   - Integration (enabler): always Unknown; the description does not say
//     whether the cooperation is tied to existing strategies and processes.
//   - AmbiguiteRoles (obstacle): NotMet if SharedGovernance is No; Met if
//     it is Yes and decision power is stated; else Unknown.
//   - ManqueTemps (obstacle): DedicatedTeam.
//   - DependanceChampion (obstacle): Met if DedicatedTeam is Yes (a team
//     and referents, not one motivated person); else Unknown.
//   - ComplexiteMultiActeurs (obstacle): Met with fewer than three partners
//     (the source says "de multiples acteurs", 000:412, without a number:
//     three is the library's choice); otherwise SharedGovernance (a common
//     governance coordinates them).
//
// Invalid thresholds are th.Validate's error.
func (p *Partnership) Checklist(th Thresholds) (Checklist, error) {
	if err := th.Validate(); err != nil {
		return Checklist{}, err
	}
	found := p.risks(&th)
	d := &p.derived
	t := p.spec.Terms
	var c Checklist
	set := func(d Difficulty, st FactStatus, basis string) {
		c.Difficulties[d-1] = Item{Status: st, Source: d.Source(), Basis: basis}
	}
	setF := func(f Factor, st FactStatus, basis string) {
		c.Factors[f-1] = Item{Status: st, Source: f.Source(), Basis: basis}
	}

	switch {
	case t.SharedVision == No:
		set(Incomprehension, NotMet, "no shared vision")
	case d.stated:
		set(Incomprehension, Met, "every partner states its objectives")
	default:
		set(Incomprehension, Unknown, "objectives not stated for every partner")
	}

	switch {
	case d.evaluated || t.RegularEvaluation == Yes:
		set(ValeurSociale, Met, "the social value is evaluated")
	case t.RegularEvaluation == No:
		set(ValeurSociale, NotMet, "no evaluation, and no partner supplies the evaluation lever")
	default:
		set(ValeurSociale, Unknown, "evaluation not stated")
	}

	imbalance := found[MissionDrift] || found[PowerImbalance]
	switch {
	case !p.power:
		set(DesequilibrePouvoir, Unknown, "decision power not stated")
	case imbalance:
		set(DesequilibrePouvoir, NotMet, "power is concentrated (see findings)")
	default:
		set(DesequilibrePouvoir, Met, "no for-profit partner holds most of the power")
	}

	if d.idle {
		set(ChoixPartenaire, NotMet, "a partner brings no contribution")
	} else {
		set(ChoixPartenaire, Unknown, "cannot be read from the description")
	}

	long := t.CommitmentMonths > 0 && t.CommitmentMonths >= th.MinCommitmentMonths
	switch {
	case found[ShortCommitment] || t.ExitStrategy == No:
		set(Epuisement, NotMet, "short commitment or no exit strategy")
	case long && t.ExitStrategy == Yes:
		set(Epuisement, Met, "long commitment with an exit strategy")
	default:
		set(Epuisement, Unknown, "commitment or exit strategy not stated")
	}

	set(Defiance, all(t.SharedVision, t.RegularConsultation), "shared vision and regular consultation")

	setF(Construire, all(t.SharedVision, t.LeadershipSupport), "shared vision and top-management support")
	switch {
	case imbalance || found[Concentration]:
		setF(Equilibrer, NotMet, "power or contributions are concentrated (see findings)")
	case p.power && d.contributing >= 2:
		setF(Equilibrer, Met, "power shared and joint investment")
	default:
		setF(Equilibrer, Unknown, "power or valued contributions not stated")
	}
	setF(Formaliser, all(t.Formal, t.SharedGovernance, t.CostSharing), "formal agreement, common governance, cost-sharing rules")
	setF(Demarrer, all(t.DedicatedTeam, t.Milestones), "dedicated team and measurable milestones")
	setF(Communiquer, all(t.RegularConsultation), "regular consultation")

	setE := func(e Enabler, st FactStatus, basis string) {
		c.Enablers[e-1] = Item{Status: st, Source: e.Source(), Basis: basis}
	}
	setO := func(o Obstacle, st FactStatus, basis string) {
		c.Obstacles[o-1] = Item{Status: st, Source: o.Source(), Basis: basis}
	}
	setE(Appropriation, all(t.LeadershipSupport), "top-management support")
	switch {
	case t.SharedVision == No:
		setE(Alignement, NotMet, "no shared vision")
	case t.SharedVision == Yes && d.stated:
		setE(Alignement, Met, "shared vision and every partner states its objectives")
	default:
		setE(Alignement, Unknown, "shared vision or objectives not stated")
	}
	setE(Coordination, all(t.DedicatedTeam), "dedicated team")
	setE(Integration, Unknown, "cannot be read from the description")

	switch {
	case t.SharedGovernance == No:
		setO(AmbiguiteRoles, NotMet, "no common governance")
	case t.SharedGovernance == Yes && p.power:
		setO(AmbiguiteRoles, Met, "common governance and decision power stated")
	default:
		setO(AmbiguiteRoles, Unknown, "governance or decision power not stated")
	}
	setO(ManqueTemps, all(t.DedicatedTeam), "dedicated team")
	if t.DedicatedTeam == Yes {
		setO(DependanceChampion, Met, "a dedicated team, not one person")
	} else {
		setO(DependanceChampion, Unknown, "cannot be read from the description")
	}
	if len(p.spec.Partners) < 3 {
		setO(ComplexiteMultiActeurs, Met, "fewer than three partners")
	} else {
		setO(ComplexiteMultiActeurs, all(t.SharedGovernance), "common governance of the partners")
	}
	return c, nil
}
