package partnership_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// TestSIMItems checks the SIM enablers, "Qu'est-ce qui permet la
// coopération ?" (000:360-388), and obstacles, "Quels sont les obstacles à
// la coopération ?" (000:390-414), against the report's own headings.
func TestSIMItems(t *testing.T) {
	tests := []struct {
		v interface {
			String() string
			Label(lang.Lang) string
			Source() string
		}
		key, fr, source string
	}{
		{partnership.Appropriation, "appropriation", "Une appropriation organisationnelle claire", "000:362-368"},
		{partnership.Alignement, "alignement", "Alignement précoce des attentes", "000:370-374"},
		{partnership.Coordination, "coordination", "Une capacité de coordination dédiée", "000:376-380"},
		{partnership.Integration, "integration", "Intégrer la coopération dans les processus existants", "000:382-388"},
		{partnership.AmbiguiteRoles, "ambiguite-roles", "Ambiguïté des rôles et des responsabilités", "000:392-396"},
		{partnership.ManqueTemps, "manque-temps", "Temps et ressources humaines limités", "000:398-402"},
		{partnership.DependanceChampion, "dependance-champion", "Dépendance à l'égard des champions individuels", "000:404-408"},
		{partnership.ComplexiteMultiActeurs, "complexite-multi-acteurs", "Complexité des environnements multi-acteurs", "000:410-414"},
	}
	for _, tt := range tests {
		if tt.v.String() != tt.key || tt.v.Label(lang.French) != tt.fr || tt.v.Source() != tt.source {
			t.Errorf("%v: %q, %q, %q", tt.v, tt.v.String(), tt.v.Label(lang.French), tt.v.Source())
		}
	}
	if n, m := len(slices.Collect(partnership.Enablers())), len(slices.Collect(partnership.Obstacles())); n != partnership.NumEnablers || m != partnership.NumObstacles || n+m != len(tests) {
		t.Errorf("%d enablers and %d obstacles, want %d and %d", n, m, partnership.NumEnablers, partnership.NumObstacles)
	}
}

// TestChecklistSIM checks the rules that read a partnership against the SIM
// enablers and obstacles.
func TestChecklistSIM(t *testing.T) {
	th := partnership.DefaultThresholds()
	s := wimoov() // four partners, power stated
	s.Terms = partnership.Terms{
		SharedGovernance: partnership.Yes, SharedVision: partnership.Yes,
		LeadershipSupport: partnership.Yes, DedicatedTeam: partnership.Yes,
	}
	c, err := mustNew(s).Checklist(th)
	if err != nil {
		t.Fatal(err)
	}
	wantE := map[partnership.Enabler]partnership.FactStatus{
		partnership.Appropriation: partnership.Met,     // "lorsque la direction soutenait ouvertement l'initiative", 000:366
		partnership.Alignement:    partnership.Met,     // "clarifier les objectifs et les rôles", 000:372
		partnership.Coordination:  partnership.Met,     // "une personne responsable de la coordination", 000:378
		partnership.Integration:   partnership.Unknown, // "liée à des stratégies existantes", 000:384: not described
	}
	for e, w := range wantE {
		if got := c.Enabler(e); got.Status != w || got.Source != e.Source() || got.Basis.IsZero() {
			t.Errorf("%v: %+v, want %v", e, got, w)
		}
	}
	wantO := map[partnership.Obstacle]partnership.FactStatus{
		partnership.AmbiguiteRoles:         partnership.Met, // "qui avait le pouvoir de décision", 000:394
		partnership.ManqueTemps:            partnership.Met, // "manque de temps", 000:400
		partnership.DependanceChampion:     partnership.Met, // "une personne motivée", 000:406
		partnership.ComplexiteMultiActeurs: partnership.Met, // "mandats et des contraintes différents", 000:412
	}
	for o, w := range wantO {
		if got := c.Obstacle(o); got.Status != w || got.Source != o.Source() || got.Basis.IsZero() {
			t.Errorf("%v: %+v, want %v", o, got, w)
		}
	}

	s.Terms = partnership.Terms{SharedGovernance: partnership.No, SharedVision: partnership.No, DedicatedTeam: partnership.No}
	c, _ = mustNew(s).Checklist(th)
	for _, st := range []partnership.FactStatus{
		c.Enabler(partnership.Alignement).Status, c.Enabler(partnership.Coordination).Status,
		c.Obstacle(partnership.AmbiguiteRoles).Status, c.Obstacle(partnership.ManqueTemps).Status,
		c.Obstacle(partnership.ComplexiteMultiActeurs).Status,
	} {
		if st != partnership.NotMet {
			t.Errorf("negative terms: %+v", c)
			break
		}
	}
	if c.Obstacle(partnership.DependanceChampion).Status != partnership.Unknown {
		t.Errorf("champion dependence read from a missing team: %+v", c.Obstacle(partnership.DependanceChampion))
	}
	if (c.Enabler(0) != partnership.Item{}) || (c.Obstacle(0) != partnership.Item{}) {
		t.Error("invalid enabler or obstacle has an item")
	}
}
