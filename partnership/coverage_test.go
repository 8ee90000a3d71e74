package partnership_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// A funder's own matrix, so that every expected supply below is read off
// this table and the rule of Coverage alone:
//
//	                     R&D     Modélisation  Déploiement
//	Financement          +       ++            +++
//	Compétences & réseau -       +             +
//	Conseil              +++     +++           +
//	Évaluation           ++      ++            +++
func funderNeeds(t *testing.T) innovation.NeedsMatrix {
	t.Helper()
	rows := []struct {
		lever innovation.Lever
		by    [3]innovation.Intensity
	}{
		{innovation.Financement, [3]innovation.Intensity{innovation.Low, innovation.Medium, innovation.High}},
		{innovation.CompetencesReseau, [3]innovation.Intensity{innovation.None, innovation.Low, innovation.Low}},
		{innovation.Conseil, [3]innovation.Intensity{innovation.High, innovation.High, innovation.Low}},
		{innovation.Evaluation, [3]innovation.Intensity{innovation.Medium, innovation.Medium, innovation.High}},
	}
	var cells []innovation.NeedsCell
	for _, r := range rows {
		for m, in := range r.by {
			cells = append(cells, innovation.NeedsCell{Lever: r.lever, MacroPhase: innovation.MacroPhase(m + 1), Intensity: in})
		}
	}
	n, err := innovation.NewNeedsMatrix(cells)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// Suppliers: Financement a, b; Compétences & réseau a; Conseil c (twice,
// counted once); Évaluation nobody. Under the default thresholds a lever
// needed at + or ++ is covered by one supplier, at +++ by two.
func TestCoverageByHand(t *testing.T) {
	s := byAmounts([]string{"a", "b", "c"}, []string{"", "", ""})
	s.Contributions[2].Lever = innovation.Conseil
	s.Contributions = append(s.Contributions,
		partnership.Contribution{Partner: "a", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
		partnership.Contribution{Partner: "c", Lever: innovation.Conseil, Kind: partnership.InKind})
	p := mustNew(s)
	needs := funderNeeds(t)

	type lever struct {
		lever     innovation.Lever
		intensity innovation.Intensity
		suppliers []string
		supply    partnership.Supply
	}
	var (
		fin  = []string{"a", "b"}
		comp = []string{"a"}
		cons = []string{"c"}
	)
	tests := []struct {
		phase  innovation.Phase
		minHi  int // Thresholds.MinSuppliers[High]
		levers [innovation.NumLevers]lever
		next   innovation.Phase
		rising []lever
	}{
		// R&D; the next phase is R&D too: nothing rises.
		{innovation.Conception, 2, [4]lever{
			{innovation.Financement, innovation.Low, fin, partnership.Covered},
			{innovation.CompetencesReseau, innovation.None, comp, partnership.NotNeeded},
			{innovation.Conseil, innovation.High, cons, partnership.Thin}, // 1 < 2
			{innovation.Evaluation, innovation.Medium, nil, partnership.Missing},
		}, innovation.Experimentation, nil},
		// R&D to Modélisation: Financement + → ++, Compétences - → +.
		{innovation.Experimentation, 2, [4]lever{
			{innovation.Financement, innovation.Low, fin, partnership.Covered},
			{innovation.CompetencesReseau, innovation.None, comp, partnership.NotNeeded},
			{innovation.Conseil, innovation.High, cons, partnership.Thin},
			{innovation.Evaluation, innovation.Medium, nil, partnership.Missing},
		}, innovation.Modelisation, []lever{
			{innovation.Financement, innovation.Medium, fin, partnership.Covered},
			{innovation.CompetencesReseau, innovation.Low, comp, partnership.Covered},
		}},
		// Modélisation to Déploiement: Financement ++ → +++ (two
		// suppliers: covered), Évaluation ++ → +++ (none: missing).
		{innovation.Modelisation, 2, [4]lever{
			{innovation.Financement, innovation.Medium, fin, partnership.Covered},
			{innovation.CompetencesReseau, innovation.Low, comp, partnership.Covered},
			{innovation.Conseil, innovation.High, cons, partnership.Thin},
			{innovation.Evaluation, innovation.Medium, nil, partnership.Missing},
		}, innovation.Essaimage, []lever{
			{innovation.Financement, innovation.High, fin, partnership.Covered},
			{innovation.Evaluation, innovation.High, nil, partnership.Missing},
		}},
		// The last phase: no next, nothing rises.
		{innovation.Industrialisation, 2, [4]lever{
			{innovation.Financement, innovation.High, fin, partnership.Covered},
			{innovation.CompetencesReseau, innovation.Low, comp, partnership.Covered},
			{innovation.Conseil, innovation.Low, cons, partnership.Covered},
			{innovation.Evaluation, innovation.High, nil, partnership.Missing},
		}, 0, nil},
		// Three suppliers asked at +++: two is thin.
		{innovation.Industrialisation, 3, [4]lever{
			{innovation.Financement, innovation.High, fin, partnership.Thin},
			{innovation.CompetencesReseau, innovation.Low, comp, partnership.Covered},
			{innovation.Conseil, innovation.Low, cons, partnership.Covered},
			{innovation.Evaluation, innovation.High, nil, partnership.Missing},
		}, 0, nil},
	}
	same := func(got partnership.LeverCoverage, w lever) bool {
		return got.Need.Lever == w.lever && got.Need.Intensity == w.intensity && slices.Equal(got.Suppliers, w.suppliers) && got.Supply == w.supply
	}
	for _, tt := range tests {
		th := partnership.DefaultThresholds()
		th.MinSuppliers[innovation.High] = tt.minHi
		c, err := p.Coverage(tt.phase, needs, th)
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range tt.levers {
			if !same(c.Levers[i], w) {
				t.Errorf("%v (%d at +++): lever %d = %+v, want %+v", tt.phase, tt.minHi, i, c.Levers[i], w)
			}
		}
		if c.Phase != tt.phase || c.Next != tt.next || !slices.EqualFunc(c.Rising, tt.rising, same) {
			t.Errorf("%v: phase %v, next %v, rising %+v; want %v, %+v", tt.phase, c.Phase, c.Next, c.Rising, tt.next, tt.rising)
		}
		var gaps []innovation.Lever
		for _, l := range tt.levers {
			if l.supply == partnership.Missing || l.supply == partnership.Thin {
				gaps = append(gaps, l.lever)
			}
		}
		var got []innovation.Lever
		for _, g := range c.Gaps() {
			got = append(got, g.Need.Lever)
		}
		if !slices.Equal(got, gaps) {
			t.Errorf("%v: gaps %v, want %v", tt.phase, got, gaps)
		}
	}
}
