package societal_test

// The readiness gate of a lifecycle (Assessor.Gate).

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
)

// ---- The gate. ----

func TestGate(t *testing.T) {
	ctx := context.Background()
	newLifecycle := func(t *testing.T, load func(context.Context, innovation.Transition) (*societal.Dossier, error)) *innovation.Lifecycle {
		t.Helper()
		a, err := societal.NewAssessor(societal.DefaultRubric())
		if err != nil {
			t.Fatal(err)
		}
		l, err := innovation.New(innovation.Modelisation, innovation.WithClock(clock), innovation.WithGate("readiness", a.Gate(load)))
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	static := func(d *societal.Dossier) func(context.Context, innovation.Transition) (*societal.Dossier, error) {
		return func(context.Context, innovation.Transition) (*societal.Dossier, error) { return d, nil }
	}

	t.Run("not ready refuses", func(t *testing.T) {
		d := readyDossier(t, innovation.Modelisation)
		d.OperatorModel = societal.Absent
		l := newLifecycle(t, static(d))
		err := l.Advance(ctx, innovation.Note{By: "comité"})
		if !errors.Is(err, societal.ErrNotReady) || !errors.Is(err, innovation.ErrGate) {
			t.Fatalf("advance: %v; want ErrNotReady and innovation.ErrGate", err)
		}
		var nre *societal.NotReadyError
		if !errors.As(err, &nre) {
			t.Fatalf("no *NotReadyError in %v", err)
		}
		if nre.Report.Verdict != societal.NotYet || nre.Report.Dossier != d.Name {
			t.Errorf("carried report: %v for %q", nre.Report.Verdict, nre.Report.Dossier)
		}
		if c, _ := nre.Report.Check(societal.EconomicModelFit); c.Outcome != notMet {
			t.Errorf("carried report: economic model %v", c.Outcome)
		}
		if !strings.Contains(err.Error(), "economic-model") {
			t.Errorf("the error does not name the unmet check: %v", err)
		}
		if l.Phase() != innovation.Modelisation || len(l.History()) != 0 {
			t.Errorf("a refused advance changed the lifecycle: %v, %v", l.Phase(), l.History())
		}
	})
	// Missing required evidence blocks the advance, and the error names
	// each missing check with the dossier field that would carry it: the
	// modélisation → essaimage crossing with the operator model not stated
	// (004:793-797) and no partnership.
	t.Run("missing required evidence refuses, naming it", func(t *testing.T) {
		d := readyDossier(t, innovation.Modelisation)
		d.OperatorModel = societal.Unstated
		d.Partnership = nil
		l := newLifecycle(t, static(d))
		err := l.Advance(ctx, innovation.Note{By: "comité"})
		var nre *societal.NotReadyError
		if !errors.As(err, &nre) || !errors.Is(err, innovation.ErrGate) {
			t.Fatalf("advance: %v; want a *NotReadyError through ErrGate", err)
		}
		if nre.Report.Verdict != societal.InsufficientEvidence {
			t.Errorf("verdict %v, want insufficient-evidence", nre.Report.Verdict)
		}
		for _, want := range []string{"missing evidence", "economic-model (economic_model, operator_model)", "next-needs (partnership)"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("the error does not name %q: %v", want, err)
			}
		}
		if strings.Contains(err.Error(), "stakeholders") || strings.Contains(err.Error(), "budget") {
			t.Errorf("the error names evidence that is not missing: %v", err)
		}
		if l.Phase() != innovation.Modelisation {
			t.Errorf("phase %v", l.Phase())
		}
	})
	t.Run("an empty dossier refuses in every phase", func(t *testing.T) {
		a, err := societal.NewAssessor(societal.DefaultRubric())
		if err != nil {
			t.Fatal(err)
		}
		for p := range innovation.Phases() {
			if _, ok := p.Next(); !ok {
				continue
			}
			l, err := innovation.New(p, innovation.WithGate("readiness", a.Gate(static(&societal.Dossier{Name: "vide", Phase: p}))))
			if err != nil {
				t.Fatal(err)
			}
			if err := l.Advance(ctx, innovation.Note{}); !errors.Is(err, societal.ErrNotReady) || !strings.Contains(err.Error(), "missing evidence") {
				t.Errorf("%v: advance of an empty dossier: %v; want ErrNotReady naming the missing evidence", p, err)
			}
		}
	})
	t.Run("ready allows, and the gate judges the dossier as it stands", func(t *testing.T) {
		d := readyDossier(t, innovation.Modelisation)
		calls := 0
		l := newLifecycle(t, func(context.Context, innovation.Transition) (*societal.Dossier, error) {
			calls++
			return d, nil
		})
		if err := l.Advance(ctx, innovation.Note{By: "comité"}); err != nil {
			t.Fatalf("advance of a ready dossier: %v", err)
		}
		if l.Phase() != innovation.Essaimage || calls != 1 {
			t.Fatalf("phase %v after %d loads", l.Phase(), calls)
		}
		// The funder's dossier moves with the project, and is now not ready.
		d.Phase = innovation.Essaimage
		d.Evaluations = readyEvaluations(t, innovation.Essaimage)
		d.EconomicModel = innovation.ModeleRD
		if err := l.Advance(ctx, innovation.Note{}); !errors.Is(err, societal.ErrNotReady) {
			t.Fatalf("second advance: %v, want ErrNotReady", err)
		}
		d.EconomicModel = innovation.ModeleOperateur
		if err := l.Advance(ctx, innovation.Note{}); err != nil {
			t.Fatalf("third advance: %v", err)
		}
		if l.Phase() != innovation.Industrialisation || calls != 3 {
			t.Errorf("phase %v after %d loads", l.Phase(), calls)
		}
	})
	t.Run("a load error refuses", func(t *testing.T) {
		boom := errors.New("base des dossiers indisponible")
		l := newLifecycle(t, func(context.Context, innovation.Transition) (*societal.Dossier, error) { return nil, boom })
		err := l.Advance(ctx, innovation.Note{})
		if !errors.Is(err, boom) || !errors.Is(err, innovation.ErrGate) || errors.Is(err, societal.ErrNotReady) {
			t.Errorf("advance: %v; want the load error through ErrGate", err)
		}
		if l.Phase() != innovation.Modelisation {
			t.Errorf("phase %v", l.Phase())
		}
	})
	t.Run("a dossier in another phase refuses", func(t *testing.T) {
		l := newLifecycle(t, static(readyDossier(t, innovation.Experimentation)))
		err := l.Advance(ctx, innovation.Note{})
		if !errors.Is(err, societal.ErrInvalid) || !errors.Is(err, innovation.ErrGate) {
			t.Errorf("advance: %v; want ErrInvalid through ErrGate", err)
		}
		if want := `societal: invalid value: readiness gate: the dossier is in phase "experimentation", the lifecycle in "modelisation"`; !strings.Contains(err.Error(), want) {
			t.Errorf("advance: %v; want it to say %s", err, want)
		}
		if l.Phase() != innovation.Modelisation {
			t.Errorf("phase %v", l.Phase())
		}
	})
	t.Run("a nil dossier or loader refuses", func(t *testing.T) {
		for _, load := range []func(context.Context, innovation.Transition) (*societal.Dossier, error){nil, static(nil)} {
			l := newLifecycle(t, load)
			if err := l.Advance(ctx, innovation.Note{}); !errors.Is(err, societal.ErrInvalid) {
				t.Errorf("advance: %v; want ErrInvalid", err)
			}
		}
	})
	t.Run("the loader receives the proposed transition", func(t *testing.T) {
		// The funder's record lags behind: the loader brings it to the
		// phase the lifecycle leaves, from the transition it is given.
		d := readyDossier(t, innovation.Modelisation)
		d.Phase = innovation.Experimentation
		var got []innovation.Transition
		l := newLifecycle(t, func(_ context.Context, tr innovation.Transition) (*societal.Dossier, error) {
			got = append(got, tr)
			d.Phase = tr.From
			return d, nil
		})
		if err := l.Advance(ctx, innovation.Note{By: "comité", Reason: "prêt"}); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].From != innovation.Modelisation || got[0].To != innovation.Essaimage ||
			got[0].Kind != innovation.Advance || got[0].By != "comité" || got[0].Reason != "prêt" {
			t.Errorf("the loader saw %+v", got)
		}
	})
	t.Run("the gate's context reaches the loader", func(t *testing.T) {
		type key struct{}
		var got any
		l := newLifecycle(t, func(ctx context.Context, _ innovation.Transition) (*societal.Dossier, error) {
			got = ctx.Value(key{})
			return readyDossier(t, innovation.Modelisation), nil
		})
		if err := l.Advance(context.WithValue(ctx, key{}, "fonds"), innovation.Note{}); err != nil {
			t.Fatal(err)
		}
		if got != "fonds" {
			t.Errorf("loader saw %v", got)
		}
	})
}
