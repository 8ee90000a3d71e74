package wire

import (
	"bytes"
	"errors"
	"iter"
	"strconv"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
	"github.com/shopspring/decimal"
)

// decoder reads one JSON text, front to back, and records every problem it
// finds with its path. A kind reads a value with the method for what it
// expects there; each such method consumes the value, whatever it holds, so
// that reading goes on after a problem. After malformed JSON (or an input
// that is too large or not UTF-8) nothing more is read and every method
// returns zero values.
//
// The zero decoder is not usable: make one with newDecoder. A decoder is
// used by one goroutine.
type decoder struct {
	data     []byte
	pos      int
	pkg      string // prefix of the problems' English messages
	path     []segment
	depth    int
	problems []error // *problem.Error, each
	left     int     // problems past MaxProblems, counted
	broken   bool    // malformed JSON: stop reading
}

// segment is one step of a path: a key, or an index when key is "" and
// index ≥ 0.
type segment struct {
	key   string
	index int
}

// newDecoder returns a decoder of data whose problems are reported by the
// package pkg. An input over MaxJSON bytes or not valid UTF-8 is recorded
// as a problem at once, and nothing is read. A UTF-8 byte-order mark at the
// very start of data is skipped (RFC 8259 §8.1), and lines and columns are
// counted after it.
func newDecoder(data []byte, pkg string) *decoder {
	d := &decoder{data: data, pkg: pkg}
	if len(data) <= MaxJSON {
		d.data = bytes.TrimPrefix(data, []byte(byteOrderMark))
	}
	switch {
	case len(data) > MaxJSON:
		d.problems = append(d.problems, tooLarge(pkg))
		d.broken = true
	case !utf8.Valid(d.data):
		d.pos = invalidUTF8At(d.data)
		d.syntax(&kindNotUTF8)
	}
	return d
}

// finish checks that nothing but white space follows the value read and
// returns every problem recorded, each unwrapping to whole too when whole
// is not nil, joined (nil if there were none).
func (d *decoder) finish(whole error) error {
	if !d.broken {
		d.space()
		if d.pos < len(d.data) {
			d.syntax(&kindTrailing)
		}
	}
	if d.left > 0 {
		d.problems = append(d.problems, kindTooManyProblems.New(d.pkg, "", "", digits(d.left)))
	}
	if len(d.problems) == 0 {
		return nil
	}
	if whole != nil {
		for i, e := range d.problems {
			d.problems[i] = e.(*problem.Error).In("", "", whole)
		}
	}
	return &list{problems: d.problems, omitted: d.left}
}

// list is the error of a decoding: its problems, joined as errors.Join
// joins them, and the count of those past MaxProblems, which a reader of a
// larger input adds to its own.
type list struct {
	problems []error
	omitted  int
}

// Error returns the problems' messages, one per line.
func (l *list) Error() string { return errors.Join(l.problems...).Error() }

// Unwrap returns the problems.
func (l *list) Unwrap() []error { return l.problems }

// full reports whether MaxProblems problems are listed: a problem found
// now would only be counted. A reader skips the checks whose problems no
// one would read.
func (d *decoder) full() bool { return len(d.problems) >= MaxProblems }

// count returns how many problems have been recorded so far: a reader
// compares two counts to learn whether a part was read without problem.
func (d *decoder) count() int { return len(d.problems) + d.left }

// where returns the path of the value being read, e.g.
// "partnership.contributions[0].amount"; "" at the top.
func (d *decoder) where() string { return joinPath(d.path) }

// room reports whether a problem found now would be listed. When it would
// not (MaxProblems are listed already), it counts the problem among those
// left out, and the caller builds nothing: a hostile input may hold many
// problems, and a problem can cost (a path, a copy of what was found). The
// recorders ask it for each problem; a caller whose problem costs asks it
// first, and builds the problem only on true.
func (d *decoder) room() bool {
	if len(d.problems) < MaxProblems {
		return true
	}
	d.left++
	return false
}

// fail records a problem of kind k at the value being read, quoting value,
// if there is room for it.
func (d *decoder) fail(k *problem.Kind, value string, args ...lang.Arg) {
	if d.room() {
		d.add(k.New(d.pkg, d.where(), value, args...))
	}
}

// add lists e, once room has said there is room for it.
func (d *decoder) add(e *problem.Error) { d.problems = append(d.problems, e) }

// missing records that the required key is missing from the object just
// read.
func (d *decoder) missing(key string) {
	if d.broken {
		return // the object was not read to its end: nothing is known missing
	}
	if d.room() {
		d.add(kindMissingKey.New(d.pkg, d.sub(key), ""))
	}
}

// sub returns the path of key below the value being read.
func (d *decoder) sub(key string) string {
	return joinPath(append(d.path[:len(d.path):len(d.path)], segment{key: key, index: -1}))
}

// syntax records malformed JSON of kind k at the current position and
// stops reading.
func (d *decoder) syntax(k *problem.Kind, args ...lang.Arg) {
	if d.broken {
		return
	}
	d.broken = true
	// Listed even past MaxProblems (one more at most: reading stops here):
	// where the JSON breaks is what the reader must fix first.
	e := k.New(d.pkg, "", "", args...)
	e.Line, e.Column = position(d.data, d.pos)
	d.problems = append(d.problems, e)
}

// place records err, found in the value being read (by the checks of a
// format, or by the decoder of a part read whole): each *problem.Error of
// its errors.Join tree is placed below the current path, and any other
// error is reported at the current path with its message. The problems a
// part's decoder counted past its own cap are counted here too. Nothing is
// recorded after malformed JSON: no value was read to its end, and checks
// of what was read would only add noise. The problems keep the package
// that reported them.
func (d *decoder) place(err error) { d.placeAs("", err) }

// placeAs is place, the problems reported by pkg when it is not "".
func (d *decoder) placeAs(pkg string, err error) {
	if d.broken || err == nil {
		return
	}
	if l, ok := err.(*list); ok {
		d.left += l.omitted
	}
	at := d.where()
	for e := range problem.All(err) {
		if e.Code == kindTooManyProblems.Code && e.Path == "" {
			continue // counted above
		}
		if d.room() {
			d.add(e.In(pkg, at, nil))
		}
	}
}

// keys describes the keys of an object to read: the names it may hold,
// required ones first; nil for a map, whose keys are any strings.
type keys struct {
	names    []string
	required uint64 // bit i: names[i] is required (names beyond the 64th are optional)
	max      int    // if not 0, the most keys the object holds: those past it are over the limit
	unread   bool
}

// object reads an object and calls each with each of its keys (its index
// in k.names, -1 for a key of a map), with the path set to it, for the
// value to be read (a value each does not read is skipped). A key given
// twice is recorded and its second value skipped. A value that is not an
// object is recorded as such (null included: call null first where null is
// allowed).
//
// With k.names not nil, a key not among them is recorded as unknown (with a
// suggestion, made when the problem is shown) and its value skipped. A key
// whose value is null is consumed and not given to each: null is the same
// as an absent key. Once the object is read to its end, each required name
// that was not given is recorded as missing, in the order of k.names;
// nothing is missing from a value that is not an object, or after
// malformed JSON.
//
// With k.names nil the object is a map: every key is given, null values
// included. Keys past k.max, if it is set, are recorded as over the limit
// once, and skipped with their values, unread.
func (d *decoder) object(k *keys) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		if !d.open('{', anObject) {
			return
		}
		var seenKnown uint64 // bit i: k.names[i] seen, for the first 64 names
		var present uint64   // bit i: k.names[i] given (seen, and not null)
		var seen keySet      // the other keys seen
		for n := 0; d.more(n == 0, '}', insideObject, objectMember); n++ {
			if d.pos >= len(d.data) || d.data[d.pos] != '"' {
				d.syntax(&kindNoKey)
				return
			}
			switch {
			case k.max > 0 && n >= k.max:
				if n == k.max && d.room() {
					d.add(kindTooManyKeys.New(d.pkg, d.where(), "", digits(k.max)))
				}
				if !d.skipMember() {
					return
				}
				continue
			case k.unread:
				// A value skipped is only checked for its grammar: its
				// keys are neither built nor remembered.
				if !d.skipMember() {
					return
				}
				continue
			case !d.full():
			case k.names != nil && d.unknownKey(k.names):
				// Past the cap, an unknown key (or one given twice) is a
				// problem counted: neither built nor remembered.
				d.room()
				if !d.skipMember() {
					return
				}
				continue
			}
			key, known, ok := d.key(k.names)
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
				d.fail(&kindDuplicateKey, "")
				d.skip()
			case k.names != nil && known < 0:
				if d.room() {
					d.add(kindUnknownKey.New(d.pkg, d.where(), "", keyList(k.names), suggestion(key, k.names)))
				}
				d.skip()
			case k.names != nil && d.null():
				// the same as an absent key
			default:
				if known >= 0 && known < 64 {
					present |= 1 << known
				}
				if !yield(known, key) {
					d.broken = true // the reader stopped: nothing more can be trusted
					return
				}
			}
			if !d.leave(at) {
				return
			}
		}
		for i, name := range k.names {
			if i < 64 && k.required&(1<<i) != 0 && present&(1<<i) == 0 {
				d.missing(name)
			}
		}
	}
}

// skipMember skips the member of an object at d.pos, its key and its
// value, unread; it reports whether reading goes on (not after malformed
// JSON).
func (d *decoder) skipMember() bool {
	d.skipString()
	if !d.colon("", false) {
		return false
	}
	d.skip()
	return !d.broken
}

// colon consumes the colon after a key: the key read (quoted in the
// problem, if any), or a key skipped unread when read is false.
func (d *decoder) colon(key string, read bool) bool {
	if d.broken {
		return false
	}
	d.space()
	if d.pos >= len(d.data) || d.data[d.pos] != ':' {
		if read {
			d.syntax(&kindNoColon, lang.Quoted(echo(key), MaxEcho))
		} else {
			d.syntax(&kindNoColonSkipped)
		}
		return false
	}
	d.pos++
	return true
}

// array reads an array and yields the index of each element, with the path
// set to it, for the loop's body to read the element. Elements past max are
// recorded as over the limit once, and skipped. A value that is not an
// array is recorded as such.
func (d *decoder) array(max int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if !d.open('[', anArray) {
			return
		}
		for i := 0; d.more(i == 0, ']', insideArray, arrayElement); i++ {
			if i == max && d.room() {
				d.add(kindTooManyItems.New(d.pkg, d.where(), "", digits(max)))
			}
			d.path = append(d.path, segment{index: i})
			at := d.pos
			if i >= max {
				d.skip()
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
func (d *decoder) more(first bool, end byte, inside, after lang.Text) bool {
	d.space()
	if d.pos >= len(d.data) {
		d.syntax(&kindEndInside, inside)
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
	d.syntax(&kindNoSeparator, lang.Data(string(end)), after)
	return false
}

// leave ends a member or an element whose value begins at at: it skips
// the value if the reader did not read it, and restores the path. It
// reports whether reading goes on (not after malformed JSON).
func (d *decoder) leave(at int) bool {
	if d.pos == at {
		d.skip()
	}
	d.path = d.path[:len(d.path)-1]
	return !d.broken
}

// open consumes the opening byte of an object or an array, or records what
// was found instead and skips it.
func (d *decoder) open(c byte, want lang.Text) bool {
	if d.broken {
		return false
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax(&kindEndWant, want)
		return false
	}
	if d.data[d.pos] != c {
		d.wrongType(want)
		return false
	}
	if d.depth >= MaxDepth {
		d.syntax(&kindTooDeep, digits(MaxDepth))
		return false
	}
	d.depth++
	d.pos++
	return true
}

// wrongType records that the value found is not what was wanted, and skips
// it.
func (d *decoder) wrongType(want lang.Text) {
	found := d.kind()
	d.skip()
	if !d.broken {
		d.fail(&kindWrongType, "", want, found)
	}
}

// kind names the value at the current position.
func (d *decoder) kind() lang.Text {
	switch d.data[d.pos] {
	case '{':
		return anObject
	case '[':
		return anArray
	case '"':
		return aString
	case 't', 'f':
		return aBoolean
	case 'n':
		return null
	}
	return aNumber
}

// null consumes a null and reports true if the value is null; otherwise it
// reads nothing.
func (d *decoder) null() bool {
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

// str reads a string value as it is.
func (d *decoder) str() (string, bool) {
	if d.broken {
		return "", false
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax(&kindEndWant, aString)
		return "", false
	}
	if d.data[d.pos] != '"' {
		d.wrongType(aString)
		return "", false
	}
	return d.quoted()
}

// numberText reads a number, written as a JSON number or, when quoted is
// true, as a string too, and returns its text.
func (d *decoder) numberText(want lang.Text, quoted bool) (string, bool) {
	if d.broken {
		return "", false
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax(&kindEndWant, want)
		return "", false
	}
	switch c := d.data[d.pos]; {
	case c == '"' && quoted:
		return d.quoted()
	case c == '-' || (c >= '0' && c <= '9'):
		start := d.pos
		if !d.number() {
			return "", false
		}
		return string(d.data[start:d.pos]), true
	}
	d.wrongType(want)
	return "", false
}

// decimal reads a decimal, written as a JSON number or a string, bounded as
// decimalFault says. A problem is recorded, and ok is false.
func (d *decoder) decimal() (v decimal.Decimal, ok bool) {
	text, ok := d.numberText(aNumber, true)
	if !ok {
		return decimal.Decimal{}, false
	}
	v, f := parseDecimal(text)
	if f != decimalOK {
		if d.room() {
			d.add(decimalProblem(d.pkg, d.where(), text, v, f))
		}
		return decimal.Decimal{}, false
	}
	return v, true
}

// boolean reads true or false.
func (d *decoder) boolean() (v, ok bool) {
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
		d.syntax(&kindEndWant, trueOrFalse)
		return false, false
	}
	d.wrongType(trueOrFalse)
	return false, false
}

// raw reads a value of any kind, checking its grammar as skip does, and
// returns its text, for the decoder of a part to read whole.
func (d *decoder) raw() ([]byte, bool) {
	if d.broken {
		return nil, false
	}
	d.space()
	start := d.pos
	d.skip()
	if d.broken {
		return nil, false
	}
	return d.data[start:d.pos], true
}

// skip reads a value of any kind and discards it, checking that it is
// well-formed: its grammar only (a key given twice in an object skipped is
// not looked for: the value is skipped because it is already a problem, or
// not read).
func (d *decoder) skip() {
	if d.broken {
		return
	}
	d.space()
	if d.pos >= len(d.data) {
		d.syntax(&kindEndWant, aValue)
		return
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		for range d.object(&unread) {
			d.skip()
		}
	case c == '[':
		for range d.array(int(^uint(0) >> 1)) {
			d.skip()
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
		d.syntax(&kindByteOrderMark)
	default:
		d.syntax(&kindBadCharacter, lang.Data(quoteByte(c)))
	}
}

// unread describes an object skipped: its keys are neither built nor
// remembered. Never modified.
var unread = keys{unread: true}

// byteOrderMark is U+FEFF, which an editor on Windows may write first.
const byteOrderMark = "\uFEFF"

func (d *decoder) literal(word string) bool {
	return len(d.data)-d.pos >= len(word) && string(d.data[d.pos:d.pos+len(word)]) == word
}

// space skips JSON white space.
func (d *decoder) space() {
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
	const hex = "0123456789abcdef"
	return "0x" + string(hex[c>>4]) + string(hex[c&0xf])
}
