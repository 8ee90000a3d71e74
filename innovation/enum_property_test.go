package innovation_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enumtest"
	"pgregory.net/rapid"
)

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
// it is (up to case), or fails with an unknown-name problem wrapping
// ErrUnknown; no string panics (enumtest.ParseAny).
func TestPropertyParseAnyString(t *testing.T) { enumtest.ParseAny(t, enumerations...) }
