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

var difficulties = enum.Define[Difficulty](enum.Spec{Type: "Difficulty", Noun: lang.Text{"difficulté", "difficulty"}, Pkg: pkg},
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

// ParseDifficulty returns the difficulty named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "incomprehension", "valeur-sociale", "desequilibre-pouvoir",
// "choix-partenaire", "epuisement", "defiance".
func ParseDifficulty(s string) (Difficulty, error) { return difficulties.ParseText(s) }

// IsValid reports whether d is one of the six difficulties.
func (d Difficulty) IsValid() bool { return difficulties.Valid(d) }

// String returns the ASCII key of d, or "%!Difficulty(n)".
func (d Difficulty) String() string { return difficulties.Key(d) }

// Label returns the name of d in l.
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

var factors = enum.Define[Factor](enum.Spec{Type: "Factor", Noun: lang.Text{"facteur", "factor"}, Pkg: pkg},
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

// ParseFactor returns the factor named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "construire", "equilibrer", "formaliser", "demarrer", "communiquer".
func ParseFactor(s string) (Factor, error) { return factors.ParseText(s) }

// IsValid reports whether f is one of the five factors.
func (f Factor) IsValid() bool { return factors.Valid(f) }

// String returns the ASCII key of f, or "%!Factor(n)".
func (f Factor) String() string { return factors.Key(f) }

// Label returns the name of f in l.
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
	Basis  lang.Text  // what the status rests on, in every language
}

// Text returns what the status of it rests on, in l.
func (it Item) Text(l lang.Lang) string { return it.Basis.In(l) }

// The bases of the checklist's items: what the status of an item rests
// on, in every language. Read only.
var (
	basisADedicatedTeamNotOnePerson               = lang.Text{"une équipe dédiée, pas une seule personne", "a dedicated team, not one person"}
	basisAPartnerBringsNoContribution             = lang.Text{"un partenaire n'apporte rien", "a partner brings no contribution"}
	basisCannotBeReadFromTheDescription           = lang.Text{"la description ne permet pas de conclure", "cannot be read from the description"}
	basisCommitmentOrExitStrategyNotStated        = lang.Text{"engagement ou stratégie de sortie non indiqués", "commitment or exit strategy not stated"}
	basisCommonGovernanceAndDecisionPowerStated   = lang.Text{"gouvernance commune et pouvoir de décision indiqués", "common governance and decision power stated"}
	basisCommonGovernanceOfThePartners            = lang.Text{"gouvernance commune des partenaires", "common governance of the partners"}
	basisDecisionPowerNotStated                   = lang.Text{"pouvoir de décision non indiqué", "decision power not stated"}
	basisDedicatedTeamAndMeasurableMilestones     = lang.Text{"équipe dédiée et jalons mesurables", "dedicated team and measurable milestones"}
	basisDedicatedTeam                            = lang.Text{"équipe dédiée", "dedicated team"}
	basisEvaluationNotStated                      = lang.Text{"évaluation non indiquée", "evaluation not stated"}
	basisEveryPartnerStatesItsObjectives          = lang.Text{"chaque partenaire indique ses objectifs", "every partner states its objectives"}
	basisFewerThanThreePartners                   = lang.Text{"moins de trois partenaires", "fewer than three partners"}
	basisFormalAgreementCommonGovernanceCostShari = lang.Text{"accord formalisé, gouvernance commune, règles de partage des coûts", "formal agreement, common governance, cost-sharing rules"}
	basisGovernanceOrDecisionPowerNotStated       = lang.Text{"gouvernance ou pouvoir de décision non indiqués", "governance or decision power not stated"}
	basisLongCommitmentWithAnExitStrategy         = lang.Text{"engagement long avec une stratégie de sortie", "long commitment with an exit strategy"}
	basisNoCommonGovernance                       = lang.Text{"pas de gouvernance commune", "no common governance"}
	basisNoEvaluationAndNoPartnerSuppliesTheEvalu = lang.Text{"pas d'évaluation, et aucun partenaire n'apporte le levier évaluation", "no evaluation, and no partner supplies the evaluation lever"}
	basisNoForProfitPartnerHoldsMostOfThePower    = lang.Text{"aucun partenaire à but lucratif ne détient l'essentiel du pouvoir", "no for-profit partner holds most of the power"}
	basisNoSharedVision                           = lang.Text{"pas de vision partagée", "no shared vision"}
	basisObjectivesNotStatedForEveryPartner       = lang.Text{"objectifs non indiqués pour chaque partenaire", "objectives not stated for every partner"}
	basisPowerIsConcentratedSeeFindings           = lang.Text{"pouvoir concentré (voir les constats)", "power is concentrated (see findings)"}
	basisPowerOrContributionsAreConcentratedSeeFi = lang.Text{"pouvoir ou apports concentrés (voir les constats)", "power or contributions are concentrated (see findings)"}
	basisPowerOrValuedContributionsNotStated      = lang.Text{"pouvoir ou apports valorisés non indiqués", "power or valued contributions not stated"}
	basisPowerSharedAndJointInvestment            = lang.Text{"pouvoir partagé et investissement conjoint", "power shared and joint investment"}
	basisRegularConsultation                      = lang.Text{"concertation régulière", "regular consultation"}
	basisSharedVisionAndEveryPartnerStatesItsObje = lang.Text{"vision partagée et objectifs indiqués par chaque partenaire", "shared vision and every partner states its objectives"}
	basisSharedVisionAndRegularConsultation       = lang.Text{"vision partagée et concertation régulière", "shared vision and regular consultation"}
	basisSharedVisionAndTopManagementSupport      = lang.Text{"vision partagée et soutien de la direction", "shared vision and top-management support"}
	basisSharedVisionOrObjectivesNotStated        = lang.Text{"vision partagée ou objectifs non indiqués", "shared vision or objectives not stated"}
	basisShortCommitmentOrNoExitStrategy          = lang.Text{"engagement court ou pas de stratégie de sortie", "short commitment or no exit strategy"}
	basisTheSocialValueIsEvaluated                = lang.Text{"la valeur sociale est évaluée", "the social value is evaluated"}
	basisTopManagementSupport                     = lang.Text{"soutien de la direction", "top-management support"}
)

// bases lists the bases above, for the test that each is written in every
// language.
var bases = []lang.Text{
	basisADedicatedTeamNotOnePerson,
	basisAPartnerBringsNoContribution,
	basisCannotBeReadFromTheDescription,
	basisCommitmentOrExitStrategyNotStated,
	basisCommonGovernanceAndDecisionPowerStated,
	basisCommonGovernanceOfThePartners,
	basisDecisionPowerNotStated,
	basisDedicatedTeamAndMeasurableMilestones,
	basisDedicatedTeam,
	basisEvaluationNotStated,
	basisEveryPartnerStatesItsObjectives,
	basisFewerThanThreePartners,
	basisFormalAgreementCommonGovernanceCostShari,
	basisGovernanceOrDecisionPowerNotStated,
	basisLongCommitmentWithAnExitStrategy,
	basisNoCommonGovernance,
	basisNoEvaluationAndNoPartnerSuppliesTheEvalu,
	basisNoForProfitPartnerHoldsMostOfThePower,
	basisNoSharedVision,
	basisObjectivesNotStatedForEveryPartner,
	basisPowerIsConcentratedSeeFindings,
	basisPowerOrContributionsAreConcentratedSeeFi,
	basisPowerOrValuedContributionsNotStated,
	basisPowerSharedAndJointInvestment,
	basisRegularConsultation,
	basisSharedVisionAndEveryPartnerStatesItsObje,
	basisSharedVisionAndRegularConsultation,
	basisSharedVisionAndTopManagementSupport,
	basisSharedVisionOrObjectivesNotStated,
	basisShortCommitmentOrNoExitStrategy,
	basisTheSocialValueIsEvaluated,
	basisTopManagementSupport,
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
	set := func(d Difficulty, st FactStatus, basis lang.Text) {
		c.Difficulties[d-1] = Item{Status: st, Source: d.Source(), Basis: basis}
	}
	setF := func(f Factor, st FactStatus, basis lang.Text) {
		c.Factors[f-1] = Item{Status: st, Source: f.Source(), Basis: basis}
	}

	switch {
	case t.SharedVision == No:
		set(Incomprehension, NotMet, basisNoSharedVision)
	case d.stated:
		set(Incomprehension, Met, basisEveryPartnerStatesItsObjectives)
	default:
		set(Incomprehension, Unknown, basisObjectivesNotStatedForEveryPartner)
	}

	switch {
	case d.evaluated || t.RegularEvaluation == Yes:
		set(ValeurSociale, Met, basisTheSocialValueIsEvaluated)
	case t.RegularEvaluation == No:
		set(ValeurSociale, NotMet, basisNoEvaluationAndNoPartnerSuppliesTheEvalu)
	default:
		set(ValeurSociale, Unknown, basisEvaluationNotStated)
	}

	imbalance := found[MissionDrift] || found[PowerImbalance]
	switch {
	case !p.power:
		set(DesequilibrePouvoir, Unknown, basisDecisionPowerNotStated)
	case imbalance:
		set(DesequilibrePouvoir, NotMet, basisPowerIsConcentratedSeeFindings)
	default:
		set(DesequilibrePouvoir, Met, basisNoForProfitPartnerHoldsMostOfThePower)
	}

	if d.idle {
		set(ChoixPartenaire, NotMet, basisAPartnerBringsNoContribution)
	} else {
		set(ChoixPartenaire, Unknown, basisCannotBeReadFromTheDescription)
	}

	long := t.CommitmentMonths > 0 && t.CommitmentMonths >= th.MinCommitmentMonths
	switch {
	case found[ShortCommitment] || t.ExitStrategy == No:
		set(Epuisement, NotMet, basisShortCommitmentOrNoExitStrategy)
	case long && t.ExitStrategy == Yes:
		set(Epuisement, Met, basisLongCommitmentWithAnExitStrategy)
	default:
		set(Epuisement, Unknown, basisCommitmentOrExitStrategyNotStated)
	}

	set(Defiance, all(t.SharedVision, t.RegularConsultation), basisSharedVisionAndRegularConsultation)

	setF(Construire, all(t.SharedVision, t.LeadershipSupport), basisSharedVisionAndTopManagementSupport)
	switch {
	case imbalance || found[Concentration]:
		setF(Equilibrer, NotMet, basisPowerOrContributionsAreConcentratedSeeFi)
	case p.power && d.contributing >= 2:
		setF(Equilibrer, Met, basisPowerSharedAndJointInvestment)
	default:
		setF(Equilibrer, Unknown, basisPowerOrValuedContributionsNotStated)
	}
	setF(Formaliser, all(t.Formal, t.SharedGovernance, t.CostSharing), basisFormalAgreementCommonGovernanceCostShari)
	setF(Demarrer, all(t.DedicatedTeam, t.Milestones), basisDedicatedTeamAndMeasurableMilestones)
	setF(Communiquer, all(t.RegularConsultation), basisRegularConsultation)

	setE := func(e Enabler, st FactStatus, basis lang.Text) {
		c.Enablers[e-1] = Item{Status: st, Source: e.Source(), Basis: basis}
	}
	setO := func(o Obstacle, st FactStatus, basis lang.Text) {
		c.Obstacles[o-1] = Item{Status: st, Source: o.Source(), Basis: basis}
	}
	setE(Appropriation, all(t.LeadershipSupport), basisTopManagementSupport)
	switch {
	case t.SharedVision == No:
		setE(Alignement, NotMet, basisNoSharedVision)
	case t.SharedVision == Yes && d.stated:
		setE(Alignement, Met, basisSharedVisionAndEveryPartnerStatesItsObje)
	default:
		setE(Alignement, Unknown, basisSharedVisionOrObjectivesNotStated)
	}
	setE(Coordination, all(t.DedicatedTeam), basisDedicatedTeam)
	setE(Integration, Unknown, basisCannotBeReadFromTheDescription)

	switch {
	case t.SharedGovernance == No:
		setO(AmbiguiteRoles, NotMet, basisNoCommonGovernance)
	case t.SharedGovernance == Yes && p.power:
		setO(AmbiguiteRoles, Met, basisCommonGovernanceAndDecisionPowerStated)
	default:
		setO(AmbiguiteRoles, Unknown, basisGovernanceOrDecisionPowerNotStated)
	}
	setO(ManqueTemps, all(t.DedicatedTeam), basisDedicatedTeam)
	if t.DedicatedTeam == Yes {
		setO(DependanceChampion, Met, basisADedicatedTeamNotOnePerson)
	} else {
		setO(DependanceChampion, Unknown, basisCannotBeReadFromTheDescription)
	}
	if len(p.spec.Partners) < 3 {
		setO(ComplexiteMultiActeurs, Met, basisFewerThanThreePartners)
	} else {
		setO(ComplexiteMultiActeurs, all(t.SharedGovernance), basisCommonGovernanceOfThePartners)
	}
	return c, nil
}
