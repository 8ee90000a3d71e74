package fund_test

// The spreadsheets of the diffs (Change.WriteCSV, RubricChange.WriteCSV),
// read back with encoding/csv in each language.

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/lang"
)

func TestChangeCSV(t *testing.T) {
	c := goldenDiff()
	header := []string{"change", "id", "name", "phase_before", "phase_after", "verdict_before", "verdict_after", "closed", "opened", "rubric_before", "rubric_after"}
	if !slices.Equal(fund.ChangeCSVHeader(), header) {
		t.Errorf("header %q", fund.ChangeCSVHeader())
	}
	for l := range lang.Langs() {
		var buf bytes.Buffer
		if err := c.WriteCSV(&buf, l); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, buf.Bytes(), l)
		if !slices.Equal(rows[0], header) || len(rows) != 1+len(c.Changed)+len(c.Added)+len(c.Withdrawn)+len(c.Ambiguous) {
			t.Fatalf("%v: %d rows, header %q", l, len(rows), rows[0])
		}
		for i, pc := range c.Changed {
			row := rows[1+i]
			if row[1] != pc.ID || !strings.HasPrefix(row[3], pc.Before.Status.Phase.Label(l)) || row[6] != pc.After.Verdict.Label(l) || row[9] != c.Before || row[10] != c.After {
				t.Errorf("%v: changed row %d %q, want %+v", l, i, row, pc)
			}
		}
		added := rows[1+len(c.Changed)]
		if added[2] != c.Added[0].Name || added[3] != "" || added[5] != "" || added[6] != c.Added[0].Standing.Verdict.Label(l) {
			t.Errorf("%v: added row %q", l, added)
		}
	}
}

func TestRubricChangeCSV(t *testing.T) {
	rc := goldenRubricDiff(t)
	header := []string{"index", "id", "name", "verdict_before", "verdict_after", "check", "before", "after", "causes", "rubric_before", "rubric_after"}
	if !slices.Equal(fund.RubricCSVHeader(), header) {
		t.Errorf("header %q", fund.RubricCSVHeader())
	}
	want := 0
	for _, v := range rc.Verdicts {
		want += max(1, len(v.Checks))
	}
	if len(rc.Verdicts) == 0 {
		t.Fatal("no verdict changes")
	}
	for l := range lang.Langs() {
		var buf bytes.Buffer
		if err := rc.WriteCSV(&buf, l); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, buf.Bytes(), l)
		if !slices.Equal(rows[0], header) || len(rows) != 1+want {
			t.Fatalf("%v: %d rows, want %d", l, len(rows)-1, want)
		}
		r := 1
		for _, v := range rc.Verdicts {
			for _, cc := range v.Checks {
				row := rows[r]
				if row[0] != strconv.Itoa(v.Index+1) || row[3] != v.Before.Label(l) || row[4] != v.After.Label(l) || row[5] != cc.Check.Label(l) {
					t.Errorf("%v: row %d %q, want %+v / %+v", l, r, row, v, cc)
				}
				r++
			}
			if len(v.Checks) == 0 {
				r++
			}
		}
	}
	if err := rc.WriteCSV(csvFailingWriter{errors.New("full")}, lang.French); err == nil {
		t.Error("a failing writer: no error")
	}
}

// A portfolio's JSON in one language holds its reports' texts in that
// language only; encoded itself, in every language.
func TestPortfolioJSONLanguages(t *testing.T) {
	p := goldenFund(t)
	texts := func(v json.Marshaler) map[string]bool {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Reports []struct {
				Checks []struct {
					DetailText map[string]string `json:"detail_text"`
				} `json:"checks"`
			} `json:"reports"`
			Rubric string `json:"rubric"`
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if got.Rubric != p.Rubric || len(got.Reports) != len(p.Reports) {
			t.Fatalf("%d reports, rubric %q", len(got.Reports), got.Rubric)
		}
		langs := map[string]bool{}
		for _, r := range got.Reports {
			for _, c := range r.Checks {
				for k := range c.DetailText {
					langs[k] = true
				}
			}
		}
		return langs
	}
	if got := texts(p.JSON(lang.English)); len(got) != 1 || !got["en"] {
		t.Errorf("JSON(English): texts in %v", got)
	}
	if got := texts(p.JSON()); len(got) != len(slices.Collect(lang.Langs())) {
		t.Errorf("JSON(): texts in %v", got)
	}
}
