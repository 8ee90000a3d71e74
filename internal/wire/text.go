package wire

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// NameProblem says what is wrong with s as a name, an identifier or a key,
// or returns "": it must be valid UTF-8, at most MaxText bytes, on one line,
// free of control characters and of bidirectional controls (U+202A–U+202E,
// U+2066–U+2069, which reorder how a name reads wherever it is shown) and,
// unless empty, not blank (white space and invisible format characters
// only, such as " " or "\u200b"). Whether it may be empty is the caller's
// rule.
func NameProblem(s string) string { return findTextFault(s, MaxText, false).reason() }

// ProseProblem says what is wrong with s as free text (a reason, a note),
// or returns "": it must be valid UTF-8, at most MaxProse bytes, and free of
// control characters other than tab, line feed and carriage return. Free
// text may hold bidirectional controls, as text mixing scripts may need.
func ProseProblem(s string) string { return findTextFault(s, MaxProse, true).reason() }

// CheckName returns a *FieldError of p at path when s is not a valid name
// (see NameProblem): it wraps p.Limit when s is too long, p.Invalid
// otherwise. Whether s may be empty is the caller's rule.
func (p *Package) CheckName(path, s string) error { return p.checkText(path, s, MaxText, false) }

// CheckProse is CheckName for free text (see ProseProblem).
func (p *Package) CheckProse(path, s string) error { return p.checkText(path, s, MaxProse, true) }

func (p *Package) checkText(path, s string, max int, lines bool) error {
	f := findTextFault(s, max, lines)
	if f.kind == faultNone {
		return nil
	}
	return p.Field(path, s, f.reason(), f.sentinel(p))
}

// textFault is what is wrong with a text, found without building a
// message: a decoder past MaxProblems only counts it.
type textFault struct {
	kind byte // one of the fault constants
	at   int  // byte offset of r; for faultLong, the length of the text
	r    rune // the character, for faultControl and faultBidi
	max  int  // the limit, for faultLong
}

const (
	faultNone    = iota
	faultLong    // over the limit: wraps Limit
	faultUTF8    // not valid UTF-8
	faultControl // a control character
	faultBlank   // a name of white space and invisible characters only
	faultBidi    // a bidirectional control in a name
)

// findTextFault finds what is wrong with s as a name (lines false) or as
// free text (lines true) of at most max bytes.
func findTextFault(s string, max int, lines bool) textFault {
	if len(s) > max {
		return textFault{kind: faultLong, at: len(s), max: max}
	}
	blank := !lines && s != ""
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !validAt(s, i):
			return textFault{kind: faultUTF8, at: i}
		case lines && (r == '\t' || r == '\n' || r == '\r'):
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			return textFault{kind: faultControl, at: i, r: r}
		case !lines && bidiControl(r):
			return textFault{kind: faultBidi, at: i, r: r}
		case blank && !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r):
			blank = false // a visible character
		}
	}
	if blank {
		return textFault{kind: faultBlank}
	}
	return textFault{}
}

// reason says what is wrong, or returns "" for no fault.
func (f textFault) reason() string {
	switch f.kind {
	case faultLong:
		return fmt.Sprintf("%d bytes, over the limit of %d", f.at, f.max)
	case faultUTF8:
		return "not valid UTF-8"
	case faultControl:
		return fmt.Sprintf("control character %U at byte %d (write it without control characters)", f.r, f.at)
	case faultBlank:
		return "blank: want a name with at least one visible character"
	case faultBidi:
		return fmt.Sprintf("bidirectional control %U at byte %d (write it without: it reorders how the name reads)", f.r, f.at)
	}
	return ""
}

// sentinel returns the sentinel of p the fault wraps.
func (f textFault) sentinel(p *Package) error {
	if f.kind == faultLong {
		return p.Limit
	}
	return p.Invalid
}

// bidiControl reports whether r is a bidirectional embedding, override or
// isolate control (U+202A–U+202E, U+2066–U+2069): the characters that make
// a text read in another order than it is stored (CVE-2021-42574).
func bidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// validAt reports whether the U+FFFD at s[i] is written out, not an invalid
// byte.
func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 3
}
