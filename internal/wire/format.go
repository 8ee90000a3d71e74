package wire

import (
	"errors"
	"unicode/utf8"

	"github.com/seed424036fd/societal/problem"
)

// Format is one document of the module (a dossier, a partnership, an
// evaluation report, a snapshot, a matrix): the kind of its top value, the
// package that reports its problems, the sentinel of the whole input, and
// the checks of what a schema cannot state, run on what was read. Its
// Decode and Encode are the decoder and the writer of the document, derived
// from the description. Declared once per document, never modified: safe
// for concurrent use.
type Format[V any] struct {
	Package *Package
	// Whole is the sentinel every problem unwraps to too (ErrDossier), or
	// nil.
	Whole error
	Kind  Kind[V]
	// Check checks a value read (the rules a schema cannot state: a
	// history consistent with its phase, contributions naming known
	// partners, sums), or is nil. Its problems' paths are relative to the
	// document; those at a path whose reading already failed are left out
	// (see Checking).
	Check    func(*V) error
	Checking Checking
}

// Checking says when a Format's Check runs, and which of its problems are
// left out because reading already said them.
type Checking uint8

const (
	// CheckAll runs the check on what was read, problems or not, and
	// leaves out its problems at or below a path whose reading failed.
	CheckAll Checking = iota
	// CheckByKey runs the check on what was read and leaves out every
	// problem below a top-level key whose reading failed: for a document
	// whose lists keep only the items read whole, whose indexes then
	// differ from the input's.
	CheckByKey
	// CheckWhole runs the check only on a value read without problem.
	CheckWhole
)

// Decode reads data, one JSON document of the format, strictly and in one
// pass, and then checks what it read. Every problem is reported at once,
// up to MaxProblems (the others counted), in an error that joins them
// (problem.List returns them); only malformed JSON stops the reading, at
// its line and column. The value is returned with the error, for the
// format to drop.
func (f *Format[V]) Decode(data []byte) (V, error) {
	d := newDecoder(data, f.Package.Name)
	var v V
	if !d.broken {
		f.Kind.read(d, &v)
		if f.Check != nil && !d.broken {
			switch {
			case f.Checking != CheckWhole:
				d.check(0, f.Checking == CheckByKey, func() error { return f.Check(&v) })
			case d.count() == 0:
				d.place(f.Check(&v))
			}
		}
	}
	return v, d.finish(f.Whole)
}

// Encode writes v in the format: keys in the order of their description,
// absent values left out, decimals as strings, enumerations as their keys.
// A value that cannot be written as the format says (an enumeration value
// of no member, a text Decode would refuse) is an error, every problem
// joined, each at its path.
func (f *Format[V]) Encode(v *V) ([]byte, error) {
	w := &writer{pkg: f.Package.Name, buf: make([]byte, 0, 256)}
	f.Kind.write(w, v)
	if len(w.errs) > 0 {
		return nil, errors.Join(w.errs...)
	}
	return w.buf, nil
}

// writer writes one JSON text, compact, and records the problems of the
// values it cannot write with their paths.
type writer struct {
	buf   []byte
	pkg   string
	path  []segment
	comma []bool // per open container: an item was written
	errs  []error
}

// open opens an object or an array.
func (w *writer) open(c byte) {
	w.buf = append(w.buf, c)
	w.comma = append(w.comma, false)
}

// close closes what open opened.
func (w *writer) close(c byte) {
	w.comma = w.comma[:len(w.comma)-1]
	w.buf = append(w.buf, c)
}

// next writes the comma before an item, if it is not the first.
func (w *writer) next() {
	if top := len(w.comma) - 1; w.comma[top] {
		w.buf = append(w.buf, ',')
	} else {
		w.comma[top] = true
	}
}

// key writes a key of an object and enters its value.
func (w *writer) key(name string) {
	w.next()
	w.str(name)
	w.buf = append(w.buf, ':')
	w.path = append(w.path, segment{key: name, index: -1})
}

// index enters an element of an array.
func (w *writer) index(i int) {
	w.next()
	w.path = append(w.path, segment{index: i})
}

// leave leaves what key or index entered.
func (w *writer) leave() { w.path = w.path[:len(w.path)-1] }

func (w *writer) null() { w.buf = append(w.buf, "null"...) }

// raw writes a JSON text written by another package's writer.
func (w *writer) raw(b []byte) { w.buf = append(w.buf, b...) }

// fail records err at the current path: each problem of it placed below
// the path, any other error quoted.
func (w *writer) fail(err error) {
	at := joinPath(w.path)
	for e := range problem.All(err) {
		pkg := ""
		if e.Code == "error" { // not a problem of the module: its message
			pkg = w.pkg
		}
		w.errs = append(w.errs, e.In(pkg, at, nil))
	}
	w.null()
}

// invalid records that a value, whose String is s, is no member of its
// enumeration.
func (w *writer) invalid(s string) {
	w.fail(kindNotAMember.New(w.pkg, "", s))
}

// str writes s as a JSON string, escaped as encoding/json escapes it
// (with <, > and & as \u escapes, so that the text is safe in HTML).
func (w *writer) str(s string) {
	const hex = "0123456789abcdef"
	b := append(w.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	w.buf = append(b, '"')
}
