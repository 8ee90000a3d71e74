package wire

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// What Keep keeps of an input's problems.
const (
	// MaxKept is the most problems a Kept holds.
	MaxKept = 3
	// KeptText is the most bytes of text (paths, values and the arguments
	// of the messages, in every language where they differ) the problems
	// of a Kept hold in all. With the Kept itself (at most 320 bytes) and
	// the kinds of its problems (shared tables, or for a problem made
	// without one of the module's tables, 64 bytes each), a Kept retains
	// at most 1 KiB, whatever the input held.
	KeptText = 512
	// WrittenText is the most bytes of text a Kept read back from what a
	// summary wrote holds (KeptWritten): the reasons come rendered in each
	// language, so that those a Kept of KeptText wrote fit whole.
	WrittenText = 4 * KeptText
	// maxArgs is the most arguments of a message a Kept keeps; a message
	// with more is kept rendered.
	maxArgs = 5
)

// renderings is the number of ways a kept argument may render: one per
// language of the module (the pseudo-locale marks the English one).
const renderings = len(lang.Text{})

// Kept is what a long-lived summary keeps of the problems of an input (a
// stream keeps one per refused line): its first problems, at most MaxKept,
// and the count of the others. Each problem kept is a *problem.Error of the
// same kind, code, path, value, line and column, unwrapping to the same
// sentinels, whose message renders in any language as the original's does:
// the arguments of the message are kept as copies of their renderings, cut
// to fit, which hold no reference to the input. Their texts share one
// allocation of at most KeptText bytes. Kept unwraps to its problems
// (copies made for each call), so that errors.Is and errors.As see them.
//
// The zero Kept holds no problem. A Kept is not modified once returned:
// safe for concurrent reads.
type Kept struct {
	text     string // the texts of the problems kept, one after the other
	problems [MaxKept]keptProblem
	n        int // problems kept
	more     int // problems not kept
}

// keptProblem is a *problem.Error as a Kept holds it: its texts are lengths
// in Kept.text, in the order path, value, then each argument's renderings.
type keptProblem struct {
	kind         *problem.Kind
	pkg          string // a package's name: static
	whole        error  // a sentinel
	line, column int32
	path, value  uint16
	nargs        uint8
	args         [maxArgs]keptArg
}

// keptArg is an argument of a message: its rendering in each language
// (only the first when they are the same).
type keptArg struct {
	n    [renderings]uint16
	same bool
}

// Keep returns what a Kept keeps of err's problems: each problem of its
// errors.Join tree counts one (an error that is not a *problem.Error is
// kept as a problem quoting its message), and the last problem of a
// decoding past MaxProblems counts the problems it says were not listed.
// The first ones are kept, in order, while their texts fit KeptText bytes
// in all (the first one is kept in any case, its texts cut to fit); the
// others are counted. Nil for a nil err.
func Keep(err error) *Kept {
	if err == nil {
		return nil
	}
	k := &Kept{}
	if l, ok := err.(*list); ok {
		k.more += l.omitted
	}
	var texts [MaxKept][]string
	done := false // a problem did not fit: the first ones only, in order
	size := 0
	for e := range problem.All(err) {
		if e.Code == kindTooManyProblems.Code && e.Path == "" {
			continue // counted above
		}
		if done || k.n == MaxKept {
			k.more++
			continue
		}
		p, t := keep(e)
		total := 0
		for _, s := range t {
			total += len(s)
		}
		if room := KeptText - size; total > room {
			if k.n > 0 {
				done = true
				k.more++
				continue
			}
			t = fit(t, room)
			total = 0
			for _, s := range t {
				total += len(s)
			}
		}
		p.path, p.value = uint16(len(t[0])), uint16(len(t[1]))
		i := 2
		for a := range p.args[:p.nargs] {
			arg := &p.args[a]
			for r := range arg.n {
				if r > 0 && arg.same {
					break
				}
				arg.n[r] = uint16(len(t[i]))
				i++
			}
		}
		size += total
		texts[k.n] = t
		k.problems[k.n] = p
		k.n++
	}
	// Their texts in one allocation of the size they take (Grow: a builder
	// grown by doubling would hold more).
	var b strings.Builder
	b.Grow(size)
	for _, t := range texts[:k.n] {
		for _, s := range t {
			b.WriteString(s)
		}
	}
	k.text = b.String()
	return k
}

// keep returns what a Kept keeps of e, and its texts: its path, its value
// and the renderings of the arguments of its message (once when they are
// the same in every language). A problem made without a kind, or whose
// message quotes more than maxArgs arguments, is kept as its message
// rendered in each language.
func keep(e *problem.Error) (keptProblem, []string) {
	p := keptProblem{pkg: prefix(e), line: int32(e.Line), column: int32(e.Column)}
	if u := e.Unwrap(); len(u) == 2 {
		p.whole = u[1]
	}
	texts := []string{e.Path, e.Value}
	kind, args := e.Kind()
	if kind == nil || len(args) > maxArgs {
		// Its message, rendered, quoted by a kind of its own.
		var message rendered
		for l := range lang.Langs() {
			message[l] = e.Reason(l)
		}
		kind, args = &problem.Kind{Code: e.Code, Message: itsRendering, Err: e.Err}, []lang.Arg{message}
	}
	if kind.Err != e.Err { // an error of another package, quoted: its own
		kind = &problem.Kind{Code: kind.Code, Message: kind.Message, Err: e.Err}
	}
	p.kind = kind
	p.nargs = uint8(len(args))
	for i, a := range args {
		var r rendered
		for l := range lang.Langs() {
			r[l] = a.Label(l)
		}
		same := true
		for _, s := range r[1:] {
			same = same && s == r[0]
		}
		p.args[i].same = same
		if same {
			texts = append(texts, r[0])
		} else {
			texts = append(texts, r[:]...)
		}
	}
	return p, texts
}

// fit cuts texts to fit in room bytes: the path and the value to a quarter
// each, the rest shared by the arguments' renderings.
func fit(texts []string, room int) []string {
	out := make([]string, len(texts))
	out[0], out[1] = cut(texts[0], room/4), cut(texts[1], room/4)
	if n := len(texts) - 2; n > 0 {
		each := (room - len(out[0]) - len(out[1])) / n
		for i := 2; i < len(texts); i++ {
			out[i] = cut(texts[i], each)
		}
	}
	return out
}

// prefix returns the name of the package that reported e: the prefix of
// its English message.
func prefix(e *problem.Error) string {
	p, _ := strings.CutSuffix(e.Error(), e.Text(lang.Logs))
	// A copy: a part of the message would keep the whole message alive.
	return strings.Clone(strings.TrimSuffix(p, ": "))
}

// problem returns the i-th problem kept, a fresh copy.
func (k *Kept) problem(i int) *problem.Error {
	at := 0
	for _, p := range k.problems[:i] {
		at += p.size()
	}
	p := &k.problems[i]
	text := func(n uint16) string {
		s := k.text[at : at+int(n)]
		at += int(n)
		return s
	}
	path, value := text(p.path), text(p.value)
	args := make([]lang.Arg, p.nargs)
	for a := range args {
		arg := &p.args[a]
		if arg.same {
			args[a] = lang.Data(text(arg.n[0]))
			continue
		}
		var r rendered
		for j, n := range arg.n {
			r[j] = text(n)
		}
		args[a] = r
	}
	e := p.kind.New(p.pkg, path, value, args...)
	e.Line, e.Column = int(p.line), int(p.column)
	if p.whole != nil {
		e = e.In("", "", p.whole)
	}
	return e
}

// size returns the bytes of text p takes.
func (p *keptProblem) size() int {
	n := int(p.path) + int(p.value)
	for _, a := range p.args[:p.nargs] {
		for j, m := range a.n {
			if j > 0 && a.same {
				break
			}
			n += int(m)
		}
	}
	return n
}

// rendered is a kept argument: its rendering in each language of the
// module (the pseudo-locale marks the English one).
type rendered = lang.Text

// Written is a problem as a summary writes it, to be read back: its code,
// path and value, and what is wrong in each language written, keyed by
// the language's code ("fr", "en"; "qps" in the pseudo-locale).
type Written struct {
	Code   string            `json:"code"`
	Path   string            `json:"path,omitempty"`
	Value  string            `json:"value,omitempty"`
	Line   int               `json:"line,omitempty"`
	Column int               `json:"column,omitempty"`
	Text   map[string]string `json:"text"`
}

// Written returns each problem kept, in order, as a summary writes it:
// its reason in each of ls (every language of the module when ls is
// empty).
func (k *Kept) Written(ls ...lang.Lang) []Written {
	if len(ls) == 0 {
		ls = slices.Collect(lang.Langs())
	}
	out := make([]Written, k.n)
	for i := range out {
		out[i] = Write(k.problem(i), ls...)
	}
	return out
}

// Write returns e as a summary writes it, its reason in each of ls.
func Write(e *problem.Error, ls ...lang.Lang) Written {
	w := Written{Code: e.Code, Path: e.Path, Value: e.Value, Line: e.Line, Column: e.Column, Text: make(map[string]string, len(ls))}
	for _, l := range ls {
		w.Text[l.String()] = e.Reason(l)
	}
	return w
}

// KeptWritten returns the Kept of problems written by Written (read back
// by the decoder of a summary) and of more problems not kept. Each is a
// problem of the same code, path and value whose reason, in each language,
// is the one written in it — in a language not written, the one written in
// the language of logs, else any — unwrapping to no sentinel: what a
// summary writes is read, not judged again (nor is the package that
// prefixes an Error string written). Past MaxKept, problems are counted;
// texts past WrittenText bytes in all are cut.
func KeptWritten(ws []Written, more int) *Kept {
	k := &Kept{more: more}
	var texts []string
	size := 0
	for _, w := range ws {
		if k.n == MaxKept {
			k.more++
			continue
		}
		var r rendered
		for l := range lang.Langs() {
			r[l] = written(w.Text, l)
		}
		p := keptProblem{kind: &problem.Kind{Code: w.Code, Message: itsRendering}, nargs: 1,
			line: int32(min(max(w.Line, 0), math.MaxInt32)), column: int32(min(max(w.Column, 0), math.MaxInt32))}
		t := []string{w.Path, w.Value}
		same := true
		for _, x := range r[1:] {
			same = same && x == r[0]
		}
		p.args[0].same = same
		if same {
			t = append(t, r[0])
		} else {
			t = append(t, r[:]...)
		}
		total := 0
		for _, x := range t {
			total += len(x)
		}
		if room := max(0, WrittenText-size); total > room {
			t = fit(t, room)
		}
		p.path, p.value = uint16(len(t[0])), uint16(len(t[1]))
		for i, x := range t[2:] {
			p.args[0].n[i] = uint16(len(x))
		}
		for _, x := range t {
			size += len(x)
		}
		texts = append(texts, t...)
		k.problems[k.n] = p
		k.n++
	}
	k.text = strings.Join(texts, "")
	return k
}

// written returns the reason of texts in l: in l, else in the language of
// logs, else in the first language written (by its code, for a stable
// choice).
func written(texts map[string]string, l lang.Lang) string {
	if s, ok := texts[l.String()]; ok {
		return s
	}
	if s, ok := texts[lang.Logs.String()]; ok {
		return s
	}
	for _, code := range slices.Sorted(maps.Keys(texts)) {
		return texts[code]
	}
	return ""
}

// itsRendering is the message of a problem kept as its rendering: the
// rendering in each language, quoted.
var itsRendering = lang.Text{"{1}", "{1}"}

// cut returns s cut to at most n bytes on a character boundary, with "…"
// when it was cut (within the n bytes).
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	n -= len("…")
	if n <= 0 {
		return ""
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// More returns how many problems were not kept.
func (k *Kept) More() int { return k.more }

// Error returns the messages of the problems kept in English, one per
// line, then "and N more problems, not listed" when some were not kept.
func (k *Kept) Error() string {
	var b strings.Builder
	for i := range k.n {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(k.problem(i).Error())
	}
	k.writeMore(&b, lang.Logs)
	return b.String()
}

// Text returns the problems kept as a person reads them in l, one per line
// (see (*problem.Error).Text), then the count of the others.
func (k *Kept) Text(l lang.Lang) string {
	var b strings.Builder
	for i := range k.n {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(k.problem(i).Text(l))
	}
	k.writeMore(&b, l)
	return b.String()
}

// writeMore writes the count of the problems not kept, if any.
func (k *Kept) writeMore(b *strings.Builder, l lang.Lang) {
	if k.more == 0 {
		return
	}
	if k.n > 0 {
		b.WriteByte('\n')
	}
	b.WriteString(kindTooManyProblems.Message.Format(l, digits(k.more)))
}

// Unwrap returns the problems kept: fresh copies.
func (k *Kept) Unwrap() []error {
	out := make([]error, k.n)
	for i := range out {
		out[i] = k.problem(i)
	}
	return out
}
