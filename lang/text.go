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
	var b strings.Builder
	t.Parts(l, len(args), func(s string) { b.WriteString(s) }, func(n int) {
		if args[n] == nil {
			b.WriteString("{" + string(rune('1'+n)) + "}") // shows, as a missing one does
			return
		}
		b.WriteString(args[n].Label(l))
	})
	return b.String()
}

// Parts walks t in l as Format writes it, for a caller that lays out the
// arguments itself (a document whose arguments are spans of their own):
// words gets each run of the text's own words, as Format writes them
// (marked in [Pseudo]), and arg the index of each argument, from 0, where
// the text places it. A placeholder whose index is args or more is given
// to words as it stands.
func (t Text) Parts(l Lang, args int, words func(string), arg func(n int)) {
	s := t[French]
	switch {
	case l < numLangs:
		s = t[l]
	case l == Pseudo:
		s = t[English]
	}
	lit := 0 // start of the run of words not yet given
	flush := func(end int) {
		switch {
		case end <= lit:
		case l == Pseudo:
			words(mark(s[lit:end]))
		default:
			words(s[lit:end])
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
			if n >= args {
				continue // written as it stands
			}
			flush(i)
			arg(n)
			i += 2
			lit = i + 1
		}
	}
	flush(len(s))
}

// Marks of the pseudo-locale.
const (
	markOpen  = "⟦"
	markClose = "⟧"
)

// mark returns s marked for the pseudo-locale, each line apart; white
// space around a line stays outside its marks and an empty s stays empty.
func mark(s string) string {
	if strings.Contains(s, "\n") {
		lines := strings.Split(s, "\n")
		for i, line := range lines {
			lines[i] = markLine(line)
		}
		return strings.Join(lines, "\n")
	}
	return markLine(s)
}

func markLine(s string) string {
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
