package fund_test

// The newcomer's portfolio (testdata/newcomer): eight dossiers of 2026, one
// of them nearly empty, as a foundation's analyst sends them in. Its
// spreadsheet sorted by score is what issue 19 measured: the emptiest
// dossier came first (rank 1 of 8, its point score 1 over one check
// judged); now it has no point score, and a sort places it after every
// scored dossier.

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/lang"
)

// newcomer returns the dossiers of the newcomer's folder of year, in the
// order of their file names, as Load reads them.
func newcomer(t *testing.T, year string) []*societal.Dossier {
	t.Helper()
	ds, refused := fund.Collect(fund.Load(os.DirFS(filepath.Join("testdata", "newcomer")), year))
	if len(refused) > 0 {
		t.Fatalf("%s: refused %v", year, refused)
	}
	return ds
}

// number reads a decimal number of a spreadsheet in l.
func number(t *testing.T, cell string, l lang.Lang) decimal.Decimal {
	t.Helper()
	point := strings.TrimSuffix(strings.TrimPrefix(l.Decimal(decimal.New(15, -1), 1), "1"), "5")
	d, err := decimal.NewFromString(strings.Replace(cell, point, ".", 1))
	if err != nil {
		t.Fatalf("cell %q is not a number: %v", cell, err)
	}
	return d
}

// sortAsSpreadsheet sorts the rows of a spreadsheet (its header first) by
// the decimal numbers of column col, in decreasing order, as LibreOffice
// Calc and Excel sort: empty cells last whatever the order, ties in the
// order they stood.
func sortAsSpreadsheet(t *testing.T, rows [][]string, col int, l lang.Lang) [][]string {
	t.Helper()
	body := slices.Clone(rows[1:])
	slices.SortStableFunc(body, func(a, b []string) int {
		if a[col] == "" || b[col] == "" {
			return strings.Compare(b[col], a[col]) // the empty one after
		}
		return number(t, b[col], l).Cmp(number(t, a[col], l))
	})
	return body
}

// The spreadsheet sorted by score places the emptiest dossier after every
// dossier with a point score, in each language, and every point score it
// shows stands on the rubric's coverage with every required check judged.
func TestNewcomerSortedByScore(t *testing.T) {
	ds := newcomer(t, "2026")
	if len(ds) != 8 {
		t.Fatalf("%d dossiers, want 8", len(ds))
	}
	p, err := fund.AssessAllOn(context.Background(), nil, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), ds)
	if err != nil {
		t.Fatal(err)
	}
	// The emptiest dossier: the fewest checks judged.
	emptiest := slices.MinFunc(p.Reports, func(a, b societal.Report) int { return a.Coverage().Judged - b.Coverage().Judged })
	for _, l := range []lang.Lang{lang.French, lang.English} {
		var buf bytes.Buffer
		if err := p.WriteCSV(&buf, l); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, buf.Bytes(), l)
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		sorted := sortAsSpreadsheet(t, rows, col["score"], l)
		rank, scored := 0, 0
		for i, row := range sorted {
			if row[col["name"]] == emptiest.Dossier {
				rank = i + 1
			}
			if row[col["score"]] != "" {
				scored++
				if number(t, row[col["coverage"]], l).LessThan(decimal.New(8, -1)) || row[col["verdict"]] == societal.InsufficientEvidence.Label(l) {
					t.Errorf("%v: %s has a point score %s with coverage %s (%s)", l, row[col["name"]], row[col["score"]], row[col["coverage"]], row[col["verdict"]])
				}
			}
		}
		if rank <= scored {
			t.Errorf("%v: the emptiest dossier %q ranks %d of %d when sorted by score, before %d scored dossiers", l, emptiest.Dossier, rank, len(sorted), scored)
		}
		t.Logf("%v: sorted by score, the emptiest dossier %q (%d/%d judged) ranks %d of %d (%d dossiers scored); it ranked 1 before issue 19",
			l, emptiest.Dossier, emptiest.Coverage().Judged, emptiest.Coverage().Applicable, rank, len(sorted), scored)
	}
}
