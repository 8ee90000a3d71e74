package societal_test

// The money a report carries: the dossier's budget and every contribution
// of its partnership, with its lever, its kind of partner and its amount.

import (
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
)

func TestReportMoney(t *testing.T) {
	d := dossiertest.Example(t)
	rep := societal.Assess(d)
	if !rep.Budget.Total.Equal(d.Budget.Total) || !rep.Budget.Evaluation.Equal(d.Budget.Evaluation) || !rep.Budget.CapacityBuilding.Equal(d.Budget.CapacityBuilding) {
		t.Errorf("budget %+v, want the dossier's %+v", rep.Budget, *d.Budget)
	}
	cs := d.Partnership.Contributions()
	if len(rep.Contributions) != len(cs) {
		t.Fatalf("%d contributions, want %d", len(rep.Contributions), len(cs))
	}
	for i, c := range cs {
		p, _ := d.Partnership.Partner(c.Partner)
		got := rep.Contributions[i]
		if got.Lever != c.Lever || got.PartnerKind != p.Kind || !got.Value.Equal(c.Amount.Value) || got.Currency != c.Amount.Currency {
			t.Errorf("contribution %d: %+v, want %v by %v, %v", i, got, c.Lever, p.Kind, c.Amount)
		}
	}
	// The report's memory is its own: changing the dossier's budget
	// afterwards changes nothing.
	d.Budget.Total = decimal.NewFromInt(1)
	if rep.Budget.Total.Equal(d.Budget.Total) {
		t.Error("the report shares the dossier's budget")
	}

	// A dossier without budget nor partnership: none.
	empty := societal.Assess(&societal.Dossier{Name: "x", Phase: innovation.Conception})
	if !empty.Budget.Total.IsZero() || empty.Contributions != nil {
		t.Errorf("empty dossier: budget %+v, contributions %+v", empty.Budget, empty.Contributions)
	}
}

// Money sums valued amounts per currency, never across currencies, and
// adds nothing for an amount that is not valued.
func TestMoney(t *testing.T) {
	m := societal.Money{}
	dec := decimal.RequireFromString
	m.Add("EUR", dec("1500"))
	m.Add("CHF", dec("200"))
	m.Add("EUR", dec("0.5"))
	m.Add("", dec("99"))        // no currency
	m.Add("EUR", dec("0"))      // not valued
	m.Add("EUR", dec("-3"))     // negative
	m.Add("EUR", dec("1e1000")) // out of bounds
	if !slices.Equal(m.Currencies(), []string{"CHF", "EUR"}) || !m["EUR"].Equal(dec("1500.5")) || !m["CHF"].Equal(dec("200")) {
		t.Errorf("money %v", m)
	}
	if got, want := m.Label(lang.English), lang.English.Money(dec("200"), "CHF")+lang.English.Semicolon()+lang.English.Money(dec("1500.5"), "EUR"); got != want {
		t.Errorf("label %q, want %q", got, want)
	}
	if (societal.Money{}).Label(lang.French) != "" {
		t.Error("no money has a label")
	}
}
