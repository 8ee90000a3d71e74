package innovation_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// needsTable is the Matrice des besoins et des leviers d'accompagnement,
// MODEL.md §2.2 (003:1924-1970, OCR damaged: every placement is a reading
// [R]), one row per cell. Columns in the order of 003:1913-1915; only the
// "Modélisation" header survived (003:1926).
var needsTable = []struct {
	lever     innovation.Lever
	macro     innovation.MacroPhase
	intensity innovation.Intensity
	qualifier string
	english   string // the qualifier's gloss
	citation  string
}{
	// Financement (003:1928 "Financemant").
	{innovation.Financement, innovation.RDSocietale, innovation.Medium, "", "", "003:1930 \"++\""},
	{innovation.Financement, innovation.ModelisationMacro, innovation.Medium, "en ingénierie", "for engineering", "003:1932-1934 \"++\" \"fen ingnlerie}\""},
	{innovation.Financement, innovation.Deploiement, innovation.High, "", "", "cell lost; 004:2778-2782 financing needs \"deviennent importants\" when scaling"},
	// Compétences & réseau (003:1936-1937).
	{innovation.CompetencesReseau, innovation.RDSocietale, innovation.Medium, "avis", "opinions", "003:1939-1941 \"++\" \"favis)\"; 004:827-828"},
	{innovation.CompetencesReseau, innovation.ModelisationMacro, innovation.Medium, "", "", "003:1943 \"++\""},
	{innovation.CompetencesReseau, innovation.Deploiement, innovation.High, "", "", "003:1945 \"+++\""},
	// Conseil (003:1947 "et conseil").
	{innovation.Conseil, innovation.RDSocietale, innovation.High, "stratégique", "strategic", "003:1949-1951 \"+4++\" \"{stratigiue)\"; 004:2782-2786"},
	{innovation.Conseil, innovation.ModelisationMacro, innovation.Medium, "opérationnel", "operational", "003:1953-1955 \"++\" \"(opérationnel)\""},
	{innovation.Conseil, innovation.Deploiement, innovation.Low, "politique", "political", "003:1957-1959 \"+\" \"{politigue)\""},
	// Évaluation, Valorisation de l'utilité sociale (OCR "Valorisation de
	// Futilité sociale", 003:1961-1962).
	{innovation.Evaluation, innovation.RDSocietale, innovation.Low, "cadrage", "framing", "003:1964 \"{cadrage)\", value lost; 004:3384-3386 \"légère\""},
	{innovation.Evaluation, innovation.ModelisationMacro, innovation.Medium, "preuve de concept", "proof of concept", "003:1966-1968 \"4+\" \"{preuve de concept)\"; 004:3384-3386 \"renforcée\""},
	{innovation.Evaluation, innovation.Deploiement, innovation.Medium, "", "", "003:1970 \"++\""},
}

func TestDefaultNeedsCells(t *testing.T) {
	if len(needsTable) != innovation.NumLevers*innovation.NumMacroPhases {
		t.Fatalf("table has %d rows, want %d", len(needsTable), innovation.NumLevers*innovation.NumMacroPhases)
	}
	n := innovation.DefaultNeeds()
	for _, c := range needsTable {
		got := n.At(c.lever, c.macro)
		want := innovation.Need{Lever: c.lever, Intensity: c.intensity, Qualifier: c.qualifier}
		if got != want {
			t.Errorf("At(%v, %v) = %+v, want %+v (%s)", c.lever, c.macro, got, want, c.citation)
		}
		if q := got.QualifierLabel(lang.French); q != c.qualifier {
			t.Errorf("At(%v, %v).QualifierLabel(French) = %q, want %q", c.lever, c.macro, q, c.qualifier)
		}
		if q := got.QualifierLabel(lang.English); q != c.english {
			t.Errorf("At(%v, %v).QualifierLabel(English) = %q, want %q", c.lever, c.macro, q, c.english)
		}
	}
	// Cells lists the same cells in lever, then macro-phase order.
	cells := n.Cells()
	if len(cells) != len(needsTable) {
		t.Fatalf("Cells() has %d cells, want %d", len(cells), len(needsTable))
	}
	for i, c := range needsTable {
		want := innovation.NeedsCell{Lever: c.lever, MacroPhase: c.macro, Intensity: c.intensity, Qualifier: c.qualifier}
		if cells[i] != want {
			t.Errorf("Cells()[%d] = %+v, want %+v", i, cells[i], want)
		}
	}
}

// TestQualifierLabelUnknown: a funder's own qualifier has no gloss and reads
// the same in both languages.
func TestQualifierLabelUnknown(t *testing.T) {
	n := innovation.Need{Lever: innovation.Conseil, Intensity: innovation.Low, Qualifier: "juridique"}
	if got := n.QualifierLabel(lang.English); got != "juridique" {
		t.Errorf("QualifierLabel(English) = %q, want the French qualifier", got)
	}
}

func TestNeedsOf(t *testing.T) {
	n := innovation.DefaultNeeds()
	for p := range innovation.Phases() {
		got := n.Of(p)
		for i, l := 0, innovation.Financement; l <= innovation.Evaluation; i, l = i+1, l+1 {
			if want := n.At(l, p.MacroPhase()); got[i] != want {
				t.Errorf("Of(%v)[%d] = %+v, want At(%v, %v) = %+v", p, i, got[i], l, p.MacroPhase(), want)
			}
			if got[i].Lever != l {
				t.Errorf("Of(%v)[%d].Lever = %v, want %v (lever order)", p, i, got[i].Lever, l)
			}
		}
	}
	// Spot checks against §2.2: Modélisation needs ++ everywhere
	// (003:1932, 1943, 1953, 1966); Essaimage and Industrialisation share the
	// Déploiement column.
	for _, need := range n.Of(innovation.Modelisation) {
		if need.Intensity != innovation.Medium {
			t.Errorf("Of(Modelisation): %v is %v, want ++", need.Lever, need.Intensity)
		}
	}
	if n.Of(innovation.Essaimage) != n.Of(innovation.Industrialisation) {
		t.Errorf("Essaimage and Industrialisation differ; both are Déploiement (MODEL §1.2)")
	}
	if n.Of(innovation.Conception) != n.Of(innovation.Experimentation) {
		t.Errorf("Conception and Expérimentation differ; both are R&D sociétale (MODEL §1.2)")
	}
	for _, p := range []innovation.Phase{0, 6, 255} {
		if got := n.Of(p); got != [innovation.NumLevers]innovation.Need{} {
			t.Errorf("Of(Phase(%d)) = %+v, want all zero", uint8(p), got)
		}
	}
}

func TestNeedsAtInvalid(t *testing.T) {
	n := innovation.DefaultNeeds()
	for _, tt := range []struct {
		l innovation.Lever
		m innovation.MacroPhase
	}{
		{0, innovation.RDSocietale}, {5, innovation.RDSocietale}, {255, innovation.Deploiement},
		{innovation.Financement, 0}, {innovation.Financement, 4}, {innovation.Evaluation, 255}, {0, 0},
	} {
		if got := n.At(tt.l, tt.m); got != (innovation.Need{}) {
			t.Errorf("At(%d, %d) = %+v, want the zero Need", uint8(tt.l), uint8(tt.m), got)
		}
	}
	var zero innovation.NeedsMatrix
	for _, c := range needsTable {
		if got := zero.At(c.lever, c.macro); got != (innovation.Need{}) {
			t.Errorf("zero NeedsMatrix: At(%v, %v) = %+v, want the zero Need (\"-\")", c.lever, c.macro, got)
		}
	}
}

func TestNeedsRising(t *testing.T) {
	n := innovation.DefaultNeeds()
	tests := []struct {
		p    innovation.Phase
		want []innovation.Need
		why  string
	}{
		{innovation.Conception, nil, "same macro-phase as Expérimentation"},
		{
			innovation.Experimentation,
			[]innovation.Need{{Lever: innovation.Evaluation, Intensity: innovation.Medium, Qualifier: "preuve de concept"}},
			"R&D → Modélisation: only Évaluation rises, + → ++ (003:1964-1968)",
		},
		{
			innovation.Modelisation,
			[]innovation.Need{
				{Lever: innovation.Financement, Intensity: innovation.High},
				{Lever: innovation.CompetencesReseau, Intensity: innovation.High},
			},
			"Modélisation → Déploiement: Financement and Compétences & réseau rise ++ → +++ (003:1932-1945, 004:2778-2782)",
		},
		{innovation.Essaimage, nil, "same macro-phase as Industrialisation"},
		{innovation.Industrialisation, nil, "no next phase"},
		{0, nil, "invalid phase"},
		{255, nil, "invalid phase"},
	}
	for _, tt := range tests {
		got := n.Rising(tt.p)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Rising(%v) = %+v, want %+v (%s)", tt.p, got, tt.want, tt.why)
		}
	}
	// Every need Rising reports is higher at the next phase than at p, and
	// every lever left out is not.
	for p := range innovation.Phases() {
		next, ok := p.Next()
		if !ok {
			continue
		}
		rising := n.Rising(p)
		for l := range innovation.Levers() {
			up := n.At(l, next.MacroPhase()).Intensity > n.At(l, p.MacroPhase()).Intensity
			in := slices.ContainsFunc(rising, func(x innovation.Need) bool { return x.Lever == l })
			if up != in {
				t.Errorf("Rising(%v): lever %v listed %v, rises %v", p, l, in, up)
			}
		}
	}
}

// validNeedsCells returns the default matrix as cells, a fresh slice.
func validNeedsCells() []innovation.NeedsCell {
	n := innovation.DefaultNeeds()
	return n.Cells()
}

func TestNewNeedsValid(t *testing.T) {
	cells := validNeedsCells()
	slices.Reverse(cells) // order does not matter
	before := slices.Clone(cells)
	n, err := innovation.NewNeedsMatrix(cells)
	if err != nil {
		t.Fatalf("NewNeedsMatrix(default cells): %v", err)
	}
	if n != innovation.DefaultNeeds() {
		t.Errorf("NewNeedsMatrix(default cells) differs from DefaultNeeds")
	}
	if !slices.Equal(cells, before) {
		t.Errorf("NewNeedsMatrix modified the caller's slice")
	}
	// The matrix does not share storage with the caller's slice.
	for i := range cells {
		cells[i].Intensity = innovation.None
		cells[i].Qualifier = "x"
	}
	if n != innovation.DefaultNeeds() {
		t.Errorf("changing the caller's slice after NewNeedsMatrix changed the matrix")
	}
	// A funder's own matrix: everything +++, with a qualifier of exactly MaxQualifier bytes.
	own := validNeedsCells()
	for i := range own {
		own[i].Intensity = innovation.High
		own[i].Qualifier = strings.Repeat("é", innovation.MaxQualifier/2)
	}
	m, err := innovation.NewNeedsMatrix(own)
	if err != nil {
		t.Fatalf("NewNeedsMatrix(all +++): %v", err)
	}
	if got := m.At(innovation.Conseil, innovation.Deploiement); got.Intensity != innovation.High || len(got.Qualifier) != innovation.MaxQualifier {
		t.Errorf("At(Conseil, Deploiement) = %+v", got)
	}
	// Returning the matrix by value is a copy: DefaultNeeds cannot be changed
	// through one.
	d := innovation.DefaultNeeds()
	if err := d.UnmarshalJSON(encodeMatrixJSON(t, m)); err != nil {
		t.Fatal(err)
	}
	if innovation.DefaultNeeds() == d {
		t.Errorf("overwriting a copy of DefaultNeeds changed DefaultNeeds")
	}
}

func TestNewNeedsInvalid(t *testing.T) {
	type want struct {
		path, code string
		keys       []string // the keys of the row and macro-phase the message names
	}
	tests := []struct {
		name  string
		edit  func([]innovation.NeedsCell) []innovation.NeedsCell
		wants []want // each must be reported
		count int    // the number of problems reported
	}{
		{
			"missing cell",
			func(c []innovation.NeedsCell) []innovation.NeedsCell { return slices.Delete(c, 4, 5) },
			[]want{{"cells", "missing-cell", []string{"competences-reseau", "modelisation"}}}, 1,
		},
		{
			"nil cells",
			func([]innovation.NeedsCell) []innovation.NeedsCell { return nil },
			[]want{{"cells", "missing-cell", []string{"financement", "rd-societale"}}, {"cells", "missing-cell", []string{"evaluation", "deploiement"}}}, 12,
		},
		{
			"duplicate cell",
			func(c []innovation.NeedsCell) []innovation.NeedsCell { c[1] = c[0]; return c },
			[]want{{"cells[1]", "duplicate-cell", []string{"financement", "rd-societale"}},
				{"cells", "missing-cell", []string{"financement", "modelisation"}}}, 2,
		},
		{
			"invalid lever",
			func(c []innovation.NeedsCell) []innovation.NeedsCell { c[0].Lever = 0; return c },
			[]want{{"cells[0].lever", "invalid-value", nil}, {"cells", "missing-cell", []string{"financement", "rd-societale"}}}, 2,
		},
		{
			"lever out of range",
			func(c []innovation.NeedsCell) []innovation.NeedsCell { c[0].Lever = 5; return c },
			[]want{{"cells[0].lever", "invalid-value", nil}}, 2,
		},
		{
			"invalid macro-phase",
			func(c []innovation.NeedsCell) []innovation.NeedsCell { c[2].MacroPhase = 4; return c },
			[]want{{"cells[2].macro_phase", "invalid-value", nil}, {"cells", "missing-cell", []string{"financement", "deploiement"}}}, 2,
		},
		{
			"invalid intensity",
			func(c []innovation.NeedsCell) []innovation.NeedsCell { c[3].Intensity = 4; return c },
			[]want{{"cells[3].intensity", "invalid-value", nil}}, 1,
		},
		{
			"qualifier too long",
			func(c []innovation.NeedsCell) []innovation.NeedsCell {
				c[5].Qualifier = strings.Repeat("a", innovation.MaxQualifier+1)
				return c
			},
			[]want{{"cells[5].qualifier", "over-limit", nil}}, 1,
		},
		{
			"qualifier not UTF-8",
			func(c []innovation.NeedsCell) []innovation.NeedsCell { c[6].Qualifier = "strat\xe9gique"; return c },
			[]want{{"cells[6].qualifier", "not-utf8", nil}}, 1,
		},
		{
			"qualifier with NUL",
			func(c []innovation.NeedsCell) []innovation.NeedsCell { c[7].Qualifier = "op\x00"; return c },
			[]want{{"cells[7].qualifier", "control-character", nil}}, 1,
		},
		{
			"too many cells",
			func(c []innovation.NeedsCell) []innovation.NeedsCell {
				for len(c) <= 4*innovation.NumLevers*innovation.NumMacroPhases {
					c = append(c, c[0])
				}
				return c
			},
			[]want{{"cells", "over-limit", nil}}, 1,
		},
		{
			"everything at once",
			func(c []innovation.NeedsCell) []innovation.NeedsCell {
				c[0].Intensity = 9                       // invalid intensity
				c[1].Qualifier = "\xff"                  // invalid UTF-8
				c[2].Lever = 7                           // invalid lever, so financement×deploiement missing
				c[3].Qualifier = strings.Repeat("x", 65) // too long
				c = slices.Delete(c, 11, 12)             // evaluation×deploiement missing
				return append(c, c[4])                   // duplicate
			},
			[]want{
				{"cells[0].intensity", "invalid-value", nil},
				{"cells[1].qualifier", "not-utf8", nil},
				{"cells[2].lever", "invalid-value", nil},
				{"cells[3].qualifier", "over-limit", nil},
				{"cells[11]", "duplicate-cell", []string{"competences-reseau", "modelisation"}},
				{"cells", "missing-cell", []string{"financement", "deploiement"}},
				{"cells", "missing-cell", []string{"evaluation", "deploiement"}},
			}, 7,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells := tt.edit(validNeedsCells())
			before := slices.Clone(cells)
			n, err := innovation.NewNeedsMatrix(cells)
			if err == nil {
				t.Fatalf("NewNeedsMatrix succeeded")
			}
			if n != (innovation.NeedsMatrix{}) {
				t.Errorf("NewNeedsMatrix returned a non-zero matrix with its error")
			}
			if !slices.Equal(cells, before) {
				t.Errorf("NewNeedsMatrix modified the caller's slice")
			}
			checkMatrixErrors(t, err, tt.count, func(p *problem.Error, i int) bool {
				w := tt.wants[i]
				return p.Path == w.path && p.Code == w.code && names(p, w.keys...)
			}, len(tt.wants))
		})
	}
}

func TestNeedsJSON(t *testing.T) {
	data := encodeMatrixJSON(t, innovation.DefaultNeeds())
	// The encoding is the cells, with keys and marks (MODEL §2.2 scale).
	const head = `[{"lever":"financement","macro_phase":"rd-societale","intensity":"++"},` +
		`{"lever":"financement","macro_phase":"modelisation","intensity":"++","qualifier":"en ingénierie"},`
	if !bytes.HasPrefix(data, []byte(head)) {
		t.Errorf("JSON starts %.160s, want %s", data, head)
	}
	var n innovation.NeedsMatrix
	if err := json.Unmarshal(data, &n); err != nil {
		t.Fatalf("json.Unmarshal(Marshal(DefaultNeeds)): %v", err)
	}
	if n != innovation.DefaultNeeds() {
		t.Errorf("JSON round trip of DefaultNeeds lost something")
	}
	// Through a struct field, by pointer and by value.
	type doc struct {
		N  innovation.NeedsMatrix
		NP *innovation.NeedsMatrix
	}
	d := innovation.DefaultNeeds()
	var back doc
	if err := json.Unmarshal(encodeMatrixJSON(t, doc{N: d, NP: &d}), &back); err != nil {
		t.Fatalf("round trip in a struct: %v", err)
	}
	if back.N != d || back.NP == nil || *back.NP != d {
		t.Errorf("round trip in a struct lost something")
	}
	// Padding up to exactly MaxJSON is still accepted.
	padded := append(slices.Clone(data), bytes.Repeat([]byte(" "), innovation.MaxJSON-len(data))...)
	var p innovation.NeedsMatrix
	if err := p.UnmarshalJSON(padded); err != nil || p != d {
		t.Errorf("UnmarshalJSON of %d bytes (= MaxJSON): %v", len(padded), err)
	}
}

func TestNeedsJSONRefused(t *testing.T) {
	valid := string(encodeMatrixJSON(t, innovation.DefaultNeeds()))
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"null", "null"},
		{"object", "{}"},
		{"empty array", "[]"},
		{"not JSON", "needs"},
		{"unknown field", strings.Replace(valid, `"intensity":"++"`, `"intensity":"++","weight":1`, 1)},
		{"misspelt field", strings.Replace(valid, `"macro_phase"`, `"macrophase"`, 1)},
		{"trailing data", valid + "[]"},
		{"trailing garbage", valid + " x"},
		{"two values", valid + valid},
		{"numeric intensity", strings.Replace(valid, `"intensity":"++"`, `"intensity":2`, 1)},
		{"numeric lever", strings.Replace(valid, `"lever":"financement"`, `"lever":1`, 1)},
		{"unknown lever", strings.Replace(valid, `"lever":"financement"`, `"lever":"dons"`, 1)},
		{"unknown intensity", strings.Replace(valid, `"intensity":"+++"`, `"intensity":"++++"`, 1)},
		{"missing cell", strings.Replace(valid, `{"lever":"financement","macro_phase":"rd-societale","intensity":"++"},`, "", 1)},
		{"qualifier with NUL", strings.Replace(valid, `"avis"`, `"av\u0000is"`, 1)},
		{"qualifier too long", strings.Replace(valid, `"avis"`, `"`+strings.Repeat("a", 65)+`"`, 1)},
		{"over MaxJSON", valid + strings.Repeat(" ", innovation.MaxJSON-len(valid)+1)},
		{"huge", "[" + strings.Repeat(`{},`, innovation.MaxJSON/4) + "{}]"},
		{"too many cells", strings.Replace(valid, "[", `[{"lever":"financement","macro_phase":"rd-societale","intensity":"++"},`, 1)},
		{"duplicate key", strings.Replace(valid, `"intensity":"+++"`, `"intensity":"+++","intensity":"+++"`, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := innovation.DefaultNeeds()
			err := n.UnmarshalJSON([]byte(tt.in))
			if err == nil {
				t.Fatalf("UnmarshalJSON accepted %.80q", tt.in)
			}
			if !errors.Is(err, innovation.ErrMatrix) {
				t.Errorf("error %v does not wrap ErrMatrix", err)
			}
			if n != innovation.DefaultNeeds() {
				t.Errorf("UnmarshalJSON changed the matrix on error")
			}
		})
	}
}
