// Package enum holds the table behind every enumeration of societal: the
// stable ASCII key and the label of each value in every language, and the
// one parser that MarshalText, UnmarshalText and the Parse functions share.
//
// An enumeration either starts at 1, its zero value deliberately invalid (as
// time.Month does), or has a valid zero value that is a documented default
// (the "-" Intensity, an Unstated fact). Define handles
// both; the only difference is Spec.ZeroValid.
//
// The methods of an enumeration type are one-line delegations to its table:
//
//	func ParsePhase(s string) (Phase, error)       { return phases.ParseText(s) }
//	func (p Phase) IsValid() bool                   { return phases.Valid(p) }
//	func (p Phase) String() string                  { return phases.Key(p) }
//	func (p Phase) Label(l lang.Lang) string        { return phases.Label(p, l) }
//	func (p Phase) MarshalText() ([]byte, error)    { return phases.MarshalText(p) }
//	func (p *Phase) UnmarshalText(text []byte) error { return phases.UnmarshalText(p, text) }
//	func Phases() iter.Seq[Phase]                   { return phases.All() }
//
// A Table is built once, at package initialisation, from literal data, and is
// read-only afterwards: it is safe for concurrent use.
package enum

import (
	"errors"
	"iter"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
)

// MaxInput is the longest text a Parse accepts. No key or label of the model
// is longer; anything longer is refused before it is folded or compared.
const MaxInput = 64

// Names are the spellings of one value. A plain value, safe for concurrent
// use.
type Names struct {
	Key   string    // stable lowercase ASCII key, used by encodings
	Label lang.Text // the label in each language: the model's own French, with accents, then the English gloss
	Alias string    // optional: one more spelling Parse accepts (a plain-ASCII form, a key of another scale); never written
}

// Reporter reports the problems of a Table: the package that owns it
// (internal/wire's Package, which makes them *problem.Error of the
// package), so that each problem names that package. Its methods are safe
// for concurrent use.
type Reporter interface {
	// UnknownName reports input, a text that names no value: noun is what
	// the enumeration is called ("phase"), allowed a fresh slice of its
	// keys.
	UnknownName(noun lang.Text, input string, allowed []string) error
	// InvalidValue reports v, a value outside the enumeration, which
	// MarshalText refuses to write.
	InvalidValue(noun lang.Text, v int) error
}

// Spec describes an enumeration to Define.
type Spec struct {
	// Type is the Go type name, printed in the "%!Type(n)" of an invalid value.
	Type string
	// Noun is what error messages call the enumeration, in each
	// language: "phase", "transition kind".
	Noun lang.Text
	// ZeroValid says that the zero value is valid, a documented default:
	// the first Names name value 0. Otherwise they name value 1, and the
	// zero value is invalid.
	ZeroValid bool
	// Pkg reports the errors of ParseText, MarshalText and UnmarshalText:
	// the package that owns the table. If nil, they are plain errors that
	// name only the Noun.
	Pkg Reporter
}

// Table maps the values of an enumeration to their names: first..first+n-1,
// where first is 0 (Spec.ZeroValid) or 1, and n the number of Names. Any
// other value is invalid. A Table is read-only after Define: safe for
// concurrent use.
type Table[T ~uint8] struct {
	spec  Spec
	first T       // the value names[0] names: 0 or 1
	names []Names // names[v-first] names v
}

// Define returns the table of the enumeration spec describes, whose values
// are named by names in order.
func Define[T ~uint8](spec Spec, names ...Names) *Table[T] {
	t := &Table[T]{spec: spec, first: 1, names: names}
	if spec.ZeroValid {
		t.first = 0
	}
	if t.spec.Noun.IsZero() {
		t.spec.Noun = lang.Text{spec.Type, spec.Type}
	}
	if t.spec.Pkg == nil {
		t.spec.Pkg = plain{}
	}
	return t
}

// plain reports plain errors that name only the noun, in English.
type plain struct{}

func (plain) UnknownName(noun lang.Text, _ string, _ []string) error {
	return errors.New("enum: unknown " + noun.In(lang.Logs))
}

func (plain) InvalidValue(noun lang.Text, v int) error {
	return errors.New("enum: invalid " + noun.In(lang.Logs) + " " + strconv.Itoa(v))
}

// Len is the number of valid values.
func (t *Table[T]) Len() int { return len(t.names) }

// All yields the valid values in order: what an enumeration's iterator
// (Phases, Levers, …) returns.
func (t *Table[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := range t.names {
			if !yield(t.first + T(i)) {
				return
			}
		}
	}
}

// Valid reports whether v names an entry of the table.
func (t *Table[T]) Valid(v T) bool { return v >= t.first && int(v-t.first) < len(t.names) }

// Key returns the ASCII key of v, or "%!Type(n)" for an invalid v, as time.Month does.
func (t *Table[T]) Key(v T) string {
	if !t.Valid(v) {
		return "%!" + t.spec.Type + "(" + strconv.Itoa(int(v)) + ")"
	}
	return t.names[v-t.first].Key
}

// Label returns the label of v in l, or the same "%!Type(n)" form as Key
// for an invalid v.
func (t *Table[T]) Label(v T, l lang.Lang) string {
	if !t.Valid(v) {
		return t.Key(v)
	}
	return t.names[v-t.first].Label.In(l)
}

// Names returns the names of v, and whether v is valid: a test of a table
// reads every row through it.
func (t *Table[T]) Names(v T) (Names, bool) {
	if !t.Valid(v) {
		return Names{}, false
	}
	return t.names[v-t.first], true
}

// Parse returns the value whose key, label in any language or alias
// equals s, ignoring case (Unicode simple folding, so "Expérimentation" and
// "EXPÉRIMENTATION" both match) and reading the typographic apostrophe ’ as
// ' ("Porteur d’idée" matches "Porteur d'idée"). ok is false for anything
// else, including text longer than MaxInput or not valid UTF-8. Parse does
// not allocate.
func (t *Table[T]) Parse(s string) (v T, ok bool) {
	if len(s) == 0 || len(s) > MaxInput || !utf8.ValidString(s) {
		return 0, false
	}
	for i := range t.names {
		n := &t.names[i]
		if equalFold(s, n.Key) || (n.Alias != "" && equalFold(s, n.Alias)) {
			return t.first + T(i), true
		}
		for l := range lang.Langs() {
			if equalFold(s, n.Label.In(l)) {
				return t.first + T(i), true
			}
		}
	}
	return 0, false
}

// ParseText is Parse with the owning package's error: what the package's
// ParseX functions return.
func (t *Table[T]) ParseText(s string) (T, error) {
	if v, ok := t.Parse(s); ok {
		return v, nil
	}
	return 0, t.Unknown(s)
}

// Unknown returns the owning package's error for s, a text that names no
// value of the table: what ParseText returns for it, and what a parser of
// several names (a set) returns for a text it refuses.
func (t *Table[T]) Unknown(s string) error { return t.spec.Pkg.UnknownName(t.spec.Noun, s, t.Keys()) }

// MarshalText returns the ASCII key of v, or the owning package's error for
// an invalid v, so that no encoder writes a value ParseText refuses.
func (t *Table[T]) MarshalText(v T) ([]byte, error) {
	if !t.Valid(v) {
		return nil, t.spec.Pkg.InvalidValue(t.spec.Noun, int(v))
	}
	return []byte(t.Key(v)), nil
}

// UnmarshalText parses text with ParseText into *dst; it accepts everything
// MarshalText produces. On error *dst is left unchanged.
func (t *Table[T]) UnmarshalText(dst *T, text []byte) error {
	v, err := t.ParseText(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// Keys returns the keys in value order, for error messages that list what is allowed.
func (t *Table[T]) Keys() []string {
	keys := make([]string, len(t.names))
	for i, n := range t.names {
		keys[i] = n.Key
	}
	return keys
}

// equalFold reports whether s and u are equal under Unicode simple case
// folding, as strings.EqualFold does, reading the typographic apostrophe ’
// (U+2019) as the ASCII apostrophe.
func equalFold(s, u string) bool {
	for s != "" && u != "" {
		r, n := utf8.DecodeRuneInString(s)
		q, m := utf8.DecodeRuneInString(u)
		s, u = s[n:], u[m:]
		if r == '’' {
			r = '\''
		}
		if q == '’' {
			q = '\''
		}
		if r == q {
			continue
		}
		if q < r {
			r, q = q, r
		}
		// r < q: walk r's fold orbit, which is sorted upwards from r but
		// for the wrap-around to the smallest member.
		f := unicode.SimpleFold(r)
		for f != r && f < q {
			f = unicode.SimpleFold(f)
		}
		if f != q {
			return false
		}
	}
	return s == u
}
