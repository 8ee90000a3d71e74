package fund_test

// The portfolio's spreadsheet (Portfolio.WriteCSV).

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
)

// readCSV parses a spreadsheet written by WriteCSV, as a reader does: the
// byte order mark stripped, ';' as separator in French.
func readCSV(t *testing.T, b []byte, l lang.Lang) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\uFEFF")) {
		t.Fatalf("no byte order mark: %q", b[:min(len(b), 10)])
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF"))))
	if l == lang.French {
		r.Comma = ';'
	}
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestWriteCSV(t *testing.T) {
	p, err := fund.AssessAllOn(context.Background(), nil, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), []*societal.Dossier{
		dossiertest.Ready(t, innovation.Conception),
		dossiertest.Example(t),
		{Name: "=SOMME(A1)", Carrier: "Porteur; « associé »", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
		{Name: "Tiers-lieu rural", Phase: innovation.Experimentation, EconomicModel: innovation.ModeleRD},
	})
	if err != nil {
		t.Fatal(err)
	}
	// Two submissions not assessed: a dossier that does not decode, at a
	// line of an NDJSON file whose name a spreadsheet would compute, and a
	// file that cannot be read.
	_, bad := societal.DecodeDossier([]byte(`{"name": "X", "phase": "nulle-part", "phaze": 1}`))
	p.Refused = []fund.Refusal{{File: "=fonds.ndjson", Line: 3, Err: bad}, {File: "absent.json", Err: fs.ErrNotExist}}
	// The header is stable: these names, in this order, in both languages;
	// columns are added at the end.
	header := []string{"rank", "name", "carrier", "phase", "verdict", "decisive", "judged", "applicable", "coverage",
		"score_low", "score", "score_high", "unmet", "missing", "rubric", "assessed_on",
		"id", "budget", "contributions", "currency", "file", "line", "problems"}
	if !slices.Equal(fund.CSVHeader(), header) {
		t.Errorf("header %q, want %q", fund.CSVHeader(), header)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, l := range []lang.Lang{lang.French, lang.English} {
		var buf bytes.Buffer
		if err := p.WriteCSV(&buf, l); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "\r\n") {
			t.Errorf("lines do not end with CRLF")
		}
		rows := readCSV(t, buf.Bytes(), l)
		if !slices.Equal(rows[0], header) {
			t.Errorf("%v: header %q", l, rows[0])
		}
		if len(rows) != 1+len(p.Reports)+len(p.Refused) {
			t.Fatalf("%v: %d rows for %d dossiers and %d refused", l, len(rows)-1, len(p.Reports), len(p.Refused))
		}
		for i, r := range p.Ranked() {
			row := rows[1+i]
			if len(row) != len(header) {
				t.Fatalf("row %d: %d cells", i, len(row))
			}
			name := r.Dossier
			if strings.HasPrefix(name, "=") {
				name = "'" + name // shown, not computed
			}
			cov := r.Coverage()
			if row[col["name"]] != name || row[col["verdict"]] != r.Verdict.Label(l) || row[col["phase"]] != r.Status.Phase.Label(l) ||
				row[col["judged"]] != strconv.Itoa(cov.Judged) || row[col["applicable"]] != strconv.Itoa(cov.Applicable) ||
				row[col["rubric"]] != societal.RubricVersion || row[col["assessed_on"]] != "2026-11-30" || row[col["rank"]] != strconv.Itoa(i+1) {
				t.Errorf("%v: row %d %q does not match report %q", l, i, row, r.Dossier)
			}
			if n := len(r.Unmet()); n > 0 && len(strings.Split(row[col["unmet"]], " / ")) != n {
				t.Errorf("%v: unmet %q, want %d checks", l, row[col["unmet"]], n)
			}
			// The money, numbers a spreadsheet sums in l.
			if row[col["id"]] != r.ID || row[col["file"]] != "" || row[col["line"]] != "" || row[col["problems"]] != "" {
				t.Errorf("%v: row %d: id %q, file %q, line %q, problems %q", l, i, row[col["id"]], row[col["file"]], row[col["line"]], row[col["problems"]])
			}
			if b := r.Budget.Total; b.Sign() > 0 != (row[col["budget"]] != "") || b.Sign() > 0 && !number(t, row[col["budget"]], l).Equal(b) {
				t.Errorf("%v: %s: budget %q, want %v", l, r.Dossier, row[col["budget"]], b)
			}
			sum := societal.Money{}
			for _, c := range r.Contributions {
				sum.Add(c.Currency, c.Value)
			}
			switch cs := sum.Currencies(); len(cs) {
			case 0:
				if row[col["contributions"]] != "" || row[col["currency"]] != "" {
					t.Errorf("%v: %s: contributions %q %q, want none", l, r.Dossier, row[col["contributions"]], row[col["currency"]])
				}
			case 1:
				if row[col["currency"]] != cs[0] || !number(t, row[col["contributions"]], l).Equal(sum[cs[0]]) {
					t.Errorf("%v: %s: contributions %q %q, want %v", l, r.Dossier, row[col["contributions"]], row[col["currency"]], sum)
				}
			}
		}
		// A row per submission not assessed, after the dossiers: its file,
		// its line, its problems; no rank, name or verdict.
		for i, r := range p.Refused {
			row := rows[1+len(p.Reports)+i]
			file := r.File
			if strings.HasPrefix(file, "=") {
				file = "'" + file
			}
			line := ""
			if r.Line > 0 {
				line = strconv.Itoa(r.Line)
			}
			if row[col["file"]] != file || row[col["line"]] != line || row[col["problems"]] == "" || row[col["rank"]] != "" ||
				row[col["name"]] != "" || row[col["verdict"]] != "" || row[col["score"]] != "" || row[col["rubric"]] != societal.RubricVersion {
				t.Errorf("%v: refused row %d: %q", l, i, row)
			}
		}
		for _, problem := range p.Refused[0].Problems(l) {
			if cell := rows[1+len(p.Reports)][col["problems"]]; !strings.Contains(cell, problem) {
				t.Errorf("%v: the refused dossier's problems %q lack %q", l, cell, problem)
			}
		}
	}
	// Worked by hand: the decimal commas of French (2 checks judged out of
	// 8), the quoting of a cell holding the separator.
	var buf bytes.Buffer
	if err := p.WriteCSV(&buf, lang.French); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `;0,3333;`) || !strings.Contains(buf.String(), `"Porteur; « associé »"`) {
		t.Errorf("French CSV: decimal comma or quoting:\n%s", buf.String())
	}
	buf.Reset()
	if err := p.WriteCSV(&buf, lang.English); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `,0.3333,`) {
		t.Errorf("English CSV: decimal point:\n%s", buf.String())
	}
}

// A failing writer's error comes back.
func TestWriteCSVError(t *testing.T) {
	p := chartFund(t)
	want := errors.New("disk full")
	if err := p.WriteCSV(csvFailingWriter{want}, lang.French); !errors.Is(err, want) {
		t.Errorf("WriteCSV: %v, want %v", err, want)
	}
}

type csvFailingWriter struct{ err error }

func (w csvFailingWriter) Write([]byte) (int, error) { return 0, w.err }

// A portfolio opens in a spreadsheet: one row per dossier, ranked, under a
// stable header. In English, cells are separated by commas and decimals
// written with a point; the file starts with a byte order mark (left out
// here) and its lines end with CRLF.
func ExamplePortfolio_WriteCSV() {
	portfolio := []*societal.Dossier{
		{Name: "Épicerie solidaire", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
		{Name: "Tiers-lieu rural", Phase: innovation.Experimentation, EconomicModel: innovation.ModeleRD},
	}
	p, err := fund.AssessAllOn(context.Background(), nil, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), portfolio)
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.WriteCSV(&buf, lang.English); err != nil {
		log.Fatal(err)
	}
	fmt.Print(strings.ReplaceAll(strings.TrimPrefix(buf.String(), "\uFEFF"), "\r\n", "\n"))
	// Output:
	// rank,name,carrier,phase,verdict,decisive,judged,applicable,coverage,score_low,score,score_high,unmet,missing,rubric,assessed_on,id,budget,contributions,currency,file,line,problems
	// 1,Tiers-lieu rural,,Experimentation,Insufficient evidence,Next step's needs supplied,2,8,0.3333,0.3333,,1,,Next step's needs supplied / Stakeholders mobilised / Evaluation fits the phase / Evaluation and capacity budget / Balanced partnership / Multi-year commitment and exit,rameau-2018/1,2026-11-30,,,,,,,
	// 2,Épicerie solidaire,,Spreading,Blocked,Economic model fits,2,9,0.2857,0.1429,,0.8571,Economic model fits,Three dimensions covered / Next step's needs supplied / Stakeholders mobilised / Evaluation fits the phase / Evaluation and capacity budget / Balanced partnership / Multi-year commitment and exit,rameau-2018/1,2026-11-30,,,,,,,
}
