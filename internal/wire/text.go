package wire

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Problem returns what is wrong with s as a name of kind n, as reading it
// would say: the kind of problem and the arguments of its message (made
// into a problem by kind.New(pkg, path, s, args...)), or nil when s is a
// valid name of kind n (see CheckName for the rules; NonEmpty and Format
// apply too). It does not allocate for a valid name.
func (n Name) Problem(s string) (*problem.Kind, []lang.Arg) {
	if f := findTextFault(s, n.max(), false); f.kind != faultNone {
		return f.describe()
	}
	switch {
	case n.NonEmpty && s == "":
		return &kindEmpty, nil
	case n.Format != nil && s != "" && !n.Format.MatchString(s):
		return &kindWrongFormat, []lang.Arg{n.Want}
	}
	return nil, nil
}

// Problem returns what is wrong with s as free text of kind p, as Name's
// Problem does (see CheckProse for the rules; NonEmpty applies too).
func (p Prose) Problem(s string) (*problem.Kind, []lang.Arg) {
	if f := findTextFault(s, MaxProse, true); f.kind != faultNone {
		return f.describe()
	}
	if p.NonEmpty && s == "" {
		return &kindEmpty, nil
	}
	return nil, nil
}

// CheckName returns the problem of s at path, reported by p, when s is not
// a valid name, or nil. A name must be valid UTF-8 ("not-utf8"), at most
// MaxText bytes ("over-limit", ErrLimit), on one line and free of control
// characters ("control-character") and of bidirectional controls
// (U+202A–U+202E, U+2066–U+2069, which reorder how a name reads wherever it
// is shown: "bidi-control") and, unless empty, not blank (white space and
// invisible format characters only, such as " " or "\u200b": "blank").
// Whether it may be empty is the caller's rule.
func (p *Package) CheckName(path, s string) error {
	return findTextFault(s, MaxText, false).problem(p.Name, path, s)
}

// CheckProse is CheckName for free text (a reason, a note): at most
// MaxProse bytes, free of control characters other than tab, line feed and
// carriage return; it may be blank, and may hold bidirectional controls,
// as text mixing scripts may need.
func (p *Package) CheckProse(path, s string) error {
	return findTextFault(s, MaxProse, true).problem(p.Name, path, s)
}

// textFault is what is wrong with a text, found without building a
// problem: a decoder past MaxProblems only counts it.
type textFault struct {
	kind byte // one of the fault constants
	at   int  // byte offset of r; for faultLong, the length of the text
	r    rune // the character, for faultControl and faultBidi
	max  int  // the limit, for faultLong
}

const (
	faultNone    = iota
	faultLong    // over the limit: wraps ErrLimit
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
		case blank && !invisible(r):
			blank = false // a visible character
		}
	}
	if blank {
		return textFault{kind: faultBlank}
	}
	return textFault{}
}

// invisible reports whether r shows nothing: white space or an invisible
// format character (Unicode category Cf).
func invisible(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }

// problem returns the problem of the fault in s at path, reported by pkg,
// or nil for no fault.
func (f textFault) problem(pkg, path, s string) error {
	if f.kind == faultNone {
		return nil
	}
	k, args := f.describe()
	return k.New(pkg, path, s, args...)
}

// describe returns the kind of the fault and its arguments.
func (f textFault) describe() (*problem.Kind, []lang.Arg) {
	switch f.kind {
	case faultLong:
		return &kindTextTooLong, []lang.Arg{digits(f.at), digits(f.max)}
	case faultUTF8:
		return &kindTextNotUTF8, nil
	case faultControl:
		return &kindControl, []lang.Arg{lang.Data(fmt.Sprintf("%U", f.r)), digits(f.at)}
	case faultBlank:
		return &kindBlank, nil
	}
	return &kindBidi, []lang.Arg{lang.Data(fmt.Sprintf("%U", f.r)), digits(f.at)}
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
