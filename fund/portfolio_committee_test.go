package fund_test

// The portfolio as a committee reads it: ranking, money, date.

import (
	"context"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// Reports rank by verdict, then evidence coverage, then point score, then
// name.
func TestRanked(t *testing.T) {
	d := decimal.RequireFromString
	// report builds a report whose coverage is judged/applicable weight.
	report := func(name string, v societal.Verdict, score string, judged, unknown int64) societal.Report {
		r := societal.Report{Dossier: name, Verdict: v}
		if score != "" {
			r.Score = decimal.NewNullDecimal(d(score))
		}
		if judged > 0 {
			r.Checks = append(r.Checks, societal.Check{ID: societal.PhaseIdentified, Outcome: evaluation.Met, Weight: decimal.NewFromInt(judged)})
		}
		if unknown > 0 {
			r.Checks = append(r.Checks, societal.Check{ID: societal.NextNeedsSupplied, Outcome: evaluation.Unknown, Weight: decimal.NewFromInt(unknown)})
		}
		return r
	}
	p := fund.Portfolio{Reports: []societal.Report{
		report("bloqué", societal.Blocked, "0.9", 1, 0),
		report("pas encore", societal.NotYet, "0.5", 1, 0),
		report("à instruire, peu couvert", societal.InsufficientEvidence, "0.9", 1, 3),  // 25 %
		report("à instruire, bien couvert", societal.InsufficientEvidence, "0.1", 3, 1), // 75 %
		report("prêt, score bas", societal.Ready, "0.5", 1, 0),
		report("prêt, score haut", societal.Ready, "0.8", 1, 0),
		report("prêt, sans score", societal.Ready, "", 1, 0),
		report("b prêt, même score", societal.Ready, "0.5", 1, 0),
		report("sans verdict", 0, "1", 1, 0),
		report("prêt, rien d'applicable", societal.Ready, "1", 0, 0),
	}}
	want := []string{
		"prêt, score haut", "b prêt, même score", "prêt, score bas", "prêt, sans score", "prêt, rien d'applicable",
		"à instruire, bien couvert", "à instruire, peu couvert",
		"pas encore", "bloqué", "sans verdict",
	}
	var got []string
	for _, r := range p.Ranked() {
		got = append(got, r.Dossier)
	}
	if !slices.Equal(got, want) {
		t.Errorf("ranked\n%q\nwant\n%q", got, want)
	}
	// Ranked points into p.Reports and leaves it in input order.
	if r := p.Ranked()[0]; r != &p.Reports[5] || p.Reports[0].Dossier != "bloqué" {
		t.Error("Ranked does not point into Reports, or reordered them")
	}
	if c := fund.CompareReports(&p.Reports[0], &p.Reports[0]); c != 0 {
		t.Errorf("a report compares %d with itself", c)
	}
}

// withMoney returns a ready dossier in phase with its partnership's
// financial contributions valued in currency.
func withMoney(t *testing.T, phase innovation.Phase, currency string, amounts ...int64) *societal.Dossier {
	d := dossiertest.Ready(t, phase)
	d.Partnership = dossiertest.Partnership(t, func(s *partnership.Spec) {
		i := 0
		for j := range s.Contributions {
			if s.Contributions[j].Kind == partnership.Financial && i < len(amounts) {
				s.Contributions[j].Amount = partnership.Amount{Value: decimal.NewFromInt(amounts[i]), Currency: currency}
				i++
			}
		}
	})
	return d
}

// Budgets and contributions are summed per phase and per lever, decimal;
// currencies are kept apart, never summed.
func TestPortfolioMoney(t *testing.T) {
	noBudget := dossiertest.Ready(t, innovation.Essaimage)
	noBudget.Budget = nil
	dossiers := []*societal.Dossier{
		withMoney(t, innovation.Conception, "EUR", 10_000, 5_000),
		withMoney(t, innovation.Conception, "EUR", 2_500),
		withMoney(t, innovation.Essaimage, "CHF", 2_000),
		noBudget,
	}
	p, err := fund.AssessAllOn(context.Background(), nil, time.Date(2026, 11, 30, 15, 4, 5, 0, time.UTC), dossiers)
	if err != nil {
		t.Fatal(err)
	}
	d := decimal.RequireFromString
	equal := func(what string, got societal.Money, want map[string]string) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %v, want %v", what, got, want)
		}
		for c, v := range want {
			if !got[c].Equal(d(v)) {
				t.Errorf("%s %s: %v, want %s", what, c, got[c], v)
			}
		}
	}
	equal("contributions", p.Contributions, map[string]string{"EUR": "17500", "CHF": "2000"})
	equal("conception", p.ContributionsByPhase[innovation.Conception], map[string]string{"EUR": "17500"})
	equal("essaimage", p.ContributionsByPhase[innovation.Essaimage], map[string]string{"CHF": "2000"})
	equal("industrialisation", p.ContributionsByPhase[innovation.Industrialisation], nil)
	equal("financement", p.ContributionsByLever[innovation.Financement], map[string]string{"EUR": "17500", "CHF": "2000"})
	equal("conseil", p.ContributionsByLever[innovation.Conseil], nil)
	if len(p.ContributionsByPhase) != innovation.NumPhases || len(p.Budgets) != innovation.NumPhases {
		t.Errorf("not a key for every phase: %v, %v", p.ContributionsByPhase, p.Budgets)
	}
	// Each ready dossier's budget: 1 000 000, of which 50 000 evaluation
	// and 250 000 capacity building.
	if b := p.Budget; b.Dossiers != 3 || !b.Total.Equal(d("3000000")) || !b.Evaluation.Equal(d("150000")) || !b.CapacityBuilding.Equal(d("750000")) {
		t.Errorf("budget %+v", b)
	}
	if b := p.Budgets[innovation.Conception]; b.Dossiers != 2 || !b.Total.Equal(d("2000000")) {
		t.Errorf("conception budget %+v", b)
	}
	if b := p.Budgets[innovation.Essaimage]; b.Dossiers != 1 || !b.Total.Equal(d("1000000")) {
		t.Errorf("essaimage budget %+v", b)
	}
	if b := p.Budgets[innovation.Modelisation]; b.Dossiers != 0 || !b.Total.IsZero() {
		t.Errorf("modelisation budget %+v", b)
	}

	// JSON: objects keyed by the enums' keys and by currency.
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"assessed_on":"2026-11-30T00:00:00Z"`,
		`"contributions":{"CHF":"2000","EUR":"17500"}`,
		`"budget":{"dossiers":3,"total":"3000000","evaluation":"150000","capacity_building":"750000"}`,
		`"budgets_by_phase":{"conception":{"dossiers":2,"total":"2000000"`,
		`"contributions_by_phase":{"conception":{"EUR":"17500"},"essaimage":{"CHF":"2000"},"experimentation":{}`,
		`"contributions_by_lever":{"competences-reseau":{},`,
		`"coverage":{"judged":`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%.3000s", want, b)
		}
	}
	var back fund.Portfolio
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.AssessedOn.Equal(p.AssessedOn) || !back.Contributions["EUR"].Equal(d("17500")) || !back.Budgets[innovation.Conception].Total.Equal(d("2000000")) {
		t.Errorf("round trip: %v %v %v", back.AssessedOn, back.Contributions, back.Budgets)
	}
}

// The date comes from the caller: AssessAll leaves the portfolio undated,
// and the JSON and the reports say nothing of a date.
func TestAssessAllUndated(t *testing.T) {
	p, err := fund.AssessAll(context.Background(), nil, []*societal.Dossier{dossiertest.Ready(t, innovation.Conception)})
	if err != nil {
		t.Fatal(err)
	}
	if !p.AssessedOn.IsZero() {
		t.Errorf("AssessAll dated the portfolio %v", p.AssessedOn)
	}
	b, _ := json.Marshal(p)
	date := regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	if strings.Contains(string(b), "assessed_on") || date.MatchString(p.Text(lang.French)) || date.MatchString(p.Markdown(lang.English)) {
		t.Error("an undated portfolio shows a date")
	}
	// The calendar date in the caller's location, whatever the hour.
	paris := time.FixedZone("Paris", 3600)
	p, err = fund.AssessAllOn(context.Background(), nil, time.Date(2026, 1, 1, 0, 30, 0, 0, paris), nil)
	if err != nil || !p.AssessedOn.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("AssessAllOn: %v, %v", p.AssessedOn, err)
	}
}
