package partnership_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
	"github.com/shopspring/decimal"
)

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(*partnership.Spec)
		path   string
		want   error
	}{
		{"duplicate partner", func(s *partnership.Spec) { s.Partners[2].ID = "renault" }, "partners[2].id", partnership.ErrDuplicate},
		{"empty id", func(s *partnership.Spec) { s.Partners[1].ID = "" }, "partners[1].id", partnership.ErrInvalid},
		{"long id", func(s *partnership.Spec) { s.Partners[1].ID = strings.Repeat("x", partnership.MaxText+1) }, "partners[1].id", partnership.ErrLimit},
		{"control char", func(s *partnership.Spec) { s.Partners[1].Name = "a\x00b" }, "partners[1].name", partnership.ErrInvalid},
		{"bad utf8", func(s *partnership.Spec) { s.Name = "\xff" }, "name", partnership.ErrInvalid},
		{"no kind", func(s *partnership.Spec) { s.Partners[0].Kind = 0 }, "partners[0].kind", partnership.ErrInvalid},
		{"bad purpose", func(s *partnership.Spec) { s.Partners[0].Purpose = 9 }, "partners[0].purpose", partnership.ErrInvalid},
		{"bad objective", func(s *partnership.Spec) { s.Partners[0].Objectives = []partnership.Objective{7} }, "partners[0].objectives[0]", partnership.ErrInvalid},
		{"duplicate objective", func(s *partnership.Spec) {
			s.Partners[0].Objectives = []partnership.Objective{partnership.InternePerformance, partnership.InternePerformance}
		}, "partners[0].objectives[1]", partnership.ErrDuplicate},
		{"unknown partner", func(s *partnership.Spec) { s.Contributions[3].Partner = "total" }, "contributions[3].partner", partnership.ErrUnknownPartner},
		{"negative amount", func(s *partnership.Spec) { s.Contributions[0].Amount = eur("-1") }, "contributions[0].amount.value", partnership.ErrNegative},
		{"mixed currencies", func(s *partnership.Spec) { s.Contributions[4].Amount.Currency = "USD" }, "contributions[4].amount.currency", partnership.ErrCurrency},
		{"bad currency", func(s *partnership.Spec) { s.Contributions[4].Amount.Currency = "eur" }, "contributions[4].amount.currency", partnership.ErrInvalid},
		{"no currency", func(s *partnership.Spec) { s.Contributions[4].Amount.Currency = "" }, "contributions[4].amount.currency", partnership.ErrInvalid},
		{"huge exponent", func(s *partnership.Spec) { s.Contributions[0].Amount.Value = decimal.New(1, 999999999) }, "contributions[0].amount.value", partnership.ErrLimit},
		{"too many digits", func(s *partnership.Spec) {
			s.Contributions[0].Amount.Value = dec("1." + strings.Repeat("1", 40))
		}, "contributions[0].amount.value", partnership.ErrLimit},
		{"too many decimals", func(s *partnership.Spec) { s.Contributions[0].Amount.Value = decimal.New(1, -20) }, "contributions[0].amount.value", partnership.ErrLimit},
		{"no lever", func(s *partnership.Spec) { s.Contributions[0].Lever = 0 }, "contributions[0].lever", partnership.ErrInvalid},
		{"no contribution kind", func(s *partnership.Spec) { s.Contributions[0].Kind = 0 }, "contributions[0].kind", partnership.ErrInvalid},
		{"period backwards", func(s *partnership.Spec) { s.Contributions[0].Period = partnership.Period{Start: 2015, End: 2010} }, "contributions[0].period.end", partnership.ErrInvalid},
		{"period year", func(s *partnership.Spec) { s.Contributions[0].Period = partnership.Period{Start: 15} }, "contributions[0].period.start", partnership.ErrInvalid},
		{"power sum", func(s *partnership.Spec) { s.Partners[0].Power = dec("0.5") }, "partners[*].power", partnership.ErrShares},
		{"power above 1", func(s *partnership.Spec) { s.Partners[0].Power = dec("1.5") }, "partners[0].power", partnership.ErrShares},
		{"negative power", func(s *partnership.Spec) { s.Partners[0].Power = dec("-0.1") }, "partners[0].power", partnership.ErrNegative},
		{"bad mode", func(s *partnership.Spec) { s.Modes = []partnership.Mode{0} }, "modes[0]", partnership.ErrInvalid},
		{"duplicate mode", func(s *partnership.Spec) {
			s.Modes = []partnership.Mode{partnership.Mecenat, partnership.Mecenat}
		}, "modes[1]", partnership.ErrDuplicate},
		{"bad scheme", func(s *partnership.Spec) { s.Scheme = 64 }, "scheme", partnership.ErrInvalid},
		{"bad mission", func(s *partnership.Spec) { s.Mission = 8 }, "mission", partnership.ErrInvalid},
		{"bad fact", func(s *partnership.Spec) { s.Terms.ExitStrategy = 5 }, "terms.exit_strategy", partnership.ErrInvalid},
		{"negative commitment", func(s *partnership.Spec) { s.Terms.CommitmentMonths = -1 }, "terms.commitment_months", partnership.ErrNegative},
		{"too many partners", func(s *partnership.Spec) {
			s.Partners = make([]partnership.Partner, partnership.MaxPartners+1)
		}, "partners", partnership.ErrLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := wimoov()
			tt.change(&s)
			p, err := partnership.New(s)
			if err == nil || p != nil {
				t.Fatalf("New accepted it")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v does not wrap %v", err, tt.want)
			}
			found := false
			for _, fe := range problem.List(err) {
				if fe.Path == tt.path && errors.Is(fe, tt.want) {
					found = true
				}
				if !strings.HasPrefix(fe.Error(), "partnership: ") {
					t.Errorf("message %q lacks the prefix", fe.Error())
				}
			}
			if !found {
				t.Errorf("no error at %s wrapping %v in: %v", tt.path, tt.want, err)
			}
		})
	}
}

// New reports every problem, not just the first.
func TestNewReportsAll(t *testing.T) {
	s := wimoov()
	s.Partners[2].ID = "renault"
	s.Contributions[0].Amount = eur("-5")
	s.Contributions[1].Partner = "nobody"
	_, err := partnership.New(s)
	if got := len(problem.List(err)); got < 3 {
		t.Errorf("%d errors, want at least 3: %v", got, err)
	}
	for _, want := range []error{partnership.ErrDuplicate, partnership.ErrNegative, partnership.ErrUnknownPartner} {
		if !errors.Is(err, want) {
			t.Errorf("missing %v", want)
		}
	}
	var twice bool
	for _, p := range problem.List(err) {
		twice = twice || p.Path == "partners[2].id" && p.Value == "renault" && p.Code == "duplicate-name"
	}
	if !twice {
		t.Errorf("no duplicate at partners[2].id in: %v", err)
	}
}

// New neither mutates nor aliases the caller's data, and accessors return
// copies.
func TestNewCopies(t *testing.T) {
	s := wimoov()
	before := wimoov()
	p := mustNew(s)
	s.Partners[0].ID = "changed"
	s.Partners[1].Objectives[0] = partnership.ExterneMobilisation
	s.Contributions[0].Amount = eur("1")
	s.Modes[0] = partnership.Mecenat
	got := p.Spec()
	if got.Partners[0].ID != before.Partners[0].ID || got.Partners[1].Objectives[0] != before.Partners[1].Objectives[0] ||
		!got.Contributions[0].Amount.Value.Equal(before.Contributions[0].Amount.Value) || got.Modes[0] != before.Modes[0] {
		t.Fatal("caller's changes leaked into the partnership")
	}
	ps := p.Partners()
	ps[0].Objectives[0] = partnership.InterneMobilisation
	cs := p.Contributions()
	cs[0].Partner = "x"
	if q, _ := p.Partner("wimoov"); q.Objectives[0] != partnership.ExternePerformance || p.Contributions()[0].Partner != "renault" {
		t.Fatal("accessors alias internal state")
	}
	// New does not touch its input.
	s2 := wimoov()
	s2.Mission = 0
	mustNew(s2)
	if s2.Mission != 0 {
		t.Error("New mutated its input")
	}
}

func TestAccessors(t *testing.T) {
	p := mustNew(wimoov())
	if p.Name() != "Wimoov" || p.Len() != 4 || p.Mission() != partnership.GeneralInterest || p.Currency() != "EUR" || !p.PowerStated() {
		t.Errorf("accessors: %q %d %v %q %v", p.Name(), p.Len(), p.Mission(), p.Currency(), p.PowerStated())
	}
	if _, ok := p.Partner("total"); ok {
		t.Error("unknown partner found")
	}
	if p.Terms().CommitmentMonths != 36 {
		t.Error("terms")
	}
}

// The zero Partnership is an empty, usable partnership.
func TestZeroPartnership(t *testing.T) {
	var p partnership.Partnership
	th := partnership.DefaultThresholds()
	c, err := p.Coverage(innovation.Conception, innovation.DefaultNeeds(), th)
	if err != nil {
		t.Fatal(err)
	}
	// No partner: every needed lever is missing, none has a supplier.
	for _, l := range append(c.Levers[:], c.Rising...) {
		want := partnership.Missing
		if l.Need.Intensity == innovation.None {
			want = partnership.NotNeeded
		}
		if l.Supply != want || l.Suppliers != nil {
			t.Errorf("%v: %v %v, want %v and no supplier", l.Need.Lever, l.Supply, l.Suppliers, want)
		}
	}
	if f, err := p.Diagnose(th); err != nil || len(f) != 0 {
		t.Errorf("Diagnose = %v, %v", f, err)
	}
	if b := p.Balance(); !b.Total.IsZero() || len(b.Shares) != 0 {
		t.Errorf("Balance = %+v", b)
	}
	// Nothing is stated: every item of the checklist is Unknown.
	cl, err := p.Checklist(th)
	if err != nil {
		t.Error(err)
	}
	for _, it := range append(cl.Difficulties[:], cl.Factors[:]...) {
		if it.Status != partnership.Unknown || it.Source == "" {
			t.Errorf("zero partnership: item %+v", it)
		}
	}
	if p.Mission() != partnership.GeneralInterest {
		t.Error("zero mission")
	}
	if _, err := p.MarshalJSON(); err != nil {
		t.Error(err)
	}
}
