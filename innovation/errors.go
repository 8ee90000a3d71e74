package innovation

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Every error the package returns wraps exactly one of them,
// so callers branch with errors.Is; the typed errors below carry the context.
var (
	// ErrUnknown: a text names no value of the enumeration it was parsed as.
	ErrUnknown = errors.New("innovation: unknown name")
	// ErrInvalid: a value passed in is not a valid member of its type
	// (the zero Phase, an out-of-range Lever, …).
	ErrInvalid = errors.New("innovation: invalid value")
	// ErrTransition: the lifecycle refused a transition the model does not
	// allow (skipping a phase, returning forward, anything after abandonment).
	ErrTransition = errors.New("innovation: transition not allowed")
	// ErrGate: one or more gates refused an advance.
	ErrGate = errors.New("innovation: advance refused by gate")
	// ErrConflict: the lifecycle changed while the gates of an advance were
	// running (a gate, or another goroutine, made a transition); the advance
	// was not applied and may be retried.
	ErrConflict = errors.New("innovation: lifecycle changed during advance")
	// ErrMatrix: a needs or stakeholders matrix supplied by a caller is invalid.
	ErrMatrix = errors.New("innovation: invalid matrix")
	// ErrSnapshot: a snapshot cannot be restored.
	ErrSnapshot = errors.New("innovation: invalid snapshot")
)

// ParseError reports text that names no value of an enumeration.
// It unwraps to ErrUnknown. The errors of the package are not modified once
// returned: safe for concurrent reads.
type ParseError struct {
	Type    string   // the enumeration, e.g. "phase"
	Input   string   // the text as given (truncated to 64 bytes in the message)
	Allowed []string // the accepted keys
}

func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > 64 {
		cut := 64
		for cut > 0 && !utf8.RuneStart(in[cut]) {
			cut--
		}
		in = in[:cut] + "…"
	}
	return fmt.Sprintf("innovation: unknown %s %q (want one of %s)", e.Type, in, strings.Join(e.Allowed, ", "))
}

func (e *ParseError) Unwrap() error { return ErrUnknown }

// TransitionError reports a transition the lifecycle refused. It unwraps to
// Err: ErrTransition for a move the model forbids, ErrGate (joined with the
// gates' own errors) when gates refused an advance, ErrConflict, or the
// context's error when the context was done. Safe for concurrent reads.
type TransitionError struct {
	From   Phase  // phase the lifecycle was in
	Kind   Kind   // the transition asked for
	To     Phase  // target phase asked for (zero for abandon)
	Reason string // why it was refused, in words
	Err    error
}

func (e *TransitionError) Error() string {
	var b strings.Builder
	b.WriteString("innovation: cannot ")
	b.WriteString(e.Kind.String())
	b.WriteString(" from ")
	b.WriteString(strconv.Quote(e.From.String()))
	if e.To != 0 {
		b.WriteString(" to ")
		b.WriteString(strconv.Quote(e.To.String()))
	}
	if e.Reason != "" {
		b.WriteString(": ")
		b.WriteString(e.Reason)
	}
	if e.Err != nil && !errors.Is(e.Err, ErrTransition) {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *TransitionError) Unwrap() error { return e.Err }

// MatrixError reports one invalid cell of a caller-supplied matrix. It unwraps
// to ErrMatrix. Safe for concurrent reads.
type MatrixError struct {
	Row    string // lever or stakeholder key
	Column string // macro-phase key
	Reason string
}

func (e *MatrixError) Error() string {
	return fmt.Sprintf("innovation: matrix cell %q × %q: %s", e.Row, e.Column, e.Reason)
}

func (e *MatrixError) Unwrap() error { return ErrMatrix }

// invalid reports a value of type typ that is not a member of it.
func invalid(typ string, v int) error {
	return fmt.Errorf("%w: %s %d", ErrInvalid, typ, v)
}
