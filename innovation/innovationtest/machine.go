package innovationtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seed424036fd/societal/innovation"
)

// Violation is a broken invariant: what was done, what should have held,
// and what happened instead.
//
// The zero value is an empty report. A Violation is a plain value, safe for
// concurrent use.
type Violation struct {
	Op        string // the operation, e.g. `advance from "modelisation"`
	Invariant string // what should have held, e.g. "a refused request changes nothing"
	Detail    string // what happened instead
}

// Error returns "innovationtest: <op>: <invariant>: <detail>".
func (v *Violation) Error() string {
	return "innovationtest: " + v.Op + ": " + v.Invariant + ": " + v.Detail
}

func violation(op, invariant, format string, args ...any) *Violation {
	return &Violation{Op: op, Invariant: invariant, Detail: fmt.Sprintf(format, args...)}
}

// Machine drives one lifecycle and a plain reference model with the same
// requests and checks, after each, the invariants listed in the package
// documentation. CheckLifecycle drives one at random; adopters may drive
// one by hand for deterministic scenarios. Each method returns nil or the
// first broken invariant as a *Violation; it never returns the lifecycle's
// own refusals, which the machine expects and checks.
//
// The zero Machine is not usable: create one with NewMachine. A Machine is
// not safe for concurrent use.
type Machine struct {
	h      Harness
	l      *innovation.Lifecycle
	m      model
	now    time.Time          // the harness's clock, when h.Clock is nil
	calls  []gateCall         // the gates run by the current request, in order
	cancel context.CancelFunc // called as the first gate runs, when set
	midway bool               // the current request's context is cancelled while gates run
}

// gateCall is one run of an adopter's gate, as the machine watched it.
type gateCall struct {
	name     string
	proposed innovation.Transition
	err      error
	panicked bool
}

// model is the plain reference: the lifecycle's rules (MODEL §1.5) in
// integers, independent of the library's transition table.
type model struct {
	start     int
	phase     int // 1..NumPhases
	abandoned bool
	history   []innovation.Transition
}

// allows reports whether the model allows r, whatever its note.
func (m *model) allows(r Request) bool {
	if m.abandoned {
		return false
	}
	switch r.Kind {
	case innovation.Advance:
		return m.phase < innovation.NumPhases
	case innovation.Return:
		return r.To >= 1 && int(r.To) < m.phase
	case innovation.Abandon:
		return true
	}
	return false
}

// apply records the transition r, which the model allows, as entry.
func (m *model) apply(r Request, entry innovation.Transition) {
	switch r.Kind {
	case innovation.Advance:
		m.phase++
	case innovation.Return:
		m.phase = int(r.To)
	case innovation.Abandon:
		m.abandoned = true
	}
	m.history = append(m.history, entry)
}

// noteProblem says what makes note unacceptable for a transition of kind
// k, and the sentinel its refusal wraps (ErrLimit for a text too long,
// ErrInvalid otherwise), or "" and nil: the reason is checked before the
// author, as the lifecycle does.
func noteProblem(k innovation.TransitionKind, note innovation.Note) (string, error) {
	for _, s := range []string{note.Reason, note.By} {
		switch {
		case len(s) > innovation.MaxProse:
			return "too long", innovation.ErrLimit
		case !utf8.ValidString(s):
			return "invalid UTF-8", innovation.ErrInvalid
		case strings.IndexByte(s, 0) >= 0:
			return "NUL byte", innovation.ErrInvalid
		}
	}
	if k != innovation.Advance && note.Reason == "" {
		return "no reason", innovation.ErrInvalid
	}
	return "", nil
}

// NewMachine restores s with h's gates and clock and returns a machine
// whose model starts where s stands. It fails if s is not a valid snapshot
// or a gate cannot be installed (empty or duplicate name, nil function).
func NewMachine(h Harness, s innovation.Snapshot) (*Machine, error) {
	m := &Machine{h: h, now: epoch()}
	if n := len(s.History); n > 0 {
		m.now = s.History[n-1].At
	}
	l, err := innovation.Restore(s, m.options()...)
	if err != nil {
		return nil, fmt.Errorf("innovationtest: new machine: %w", err)
	}
	m.l = l
	m.m = model{start: int(s.Start), phase: int(s.Status.Phase), abandoned: s.Status.Abandoned, history: append([]innovation.Transition(nil), s.History...)}
	return m, nil
}

// options returns the clock and the watched gates to install on a
// lifecycle.
func (m *Machine) options() []innovation.Option {
	clock := m.h.Clock
	if clock == nil {
		clock = func() time.Time { return m.now }
	}
	opts := []innovation.Option{innovation.WithClock(clock)}
	for _, g := range m.h.Gates {
		opts = append(opts, innovation.WithGate(g.Name, m.watch(g)))
	}
	return opts
}

// watch wraps g so that the machine sees each run: the proposed transition,
// the error, the panic (re-raised for the lifecycle to recover).
func (m *Machine) watch(g Gate) innovation.Gate {
	if g.Func == nil {
		return nil // WithGate refuses it
	}
	return func(ctx context.Context, proposed innovation.Transition) (err error) {
		if m.cancel != nil {
			m.cancel()
		}
		call := gateCall{name: g.Name, proposed: proposed}
		defer func() {
			if r := recover(); r != nil {
				call.panicked = true
				m.calls = append(m.calls, call)
				panic(r)
			}
			call.err = err
			m.calls = append(m.calls, call)
		}()
		return g.Func(ctx, proposed)
	}
}

// Lifecycle returns the lifecycle under test (a new one after each
// RoundTrip). Changing it behind the machine's back makes Check fail.
func (m *Machine) Lifecycle() *innovation.Lifecycle { return m.l }

// Advance asks the lifecycle to advance with note, checks the outcome
// against the model and the gates' verdicts, then checks every invariant.
func (m *Machine) Advance(ctx context.Context, note innovation.Note) error {
	return m.step(ctx, Request{Kind: innovation.Advance, Note: note})
}

// ReturnTo asks the lifecycle to return to phase to (legal or not) with
// note, and checks as Advance does.
func (m *Machine) ReturnTo(ctx context.Context, to innovation.Phase, note innovation.Note) error {
	return m.step(ctx, Request{Kind: innovation.Return, To: to, Note: note})
}

// Abandon asks the lifecycle to abandon with note, and checks as Advance
// does.
func (m *Machine) Abandon(ctx context.Context, note innovation.Note) error {
	return m.step(ctx, Request{Kind: innovation.Abandon, Note: note})
}

// Tick moves the harness's own clock by d (back if d < 0). It does nothing
// when the Harness has a Clock.
func (m *Machine) Tick(d time.Duration) {
	if m.h.Clock == nil {
		m.now = m.now.Add(d)
	}
}

func (m *Machine) step(ctx context.Context, r Request) error {
	if err := m.do(ctx, r); err != nil {
		return err
	}
	return m.Check()
}

// advanceCancelledDuringGates asks for an advance whose context is
// cancelled as the first gate runs.
func (m *Machine) advanceCancelledDuringGates(note innovation.Note) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m.cancel, m.midway = cancel, true
	defer func() { m.cancel, m.midway = nil, false }()
	return m.step(ctx, Request{Kind: innovation.Advance, Note: note})
}

func (m *Machine) describe(r Request) string {
	s := fmt.Sprintf("%s from %q", r.Kind, innovation.Phase(m.m.phase))
	if m.m.abandoned {
		s += " (abandoned)"
	}
	if r.Kind == innovation.Return {
		s += fmt.Sprintf(" to %q", r.To)
	}
	return s
}

// do makes request r on the lifecycle and checks the outcome.
func (m *Machine) do(ctx context.Context, r Request) error {
	op := m.describe(r)
	before := m.l.Snapshot()
	m.calls = m.calls[:0]
	done := ctx.Err()
	var err error
	switch r.Kind {
	case innovation.Advance:
		err = m.l.Advance(ctx, r.Note)
	case innovation.Return:
		err = m.l.ReturnTo(ctx, r.To, r.Note)
	case innovation.Abandon:
		err = m.l.Abandon(ctx, r.Note)
	default:
		return violation(op, "a request has a valid kind", "kind %d", r.Kind)
	}
	_, noteErr := noteProblem(r.Kind, r.Note)
	badNote, allowed := noteErr != nil, m.m.allows(r)
	switch {
	case done != nil:
		return m.refused(op, r, before, err, done, false)
	case badNote && !allowed && errors.Is(err, innovation.ErrTransition):
		// Both faults: either may be reported.
		return m.refused(op, r, before, err, innovation.ErrTransition, false)
	case badNote:
		return m.refused(op, r, before, err, noteErr, false)
	case !allowed:
		return m.refused(op, r, before, err, innovation.ErrTransition, false)
	}
	return m.allowed(op, r, before, err)
}

// sentinels are the errors of which a refusal wraps exactly one.
var sentinels = []error{
	innovation.ErrUnknown, innovation.ErrInvalid, innovation.ErrLimit, innovation.ErrTransition, innovation.ErrGate,
	innovation.ErrConflict, innovation.ErrMatrix, innovation.ErrSnapshot,
	context.Canceled, context.DeadlineExceeded,
}

// refused checks a refusal that must wrap want and no other sentinel, and
// change nothing; gatesRan says whether gates may have run.
func (m *Machine) refused(op string, r Request, before innovation.Snapshot, err, want error, gatesRan bool) error {
	inv := fmt.Sprintf("refused with %v", want)
	if err == nil {
		return violation(op, inv, "it succeeded")
	}
	if !errors.Is(err, want) {
		return violation(op, inv, "refused with %v", err)
	}
	for _, s := range sentinels {
		if s != want && errors.Is(err, s) {
			return violation(op, "a refusal wraps exactly one sentinel", "%v wraps %v and %v", err, want, s)
		}
	}
	if v := m.transitionError(op, r, err); v != nil {
		return v
	}
	if !gatesRan && len(m.calls) > 0 {
		return violation(op, "a refused request runs no gate", "gate %q ran", m.calls[0].name)
	}
	return m.unchanged(op, before)
}

// transitionError checks that err is a *innovation.TransitionError naming
// the phase and the kind of r.
func (m *Machine) transitionError(op string, r Request, err error) error {
	var te *innovation.TransitionError
	if !errors.As(err, &te) {
		return violation(op, "a refusal is a *innovation.TransitionError", "%T: %v", err, err)
	}
	if te.From != innovation.Phase(m.m.phase) || te.Kind != r.Kind {
		return violation(op, "a refusal names the phase and the kind", "From %q, Kind %s", te.From, te.Kind)
	}
	return nil
}

// unchanged checks that the lifecycle is still as in before.
func (m *Machine) unchanged(op string, before innovation.Snapshot) error {
	if after := m.l.Snapshot(); !sameSnapshot(before, after) {
		return violation(op, "a refused request changes nothing", "status %+v → %+v, history %d → %d entries", before.Status, after.Status, len(before.History), len(after.History))
	}
	return nil
}

// allowed checks a request the model allows, with a valid note: the gates
// it ran, then success or a gate refusal.
func (m *Machine) allowed(op string, r Request, before innovation.Snapshot, err error) error {
	from := innovation.Phase(m.m.phase)
	want := innovation.Transition{From: from, To: from, Kind: r.Kind, Reason: r.Note.Reason, By: r.Note.By}
	switch r.Kind {
	case innovation.Advance:
		want.To = from + 1
	case innovation.Return:
		want.To = r.To
	}
	last := lastAt(before.History)
	gated := r.Kind == innovation.Advance && len(m.h.Gates) > 0
	if !gated && len(m.calls) > 0 {
		return violation(op, "only an advance runs gates", "gate %q ran", m.calls[0].name)
	}
	passed := true
	if gated {
		if len(m.calls) != len(m.h.Gates) {
			return violation(op, "every gate runs once", "%d gates installed, %d runs", len(m.h.Gates), len(m.calls))
		}
		for i, c := range m.calls {
			p := c.proposed
			switch {
			case c.name != m.h.Gates[i].Name:
				return violation(op, "gates run in the order given", "run %d is gate %q, want %q", i, c.name, m.h.Gates[i].Name)
			case !sameButTime(p, want):
				return violation(op, "gates see the requested transition", "gate %q saw %+v, want %+v", c.name, p, want)
			case p.At.IsZero() || p.At.Before(last):
				return violation(op, "the proposed time is set and not before the last entry", "gate %q saw %v, last entry %v", c.name, p.At, last)
			case !p.At.Equal(m.calls[0].proposed.At):
				return violation(op, "every gate sees the same transition", "gate %q saw %v, gate %q %v", c.name, p.At, m.calls[0].name, m.calls[0].proposed.At)
			}
			if c.err != nil || c.panicked {
				passed = false
			}
		}
	}
	if r.Kind == innovation.Advance && m.h.Expect != nil && !m.midway {
		if exp := m.h.Expect(from, r.Note); exp != passed {
			return violation(op, "the gates decide as Harness.Expect says", "Expect says pass=%v, the gates pass=%v (by %q, reason %q)", exp, passed, r.Note.By, r.Note.Reason)
		}
	}
	if !passed {
		return m.gateRefusal(op, r, before, err)
	}
	if gated && m.midway {
		return m.refused(op, r, before, err, context.Canceled, true)
	}
	if err != nil {
		return violation(op, "a request the model allows succeeds once every gate passed", "refused: %v", err)
	}
	h := m.l.History()
	if len(h) != len(before.History)+1 {
		return violation(op, "a transition appends one entry", "history %d → %d entries", len(before.History), len(h))
	}
	got := h[len(h)-1]
	switch {
	case !sameButTime(got, want):
		return violation(op, "the entry records the request", "got %+v, want %+v", got, want)
	case got.At.IsZero() || got.At.Before(last):
		return violation(op, "times are set and never decrease", "entry at %v, last entry at %v", got.At, last)
	case gated && !got.At.Equal(m.calls[0].proposed.At):
		return violation(op, "the recorded transition is the one the gates approved", "recorded at %v, proposed at %v", got.At, m.calls[0].proposed.At)
	}
	if m.h.Clock == nil {
		exp := m.now.Round(0)
		if exp.Before(last) {
			exp = last
		}
		if !got.At.Equal(exp) {
			return violation(op, "an entry is stamped at the clock's time, held at the last entry's if the clock went back", "stamped %v, clock %v, last entry %v", got.At, m.now, last)
		}
	}
	m.m.apply(r, got)
	return nil
}

// gateRefusal checks an advance that some gate refused.
func (m *Machine) gateRefusal(op string, r Request, before innovation.Snapshot, err error) error {
	if err == nil {
		return violation(op, "an advance a gate refused fails", "it succeeded")
	}
	if !errors.Is(err, innovation.ErrGate) {
		return violation(op, "a gate refusal wraps innovation.ErrGate", "refused with %v", err)
	}
	if v := m.transitionError(op, r, err); v != nil {
		return v
	}
	var refusing []gateCall
	for _, c := range m.calls {
		if c.err != nil || c.panicked {
			refusing = append(refusing, c)
		}
	}
	ges := gateErrors(err)
	if len(ges) != len(refusing) {
		return violation(op, "one *innovation.GateError per refusing gate", "%d refusing gates, %d GateErrors in %v", len(refusing), len(ges), err)
	}
	for i, ge := range ges {
		c := refusing[i]
		switch {
		case ge.Gate != c.name || ge.Panicked != c.panicked:
			return violation(op, "each GateError names its gate, in order, and says whether it panicked", "GateError %d is {%q, panicked %v}, want {%q, panicked %v}", i, ge.Gate, ge.Panicked, c.name, c.panicked)
		case !c.panicked && !errors.Is(ge, c.err):
			return violation(op, "a GateError wraps the gate's error", "GateError %q: %v, gate returned %v", ge.Gate, ge.Err, c.err)
		}
	}
	return m.unchanged(op, before)
}

// gateErrors collects the *innovation.GateError in err's tree, in order,
// without looking inside them.
func gateErrors(err error) []*innovation.GateError {
	var out []*innovation.GateError
	var walk func(error)
	walk = func(e error) {
		switch u := e.(type) {
		case *innovation.GateError:
			out = append(out, u)
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			if x := u.Unwrap(); x != nil {
				walk(x)
			}
		}
	}
	walk(err)
	return out
}

// RoundTrip encodes the lifecycle with MarshalJSON, restores it with
// RestoreJSON (gates and clock installed again), checks that the snapshot
// and the JSON are kept, that Restore(Snapshot()) agrees, and continues on
// the restored lifecycle.
func (m *Machine) RoundTrip() error {
	const op = "snapshot round trip"
	before := m.l.Snapshot()
	data, err := m.l.MarshalJSON()
	if err != nil {
		return violation(op, "MarshalJSON succeeds", "%v", err)
	}
	r, err := innovation.RestoreJSON(data, m.options()...)
	if err != nil {
		return violation(op, "RestoreJSON accepts what MarshalJSON wrote", "%v in %s", err, data)
	}
	if after := r.Snapshot(); !sameSnapshot(before, after) {
		return violation(op, "RestoreJSON keeps the snapshot", "%+v → %+v", before, after)
	}
	again, err := r.MarshalJSON()
	if err != nil || !bytes.Equal(data, again) {
		return violation(op, "re-encoding gives the same JSON", "%s → %s (%v)", data, again, err)
	}
	direct, err := innovation.Restore(before, m.options()...)
	if err != nil {
		return violation(op, "Restore accepts what Snapshot returned", "%v", err)
	}
	if after := direct.Snapshot(); !sameSnapshot(before, after) {
		return violation(op, "Restore keeps the snapshot", "%+v → %+v", before, after)
	}
	m.l = r
	return m.Check()
}

// Check checks the invariants that hold between operations: the status is
// valid and the model's, Phase/Start/CanAdvance agree, the history is the
// model's, replays through innovation.Next to the status with no skip and
// nothing after an abandon, its times never decrease, and History returns
// a copy.
func (m *Machine) Check() error {
	const op = "check"
	st := m.l.Status()
	want := innovation.Status{Phase: innovation.Phase(m.m.phase), Abandoned: m.m.abandoned}
	switch {
	case !st.Phase.IsValid():
		return violation(op, "the phase is valid", "status %+v", st)
	case st != want:
		return violation(op, "the status is the model's", "lifecycle %+v, model %+v", st, want)
	case m.l.Phase() != st.Phase:
		return violation(op, "Phase agrees with Status", "Phase %q, Status %+v", m.l.Phase(), st)
	case m.l.Start() != innovation.Phase(m.m.start):
		return violation(op, "Start is the phase the lifecycle started in", "Start %q, model %q", m.l.Start(), innovation.Phase(m.m.start))
	case m.l.CanAdvance() != (!m.m.abandoned && m.m.phase < innovation.NumPhases):
		return violation(op, "CanAdvance agrees with the model", "CanAdvance %v in %+v", m.l.CanAdvance(), st)
	}
	h := m.l.History()
	if len(h) != len(m.m.history) {
		return violation(op, "the history is the model's", "%d entries, model %d", len(h), len(m.m.history))
	}
	at := innovation.Status{Phase: m.l.Start()}
	for i, tr := range h {
		if !sameTransition(tr, m.m.history[i]) {
			return violation(op, "the history is the model's", "history[%d] %+v, model %+v", i, tr, m.m.history[i])
		}
		if at.Abandoned {
			return violation(op, "nothing follows an abandon", "history[%d] %+v", i, tr)
		}
		if n, ok := tr.From.Next(); tr.Kind == innovation.Advance && (!ok || tr.To != n) {
			return violation(op, "an advance never skips", "history[%d] %+v", i, tr)
		}
		if tr.At.IsZero() || (i > 0 && tr.At.Before(h[i-1].At)) {
			return violation(op, "times are set and never decrease", "history[%d] at %v", i, tr.At)
		}
		next, err := innovation.Next(at, tr.Kind, tr.To)
		if err != nil || tr.From != at.Phase || next.Phase != tr.To {
			return violation(op, "the history replays through innovation.Next", "history[%d] %+v from %+v: %v", i, tr, at, err)
		}
		at = next
	}
	if at != st {
		return violation(op, "the history replays to the status", "replays to %+v, status %+v", at, st)
	}
	if len(h) > 0 {
		h[0].Reason += "!"
		if m.l.History()[0].Reason == h[0].Reason {
			return violation(op, "History returns a copy", "changing the returned slice reached the lifecycle")
		}
	}
	return nil
}

func lastAt(h []innovation.Transition) time.Time {
	if len(h) == 0 {
		return time.Time{}
	}
	return h[len(h)-1].At
}

func sameButTime(a, b innovation.Transition) bool {
	return a.From == b.From && a.To == b.To && a.Kind == b.Kind && a.Reason == b.Reason && a.By == b.By
}

func sameTransition(a, b innovation.Transition) bool { return sameButTime(a, b) && a.At.Equal(b.At) }

func sameSnapshot(a, b innovation.Snapshot) bool {
	if a.Start != b.Start || a.Status != b.Status || len(a.History) != len(b.History) {
		return false
	}
	for i := range a.History {
		if !sameTransition(a.History[i], b.History[i]) {
			return false
		}
	}
	return true
}
