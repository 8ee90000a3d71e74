// Package enumtest checks the methods of an enumeration the same way for
// every enumeration of the module, whose table is internal/enum's: the
// keys and labels, the text encoding, the parser and the invalid values.
// Each package's tests call it once per enumeration and test only the
// facts of their tables (the keys and labels the sources give). Import it
// from tests only. It has no state.
package enumtest

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Enum is what every enumeration of the module provides.
type Enum interface {
	~uint8
	String() string
	Label(lang.Lang) string
	IsValid() bool
	MarshalText() ([]byte, error)
}

// Range yields the values from lo to hi, in order: the values of an
// enumeration without an iterator of its own.
func Range[T ~uint8](lo, hi T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := int(lo); v <= int(hi); v++ {
			if !yield(T(v)) {
				return
			}
		}
	}
}

// A Case is one enumeration of a package, for the checks below: Of builds
// it. A plain value, safe for concurrent use.
type Case struct {
	name      string
	check     func(*testing.T)
	parseAny  func(*testing.T)
	unmarshal func(*testing.T, []byte)
}

// Of is the enumeration T, whose Go type is name, whose valid values are
// all (at least two, in order, without a gap) and whose parser is parse.
func Of[T Enum, P interface {
	*T
	UnmarshalText([]byte) error
}](name string, all iter.Seq[T], parse func(string) (T, error)) Case {
	return Case{
		name:      name,
		check:     func(t *testing.T) { check[T, P](t, name, all, parse) },
		parseAny:  func(t *testing.T) { parseAny(t, name, all, parse) },
		unmarshal: unmarshal[T, P],
	}
}

// Check checks each enumeration, each in a subtest of its name:
//   - every value is valid; its key (String) is lowercase ASCII (or a mark
//     of "-" and "+"), MarshalText writes it and UnmarshalText reads it
//     back; it has a label in every language (the test every table of
//     texts has, for the enumeration's); parse reads its key and its
//     labels, in any case;
//   - a value outside all is invalid, prints "%!name(n)" (String and
//     Label), and MarshalText refuses it with ErrInvalid and no text;
//   - a text that names no value is an unknown-name problem wrapping
//     ErrUnknown, to parse and to UnmarshalText, which leaves its value as
//     it was.
func Check(t *testing.T, cases ...Case) {
	for _, c := range cases {
		t.Run(c.name, c.check)
	}
}

func check[T Enum, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, name string, all iter.Seq[T], parse func(string) (T, error)) {
	t.Helper()
	vals := slices.Collect(all)
	if len(vals) < 2 {
		t.Fatalf("%s: %d values, want at least two", name, len(vals))
	}
	for i, v := range vals {
		if v != vals[0]+T(i) || !v.IsValid() {
			t.Errorf("%s: value %d is %d (valid %t), want %d, valid", name, i, v, v.IsValid(), vals[0]+T(i))
		}
		key := v.String()
		if key == "" || strings.Trim(key, "abcdefghijklmnopqrstuvwxyz0123456789-+") != "" {
			t.Errorf("%s(%d).String() = %q; keys are lowercase ASCII", name, v, key)
		}
		if text, err := v.MarshalText(); err != nil || string(text) != key {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want %q", name, v, text, err, key)
		}
		other := vals[0]
		if v == other {
			other = vals[len(vals)-1]
		}
		if err := P(&other).UnmarshalText([]byte(key)); err != nil || other != v {
			t.Errorf("%s.UnmarshalText(%q) = %d, %v; want %d", name, key, other, err, v)
		}
		names := []string{key}
		for l := range lang.Langs() {
			if strings.TrimSpace(v.Label(l)) == "" {
				t.Errorf("%s(%d).Label(%v) is blank", name, v, l)
			}
			names = append(names, v.Label(l))
		}
		for _, n := range names {
			for _, s := range []string{n, strings.ToUpper(n), strings.ToLower(n)} {
				if got, err := parse(s); err != nil || got != v {
					t.Errorf("%s: parse(%q) = %d, %v; want %d", name, s, got, err, v)
				}
			}
		}
	}
	invalid := []T{vals[len(vals)-1] + 1, 255}
	if vals[0] > 0 {
		invalid = append(invalid, 0)
	}
	for _, v := range invalid {
		want := fmt.Sprintf("%%!%s(%d)", name, v)
		if v.IsValid() || v.String() != want || v.Label(lang.French) != want {
			t.Errorf("%s(%d): valid %t, String %q, Label %q; want invalid, %q", name, v, v.IsValid(), v.String(), v.Label(lang.French), want)
		}
		if text, err := v.MarshalText(); text != nil || !errors.Is(err, problem.ErrInvalid) {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want no text and ErrInvalid", name, v, text, err)
		}
	}
	for _, in := range []string{"", "bogus", "%!X(0)", "\xff\xfe", strings.Repeat("+", 100)} {
		if _, err := parse(in); !unknownName(err) {
			t.Errorf("%s: parse(%q): %v, want an unknown-name problem wrapping ErrUnknown", name, in, err)
		}
		for _, start := range []T{vals[0], vals[len(vals)-1]} {
			got := start
			if err := P(&got).UnmarshalText([]byte(in)); !unknownName(err) || got != start {
				t.Errorf("%s.UnmarshalText(%q) from %d: %d, %v; want the value unchanged and an unknown-name problem", name, in, start, got, err)
			}
		}
	}
}

// ParseAny checks each enumeration, with rapid: any text parses to a
// value whose key or label it is (up to case), or fails with an
// unknown-name problem wrapping ErrUnknown; no text panics. The texts
// drawn are made of the runes of the names, so that near misses are
// common.
func ParseAny(t *testing.T, cases ...Case) {
	for _, c := range cases {
		t.Run(c.name, c.parseAny)
	}
}

func parseAny[T Enum](t *testing.T, name string, all iter.Seq[T], parse func(string) (T, error)) {
	var alphabet []rune
	for v := range all {
		alphabet = append(alphabet, []rune(v.String())...)
		for l := range lang.Langs() {
			alphabet = append(alphabet, []rune(v.Label(l))...)
		}
	}
	alphabet = append(alphabet, 'É', '\x00', '\ufffd', ' ')
	rapid.Check(t, func(t *rapid.T) {
		in := rapid.OneOf(
			rapid.String(),
			rapid.StringOf(rapid.SampledFrom(alphabet)),
			rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
		).Draw(t, "input")
		v, err := parse(in)
		if err != nil {
			if !unknownName(err) {
				t.Fatalf("parse(%q): %T %v, want an unknown-name problem wrapping ErrUnknown", in, err, err)
			}
			_ = err.Error() // never panics, whatever the input
			return
		}
		if !v.IsValid() {
			t.Fatalf("parse(%q) = invalid %d without error", in, v)
		}
		named := strings.EqualFold(in, v.String())
		for l := range lang.Langs() {
			named = named || strings.EqualFold(in, v.Label(l))
		}
		if !named {
			t.Fatalf("%s: parse(%q) = %s, which it does not name", name, in, v)
		}
	})
}

// unknownName reports whether err is a problem of a text that names no
// value: code "unknown-name" (or "missing-name" for an empty text),
// wrapping ErrUnknown.
func unknownName(err error) bool {
	var p *problem.Error
	return errors.As(err, &p) && errors.Is(err, problem.ErrUnknown) && (p.Code == "unknown-name" || p.Code == "missing-name")
}

// Unmarshal checks the UnmarshalText of c on data, as a fuzz target does:
// on error the value is as it was and the error an unknown-name problem
// wrapping ErrUnknown; on success the value is valid and its text reads
// back to it.
func (c Case) Unmarshal(t *testing.T, data []byte) { c.unmarshal(t, data) }

func unmarshal[T Enum, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, data []byte) {
	start := T(255) // no enumeration of the module has 255 values
	v := start
	if err := P(&v).UnmarshalText(data); err != nil {
		if v != start || !unknownName(err) {
			t.Fatalf("%T.UnmarshalText(%q): %d, %v; want the value unchanged and an unknown-name problem", v, data, v, err)
		}
		_ = err.Error() // never panics, whatever the input
		return
	}
	if !v.IsValid() {
		t.Fatalf("%T.UnmarshalText(%q) = invalid %d", v, data, v)
	}
	text, err := v.MarshalText()
	back := start
	if err != nil || P(&back).UnmarshalText(text) != nil || back != v {
		t.Fatalf("%T: %q → %d → %q, %v → %d", v, data, v, text, err, back)
	}
}
