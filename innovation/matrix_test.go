package innovation_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/innovation"
)

// checkMatrixErrors checks that err wraps ErrMatrix, that it holds exactly
// count *FieldError, and that for each i < wants one of them matches.
func checkMatrixErrors(t *testing.T, err error, count int, match func(*problem.Error, int) bool, wants int) {
	t.Helper()
	if !errors.Is(err, innovation.ErrMatrix) {
		t.Errorf("error %v does not wrap ErrMatrix", err)
	}
	var first *problem.Error
	if !errors.As(err, &first) {
		t.Fatalf("error %T is not (and does not wrap) a *FieldError", err)
	}
	var all []*problem.Error
	var walk func(error)
	walk = func(e error) {
		if me, ok := e.(*problem.Error); ok {
			all = append(all, me)
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
		}
	}
	walk(err)
	if len(all) != count {
		t.Errorf("%d *FieldError reported, want %d: %v", len(all), count, err)
	}
	for i := 0; i < wants; i++ {
		if !slices.ContainsFunc(all, func(me *problem.Error) bool { return match(me, i) }) {
			t.Errorf("problem #%d not reported in: %v", i, err)
		}
	}
	for _, me := range all {
		msg := me.Error()
		if !strings.HasPrefix(msg, "innovation: ") || strings.HasSuffix(msg, ".") {
			t.Errorf("message %q is not of the form \"innovation: …\" without a final period", msg)
		}
		if !errors.Is(me, innovation.ErrMatrix) {
			t.Errorf("%v does not unwrap to ErrMatrix", me)
		}
	}
}

func encodeMatrixJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	return b
}

// TestMatrixLimits: every size over its limit wraps ErrLimit and ErrMatrix,
// whether the matrix is given in Go or read from JSON, and the most cells
// a matrix may hold is one per row × macro-phase pair, in both.
func TestMatrixLimits(t *testing.T) {
	needs := func(edit func([]innovation.NeedsCell) []innovation.NeedsCell) func() (error, error) {
		return func() (error, error) {
			cells := edit(validNeedsCells())
			_, goErr := innovation.NewNeedsMatrix(cells)
			var n innovation.NeedsMatrix
			return goErr, n.UnmarshalJSON(encodeMatrixJSON(t, cells))
		}
	}
	stakeholders := func(edit func([]innovation.StakeholderCell) []innovation.StakeholderCell) func() (error, error) {
		return func() (error, error) {
			cells := edit(validStakeholdersCells())
			_, goErr := innovation.NewStakeholderMatrix(cells)
			var m innovation.StakeholderMatrix
			return goErr, m.UnmarshalJSON(encodeMatrixJSON(t, cells))
		}
	}
	qualifier := func(q string) func([]innovation.NeedsCell) []innovation.NeedsCell {
		return func(c []innovation.NeedsCell) []innovation.NeedsCell { c[5].Qualifier = q; return c }
	}
	tests := []struct {
		name           string
		run            func() (goErr, jsonErr error)
		limit          bool   // wraps ErrLimit
		goWant, jsWant string // a substring of the one message, from NewXMatrix and from JSON
	}{
		{"qualifier of MaxQualifier bytes", needs(qualifier(strings.Repeat("é", innovation.MaxQualifier/2))), false, "", ""},
		{"qualifier over MaxQualifier", needs(qualifier(strings.Repeat("a", innovation.MaxQualifier+1))), true,
			`cells[5].qualifier "` + strings.Repeat("a", 64) + `"…: 65 bytes, over the limit of 64`, `[5].qualifier "` + strings.Repeat("a", 64) + `"…: 65 bytes, over the limit of 64`},
		{"qualifier over MaxText", needs(qualifier(strings.Repeat("a", 257))), true,
			"cells[5].qualifier", "[5].qualifier"},
		{"blank qualifier", needs(qualifier("\u00a0")), false,
			`cells[5].qualifier "\u00a0": blank: want a name with at least one visible character`, `[5].qualifier "\u00a0": blank`},
		{"needs: one cell too many", needs(func(c []innovation.NeedsCell) []innovation.NeedsCell { return append(c, c[0]) }), true,
			"innovation: cells: 13 cells, over the limit of 12 (one per lever × macro-phase pair)", "innovation: more than 12 items, over the limit"},
		{"needs: a pair twice within the limit", needs(func(c []innovation.NeedsCell) []innovation.NeedsCell { c[1] = c[0]; return c }), false,
			"given twice", "given twice"},
		{"stakeholders: one cell too many", stakeholders(func(c []innovation.StakeholderCell) []innovation.StakeholderCell { return append(c, c[0]) }), true,
			"innovation: cells: 28 cells, over the limit of 27 (one per stakeholder × macro-phase pair)", "innovation: more than 27 items, over the limit"},
		{"stakeholders: many cells too many", stakeholders(func(c []innovation.StakeholderCell) []innovation.StakeholderCell {
			return append(append(append(c, c...), c...), c...)
		}), true, "108 cells, over the limit of 27", "more than 27 items"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			goErr, jsonErr := tt.run()
			for _, c := range []struct {
				how  string
				err  error
				want string
			}{{"Go", goErr, tt.goWant}, {"JSON", jsonErr, tt.jsWant}} {
				if c.want == "" {
					if c.err != nil {
						t.Errorf("%s: %v, want no error", c.how, c.err)
					}
					continue
				}
				if c.err == nil || !strings.Contains(c.err.Error(), c.want) {
					t.Errorf("%s: %v\nwant …%s…", c.how, c.err, c.want)
					continue
				}
				if !errors.Is(c.err, innovation.ErrMatrix) || errors.Is(c.err, innovation.ErrLimit) != tt.limit {
					t.Errorf("%s: %v: ErrMatrix %t, ErrLimit %t, want true, %t", c.how, c.err,
						errors.Is(c.err, innovation.ErrMatrix), errors.Is(c.err, innovation.ErrLimit), tt.limit)
				}
				var fe *problem.Error
				if errors.As(c.err, &fe) && errors.Is(fe, innovation.ErrLimit) != tt.limit {
					t.Errorf("%s: the *FieldError %v: ErrLimit %t, want %t", c.how, fe, !tt.limit, tt.limit)
				}
			}
		})
	}
}
