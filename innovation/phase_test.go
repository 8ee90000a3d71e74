package innovation_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestPhaseAttributes checks every attribute of every phase against MODEL.md
// §1, one row per phase, each row citing the lines it comes from.
func TestPhaseAttributes(t *testing.T) {
	type row struct {
		p        innovation.Phase
		key      string
		fr, en   string
		macro    innovation.MacroPhase
		econ     innovation.EconomicModel
		carrier  innovation.Carrier
		risk     innovation.RiskZone // of the crossing to the next phase; 0 for the last
		next     innovation.Phase    // 0 for the last
		prev     innovation.Phase    // 0 for the first
		stage    innovation.Stage
		citation string
	}
	rows := []row{
		{
			// 004:775 definition; macro 004:827-828 (MODEL §1.2); model R&D 004:793-795;
			// carried by the innovator [I]; crossing Traversée du désert 003:1818-1819 [R];
			// initiative 004:698-699 [I].
			p: innovation.Conception, key: "conception", fr: "Conception", en: "Design",
			macro: innovation.RDSocietale, econ: innovation.ModeleRD, carrier: innovation.Innovator,
			risk: innovation.TraverseeDuDesert, next: innovation.Experimentation, prev: 0,
			stage: innovation.Initiative, citation: "004:775, 004:827-828, 004:793-795, 003:1818-1819",
		},
		{
			// 004:777-778; macro R&D ("expérimentation", 004:2565-2599); model R&D 004:793-795;
			// crossing Vallée de la mort 003:1818-1819 [R].
			p: innovation.Experimentation, key: "experimentation", fr: "Expérimentation", en: "Experimentation",
			macro: innovation.RDSocietale, econ: innovation.ModeleRD, carrier: innovation.Innovator,
			risk: innovation.ValleeDeLaMort, next: innovation.Modelisation, prev: innovation.Conception,
			stage: innovation.Initiative, citation: "004:777-778, 004:793-795, 003:1818-1819",
		},
		{
			// 004:780-783; macro "preuve de concept" 004:830-832; "Jusqu'en phase de
			// modélisation" R&D 004:793-795 [R]; crossing Crise de croissance 003:1818-1819 [R];
			// invention = "preuve de concept" 004:701-702 [I].
			p: innovation.Modelisation, key: "modelisation", fr: "Modélisation", en: "Modelling",
			macro: innovation.ModelisationMacro, econ: innovation.ModeleRD, carrier: innovation.Innovator,
			risk: innovation.CriseDeCroissance, next: innovation.Essaimage, prev: innovation.Experimentation,
			stage: innovation.Invention, citation: "004:780-783, 004:830-832, 004:793-795, 003:1818-1819, 004:701-702",
		},
		{
			// 004:785-786 "porté par l'innovateur initial"; macro déploiement 004:834-835;
			// operator from the "changement d'échelle" 004:795-797 [R];
			// crossing Saut quantique 003:1818-1819 [R].
			p: innovation.Essaimage, key: "essaimage", fr: "Essaimage", en: "Spreading",
			macro: innovation.Deploiement, econ: innovation.ModeleOperateur, carrier: innovation.Innovator,
			risk: innovation.SautQuantique, next: innovation.Industrialisation, prev: innovation.Modelisation,
			stage: innovation.Invention, citation: "004:785-786, 004:834-835, 004:795-797, 003:1818-1819",
		},
		{
			// 004:788-790 politique publique and/or marché; macro déploiement 004:834-835;
			// operator 004:795-797; innovation = deployed beyond its inventor 004:704-707 [I].
			p: innovation.Industrialisation, key: "industrialisation", fr: "Industrialisation", en: "Industrialisation",
			macro: innovation.Deploiement, econ: innovation.ModeleOperateur, carrier: innovation.ThirdParties,
			risk: 0, next: 0, prev: innovation.Essaimage,
			stage: innovation.Innovation, citation: "004:788-790, 004:834-835, 004:795-797, 004:704-707",
		},
	}
	if len(rows) != innovation.NumPhases {
		t.Fatalf("table has %d rows, want NumPhases = %d", len(rows), innovation.NumPhases)
	}
	for i, r := range rows {
		t.Run(r.key, func(t *testing.T) {
			if got := uint8(r.p); got != uint8(i+1) {
				t.Errorf("value = %d, want %d (phases are numbered from 1 in the order of 004:772-773)", got, i+1)
			}
			if !r.p.IsValid() {
				t.Errorf("IsValid() = false")
			}
			if got := r.p.String(); got != r.key {
				t.Errorf("String() = %q, want %q", got, r.key)
			}
			if got := r.p.Label(lang.French); got != r.fr {
				t.Errorf("Label(French) = %q, want %q", got, r.fr)
			}
			if got := r.p.Label(lang.English); got != r.en {
				t.Errorf("Label(English) = %q, want %q", got, r.en)
			}
			if got := r.p.MacroPhase(); got != r.macro {
				t.Errorf("MacroPhase() = %v, want %v (%s)", got, r.macro, r.citation)
			}
			if got := r.p.EconomicModel(); got != r.econ {
				t.Errorf("EconomicModel() = %v, want %v (%s)", got, r.econ, r.citation)
			}
			if got := r.p.Carrier(); got != r.carrier {
				t.Errorf("Carrier() = %v, want %v (%s)", got, r.carrier, r.citation)
			}
			risk, ok := r.p.Crossing()
			if risk != r.risk || ok != (r.risk != 0) {
				t.Errorf("Crossing() = %v, %v, want %v, %v (%s)", risk, ok, r.risk, r.risk != 0, r.citation)
			}
			next, ok := r.p.Next()
			if next != r.next || ok != (r.next != 0) {
				t.Errorf("Next() = %v, %v, want %v, %v", next, ok, r.next, r.next != 0)
			}
			prev, ok := r.p.Prev()
			if prev != r.prev || ok != (r.prev != 0) {
				t.Errorf("Prev() = %v, %v, want %v, %v", prev, ok, r.prev, r.prev != 0)
			}
			if got := r.p.Stage(); got != r.stage {
				t.Errorf("Stage() = %v, want %v (%s)", got, r.stage, r.citation)
			}
		})
	}
}

// TestInvalidPhase: the zero phase and values past the table are invalid,
// print as time.Month does, and every accessor returns its zero result.
func TestInvalidPhase(t *testing.T) {
	for _, p := range []innovation.Phase{0, innovation.NumPhases + 1, 255} {
		want := fmt.Sprintf("%%!Phase(%d)", uint8(p))
		if p.IsValid() {
			t.Errorf("Phase(%d).IsValid() = true", uint8(p))
		}
		if got := p.String(); got != want {
			t.Errorf("Phase(%d).String() = %q, want %q", uint8(p), got, want)
		}
		if got := fmt.Sprint(p); got != want {
			t.Errorf("fmt.Sprint(Phase(%d)) = %q, want %q", uint8(p), got, want)
		}
		for _, l := range []lang.Lang{lang.French, lang.English} {
			if got := p.Label(l); got != want {
				t.Errorf("Phase(%d).Label(%v) = %q, want %q", uint8(p), l, got, want)
			}
		}
		if got := p.MacroPhase(); got != 0 {
			t.Errorf("Phase(%d).MacroPhase() = %v, want 0", uint8(p), got)
		}
		if got := p.EconomicModel(); got != 0 {
			t.Errorf("Phase(%d).EconomicModel() = %v, want 0", uint8(p), got)
		}
		if got := p.Carrier(); got != 0 {
			t.Errorf("Phase(%d).Carrier() = %v, want 0", uint8(p), got)
		}
		if got := p.Stage(); got != 0 {
			t.Errorf("Phase(%d).Stage() = %v, want 0", uint8(p), got)
		}
		if r, ok := p.Crossing(); ok || r != 0 {
			t.Errorf("Phase(%d).Crossing() = %v, %v, want 0, false", uint8(p), r, ok)
		}
		if n, ok := p.Next(); ok || n != 0 {
			t.Errorf("Phase(%d).Next() = %v, %v, want 0, false", uint8(p), n, ok)
		}
		if n, ok := p.Prev(); ok || n != 0 {
			t.Errorf("Phase(%d).Prev() = %v, %v, want 0, false", uint8(p), n, ok)
		}
	}
}

// TestParsePhaseAccepts: the key, the French label (with accents) and the
// English label, in any case.
func TestParsePhaseAccepts(t *testing.T) {
	tests := []struct {
		in   string
		want innovation.Phase
	}{
		{"conception", innovation.Conception},
		{"CONCEPTION", innovation.Conception},
		{"Design", innovation.Conception},
		{"dEsIgN", innovation.Conception},
		{"experimentation", innovation.Experimentation},
		{"Expérimentation", innovation.Experimentation},
		{"expérimentation", innovation.Experimentation},
		{"EXPÉRIMENTATION", innovation.Experimentation},
		{"ExPéRiMeNtAtIoN", innovation.Experimentation},
		{"modelisation", innovation.Modelisation},
		{"Modélisation", innovation.Modelisation},
		{"MODÉLISATION", innovation.Modelisation},
		{"Modelling", innovation.Modelisation},
		{"MODELLING", innovation.Modelisation},
		{"essaimage", innovation.Essaimage},
		{"Essaimage", innovation.Essaimage},
		{"spreading", innovation.Essaimage},
		{"SPREADING", innovation.Essaimage},
		{"industrialisation", innovation.Industrialisation},
		{"Industrialisation", innovation.Industrialisation},
		{"INDUSTRIALISATION", innovation.Industrialisation},
	}
	for _, tt := range tests {
		got, err := innovation.ParsePhase(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParsePhase(%q) = %v, %v, want %v, nil", tt.in, got, err, tt.want)
		}
	}
}

// TestParsePhaseRefuses: anything that is not a key or a label, exactly (up
// to case), is an unknown-name problem unwrapping to ErrUnknown.
func TestParsePhaseRefuses(t *testing.T) {
	for _, in := range []string{
		"",
		" conception",
		"conception ",
		"conception\n",
		"conception\x00",
		"concept",
		"conceptions",
		"Modelisation.",
		"Modélisation\u0301",
		"Mode\u0301lisation", // NFD: the library does not normalise
		"industrialization",  // US spelling is not a label
		"1",
		"0",
		"phase",
		"%!Phase(0)",
		"\xff",
		"conc\xffeption",
		strings.Repeat("a", 65),
		strings.Repeat("conception", 100),
	} {
		p, err := innovation.ParsePhase(in)
		if err == nil {
			t.Errorf("ParsePhase(%q) = %v, nil; want an error", in, p)
			continue
		}
		if p != 0 {
			t.Errorf("ParsePhase(%q) returned phase %v with its error, want 0", in, p)
		}
		if !errors.Is(err, innovation.ErrUnknown) {
			t.Errorf("ParsePhase(%q): error %v does not wrap ErrUnknown", in, err)
		}
		var pe *problem.Error
		if !errors.As(err, &pe) {
			t.Errorf("ParsePhase(%q): error %T is not an unknown-name problem", in, err)
			continue
		}
		if pe.Code != "unknown-name" && pe.Code != "missing-name" {
			t.Errorf("ParsePhase(%q): problem code %q", in, pe.Code)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "innovation: ") || strings.HasSuffix(msg, ".") {
			t.Errorf("ParsePhase(%q): message %q is not of the form \"innovation: …\" without a final period", in, msg)
		}
		if len(msg) > 400 {
			t.Errorf("ParsePhase(%q): message is %d bytes long; the input should be truncated", in, len(msg))
		}
	}
}
