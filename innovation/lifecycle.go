package innovation

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"

	"github.com/looplab/fsm"
)

// Lifecycle is the life of one project through the five phases (MODEL §1.5):
// it advances one phase at a time, returns to any earlier phase with a
// reason, or is abandoned from any phase with a reason, which is final.
// Gates guard every advance. Every transition is recorded in an append-only
// history.
//
// A Lifecycle allows exactly the transitions Next allows. A transition
// refused — by the model, by a gate, by a gate's panic or by a cancelled
// context — leaves the lifecycle as it was, and usable.
//
// A Lifecycle is safe for concurrent use by many goroutines. The zero value
// is not usable: create one with New or Restore.
type Lifecycle struct {
	mu      sync.Mutex // one plain mutex: cheaper than RWMutex for the write path, and reads hold it for nanoseconds
	machine *fsm.FSM
	start   Phase
	status  Status
	history []Transition // append-only; nil until the first transition
	gates   []namedGate  // copy-on-write: never modified in place
	now     func() time.Time
	version uint64 // incremented by every transition
}

// Option configures a Lifecycle in New and Restore. A nil Option is
// ignored. Options built by WithClock and WithGate hold only what they are
// given: safe for concurrent use if it is.
type Option func(*Lifecycle) error

// WithClock sets the clock that stamps the history (time.Now by default), so
// tests are deterministic. History times never decrease: a clock that goes
// back is held at the last recorded time.
func WithClock(now func() time.Time) Option {
	return func(l *Lifecycle) error {
		if now == nil {
			return errNilClock.New(pkgName, "", "")
		}
		l.now = now
		return nil
	}
}

// WithGate adds a gate named name; see Lifecycle.AddGate.
func WithGate(name string, g Gate) Option {
	return func(l *Lifecycle) error { return l.addGate(name, g) }
}

// New returns the lifecycle of a project starting in phase start, with an
// empty history. It fails with a *problem.Error wrapping ErrInvalid if
// start is not a valid phase (code "invalid-value") or an option is
// invalid.
func New(start Phase, opts ...Option) (*Lifecycle, error) {
	if !start.IsValid() {
		return nil, pkg.Invalid("start", start)
	}
	return newLifecycle(start, Status{Phase: start}, nil, opts)
}

func newLifecycle(start Phase, s Status, history []Transition, opts []Option) (*Lifecycle, error) {
	l := &Lifecycle{
		machine: fsm.NewFSM(stateNames[s.state()], fsmEvents(), nil),
		start:   start,
		status:  s,
		history: history,
		now:     time.Now,
	}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(l); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// AddGate adds a gate that every later advance must pass. name identifies
// it in errors; it must be non-empty and unique on this lifecycle.
func (l *Lifecycle) AddGate(name string, g Gate) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.addGate(name, g)
}

func (l *Lifecycle) addGate(name string, g Gate) error {
	gate := lang.Quoted(name, problem.MaxEcho)
	switch {
	case g == nil:
		return errNilGate.New(pkgName, "", name, gate)
	case name == "":
		return errNoGateName.New(pkgName, "", "")
	}
	if k, args := (wire.Name{}).Problem(name); k != nil {
		return errGateName.New(pkgName, "", name, gate, reasonOf{k.New(pkgName, "", "", args...)})
	}
	for _, x := range l.gates {
		if x.name == name {
			return errGateTwice.New(pkgName, "", name, gate)
		}
	}
	gates := make([]namedGate, len(l.gates), len(l.gates)+1)
	copy(gates, l.gates)
	l.gates = append(gates, namedGate{name, g})
	return nil
}

// Phase returns the current phase (the phase of abandonment if the project
// was abandoned). It does not allocate.
func (l *Lifecycle) Phase() Phase {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status.Phase
}

// Status returns the current phase and whether the project was abandoned.
func (l *Lifecycle) Status() Status {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status
}

// Start returns the phase the lifecycle started in.
func (l *Lifecycle) Start() Phase {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.start
}

// CanAdvance reports whether the model allows an advance now: the project is
// not abandoned and is not in its last phase. It does not run the gates.
// It does not allocate.
func (l *Lifecycle) CanAdvance() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return !l.status.Abandoned && table[l.status.state()][evAdvance] != 0
}

// History returns a copy of the history, oldest first.
func (l *Lifecycle) History() []Transition {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.history)
}

// Advance moves the project to its next phase, once every gate has passed.
// It fails with a *TransitionError wrapping ErrTransition (the model does not
// allow it), ErrGate (joined with each refusing *GateError), ErrConflict, or
// ctx.Err(); on failure nothing changes. The checks run in this order, and
// the first that fails is reported: the context, the note (ErrInvalid), the
// move (ErrTransition), then the gates.
func (l *Lifecycle) Advance(ctx context.Context, note Note) error {
	return l.transition(ctx, Advance, 0, note)
}

// ReturnTo takes the project back to the earlier phase to, for note.Reason
// (required). Gates do not apply to returns.
func (l *Lifecycle) ReturnTo(ctx context.Context, to Phase, note Note) error {
	return l.transition(ctx, Return, to, note)
}

// Abandon stops the project in its current phase, for note.Reason
// (required). Abandonment is final: every later transition is refused.
func (l *Lifecycle) Abandon(ctx context.Context, note Note) error {
	return l.transition(ctx, Abandon, 0, note)
}

func (l *Lifecycle) transition(ctx context.Context, k TransitionKind, to Phase, note Note) error {
	if ctx == nil {
		ctx = context.Background()
	}
	l.mu.Lock()
	from := l.status
	fail := func(why *problem.Error, err error) error {
		l.mu.Unlock()
		target := to
		if k == Advance {
			target, _ = from.Phase.Next()
		}
		return refused(from.Phase, k, target, why, err)
	}
	if err := ctx.Err(); err != nil {
		return fail(whyDone.New(pkgName, "", "", errorText{err}), err)
	}
	if p := note.check(k); p != nil {
		return fail(p, p) // ErrInvalid, or ErrLimit for a text too long
	}
	dst, why := step(from, k, to)
	if dst == 0 {
		return fail(why, ErrTransition)
	}
	next := statusOf(from, dst)
	entry := Transition{From: from.Phase, To: next.Phase, Kind: k, At: l.stamp(), Reason: note.Reason, By: note.By}
	if gates := l.gates; k == Advance && len(gates) > 0 {
		version := l.version
		proposed := entry
		l.mu.Unlock()
		err := runGates(ctx, gates, proposed)
		l.mu.Lock()
		switch {
		case err != nil:
			return fail(whyGates.New(pkgName, "", "", errorText{err}), err)
		case l.version != version:
			return fail(whyConflict.New(pkgName, "", ""), ErrConflict)
		case ctx.Err() != nil:
			return fail(whyDone.New(pkgName, "", "", errorText{ctx.Err()}), ctx.Err())
		}
	}
	// The machine runs with its own background context and no callbacks:
	// nothing the caller passes can cancel or wedge it halfway.
	ev, _ := eventOf(k, to)
	if err := l.machine.Event(context.Background(), eventNames[ev]); err != nil {
		return fail(whyFSM.New(pkgName, "", "", lang.Data(err.Error())), ErrTransition)
	}
	l.status = next
	l.history = append(l.history, entry)
	l.version++
	l.mu.Unlock()
	return nil
}

// stamp returns the clock's time, never before the last history entry, with
// its monotonic reading stripped so it survives a JSON round trip. A clock
// that panics counts as one that stopped. l.mu held.
func (l *Lifecycle) stamp() (t time.Time) {
	var last time.Time
	if n := len(l.history); n > 0 {
		last = l.history[n-1].At
	}
	defer func() {
		if recover() != nil {
			t = last
		}
	}()
	t = l.now().Round(0)
	if t.Before(last) {
		return last
	}
	return t
}
