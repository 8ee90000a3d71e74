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
// # Codes of the decoders
//
// Every decoder of the module (a dossier, a partnership, an evaluation
// report, a snapshot, a matrix) reads its JSON with the same reader, which
// reports these codes; each package's documentation lists the codes of its
// own checks besides.
//
//   - Malformed JSON, with its Line and Column (ErrSyntax): "syntax",
//     "not-utf8", "trailing-data", "too-deep", "control-character" (in a
//     string);
//   - a value of another type (ErrSyntax): "wrong-type";
//   - keys: "unknown-key" (ErrUnknown, with a suggestion for a
//     misspelling), "duplicate-key", "missing-key" (ErrInvalid);
//   - names of an enumeration: "unknown-name" and "missing-name"
//     (ErrUnknown), "duplicate-name" (a value named twice), "invalid-value"
//     (a value of no member, written or checked);
//   - numbers and times (ErrInvalid): "not-a-number", "out-of-range",
//     "not-a-time";
//   - names and free text (ErrInvalid): "not-utf8", "control-character",
//     "bidi-control", "blank", "empty", "wrong-format";
//   - limits (ErrLimit): "over-limit", for every limit: the input's size, a
//     text's bytes, a list's items, a number's digits;
//   - lists: "too-few-items"; a report of another form than the one asked
//     for: "wrong-form";
//   - past the cap of problems listed: "too-many-problems", counting the
//     others.
//
// A name or a text given in Go (a constructor's argument, a field of a
// value to validate) is checked with the same rules and codes. An error of
// another type found among the problems is quoted as one of Code "error"
// (see [All]).
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
