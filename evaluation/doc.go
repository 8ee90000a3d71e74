// Package evaluation evaluates a societal-innovation project in the three
// forms of the model — performance, pertinence, partnership — at the degree
// of maturity that fits its phase, and gives decimal scores and findings a
// funder or an innovator can read (MODEL §3 and §2.4).
//
// # Overview
//
// [Form] enumerates [Performance], [Pertinence] and [Partenariale]. Each
// form has its report type, and the three share the closed interface
// [Report] (no other package can add a form):
//
//   - [PerformanceReport]: [Indicator]s on the four [ResultLever]s, each
//     with a baseline, a target and an actual value; attainment per
//     indicator ([PerformanceReport.Attainments]) and per lever
//     ([PerformanceReport.ByLever]).
//   - [PertinenceReport]: the [Need]s addressed and for whom (populations,
//     territories, the most fragile first), the [Impact]s observed with their
//     [ImpactKind] and the [Degree] of their evidence, the gap to the initial
//     intuition.
//   - [PartenarialeReport]: the value for each partner (contrat-échange) and
//     for the [CommonGood] on its three dimensions (contrat-alliance); a
//     partnership serving one side only is a finding.
//
// Every report gives a [Score] in [0, 1] and a list of [Finding]s. Scores
// are weighted means: weights are decimals, not negative, normalised over
// what counts. An [Outcome] of [Unknown] (or an indicator not measured) is
// reported as missing evidence and left out of the score, never counted as
// zero; with no evidence at all the score is unknown ([ErrNoEvidence]), not
// 0. [ScoreCriteria] scores a plain list of [Criterion].
//
// Evaluation is more than a score: "l'évaluation est une source
// d'apprentissage générant de la valeur ajoutée et pas seulement un outil de
// mesure" (004:3308-3310), planned ahead with funders and partners and
// adjusted to the stage (004:3303-3305). The reports keep what is learnt
// beside the figures: the path travelled, the gap to the initial intuition,
// the impacts nobody sought (PertinenceReport's Path, Gap and Impacts).
//
// [PlanFor] returns what evaluation should look like at a phase (MODEL §3.3):
// focus, criteria, goal toward stakeholders, effort, advice, the expected
// [Degree] and the [Evaluator]s. [Check] compares a project's reports with
// the plan of its phase and reports the misfits ("compter" in conception, no
// beneficiary voice at deployment, no path written in R&D, no account by
// the beneficiaries at deployment…). [Form.Adoption] says how widely each
// form was used in 2018 (most used, developing, emerging; the year [I],
// from the note of January 2018 the passage cites, 004:550).
// [Budget.Check] compares evaluation's and capacity building's shares of a
// budget with the guidance (at most 10%; 22% to scale).
//
// # Arithmetic
//
// No float64 anywhere: amounts, weights, attainments and scores are
// shopspring decimals. Sums are exact; each indicator's attainment is
// rounded to [AttainmentPlaces] places, each score to [ScorePlaces], each
// budget share to [SharePlaces], all half away from zero, with the
// package's own constants (the package never touches shopspring's global
// settings). So identical inputs in any order give identical scores, and
// scaling every weight by the same positive factor changes nothing. Every
// division is guarded. Every decimal taken in is bounded before any
// arithmetic: at most [MaxDigits] significant digits, [MaxIntegerDigits]
// before the point (every value is below 10^18) and [MaxScale] after it.
//
// # Zero values
//
// The zero value of every enumeration is invalid: IsValid reports false,
// String prints "%!Form(0)" and MarshalText fails (an [Outcome] must be set
// explicitly: a missing outcome is an error, not a silent Unknown). The
// zero [Score] is an unknown score. The zero reports and the zero [Budget]
// are invalid (no degree, no total); [Shares] and [Guidance] are plain
// data.
//
// # Errors
//
// Every error wraps one sentinel — [ErrSyntax], [ErrUnknown], [ErrInvalid]
// and [ErrLimit] (package problem's, the same values in every package of
// the module), [ErrNoEvidence] — so callers branch with errors.Is. A
// problem the package's checks find is a [*problem.Error]: the path at
// fault ("indicators[3].target", "budget.evaluation"), the value found
// (cut to 64 bytes), a stable Code and a message in every language (Text);
// Error() is English, for logs. Validation and decoding report every
// problem at once with errors.Join. The codes of Validate, Check, the
// scores, [PlanFor] and [Budget]:
//
//   - ErrInvalid: "nil-report", "empty" (a name or a description),
//     "invalid-value" (an enumeration value outside its type),
//     "duplicate-name" (an evaluator, a partner or a common-good dimension
//     listed twice), "negative" (an amount or a weight), "not-positive" (a
//     total), "over-total" (a share over 100%), "too-few-partners",
//     "target-equals-baseline", "target-below-baseline",
//     "target-above-baseline", "zero-weights", and those of names and free
//     text ("not-utf8", "control-character", "bidi-control", "blank");
//   - ErrLimit: "over-limit" (a list over [MaxItems] items, more than 12
//     evaluators, a decimal out of bounds, a name over [MaxText] bytes,
//     free text over [MaxProse] bytes);
//   - ErrNoEvidence: "no-evidence".
//
// [Decode] reports the codes of the module's decoders (package problem
// lists them: 1e999999999, an unknown form, a document over [MaxJSON]
// bytes), then what Validate refuses. Bad input never panics and
// is never silently accepted. Clamping an attainment to [0, 1] for the
// score is a documented scoring rule, and each clamped indicator is a
// finding.
//
// # Concurrency
//
// Enumerations, [Score], [Finding], [Plan], [Budget] and the tables are
// values, safe for concurrent use. Reports are the caller's structs: every
// method only reads them, so they may be used from several goroutines as
// long as nobody modifies them. Nothing the caller passes in is retained
// or modified; [PlanFor] returns copies.
//
// # Encoding
//
// Enumerations marshal to stable lowercase ASCII keys ("performance",
// "se-conter", "non-desirable", …) and parse back from the key, its label in
// any language, in any case; Label gives the name in the language asked for
// (package lang), the sources' French with its accents first. [Decode] reads a
// report from JSON in one pass, whatever the place of its "form" key; decoding
// is strict (malformed JSON, trailing data, unknown keys, a key given twice in
// one object, a missing required key and values of the wrong type are errors,
// each with its path) and the result is validated. The reports' MarshalJSON
// writes the same shape, with decimals as JSON strings ("12.5"), and refuses an
// invalid report; Decode reads decimals written as strings or as numbers.
//
// # Sources
//
// Each fact cites its seed file and line (e.g. 004:3289-3297). The plan
// table and the budget figures, with every reading chosen over ambiguous
// text, are together in readings.go; each [Code] cites its passage
// ([Code.Source]).
package evaluation
