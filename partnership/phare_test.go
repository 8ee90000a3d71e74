package partnership_test

import (
	"slices"
	"testing"

	"github.com/seed424036fd/societal/partnership"
)

// TestPHARE checks the mode shares against the PHARE report's own sentences:
// companies, "45 % des entreprises ayant des partenariats utilisent le
// savoir-faire d'une association pour faire évoluer leurs pratiques
// responsables, et 30% des […] entreprises pratiquent le mécénat", "La
// coopération économique (25%) et [l]'innovation sociétale (16%)"
// (003:1166-1195); associations, "relevent du mécénat (67%) et un tiers
// affere aux pratiques … responsables (29%). … L'innovation SOCiétale (26%)
// … et la coopération économique … (25%)" (003:1015-1029, OCR as written).
func TestPHARE(t *testing.T) {
	tests := []struct {
		kind   partnership.Kind
		name   string
		shares map[partnership.Mode]string
	}{
		{partnership.Entreprise, "PHARE-Entreprises", map[partnership.Mode]string{
			partnership.PratiquesResponsables: "0.45", partnership.Mecenat: "0.3",
			partnership.CooperationEconomique: "0.25", partnership.InnovationSocietale: "0.16"}},
		{partnership.Association, "PHARE-Associations", map[partnership.Mode]string{
			partnership.Mecenat: "0.67", partnership.PratiquesResponsables: "0.29",
			partnership.InnovationSocietale: "0.26", partnership.CooperationEconomique: "0.25"}},
	}
	for _, tt := range tests {
		s, ok := partnership.PHARE(tt.kind)
		if !ok || s.Name != tt.name || s.Kind != tt.kind || s.Source == "" || s.Date == "" {
			t.Fatalf("PHARE(%v) = %+v, %v", tt.kind, s, ok)
		}
		for m := range partnership.Modes() {
			got, ok := s.Share(m)
			if !ok || !got.Equal(dec(tt.shares[m])) {
				t.Errorf("%s share of %v = %v, %v; want %s", tt.name, m, got, ok, tt.shares[m])
			}
		}
		// A portfolio whose partnerships are all of one mode.
		if gap, ok := s.Gap(partnership.Mecenat, dec("1")); !ok || !gap.Equal(dec("1").Sub(dec(tt.shares[partnership.Mecenat]))) {
			t.Errorf("%s Gap(mecenat, 1) = %v, %v", tt.name, gap, ok)
		}
		if _, ok := s.Share(0); ok {
			t.Errorf("%s has a share for Mode(0)", tt.name)
		}
	}
	if _, ok := partnership.PHARE(partnership.Fondation); ok {
		t.Error("PHARE(Fondation) found a survey the sources do not give")
	}
	if _, ok := (partnership.Survey{}).Share(partnership.Mecenat); ok {
		t.Error("the zero Survey has a share")
	}
}

// TestRates checks the rates: companies "2009 26%", "2015 37%",
// "2021 57%" of "des établissements de 10 salariés et plus ont mis en place
// au moins un partenariat" (002:309-332); "38% des associations développent
// des relations partenariales avec les entreprises" (003:988-989).
func TestRates(t *testing.T) {
	type rate struct {
		kind partnership.Kind
		year int
		rate string
	}
	want := []rate{
		{partnership.Entreprise, 2009, "0.26"},
		{partnership.Entreprise, 2015, "0.37"},
		{partnership.Entreprise, 2021, "0.57"},
		{partnership.Association, 2015, "0.38"},
	}
	var got []partnership.Rate
	for r := range partnership.Rates() {
		got = append(got, r)
	}
	if len(got) != len(want) {
		t.Fatalf("Rates yields %d rates, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Kind != w.kind || g.Year != w.year || !g.Rate.Equal(dec(w.rate)) || g.Population == "" || g.Source == "" {
			t.Errorf("rate %d = %+v, want %+v", i, g, w)
		}
	}
}

// TestThreeEras checks "nous sommes dans la 3éme [sic] ère des relations
// partenariales après le mécénat dans les années 1990. Ces trois ères se
// cumulent et ne se substituent pas" (004:1148-1152).
func TestThreeEras(t *testing.T) {
	e := partnership.ThreeEras()
	want := partnership.Eras{Count: 3, Current: 3, First: partnership.Mecenat, FirstDecade: 1990, Cumulative: true, Source: "004:1148-1152"}
	if e != want {
		t.Errorf("ThreeEras() = %+v, want %+v", e, want)
	}
	if !slices.Contains(slices.Collect(partnership.Modes()), e.First) {
		t.Errorf("first era %v is not a mode", e.First)
	}
}
