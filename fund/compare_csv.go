package fund

import (
	"io"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// ChangeCSVHeader returns the header of the spreadsheet Change.WriteCSV
// writes, a new slice at each call; its names are stable ASCII keys, a
// column is only ever added at the end:
//
//   - change: what happened to the project, a label in the spreadsheet's
//     language: changed, added, withdrawn, or an ambiguous pairing;
//   - id, name: the project's identifier and name (for an ambiguous
//     pairing, the identifier or the name the reports share);
//   - phase_before, phase_after, verdict_before, verdict_after: where it
//     stood, labels (empty for a side it is not on);
//   - closed, opened: the checks closed and opened, labels joined by " / ";
//   - rubric_before, rubric_after: the versions of the two rubrics.
func ChangeCSVHeader() []string {
	return []string{"change", "id", "name", "phase_before", "phase_after", "verdict_before", "verdict_after", "closed", "opened", "rubric_before", "rubric_after"}
}

// WriteCSV writes c as a spreadsheet in l to w: the header ChangeCSVHeader,
// then a row per project changed, added and withdrawn, and per ambiguous
// pairing, in the order of Change's lists, written as Portfolio.WriteCSV
// writes (byte order mark, CRLF, ';' where the decimal mark is a comma,
// what the dossiers give shown, never computed). It returns the first
// error of w.
func (c Change) WriteCSV(w io.Writer, l lang.Lang) error {
	cw, err := newCSV(w, l, ChangeCSVHeader())
	if err != nil {
		return err
	}
	standing := func(s Standing) (phase, verdict string) {
		if s.Status.Phase.IsValid() {
			phase = phaseLabel(s.Status).Label(l)
		}
		if s.Verdict.IsValid() {
			verdict = s.Verdict.Label(l)
		}
		return phase, verdict
	}
	row := func(kind lang.Text, id, name string, before, after *Standing, closed, opened []societal.CheckID) error {
		var pb, vb, pa, va string
		if before != nil {
			pb, vb = standing(*before)
		}
		if after != nil {
			pa, va = standing(*after)
		}
		return cw.Write([]string{kind.In(l), doc.EscapeCSV(id), doc.EscapeCSV(name), pb, pa, vb, va,
			checkLabels(l, closed), checkLabels(l, opened), doc.EscapeCSV(c.Before), doc.EscapeCSV(c.After)})
	}
	for _, pc := range c.Changed {
		if err := row(words.changeChanged, pc.ID, pc.Name, &pc.Before, &pc.After, pc.Closed, pc.Opened); err != nil {
			return err
		}
	}
	for _, p := range c.Added {
		if err := row(words.changeAdded, p.ID, p.Name, nil, &p.Standing, nil, nil); err != nil {
			return err
		}
	}
	for _, p := range c.Withdrawn {
		if err := row(words.changeWithdrawn, p.ID, p.Name, &p.Standing, nil, nil, nil); err != nil {
			return err
		}
	}
	for _, a := range c.Ambiguous {
		id, name := a.Value, ""
		if a.Key == ByName {
			id, name = "", a.Value
		}
		if err := row(words.changeAmbiguous, id, name, nil, nil, nil, nil); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// RubricCSVHeader returns the header of the spreadsheet RubricChange.WriteCSV
// writes, a new slice at each call; its names are stable ASCII keys, a
// column is only ever added at the end:
//
//   - index: the dossier's position in the portfolio, from 1;
//   - id, name: the dossier's identifier and name;
//   - verdict_before, verdict_after: its verdict under each rubric;
//   - check: a check the two rubrics judge differently (empty when none
//     does and the verdict still changes);
//   - before, after: that check's state under each rubric, its outcome
//     with its severity or whether it is required;
//   - causes: the rules of the rubrics that differ and that the check
//     reads, labels joined by " / ";
//   - rubric_before, rubric_after: the versions of the two rubrics.
func RubricCSVHeader() []string {
	return []string{"index", "id", "name", "verdict_before", "verdict_after", "check", "before", "after", "causes", "rubric_before", "rubric_after"}
}

// WriteCSV writes rc as a spreadsheet in l to w: the header
// RubricCSVHeader, then a row per check of each dossier whose verdict
// changes (the second table of Markdown; the rules that differ are each
// row's causes, and all of them are in the other forms), written as
// Portfolio.WriteCSV writes. It returns the first error of w.
func (rc RubricChange) WriteCSV(w io.Writer, l lang.Lang) error {
	cw, err := newCSV(w, l, RubricCSVHeader())
	if err != nil {
		return err
	}
	for _, v := range rc.Verdicts {
		head := []string{strconv.Itoa(v.Index + 1), doc.EscapeCSV(v.ID), doc.EscapeCSV(v.Name), v.Before.Label(l), v.After.Label(l)}
		tail := []string{doc.EscapeCSV(rc.Before), doc.EscapeCSV(rc.After)}
		if len(v.Checks) == 0 {
			if err := cw.Write(append(append(head, "", "", "", ""), tail...)); err != nil {
				return err
			}
		}
		for _, cc := range v.Checks {
			var causes []string
			for _, r := range cc.Rules {
				causes = append(causes, r.Label(l))
			}
			cells := append(append([]string(nil), head...), cc.Check.Label(l), stateText(cc.Before, l), stateText(cc.After, l), strings.Join(causes, " / "))
			if err := cw.Write(append(cells, tail...)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// checkLabels writes the labels of checks joined by " / ", as the
// spreadsheets do.
func checkLabels(l lang.Lang, ids []societal.CheckID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = id.Label(l)
	}
	return strings.Join(s, " / ")
}
