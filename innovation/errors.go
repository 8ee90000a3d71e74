package innovation

import (
	"errors"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
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

// pkg names the package to internal/wire, the prefix of its messages,
// and reports the problems of its enumerations' tables. Never modified.
var pkg = &wire.Package{Name: pkgName}

// TransitionError reports a transition the lifecycle refused. It unwraps to
// Err: ErrTransition for a move the model forbids, the *problem.Error of a
// note that does not suit the transition (ErrInvalid, or ErrLimit for a
// text over MaxProse), ErrGate (joined with each refusing
// *GateError) when gates refused an advance, ErrConflict, or the context's
// error when the context was done. Text renders it in a language, Error in
// English for logs. The transition returns it; a zero TransitionError
// (built by hand) renders without a reason. Safe for concurrent reads.
type TransitionError struct {
	From Phase          // phase the lifecycle was in
	Kind TransitionKind // the transition asked for
	To   Phase          // target phase asked for (zero for abandon)
	// Code says why, stable across versions and languages: "invalid-phase"
	// (From is not a phase), "abandoned", "skip", "invalid-kind",
	// "invalid-target", "not-earlier", "last-phase", "state-machine",
	// "missing-reason" and those of free text (the note's reason or
	// author: "over-limit", "not-utf8", "control-character"),
	// "context-done", "gates", "conflict".
	Code string
	Err  error // the class of refusal and its cause (see above)

	why *problem.Error // Code and its message
}

// refused returns the *TransitionError of a transition of kind k from
// from to to refused for why.
func refused(from Phase, k TransitionKind, to Phase, why *problem.Error, err error) *TransitionError {
	return &TransitionError{From: from, Kind: k, To: to, Code: why.Code, Err: err, why: why}
}

// transitionHead is what a refusal says first, per transition kind: with
// a target, then without.
var transitionHead = [...][2]lang.Text{
	Advance: {{"impossible d'avancer de {1} à {2}", "cannot advance from {1} to {2}"}, {"impossible d'avancer depuis {1}", "cannot advance from {1}"}},
	Return:  {{"impossible de revenir de {1} à {2}", "cannot return from {1} to {2}"}, {"impossible de revenir depuis {1}", "cannot return from {1}"}},
	Abandon: {{"impossible d'abandonner en {1}", "cannot abandon from {1}"}, {"impossible d'abandonner en {1}", "cannot abandon from {1}"}},
}

// otherHead is the head of a refusal of an invalid kind {3}.
var otherHead = lang.Text{"transition {3} impossible depuis {1}", "cannot {3} from {1}"}

// Text returns the refusal in l: the transition asked for and why.
func (e *TransitionError) Text(l lang.Lang) string {
	head := otherHead
	if e.Kind.IsValid() {
		h := transitionHead[e.Kind]
		head = h[0]
		if e.To == 0 {
			head = h[1]
		}
	}
	s := head.Format(l, lang.Quote(e.From), lang.Quote(e.To), lang.Data(e.Kind.String()))
	if e.why != nil {
		s += l.Colon() + e.why.Text(l)
	}
	return s
}

// Error returns the refusal in English: `innovation: cannot advance from
// “Design” to “Modelling”: an advance goes one phase at a time, to
// “Experimentation”`.
func (e *TransitionError) Error() string { return pkgName + ": " + problem.Log(e.Text) }

// Unwrap returns e.Err.
func (e *TransitionError) Unwrap() error { return e.Err }
