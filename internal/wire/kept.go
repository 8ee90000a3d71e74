package wire

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// What Keep keeps of an input's problems.
const (
	// MaxKept is the most problems a Kept holds.
	MaxKept = 3
	// KeptText is the most bytes of text (paths, values and reasons) the
	// problems of a Kept hold in all. With the Kept itself (224 bytes), a
	// Kept retains at most 736 bytes, whatever the input held.
	KeptText = 512
)

// Kept is what a long-lived summary keeps of the problems of an input (a
// stream keeps one per refused line): its first problems, at most MaxKept,
// and the count of the others. Each problem kept is a *FieldError with its
// path, value, reason, line and column, and the sentinels it unwrapped to;
// a *ParseError behind it (which holds the whole input it refused) is not
// kept. Their texts share one allocation of at most KeptText bytes. Kept
// unwraps to its problems (copies made for each call), so that errors.Is
// and errors.As see them.
//
// The zero Kept holds no problem. A Kept is not modified once returned:
// safe for concurrent reads.
type Kept struct {
	text     string // the texts of the problems kept, one after the other
	problems [MaxKept]keptProblem
	n        int // problems kept
	more     int // problems not kept
}

// keptProblem is a *FieldError as a Kept holds it: its texts are lengths
// in Kept.text, in the order path, value, reason.
type keptProblem struct {
	path, value, reason uint16
	line, column        int32
	err, whole          error
	pkg                 string
}

// Keep returns what a Kept keeps of err's problems: each *FieldError (and
// each other error) of its errors.Join tree counts one, and the last
// problem of a decoding past MaxProblems counts the problems it says were
// not listed. The first ones are kept, in order, while their texts fit
// KeptText bytes in all (the first one is kept in any case, its texts cut
// to fit); the others are counted. Nil for a nil err.
func Keep(err error) *Kept {
	if err == nil {
		return nil
	}
	var all []*FieldError
	k := &Kept{}
	walk(err, func(e error) {
		fe, ok := e.(*FieldError)
		switch {
		case ok && fe.omitted > 0:
			k.more += fe.omitted
		case ok:
			all = append(all, fe)
		case isProblem(e):
			pe := e.(*problem.Error)
			all = append(all, &FieldError{Path: pe.Path, Value: pe.Value, Reason: pe.Reason(lang.English), Err: pe.Err})
		default:
			all = append(all, &FieldError{Reason: e.Error(), Err: e})
		}
	})
	// The problems kept, then their texts in one allocation of the size
	// they take (Grow: a builder grown by doubling would hold more).
	var texts [MaxKept][3]string
	done := false // a problem did not fit: the first ones only, in order
	size := 0
	for _, fe := range all {
		if done || k.n == MaxKept {
			k.more++
			continue
		}
		room := KeptText - size
		path, value, reason := fe.Path, fe.Value, fe.Reason
		if len(path)+len(value)+len(reason) > room {
			if k.n > 0 {
				done = true
				k.more++
				continue
			}
			path = cut(path, room/4)
			value = cut(value, room/4)
			reason = cut(reason, room-len(path)-len(value))
		}
		texts[k.n] = [3]string{path, value, reason}
		k.problems[k.n] = keptProblem{
			path: uint16(len(path)), value: uint16(len(value)), reason: uint16(len(reason)),
			line: int32(fe.Line), column: int32(fe.Column), err: sentinel(fe.Err), whole: fe.whole, pkg: fe.pkg,
		}
		size += len(path) + len(value) + len(reason)
		k.n++
	}
	var b strings.Builder
	b.Grow(size)
	for _, t := range texts[:k.n] {
		b.WriteString(t[0])
		b.WriteString(t[1])
		b.WriteString(t[2])
	}
	k.text = b.String()
	return k
}

// problem returns the i-th problem kept, a fresh copy.
func (k *Kept) problem(i int) *FieldError {
	at := 0
	for _, p := range k.problems[:i] {
		at += int(p.path) + int(p.value) + int(p.reason)
	}
	p := &k.problems[i]
	text := func(n uint16) string {
		s := k.text[at : at+int(n)]
		at += int(n)
		return s
	}
	e := &FieldError{Line: int(p.line), Column: int(p.column), Err: p.err, pkg: p.pkg, whole: p.whole}
	e.Path, e.Value, e.Reason = text(p.path), text(p.value), text(p.reason)
	return e
}

// KeptMessages returns a Kept of problems given by their messages alone
// (Messages wrote them) and of more problems not kept, for a decoder of
// what a Kept was written as. Each message is a problem whose Error is
// the message, unwrapping to no sentinel; the messages are kept whole,
// those past MaxKept counted.
func KeptMessages(messages []string, more int) *Kept {
	k := &Kept{more: more}
	var b strings.Builder
	for _, m := range messages {
		if k.n == MaxKept || len(m) > math.MaxUint16 {
			k.more++
			continue
		}
		b.WriteString(m)
		k.problems[k.n] = keptProblem{reason: uint16(len(m))}
		k.n++
	}
	k.text = b.String()
	return k
}

// sentinel returns what a kept problem unwraps to in place of err: the
// sentinel a *ParseError unwraps to (not the ParseError, which holds the
// whole text it refused), err itself otherwise.
func sentinel(err error) error {
	if pe, ok := err.(*ParseError); ok {
		return pe.err
	}
	return err
}

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

// walk calls f with each problem of err's errors.Join tree, in order.
func walk(err error, f func(error)) {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		if _, isField := err.(*FieldError); !isField {
			for _, e := range j.Unwrap() {
				walk(e, f)
			}
			return
		}
	}
	f(err)
}

// More returns how many problems were not kept.
func (k *Kept) More() int { return k.more }

// Messages returns the message of each problem kept, in order.
func (k *Kept) Messages() []string {
	out := make([]string, k.n)
	for i := range out {
		out[i] = k.problem(i).Error()
	}
	return out
}

// Error returns the messages of the problems kept, one per line, then
// "and N more problems, not listed" when some were not kept.
func (k *Kept) Error() string {
	var b strings.Builder
	for i := range k.n {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(k.problem(i).Error())
	}
	if k.more > 0 {
		if k.n > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(omittedReason(k.more))
	}
	return b.String()
}

// Unwrap returns the problems kept: fresh copies.
func (k *Kept) Unwrap() []error {
	out := make([]error, k.n)
	for i := range out {
		out[i] = k.problem(i)
	}
	return out
}

// omittedReason is the reason of the last problem of a decoding past
// MaxProblems, and of a Kept past its problems.
func omittedReason(n int) string {
	return "and " + strconv.Itoa(n) + " more problems, not listed"
}

// isProblem reports whether e is a *problem.Error (transitional, see place).
func isProblem(e error) bool { _, ok := e.(*problem.Error); return ok }
