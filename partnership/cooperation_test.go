package partnership_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// TestSchemeDimensions checks the six dimensions against the SIM report's
// headings (000:138-170).
func TestSchemeDimensions(t *testing.T) {
	tests := []struct {
		d      partnership.SchemeDimension
		fr     string
		source string
	}{
		{partnership.DimDefi, "Le défi à relever", "000:138-142"},
		{partnership.DimActeurPrincipal, "Acteur principal du projet de coopération", "000:144-148"},
		{partnership.DimPartiesPrenantes, "Parties prenantes impliquées et leurs rôles", "000:150-154"},
		{partnership.DimRoleParticipant, "Rôle des participant.es au sein du programme", "000:156-160"},
		{partnership.DimFormalisation, "Degré de formalisation", "000:162-164"},
		{partnership.DimContinuite, "Signes de continuité et de transférabilité", "000:166-170"},
	}
	if got := slices.Collect(partnership.SchemeDimensions()); len(got) != len(tests) {
		t.Fatalf("SchemeDimensions() = %v", got)
	}
	for _, tt := range tests {
		if tt.d.Label(lang.French) != tt.fr || tt.d.Source() != tt.source || tt.d.Question() == "" {
			t.Errorf("%v: %q, %q, %q", tt.d, tt.d.Label(lang.French), tt.d.Source(), tt.d.Question())
		}
		if got, err := partnership.ParseSchemeDimension(tt.fr); err != nil || got != tt.d {
			t.Errorf("ParseSchemeDimension(%q) = %v, %v", tt.fr, got, err)
		}
	}
	// Both questions of 000:152-154 and of 000:168-170.
	questions := map[partnership.SchemeDimension]string{
		partnership.DimPartiesPrenantes: "Quels sont les acteurs impliqués et comment les responsabilités ont-elles été réparties ? " +
			"La coopération a-t-elle été consultative, co-conçue ou mise en œuvre conjointement ?",
		partnership.DimContinuite: "L'initiative présentait-elle un potentiel de poursuite, d'extension ou de reproduction ? " +
			"Quelles conditions favorables ou restrictives étaient visibles ?",
	}
	for d, want := range questions {
		if got := d.Question(); got != want {
			t.Errorf("%v.Question() = %q, want %q", d, got, want)
		}
	}
}

// TestCooperationValues checks the values of the dimensions against the
// source's words: "consultative, co-conçue ou mise en œuvre conjointement"
// (000:154); "facilitateur.ices, d'analystes, de concepteur.ices de
// solutions, de coordinateur.rices ou d'exécutant.es" (000:158);
// "structurée et intégrée dans des processus organisationnels, ou
// principalement basée sur des projets et donc temporaire" (000:164);
// "poursuite, d'extension ou de reproduction" (000:168).
func TestCooperationValues(t *testing.T) {
	parse := []struct {
		text string
		got  func(string) (any, error)
		want any
	}{
		{"consultative", func(s string) (any, error) { return partnership.ParseCooperationMode(s) }, partnership.Consultative},
		{"co-conçue", func(s string) (any, error) { return partnership.ParseCooperationMode(s) }, partnership.CoConcue},
		{"mise en œuvre conjointement", func(s string) (any, error) { return partnership.ParseCooperationMode(s) }, partnership.Conjointe},
		{"facilitateur", func(s string) (any, error) { return partnership.ParseParticipantRole(s) }, partnership.Facilitateur},
		{"analyste", func(s string) (any, error) { return partnership.ParseParticipantRole(s) }, partnership.Analyste},
		{"concepteur", func(s string) (any, error) { return partnership.ParseParticipantRole(s) }, partnership.Concepteur},
		{"coordinateur", func(s string) (any, error) { return partnership.ParseParticipantRole(s) }, partnership.Coordinateur},
		{"exécutante", func(s string) (any, error) { return partnership.ParseParticipantRole(s) }, partnership.Executant},
		{"structurée et intégrée dans des processus organisationnels", func(s string) (any, error) { return partnership.ParseFormalisation(s) }, partnership.Integree},
		{"basée sur des projets et donc temporaire", func(s string) (any, error) { return partnership.ParseFormalisation(s) }, partnership.ParProjet},
		{"poursuite", func(s string) (any, error) { return partnership.ParseContinuity(s) }, partnership.Poursuite},
		{"extension", func(s string) (any, error) { return partnership.ParseContinuity(s) }, partnership.Elargissement},
		{"reproduction", func(s string) (any, error) { return partnership.ParseContinuity(s) }, partnership.Reproduction},
	}
	for _, tt := range parse {
		if got, err := tt.got(tt.text); err != nil || got != tt.want {
			t.Errorf("parse %q = %v, %v; want %v", tt.text, got, err, tt.want)
		}
	}
}

// TestCooperation checks that a Cooperation states each dimension and
// validates its values.
func TestCooperation(t *testing.T) {
	var zero partnership.Cooperation
	if err := zero.Validate(); err != nil {
		t.Errorf("zero Cooperation: %v", err)
	}
	c := partnership.Cooperation{
		Challenge: "l'inclusion numérique", Lead: partnership.SchemeTerritoire, Mode: partnership.CoConcue,
		Role: partnership.Coordinateur, Embedded: partnership.No, Formalisation: partnership.ParProjet,
		Continuity: []partnership.Continuity{partnership.Poursuite, partnership.Reproduction},
	}
	if err := c.Validate(); err != nil {
		t.Errorf("valid Cooperation: %v", err)
	}
	for d := range partnership.SchemeDimensions() {
		if !c.Stated(d) {
			t.Errorf("%v not stated", d)
		}
		if zero.Stated(d) {
			t.Errorf("%v stated by the zero Cooperation", d)
		}
	}
	// The stakeholders' responsibilities (000:152) and the conditions
	// (000:170) state their dimensions alone.
	for d, alone := range map[partnership.SchemeDimension]partnership.Cooperation{
		partnership.DimPartiesPrenantes: {Responsibilities: "la collectivité coordonne, l'entreprise finance"},
		partnership.DimContinuite:       {Conditions: "soutien de la direction"},
	} {
		if !alone.Stated(d) || alone.Validate() != nil {
			t.Errorf("%v: not stated by %+v, or invalid: %v", d, alone, alone.Validate())
		}
	}
	long := partnership.Cooperation{Responsibilities: strings.Repeat("x", partnership.MaxText+1), Conditions: strings.Repeat("x", partnership.MaxText+1)}
	if err := long.Validate(); !errors.Is(err, partnership.ErrLimit) || len(problem.List(err)) != 2 {
		t.Errorf("texts over MaxText: %v", err)
	}
	bad := c
	bad.Mode, bad.Continuity = 9, []partnership.Continuity{partnership.Poursuite, partnership.Poursuite}
	err := bad.Validate()
	var codes []string
	for _, p := range problem.List(err) {
		codes = append(codes, p.Path+" "+p.Code)
	}
	if !errors.Is(err, partnership.ErrInvalid) || !slices.Equal(codes, []string{"mode invalid-value", "continuity duplicate-name"}) {
		t.Errorf("invalid Cooperation: %v (%q)", err, codes)
	}
}
