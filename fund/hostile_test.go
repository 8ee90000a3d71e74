package fund_test

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/lang"
)

// unescaped are the hostile name's tricks as Markdown would read them: a
// character that makes markup, not preceded by the backslash that makes it
// text.
var unescaped = []*regexp.Regexp{
	regexp.MustCompile(`(^|[^\\])<img`),
	regexp.MustCompile(`(^|[^\\])\]\(javascript`),
	regexp.MustCompile(`https://`),
	regexp.MustCompile(`www\.evil`),
	regexp.MustCompile(`(^|[^\\])\*b(^|[^\\])\*`),
	regexp.MustCompile(`(^|[^\\])~(^|[^\\])~s`),
	regexp.MustCompile("[\x1b\u202e]"),
}

// A hostile name makes nothing of its format in any output: no HTML, link,
// autolink, emphasis or strikethrough in Markdown, no escape or bidi
// control in text, no formula in CSV.
func TestHostileNamesEscaped(t *testing.T) {
	p, c, rc, refusals := goldenFund(t), goldenDiff(), goldenRubricDiff(t), goldenRefusals(t)
	for l := range lang.Langs() {
		for name, md := range map[string]string{"Portfolio": p.Markdown(l), "Change": c.Markdown(l), "RubricChange": rc.Markdown(l)} {
			for _, raw := range unescaped {
				if raw.MatchString(md) {
					t.Errorf("%s.Markdown(%v) holds %q unescaped", name, l, raw)
				}
			}
		}
		texts := map[string]string{"Portfolio": p.Text(l), "Change": c.Text(l), "RubricChange": rc.Text(l)}
		for i := range refusals {
			texts["Refusal"] += refusals[i].Text(l) + refusals[i].Error()
		}
		for name, text := range texts {
			if strings.ContainsAny(text, "\x1b\u202e") {
				t.Errorf("%s text (%v) holds a control character raw", name, l)
			}
		}
		var b bytes.Buffer
		if err := p.WriteCSV(&b, l); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\uFEFF"))))
		r.Comma = map[bool]rune{true: ';', false: ','}[strings.Contains(b.String(), "rank;")]
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) || strings.ContainsAny(cell, "\x1b\u202e") {
					t.Errorf("CSV (%v): cell %q would compute or hide", l, cell)
				}
			}
		}
	}
}
