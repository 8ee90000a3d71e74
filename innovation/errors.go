package innovation

import (
	"errors"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
)

// Sentinel errors. Every error the package returns wraps one of them, so
// callers branch with errors.Is; the typed errors below carry the context.
// A problem of a decoded snapshot or matrix wraps the sentinel of its kind
// and ErrSnapshot or ErrMatrix.
var (
	// ErrUnknown: a text names no value of the enumeration it was parsed as.
	ErrUnknown = errors.New("innovation: unknown name")
	// ErrInvalid: a value passed in is not a valid member of its type
	// (the zero Phase, an out-of-range Lever, …), or an input is malformed.
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
	// ErrLimit: an input is over a documented limit (MaxJSON bytes,
	// MaxHistory entries, MaxProse bytes of a note, …).
	ErrLimit = errors.New("innovation: over a limit")
)

// pkg describes the package to internal/wire: the prefix of its messages
// and its sentinels. Never modified. The package has no sentinel of its
// own for malformed JSON: it is ErrInvalid, and a decoder adds the
// sentinel of the whole input (ErrSnapshot, ErrMatrix).
var pkg = &wire.Package{Name: "innovation", Syntax: ErrInvalid, Unknown: ErrUnknown, Invalid: ErrInvalid, Limit: ErrLimit}

// FieldError reports one problem of an input at a path into it, such as
// "history[3].from" or "cells[2].intensity": Path, then Value (what was
// found, cut to 64 bytes; may be empty), Reason (what is wrong and what was
// expected), Line and Column (of malformed JSON, 1-based; 0 otherwise) and
// Err (the sentinel: ErrSnapshot, ErrMatrix, ErrUnknown, ErrInvalid,
// ErrLimit). It is the same type in every package of the module. A
// FieldError of a decoded snapshot or matrix also unwraps to ErrSnapshot or
// ErrMatrix. Safe for concurrent reads.
type FieldError = wire.FieldError

// ParseError reports a text that names no value of an enumeration: Type
// (e.g. "phase"), Input (the text as given, cut to 64 bytes in the message)
// and Allowed (the accepted keys); the message suggests the closest key to
// a misspelling. It unwraps to ErrUnknown. It is the same type in every
// package of the module. Safe for concurrent reads.
type ParseError = wire.ParseError

// TransitionError reports a transition the lifecycle refused. It unwraps to
// Err: ErrTransition for a move the model forbids, ErrGate (joined with the
// gates' own errors) when gates refused an advance, ErrConflict, or the
// context's error when the context was done. Safe for concurrent reads.
type TransitionError struct {
	From   Phase          // phase the lifecycle was in
	Kind   TransitionKind // the transition asked for
	To     Phase          // target phase asked for (zero for abandon)
	Reason string         // why it was refused, in words
	Err    error          // the class of refusal and its cause (see above)
}

// Error describes the refused transition: its kind, the phases and why.
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

// Unwrap returns e.Err.
func (e *TransitionError) Unwrap() error { return e.Err }

// enumErrors makes the errors of the package's enumeration tables: a
// *ParseError for an unknown name, ErrInvalid for a value outside its type.
var enumErrors = &enum.Errors{
	Unknown: func(noun lang.Text, input string, allowed []string) error {
		return pkg.ParseError(noun.In(lang.English), input, allowed)
	},
	Invalid: pkg.InvalidValue,
}
