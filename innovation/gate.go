package innovation

import (
	"context"
	"errors"
	"fmt"
)

// Gate is a check that must pass before a lifecycle advances, such as a
// funder's readiness rule ("étapes de Go/noGo", 001:32; investment matched to
// the stage, 002:825). It receives the proposed transition (From, To, Kind,
// At, By, Reason) and returns nil to let it through, or an error saying why
// not.
//
// Gates run in the order they were added, every one of them even after a
// failure, so that the caller learns every reason at once. They run without
// any lock held: a gate may read the lifecycle it guards (Phase, History,
// Snapshot, …). A gate that makes a transition on the lifecycle it guards
// makes the guarded advance fail with ErrConflict. A gate that panics
// refuses the advance; the panic is recovered and reported as a *GateError.
// Gates must be safe for concurrent use if the lifecycle is used from several
// goroutines.
type Gate func(ctx context.Context, proposed Transition) error

// GateError reports one gate that refused an advance. errors.Is reports true
// for ErrGate and for whatever the gate's own error wraps. Safe for
// concurrent reads.
type GateError struct {
	Gate     string // the name the gate was added under
	Err      error  // what the gate returned, or the recovered panic
	Panicked bool   // the gate panicked
}

// Error names the gate and what it returned, or that it panicked.
func (e *GateError) Error() string {
	if e.Panicked {
		return fmt.Sprintf("innovation: gate %q panicked: %v", e.Gate, e.Err)
	}
	return fmt.Sprintf("innovation: gate %q: %v", e.Gate, e.Err)
}

// Unwrap returns ErrGate and the gate's error.
func (e *GateError) Unwrap() []error { return []error{ErrGate, e.Err} }

type namedGate struct {
	name string
	gate Gate
}

// runGates runs every gate and joins the refusals; nil if all passed.
func runGates(ctx context.Context, gates []namedGate, proposed Transition) error {
	var errs []error
	for _, g := range gates {
		if err := runGate(ctx, g, proposed); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func runGate(ctx context.Context, g namedGate, proposed Transition) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &GateError{Gate: g.name, Err: fmt.Errorf("%v", r), Panicked: true}
		}
	}()
	if e := g.gate(ctx, proposed); e != nil {
		return &GateError{Gate: g.name, Err: e}
	}
	return nil
}
