package fund_test

// The assessment of a fund's portfolio (AssessAll) and what it counts.

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/societaltest"
)

// ---- The portfolio. ----

func TestAssessAll(t *testing.T) {
	ctx := context.Background()
	ds := []*societal.Dossier{
		dossiertest.Ready(t, innovation.Conception),
		dossiertest.Example(t),
		nil,
		dossiertest.Ready(t, innovation.Essaimage),
		{Name: "bloqué", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
	}
	p, err := fund.AssessAll(ctx, nil, ds)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Reports) != len(ds) || p.Rubric != societal.RubricVersion {
		t.Fatalf("%d reports by %q", len(p.Reports), p.Rubric)
	}
	for i, d := range ds {
		if !dossiertest.ReportsEqual(p.Reports[i], societal.Assess(d)) {
			t.Errorf("report %d differs from Assess", i)
		}
	}
	// Every phase and every verdict has its count, zero included; the nil
	// dossier has no phase.
	wantPhases := map[innovation.Phase]int{innovation.Conception: 1, innovation.Experimentation: 0,
		innovation.Modelisation: 1, innovation.Essaimage: 2, innovation.Industrialisation: 0}
	if !maps.Equal(p.Phases, wantPhases) {
		t.Errorf("phases %v, want %v", p.Phases, wantPhases)
	}
	// Blocked: the nil dossier (no phase) and the R&D model in essaimage.
	wantVerdicts := map[societal.Verdict]int{societal.Ready: 2, societal.InsufficientEvidence: 0, societal.NotYet: 1, societal.Blocked: 2}
	if !maps.Equal(p.Verdicts, wantVerdicts) {
		t.Errorf("verdicts %v, want %v", p.Verdicts, wantVerdicts)
	}
	for _, list := range [][]fund.Count[societal.CheckID]{p.Gaps, p.Missing} {
		for i := 1; i < len(list); i++ {
			if list[i-1].N < list[i].N || list[i-1].N == list[i].N && list[i-1].Value > list[i].Value {
				t.Errorf("not most frequent first, then in check order: %v", list)
			}
		}
	}
	for i := 1; i < len(p.Levers); i++ {
		if p.Levers[i-1].N < p.Levers[i].N || p.Levers[i-1].N == p.Levers[i].N && p.Levers[i-1].Value > p.Levers[i].Value {
			t.Errorf("levers not most frequent first: %v", p.Levers)
		}
	}
	// The counts, worked by hand from the reports.
	gaps := map[societal.CheckID]int{}
	for _, r := range p.Reports {
		for _, c := range r.Unmet() {
			gaps[c.ID]++
		}
	}
	for _, g := range p.Gaps {
		if g.N != gaps[g.Value] || g.N == 0 {
			t.Errorf("gap %v counted %d, the reports say %d", g.Value, g.N, gaps[g.Value])
		}
	}
	if len(p.Gaps) != len(gaps) {
		t.Errorf("gaps %v, the reports say %v", p.Gaps, gaps)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := fund.AssessAll(cctx, nil, ds); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	empty, err := fund.AssessAll(ctx, nil, nil)
	if err != nil || len(empty.Reports) != 0 || empty.Verdicts[societal.Ready] != 0 || len(empty.Phases) != innovation.NumPhases {
		t.Errorf("empty portfolio: %+v, %v", empty, err)
	}
}

// A portfolio's JSON keys its counts by the enumerations' keys, and reads
// back the same.
func TestPortfolioJSON(t *testing.T) {
	p, err := fund.AssessAll(context.Background(), nil, []*societal.Dossier{
		dossiertest.Ready(t, innovation.Conception),
		{Name: "bloqué", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// encoding/json writes map keys in byte order.
		`"phases":{"conception":1,"essaimage":1,"experimentation":0,"industrialisation":0,"modelisation":0}`,
		`"verdicts":{"blocked":1,"insufficient-evidence":0,"not-yet":0,"ready":1}`,
		`"gaps":[{"value":"economic-model","n":1}`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON does not hold %s:\n%s", want, b)
		}
	}
	var back fund.Portfolio
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(back.Phases, p.Phases) || !maps.Equal(back.Verdicts, p.Verdicts) || len(back.Reports) != 2 {
		t.Errorf("round trip: %+v", back)
	}
}

// The fund's partnership modes are counted over the dossiers that state a
// partnership, and shown beside the PHARE survey's shares (003:1015-1029,
// 1166-1195): 16 % of companies and 26 % of associations practised
// innovation sociétale, 30 % and 67 % mécénat.
func TestPortfolioModesBesidePHARE(t *testing.T) {
	withModes := func(modes ...partnership.Mode) *societal.Dossier {
		d := dossiertest.Ready(t, innovation.Experimentation)
		d.Partnership = dossiertest.Partnership(t, func(s *partnership.Spec) { s.Modes = modes })
		return d
	}
	noPartnership := dossiertest.Ready(t, innovation.Experimentation)
	noPartnership.Partnership = nil
	dossiers := []*societal.Dossier{
		withModes(partnership.InnovationSocietale),
		withModes(partnership.InnovationSocietale, partnership.Mecenat),
		withModes(partnership.Mecenat, partnership.InnovationSocietale),
		withModes(partnership.PratiquesResponsables),
		noPartnership,
	}
	p, err := fund.AssessAll(context.Background(), nil, dossiers)
	if err != nil {
		t.Fatal(err)
	}
	if p.Partnerships != 4 {
		t.Errorf("%d partnerships, want 4", p.Partnerships)
	}
	want := []fund.Count[partnership.Mode]{{Value: partnership.InnovationSocietale, N: 3}, {Value: partnership.Mecenat, N: 2}, {Value: partnership.PratiquesResponsables, N: 1}}
	if len(p.Modes) != len(want) {
		t.Fatalf("modes %v, want %v", p.Modes, want)
	}
	for i := range want {
		if p.Modes[i] != want[i] {
			t.Errorf("modes[%d] = %v, want %v", i, p.Modes[i], want[i])
		}
	}
}

// AssessAll gives, in input order, the reports Assess gives.
func TestPropertyAssessAllIsAssess(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ds := rapid.SliceOfN(anyDossier(), 0, 20).Draw(t, "dossiers")
		p, err := fund.AssessAll(context.Background(), nil, ds)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Reports) != len(ds) {
			t.Fatalf("%d reports for %d dossiers", len(p.Reports), len(ds))
		}
		for i, d := range ds {
			if !dossiertest.ReportsEqual(p.Reports[i], societal.Assess(d)) {
				t.Fatalf("report %d differs from Assess", i)
			}
		}
		total := 0
		for v := range societal.Verdicts() {
			total += p.Verdicts[v]
		}
		if total != len(ds) || len(p.Verdicts) != 4 {
			t.Fatalf("verdicts %v for %d dossiers", p.Verdicts, len(ds))
		}
	})
}

// The generated fund is valid, spans the phases and the verdicts.
func TestFundDossiers(t *testing.T) {
	ds := fundDossiers(t, 500)
	p, err := fund.AssessAll(context.Background(), nil, ds)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range ds {
		if err := d.Validate(); err != nil {
			t.Fatalf("dossier %d: %v", i, err)
		}
	}
	for ph := range innovation.Phases() {
		if p.Phases[ph] == 0 {
			t.Errorf("no dossier in %v", ph)
		}
	}
	for v := range societal.Verdicts() {
		if p.Verdicts[v] == 0 {
			t.Errorf("no dossier %v", v)
		}
	}
}

// anyDossier draws a dossier societaltest generates, or nil, or one with
// values Validate refuses (an invalid phase, evidence or model): Assess
// never fails.
func anyDossier() *rapid.Generator[*societal.Dossier] {
	return rapid.Custom(func(t *rapid.T) *societal.Dossier {
		switch rapid.IntRange(0, 5).Draw(t, "what") {
		case 0:
			return nil
		case 1:
			d := societaltest.Dossier(smallDossier).Draw(t, "dossier")
			d.Phase = innovation.Phase(rapid.Uint8().Draw(t, "phase"))
			return d
		case 2:
			d := societaltest.Dossier(smallDossier).Draw(t, "dossier")
			d.Dimensions.Processus = societal.Evidence(rapid.Uint8().Draw(t, "evidence"))
			d.EconomicModel = innovation.EconomicModel(rapid.Uint8().Draw(t, "model"))
			return d
		default:
			return societaltest.Dossier(smallDossier).Draw(t, "dossier")
		}
	})
}
