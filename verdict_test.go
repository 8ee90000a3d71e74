package societal_test

// The verdict rule (documented on Verdict), the crossing ahead and the
// score of a report.

import (
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
)

// ---- The verdict rule. ----

// A dossier that says nothing fails no check (unknown is not failure), but
// is never Ready: the evidence the crossing requires is missing, « À
// instruire ».
func TestVerdictEmptyDossierIsInsufficientEvidence(t *testing.T) {
	for p := range innovation.Phases() {
		rep := societal.Assess(&societal.Dossier{Name: "dossier vide", Phase: p})
		if rep.Verdict != societal.InsufficientEvidence {
			t.Errorf("%v: a dossier that says nothing is %v (unmet %+v), want insufficient-evidence", p, rep.Verdict, rep.Unmet())
		}
		if got := rep.Verdict.Label(lang.French); got != "À instruire" {
			t.Errorf("French label %q, want « À instruire »", got)
		}
		if len(rep.Unmet()) != 0 {
			t.Errorf("%v: unmet %+v", p, rep.Unmet())
		}
		if len(rep.Missing()) == 0 {
			t.Errorf("%v: no missing evidence reported", p)
		}
		if id, ok := rep.Decisive(); !ok || !slices.Contains(rep.Missing(), id) {
			t.Errorf("%v: decisive %v %v, want a missing check", p, id, ok)
		}
		for _, id := range rep.Missing() {
			c, _ := rep.Check(id)
			if c.Outcome != unknown || c.Severity != 0 {
				t.Errorf("%v: missing %v has outcome %v, severity %v", p, id, c.Outcome, c.Severity)
			}
		}
	}
}

// The verdict per phase: a ready dossier is Ready in every phase; leaving
// out one required piece of evidence makes it « À instruire »; leaving out
// one that is not required does not.
func TestVerdictPerPhase(t *testing.T) {
	for _, tc := range []struct {
		phase innovation.Phase
		edit  string
		want  societal.Verdict
	}{
		{innovation.Conception, "", societal.Ready},
		{innovation.Conception, "no partnership", societal.InsufficientEvidence},
		{innovation.Conception, "no budget", societal.Ready},
		{innovation.Experimentation, "", societal.Ready},
		{innovation.Experimentation, "no partnership", societal.InsufficientEvidence},
		{innovation.Experimentation, "no economic model", societal.Ready},
		{innovation.Modelisation, "", societal.Ready},
		{innovation.Modelisation, "no operator model", societal.InsufficientEvidence},
		{innovation.Modelisation, "no dimensions", societal.InsufficientEvidence},
		{innovation.Modelisation, "no evaluation", societal.InsufficientEvidence},
		{innovation.Modelisation, "no budget", societal.Ready},
		{innovation.Modelisation, "operator model absent", societal.NotYet},
		{innovation.Modelisation, "operator model partial", societal.Ready},
		{innovation.Essaimage, "", societal.Ready},
		{innovation.Essaimage, "no economic model", societal.InsufficientEvidence},
		{innovation.Essaimage, "no dimensions", societal.InsufficientEvidence},
		{innovation.Essaimage, "still R&D", societal.Blocked},
		{innovation.Essaimage, "no stakeholders", societal.Ready},
		{innovation.Industrialisation, "", societal.Ready},
		{innovation.Industrialisation, "no economic model", societal.InsufficientEvidence},
		{innovation.Industrialisation, "no partnership", societal.Ready},
	} {
		d := dossiertest.Ready(t, tc.phase)
		switch tc.edit {
		case "no partnership":
			d.Partnership = nil
		case "no budget":
			d.Budget = nil
		case "no economic model":
			d.EconomicModel = 0
		case "no operator model":
			d.OperatorModel = societal.Unstated
		case "operator model absent":
			d.OperatorModel = societal.Absent
		case "operator model partial":
			d.OperatorModel = societal.Partial
		case "no dimensions":
			d.Dimensions = societal.Dimensions{}
		case "no evaluation":
			d.Evaluations = nil
		case "still R&D":
			d.EconomicModel = innovation.ModeleRD
		case "no stakeholders":
			d.Stakeholders = nil
		}
		if got := societal.Assess(d).Verdict; got != tc.want {
			t.Errorf("%v, %s: verdict %v, want %v", tc.phase, tc.edit, got, tc.want)
		}
	}
}

func TestVerdictRule(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(testing.TB, *societal.Dossier)
		want societal.Verdict
	}{
		{"ready", nil, societal.Ready},
		{"minor gaps only", func(_ testing.TB, d *societal.Dossier) {
			d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{}
			d.Budget = dossiertest.Budget(1000, 500, 0)
		}, societal.Ready},
		{"one major gap", func(_ testing.TB, d *societal.Dossier) {
			d.Dimensions.Processus = societal.Partial
		}, societal.NotYet},
		{"blocking beats major", func(tb testing.TB, d *societal.Dossier) {
			d.Dimensions.Processus = societal.Partial
			d.History = dossiertest.History(tb, innovation.Experimentation, false) // ends elsewhere: phase check blocks
		}, societal.Blocked},
		{"major beats missing evidence", func(_ testing.TB, d *societal.Dossier) {
			d.Dimensions.Processus = societal.Partial
			d.OperatorModel = societal.Unstated
		}, societal.NotYet},
		{"missing required evidence", func(_ testing.TB, d *societal.Dossier) {
			d.OperatorModel = societal.Unstated
		}, societal.InsufficientEvidence},
		{"no operator model: not yet, never blocked (004:793-797)", func(_ testing.TB, d *societal.Dossier) {
			d.OperatorModel = societal.Absent
		}, societal.NotYet},
		{"abandoned", func(tb testing.TB, d *societal.Dossier) {
			d.History = dossiertest.History(tb, innovation.Modelisation, true)
		}, societal.Blocked},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := dossiertest.Ready(t, innovation.Modelisation)
			if tc.edit != nil {
				tc.edit(t, d)
			}
			if got := societal.Assess(d).Verdict; got != tc.want {
				t.Errorf("verdict %v, want %v", got, tc.want)
			}
		})
	}
}

// An abandoned project is blocked whatever the rubric's severities: the
// abandon is final.
func TestVerdictAbandonedIsBlockedWhateverTheSeverity(t *testing.T) {
	r := societal.DefaultRubric()
	r.Version = "tout-mineur"
	for id := range r.Severity {
		r.Severity[id] = societal.Minor
	}
	a, err := societal.NewAssessor(r)
	if err != nil {
		t.Fatal(err)
	}
	d := dossiertest.Ready(t, innovation.Experimentation)
	d.History = dossiertest.History(t, innovation.Experimentation, true)
	rep := a.Assess(d)
	if rep.Verdict != societal.Blocked || !rep.Status.Abandoned {
		t.Errorf("abandoned: verdict %v, status %+v; want blocked, abandoned", rep.Verdict, rep.Status)
	}
	c, _ := rep.Check(societal.PhaseIdentified)
	if c.Outcome != notMet || c.Severity != societal.Minor {
		t.Errorf("phase check of an abandoned project: %v %v, want not met, minor (the rubric's)", c.Outcome, c.Severity)
	}
}

// ---- The crossing ahead: MODEL §1.4 (risk zones, names 003:1818-1819) and
// the change of economic model (004:793-797). ----

func TestCrossing(t *testing.T) {
	for _, tc := range []struct {
		phase  innovation.Phase
		next   innovation.Phase
		zone   innovation.RiskZone
		change bool
	}{
		{innovation.Conception, innovation.Experimentation, innovation.TraverseeDuDesert, false},
		{innovation.Experimentation, innovation.Modelisation, innovation.ValleeDeLaMort, false},
		{innovation.Modelisation, innovation.Essaimage, innovation.CriseDeCroissance, true},
		{innovation.Essaimage, innovation.Industrialisation, innovation.SautQuantique, false},
		{innovation.Industrialisation, 0, 0, false},
	} {
		rep := societal.Assess(&societal.Dossier{Name: "x", Phase: tc.phase})
		if rep.Status.Phase != tc.phase || rep.Next != tc.next || rep.RiskZone != tc.zone || rep.ModelChange != tc.change {
			t.Errorf("%v: phase %v, next %v, zone %v, change %v; want %v, %v, %v, %v",
				tc.phase, rep.Status.Phase, rep.Next, rep.RiskZone, rep.ModelChange, tc.phase, tc.next, tc.zone, tc.change)
		}
	}
}

// ---- The score. ----

func TestScore(t *testing.T) {
	dec := decimal.RequireFromString
	// The example dossier: met are phase (2), economic model (2, the
	// operator model under way), next-needs (2), evaluation (1), budget (1),
	// partnership (2) = 10 of 14.
	example := dossiertest.Example(t)
	zeroPhase := societal.DefaultRubric()
	zeroPhase.Version = "sans-poids-de-phase"
	zeroPhase.Weight[societal.PhaseIdentified] = decimal.Zero
	aZero, err := societal.NewAssessor(zeroPhase)
	if err != nil {
		t.Fatal(err)
	}
	assessor := func(tenths int64) *societal.Assessor {
		r := societal.DefaultRubric()
		r.MinCoverage = decimal.New(tenths, -1)
		a, err := societal.NewAssessor(r)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	aNone, aAll := assessor(0), assessor(10)
	noBudget := dossiertest.Example(t)
	noBudget.Budget = nil
	for _, tc := range []struct {
		name string
		rep  societal.Report
		want decimal.NullDecimal
	}{
		{"ready", societal.Assess(dossiertest.Ready(t, innovation.Essaimage)), decimal.NewNullDecimal(dec("1"))},
		{"example", societal.Assess(example), decimal.NewNullDecimal(dec("0.7143"))},
		{"no phase: only the phase judged, not met: coverage below the threshold", societal.Assess(&societal.Dossier{Name: "x"}), decimal.NullDecimal{}},
		{"nil dossier", societal.Assess(nil), decimal.NullDecimal{}},
		{"no phase, no threshold", aNone.Assess(&societal.Dossier{Name: "x"}), decimal.NewNullDecimal(dec("0"))},
		{"nothing judged with a weight: null", aZero.Assess(&societal.Dossier{Name: "x", Phase: innovation.Conception}), decimal.NullDecimal{}},
		// The newcomer's emptiest dossier: 1 of 9 judged, so a required
		// check unknown.
		{"a required check unknown", societal.Assess(&societal.Dossier{Name: "x", Phase: innovation.Modelisation}), decimal.NullDecimal{}},
		{"a required check unknown, no threshold", aNone.Assess(&societal.Dossier{Name: "x", Phase: innovation.Modelisation}), decimal.NullDecimal{}},
		// The example without its budget: 13 of 14 weight judged.
		{"coverage over the threshold", societal.Assess(noBudget), decimal.NewNullDecimal(dec("0.6923"))},
		{"coverage under a threshold of 1", aAll.Assess(noBudget), decimal.NullDecimal{}},
	} {
		if tc.rep.Score.Valid != tc.want.Valid || tc.want.Valid && !tc.rep.Score.Decimal.Equal(tc.want.Decimal) {
			t.Errorf("%s: score %v, want %v", tc.name, tc.rep.Score, tc.want)
		}
	}
}
