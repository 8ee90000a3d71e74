// Package problem is the one error type of societal and its sentinels:
// every problem any package of the module finds in an input — a dossier, a
// partnership, an evaluation report, a rubric, a lifecycle snapshot, a
// text given to a constructor — is an [*Error], and it unwraps to one of
// the sentinels below, whichever package found it.
//
// # Errors
//
// An [Error] says where the problem is (Path into the input's JSON form,
// or Line and Column for malformed JSON), what was found (Value, cut to
// [MaxEcho] bytes), what is wrong as a stable Code ("unknown-key",
// "over-limit", …) and the sentinel it unwraps to (Err). Its message
// renders in any language ([Error.Text]); Error() gives the English one,
// for logs. A program branches on the sentinel with [errors.Is], reads the
// Code and Path to act, and shows [Error.Text] to a person.
//
// Decoders report every problem at once, joined with [errors.Join]; [List]
// returns them one by one.
//
// The sentinels: [ErrSyntax] (malformed JSON, a value of the wrong type),
// [ErrUnknown] (a key or a name the format does not know), [ErrInvalid] (a
// value not acceptable where it stands) and [ErrLimit] (an input over a
// documented limit). The public packages re-export them under the same
// names and with the same values, as os.ErrNotExist is fs.ErrNotExist:
// errors.Is(err, societal.ErrLimit) holds for a limit found anywhere in a
// dossier, by any package.
//
// # Concurrency
//
// An Error is not modified once returned: safe for concurrent reads. The
// package has no state.
package problem
