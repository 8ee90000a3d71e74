package innovation_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"pgregory.net/rapid"
)

// drawValid draws a valid value of s.
func drawValid(t *rapid.T, s dataEnum) uint8 {
	return rapid.Uint8Range(s.lo, s.hi).Draw(t, s.name)
}

// TestPropertyParseString: for every enumeration and every valid value v,
// parsing String(v), either Label of v, or any of them in upper or lower
// case gives v back; labels are never empty.
func TestPropertyParseString(t *testing.T) {
	for _, s := range dataEnums() {
		t.Run(s.name, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				v := drawValid(t, s)
				if !s.valid(v) {
					t.Fatalf("%s(%d).IsValid() = false", s.name, v)
				}
				names := []string{s.str(v), s.label(v, lang.French), s.label(v, lang.English)}
				for _, l := range []lang.Lang{lang.French, lang.English} {
					if s.label(v, l) == "" {
						t.Fatalf("%s(%d).Label(%v) is empty", s.name, v, l)
					}
				}
				name := rapid.SampledFrom(names).Draw(t, "name")
				switch rapid.IntRange(0, 2).Draw(t, "case") {
				case 1:
					name = strings.ToUpper(name)
				case 2:
					name = strings.ToLower(name)
				}
				got, err := s.parse(name)
				if err != nil || got != v {
					t.Fatalf("parse(%q) = %d, %v, want %d", name, got, err, v)
				}
			})
		})
	}
}

// TestPropertyKeysAreStable: String of a valid value is lowercase ASCII
// (or one of Intensity's marks), as the encodings promise.
func TestPropertyKeysAreStable(t *testing.T) {
	for _, s := range dataEnums() {
		for v := int(s.lo); v <= int(s.hi); v++ {
			key := s.str(uint8(v))
			for _, r := range key {
				if !(r >= 'a' && r <= 'z' || r == '-' || r == '+') {
					t.Errorf("%s(%d).String() = %q holds %q; keys are lowercase ASCII", s.name, v, key, r)
					break
				}
			}
		}
	}
}

// TestPropertyNextPrev: Next then Prev, and Prev then Next, are the identity
// wherever they are defined; Next never skips a phase.
func TestPropertyNextPrev(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := innovation.Phase(rapid.Uint8().Draw(t, "phase"))
		if next, ok := p.Next(); ok {
			if !p.IsValid() || !next.IsValid() || next != p+1 {
				t.Fatalf("%v.Next() = %v", p, next)
			}
			if back, ok := next.Prev(); !ok || back != p {
				t.Fatalf("%v.Next().Prev() = %v, %v, want %v", p, back, ok, p)
			}
		} else if p.IsValid() && p != innovation.Industrialisation {
			t.Fatalf("%v.Next() undefined", p)
		}
		if prev, ok := p.Prev(); ok {
			if !p.IsValid() || !prev.IsValid() || prev != p-1 {
				t.Fatalf("%v.Prev() = %v", p, prev)
			}
			if fwd, ok := prev.Next(); !ok || fwd != p {
				t.Fatalf("%v.Prev().Next() = %v, %v, want %v", p, fwd, ok, p)
			}
		} else if p.IsValid() && p != innovation.Conception {
			t.Fatalf("%v.Prev() undefined", p)
		}
	})
}

// TestPropertyParseAnyString: any string parses to a valid value whose name
// it is (up to case), or fails with an unknown-name problem wrapping ErrUnknown; no
// string panics.
func TestPropertyParseAnyString(t *testing.T) {
	for _, s := range dataEnums() {
		t.Run(s.name, func(t *testing.T) {
			// Runes of the real names, so that near misses are common.
			var alphabet []rune
			for v := int(s.lo); v <= int(s.hi); v++ {
				alphabet = append(alphabet, []rune(s.str(uint8(v))+s.label(uint8(v), lang.French)+s.label(uint8(v), lang.English))...)
			}
			alphabet = append(alphabet, 'É', '\x00', '\ufffd', ' ')
			rapid.Check(t, func(t *rapid.T) {
				in := rapid.OneOf(
					rapid.String(),
					rapid.StringOf(rapid.SampledFrom(alphabet)),
					rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
				).Draw(t, "input")
				v, err := s.parse(in)
				if err == nil {
					if !s.valid(v) {
						t.Fatalf("parse(%q) = invalid %d without error", in, v)
					}
					if !strings.EqualFold(in, s.str(v)) && !strings.EqualFold(in, s.label(v, lang.French)) && !strings.EqualFold(in, s.label(v, lang.English)) {
						t.Fatalf("parse(%q) = %s, which it does not name", in, s.str(v))
					}
					return
				}
				var pe *problem.Error
				if !errors.As(err, &pe) || !errors.Is(err, innovation.ErrUnknown) {
					t.Fatalf("parse(%q): %T %v, want an unknown-name problem wrapping ErrUnknown", in, err, err)
				}
				if pe.Code != "unknown-name" && pe.Code != "missing-name" {
					t.Fatalf("parse(%q): problem code %q", in, pe.Code)
				}
				_ = err.Error() // never panics, whatever the input
			})
		})
	}
}
