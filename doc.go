// Package societal makes Le RAMEAU's model of societal innovation executable,
// and runs the check funders make on a project: is it ready to move to its
// next phase, and if not, what is missing and which lever answers it?
//
// # Overview
//
// A societal innovation grows through five phases — conception,
// expérimentation, modélisation, essaimage, industrialisation — each with its
// own needs, its own levers of support (financement, compétences & réseau,
// conseil, évaluation), its own risk at the crossing, and a shift from an R&D
// (grant-funded) to an operator economic model. The subpackages hold the
// model:
//
//   - [github.com/seed424036fd/societal/innovation]: the phases, the
//     lifecycle of one project over them, the needs/levers and stakeholders
//     matrices, risks and economic model.
//   - [github.com/seed424036fd/societal/evaluation]: the three evaluation
//     forms (performance, pertinence, partenariale), degrees of maturity,
//     plans per phase, decimal scores and budget guidance.
//   - [github.com/seed424036fd/societal/partnership]: actors, partnership
//     modes, contributions, lever coverage, balance and mission drift.
//
// This package holds the investment-readiness check. A [Dossier] is a
// project as a funder holds it ([DecodeDossier] reads its JSON form).
// [Assess] judges it against a [Rubric] — one [Check] per check of the
// model (MODEL §5, named by a [CheckID]), each with its source, an outcome
// (met, not met, unknown, not applicable), a [Severity], its weight, whether
// the rubric requires it judged before the crossing, a [Detail] (a code and
// its values) and the [Gap]s to close with the lever and the kinds of
// partner that bring it — and derives a [Verdict] by the rule documented on
// Verdict. Package [github.com/seed424036fd/societal/fund] does it for a
// fund's portfolio on all cores. A [Report] renders as text, Markdown (with
// the Mermaid diagram of the lifecycle), a self-contained HTML page (the
// lifecycle drawn as inline SVG; [Report.HTML]) and JSON, in any language
// of package lang, from one document: what the dossier holds is escaped
// for each format, never rendered raw.
//
// # Checks
//
// Each check is defined once, in its own file of the package
// (check_phase.go, check_economic.go, …): its key and label, the passage of
// the sources it stands on, what a funder asks for when its evidence is
// missing ([CheckID.Request]) and the dossier field it fills
// ([CheckID.Field]), how it is judged, the codes and texts of its details,
// and its severity, weight and required phases in [DefaultRubric]. Every
// other part of the package loops over [CheckIDs]; the README's table of
// the checks is written from the same definitions.
//
// # Verdict
//
// Four verdicts, from the best to the worst: [Ready] (« Prêt »),
// [InsufficientEvidence] (« À instruire »), [NotYet] (« Pas encore ») and
// [Blocked] (« Bloqué »). An unmet Blocking check blocks; an unmet Major one
// means "not yet"; otherwise a check the rubric requires before the crossing
// ([Rubric.Required], [DefaultRequired]) whose evidence is missing means
// "insufficient evidence", and so does a dossier of which nothing but the
// phase could be judged: an empty dossier is never Ready. Unknown is never
// failure: a missing document fails no check, but a committee sees that it
// judges on missing evidence. [Report.Decisive] names the check that decides
// a verdict other than Ready, so that two projects with the same score and
// different verdicts say why.
//
// # Coverage and score
//
// [Report.Coverage] says how much of the rubric could be judged: checks
// judged out of those that apply, counted and weighted. The score is a
// range ([Report.ScoreRange]): Σ weight(met) / Σ weight(applicable), the
// low bound counting every unknown check as not met, the high bound as met;
// the reports print it with the coverage, "0,14 – 0,86 (2/9 jugés)" in
// French, "0.14 – 0.86 (2/9 judged)" in English, and say how it is
// computed. [Report.Score] is the point score over the judged checks only,
// between the two bounds, given only where it means what it says: every
// check the rubric requires judged, and the judged share of the
// applicable weight at least the rubric's [Rubric.MinCoverage] (0.8 by
// default). Otherwise it is null in JSON, and the reports say "non noté"
// ("not scored"), why, and the range: a dossier is never ranked, sorted
// or charted by a score its evidence does not support.
//
// # Documents to request and next best actions
//
// [Report.Requests] lists, for each unknown check, what to ask the project
// for ([CheckID.Request], in every language) and the dossier field it fills
// ([CheckID.Field]). [Report.Plan] is the smallest set of checks whose
// closing can make the dossier Ready (an unknown check closes when its
// evidence, once supplied, shows it met), computed exactly (every subset of the
// unmet and unknown checks, smallest first) and ordered by severity, then
// required missing evidence, then the model's sequence (CheckID order);
// [Report.Actions] groups it by lever, each [Action] with the kinds of
// partner that bring the lever, the checks it closes and the evidence to
// supply (the reports say that this evidence lets the committee judge the
// checks, not that it closes them). [Report.VerdictIf] gives the verdict once some checks turn out
// met. All of these are computed from the report's checks, on demand: the
// JSON form of a report carries them under "coverage", "score_range",
// "decisive", "requests" and "actions".
//
// # Gate
//
// [Assessor.Gate] turns the check into a gate of an
// [innovation.Lifecycle]: its loader receives the proposed transition, and
// an advance that is not Ready is refused with a [NotReadyError] naming the
// unmet Blocking and Major checks and the required evidence that is
// missing, with the dossier fields that would carry it.
//
// # Zero values
//
// The zero [Dossier] is invalid (no name, no phase) but Assess accepts it
// and reports the phase as not identified. The zero [Evidence] is
// [Unstated], deliberately: what a dossier does not say is missing evidence,
// never failure. The zero [Rubric] is invalid: start from [DefaultRubric].
// The zero values of the other enumerations are invalid.
//
// # Errors
//
// A problem of an input is a [*problem.Error]: its Path in the input's JSON
// form ("partnership.contributions[2].amount.value"), the Value found (cut
// to 64 bytes), a stable Code, and a message in any language (Text; Error
// gives the English one, for logs). Every error wraps one sentinel —
// [ErrSyntax], [ErrUnknown], [ErrInvalid], [ErrLimit] (package problem's,
// the same values in every package of the module), [ErrDossier] for every
// problem of a dossier, [ErrNotReady] — and, for a problem another package
// found, that package's error. Decoding and validation report every
// problem at once with errors.Join ([problem.List] returns them one by
// one), and echo at most a short piece of any input. No input makes the
// package panic.
//
// The codes the package reports itself: "missing" (a dossier's name or
// phase, a rubric's version, severity, weight or mobilised level),
// "invalid-value" (a value outside its enumeration), "over-limit" (too many
// evaluation reports, a version too long), "nil-report",
// "history-mismatch" (a phase its history does not lead to),
// "negative-weight", "zero-weights", and a readiness gate's "nil-loader",
// "load-failed", "no-dossier" and "phase-mismatch". A refused advance is a
// [*NotReadyError], which renders in a language too. Names, decimals and
// the JSON text itself are checked by the module's decoder, whose codes
// package problem lists.
//
// # Concurrency
//
// [Assessor] is immutable and safe for concurrent use; so are reports and
// portfolios once returned. Assess only reads its dossier.
//
// # Encoding
//
// Dossiers and reports encode to JSON with stable lowercase keys; the
// enumerations use their ASCII keys ("modelisation", "not-yet",
// "phase-identified"). Money and shares are decimals, written as JSON
// strings. A report's texts for a person (each detail's "detail_text",
// each request's "text") are objects keyed by language code, {"fr": …,
// "en": …}: [Report.MarshalJSON] writes every language, [Report.JSON] the
// languages asked for. A key given twice in one object is refused. Inputs are bounded:
// [MaxJSON], [MaxText], [MaxEvaluations], and the limits of the
// subpackages, which have the same names and values wherever they limit
// the same thing.
//
// # Sources
//
// Nothing in the sources is called investment readiness: the checks are
// what the model says a funder should look at (004:880-888, 793-797,
// 734-764, 805-806, 3161-3386, 3105-3107, 3077-3083; 001:12-33). Their
// severities and weights are the library's design choices, kept in
// [DefaultRubric]; the checks required before each crossing cite their
// sources in [DefaultRequired]. The economic model follows 004:793-797: R&D
// "jusqu'en phase de modélisation", an operator model from the changement
// d'échelle on; before modélisation → essaimage the operator model must be
// under way, a design choice [D] that is at most Major. The wording of the
// documents to request and the actions are the library's own. The fourth
// verdict answers what impact investors call evidence risk (the Impact
// Management Project's nine types of impact risk); it is not in Le
// RAMEAU's sources [D].
package societal
