package fund

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// CSVHeader returns the header of the spreadsheet Portfolio.WriteCSV
// writes, its columns in order (a new slice at each call). The names are
// stable ASCII keys, the same in every language; a column is never renamed
// or moved, only added at the end.
//
//   - rank: the dossier's rank by CompareReports, from 1;
//   - name, carrier: the dossier's name and carrier;
//   - phase, verdict: labels in the spreadsheet's language;
//   - decisive: the check that decides the verdict (Report.Decisive),
//     empty for Ready;
//   - judged, applicable: the checks judged and applicable (Coverage);
//   - coverage: the judged share of the applicable weight, 0 to 1;
//   - score_low, score, score_high: the score range (Report.ScoreRange),
//     0 to 1, empty when unknown, and the point score (Report.Score),
//     empty where the evidence does not support one: a sort by score
//     places those dossiers after the scored ones, as spreadsheets sort
//     empty cells last;
//   - unmet: the checks not met, labels joined by " / ";
//   - missing: the checks whose evidence is missing, joined the same way;
//   - rubric: the rubric's version;
//   - assessed_on: the date of the assessment (ISO 8601), empty if undated;
//   - id: the dossier's stable identifier (Dossier.ID), to join the
//     spreadsheet with a grants database;
//   - budget: the dossier's budget total (Report.Budget), its currency not
//     stated; empty when it states none;
//   - contributions, currency: the sum of the partners' valued
//     contributions and its currency (a dossier's partnership values them
//     in one currency), empty when none is valued: a spreadsheet sums the
//     column per currency (SUMIF on currency), never across currencies;
//   - file, line, problems: for a submission not assessed
//     (Portfolio.Refused), its file, its line (NDJSON) and its problems,
//     joined by semicolons; empty for a dossier assessed.
//
// A row per refused submission follows the dossiers, its rank, name and
// verdict empty, so that the spreadsheet holds every submission.
func CSVHeader() []string {
	return []string{
		"rank", "name", "carrier", "phase", "verdict", "decisive", "judged", "applicable", "coverage",
		"score_low", "score", "score_high", "unmet", "missing", "rubric", "assessed_on",
		"id", "budget", "contributions", "currency", "file", "line", "problems",
	}
}

// WriteCSV writes p as a spreadsheet to w with encoding/csv: the header
// CSVHeader, then one row per dossier in the order of Ranked.
//
// It is written to open in a spreadsheet without fixing anything [D]:
//
//   - UTF-8 with a byte order mark (U+FEFF) first, so that a spreadsheet
//     reads the accents right rather than guessing a legacy code page;
//   - decimals written with l's decimal mark and no group separator
//     ("0,5714", "1000000"), and cells separated by ';' where the decimal
//     mark is a comma (French), as those spreadsheets expect, by ','
//     otherwise (English: "0.5714"): a group separator would make a
//     number read as text ("1 234"). Integers (rank, judged, applicable,
//     line) are digits alone, the same in every language;
//   - lines end with CRLF (RFC 4180);
//   - what a dossier gives (its name, its carrier, its identifier, a
//     file name, a problem quoting it) and the rubric's version are shown,
//     never computed: a cell starting with '=', '+',
//     '-', '@', a tab or a carriage return is written after an apostrophe,
//     and control characters are shown escaped (doc.EscapeCSV).
//
// A reader with encoding/csv sets Comma to ';' for French and strips the
// byte order mark from the first cell. WriteCSV returns the first error of
// w.
func (p *Portfolio) WriteCSV(w io.Writer, l lang.Lang) error {
	cw, err := newCSV(w, l, CSVHeader())
	if err != nil {
		return err
	}
	date := ""
	if !p.AssessedOn.IsZero() {
		date = p.AssessedOn.Format(time.DateOnly)
	}
	share := func(d decimal.Decimal) string { return csvNumber(d, l) }
	for i, r := range p.Ranked() {
		cov := r.Coverage()
		decisive := ""
		if id, ok := r.Decisive(); ok {
			decisive = id.Label(l)
		}
		low, high := "", ""
		if sr, ok := r.ScoreRange(); ok {
			low, high = share(sr.Low), share(sr.High)
		}
		score := ""
		if r.Score.Valid {
			score = share(r.Score.Decimal)
		}
		var unmet []string
		for _, c := range r.Unmet() {
			unmet = append(unmet, c.ID.Label(l))
		}
		var missing []string
		for _, id := range r.Missing() {
			missing = append(missing, id.Label(l))
		}
		phase := ""
		if r.Status.Phase.IsValid() {
			phase = r.Status.Phase.Label(l)
		}
		verdict := ""
		if r.Verdict.IsValid() {
			verdict = r.Verdict.Label(l)
		}
		budget := ""
		if r.Budget.Total.Sign() > 0 {
			budget = share(r.Budget.Total)
		}
		total := societal.Money{}
		for _, c := range r.Contributions {
			total.Add(c.Currency, c.Value)
		}
		var amounts, currencies []string
		for _, c := range total.Currencies() {
			amounts, currencies = append(amounts, share(total[c])), append(currencies, doc.EscapeCSV(c))
		}
		row := []string{
			strconv.Itoa(i + 1), doc.EscapeCSV(r.Dossier), doc.EscapeCSV(r.Carrier), phase, verdict, decisive,
			strconv.Itoa(cov.Judged), strconv.Itoa(cov.Applicable), share(coverageShare(cov)),
			low, score, high, strings.Join(unmet, " / "), strings.Join(missing, " / "), doc.EscapeCSV(r.Rubric), date,
			doc.EscapeCSV(r.ID), budget, strings.Join(amounts, " / "), strings.Join(currencies, " / "), "", "", "",
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	for i := range p.Refused {
		r := &p.Refused[i]
		line := ""
		if r.Line > 0 {
			line = strconv.Itoa(r.Line)
		}
		header := CSVHeader()
		row := make([]string, len(header))
		for i, cell := range map[string]string{"rubric": doc.EscapeCSV(p.Rubric), "assessed_on": date,
			"file": doc.EscapeCSV(r.File), "line": line, "problems": doc.EscapeCSV(r.summary(l))} {
			row[slices.Index(header, i)] = cell
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// newCSV starts a spreadsheet in l on w, as WriteCSV documents it: the
// byte order mark, the header, CRLF, the separator of l.
func newCSV(w io.Writer, l lang.Lang, header []string) (*csv.Writer, error) {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Comma = csvComma(l)
	return cw, cw.Write(header)
}

// csvNumber writes d for a spreadsheet in l: its digits, l's decimal mark,
// no group separator.
func csvNumber(d decimal.Decimal, l lang.Lang) string {
	s := d.String()
	if mark := decimalMark(l); mark != "." {
		s = strings.Replace(s, ".", mark, 1)
	}
	return s
}

// decimalMark is l's decimal mark, as its formats write one half.
func decimalMark(l lang.Lang) string {
	return strings.TrimSuffix(strings.TrimPrefix(l.Decimal(decimal.New(5, -1), 1), "0"), "5")
}

// csvComma is the separator of cells in l: ';' where a decimal is written
// with a comma, ',' otherwise.
func csvComma(l lang.Lang) rune {
	if decimalMark(l) == "," {
		return ';'
	}
	return ','
}
