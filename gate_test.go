package societal_test

// The readiness gate of a lifecycle (Assessor.Gate).

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
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
		l, err := innovation.New(innovation.Modelisation, innovation.WithClock(dossiertest.Clock), innovation.WithGate("readiness", a.Gate(load)))
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	static := func(d *societal.Dossier) func(context.Context, innovation.Transition) (*societal.Dossier, error) {
		return func(context.Context, innovation.Transition) (*societal.Dossier, error) { return d, nil }
	}

	t.Run("not ready refuses", func(t *testing.T) {
		d := dossiertest.Ready(t, innovation.Modelisation)
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
		for l := range lang.Langs() {
			if !strings.Contains(nre.Text(l), societal.EconomicModelFit.Label(l)) {
				t.Errorf("the refusal does not name the unmet check in %v: %s", l, nre.Text(l))
			}
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
		d := dossiertest.Ready(t, innovation.Modelisation)
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
		var required []societal.CheckID
		for _, q := range nre.Report.Requests() {
			if q.Required {
				required = append(required, q.Check)
			}
		}
		if want := []societal.CheckID{societal.EconomicModelFit, societal.NextNeedsSupplied}; !slices.Equal(required, want) {
			t.Errorf("required evidence missing %v, want %v", required, want)
		}
		for l := range lang.Langs() {
			text := nre.Text(l)
			for _, id := range required {
				if !strings.Contains(text, id.Label(l)) || !strings.Contains(text, id.Field()) {
					t.Errorf("the refusal does not name %v and its field in %v: %s", id, l, text)
				}
			}
			for _, id := range []societal.CheckID{societal.StakeholdersMobilised, societal.BudgetGuidance} {
				if strings.Contains(text, id.Label(l)) {
					t.Errorf("the refusal names %v, whose evidence is not required: %s", id, text)
				}
			}
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
			err = l.Advance(ctx, innovation.Note{})
			var nre *societal.NotReadyError
			if !errors.As(err, &nre) || nre.Report.Verdict != societal.InsufficientEvidence {
				t.Errorf("%v: advance of an empty dossier: %v; want a refusal for insufficient evidence", p, err)
			}
		}
	})
	t.Run("ready allows, and the gate judges the dossier as it stands", func(t *testing.T) {
		d := dossiertest.Ready(t, innovation.Modelisation)
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
		d.Evaluations = dossiertest.Evaluations(t, innovation.Essaimage)
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
		var p *problem.Error
		if !errors.Is(err, boom) || !errors.Is(err, innovation.ErrGate) || errors.Is(err, societal.ErrNotReady) || !errors.As(err, &p) || p.Code != "load-failed" {
			t.Errorf("advance: %v; want the load error through ErrGate, load-failed", err)
		}
		if l.Phase() != innovation.Modelisation {
			t.Errorf("phase %v", l.Phase())
		}
	})
	t.Run("a dossier in another phase refuses", func(t *testing.T) {
		l := newLifecycle(t, static(dossiertest.Ready(t, innovation.Experimentation)))
		err := l.Advance(ctx, innovation.Note{})
		if !errors.Is(err, societal.ErrInvalid) || !errors.Is(err, innovation.ErrGate) {
			t.Errorf("advance: %v; want ErrInvalid through ErrGate", err)
		}
		var p *problem.Error
		if !errors.As(err, &p) || p.Code != "phase-mismatch" {
			t.Errorf("advance: %v; want a phase-mismatch problem", err)
		}
		if l.Phase() != innovation.Modelisation {
			t.Errorf("phase %v", l.Phase())
		}
	})
	t.Run("a nil dossier or loader refuses", func(t *testing.T) {
		for _, load := range []func(context.Context, innovation.Transition) (*societal.Dossier, error){nil, static(nil)} {
			l := newLifecycle(t, load)
			err := l.Advance(ctx, innovation.Note{})
			var p *problem.Error
			if !errors.Is(err, societal.ErrInvalid) || !errors.As(err, &p) || p.Code != "nil-loader" && p.Code != "no-dossier" {
				t.Errorf("advance: %v; want ErrInvalid, nil-loader or no-dossier", err)
			}
		}
	})
	t.Run("the loader receives the proposed transition", func(t *testing.T) {
		// The funder's record lags behind: the loader brings it to the
		// phase the lifecycle leaves, from the transition it is given.
		d := dossiertest.Ready(t, innovation.Modelisation)
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
			return dossiertest.Ready(t, innovation.Modelisation), nil
		})
		if err := l.Advance(context.WithValue(ctx, key{}, "fonds"), innovation.Note{}); err != nil {
			t.Fatal(err)
		}
		if got != "fonds" {
			t.Errorf("loader saw %v", got)
		}
	})
}

// A refusal's words come from the package's tables: in the pseudo-locale
// nothing is left unmarked but the dossier's name and the dossier fields
// to fill.
func TestNotReadyPseudo(t *testing.T) {
	d := dossiertest.Ready(t, innovation.Modelisation)
	d.OperatorModel = societal.Unstated
	d.Partnership = nil
	d.Dimensions.Processus = societal.Absent
	for _, d := range []*societal.Dossier{d, {Name: "vide", Phase: innovation.Conception}} {
		rep := societal.Assess(d)
		err := &societal.NotReadyError{Report: rep}
		data := []string{d.Name}
		for id := range societal.CheckIDs() {
			data = append(data, id.Field())
		}
		if w := unmarkedWords(err.Text(lang.Pseudo), data); len(w) > 0 {
			t.Errorf("%q unmarked in %q", w, err.Text(lang.Pseudo))
		}
		if !strings.HasPrefix(err.Error(), "societal: ") || err.Error() != "societal: "+err.Text(lang.English) {
			t.Errorf("Error() = %q", err.Error())
		}
	}
}
