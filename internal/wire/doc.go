// Package wire is the one place where societal's packages read and write
// JSON and say what is wrong with an input. Each object of each format is
// described once; its reader, its writer, its keys, its JSON Schema and its
// problems are derived from that description.
//
// # One description per object
//
// A format describes each of its objects with [NewObject]: its keys in the
// order they are written and listed, each made with [Req] (required) or
// [Opt] (optional), naming where the value stands in the Go type, the
// [Kind] of the value, and a line of English that documents it in the
// schema. The kinds are [Name] and [Prose] (texts, bounded), [Decimal] and
// [NullDecimal] (within [Bounds]), [Int], [Bool], [Time], [Enum] (a name of
// an enumeration, read by the package's ParseX), [Set] (names, each once),
// [List], [Map] and [ByName] (objects keyed by names of an enumeration),
// [Pointer] (an optional object), an [Object] itself, and [Document] (a
// part read whole by its own package's public decoder: a dossier's
// partnership is read by partnership.Decode). An object whose keys depend
// on the value of one of them (an evaluation report's "form") is described
// once, its keys marked [Key.In] their variants ([Variants]).
//
// A [Format] is one document: the kind of its top value, the package that
// reports its problems, the sentinel of the whole input and the checks of
// what a schema cannot state (a history consistent with its phase, sums,
// references between parts). Its Decode reads a document; its Encode
// writes one, keys in the order described, absent values left out. A
// [Schema] writes the JSON Schema (draft 2020-12) of a package's documents,
// from the same descriptions: the module's tests compare the committed
// files under schema/ with it (go generate rewrites them), and a module of
// their own validates every input of the decoder tests with a maintained
// validator.
//
// # One pass, every problem
//
// The reader reads a JSON text once, front to back, with no reflection. It
// refuses what RFC 8259 refuses and what I-JSON (RFC 7493) asks to refuse:
// invalid UTF-8, a \u escape of a lone UTF-16 surrogate and a name given
// twice in one object. One UTF-8 byte-order mark at the very start is
// skipped, as RFC 8259 §8.1 allows. In every format a null value is the
// same as an absent key. It does not stop at the first problem: an unknown
// key, a value of the wrong type or an unknown name is recorded and the
// reading goes on, so that the caller learns every problem at once (up to
// [MaxProblems], the others counted). Only malformed JSON stops it, with
// the line and column. A value well-formed but out of its bounds is kept
// as read, so that a check of the whole does not say again what reading
// said.
//
// # Bounded cost
//
// Deciding an input costs about what reading a valid input of its size
// costs, whatever it holds. Past [MaxProblems] a problem is counted, never
// built: no path, no message; the suggestion of an unknown key (the
// closest key, which compares it with every key) is computed only when a
// message is rendered. Every list and map is bounded ([List].Max,
// [MaxPerValue] for names): the items past the bound are one problem, and
// are skipped unread. A value skipped is checked for its grammar only.
//
// # Errors
//
// Every problem is a *problem.Error made from one kind of the table of
// problems.go, its message in every language: a stable code, and one of
// the sentinels of package problem. The codes: "syntax" (malformed JSON,
// with its line and column), "not-utf8", "trailing-data", "too-deep",
// "control-character" (in a string, or in a text), "wrong-type",
// "unknown-key", "duplicate-key", "missing-key", "unknown-name" and
// "missing-name" (a text that names no value of an enumeration),
// "duplicate-name" (a value named twice), "not-a-number", "out-of-range",
// "not-a-time", "over-limit" (every limit: the input's size, a text's
// bytes, a list's items, a number's digits), "bidi-control", "blank",
// "empty", "wrong-format", "too-few-items", "wrong-form" (a report of
// another form than the one asked for), "invalid-value" (an enumeration
// value of no member, written or checked) and "too-many-problems" (the
// count of the problems past the cap). An error of another kind found by a
// format's checks is quoted as problem.All quotes it (code "error").
//
// [Kept] is what a summary that outlives an input keeps of its problems:
// the first few, their messages renderable in any language, within 1 KiB.
//
// # Limits
//
// The limits below are the module's: a dossier, a partnership and an
// evaluation report are bounded by the same values, under the same names,
// which the public packages re-export.
//
// # Concurrency
//
// Descriptions, formats and schemas are built at package initialisation
// and never modified: safe for concurrent use. A decoding and an encoding
// each use their own state. Problems are not modified once returned. The
// package has no global state.
package wire
