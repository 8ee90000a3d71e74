package partnership_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

func TestCoverage(t *testing.T) {
	th := partnership.DefaultThresholds()
	needs := innovation.DefaultNeeds()
	s := wimoov()
	// Only Renault supplies Compétences & réseau; nobody supplies Évaluation.
	s.Contributions = []partnership.Contribution{
		{Partner: "renault", Lever: innovation.Financement, Kind: partnership.Financial},
		{Partner: "cdc", Lever: innovation.Financement, Kind: partnership.Financial},
		{Partner: "renault", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
		{Partner: "rameau", Lever: innovation.Conseil, Kind: partnership.Skills},
	}
	p := mustNew(s)
	// Essaimage is in Déploiement: Financement +++, Compétences & réseau
	// +++, Conseil +, Évaluation ++ (MODEL §2.2, 003:1924-1970).
	c, err := p.Coverage(innovation.Essaimage, needs, th)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		lever     innovation.Lever
		intensity innovation.Intensity
		suppliers []string
		supply    partnership.Supply
	}{
		{innovation.Financement, innovation.High, []string{"renault", "cdc"}, partnership.Covered},
		{innovation.CompetencesReseau, innovation.High, []string{"renault"}, partnership.Thin},
		{innovation.Conseil, innovation.Low, []string{"rameau"}, partnership.Covered},
		{innovation.Evaluation, innovation.Medium, nil, partnership.Missing},
	}
	for i, w := range want {
		got := c.Levers[i]
		if got.Need.Lever != w.lever || got.Need.Intensity != w.intensity || got.Supply != w.supply || !slices.Equal(got.Suppliers, w.suppliers) {
			t.Errorf("lever %d = %+v, want %+v", i, got, w)
		}
	}
	if gaps := c.Gaps(); len(gaps) != 2 || gaps[0].Need.Lever != innovation.CompetencesReseau || gaps[1].Need.Lever != innovation.Evaluation {
		t.Errorf("Gaps = %+v", gaps)
	}
	if c.Next != innovation.Industrialisation || len(c.Rising) != 0 {
		t.Errorf("Next %v Rising %+v (same macro-phase: nothing rises)", c.Next, c.Rising)
	}

	// From Modélisation to Essaimage, Financement and Compétences & réseau
	// rise from ++ to +++ (004:805-806, 004:2778-2782).
	c, err = p.Coverage(innovation.Modelisation, needs, th)
	if err != nil {
		t.Fatal(err)
	}
	if c.Next != innovation.Essaimage || len(c.Rising) != 2 ||
		c.Rising[0].Need.Lever != innovation.Financement || c.Rising[0].Supply != partnership.Covered ||
		c.Rising[1].Need.Lever != innovation.CompetencesReseau || c.Rising[1].Supply != partnership.Thin {
		t.Errorf("Rising = %+v", c.Rising)
	}
	c, _ = p.Coverage(innovation.Industrialisation, needs, th)
	if c.Next != 0 || c.Rising != nil {
		t.Errorf("after the last phase: %v %v", c.Next, c.Rising)
	}

	if _, err := p.Coverage(0, needs, th); !errors.Is(err, partnership.ErrInvalid) {
		t.Errorf("invalid phase: %v", err)
	}
	if _, err := p.Coverage(innovation.Conception, needs, partnership.Thresholds{}); !errors.Is(err, partnership.ErrInvalid) {
		t.Errorf("zero thresholds: %v", err)
	}
	// The zero Needs: nothing needed.
	c, _ = p.Coverage(innovation.Conception, innovation.NeedsMatrix{}, th)
	for i, l := range c.Levers {
		if l.Supply != partnership.NotNeeded || l.Need.Lever != innovation.Lever(i+1) {
			t.Errorf("zero needs: %+v", l)
		}
	}
}

func TestBalance(t *testing.T) {
	p := mustNew(wimoov())
	b := p.Balance()
	// 300000 + 200000 + 50000 = 550000: shares 6/11, 4/11, 1/11.
	if b.Currency != "EUR" || !b.Total.Equal(dec("550000")) || !b.PowerStated {
		t.Fatalf("balance %+v", b)
	}
	want := map[string]string{"wimoov": "0.090909", "renault": "0.545455", "rameau": "0", "cdc": "0.363636"}
	sum := dec("0")
	for _, s := range b.Shares {
		if !s.Contribution.Equal(dec(want[s.Partner])) {
			t.Errorf("%s: share %s, want %s", s.Partner, s.Contribution, want[s.Partner])
		}
		sum = sum.Add(s.Contribution)
	}
	if !sum.Equal(dec("1")) {
		t.Errorf("shares sum to %s", sum)
	}
	// HHI = (36+16+1)/121 = 0.438016… → 0.438017.
	if !b.Concentration.Equal(dec("0.438017")) {
		t.Errorf("HHI %s", b.Concentration)
	}
	// Three equal contributions: shares 0.333334, 0.333333, 0.333333 (the
	// unit left over goes to the smallest ID), HHI 1/3.
	s := wimoov()
	s.Partners = s.Partners[1:]
	for i := range s.Partners {
		s.Partners[i].Power = dec("0")
	}
	s.Contributions = []partnership.Contribution{
		{Partner: "renault", Lever: innovation.Financement, Kind: partnership.Financial, Amount: eur("1")},
		{Partner: "rameau", Lever: innovation.Financement, Kind: partnership.Financial, Amount: eur("1")},
		{Partner: "cdc", Lever: innovation.Financement, Kind: partnership.Financial, Amount: eur("1")},
	}
	b = mustNew(s).Balance()
	if !b.Shares[2].Contribution.Equal(dec("0.333334")) || !b.Shares[0].Contribution.Equal(dec("0.333333")) || !b.Concentration.Equal(dec("0.333333")) {
		t.Errorf("equal shares: %+v", b)
	}
	if b.PowerStated {
		t.Error("power stated")
	}
}

func risksOf(fs []partnership.Finding) []partnership.Risk {
	var out []partnership.Risk
	for _, f := range fs {
		out = append(out, f.Risk)
	}
	return out
}

// One row per diagnostic, with the source it rests on.
func TestDiagnose(t *testing.T) {
	tests := []struct {
		name     string
		change   func(*partnership.Spec)
		want     []partnership.Risk
		partners []string // of the first finding
		source   string   // of the first finding
	}{
		{"wimoov as described", func(*partnership.Spec) {}, []partnership.Risk{partnership.PowerMismatch}, []string{"wimoov"}, "001:30"},
		{"mission drift, 001:20", func(s *partnership.Spec) {
			s.Partners[0].Power, s.Partners[1].Power = dec("0.1"), dec("0.6")
		}, []partnership.Risk{partnership.MissionDrift, partnership.PowerImbalance}, []string{"renault"}, "001:20"},
		{"no drift when the project is for-profit", func(s *partnership.Spec) {
			s.Mission = partnership.ForProfit
			s.Partners[0].Power, s.Partners[1].Power = dec("0.1"), dec("0.6")
		}, []partnership.Risk{partnership.PowerImbalance}, []string{"renault"}, "001:15, 20"},
		{"drift by two for-profit partners together", func(s *partnership.Spec) {
			s.Partners[3].Kind = partnership.Entreprise
			s.Partners[0].Power, s.Partners[1].Power, s.Partners[3].Power = dec("0.2"), dec("0.4"), dec("0.3")
		}, []partnership.Risk{partnership.MissionDrift}, []string{"renault", "cdc"}, "001:20"},
		{"no power imbalance in favour of a general-interest partner, 001:20", func(s *partnership.Spec) {
			s.Partners[0].Power, s.Partners[1].Power, s.Partners[3].Power = dec("0.7"), dec("0.1"), dec("0.1")
		}, []partnership.Risk{partnership.PowerMismatch}, []string{"wimoov", "renault"}, "001:30"},
		{"concentration", func(s *partnership.Spec) {
			for i := range s.Partners {
				s.Partners[i].Power = dec("0")
			}
			s.Contributions[0].Amount = eur("5000000")
		}, []partnership.Risk{partnership.Concentration}, []string{"renault"}, "001:30"},
		{"no formal agreement, 001:31", func(s *partnership.Spec) {
			s.Terms.Formal = partnership.No
		}, []partnership.Risk{partnership.NoFormalAgreement, partnership.PowerMismatch}, nil, "001:31"},
		{"no shared governance, 001:31", func(s *partnership.Spec) {
			s.Terms.SharedGovernance = partnership.No
		}, []partnership.Risk{partnership.NoSharedGovernance, partnership.PowerMismatch}, nil, "001:31"},
		{"no exit strategy, 004:5713-5715", func(s *partnership.Spec) {
			s.Terms.ExitStrategy = partnership.No
		}, []partnership.Risk{partnership.NoExitStrategy, partnership.PowerMismatch}, nil, "004:5713-5715"},
		{"commitment under 3 years, 004:3079", func(s *partnership.Spec) {
			s.Terms.CommitmentMonths = 12
		}, []partnership.Risk{partnership.ShortCommitment, partnership.PowerMismatch}, nil, "004:3079"},
		{"nothing stated, nothing found", func(s *partnership.Spec) {
			for i := range s.Partners {
				s.Partners[i].Power = dec("0")
			}
			s.Terms = partnership.Terms{}
		}, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := wimoov()
			tt.change(&s)
			fs, err := mustNew(s).Diagnose(partnership.DefaultThresholds())
			if err != nil {
				t.Fatal(err)
			}
			if got := risksOf(fs); !slices.Equal(got, tt.want) {
				t.Fatalf("risks %v, want %v (%v)", got, tt.want, fs)
			}
			if len(fs) == 0 {
				return
			}
			f := fs[0]
			if f.Source != tt.source || !slices.Equal(f.Partners, tt.partners) || f.Severity != f.Risk.Severity() || f.Text(lang.English) == "" {
				t.Errorf("first finding %+v, want source %s partners %v", f, tt.source, tt.partners)
			}
		})
	}
}

func TestThresholdsOverride(t *testing.T) {
	th := partnership.DefaultThresholds()
	th.MinCommitmentMonths = 48
	s := wimoov()
	fs, _ := mustNew(s).Diagnose(th)
	if !slices.Contains(risksOf(fs), partnership.ShortCommitment) {
		t.Errorf("a 36-month commitment is short under 48: %v", fs)
	}
	th = partnership.DefaultThresholds()
	th.PowerGap = dec("0.5")
	fs, _ = mustNew(s).Diagnose(th)
	if len(fs) != 0 {
		t.Errorf("wider gap still finds %v", fs)
	}
}

func TestThresholdsValidate(t *testing.T) {
	if err := partnership.DefaultThresholds().Validate(); err != nil {
		t.Fatal(err)
	}
	bad := []func(*partnership.Thresholds){
		func(th *partnership.Thresholds) { th.MinSuppliers[innovation.Low] = 0 },
		func(th *partnership.Thresholds) {
			th.MinSuppliers[innovation.High] = 0
			th.MinSuppliers[innovation.Medium] = 2
		},
		func(th *partnership.Thresholds) { th.MajorityPower = dec("0") },
		func(th *partnership.Thresholds) { th.PowerGap = dec("1.5") },
		func(th *partnership.Thresholds) { th.ConcentratedHHI = dec("1e-40") },
		func(th *partnership.Thresholds) { th.MinCommitmentMonths = -1 },
	}
	for i, f := range bad {
		th := partnership.DefaultThresholds()
		f(&th)
		err := th.Validate()
		if err == nil || !(errors.Is(err, partnership.ErrInvalid) || errors.Is(err, partnership.ErrLimit)) {
			t.Errorf("case %d: %v", i, err)
		}
		if _, err := mustNew(wimoov()).Diagnose(th); err == nil {
			t.Errorf("case %d: Diagnose accepted invalid thresholds", i)
		}
	}
}

func TestChecklist(t *testing.T) {
	th := partnership.DefaultThresholds()
	s := wimoov()
	s.Terms = partnership.Terms{
		Formal: partnership.Yes, SharedGovernance: partnership.Yes, CostSharing: partnership.No,
		ExitStrategy: partnership.Yes, CommitmentMonths: 36, SharedVision: partnership.Yes,
		LeadershipSupport: partnership.Yes, RegularConsultation: partnership.Yes,
	}
	c, err := mustNew(s).Checklist(th)
	if err != nil {
		t.Fatal(err)
	}
	wantD := map[partnership.Difficulty]partnership.FactStatus{
		partnership.Incomprehension:     partnership.Met,     // objectives stated, 001:13
		partnership.ValeurSociale:       partnership.Met,     // Wimoov supplies Évaluation, 001:14
		partnership.DesequilibrePouvoir: partnership.Met,     // no majority, 001:15
		partnership.ChoixPartenaire:     partnership.Unknown, // 001:16
		partnership.Epuisement:          partnership.Met,     // 36 months + exit strategy, 001:17
		partnership.Defiance:            partnership.Met,     // 001:18
	}
	for d, w := range wantD {
		if got := c.Difficulty(d); got.Status != w || got.Source != d.Source() || got.Basis.IsZero() {
			t.Errorf("%v: %+v, want %v", d, got, w)
		}
	}
	wantF := map[partnership.Factor]partnership.FactStatus{
		partnership.Construire:  partnership.Met,     // 001:29
		partnership.Equilibrer:  partnership.Met,     // 001:30
		partnership.Formaliser:  partnership.NotMet,  // no cost-sharing rules, 001:31
		partnership.Demarrer:    partnership.Unknown, // 001:32
		partnership.Communiquer: partnership.Met,     // 001:33
	}
	for f, w := range wantF {
		if got := c.Factor(f); got.Status != w || got.Source != f.Source() {
			t.Errorf("%v: %+v, want %v", f, got, w)
		}
	}

	// Mission drift makes power and balance NotMet; an idle partner is a
	// wrong choice; no stated power is Unknown.
	s = wimoov()
	s.Partners[0].Power, s.Partners[1].Power = dec("0.1"), dec("0.6")
	s.Contributions = s.Contributions[:2] // rameau, cdc, wimoov bring nothing
	c, _ = mustNew(s).Checklist(th)
	if c.Difficulty(partnership.DesequilibrePouvoir).Status != partnership.NotMet ||
		c.Factor(partnership.Equilibrer).Status != partnership.NotMet ||
		c.Difficulty(partnership.ChoixPartenaire).Status != partnership.NotMet {
		t.Errorf("drift checklist: %+v", c)
	}
	s = wimoov()
	for i := range s.Partners {
		s.Partners[i].Power = dec("0")
	}
	s.Terms = partnership.Terms{RegularEvaluation: partnership.No}
	s.Contributions = s.Contributions[:5]
	c, _ = mustNew(s).Checklist(th)
	if c.Difficulty(partnership.DesequilibrePouvoir).Status != partnership.Unknown ||
		c.Difficulty(partnership.ValeurSociale).Status != partnership.NotMet ||
		c.Factor(partnership.Formaliser).Status != partnership.Unknown {
		t.Errorf("unstated checklist: %+v", c)
	}
	if it := c.Difficulty(0); it != (partnership.Item{}) {
		t.Error("invalid difficulty item")
	}
	if _, err := mustNew(s).Checklist(partnership.Thresholds{}); err == nil {
		t.Error("zero thresholds accepted")
	}
}
