package fund_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/societaltest"
)

// report is a hand-made report: id, name, phase, verdict and the outcomes
// of the first checks, in check order.
func report(id, name string, ph innovation.Phase, v societal.Verdict, outcomes ...evaluation.Outcome) societal.Report {
	r := societal.Report{ID: id, Dossier: name, Status: innovation.Status{Phase: ph}, Verdict: v}
	for i, o := range outcomes {
		r.Checks = append(r.Checks, societal.Check{ID: societal.CheckID(i + 1), Outcome: o})
	}
	return r
}

func TestDiff(t *testing.T) {
	const (
		met    = evaluation.Met
		notMet = evaluation.NotMet
		unk    = evaluation.Unknown
		na     = evaluation.NotApplicable
	)
	before := fund.Portfolio{Rubric: "r/1", Reports: []societal.Report{
		report("a", "Wimoov", innovation.Modelisation, societal.NotYet, met, notMet, unk, met, na),
		report("", "Unis-Cité", innovation.Essaimage, societal.Ready, met, met),
		report("c", "Old name", innovation.Conception, societal.InsufficientEvidence),
		report("x", "Gone", innovation.Conception, societal.Ready),
		report("d", "Twin", innovation.Conception, societal.Ready),
		report("d", "Twin bis", innovation.Conception, societal.Ready),
		report("", "Same", innovation.Conception, societal.Ready),
		report("", "Same", innovation.Conception, societal.Ready),
		report("k", "Keyed", innovation.Conception, societal.Ready),
	}}
	after := fund.Portfolio{Rubric: "r/2", Reports: []societal.Report{
		report("a", "Wimoov", innovation.Essaimage, societal.Ready, met, met, met, notMet, notMet),
		report("u", "Unis-Cité", innovation.Essaimage, societal.Ready, met, met), // an ID given since: pairs on the name
		report("c", "New name", innovation.Experimentation, societal.InsufficientEvidence),
		report("n", "New", innovation.Conception, societal.Ready),
		report("d", "Twin", innovation.Conception, societal.Ready),
		report("", "Same", innovation.Conception, societal.Ready),
		report("k2", "Keyed", innovation.Conception, societal.Ready), // two IDs: two projects
	}}
	c := fund.Diff(before, after)
	if c.Before != "r/1" || c.After != "r/2" {
		t.Errorf("versions %q → %q", c.Before, c.After)
	}
	if len(c.Changed) != 2 {
		t.Fatalf("changed = %+v, want Wimoov and c", c.Changed)
	}
	w := c.Changed[0]
	if w.ID != "a" || !w.PhaseChanged() || !w.VerdictChanged() || w.Before.Verdict != societal.NotYet || w.After.Status.Phase != innovation.Essaimage {
		t.Errorf("Wimoov: %+v", w)
	}
	if want := []societal.CheckID{societal.EconomicModelFit, societal.DimensionsCovered}; !slices.Equal(w.Closed, want) {
		t.Errorf("closed %v, want %v", w.Closed, want)
	}
	if want := []societal.CheckID{societal.NextNeedsSupplied, societal.StakeholdersMobilised}; !slices.Equal(w.Opened, want) {
		t.Errorf("opened %v, want %v", w.Opened, want)
	}
	if r := c.Changed[1]; r.ID != "c" || r.Name != "New name" || r.VerdictChanged() || !r.PhaseChanged() {
		t.Errorf("renamed project: %+v", r)
	}
	names := func(ps []fund.Project) (out []string) {
		for _, p := range ps {
			out = append(out, p.Name)
		}
		return out
	}
	if got := names(c.Added); !slices.Equal(got, []string{"New", "Keyed"}) {
		t.Errorf("added %v", got)
	}
	if got := names(c.Withdrawn); !slices.Equal(got, []string{"Gone", "Keyed"}) {
		t.Errorf("withdrawn %v", got)
	}
	want := []fund.Ambiguity{
		{Key: fund.ByID, Value: "d", Before: []int{4, 5}, After: []int{4}},
		{Key: fund.ByName, Value: "Same", Before: []int{6, 7}, After: []int{5}},
	}
	if fmt.Sprint(c.Ambiguous) != fmt.Sprint(want) {
		t.Errorf("ambiguous %+v, want %+v", c.Ambiguous, want)
	}

	// JSON: stable keys, labelled objects.
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"before":"r/1"`, `"changed":[{"id":"a","name":"Wimoov","before":{"status":{"phase":"modelisation"},"verdict":"not-yet"}`,
		`"closed":["economic-model","dimensions"]`, `"opened":["next-needs","stakeholders"]`, `"added":[`, `"withdrawn":[`,
		`"ambiguous":[{"key":"id","value":"d","before":[4,5],"after":[4]}`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON lacks %s:\n%s", k, b)
		}
	}
	var back fund.Change
	if err := json.Unmarshal(b, &back); err != nil || fmt.Sprint(back) != fmt.Sprint(c) {
		t.Errorf("JSON round trip: %v\n%+v\n%+v", err, back, c)
	}
}

// A rubric that makes the three dimensions a minor check turns a "not yet"
// decided by them into another verdict, and says so.
func TestDiffRubrics(t *testing.T) {
	d := &societal.Dossier{ID: "w", Name: "Wimoov", Phase: innovation.Modelisation,
		Dimensions: societal.Dimensions{Solution: societal.Established, Processus: societal.Absent, ModeleEconomique: societal.Partial}}
	base := societal.DefaultRubric()
	edited := societal.DefaultRubric()
	edited.Version = "fund/2"
	edited.Severity[societal.DimensionsCovered] = societal.Minor
	a, err := societal.NewAssessor(base)
	if err != nil {
		t.Fatal(err)
	}
	b, err := societal.NewAssessor(edited)
	if err != nil {
		t.Fatal(err)
	}
	before := a.Assess(d)
	if c, ok := before.Check(societal.DimensionsCovered); !ok || c.Outcome != evaluation.NotMet || before.Verdict != societal.NotYet {
		t.Fatalf("the fixture is not NotYet on the dimensions: %v %+v", before.Verdict, c)
	}
	rc, err := fund.DiffRubrics(context.Background(), []*societal.Dossier{d}, a, b)
	if err != nil {
		t.Fatal(err)
	}
	want := []fund.RuleChange{{Rule: fund.RuleSeverity, Entry: "dimensions", Before: "major", After: "minor", Verdicts: 1, Checks: 1}}
	if fmt.Sprint(rc.Rules) != fmt.Sprint(want) {
		t.Errorf("rules %+v, want %+v", rc.Rules, want)
	}
	if len(rc.Verdicts) != 1 {
		t.Fatalf("verdicts %+v", rc.Verdicts)
	}
	v := rc.Verdicts[0]
	if v.ID != "w" || v.Before != societal.NotYet || v.After == societal.NotYet || len(v.Checks) != 1 ||
		v.Checks[0].Check != societal.DimensionsCovered || !slices.Equal(v.Checks[0].Rules, []fund.Rule{fund.RuleSeverity}) {
		t.Errorf("verdict change %+v", v)
	}
	if _, err := json.Marshal(rc); err != nil {
		t.Error(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := fund.DiffRubrics(ctx, []*societal.Dossier{d}, a, b); err == nil {
		t.Error("a cancelled context gives no error")
	}
}

// A rule that changes no verdict says why: the issue's partnership made
// Blocking over a dossier whose partnership's risk is not critical (graded
// Minor whatever the rubric says), a weight, the suppliers of a lever, a
// requirement at a phase where no dossier stands, a severity of a check
// no dossier fails.
func TestDiffRubricsIdle(t *testing.T) {
	ds := newcomer(t, "2026")
	habitat := slices.IndexFunc(ds, func(d *societal.Dossier) bool { return d.ID == "FAS-2021-002" })
	rep := societal.Assess(ds[habitat])
	if c, _ := rep.Check(societal.PartnershipBalanced); c.Outcome != evaluation.NotMet || c.Severity != societal.Minor {
		t.Fatalf("the fixture's partnership: %v %v", c.Outcome, c.Severity)
	}
	r := societal.DefaultRubric()
	r.Version = "edited"
	r.Severity[societal.PartnershipBalanced] = societal.Blocking
	r.Severity[societal.CommitmentPlanned] = societal.Major
	r.Weight[societal.BudgetGuidance] = decimal.NewFromInt(3)
	r.Suppliers[innovation.Evaluation] = nil
	r.MinCoverage = decimal.New(5, -1)
	r.Required[innovation.Industrialisation] = append(r.Required[innovation.Industrialisation], societal.BudgetGuidance)
	r.Required[innovation.Conception] = append(r.Required[innovation.Conception], societal.BudgetGuidance)
	edited, err := societal.NewAssessor(r)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := fund.DiffRubrics(context.Background(), []*societal.Dossier{ds[habitat]}, nil, edited)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]fund.Idle{
		"severity partnership":       fund.IdleGraded,
		"severity commitment":        fund.IdleNeverUnmet,
		"weight budget":              fund.IdleScore,
		"suppliers evaluation":       fund.IdlePartners,
		"min_coverage min_coverage":  fund.IdleScore,
		"required industrialisation": fund.IdleSameChecks,
		"required conception":        fund.IdleNoDossier,
	}
	if len(rc.Rules) != len(want) || len(rc.Verdicts) != 0 {
		t.Fatalf("rules %+v, verdicts %+v", rc.Rules, rc.Verdicts)
	}
	for _, ch := range rc.Rules {
		if w := want[ch.Rule.String()+" "+ch.Entry]; ch.Idle != w || ch.Verdicts != 0 {
			t.Errorf("%v %s: idle %v, verdicts %d; want %v", ch.Rule, ch.Entry, ch.Idle, ch.Verdicts, w)
		}
	}
}

var smallDossier = societaltest.DossierSize{Partners: 4, Contributions: 6, Evaluations: 2, Items: 3, History: 4}

// portfolioOf assesses ds with the default rubric.
func portfolioOf(t *rapid.T, ds []*societal.Dossier) fund.Portfolio {
	p, err := fund.AssessAll(context.Background(), nil, ds)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Comparing a portfolio with itself shows no change.
func TestPropertyDiffSelf(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ds := rapid.SliceOfN(societaltest.Dossier(smallDossier), 0, 8).Draw(t, "dossiers")
		for i, d := range ds {
			if rapid.Bool().Draw(t, "has id") {
				d.ID = fmt.Sprint("p", i)
			}
		}
		p := portfolioOf(t, ds)
		c := fund.Diff(p, p)
		if len(c.Changed) != 0 || len(c.Added) != 0 || len(c.Withdrawn) != 0 {
			t.Fatalf("a portfolio against itself: %+v", c)
		}
		// Only names given twice without IDs are ambiguous.
		for _, a := range c.Ambiguous {
			if a.Key != fund.ByName {
				t.Fatalf("ambiguous %+v", a)
			}
		}
	})
}

// A→B then B→C composes with A→C on phases and verdicts, for the projects
// present in all three.
func TestPropertyDiffComposes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		const n = 6
		gen := societaltest.Dossier(smallDossier)
		byName := rapid.Bool().Draw(t, "match by name")
		var ports [3]fund.Portfolio
		present := [3][n]bool{}
		for s := range ports {
			var ds []*societal.Dossier
			for k := range n {
				if present[s][k] = rapid.IntRange(0, 3).Draw(t, "present") > 0; !present[s][k] {
					continue
				}
				d := gen.Draw(t, "dossier")
				d.Name = fmt.Sprint("project ", k)
				if !byName {
					d.ID, d.Name = fmt.Sprint("p", k), fmt.Sprint("name ", s, k) // renamed each year
				}
				ds = append(ds, d)
			}
			ports[s] = portfolioOf(t, ds)
		}
		key := func(pc fund.ProjectChange) string {
			if byName {
				return pc.Name
			}
			return pc.ID
		}
		type edge struct{ from, to fund.Standing }
		index := func(c fund.Change) map[string]edge {
			if len(c.Ambiguous) != 0 {
				t.Fatalf("ambiguous: %+v", c.Ambiguous)
			}
			m := map[string]edge{}
			for _, pc := range c.Changed {
				m[key(pc)] = edge{pc.Before, pc.After}
			}
			return m
		}
		ab, bc, ac := index(fund.Diff(ports[0], ports[1])), index(fund.Diff(ports[1], ports[2])), index(fund.Diff(ports[0], ports[2]))
		for k := range n {
			if !present[0][k] || !present[1][k] || !present[2][k] {
				continue
			}
			name := fmt.Sprint("project ", k)
			if !byName {
				name = fmt.Sprint("p", k)
			}
			e1, ok1 := ab[name]
			e2, ok2 := bc[name]
			e3, ok3 := ac[name]
			// Phases and verdicts: a missing entry is "unchanged".
			type pv struct {
				changed bool
				from    fund.Standing
				to      fund.Standing
			}
			compose := func(x, y pv) pv {
				switch {
				case !x.changed:
					return y
				case !y.changed:
					return x
				}
				if x.to != y.from {
					t.Fatalf("%s: A→B ends in %+v, B→C starts in %+v", name, x.to, y.from)
				}
				return pv{x.from != y.to, x.from, y.to}
			}
			phase := func(e edge, ok bool) pv {
				if !ok {
					return pv{}
				}
				return pv{e.from.Status != e.to.Status, fund.Standing{Status: e.from.Status}, fund.Standing{Status: e.to.Status}}
			}
			verdict := func(e edge, ok bool) pv {
				if !ok {
					return pv{}
				}
				return pv{e.from.Verdict != e.to.Verdict, fund.Standing{Verdict: e.from.Verdict}, fund.Standing{Verdict: e.to.Verdict}}
			}
			for _, f := range []func(edge, bool) pv{phase, verdict} {
				got, want := f(e3, ok3), compose(f(e1, ok1), f(e2, ok2))
				if got.changed != want.changed || got.changed && (got.from != want.from || got.to != want.to) {
					t.Fatalf("%s: A→C %+v, A→B→C %+v", name, got, want)
				}
			}
		}
	})
}

// Comparing a rubric with itself changes nothing.
func TestPropertyDiffRubricsSelf(t *testing.T) {
	a, err := societal.NewAssessor(societal.DefaultRubric())
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(t *rapid.T) {
		ds := rapid.SliceOfN(societaltest.Dossier(smallDossier), 0, 8).Draw(t, "dossiers")
		rc, err := fund.DiffRubrics(context.Background(), ds, a, a)
		if err != nil {
			t.Fatal(err)
		}
		if len(rc.Rules) != 0 || len(rc.Verdicts) != 0 || rc.Dossiers != len(ds) {
			t.Fatalf("a rubric against itself: %+v", rc)
		}
	})
}

// Under a rubric with other severities, requirements and commitment
// threshold, every verdict that changes names the checks judged
// differently, and each of them the rules that caused it.
func TestPropertyDiffRubricsExplains(t *testing.T) {
	base, err := societal.NewAssessor(societal.DefaultRubric())
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(t *rapid.T) {
		r := societal.DefaultRubric()
		r.Version = "edited"
		for id := range societal.CheckIDs() {
			r.Severity[id] = societal.Severity(rapid.IntRange(1, 3).Draw(t, "severity"))
		}
		for ph := range innovation.Phases() {
			r.Required[ph] = nil
			for id := range societal.CheckIDs() {
				if rapid.Bool().Draw(t, "required") {
					r.Required[ph] = append(r.Required[ph], id)
				}
			}
		}
		r.Partnership.MinCommitmentMonths = rapid.IntRange(1, 120).Draw(t, "months")
		edited, err := societal.NewAssessor(r)
		if err != nil {
			t.Fatal(err)
		}
		ds := rapid.SliceOfN(societaltest.Dossier(smallDossier), 1, 6).Draw(t, "dossiers")
		rc, err := fund.DiffRubrics(context.Background(), ds, base, edited)
		if err != nil {
			t.Fatal(err)
		}
		for _, ch := range rc.Rules {
			if ch.Verdicts == 0 && !ch.Idle.IsValid() || ch.Verdicts > 0 && ch.Idle != 0 || ch.Verdicts > len(rc.Verdicts) || ch.Verdicts > ch.Checks {
				t.Fatalf("a rule's effect unexplained: %+v (%d verdicts change)", ch, len(rc.Verdicts))
			}
		}
		for _, v := range rc.Verdicts {
			if v.Before == v.After || len(v.Checks) == 0 {
				t.Fatalf("unexplained verdict change %+v", v)
			}
			for _, c := range v.Checks {
				if len(c.Rules) == 0 {
					t.Fatalf("%s: check %s changed with no rule: %+v", v.Name, c.Check, c)
				}
			}
		}
	})
}

// Last year's assessment against this year's: dossiers pair on their id.
func ExampleDiff() {
	lastYear := []*societal.Dossier{
		{ID: "fi-007", Name: "Wimoov", Phase: innovation.Modelisation},
		{ID: "fi-012", Name: "Old project", Phase: innovation.Conception},
	}
	thisYear := []*societal.Dossier{
		{ID: "fi-007", Name: "Wimoov", Phase: innovation.Essaimage},
		{ID: "fi-031", Name: "New project", Phase: innovation.Conception},
	}
	before, _ := fund.AssessAll(context.Background(), nil, lastYear)
	after, _ := fund.AssessAll(context.Background(), nil, thisYear)
	c := fund.Diff(before, after)
	for _, pc := range c.Changed {
		fmt.Printf("%s: %s → %s\n", pc.Name, pc.Before.Status.Phase, pc.After.Status.Phase)
	}
	fmt.Println("added:", c.Added[0].Name, "· withdrawn:", c.Withdrawn[0].Name)
	// Output:
	// Wimoov: modelisation → essaimage
	// added: New project · withdrawn: Old project
}
