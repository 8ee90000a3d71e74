package societal_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// BenchmarkAssess assesses the example dossier (goal: ≤ 10 µs, ≤ 100
// allocs).
func BenchmarkAssess(b *testing.B) {
	d := decodeExample(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = societal.Assess(d)
	}
}

// fundDossiers builds n dossiers deterministically, across the five phases,
// each with its own partnership (2 to 6 partners, 2 to 10 contributions, some
// valued, power stated or not), stakeholders, evaluations and budget.
func fundDossiers(tb testing.TB, n int) []*societal.Dossier {
	tb.Helper()
	rng := rand.New(rand.NewPCG(424036, uint64(n)))
	phases := []innovation.Phase{innovation.Conception, innovation.Experimentation, innovation.Modelisation, innovation.Essaimage, innovation.Industrialisation}
	kinds := []partnership.Kind{partnership.Entreprise, partnership.Association, partnership.Fondation, partnership.ActeurPublic,
		partnership.Academique, partnership.CatalyseurTerritorial, partnership.InvestisseurSocietal, partnership.Citoyen}
	levers := []innovation.Lever{innovation.Financement, innovation.CompetencesReseau, innovation.Conseil, innovation.Evaluation}
	facts := []partnership.Fact{partnership.Unstated, partnership.Yes, partnership.No}
	evidence := []societal.Evidence{societal.Unstated, societal.Absent, societal.Partial, societal.Established, societal.Established}
	reports := map[innovation.Phase][]evaluation.Report{}
	for _, p := range phases {
		reports[p] = readyEvaluations(tb, p)
	}
	out := make([]*societal.Dossier, n)
	for i := range out {
		p := phases[rng.IntN(len(phases))]
		d := &societal.Dossier{
			Name:          fmt.Sprintf("Projet %d", i),
			Phase:         p,
			EconomicModel: p.EconomicModel(),
			OperatorModel: evidence[rng.IntN(len(evidence))],
		}
		if p >= innovation.Essaimage && rng.IntN(4) == 0 {
			d.EconomicModel = innovation.ModeleRD // still on the R&D model: blocked
		}
		d.Dimensions = societal.Dimensions{
			Solution:         evidence[rng.IntN(len(evidence))],
			Processus:        evidence[rng.IntN(len(evidence))],
			ModeleEconomique: evidence[rng.IntN(len(evidence))],
		}
		if rng.IntN(4) > 0 {
			d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{}
			for s := range innovation.Stakeholders() {
				d.Stakeholders[s] = innovation.Intensity(rng.IntN(4))
			}
		}
		if rng.IntN(5) > 0 {
			np := 2 + rng.IntN(5)
			s := partnership.Spec{Name: d.Name}
			for k := range np {
				s.Partners = append(s.Partners, partnership.Partner{Actor: partnership.Actor{ID: fmt.Sprintf("p%d", k), Kind: kinds[rng.IntN(len(kinds))]}})
			}
			if rng.IntN(2) == 0 {
				// One partner holds between 0.2 and 0.8 of the power, the others share the rest.
				major := 20 + rng.IntN(61)
				rest := 100 - major
				for k := range s.Partners {
					switch {
					case k == 0:
						s.Partners[k].Power = decimal.New(int64(major), -2)
					case k == np-1:
						s.Partners[k].Power = decimal.New(int64(rest-(rest/(np-1))*(np-2)), -2)
					default:
						s.Partners[k].Power = decimal.New(int64(rest/(np-1)), -2)
					}
				}
			}
			for range 2 + rng.IntN(9) {
				c := partnership.Contribution{Partner: fmt.Sprintf("p%d", rng.IntN(np)), Lever: levers[rng.IntN(len(levers))], Kind: partnership.Skills}
				if rng.IntN(2) == 0 {
					c.Kind = partnership.Financial
					c.Amount = partnership.Amount{Value: decimal.NewFromInt(int64(10_000 * (1 + rng.IntN(50)))), Currency: "EUR"}
				}
				s.Contributions = append(s.Contributions, c)
			}
			s.Terms = partnership.Terms{Formal: facts[rng.IntN(3)], SharedGovernance: facts[rng.IntN(3)], ExitStrategy: facts[rng.IntN(3)], CommitmentMonths: 12 * rng.IntN(5)}
			ps, err := partnership.New(s)
			if err != nil {
				tb.Fatalf("dossier %d: %v", i, err)
			}
			d.Partnership = ps
		}
		if rng.IntN(3) > 0 {
			d.Evaluations = reports[p]
		}
		if rng.IntN(3) > 0 {
			total := int64(100_000 * (1 + rng.IntN(20)))
			d.Budget = budget(total, total*int64(rng.IntN(15))/100, total*int64(rng.IntN(30))/100)
		}
		out[i] = d
	}
	return out
}

// BenchmarkAssessAll assesses a fund of 10k and of 100k generated dossiers
// (goal: the 100k run costs ≤ 11× the 10k run). The dossiers are built once,
// outside the timer, and one untimed pass grows the heap first: the pages a
// process touches for the first time are a one-time cost (at 100k, ≈ 500 MB
// of them), which a short run would otherwise spread over its few ops.
func BenchmarkAssessAll(b *testing.B) {
	ctx := context.Background()
	for _, size := range []struct {
		name string
		n    int
	}{{"10k", 10_000}, {"100k", 100_000}} {
		ds := fundDossiers(b, size.n)
		b.Run(size.name, func(b *testing.B) {
			if _, err := societal.AssessAll(ctx, ds); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if _, err := societal.AssessAll(ctx, ds); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeDossier decodes the example dossier strictly (goal: ≤ 2.5×
// BenchmarkDecodePlainJSON).
func BenchmarkDecodeDossier(b *testing.B) {
	data := readExample(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := societal.DecodeDossier(data); err != nil {
			b.Fatal(err)
		}
	}
}

// plainDossier mirrors the JSON shape of a dossier with plain strings,
// float64 and slices of structs: what encoding/json does with no validation,
// the anchor of BenchmarkDecodeDossier.
type plainDossier struct {
	Name    string `json:"name"`
	Carrier string `json:"carrier"`
	Phase   string `json:"phase"`
	History []struct {
		From   string `json:"from"`
		To     string `json:"to"`
		Kind   string `json:"kind"`
		At     string `json:"at"`
		Reason string `json:"reason"`
		By     string `json:"by"`
	} `json:"history"`
	Dimensions    map[string]string `json:"dimensions"`
	EconomicModel string            `json:"economic_model"`
	OperatorModel string            `json:"operator_model"`
	Stakeholders  map[string]string `json:"stakeholders"`
	Partnership   *struct {
		Name     string   `json:"name"`
		Mission  string   `json:"mission"`
		Modes    []string `json:"modes"`
		Scheme   string   `json:"scheme"`
		Partners []struct {
			ID         string   `json:"id"`
			Name       string   `json:"name"`
			Kind       string   `json:"kind"`
			Purpose    string   `json:"purpose"`
			Objectives []string `json:"objectives"`
			Power      float64  `json:"power,string"`
		} `json:"partners"`
		Contributions []struct {
			Partner string `json:"partner"`
			Lever   string `json:"lever"`
			Kind    string `json:"kind"`
			Amount  *struct {
				Value    float64 `json:"value,string"`
				Currency string  `json:"currency"`
			} `json:"amount"`
			Period *struct {
				Start int `json:"start"`
				End   int `json:"end"`
			} `json:"period"`
			Note string `json:"note"`
		} `json:"contributions"`
		Terms struct {
			Formal           string  `json:"formal"`
			SharedGovernance string  `json:"shared_governance"`
			ExitStrategy     string  `json:"exit_strategy"`
			CommitmentMonths float64 `json:"commitment_months"`
		} `json:"terms"`
	} `json:"partnership"`
	Evaluations []struct {
		Form       string   `json:"form"`
		Degree     string   `json:"degree"`
		Evaluators []string `json:"evaluators"`
		Path       string   `json:"path"`
		Intuition  string   `json:"intuition"`
		Gap        string   `json:"gap"`
		Needs      []struct {
			Name        string   `json:"name"`
			Populations []string `json:"populations"`
			Territories []string `json:"territories"`
			Fragile     bool     `json:"fragile"`
			Weight      float64  `json:"weight"`
			Outcome     string   `json:"outcome"`
		} `json:"needs"`
		Impacts []struct {
			Description string `json:"description"`
			Kind        string `json:"kind"`
			Evidence    string `json:"evidence"`
		} `json:"impacts"`
	} `json:"evaluations"`
	Budget *struct {
		Total            float64 `json:"total,string"`
		Evaluation       float64 `json:"evaluation,string"`
		CapacityBuilding float64 `json:"capacity_building,string"`
	} `json:"budget"`
}

// BenchmarkDecodePlainJSON decodes the example dossier with encoding/json
// into plainDossier: the anchor.
func BenchmarkDecodePlainJSON(b *testing.B) {
	data := readExample(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		var p plainDossier
		if err := json.Unmarshal(data, &p); err != nil {
			b.Fatal(err)
		}
	}
}

// The anchor reads the whole example: no field of it is left out of
// plainDossier.
func TestPlainDossierMirrorsTheExample(t *testing.T) {
	dec := json.NewDecoder(bytes.NewReader(readExample(t)))
	dec.DisallowUnknownFields()
	var p plainDossier
	if err := dec.Decode(&p); err != nil {
		t.Fatal(err)
	}
	if p.Partnership == nil || len(p.Partnership.Contributions) != 6 || p.Budget == nil || len(p.Evaluations) != 1 {
		t.Errorf("plain decode: %+v", p)
	}
}

// The generated fund is valid, spans the phases and the verdicts.
func TestFundDossiers(t *testing.T) {
	ds := fundDossiers(t, 500)
	p, err := societal.AssessAll(context.Background(), ds)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range ds {
		if err := d.Validate(); err != nil {
			t.Fatalf("dossier %d: %v", i, err)
		}
	}
	for ph := range innovation.Phases() {
		if p.Phases[ph] == 0 {
			t.Errorf("no dossier in %v", ph)
		}
	}
	for v := range societal.Verdicts() {
		if p.Verdicts[v] == 0 {
			t.Errorf("no dossier %v", v)
		}
	}
}
