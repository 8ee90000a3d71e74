// Package innovation holds the phases of a societal innovation, the
// lifecycle of one project through them, and the model's tables: macro-phases,
// economic model, risk zones, the needs/levers matrix and the stakeholders
// matrix (MODEL §1-2).
//
// # Overview
//
// [Phase] enumerates [Conception], [Experimentation], [Modelisation],
// [Essaimage] and [Industrialisation]. Each phase knows its [MacroPhase], its
// [EconomicModel], its [Carrier] and the [RiskZone] of the crossing to the next
// phase. [NeedsMatrix] and [StakeholderMatrix] are the model's two matrices,
// per macro-phase; [DefaultNeeds] and [DefaultStakeholders] return the
// model's, [NewNeedsMatrix] and [NewStakeholderMatrix] validate a funder's own.
//
// [Lifecycle] is the life of one project: it advances one phase at a time,
// returns to an earlier phase with a reason, or is abandoned (final). Gates
// registered by the caller guard every advance. Its history is append-only and
// can be snapshotted to JSON and restored. Each entry is a [Transition] of a
// [TransitionKind]; a [Status] (the phase, and whether the project was
// abandoned there) prints as a person reads it, "abandoned in
// experimentation".
//
// The rest of the model is typed data with its sources: what the innovator
// needs in each macro-phase ([InnovatorNeed]), the four natures of
// innovation projects ([Nature]), the three kinds of need and the levers
// that answer them ([NeedKind]), the resources and their sequenced
// mobilisation ([Resource], [StakeholderMatrix.Mobilise]) and the three
// impacts of alliances ([AllianceImpact]).
//
// # Zero values
//
// The zero value of every enumeration except [Intensity] is invalid:
// IsValid reports false, String prints "%!Phase(0)" and MarshalText
// fails. The zero [Intensity] is [None] ("-"), a documented default. The
// zero [NeedsMatrix] and [StakeholderMatrix] are all-"-" matrices. A nil or
// zero [Lifecycle] is not usable: create one with [New] or [Restore].
//
// # Errors
//
// Every error wraps one sentinel — [ErrSyntax], [ErrUnknown], [ErrInvalid]
// and [ErrLimit] (package problem's, the same values in every package of
// the module), [ErrTransition], [ErrGate], [ErrConflict], [ErrMatrix],
// [ErrSnapshot] — or the context's error. A problem of an input is a
// [*problem.Error]: its Path, the Value found, a stable Code and a message
// in every language (Text); Error() is English, for logs. Validation
// reports every problem at once with errors.Join. The codes:
//
//   - [New] and its options: "invalid-value" (start), "nil-clock",
//     "nil-gate", "missing-gate-name", "invalid-gate-name",
//     "duplicate-gate" ([Lifecycle.AddGate] too), all ErrInvalid;
//   - [Restore] and [Snapshot.Validate], each also ErrSnapshot:
//     "invalid-value" (a phase or a kind outside its type), "over-limit"
//     (ErrLimit), "history-gap", "missing-time", "time-backwards",
//     "transition-not-allowed", "wrong-target", "status-mismatch",
//     "missing-reason", and those of free text for a note's reason or
//     author ("over-limit", "not-utf8", "control-character");
//   - [NewNeedsMatrix] and [NewStakeholderMatrix], each also ErrMatrix:
//     "over-limit" (ErrLimit), "invalid-value", "duplicate-cell",
//     "missing-cell", and those of a name for a qualifier.
//
// A refused transition is a [*TransitionError], whose Code says why:
// "invalid-phase", "abandoned", "skip", "invalid-kind", "invalid-target",
// "not-earlier", "last-phase", "state-machine" (ErrTransition);
// "missing-reason" (ErrInvalid) and those of free text (the note, ErrLimit
// for a text too long); "context-done"; "gates" (ErrGate, with a
// [*GateError] per refusing gate); "conflict" (ErrConflict). Both render
// in a language (Text). The decoders ([RestoreJSON], the JSON of
// [Snapshot], [Status], [Transition] and the matrices) report the codes of
// the module's decoders (package problem lists them), each also
// ErrSnapshot or ErrMatrix, then what Restore and the matrices'
// constructors refuse. Nothing in the package panics on any input.
//
// # Concurrency
//
// Enumerations and matrices are values, safe for concurrent use. A
// [Lifecycle] is safe for concurrent use by many goroutines; gates run
// without any lock held, so a gate may read the lifecycle it guards.
//
// # Encoding
//
// Enumerations marshal to stable lowercase ASCII keys ("conception",
// "experimentation", …) and parse back from the key, its label in any language,
// in any case, the typographic apostrophe ’ read as ' ("Porteur d’idée");
// [Intensity] marshals to the model's marks "-", "+", "++", "+++". Labels come
// from Label, in the language asked for (package lang), the sources' French
// with its accents first.
//
// # Sources
//
// Each fact cites its seed file and line (e.g. 004:768-790). The readings
// chosen over OCR-damaged or ambiguous text are kept together in readings.go.
package innovation
