// Package innovationtest is a property-test kit for adopters of
// [github.com/seed424036fd/societal/innovation]: pgregory.net/rapid
// generators of valid values, and a state
// machine harness that checks an adopter's gates against the invariants of
// innovation.Lifecycle.
//
// It imports pgregory.net/rapid and is meant for tests only: by
// convention, import it from _test.go files, never from production code
// (nothing in this module's non-test code imports it).
//
// # Overview
//
// Generators are *rapid.Generator values, valid by construction, with knobs
// for size where size makes sense:
//
//   - enumerations: [Phase], [Lever], [Intensity], [Kind], [MacroPhase];
//   - matrices: [Needs] (built through innovation.NewNeedsMatrix) and
//     [Stakeholders] (through innovation.NewStakeholderMatrix);
//   - transitions: [Note] (always a non-empty reason), [Move] (a [Request]: a requested
//     transition, legal or not), [Snapshot] (a consistent random history,
//     built by replaying innovation.Next) and [Lifecycle] (a restored
//     snapshot);
//
// The generators of the other packages live beside what they generate:
// evaluation/evaluationtest (reports, budgets), partnership/partnershiptest
// (specs, partnerships) and societaltest (whole dossiers). No test kit
// imports a package above the one it serves.
//
// The harness: [Run] (or [CheckLifecycle] inside the adopter's own
// rapid.Check) drives a Lifecycle, with the adopter's gates ([Harness])
// installed, through random advances, returns, abandons, requests with a
// cancelled context or a malformed note, clock moves and snapshot → JSON →
// RestoreJSON round trips, against a plain reference model (a phase number,
// an abandoned flag, the expected history). [Machine] is the same checker
// driven by hand, for deterministic scenario tests.
//
// # What the harness checks
//
// After every operation ([Machine.Check]):
//
//   - the status is a valid phase and equals the model's; Phase, Start and
//     CanAdvance agree with it;
//   - the history equals the model's entry by entry; it replays through
//     innovation.Next from Start to the status; no advance skips a phase;
//     nothing follows an abandon; times are set and never decrease;
//   - History returns a copy (changing it does not reach the lifecycle).
//
// For each operation:
//
//   - a move the model allows, with a valid note, succeeds unless a gate
//     refused; it appends exactly the entry the model expects (with the
//     harness's own clock, stamped at the clock's time or, if the clock went
//     back, at the last entry's time);
//   - on an advance every gate runs once, in the order given, with the same
//     proposed transition (From, To = the next phase, Kind, By, Reason, At),
//     and a successful advance records exactly that transition; returns,
//     abandons and refused requests run no gate;
//   - a gate refusal (an error or a panic) surfaces as errors.Is(err,
//     innovation.ErrGate) in a *innovation.TransitionError, with one
//     *innovation.GateError per refusing gate, in order, Panicked set for
//     the panics; if [Harness.Expect] is set, its verdict must match the
//     gates' (all passed or not);
//   - every other refusal wraps exactly one sentinel, the expected one:
//     the context's error for a done context, innovation.ErrInvalid for a
//     malformed note (innovation.ErrLimit for a text over MaxProse),
//     innovation.ErrTransition for a move the model forbids
//     (advance from the last phase, return to the current, a later or an
//     invalid phase, anything after an abandon); it is a
//     *innovation.TransitionError naming the phase and kind;
//   - a refused request changes nothing (status and history as before);
//   - MarshalJSON → RestoreJSON and Restore(Snapshot()) give a lifecycle
//     with the same snapshot, and re-encoding gives the same JSON; the run
//     continues on the restored lifecycle, gates and clock installed again.
//
// # Zero values
//
// The zero [Harness] checks a lifecycle with no gates, no expectation and
// the harness's own clock, starting from a fresh lifecycle (MaxHistory 0).
// The zero [Machine] and [Request] are not usable values; build a Machine
// with [NewMachine].
//
// # Errors
//
// Generators never produce invalid values: if the library refuses one, the
// generator fails the rapid test with a message prefixed "innovationtest:"
// (a bug in the kit or in the library). The harness reports a broken
// invariant as a *[Violation] (through t.Fatal in [CheckLifecycle]).
//
// # Concurrency
//
// Generators are safe for concurrent use. A [Machine] is not: it drives one
// lifecycle from one goroutine, and the adopter's gates run on that
// goroutine.
//
// # Encoding
//
// The harness round-trips lifecycles through their JSON snapshots
// (innovation.Lifecycle.MarshalJSON, innovation.RestoreJSON); the kit
// defines no encoding of its own.
//
// # Sources
//
// The rules the reference model encodes are the lifecycle's (MODEL §1.5:
// advance one phase at a time, 004:2738; return to an earlier phase with a
// reason; abandon, final), restated in plain integers so that the check does
// not reuse the library's transition table.
package innovationtest
