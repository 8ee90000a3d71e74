// Package wire is the one place where societal's packages read JSON and
// report what is wrong with an input. Every decoder of the module (a dossier,
// an evaluation report, a partnership, a lifecycle snapshot, a matrix) reads
// through a [Decoder], and every problem found in an input, decoded or built
// in Go, is a [FieldError] or a [ParseError] made here.
//
// # One decoder, one pass
//
// A [Decoder] reads a JSON text once, front to back, with no reflection. The
// format's own code says which keys an object holds, and which of them are
// required ([Keys]), and reads each value as it comes ([Decoder.Object],
// [Decoder.Array], [Decoder.Text], [Decoder.Decimal], …); in every format a
// null value is the same as an absent key. A sub-document (a partnership
// inside a dossier) is read by its package's reader on the same Decoder, so
// paths are built once and no byte is decoded twice. The Decoder refuses
// what RFC 8259 refuses and what I-JSON (RFC 7493) asks to refuse: invalid
// UTF-8, a \u escape of a lone UTF-16 surrogate (\ud800 not followed by a
// low surrogate, or a low one alone) and a name given twice in one object.
// One UTF-8 byte-order mark at the very start of the input is skipped, as
// RFC 8259 §8.1 allows (an editor on Windows may write one); anywhere else
// it is malformed. It does not stop at the first problem: an unknown
// key, a value of the wrong type or an unknown name is recorded and the
// reading goes on, so that the caller learns every problem at once (up to
// [MaxProblems]). Only malformed JSON stops it, with the line and column.
//
// # Bounded cost
//
// Deciding an input costs about what reading a valid input of its size
// costs, whatever it holds. Past [MaxProblems] a problem is counted, never
// built: no message, no suggestion (which compares a name with every key),
// not even an unknown key's text; the checks a format runs on what it read
// ([Decoder.ReportOthers]) are not run. Every list and map a format reads
// is bounded ([Decoder.Array], [Keys].Max, [EnumMap]): the items past the
// bound are one problem, and are skipped unread. A value skipped is checked
// for its grammar only.
//
// # Errors
//
// Each package keeps its own sentinels (ErrUnknown, ErrInvalid, ErrLimit,
// …) in a [Package] descriptor and exports [FieldError] and [ParseError]
// under its own name, as type aliases: a user of the module meets one shape,
// with the same field names (Path, Value, Reason, Err) in every package.
// Anything of the input echoed in a message is cut to [MaxEcho] bytes on a
// character boundary ([Truncate]).
//
// # Limits
//
// The limits below are the module's: a dossier, a partnership and an
// evaluation report are bounded by the same values, under the same names,
// which the public packages re-export.
//
// # Concurrency
//
// A Decoder is used by one goroutine. Errors are not modified once returned
// and are safe for concurrent reads. The package has no state.
package wire
