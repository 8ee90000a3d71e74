package lang

import "strings"

// Text is one text in every language of the module, in the order of the
// constants: French, then English. A Text may quote arguments by number,
// {1} to {9}, filled by [Text.Format]; "{{" writes a brace. A Text is an
// [Arg]: a message quotes a label in its own language. A plain value,
// safe for concurrent use.
type Text [numLangs]string

// In returns t in l: the wording of l, or for [Pseudo] the English wording
// marked ⟦thus⟧. An invalid l reads French. Placeholders are left as
// written; Format fills them.
func (t Text) In(l Lang) string {
	switch {
	case l < numLangs:
		return t[l]
	case l == Pseudo:
		return mark(t[English])
	}
	return t[French]
}

// Label returns t in l, as In does: a Text quoted in a message follows the
// message's language.
func (t Text) Label(l Lang) string { return t.In(l) }

// IsZero reports whether t is empty in every language.
func (t Text) IsZero() bool { return t == Text{} }

// Missing returns the first language whose wording is empty, and whether
// there is one: a test of each table of texts asks it of every row.
func (t Text) Missing() (Lang, bool) {
	for l := range numLangs {
		if strings.TrimSpace(t[l]) == "" {
			return l, true
		}
	}
	return 0, false
}

// Format returns t in l with each placeholder {n} replaced by args[n-1]
// rendered in l. A placeholder with no argument is written as it stands,
// so that a missing argument shows. In [Pseudo], the text's own words are
// marked and the arguments are not (a label marks itself).
func (t Text) Format(l Lang, args ...Arg) string {
	s := t[French]
	switch {
	case l < numLangs:
		s = t[l]
	case l == Pseudo:
		s = t[English]
	}
	if strings.IndexByte(s, '{') < 0 {
		if l == Pseudo {
			return mark(s)
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16*len(args))
	lit := 0 // start of the literal run not yet written
	flush := func(end int) {
		if l == Pseudo {
			b.WriteString(mark(s[lit:end]))
		} else {
			b.WriteString(s[lit:end])
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '{' {
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' { // "{{" is a brace
			flush(i + 1)
			i++
			lit = i + 1
			continue
		}
		if i+2 < len(s) && s[i+1] >= '1' && s[i+1] <= '9' && s[i+2] == '}' {
			n := int(s[i+1] - '1')
			if n >= len(args) || args[n] == nil {
				continue // written as it stands
			}
			flush(i)
			b.WriteString(args[n].Label(l))
			i += 2
			lit = i + 1
		}
	}
	flush(len(s))
	return b.String()
}

// Marks of the pseudo-locale.
const (
	markOpen  = "⟦"
	markClose = "⟧"
)

// mark returns s marked for the pseudo-locale; white space around it stays
// outside the marks and an empty s stays empty.
func mark(s string) string {
	core := strings.TrimSpace(s)
	if core == "" {
		return s
	}
	i := strings.Index(s, core)
	return s[:i] + markOpen + core + markClose + s[i+len(core):]
}

// Unmarked returns what of s the pseudo-locale did not mark, each marked
// run replaced by a space: a test of an output rendered in [Pseudo] looks
// there for words that escaped the module's tables.
func Unmarked(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, markOpen)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		j := strings.Index(s[i:], markClose)
		if j < 0 {
			return b.String()
		}
		s = s[i+j+len(markClose):]
	}
}
