package societal_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/dossiertest"
)

// BenchmarkAssess assesses the example dossier (goal: ≤ 10 µs, ≤ 100
// allocs).
func BenchmarkAssess(b *testing.B) {
	d := dossiertest.Example(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = societal.Assess(d)
	}
}

// BenchmarkDecodeDossier decodes the example dossier strictly (goal: ≤ 2.5×
// BenchmarkDecodePlainJSON).
func BenchmarkDecodeDossier(b *testing.B) {
	benchDecode(b, func(data []byte) error { _, err := societal.DecodeDossier(data); return err })
}

// benchDecode benchmarks decode on the example dossier's JSON.
func benchDecode(b *testing.B, decode func(data []byte) error) {
	data := dossiertest.ExampleJSON(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := decode(data); err != nil {
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
	benchDecode(b, func(data []byte) error { var p plainDossier; return json.Unmarshal(data, &p) })
}

// The anchor reads the whole example: no field of it is left out of
// plainDossier.
func TestPlainDossierMirrorsTheExample(t *testing.T) {
	dec := json.NewDecoder(bytes.NewReader(dossiertest.ExampleJSON(t)))
	dec.DisallowUnknownFields()
	var p plainDossier
	if err := dec.Decode(&p); err != nil {
		t.Fatal(err)
	}
	if p.Partnership == nil || len(p.Partnership.Contributions) != 6 || p.Budget == nil || len(p.Evaluations) != 1 {
		t.Errorf("plain decode: %+v", p)
	}
}
