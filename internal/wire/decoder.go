package wire

import (
	"bytes"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Decoder reads one JSON text, front to back, and records every problem it
// finds with its path. A format reads a value with the method for what it
// expects there; each such method consumes the value, whatever it holds, so
// that reading goes on after a problem. After malformed JSON (or an input
// that is too large or not UTF-8) nothing more is read and every method
// returns zero values.
//
// The zero Decoder is not usable: make one with NewDecoder. A Decoder is
// used by one goroutine.
type Decoder struct {
	data     []byte
	pos      int
	pkg      *Package
	whole    error
	path     []segment
	depth    int
	problems []error
	left     int  // problems past MaxProblems, counted
	broken   bool // malformed JSON: stop reading
}

// segment is one step of a path: a key, or an index when key is "" and
// index ≥ 0.
type segment struct {
	key   string
	index int
}

// NewDecoder returns a Decoder of data whose problems belong to pkg and
// unwrap to whole too when whole is not nil. An input over MaxJSON bytes or
// not valid UTF-8 is recorded as a problem at once, and nothing is read.
// A UTF-8 byte-order mark at the very start of data is skipped (RFC 8259
// §8.1), and lines and columns are counted after it.
func NewDecoder(data []byte, pkg *Package, whole error) *Decoder {
	d := &Decoder{data: data, pkg: pkg, whole: whole}
	if len(data) <= MaxJSON {
		d.data = bytes.TrimPrefix(data, []byte(byteOrderMark))
	}
	switch {
	case len(data) > MaxJSON:
		d.add(pkg.TooLarge())
		d.broken = true
	case !utf8.Valid(d.data):
		d.pos = invalidUTF8At(d.data)
		d.syntax("not valid UTF-8 (the input must be UTF-8 text)")
	}
	return d
}

// Finish checks that nothing but white space follows the value read and
// returns every problem recorded, joined (nil if there were none).
func (d *Decoder) Finish() error {
	if !d.broken {
		d.space()
		if d.pos < len(d.data) {
			d.syntax("data after the end of the JSON value (one value per input)")
		}
	}
	if d.left > 0 {
		d.problems = append(d.problems, &FieldError{Reason: omittedReason(d.left), Err: d.pkg.Invalid, pkg: d.pkg.Name, whole: d.whole, omitted: d.left})
	}
	return errors.Join(d.problems...)
}

// Use makes p the package the next problems belong to and returns the one
// it replaces, for a reader of a sub-document to restore.
func (d *Decoder) Use(p *Package) (previous *Package) {
	previous, d.pkg = d.pkg, p
	return previous
}

// Package returns the package the problems recorded now belong to.
func (d *Decoder) Package() *Package { return d.pkg }

// Malformed reports whether reading stopped at malformed JSON (or an input
// too large or not UTF-8): what follows that point was not read, so a
// format must not judge the whole value it was reading.
func (d *Decoder) Malformed() bool { return d.broken }

// Full reports whether MaxProblems problems are listed: a problem found
// now would only be counted. A format skips the checks whose problems no
// one would read, as ReportOthers does.
func (d *Decoder) Full() bool { return len(d.problems) >= MaxProblems }

// Problems returns how many problems have been recorded so far: a reader
// compares two counts to learn whether a part was read without problem.
func (d *Decoder) Problems() int { return len(d.problems) + d.left }

// Path returns the path of the value being read, e.g.
// "partnership.contributions[0].amount"; "" at the top.
func (d *Decoder) Path() string { return joinPath(d.path) }

// Sub returns the path of key below the value being read.
func (d *Decoder) Sub(key string) string {
	return joinPath(append(d.path[:len(d.path):len(d.path)], segment{key: key, index: -1}))
}

// Fail records a problem of the value being read.
func (d *Decoder) Fail(reason string, err error) { d.FailValue("", reason, err) }

// FailValue records a problem of the value being read, quoting value.
func (d *Decoder) FailValue(value, reason string, err error) {
	if d.room() {
		d.add(&FieldError{Path: d.Path(), Value: Truncate(value), Reason: reason, Err: err})
	}
}

// room reports whether a problem found now would be listed. When it would
// not (MaxProblems are listed already), it counts the problem among those
// left out, and the caller builds nothing: a hostile input may hold many
// problems, and a message can cost (a suggestion compares a key with every
// name). The recorders (FailValue, Report, missing, syntax) ask it for
// each problem; a caller whose message costs asks it first, and builds the
// message only on true (the recorder's own question is then true again).
func (d *Decoder) room() bool {
	if len(d.problems) < MaxProblems {
		return true
	}
	d.left++
	return false
}

// missing records that the required key is missing from the object just
// read.
func (d *Decoder) missing(key string) {
	if d.broken {
		return // the object was not read to its end: nothing is known missing
	}
	if d.room() {
		d.add(&FieldError{Path: d.Sub(key), Reason: "missing (a required key)", Err: d.pkg.Invalid})
	}
}

// Report records err, found by a package's own checks on the value being
// read: each *FieldError in it (errors.Join trees are walked) is placed
// below the current path, a *ParseError is reported at the current path,
// and any other error is reported at the current path with its message, as
// Package.Within does with the Decoder's whole.
// After malformed JSON nothing is recorded: no value was read to its end,
// and checks of what was read would only add noise.
func (d *Decoder) Report(err error) {
	if d.broken {
		return
	}
	place(d.pkg, d.Path(), d.whole, err, func(string) bool { return d.room() }, func(e *FieldError) {
		d.problems = append(d.problems, e)
	})
}

// add lists e, a problem of the current package, once room has said there
// is room for it.
func (d *Decoder) add(e *FieldError) {
	if e.pkg == "" {
		e.pkg = d.pkg.Name
	}
	e.whole = d.whole
	d.problems = append(d.problems, e)
}

// syntax records malformed JSON at the current position and stops reading.
func (d *Decoder) syntax(reason string) {
	if d.broken {
		return
	}
	d.broken = true
	// Listed even past MaxProblems (one more at most: reading stops here):
	// where the JSON breaks is what the reader must fix first.
	line, col := position(d.data, d.pos)
	d.add(&FieldError{Path: "", Reason: reason, Line: line, Column: col, Err: d.pkg.Syntax})
}

// Keys describes the keys of an object, for [Decoder.Object]. A format
// builds one for each of its objects as a package-level value, and never
// modifies it.
type Keys struct {
	// Names are the keys the object may hold, required ones first; nil
	// for a map, whose keys are any strings.
	Names []string
	// Required is how many of Names, from the first, the object must
	// hold: at most 64, and at most len(Names).
	Required int
	// Max, if not 0, is the most keys the object holds: those past it
	// are over the limit (a map of names of an enumeration is bounded so).
	Max int

	unread bool // a value Skip reads: its keys are neither built nor remembered
}

// Object reads an object and yields each of its keys, with the path set to
// it, for the loop's body to read the value. A value the body does not read
// is skipped. A key given twice is recorded and its second value skipped. A
// value that is not an object is recorded as such (null included: call Null
// first where null is allowed).
//
// With keys.Names not nil, a key not among them is recorded as unknown
// (with a suggestion) and its value skipped, and the keys yielded are the
// strings of keys.Names. A key whose value is null is consumed and not
// yielded: null is the same as an absent key. Once the object is read to its
// end, each of the first keys.Required names that was not yielded is
// recorded as missing, in the order of keys.Names; nothing is missing from
// a value that is not an object, or after malformed JSON.
//
// With keys.Names nil the object is a map: every key is yielded, null
// values included.
//
// Keys past keys.Max, if it is set, are recorded as over the limit once,
// and skipped with their values, unread.
func (d *Decoder) Object(keys Keys) iter.Seq[string] {
	// Object is small enough to be inlined, so that the function it
	// returns does not escape: the checks are in that function.
	return func(yield func(string) bool) {
		if keys.Required > 64 || keys.Required > len(keys.Names) {
			panic(fmt.Sprintf("wire: %d required keys among %d names (at most 64)", keys.Required, len(keys.Names)))
		}
		if !d.open('{', "an object") {
			return
		}
		var seenKnown uint64 // bit i: keys.Names[i] seen, for the first 64 names
		var present uint64   // bit i: keys.Names[i] yielded (seen, and not null)
		var seen keySet      // the other keys seen
		for n := 0; d.more(n == 0, '}', "an object (want a key or })", "an object member"); n++ {
			if d.pos >= len(d.data) || d.data[d.pos] != '"' {
				d.syntax("want a key in double quotes")
				return
			}
			switch {
			case keys.Max > 0 && n >= keys.Max:
				if n == keys.Max && d.room() {
					d.Fail(fmt.Sprintf("more than %d keys, over the limit", keys.Max), d.pkg.Limit)
				}
				if !d.skipMember() {
					return
				}
				continue
			case keys.unread:
				// A value skipped is only checked for its grammar: its
				// keys are neither built nor remembered.
				if !d.skipMember() {
					return
				}
				continue
			case !d.Full():
			case keys.Names != nil && d.unknownKey(keys.Names):
				// Past the cap, an unknown key (or one given twice) is a
				// problem counted: neither built nor remembered.
				d.room()
				if !d.skipMember() {
					return
				}
				continue
			}
			key, known, ok := d.key(keys.Names)
			if !ok || !d.colon(key, true) {
				return
			}
			d.path = append(d.path, segment{key: key, index: -1})
			at := d.pos
			dup := false
			if known >= 0 && known < 64 {
				dup = seenKnown&(1<<known) != 0
				seenKnown |= 1 << known
			} else {
				dup = !seen.add(key)
			}
			switch {
			case dup:
				d.Fail("key given twice in one object (each key once)", d.pkg.Invalid)
				d.Skip()
			case keys.Names != nil && known < 0:
				if d.room() {
					d.Fail("unknown key (want one of "+strings.Join(keys.Names, ", ")+Suggest(key, keys.Names)+")", d.pkg.Unknown)
				}
				d.Skip()
			case keys.Names != nil && d.Null():
				// the same as an absent key
			default:
				if known >= 0 && known < 64 {
					present |= 1 << known
				}
				if !yield(key) {
					d.broken = true // the format stopped reading: nothing more can be trusted
					return
				}
			}
			if !d.leave(at) {
				return
			}
		}
		for i, name := range keys.Names[:keys.Required] {
			if present&(1<<i) == 0 {
				d.missing(name)
			}
		}
	}
}

// skipMember skips the member of an object at d.pos, its key and its
// value, unread; it reports whether reading goes on (not after malformed
// JSON).
func (d *Decoder) skipMember() bool {
	d.skipString()
	if !d.colon("", false) {
		return false
	}
	d.Skip()
	return !d.broken
}

// colon consumes the colon after a key: the key read (quoted in the
// problem, if any), or a key skipped unread when read is false.
func (d *Decoder) colon(key string, read bool) bool {
	if d.broken {
		return false
	}
	d.space()
	if d.pos >= len(d.data) || d.data[d.pos] != ':' {
		if read {
			d.syntax("want : after the key " + Quote(key))
		} else {
			d.syntax("want : after the key")
		}
		return false
	}
	d.pos++
	return true
}

// Array reads an array and yields the index of each element, with the path
// set to it, for the loop's body to read the element. Elements past max are
// recorded as over the limit once, and skipped. A value that is not an
// array is recorded as such.
func (d *Decoder) Array(max int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if !d.open('[', "an array") {
			return
		}
		for i := 0; d.more(i == 0, ']', "an array (want a value or ])", "an array element"); i++ {
			if i == max && d.room() {
				d.Fail(fmt.Sprintf("more than %d items, over the limit", max), d.pkg.Limit)
			}
			d.path = append(d.path, segment{index: i})
			at := d.pos
			if i >= max {
				d.Skip()
			} else if !yield(i) {
				d.broken = true
				return
			}
			if !d.leave(at) {
				return
			}
		}
	}
}

// more moves to the next member of an object, or element of an array,
// closed by end: past the comma that precedes it unless it is the first.
// It reports false at the end, consumed, and after malformed JSON, which
// it records naming what the reader is inside and what a comma follows.
func (d *Decoder) more(first bool, end byte, inside, after string) bool {
	d.space()
	if d.pos >= len(d.data) {
		d.syntax("unexpected end of input inside " + inside)
		return false
	}
	switch c := d.data[d.pos]; {
	case c == end:
		d.pos++
		d.depth--
		return false
	case first:
		return true
	case c == ',':
		d.pos++
		d.space()
		return true
	}
	d.syntax("want , or " + string(end) + " after " + after)
	return false
}

// leave ends a member or an element whose value begins at at: it skips
// the value if the loop's body did not read it, and restores the path. It
// reports whether reading goes on (not after malformed JSON).
func (d *Decoder) leave(at int) bool {
	if d.pos == at {
		d.Skip()
	}
	d.path = d.path[:len(d.path)-1]
	return !d.broken
}

// open consumes the opening byte of an object or an array, or records what
// was found instead and skips it.
func (d *Decoder) open(c byte, want string) bool {
	if d.broken {
		return false
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax("unexpected end of input (want " + want + ")")
		return false
	}
	if d.data[d.pos] != c {
		d.wrongType(want)
		return false
	}
	if d.depth >= MaxDepth {
		d.syntax(fmt.Sprintf("nesting deeper than %d levels", MaxDepth))
		return false
	}
	d.depth++
	d.pos++
	return true
}

// wrongType records that the value found is not what was wanted, and skips
// it.
func (d *Decoder) wrongType(want string) {
	found := d.kind()
	d.Skip()
	if !d.broken && d.room() {
		d.Fail("want "+want+", found "+found, d.pkg.Syntax)
	}
}

// kind names the value at the current position.
func (d *Decoder) kind() string {
	switch d.data[d.pos] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// Null consumes a null and reports true if the value is null; otherwise it
// reads nothing.
func (d *Decoder) Null() bool {
	if d.broken {
		return false
	}
	d.space()
	if d.literal("null") {
		d.pos += 4
		return true
	}
	return false
}

// Text reads a string that must be a name (see NameProblem), empty
// included. A problem is recorded, and "" returned with ok false.
func (d *Decoder) Text() (s string, ok bool) { return d.text(MaxText, false) }

// Prose reads a string that must be free text (see ProseProblem).
func (d *Decoder) Prose() (s string, ok bool) { return d.text(MaxProse, true) }

func (d *Decoder) text(max int, lines bool) (string, bool) {
	s, ok := d.str()
	if !ok {
		return "", false
	}
	if f := findTextFault(s, max, lines); f.kind != faultNone {
		if d.room() {
			d.FailValue(s, f.reason(), f.sentinel(d.pkg))
		}
		return "", false
	}
	return s, true
}

// str reads a string value as it is.
func (d *Decoder) str() (string, bool) {
	if d.broken {
		return "", false
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax("unexpected end of input (want a string)")
		return "", false
	}
	if d.data[d.pos] != '"' {
		d.wrongType("a string")
		return "", false
	}
	return d.quoted()
}

// Decimal reads a decimal, written as a JSON number or a string, bounded as
// DecimalProblem says.
func (d *Decoder) Decimal() (decimal.Decimal, bool) {
	if d.broken {
		return decimal.Decimal{}, false
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax("unexpected end of input (want a number)")
		return decimal.Decimal{}, false
	}
	var text string
	switch c := d.data[d.pos]; {
	case c == '"':
		s, ok := d.quoted()
		if !ok {
			return decimal.Decimal{}, false
		}
		text = s
	case c == '-' || (c >= '0' && c <= '9'):
		start := d.pos
		if !d.number() {
			return decimal.Decimal{}, false
		}
		text = string(d.data[start:d.pos])
	default:
		d.wrongType("a number")
		return decimal.Decimal{}, false
	}
	v, f := parseDecimal(text)
	if f != decimalOK {
		if d.room() {
			d.Report(d.pkg.decimalError("", text, v, f))
		}
		return decimal.Decimal{}, false
	}
	return v, true
}

// Int reads a whole number from min to max, written as a JSON number.
func (d *Decoder) Int(min, max int64) (int64, bool) {
	if d.broken {
		return 0, false
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax("unexpected end of input (want a whole number)")
		return 0, false
	}
	if c := d.data[d.pos]; c != '-' && (c < '0' || c > '9') {
		d.wrongType("a whole number")
		return 0, false
	}
	start := d.pos
	if !d.number() {
		return 0, false
	}
	text := string(d.data[start:d.pos])
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil || n < min || n > max {
		if d.room() {
			d.FailValue(text, fmt.Sprintf("want a whole number from %d to %d", min, max), d.pkg.Invalid)
		}
		return 0, false
	}
	return n, true
}

// Bool reads true or false.
func (d *Decoder) Bool() (v, ok bool) {
	if d.broken {
		return false, false
	}
	d.space()
	switch {
	case d.literal("true"):
		d.pos += 4
		return true, true
	case d.literal("false"):
		d.pos += 5
		return false, true
	case d.pos >= len(d.data):
		d.syntax("unexpected end of input (want true or false)")
		return false, false
	}
	d.wrongType("true or false")
	return false, false
}

// Enum reads a string and parses it with parse, a package's ParseX. A name
// parse refuses is recorded with parse's reason, which lists the keys
// allowed and suggests the closest: built only if the problem is listed.
func Enum[T any](d *Decoder, parse func(string) (T, error)) (T, bool) {
	var zero T
	s, ok := d.str()
	if !ok {
		return zero, false
	}
	v, err := parse(s)
	if err != nil {
		d.refused(s, err)
		return zero, false
	}
	return v, true
}

// refused records err, the error of a package's ParseX for s, at the
// current path, if there is room for it.
func (d *Decoder) refused(s string, err error) {
	if !d.room() {
		return
	}
	var pe *ParseError
	if errors.As(err, &pe) {
		d.add(&FieldError{Path: d.Path(), Reason: pe.Describe(), Err: err})
	} else {
		d.FailValue(s, err.Error(), err)
	}
}

// EnumMap reads an object whose keys are names of an enumeration of n
// values, parsed by parse (a package's ParseX), and yields the value each
// key names, with the path set to the key, for the loop's body to read the
// key's value (a value the body does not read is skipped). A key parse
// refuses is recorded as Enum records a name, and its value skipped; so is
// a key naming a value named before in another spelling (the same key
// twice is recorded as Object records it). The object holds at most
// MaxPerValue × n keys (see Keys.Max): each value may be named once, and
// the bound leaves room for every mistake a person makes while keeping a
// hostile object of many keys from costing more than its first ones. A
// value that is not an object is recorded as such.
func EnumMap[T interface {
	comparable
	String() string
}](d *Decoder, n int, parse func(string) (T, error)) iter.Seq[T] {
	return func(yield func(T) bool) {
		var named []T // the values named so far: at most n
		for key := range d.Object(Keys{Max: MaxPerValue * n}) {
			v, err := parse(key)
			switch {
			case err != nil:
				d.refused(key, err)
			case slices.Contains(named, v):
				if d.room() {
					d.Fail(strconv.Quote(v.String())+" named twice, in two spellings (each once)", d.pkg.Invalid)
				}
			default:
				named = append(named, v)
				if !yield(v) {
					return
				}
			}
		}
	}
}

// Skip reads a value of any kind and discards it, checking that it is
// well-formed: its grammar only (a key given twice in an object skipped is
// not looked for: the value is skipped because it is already a problem, or
// not read).
func (d *Decoder) Skip() {
	if d.broken {
		return
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax("unexpected end of input (want a value)")
		return
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		for range d.Object(Keys{unread: true}) {
			d.Skip()
		}
	case c == '[':
		for range d.Array(int(^uint(0) >> 1)) {
			d.Skip()
		}
	case c == '"':
		d.skipString()
	case c == 't' && d.literal("true"):
		d.pos += 4
	case c == 'f' && d.literal("false"):
		d.pos += 5
	case c == 'n' && d.literal("null"):
		d.pos += 4
	case c == '-' || (c >= '0' && c <= '9'):
		d.number()
	case bytes.HasPrefix(d.data[d.pos:], []byte(byteOrderMark)):
		d.syntax("byte-order mark U+FEFF here (one is allowed only at the very start of the input; want a value)")
	default:
		d.syntax(fmt.Sprintf("invalid character %s (want a value)", quoteByte(c)))
	}
}

// byteOrderMark is U+FEFF, which an editor on Windows may write first.
const byteOrderMark = "\uFEFF"

func (d *Decoder) literal(word string) bool {
	return len(d.data)-d.pos >= len(word) && string(d.data[d.pos:d.pos+len(word)]) == word
}

// space skips JSON white space.
func (d *Decoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func quoteByte(c byte) string {
	if c < utf8.RuneSelf {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("0x%02x", c)
}
