// Package partnership describes the alliance around a societal-innovation
// project — who the partners are, what each brings, how the partnership is
// run — and answers a funder's or a catalyst's questions about it: does it
// supply the levers the project needs at its phase and the next, is it
// balanced, is the social mission drifting? (MODEL §4, §2.)
//
// An alliance is the "Création, entre acteurs issus de « mondes »
// différents, et donc riches de leurs différences, de nouvelles solutions
// aux enjeux économiques, sociaux, environnementaux et sociétaux" (002:182),
// and "Les alliances sont une intension [sic], les partenariats leur
// traduction opérationnelle" (002:189): a [Partnership] is that operational
// translation, the one a project's dossier describes. The innovator needs
// "partenaires d'actions" and partners "qui auront un rôle majeur sur le
// déploiement" (004:839-841).
//
// # Overview
//
// An [Actor] has a [Kind] (entreprise, association, fondation, acteur
// public, académique, catalyseur territorial, investisseur sociétal,
// citoyen), and through it a [Purpose]: for-profit or general interest. A
// [Partner] is an actor in one partnership, with its [Objective]s (internal
// or external × performance or mobilisation, 004:5401-5403) and its share of
// decision power. A [Contribution] is what a partner brings: a lever of
// support (innovation.Lever), a [ContributionKind] (financial, skills, in
// kind), an [Amount] of money as a decimal with a currency, a [Period]. A
// [Spec] gathers them with the partnership's [Mode]s (mécénat, pratiques
// responsables, coopération économique, innovation sociétale — 002:407-429),
// its cooperation [Scheme] (company-led, territory-led, internal, combinable —
// 000:300-342) and its [Terms]; [New] validates a Spec into an immutable
// [Partnership].
//
// Three readings of a Partnership:
//
//   - [Partnership.Coverage]: for a phase and a needs matrix
//     (innovation.DefaultNeeds or a funder's own), which needed levers are
//     supplied by whom, which are Missing or Thin, and which needs rise for
//     the next phase (004:805-806).
//   - [Partnership.Balance] and [Partnership.Diagnose]: shares of
//     contributions and of power per partner, the Herfindahl index of the
//     contributions, and [Finding]s — mission drift (001:20), power
//     imbalance in favour of a for-profit partner (001:15, 20),
//     concentration, no formal agreement or shared governance (001:31), no
//     exit strategy or a commitment under three years (004:3079,
//     004:5713-5715) — each with a [Level] and its source.
//   - [Partnership.Checklist]: the six difficulties (001:12-18), five
//     success factors (001:28-33) and the SIM enablers and obstacles
//     (000:360-414) as Met, NotMet or Unknown.
//
// Reference data from the sources: the PHARE survey's partnership modes by
// actor kind, partnership rates and eras ([PHARE], [Rates],
// [ThreeEras]) for a portfolio to compare itself with; the five
// company performance levers of alliances ([PerformanceLever]);
// Semenowicz's two named risks ([Threat]); the six dimensions of a
// cooperation scheme ([Cooperation], [SchemeDimension]).
//
// The figures behind these readings that the sources do not give are design
// choices kept in one struct, [Thresholds]; [DefaultThresholds] documents
// each.
//
// # Zero values
//
// The zero value of every enumeration is invalid, except [Fact] (Unstated),
// [FactStatus] (Unknown) and [Scheme] (the empty set), which mean "nothing said".
// The zero [Amount] is "not valued", the zero [Period] "not stated", the zero
// [Terms] states nothing. The zero [Partnership] is an empty partnership and
// is usable. The zero [Thresholds] is invalid: use DefaultThresholds.
//
// # Errors
//
// Every error wraps one sentinel: [ErrSyntax], [ErrUnknown], [ErrInvalid]
// and [ErrLimit] (package problem's, the same values in every package of
// the module), [ErrDuplicate], [ErrUnknownPartner], [ErrNegative],
// [ErrCurrency] or [ErrShares]. A problem the package's checks find is a
// [*problem.Error]: it names the offending item by its JSON path
// (`partners[2].id`, `contributions[0].amount.currency`), quotes what was
// found (cut to 64 bytes: no message grows with the input), says what is
// wrong with a stable Code and a message in every language (Text); Error()
// is English, for logs. The codes of [New], [Thresholds.Validate],
// [Cooperation.Validate] and [Partnership.Coverage]:
//
//   - "over-limit" (ErrLimit): too many partners, contributions, modes or
//     objectives, a decimal out of bounds, a text over [MaxText] bytes, a
//     commitment over [MaxCommitmentMonths];
//   - "invalid-value", "missing", "missing-currency", "invalid-currency",
//     "invalid-year", "invalid-threshold" (ErrInvalid), and those of names
//     and free text (an id, a name, a note: "not-utf8",
//     "control-character", "bidi-control", "blank");
//   - "duplicate-name" (ErrDuplicate; ErrInvalid for a sign of
//     continuity);
//   - "unknown-partner" (ErrUnknownPartner), "negative" (ErrNegative),
//     "power-above-one" and "power-sum" (ErrShares), "mixed-currencies"
//     (ErrCurrency).
//
// [Decode] reports the codes of the module's decoders (package problem
// lists them), then what New refuses. New and Decode report every problem
// at once, joined with errors.Join. Nothing in the package panics on any
// input. Decimal shares are computed with [Precision] digits; every
// division is guarded.
//
// # Concurrency
//
// Enumerations, Thresholds and a built Partnership are safe for concurrent
// use: a Partnership never changes after New (its accessors return copies),
// except through UnmarshalJSON, which must not run concurrently with other
// use of the same value. Spec is plain data. New copies its input: later
// changes to the caller's slices do not reach the Partnership.
//
// # Encoding
//
// Enumerations marshal to stable lowercase ASCII keys ("acteur-public",
// "innovation-societale") and parse back from the key, its label in any
// language, in any case; a Scheme marshals as keys joined by "+"
// ("entreprise+territoire"). A Partnership marshals to JSON as
//
//	{"name": "…", "mission": "interet-general", "modes": ["innovation-societale"],
//	 "scheme": "entreprise", "partners": [{"id": "renault", "kind": "entreprise",
//	 "objectives": ["externe-mobilisation"], "power": "0.25"}],
//	 "contributions": [{"partner": "renault", "lever": "financement",
//	 "kind": "financier", "amount": {"value": "100000", "currency": "EUR"},
//	 "period": {"start": 2012, "end": 2014}}],
//	 "terms": {"formal": "yes", "commitment_months": 36}}
//
// Its keys, each at most once per object (required ones marked *):
//
//	partnership    "name", "mission" (a Purpose), "modes" (a list of Mode),
//	               "scheme" (a Scheme), "partners", "contributions", "terms"
//	partners[i]    "id"*, "kind"* (a Kind), "name", "purpose" (a Purpose),
//	               "objectives" (a list of Objective), "power" (a decimal)
//	contributions  "partner"* (a partner's id), "lever"* (an innovation.Lever),
//	[i]            "kind"* (a ContributionKind), "amount" {"value" (a decimal),
//	               "currency"}, "period" {"start", "end"} (whole years),
//	               "note" (free text)
//	terms          "formal", "shared_governance", "cost_sharing",
//	               "exit_strategy", "shared_vision", "leadership_support",
//	               "dedicated_team", "milestones", "regular_consultation",
//	               "regular_evaluation" (each a Fact), "commitment_months"
//	               (a whole number)
//
// MarshalJSON writes decimals as JSON strings ("0.25") and leaves out what
// is not stated; Decode (and UnmarshalJSON) read decimals written as
// strings or numbers, take a null value as an absent key, and read the
// input once, strictly: input over [MaxJSON] bytes is refused before it is
// read; malformed JSON (reported with its line and column), trailing data,
// unknown keys, a key given twice in one object, a missing required key and
// a value of the wrong type are errors; names and identifiers are at most
// [MaxText] bytes and notes [MaxProse], without control characters; decimals
// over [MaxDigits] significant digits, [MaxScale] decimals or
// [MaxIntegerDigits] integer digits are refused before any arithmetic; the
// lists are bounded by [MaxPartners] and [MaxContributions]. A partnership
// read without such a problem is then validated as New does.
//
// # Sources
//
// Each fact cites its seed file and line: 001 (SocialCOBizz, "Partenariats à
// impact" 2/2), 002 (Observatoire des partenariats, modes), 000 (SIM,
// cooperation schemes), 004 (Le RAMEAU: objectives 004:5399-5405 and
// 004:583-665, the AG2R LA MONDIALE Fonds d'Innovation 004:3062-3107 and
// 004:5699-5733, the Wimoov alliance 004:2808-2989).
package partnership
