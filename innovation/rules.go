package innovation

import (
	"github.com/looplab/fsm"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// The transition table (MODEL §1.5). It is the one source of truth: it
// drives the pure function Next and builds the looplab/fsm events that the
// Lifecycle runs. States are the five phases plus "abandoned"; events are
// advance, one return per target phase, and abandon.
//
//   - advance: from each phase but the last, to the next one [S] 004:2738;
//     one step at a time [D].
//   - return to P: from every phase after P, to P [D].
//   - abandon: from every phase, to the final state "abandoned" [D].

// state indexes the FSM's states: 1..5 are the phases, abandoned is 6.
type state uint8

const abandoned state = NumPhases + 1

// event indexes the FSM's events: advance, return to each of the first
// four phases, abandon.
type event uint8

const (
	evAdvance event = iota
	evReturn        // evReturn + p - 1 returns to phase p (p = 1..4)
	evAbandon = evReturn + NumPhases - 1
	numEvents = evAbandon + 1
)

// rule is one row of the transition table.
type rule struct {
	ev  event
	src state
	dst state
}

// rules lists every allowed transition, built once from the table above.
var rules = buildRules()

func buildRules() []rule {
	var rs []rule
	for p := Conception; p <= Industrialisation; p++ {
		if n, ok := p.Next(); ok {
			rs = append(rs, rule{evAdvance, state(p), state(n)})
		}
		for to := Conception; to < p; to++ {
			rs = append(rs, rule{evReturn + event(to) - 1, state(p), state(to)})
		}
		rs = append(rs, rule{evAbandon, state(p), abandoned})
	}
	return rs
}

// table[src][ev] is the destination of ev from src, 0 if not allowed.
var table = func() (t [abandoned + 1][numEvents]state) {
	for _, r := range rules {
		t[r.src][r.ev] = r.dst
	}
	return t
}()

var stateNames = func() (n [abandoned + 1]string) {
	for p := range Phases() {
		n[p] = p.String()
	}
	n[abandoned] = "abandoned"
	return n
}()

var eventNames = func() (n [numEvents]string) {
	n[evAdvance] = "advance"
	for p := Conception; p < Industrialisation; p++ {
		n[evReturn+event(p)-1] = "return-to-" + p.String()
	}
	n[evAbandon] = "abandon"
	return n
}()

// fsmEvents is the transition table in looplab/fsm's form: one EventDesc
// per rule, since an event such as advance has a different destination from
// each source.
func fsmEvents() fsm.Events {
	evs := make(fsm.Events, len(rules))
	for i, r := range rules {
		evs[i] = fsm.EventDesc{Name: eventNames[r.ev], Src: []string{stateNames[r.src]}, Dst: stateNames[r.dst]}
	}
	return evs
}

func (s Status) state() state {
	if s.Abandoned {
		return abandoned
	}
	return state(s.Phase)
}

// eventOf maps a request to its event; ok is false for a malformed request
// (invalid kind, or a target that this kind cannot name).
func eventOf(k TransitionKind, to Phase) (event, bool) {
	switch k {
	case Advance:
		return evAdvance, true
	case Return:
		if to >= Conception && to < Industrialisation {
			return evReturn + event(to) - 1, true
		}
	case Abandon:
		return evAbandon, true
	}
	return 0, false
}

// Next is the lifecycle as a pure function: the status after a transition of
// kind k from s. to is the target of a Return; for an Advance it may be 0 or
// must be the next phase (anything else is a skip); for an Abandon it is
// ignored. It
// returns a *TransitionError wrapping ErrTransition when the model does not
// allow the move: skipping, advancing from Industrialisation, returning to
// the current or a later phase, anything after abandonment. Next and
// Lifecycle share one transition table.
func Next(s Status, k TransitionKind, to Phase) (Status, error) {
	dst, why := step(s, k, to)
	if dst == 0 {
		target := to
		if k == Abandon {
			target = 0
		}
		return s, refused(s.Phase, k, target, why, ErrTransition)
	}
	return statusOf(s, dst), nil
}

func statusOf(from Status, dst state) Status {
	if dst == abandoned {
		return Status{Phase: from.Phase, Abandoned: true}
	}
	return Status{Phase: Phase(dst)}
}

// step looks a move up in the table; dst is 0 and why says why if the move
// is not allowed.
func step(s Status, k TransitionKind, to Phase) (dst state, why *problem.Error) {
	if !s.Phase.IsValid() {
		return 0, whyPhase.New(pkgName, "", "")
	}
	if s.Abandoned {
		return 0, whyAbandoned.New(pkgName, "", "")
	}
	if k == Advance && to != 0 {
		if n, ok := s.Phase.Next(); ok && to != n {
			return 0, whySkip.New(pkgName, "", "", lang.Quote(n))
		}
	}
	ev, ok := eventOf(k, to)
	if !ok {
		switch {
		case !k.IsValid():
			return 0, whyKind.New(pkgName, "", "", lang.Int(int(k)))
		case !to.IsValid():
			return 0, whyTarget.New(pkgName, "", "")
		default:
			return 0, whyEarlier.New(pkgName, "", "")
		}
	}
	if d := table[s.state()][ev]; d != 0 {
		return d, nil
	}
	if k == Advance {
		return 0, whyLast.New(pkgName, "", "")
	}
	return 0, whyEarlier.New(pkgName, "", "") // a Return
}
