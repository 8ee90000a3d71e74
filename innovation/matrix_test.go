package innovation_test

// The mechanism NeedsMatrix and StakeholderMatrix share: building from
// cells, the problems of invalid cells, the JSON encoding and its limits,
// tested once over both matrices. Their contents (the model's tables) are
// tested in needs_test.go and stakeholders_test.go.

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// matrix is one of the package's matrices, M, built from cells of type C.
type matrix[C, M comparable] struct {
	name      string
	def       func() M
	new       func([]C) (M, error)
	cells     func(M) []C
	unmarshal func(*M, []byte) error
}

var (
	needsMatrix = matrix[innovation.NeedsCell, innovation.NeedsMatrix]{
		"NeedsMatrix", innovation.DefaultNeeds, innovation.NewNeedsMatrix, innovation.NeedsMatrix.Cells, (*innovation.NeedsMatrix).UnmarshalJSON,
	}
	stakeholderMatrix = matrix[innovation.StakeholderCell, innovation.StakeholderMatrix]{
		"StakeholderMatrix", innovation.DefaultStakeholders, innovation.NewStakeholderMatrix, innovation.StakeholderMatrix.Cells, (*innovation.StakeholderMatrix).UnmarshalJSON,
	}
)

// defaultCells returns the model's matrix as cells, a fresh slice.
func (x matrix[C, M]) defaultCells() []C { return x.cells(x.def()) }

// checkDefault checks that the model's matrix is want, cell by cell in
// row, then macro-phase order, and that want builds it back.
func (x matrix[C, M]) checkDefault(t *testing.T, want []C) {
	t.Helper()
	got := x.defaultCells()
	if len(got) != len(want) {
		t.Fatalf("%s: Cells() has %d cells, want %d", x.name, len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: Cells()[%d] = %+v, want %+v", x.name, i, got[i], want[i])
		}
	}
	if m, err := x.new(want); err != nil || m != x.def() {
		t.Errorf("%s: building the table back: %v, or a different matrix", x.name, err)
	}
}

// checkNew checks that the model's cells, in any order, build the model's
// matrix without the caller's slice being modified or retained.
func (x matrix[C, M]) checkNew(t *testing.T) {
	t.Helper()
	cells := x.defaultCells()
	slices.Reverse(cells) // order does not matter
	before := slices.Clone(cells)
	m, err := x.new(cells)
	if err != nil {
		t.Fatalf("New%s(default cells): %v", x.name, err)
	}
	if m != x.def() {
		t.Errorf("New%s(default cells) differs from the default", x.name)
	}
	if !slices.Equal(cells, before) {
		t.Errorf("New%s modified the caller's slice", x.name)
	}
	for i := range cells {
		cells[i] = cells[0]
	}
	if m != x.def() {
		t.Errorf("changing the caller's slice after New%s changed the matrix", x.name)
	}
}

// invalid is a change of the model's cells, and the problems it makes.
type invalid[C any] struct {
	name  string
	edit  func([]C) []C
	wants []want // each must be reported
	count int    // the number of problems reported
}

// want is one problem: its path, its code, and the keys of the row and
// macro-phase its message names.
type want struct {
	path, code string
	keys       []string
}

// checkInvalid checks that New refuses each change of the model's cells,
// with the problems it makes, the zero matrix and the caller's slice
// unchanged.
func (x matrix[C, M]) checkInvalid(t *testing.T, tests []invalid[C]) {
	for _, tt := range tests {
		t.Run(x.name+"/"+tt.name, func(t *testing.T) {
			cells := tt.edit(x.defaultCells())
			before := slices.Clone(cells)
			m, err := x.new(cells)
			if err == nil {
				t.Fatalf("New%s succeeded", x.name)
			}
			var zero M
			if m != zero {
				t.Errorf("New%s returned a non-zero matrix with its error", x.name)
			}
			if !slices.Equal(cells, before) {
				t.Errorf("New%s modified the caller's slice", x.name)
			}
			checkMatrixErrors(t, err, tt.count, func(p *problem.Error, i int) bool {
				w := tt.wants[i]
				return p.Path == w.path && p.Code == w.code && names(p, w.keys...)
			}, len(tt.wants))
		})
	}
}

// checkJSON checks that the model's matrix is encoded as the cells,
// starting with head, and read back the same, in a struct by value and by
// pointer, padded up to exactly MaxJSON bytes.
func (x matrix[C, M]) checkJSON(t *testing.T, head string) {
	t.Helper()
	d := x.def()
	data := encodeMatrixJSON(t, d)
	if !bytes.HasPrefix(data, []byte(head)) {
		t.Errorf("%s: JSON starts %.160s, want %s", x.name, data, head)
	}
	type doc struct {
		M  M
		MP *M
	}
	var back doc
	if err := json.Unmarshal(encodeMatrixJSON(t, doc{M: d, MP: &d}), &back); err != nil {
		t.Fatalf("%s: round trip in a struct: %v", x.name, err)
	}
	if back.M != d || back.MP == nil || *back.MP != d {
		t.Errorf("%s: round trip in a struct lost something", x.name)
	}
	padded := append(slices.Clone(data), bytes.Repeat([]byte(" "), innovation.MaxJSON-len(data))...)
	var p M
	if err := x.unmarshal(&p, padded); err != nil || p != d {
		t.Errorf("%s: UnmarshalJSON of %d bytes (= MaxJSON): %v", x.name, len(padded), err)
	}
}

// checkRefused checks that UnmarshalJSON refuses each of inputs (edits of
// the model's encoding, valid), wrapping ErrMatrix, the matrix unchanged.
func (x matrix[C, M]) checkRefused(t *testing.T, inputs func(valid string) []struct{ name, in string }) {
	for _, tt := range inputs(string(encodeMatrixJSON(t, x.def()))) {
		t.Run(x.name+"/"+tt.name, func(t *testing.T) {
			m := x.def()
			err := x.unmarshal(&m, []byte(tt.in))
			if err == nil {
				t.Fatalf("UnmarshalJSON accepted %.80q", tt.in)
			}
			if !errors.Is(err, innovation.ErrMatrix) {
				t.Errorf("error %v does not wrap ErrMatrix", err)
			}
			if m != x.def() {
				t.Errorf("UnmarshalJSON changed the matrix on error")
			}
		})
	}
}

// limits returns a run of TestMatrixLimits: the problems of the model's
// cells changed by edit, given to New and read from JSON.
func (x matrix[C, M]) limits(t *testing.T, edit func([]C) []C) func() (error, error) {
	return func() (error, error) {
		cells := edit(x.defaultCells())
		_, goErr := x.new(cells)
		var m M
		return goErr, x.unmarshal(&m, encodeMatrixJSON(t, cells))
	}
}

// checkMatrixErrors checks that err wraps ErrMatrix, that it holds exactly
// count problems, each a *problem.Error unwrapping to ErrMatrix, and that
// for each i < wants one of them matches.
func checkMatrixErrors(t *testing.T, err error, count int, match func(*problem.Error, int) bool, wants int) {
	t.Helper()
	if !errors.Is(err, innovation.ErrMatrix) {
		t.Errorf("error %v does not wrap ErrMatrix", err)
	}
	all := problem.List(err)
	if len(all) != count {
		t.Errorf("%d problems reported, want %d: %v", len(all), count, err)
	}
	for i := 0; i < wants; i++ {
		if !slices.ContainsFunc(all, func(p *problem.Error) bool { return match(p, i) }) {
			t.Errorf("problem #%d not reported in: %v", i, err)
		}
	}
	for _, p := range all {
		if p.Code == "error" || !errors.Is(p, innovation.ErrMatrix) {
			t.Errorf("%v (code %q) is not a problem of the package unwrapping to ErrMatrix", p, p.Code)
		}
	}
}

// names reports whether the message of p names, in every language, the
// values of the keys given (a lever, a stakeholder, a macro-phase): the
// labels come from the enumerations, so that the check survives any
// rewording of the message.
func names(p *problem.Error, keys ...string) bool {
	for _, k := range keys {
		var label func(lang.Lang) string
		if v, err := innovation.ParseLever(k); err == nil {
			label = v.Label
		} else if v, err := innovation.ParseStakeholder(k); err == nil {
			label = v.Label
		} else if v, err := innovation.ParseMacroPhase(k); err == nil {
			label = v.Label
		} else {
			return false
		}
		for l := range lang.Langs() {
			if !strings.Contains(p.Reason(l), label(l)) {
				return false
			}
		}
	}
	return true
}

func encodeMatrixJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	return b
}

func TestNewMatrixValid(t *testing.T) {
	needsMatrix.checkNew(t)
	stakeholderMatrix.checkNew(t)
	// A funder's own matrix: everything +++, with a qualifier of exactly MaxQualifier bytes.
	own := needsMatrix.defaultCells()
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

func TestNewMatrixInvalid(t *testing.T) {
	needsMatrix.checkInvalid(t, []invalid[innovation.NeedsCell]{
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
	})
	stakeholderMatrix.checkInvalid(t, []invalid[innovation.StakeholderCell]{
		{
			"missing cell",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { return slices.Delete(c, 26, 27) },
			[]want{{"cells", "missing-cell", []string{"gouvernance", "deploiement"}}}, 1,
		},
		{
			"empty",
			func([]innovation.StakeholderCell) []innovation.StakeholderCell {
				return []innovation.StakeholderCell{}
			},
			[]want{{"cells", "missing-cell", []string{"porteur-idee", "rd-societale"}}, {"cells", "missing-cell", []string{"gouvernance", "deploiement"}}}, 27,
		},
		{
			"duplicate cell",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[11] = c[10]; return c },
			[]want{{"cells[11]", "duplicate-cell", []string{"beneficiaires", "modelisation"}},
				{"cells", "missing-cell", nil}}, 2,
		},
		{
			"invalid stakeholder",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[0].Stakeholder = 10; return c },
			[]want{{"cells[0].stakeholder", "invalid-value", nil}, {"cells", "missing-cell", []string{"porteur-idee", "rd-societale"}}}, 2,
		},
		{
			"zero stakeholder",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[1].Stakeholder = 0; return c },
			[]want{{"cells[1].stakeholder", "invalid-value", nil}}, 2,
		},
		{
			"invalid macro-phase",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[5].MacroPhase = 0; return c },
			[]want{{"cells[5].macro_phase", "invalid-value", nil}, {"cells", "missing-cell", []string{"catalyseurs", "deploiement"}}}, 2,
		},
		{
			"invalid intensity",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell { c[8].Intensity = 255; return c },
			[]want{{"cells[8].intensity", "invalid-value", nil}}, 1,
		},
		{
			"too many cells",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell {
				for len(c) <= 4*innovation.NumStakeholders*innovation.NumMacroPhases {
					c = append(c, c[0])
				}
				return c
			},
			[]want{{"cells", "over-limit", nil}}, 1,
		},
		{
			"everything at once",
			func(c []innovation.StakeholderCell) []innovation.StakeholderCell {
				c[0].Intensity = 4           // invalid intensity
				c[4].Stakeholder = 0         // invalid: catalyseurs×modelisation missing
				c[7].MacroPhase = 9          // invalid: financeurs×modelisation missing
				c = slices.Delete(c, 20, 21) // institutions×deploiement missing
				return append(c, c[3])       // duplicate catalyseurs×rd-societale
			},
			[]want{
				{"cells[0].intensity", "invalid-value", nil},
				{"cells[4].stakeholder", "invalid-value", nil},
				{"cells[7].macro_phase", "invalid-value", nil},
				{"cells[26]", "duplicate-cell", []string{"catalyseurs", "rd-societale"}},
				{"cells", "missing-cell", []string{"catalyseurs", "modelisation"}},
				{"cells", "missing-cell", []string{"financeurs", "modelisation"}},
				{"cells", "missing-cell", []string{"institutions", "deploiement"}},
			}, 7,
		},
	})
}

// The encoding is the cells, with keys and marks (MODEL §2.2 scale).
func TestMatrixJSON(t *testing.T) {
	needsMatrix.checkJSON(t, `[{"lever":"financement","macro_phase":"rd-societale","intensity":"++"},`+
		`{"lever":"financement","macro_phase":"modelisation","intensity":"++","qualifier":"en ingénierie"},`)
	stakeholderMatrix.checkJSON(t, `[{"stakeholder":"porteur-idee","macro_phase":"rd-societale","intensity":"+++"},`)
}

func TestMatrixJSONRefused(t *testing.T) {
	needsMatrix.checkRefused(t, func(valid string) []struct{ name, in string } {
		return []struct{ name, in string }{
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
	})
	stakeholderMatrix.checkRefused(t, func(valid string) []struct{ name, in string } {
		return []struct{ name, in string }{
			{"empty", ""},
			{"null", "null"},
			{"empty array", "[]"},
			{"unknown field", strings.Replace(valid, `"intensity":"+++"`, `"intensity":"+++","note":"x"`, 1)},
			{"trailing data", valid + "{}"},
			{"two values", valid + valid},
			{"unknown stakeholder", strings.Replace(valid, `"pairs"`, `"voisins"`, 1)},
			{"numeric intensity", strings.Replace(valid, `"intensity":"-"`, `"intensity":0`, 1)},
			{"duplicate", strings.Replace(valid, `"macro_phase":"deploiement"`, `"macro_phase":"modelisation"`, 1)},
			{"over MaxJSON", valid + strings.Repeat(" ", innovation.MaxJSON-len(valid)+1)},
			{"duplicate key", strings.Replace(valid, `"stakeholder":"pairs"`, `"stakeholder":"pairs","stakeholder":"pairs"`, 1)},
		}
	})
}

// TestMatrixLimits: every size over its limit wraps ErrLimit and ErrMatrix,
// whether the matrix is given in Go or read from JSON, and the most cells
// a matrix may hold is one per row × macro-phase pair, in both.
func TestMatrixLimits(t *testing.T) {
	qualifier := func(q string) func([]innovation.NeedsCell) []innovation.NeedsCell {
		return func(c []innovation.NeedsCell) []innovation.NeedsCell { c[5].Qualifier = q; return c }
	}
	tests := []struct {
		name           string
		run            func() (goErr, jsonErr error)
		limit          bool   // wraps ErrLimit
		goCode, jsPath string // the code of the one problem from NewXMatrix, the path of the one from JSON; "" for none
	}{
		{"qualifier of MaxQualifier bytes", needsMatrix.limits(t, qualifier(strings.Repeat("é", innovation.MaxQualifier/2))), false, "", ""},
		{"qualifier over MaxQualifier", needsMatrix.limits(t, qualifier(strings.Repeat("a", innovation.MaxQualifier+1))), true, "over-limit", "[5].qualifier"},
		{"qualifier over MaxText", needsMatrix.limits(t, qualifier(strings.Repeat("a", 257))), true, "over-limit", "[5].qualifier"},
		{"blank qualifier", needsMatrix.limits(t, qualifier("\u00a0")), false, "blank", "[5].qualifier"},
		{"needs: one cell too many", needsMatrix.limits(t, func(c []innovation.NeedsCell) []innovation.NeedsCell { return append(c, c[0]) }), true, "over-limit", ""},
		{"needs: a pair twice within the limit", needsMatrix.limits(t, func(c []innovation.NeedsCell) []innovation.NeedsCell { c[1] = c[0]; return c }), false, "duplicate-cell", "[1]"},
		{"stakeholders: one cell too many", stakeholderMatrix.limits(t, func(c []innovation.StakeholderCell) []innovation.StakeholderCell { return append(c, c[0]) }), true, "over-limit", ""},
		{"stakeholders: many cells too many", stakeholderMatrix.limits(t, func(c []innovation.StakeholderCell) []innovation.StakeholderCell {
			return append(append(append(c, c...), c...), c...)
		}), true, "over-limit", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			goErr, jsonErr := tt.run()
			if tt.goCode == "" {
				if goErr != nil || jsonErr != nil {
					t.Errorf("%v, %v; want no error", goErr, jsonErr)
				}
				return
			}
			var p *problem.Error
			if !errors.As(goErr, &p) || p.Code != tt.goCode {
				t.Errorf("Go: %v, want a problem of code %s", goErr, tt.goCode)
			}
			var fe *problem.Error
			if !errors.As(jsonErr, &fe) || fe.Path != tt.jsPath {
				t.Errorf("JSON: %v, want a problem at %q", jsonErr, tt.jsPath)
			}
			for _, c := range []struct {
				how string
				err error
			}{{"Go", goErr}, {"JSON", jsonErr}} {
				if !errors.Is(c.err, innovation.ErrMatrix) || errors.Is(c.err, innovation.ErrLimit) != tt.limit {
					t.Errorf("%s: %v: ErrMatrix %t, ErrLimit %t, want true, %t", c.how, c.err,
						errors.Is(c.err, innovation.ErrMatrix), errors.Is(c.err, innovation.ErrLimit), tt.limit)
				}
			}
		})
	}
}
