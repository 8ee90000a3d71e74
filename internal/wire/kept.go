package wire

import (
	"math"
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

// KeptMessages returns a Kept of problems given by their messages alone
// (Messages wrote them) and of more problems not kept, for a decoder of
// what a Kept was written as. Each message is a problem of code "error"
// (as problem.All quotes an error known by its message alone) whose every
// rendering is the message, unwrapping to no sentinel; the messages are
// kept whole, those past MaxKept counted.
func KeptMessages(messages []string, more int) *Kept {
	k := &Kept{more: more}
	var b strings.Builder
	for _, m := range messages {
		if k.n == MaxKept || len(m) > math.MaxUint16 {
			k.more++
			continue
		}
		b.WriteString(m)
		p := keptProblem{kind: &kindMessage, nargs: 1}
		p.args[0] = keptArg{n: [renderings]uint16{uint16(len(m))}, same: true}
		k.problems[k.n] = p
		k.n++
	}
	k.text = b.String()
	return k
}

// kindMessage is the kind of a problem known by its message alone.
var kindMessage = problem.Kind{Code: "error", Message: itsRendering}

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

// Messages returns the message of each problem kept, in order, in English.
func (k *Kept) Messages() []string {
	out := make([]string, k.n)
	for i := range out {
		out[i] = k.problem(i).Error()
	}
	return out
}

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
