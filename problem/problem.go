package problem

import (
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/lang"
)

// The sentinels every problem of the module unwraps to, one of them each.
var (
	// ErrSyntax: malformed JSON, data after the value, a value of the
	// wrong type.
	ErrSyntax = errors.New("societal: malformed input")
	// ErrUnknown: a key, or a name of an enumeration, the format does not
	// know.
	ErrUnknown = errors.New("societal: unknown name")
	// ErrInvalid: a value not acceptable where it stands.
	ErrInvalid = errors.New("societal: invalid value")
	// ErrLimit: an input over one of the documented limits.
	ErrLimit = errors.New("societal: over limit")
)

// MaxEcho is the most bytes of an input an Error quotes back.
const MaxEcho = 64

// Kind is one kind of problem: a stable code, its message in every
// language (quoting the arguments of [Kind.New] as {1}, {2}, …) and the
// sentinel its errors unwrap to. Each package declares its kinds in one
// table and never modifies them. Safe for concurrent use.
type Kind struct {
	Code    string    // stable, lowercase ASCII: "unknown-key"
	Message lang.Text // what is wrong, what was expected, in each language
	Err     error     // the sentinel
}

// New returns a problem of kind k reported by the package pkg (the prefix
// of its English message) at path, quoting value (cut to MaxEcho bytes),
// whose message quotes args.
func (k *Kind) New(pkg, path, value string, args ...lang.Arg) *Error {
	v, wasCut := cut(value)
	return &Error{Path: path, Value: v, Code: k.Code, Err: k.Err, pkg: pkg, kind: k, args: args, cut: wasCut}
}

// Error reports one problem of an input: where it stands, what was found,
// what is wrong (a stable Code, and a message in every language) and the
// sentinel it unwraps to. It unwraps to Err and, when the problem belongs
// to a larger input, to that input's sentinel (societal.ErrDossier for a
// dossier). Not modified once returned: safe for concurrent reads.
type Error struct {
	// Path is where, in the input's JSON form:
	// "partnership.contributions[0].amount.value", "evaluations[1].degree";
	// "" for the input as a whole.
	Path string
	// Value is what was found there, cut to MaxEcho bytes on a character
	// boundary ("" when nothing useful can be quoted).
	Value string
	// Code says what is wrong, stable across versions and languages: the
	// documentation of each format lists its codes.
	Code string
	// Line and Column locate malformed JSON, from 1; 0 when the problem is
	// not one of the JSON text itself. Column alone is set for a line of
	// NDJSON, whose number its reader gives.
	Line, Column int
	// Err is the sentinel (ErrLimit, …) or the cause.
	Err error

	pkg   string     // prefix of the English message
	kind  *Kind      // the message
	args  []lang.Arg // its arguments
	whole []error    // sentinels of the inputs it belongs to, innermost first
	cut   bool       // Value was cut: its "…" is not the input's
}

// Error returns the problem in the language of logs (Log), with the
// package's prefix: `pkg: path "value": reason`, with the line and column
// of malformed JSON.
func (e *Error) Error() string {
	s := Log(e.Text)
	if e.pkg == "" {
		return s
	}
	return e.pkg + ": " + s
}

// Log returns text rendered in the language of logs, English: the
// language of every Error() of the module, whatever the reader's. A typed
// error that renders in any language (a Text method) writes its Error
// with it.
func Log(text func(lang.Lang) string) string { return text(lang.Logs) }

// Text returns the problem in l, as a person reads it: the path and the
// value quoted as found, then what is wrong in l; for malformed JSON its
// line and column.
func (e *Error) Text(l lang.Lang) string {
	var b strings.Builder
	switch {
	case e.Path != "":
		b.WriteString(e.Path)
		if e.Value != "" {
			b.WriteByte(' ')
			b.WriteString(e.quotedValue())
		}
		b.WriteString(l.Colon())
	case e.Value != "":
		b.WriteString(e.quotedValue())
		b.WriteString(l.Colon())
	case e.Line > 0:
		b.WriteString(lineColumn.Format(l, lang.Int(e.Line), lang.Int(e.Column)))
		b.WriteString(l.Colon())
	case e.Column > 0:
		b.WriteString(column.Format(l, lang.Int(e.Column)))
		b.WriteString(l.Colon())
	}
	b.WriteString(e.Reason(l))
	return b.String()
}

// quotedValue returns Value as Go's %q quotes it, the "…" of a cut
// outside the quotes.
func (e *Error) quotedValue() string {
	if e.cut {
		return strconv.Quote(strings.TrimSuffix(e.Value, "…")) + "…"
	}
	return strconv.Quote(e.Value)
}

// Reason returns what is wrong, in l, without the path and value.
func (e *Error) Reason(l lang.Lang) string {
	if e.kind == nil {
		return e.Code
	}
	return e.kind.Message.Format(l, e.args...)
}

var (
	lineColumn = lang.Text{"ligne {1}, colonne {2}", "line {1}, column {2}"}
	column     = lang.Text{"colonne {1}", "column {1}"}
)

// Kind returns the kind e was made of and the arguments its message
// quotes (a fresh slice), or nil and nil for an Error made without a kind:
// what a summary that outlives the input keeps of e, to render it in any
// language later (the arguments copied and bounded).
func (e *Error) Kind() (*Kind, []lang.Arg) { return e.kind, slices.Clone(e.args) }

// Unwrap returns Err and the sentinels of the inputs the problem belongs
// to (a snapshot's within a dossier's: both), innermost first.
func (e *Error) Unwrap() []error {
	out := make([]error, 0, 2)
	if e.Err != nil {
		out = append(out, e.Err)
	}
	out = append(out, e.whole...)
	return out
}

// In returns a copy of e found in a part of a larger input: its path
// placed below path ("partners[0]" below "partnership" is
// "partnership.partners[0]"), unwrapping also to whole when whole is not
// nil, and reported by pkg when pkg is not "".
func (e *Error) In(pkg, path string, whole error) *Error {
	c := *e
	c.Path = Join(path, e.Path)
	if whole != nil && !slices.Contains(e.whole, whole) {
		c.whole = append(slices.Clip(e.whole), whole)
	}
	if pkg != "" {
		c.pkg = pkg
	}
	return &c
}

// At returns a copy of e with Line and Column set: where, in the JSON
// text, the problem stands.
func (e *Error) At(line, col int) *Error {
	c := *e
	c.Line, c.Column = line, col
	return &c
}

// Join returns the path of tail below head: "a" and "b[0]" give "a.b[0]",
// "a" and "[0]" give "a[0]"; either alone when the other is empty.
func Join(head, tail string) string {
	switch {
	case head == "":
		return tail
	case tail == "":
		return head
	case tail[0] == '[':
		return head + tail
	}
	return head + "." + tail
}

// All yields the problems joined in err, one by one, in order: the
// *Error values of an errors.Join tree (or err itself). An error of another
// type in the tree is yielded as a problem of Code "error" quoting its
// message, so that nothing is lost.
func All(err error) iter.Seq[*Error] {
	return func(yield func(*Error) bool) { walk(err, yield) }
}

// List returns the problems of All in a slice.
func List(err error) []*Error {
	var out []*Error
	for e := range All(err) {
		out = append(out, e)
	}
	return out
}

func walk(err error, yield func(*Error) bool) bool {
	switch e := err.(type) {
	case nil:
		return true
	case *Error:
		return yield(e)
	case interface{ Unwrap() []error }:
		for _, inner := range e.Unwrap() {
			if !walk(inner, yield) {
				return false
			}
		}
		return true
	}
	return yield(&Error{Code: other.Code, Err: err, kind: &other, args: []lang.Arg{lang.Data(err.Error())}})
}

var other = Kind{Code: "error", Message: lang.Text{"{1}", "{1}"}}

// cut returns s cut to MaxEcho bytes on a character boundary, with "…"
// when it was cut.
func cut(s string) (string, bool) {
	if len(s) <= MaxEcho {
		return s, false
	}
	n := MaxEcho
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…", true
}
