package wire

import (
	"fmt"
	"unicode/utf8"
)

// NameProblem says what is wrong with s as a name, an identifier or a key,
// or returns "": it must be valid UTF-8, at most MaxText bytes, on one line
// and free of control characters. Whether it may be empty is the caller's
// rule.
func NameProblem(s string) string { return textProblem(s, MaxText, false) }

// ProseProblem says what is wrong with s as free text (a reason, a note),
// or returns "": it must be valid UTF-8, at most MaxProse bytes, and free of
// control characters other than tab, line feed and carriage return.
func ProseProblem(s string) string { return textProblem(s, MaxProse, true) }

// CheckName returns a *FieldError of p at path when s is not a valid name
// (see NameProblem): it wraps p.Limit when s is too long, p.Invalid
// otherwise. Whether s may be empty is the caller's rule.
func (p *Package) CheckName(path, s string) error { return p.checkText(path, s, MaxText, false) }

// CheckProse is CheckName for free text (see ProseProblem).
func (p *Package) CheckProse(path, s string) error { return p.checkText(path, s, MaxProse, true) }

func (p *Package) checkText(path, s string, max int, lines bool) error {
	r := textProblem(s, max, lines)
	switch {
	case r == "":
		return nil
	case len(s) > max:
		return p.Field(path, s, r, p.Limit)
	}
	return p.Field(path, s, r, p.Invalid)
}

func textProblem(s string, max int, lines bool) string {
	if len(s) > max {
		return fmt.Sprintf("%d bytes, over the limit of %d", len(s), max)
	}
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !validAt(s, i):
			return "not valid UTF-8"
		case lines && (r == '\t' || r == '\n' || r == '\r'):
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			return fmt.Sprintf("control character %U at byte %d (write it without control characters)", r, i)
		}
	}
	return ""
}

// validAt reports whether the U+FFFD at s[i] is written out, not an invalid
// byte.
func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 3
}
