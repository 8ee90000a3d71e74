package partnership_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/internal/enumtest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// One row per mode: its key, French label and the words its definition must
// hold, as 002 writes them.
func TestModes(t *testing.T) {
	tests := []struct {
		mode   partnership.Mode
		key    string
		french string
		words  string // in the French definition
		source string
	}{
		{partnership.Mecenat, "mecenat", "Mécénat", "soutien humain, matériel, et/ou financier", "002:429"},
		{partnership.PratiquesResponsables, "pratiques-responsables", "Pratiques responsables", "achat responsable", "002:409"},
		{partnership.CooperationEconomique, "cooperation-economique", "Coopération économique", "réponse conjointe à un marché public", "002:416"},
		{partnership.InnovationSocietale, "innovation-societale", "Innovation sociétale", "besoin sociétal non couvert", "002:423"},
	}
	n := 0
	for range partnership.Modes() {
		n++
	}
	if n != len(tests) {
		t.Fatalf("Modes yields %d values, want %d", n, len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			if got := tt.mode.String(); got != tt.key {
				t.Errorf("String = %q, want %q", got, tt.key)
			}
			if got := tt.mode.Label(lang.French); got != tt.french {
				t.Errorf("Label = %q, want %q (%s)", got, tt.french, tt.source)
			}
			if def := tt.mode.Definition(lang.French); !strings.Contains(def, tt.words) {
				t.Errorf("Definition = %q, want it to hold %q (%s)", def, tt.words, tt.source)
			}
			if tt.mode.Definition(lang.English) == "" {
				t.Error("no English definition")
			}
			for _, s := range []string{tt.key, tt.french, strings.ToUpper(tt.french), tt.mode.Label(lang.English)} {
				if got, err := partnership.ParseMode(s); err != nil || got != tt.mode {
					t.Errorf("ParseMode(%q) = %v, %v", s, got, err)
				}
			}
		})
	}
	if partnership.Mode(0).Definition(lang.French) != "" || partnership.Mode(9).String() != "%!Mode(9)" {
		t.Error("invalid mode not handled")
	}
}

// One row per actor kind: the purpose it has by default (004:491,
// 004:626-628, 004:1191-1193).
func TestKindPurpose(t *testing.T) {
	tests := []struct {
		kind partnership.Kind
		want partnership.Purpose
	}{
		{partnership.Entreprise, partnership.ForProfit},
		{partnership.Association, partnership.GeneralInterest},
		{partnership.Fondation, partnership.GeneralInterest},
		{partnership.ActeurPublic, partnership.GeneralInterest},
		{partnership.Academique, partnership.GeneralInterest},
		{partnership.CatalyseurTerritorial, partnership.Undetermined},
		{partnership.InvestisseurSocietal, partnership.Undetermined},
		{partnership.Citoyen, partnership.Undetermined},
		{0, 0},
		{99, 0},
	}
	for _, tt := range tests {
		if got := tt.kind.Purpose(); got != tt.want {
			t.Errorf("%v.Purpose() = %v, want %v", tt.kind, got, tt.want)
		}
	}
	a := partnership.Actor{Kind: partnership.InvestisseurSocietal, Purpose: partnership.ForProfit}
	if a.EffectivePurpose() != partnership.ForProfit {
		t.Error("Actor.Purpose does not override the kind")
	}
}

func TestObjectiveAxes(t *testing.T) {
	// 004:5401-5403: internal/external × performance/mobilisation.
	tests := []struct {
		o                     partnership.Objective
		internal, performance bool
	}{
		{partnership.InternePerformance, true, true},
		{partnership.InterneMobilisation, true, false},
		{partnership.ExternePerformance, false, true},
		{partnership.ExterneMobilisation, false, false},
	}
	for _, tt := range tests {
		if tt.o.Internal() != tt.internal || tt.o.Performance() != tt.performance {
			t.Errorf("%v: Internal %v Performance %v", tt.o, tt.o.Internal(), tt.o.Performance())
		}
	}
}

// The methods of every enumeration of the package (enumtest.Check); Scheme,
// a set of schemes, below.
func TestEnums(t *testing.T) {
	enumtest.Check(t,
		enumtest.Of("Kind", partnership.Kinds(), partnership.ParseKind),
		enumtest.Of("Purpose", enumtest.Range(partnership.ForProfit, partnership.Undetermined), partnership.ParsePurpose),
		enumtest.Of("Mode", partnership.Modes(), partnership.ParseMode),
		enumtest.Of("Objective", partnership.Objectives(), partnership.ParseObjective),
		enumtest.Of("ContributionKind", partnership.ContributionKinds(), partnership.ParseContributionKind),
		enumtest.Of("Fact", enumtest.Range(partnership.Unstated, partnership.No), partnership.ParseFact),
		enumtest.Of("FactStatus", enumtest.Range(partnership.Unknown, partnership.NotMet), partnership.ParseFactStatus),
		enumtest.Of("Level", enumtest.Range(partnership.Info, partnership.Critical), partnership.ParseLevel),
		enumtest.Of("Risk", enumtest.Range(partnership.MissionDrift, partnership.PowerMismatch), partnership.ParseRisk),
		enumtest.Of("Supply", enumtest.Range(partnership.NotNeeded, partnership.Covered), partnership.ParseSupply),
		enumtest.Of("Difficulty", enumtest.Range(partnership.Incomprehension, partnership.Defiance), partnership.ParseDifficulty),
		enumtest.Of("Factor", enumtest.Range(partnership.Construire, partnership.Communiquer), partnership.ParseFactor),
		enumtest.Of("PerformanceLever", partnership.PerformanceLevers(), partnership.ParsePerformanceLever),
		enumtest.Of("Threat", partnership.Threats(), partnership.ParseThreat),
		enumtest.Of("Enabler", partnership.Enablers(), partnership.ParseEnabler),
		enumtest.Of("Obstacle", partnership.Obstacles(), partnership.ParseObstacle),
		enumtest.Of("SchemeDimension", partnership.SchemeDimensions(), partnership.ParseSchemeDimension),
		enumtest.Of("CooperationMode", partnership.CooperationModes(), partnership.ParseCooperationMode),
		enumtest.Of("ParticipantRole", partnership.ParticipantRoles(), partnership.ParseParticipantRole),
		enumtest.Of("Formalisation", partnership.Formalisations(), partnership.ParseFormalisation),
		enumtest.Of("Continuity", partnership.Continuities(), partnership.ParseContinuity),
	)
	// A Scheme is a set: its text is its schemes joined by "+".
	for _, v := range []partnership.Scheme{partnership.SchemeInterne, partnership.SchemeEntreprise | partnership.SchemeTerritoire} {
		text, err := v.MarshalText()
		if got, perr := partnership.ParseScheme(string(text)); err != nil || perr != nil || got != v {
			t.Errorf("Scheme %v: %q, %v → %v, %v", v, text, err, got, perr)
		}
	}
	if _, err := partnership.Scheme(8).MarshalText(); !errors.Is(err, partnership.ErrInvalid) || !strings.HasPrefix(partnership.Scheme(8).String(), "%!") {
		t.Errorf("Scheme(8): %q, %v", partnership.Scheme(8).String(), err)
	}
	if _, err := partnership.ParseScheme("nonsense"); !errors.Is(err, partnership.ErrUnknown) {
		t.Errorf("ParseScheme(nonsense) = %v", err)
	}
}

func TestScheme(t *testing.T) {
	// 000:304: the three schemes combine.
	s, err := partnership.ParseScheme("Territoire+ENTREPRISE")
	if err != nil || s != partnership.SchemeEntreprise|partnership.SchemeTerritoire {
		t.Fatalf("ParseScheme = %v, %v", s, err)
	}
	if s.String() != "entreprise+territoire" || !s.Has(partnership.SchemeTerritoire) || s.Has(partnership.SchemeInterne) {
		t.Errorf("String %q, Has wrong", s)
	}
	if got := s.Label(lang.English); got != "Company-led + Territory-led" {
		t.Errorf("Label = %q", got)
	}
	var n int
	for range s.Each() {
		n++
	}
	if n != 2 {
		t.Errorf("Each yields %d", n)
	}
	for _, bad := range []string{"entreprise+entreprise", "entreprise+", "+", "x", strings.Repeat("interne+", 100)} {
		if _, err := partnership.ParseScheme(bad); !errors.Is(err, partnership.ErrUnknown) {
			t.Errorf("ParseScheme(%q) = %v", bad, err)
		}
	}
	if got, err := partnership.ParseScheme(""); got != 0 || err != nil {
		t.Errorf("ParseScheme(\"\") = %v, %v", got, err)
	}
}

// Difficulties and factors cite one line each of 001.
func TestChecklistSources(t *testing.T) {
	wantD := []string{"001:13", "001:14", "001:15", "001:16", "001:17", "001:18"}
	for i, w := range wantD {
		if got := partnership.Difficulty(i + 1).Source(); got != w {
			t.Errorf("difficulty %d source %q, want %q", i+1, got, w)
		}
	}
	wantF := []string{"001:29", "001:30", "001:31", "001:32", "001:33"}
	for i, w := range wantF {
		if got := partnership.Factor(i + 1).Source(); got != w {
			t.Errorf("factor %d source %q, want %q", i+1, got, w)
		}
	}
	if partnership.Difficulty(7).Source() != "" || partnership.Factor(0).Source() != "" {
		t.Error("invalid source not empty")
	}
}
