// Package enum holds the table behind every enumeration of societal: the
// stable ASCII key, the French label and the English label of each value,
// and the one parser that MarshalText, UnmarshalText and the Parse functions
// share.
//
// A Table is built once, at package initialisation, from literal data, and is
// read-only afterwards: it is safe for concurrent use.
package enum

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxInput is the longest text a Parse accepts. No key or label of the model
// is longer; anything longer is refused before it is folded or compared.
const MaxInput = 64

// Names are the three spellings of one value. A plain value, safe for
// concurrent use.
type Names struct {
	Key     string // stable lowercase ASCII key, used by encodings
	French  string // the model's own label, with accents
	English string // English gloss
}

// Table maps the values 1..len(names) of an enumeration to their names.
// Value 0 and anything past the table are invalid. A Table is read-only
// after New: safe for concurrent use.
type Table[T ~uint8] struct {
	typ   string  // type name for String of an invalid value, e.g. "Phase"
	names []Names // names[v-1] names v
}

// New returns the table of typ. names[i] names the value i+1.
func New[T ~uint8](typ string, names ...Names) *Table[T] {
	return &Table[T]{typ: typ, names: names}
}

// Len is the number of valid values.
func (t *Table[T]) Len() int { return len(t.names) }

// Valid reports whether v names an entry of the table.
func (t *Table[T]) Valid(v T) bool { return v >= 1 && int(v) <= len(t.names) }

// Key returns the ASCII key of v, or "%!Typ(n)" for an invalid v, as time.Month does.
func (t *Table[T]) Key(v T) string {
	if !t.Valid(v) {
		return "%!" + t.typ + "(" + strconv.Itoa(int(v)) + ")"
	}
	return t.names[v-1].Key
}

// Label returns the French (english false) or English label of v, or the
// same "%!Typ(n)" form as Key for an invalid v.
func (t *Table[T]) Label(v T, english bool) string {
	if !t.Valid(v) {
		return t.Key(v)
	}
	if english {
		return t.names[v-1].English
	}
	return t.names[v-1].French
}

// Parse returns the value whose key, French label or English label equals s,
// ignoring case (Unicode simple folding, so "Expérimentation" and
// "EXPÉRIMENTATION" both match). ok is false for anything else, including
// text longer than MaxInput or not valid UTF-8. Parse does not allocate.
func (t *Table[T]) Parse(s string) (v T, ok bool) {
	if len(s) == 0 || len(s) > MaxInput || !utf8.ValidString(s) {
		return 0, false
	}
	for i := range t.names {
		n := &t.names[i]
		if strings.EqualFold(s, n.Key) || strings.EqualFold(s, n.French) || strings.EqualFold(s, n.English) {
			return T(i + 1), true
		}
	}
	return 0, false
}

// Keys returns the keys in value order, for error messages that list what is allowed.
func (t *Table[T]) Keys() []string {
	keys := make([]string, len(t.names))
	for i, n := range t.names {
		keys[i] = n.Key
	}
	return keys
}
