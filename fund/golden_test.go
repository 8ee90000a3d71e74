package fund_test

// The package's outputs, whole, in golden files: one per output, renderer
// and language, testdata/<name>.<renderer>.<lang>.golden. A change of
// wording or layout shows there, in one diff; `go test ./fund -update`
// rewrites them.

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// goldenOf compares got, the output name in renderer and language l,
// with its golden file testdata/<name>.<renderer>.<lang>.golden.
func goldenOf(t *testing.T, name, renderer string, l lang.Lang, got string) {
	t.Helper()
	golden.Check(t, name+"."+renderer+"."+l.String(), got)
}

// hostileName is a dossier's name that tries every trick on a reader: HTML,
// a script, a link, autolinks, emphasis, strikethrough, a table cell, a
// formula, a Mermaid directive, a terminal escape and a bidirectional
// override. The reports show it as text.
const hostileName = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) https://evil.example www.evil.example *b* ~~s~~ | %%{init}%% \x1b[31m\u202egnp.exe"

// goldenFund is a portfolio with every section: money in two currencies,
// partnership modes, every verdict, an abandoned project, a hostile name,
// a date (and, in TestGolden, the submissions refused).
func goldenFund(t *testing.T) fund.Portfolio {
	t.Helper()
	modes := func(d *societal.Dossier, ms ...partnership.Mode) *societal.Dossier {
		d.Partnership = dossiertest.Partnership(t, func(s *partnership.Spec) {
			s.Modes = ms
			for i := range s.Contributions {
				c := &s.Contributions[i]
				if c.Kind == partnership.Financial && d.Phase == innovation.Conception {
					c.Amount = partnership.Amount{Value: mustDecimal(t, "12500.5"), Currency: "EUR"}
				}
				if c.Kind == partnership.Financial && d.Phase == innovation.Essaimage {
					c.Amount = partnership.Amount{Value: mustDecimal(t, "2000"), Currency: "CHF"}
				}
			}
		})
		return d
	}
	abandoned := dossiertest.Ready(t, innovation.Modelisation)
	abandoned.Name = "Abandonné"
	abandoned.History = dossiertest.History(t, innovation.Modelisation, true)
	noBudget := dossiertest.Ready(t, innovation.Experimentation)
	noBudget.Budget, noBudget.Partnership = nil, nil
	wimoov := dossiertest.Example(t)
	wimoov.ID = "fi-007"
	ds := []*societal.Dossier{
		modes(dossiertest.Ready(t, innovation.Conception), partnership.InnovationSocietale),
		modes(dossiertest.Ready(t, innovation.Essaimage), partnership.Mecenat, partnership.InnovationSocietale),
		modes(dossiertest.Ready(t, innovation.Industrialisation), partnership.PratiquesResponsables),
		noBudget,
		wimoov,
		abandoned,
		{Name: "Bloqué", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
		{Name: hostileName, Carrier: "=cmd|' /C calc'!A0", Phase: innovation.Experimentation},
		{Name: "Sans phase"},
	}
	p, err := fund.AssessAllOn(context.Background(), nil, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), ds)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// goldenDiff is a year of change: a project that moved on and closed
// gaps, one renamed, one added, one withdrawn, and ambiguous pairings.
func goldenDiff() fund.Change {
	const (
		met    = evaluation.Met
		notMet = evaluation.NotMet
		unk    = evaluation.Unknown
	)
	before := fund.Portfolio{Rubric: "rameau-2018/1", Reports: []societal.Report{
		report("fi-007", "Wimoov", innovation.Modelisation, societal.NotYet, met, notMet, unk),
		report("fi-012", "Ancien nom", innovation.Conception, societal.InsufficientEvidence),
		report("fi-020", "Sorti", innovation.Essaimage, societal.Blocked),
		report("", hostileName, innovation.Conception, societal.Ready),
		report("", hostileName, innovation.Conception, societal.Ready),
	}}
	after := fund.Portfolio{Rubric: "fonds/2027", Reports: []societal.Report{
		report("fi-007", "Wimoov", innovation.Essaimage, societal.Ready, met, met, notMet),
		report("fi-012", "Nouveau nom", innovation.Experimentation, societal.InsufficientEvidence),
		report("fi-031", "Entré", innovation.Conception, societal.Ready),
		report("", hostileName, innovation.Conception, societal.Ready),
	}}
	return fund.Diff(before, after)
}

// goldenRubricDiff judges a few dossiers by a rubric that changes every
// kind of rule.
func goldenRubricDiff(t *testing.T) fund.RubricChange {
	t.Helper()
	base, err := societal.NewAssessor(societal.DefaultRubric())
	if err != nil {
		t.Fatal(err)
	}
	r := societal.DefaultRubric()
	r.Version = "fonds/2027"
	r.Severity[societal.DimensionsCovered] = societal.Minor
	r.Weight[societal.BudgetGuidance] = mustDecimal(t, "2.5")
	r.Required[innovation.Conception] = []societal.CheckID{societal.PhaseIdentified, societal.StakeholdersMobilised, societal.NextNeedsSupplied}
	r.Mobilised[innovation.High] = innovation.High
	r.Partnership.MinSuppliers[innovation.High] = 3
	r.Partnership.MinCommitmentMonths = 48
	r.Partnership.MajorityPower = mustDecimal(t, "0.6")
	r.Suppliers[innovation.Conseil] = []partnership.Kind{partnership.Fondation}
	var needs []innovation.NeedsCell
	for lv := range innovation.Levers() {
		for m := range innovation.MacroPhases() {
			n := r.Needs.At(lv, m)
			if lv == innovation.Conseil && m == innovation.MacroPhase(1) {
				n.Intensity = (n.Intensity + 1) % (innovation.High + 1)
			}
			needs = append(needs, innovation.NeedsCell{Lever: lv, MacroPhase: m, Intensity: n.Intensity, Qualifier: n.Qualifier})
		}
	}
	if r.Needs, err = innovation.NewNeedsMatrix(needs); err != nil {
		t.Fatal(err)
	}
	var stakeholders []innovation.StakeholderCell
	for sh := range innovation.Stakeholders() {
		for m := range innovation.MacroPhases() {
			in := r.Stakeholders.At(sh, m)
			if sh == innovation.Academique && m == innovation.MacroPhase(1) {
				in = innovation.High
			}
			stakeholders = append(stakeholders, innovation.StakeholderCell{Stakeholder: sh, MacroPhase: m, Intensity: in})
		}
	}
	if r.Stakeholders, err = innovation.NewStakeholderMatrix(stakeholders); err != nil {
		t.Fatal(err)
	}
	edited, err := societal.NewAssessor(r)
	if err != nil {
		t.Fatal(err)
	}
	wimoov := dossiertest.Example(t)
	wimoov.ID = "fi-007"
	ds := []*societal.Dossier{
		{ID: "w", Name: hostileName, Phase: innovation.Modelisation,
			Dimensions: societal.Dimensions{Solution: societal.Established, Processus: societal.Absent, ModeleEconomique: societal.Partial}},
		wimoov,
		dossiertest.Ready(t, innovation.Conception),
		{Name: "Vide", Phase: innovation.Conception},
	}
	rc, err := fund.DiffRubrics(context.Background(), ds, base, edited)
	if err != nil {
		t.Fatal(err)
	}
	return rc
}

// goldenRefusals are refusals as a stream keeps them and as a program
// names them: a line with many problems, a line over the limit, a file
// that does not decode.
func goldenRefusals(t *testing.T) []fund.Refusal {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"name":"X","phaze":"conception","phase":"nulle-part"` + strings.Repeat(`,"k":0`, 3) + "}\n")
	b.WriteString(`{"name":"` + strings.Repeat("a", societal.MaxJSON) + `"}` + "\n")
	b.WriteString(`{"name": "B" "phase":"x"}` + "\n")
	dg, err := fund.AssessNDJSON(context.Background(), nil, strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	_, err = societal.DecodeDossier([]byte(`{"name":"` + hostileName + `"}`))
	return append(dg.Refused, fund.Refusal{File: "dossiers/\x1b[31mmauvais.json", Err: err})
}

func TestGolden(t *testing.T) {
	p := goldenFund(t)
	empty, err := fund.AssessAll(context.Background(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, rc, refusals := goldenDiff(), goldenRubricDiff(t), goldenRefusals(t)
	p.Refused = refusals // every submission, assessed or not
	lifecycle := dossiertest.Ready(t, innovation.Essaimage)
	lifecycle.History = dossiertest.History(t, innovation.Essaimage, true)
	for l := range lang.Langs() {
		noChange := fund.Change{Before: "r/1", After: "r/1"}
		for _, o := range []struct {
			name                         string
			text, markdown, html, charts string
		}{
			{"portfolio", p.Text(l), p.Markdown(l), p.HTML(l), ""},
			{"portfolio-empty", empty.Text(l), empty.Markdown(l), empty.HTML(l), ""},
			{"diff", c.Text(l), c.Markdown(l), c.HTML(l), ""},
			{"diff-empty", noChange.Text(l), noChange.Markdown(l), noChange.HTML(l), ""},
			{"rubric-diff", rc.Text(l), rc.Markdown(l), rc.HTML(l), ""},
			{"history", "", "", "", fund.HistoryChart(lifecycle, l)},
		} {
			if o.text != "" {
				goldenOf(t, o.name, "text", l, o.text)
				goldenOf(t, o.name, "markdown", l, o.markdown)
				goldenOf(t, o.name, "html", l, o.html)
			}
			if o.charts != "" {
				goldenOf(t, o.name, "mermaid", l, o.charts)
			}
		}
		rep := societal.Assess(lifecycle)
		goldenOf(t, "history", "html", l, fund.ReportHTML(&rep, lifecycle, l))
		var csv bytes.Buffer
		if err := p.WriteCSV(&csv, l); err != nil {
			t.Fatal(err)
		}
		goldenOf(t, "portfolio", "csv", l, csv.String())
		for name, w := range map[string]func(io.Writer, lang.Lang) error{"diff": c.WriteCSV, "rubric-diff": rc.WriteCSV} {
			csv.Reset()
			if err := w(&csv, l); err != nil {
				t.Fatal(err)
			}
			goldenOf(t, name, "csv", l, csv.String())
		}
		var rs []string
		for i := range refusals {
			rs = append(rs, refusals[i].Text(l))
		}
		goldenOf(t, "refusals", "text", l, strings.Join(rs, "\n")+"\n")
	}
}
