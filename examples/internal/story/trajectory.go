package story

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// advanced is what a step says when the gate let the project through.
var advanced = lang.Text{"avance vers {1}", "advances to {1}"}

// A Trajectory is a real project's path through the lifecycle, as the
// trajectory examples tell it: from Start to Last, its dossier assessed at
// each step and each crossing asked of a funder's readiness gate, which
// refuses once; the project then puts right what it lacked (the fix) and
// crosses. A plain value, safe for concurrent use if its functions are.
type Trajectory struct {
	Start, Last innovation.Phase
	Clock       func() time.Time // stamps the history
	Rubric      societal.Rubric  // the funder's
	By          string           // who decides each advance
	// Dossier returns the project's dossier in phase p (without history),
	// before the fix or after it.
	Dossier func(p innovation.Phase, fixed bool) (*societal.Dossier, error)
	// Head writes, in l, the head of the step in phase from: the crossing
	// to next, or the last step when next is 0.
	Head func(w io.Writer, from, next innovation.Phase, l lang.Lang)
	// Reason is why the project advances from phase from, in l.
	Reason func(from innovation.Phase, l lang.Lang) string
	// Fix is what the project puts right after the gate's refusal.
	Fix lang.Text
	// Prologue writes, in l, what comes before the first step; Epilogue
	// what comes after the last, given the lifecycle.
	Prologue func(w io.Writer, l lang.Lang)
	Epilogue func(w io.Writer, lc *innovation.Lifecycle, l lang.Lang)
}

// Tell writes t in l to out, whole: the prologue, the walk (Walk) and
// the epilogue; nothing if the walk fails.
func Tell(ctx context.Context, out io.Writer, l lang.Lang, t Trajectory) error {
	var b strings.Builder
	t.Prologue(&b, l)
	lc, _, err := Walk(ctx, &b, l, t)
	if err != nil {
		return err
	}
	t.Epilogue(&b, lc, l)
	_, err = io.WriteString(out, b.String())
	return err
}

// Walk tells the steps of t in l to w: the lifecycle from t.Start under the readiness
// gate, each step's head and assessment, the advance or the refusal and
// the fix, until the last step. It returns the lifecycle and the refusals
// the gate made.
func Walk(ctx context.Context, w io.Writer, l lang.Lang, t Trajectory) (*innovation.Lifecycle, []error, error) {
	lc, err := innovation.New(t.Start, innovation.WithClock(t.Clock))
	if err != nil {
		return nil, nil, err
	}
	a, err := societal.NewAssessor(t.Rubric)
	if err != nil {
		return nil, nil, err
	}
	fixed := false
	// current is the dossier of the project in phase p, with its history.
	current := func(p innovation.Phase) (*societal.Dossier, error) {
		d, err := t.Dossier(p, fixed)
		if err != nil {
			return nil, err
		}
		d.History = lc.Snapshot().History
		return d, nil
	}
	// load gives the gate the dossier of the phase the advance leaves.
	load := func(_ context.Context, proposed innovation.Transition) (*societal.Dossier, error) {
		return current(proposed.From)
	}
	if err := lc.AddGate("readiness", a.Gate(load)); err != nil {
		return nil, nil, err
	}
	var refusals []error
	for {
		from := lc.Phase()
		d, err := current(from)
		if err != nil {
			return nil, nil, err
		}
		rep := a.Assess(d)
		if from == t.Last {
			t.Head(w, from, 0, l)
			Assessment(w, &rep, l)
			fmt.Fprintln(w)
			return lc, refusals, nil
		}
		next, _ := from.Next()
		t.Head(w, from, next, l)
		Assessment(w, &rep, l)
		err = lc.Advance(ctx, innovation.Note{By: t.By, Reason: t.Reason(from, l)})
		var nr *societal.NotReadyError
		switch {
		case err == nil:
			fmt.Fprintf(w, "→ %s\n\n", advanced.Format(l, lc.Phase()))
		case errors.As(err, &nr) && !fixed:
			refusals = append(refusals, err)
			Refusal(w, err, l)
			fmt.Fprintf(w, "\n%s\n\n", l.Typeset(t.Fix.In(l)))
			fixed = true
		default:
			return nil, nil, fmt.Errorf("advancing from %s: %w", from, err)
		}
	}
}

// Details returns, in l, the details of the assessments of every dossier
// of t, from t.Start to t.Last, before and after the fix, under t.Rubric:
// the library's words an output of Walk quotes, which the library's own
// tests check (the data of a program's pseudo-locale test).
func (t Trajectory) Details(l lang.Lang) ([]string, error) {
	a, err := societal.NewAssessor(t.Rubric)
	if err != nil {
		return nil, err
	}
	var out []string
	for p := t.Start; p <= t.Last; p++ {
		for _, fixed := range []bool{false, true} {
			d, err := t.Dossier(p, fixed)
			if err != nil {
				return nil, err
			}
			rep := a.Assess(d)
			for _, c := range rep.Checks {
				out = append(out, c.Detail.Text(l))
				for _, g := range c.Gaps {
					out = append(out, g.Detail.Text(l))
				}
			}
		}
	}
	return out, nil
}

// Verify walks t, writing nothing, and checks the story the walk tells:
// from t.Start to t.Last by advances of one phase each, every one stamped
// by t.Clock, not abandoned, and exactly one refusal, by the readiness
// gate (societal.ErrNotReady and innovation.ErrGate). It returns the
// report of that refusal, for a program's checks of why.
func (t Trajectory) Verify(ctx context.Context) (*societal.Report, error) {
	lc, refusals, err := Walk(ctx, io.Discard, lang.French, t)
	if err != nil {
		return nil, err
	}
	if lc.Start() != t.Start {
		return nil, fmt.Errorf("start %s, want %s", lc.Start(), t.Start)
	}
	h := lc.History()
	if len(h) != int(t.Last-t.Start) {
		return nil, fmt.Errorf("%d transitions, want %d: %+v", len(h), t.Last-t.Start, h)
	}
	for i, tr := range h {
		from := t.Start + innovation.Phase(i)
		if tr.Kind != innovation.Advance || tr.From != from || tr.To != from+1 || !tr.At.Equal(t.Clock()) {
			return nil, fmt.Errorf("history[%d] = %s %s → %s at %v, want an advance %s → %s at %v", i, tr.Kind, tr.From, tr.To, tr.At, from, from+1, t.Clock())
		}
	}
	if s := lc.Status(); s.Phase != t.Last || s.Abandoned {
		return nil, fmt.Errorf("ends in %+v, want %s", s, t.Last)
	}
	var nr *societal.NotReadyError
	if len(refusals) != 1 || !errors.Is(refusals[0], societal.ErrNotReady) || !errors.Is(refusals[0], innovation.ErrGate) || !errors.As(refusals[0], &nr) {
		return nil, fmt.Errorf("refusals %v, want one by the readiness gate", refusals)
	}
	return &nr.Report, nil
}
