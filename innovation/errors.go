package innovation

import (
	"errors"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/problem"
)

// Sentinel errors. Every error the package returns wraps one of them, so
// callers branch with errors.Is; a problem of an input is a
// *problem.Error, which carries the context. A problem of a decoded
// snapshot or matrix wraps the sentinel of its kind and ErrSnapshot or
// ErrMatrix. The first four are the module's (package problem): the same
// values in every package.
var (
	ErrSyntax  = problem.ErrSyntax  // malformed JSON, a value of the wrong type
	ErrUnknown = problem.ErrUnknown // a key, or a name of an enumeration, the format does not know
	ErrInvalid = problem.ErrInvalid // a value not acceptable where it stands (the zero Phase, an out-of-range Lever, …)
	ErrLimit   = problem.ErrLimit   // an input over a documented limit (MaxJSON bytes, MaxHistory entries, MaxProse bytes of a note, …)
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

// pkg names the package to internal/wire: the prefix of its messages.
// Never modified.
var pkg = &wire.Package{Name: "innovation"}

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
// problem of code "unknown-name" for an unknown name (ErrUnknown), of code
// "invalid-value" for a value outside its type (ErrInvalid).
var enumErrors = &enum.Errors{Unknown: pkg.UnknownName, Invalid: pkg.InvalidValue}
