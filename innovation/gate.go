package innovation

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
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
// for ErrGate and for whatever the gate's own error wraps. Text renders it
// in a language (the gate's error too, when it has a Text(lang.Lang)
// method, as every error of the module has), Error in English for logs.
// The zero value names no gate and no error. Safe for concurrent reads.
type GateError struct {
	Gate     string // the name the gate was added under
	Err      error  // what the gate returned, or the recovered panic
	Panicked bool   // the gate panicked
}

// Text returns, in l, the gate's name and what it returned, or that it
// panicked.
func (e *GateError) Text(l lang.Lang) string {
	k := &errGateRefused
	if e.Panicked {
		k = &errGatePanicked
	}
	return k.Message.Format(l, lang.Quote(lang.Data(e.Gate)), errorText{e.Err})
}

// Error names the gate and what it returned, or that it panicked, in
// English: `innovation: gate “ready”: …`.
func (e *GateError) Error() string { return pkgName + ": " + problem.Log(e.Text) }

// Unwrap returns ErrGate and the gate's error.
func (e *GateError) Unwrap() []error { return []error{ErrGate, e.Err} }

// errorText quotes an error in the reader's language: its Text when it
// has one (a join of such errors, each in turn), else its message, which
// has no language the module knows.
type errorText struct{ err error }

// Label returns the error in l.
func (t errorText) Label(l lang.Lang) string {
	switch e := t.err.(type) {
	case nil:
		return ""
	case interface{ Text(lang.Lang) string }:
		return e.Text(l)
	case interface{ Unwrap() []error }:
		// errors.Join of errors that each render in a language.
		var parts []string
		for _, inner := range e.Unwrap() {
			if _, ok := inner.(interface{ Text(lang.Lang) string }); !ok {
				return t.err.Error()
			}
			parts = append(parts, errorText{inner}.Label(l))
		}
		return strings.Join(parts, l.Semicolon())
	}
	return t.err.Error()
}

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
