package partnership_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// unmarked returns the words of s, rendered in the pseudo-locale, that
// did not come from the package's tables, the data given left out.
func unmarked(s string, data ...string) string {
	u := lang.Unmarked(s)
	for _, d := range data {
		u = strings.ReplaceAll(u, d, "")
	}
	return strings.Join(strings.FieldsFunc(u, func(r rune) bool { return !unicode.IsLetter(r) }), " ")
}

// Every finding and every checklist item is written in every language: the
// findings in golden files, one per language; in the pseudo-locale, no word
// but the data escapes the tables.
func TestFindingsAndChecklistTexts(t *testing.T) {
	var findings []partnership.Finding
	for r := partnership.MissionDrift; r.IsValid(); r++ {
		findings = append(findings, partnership.Finding{Risk: r, Severity: r.Severity(), Source: r.Source(),
			Partners: []string{"Wimoov", "Renault"}, Share: dec("0.556"), Threshold: dec("0.333333"), Months: 24, MinMonths: 36})
	}
	findings = append(findings, partnership.Finding{Risk: partnership.Concentration, Partners: []string{"Renault"}, Share: dec("0.908571"), Threshold: dec("0.5")})
	for l := range lang.Langs() {
		var b strings.Builder
		for _, f := range findings {
			b.WriteString(f.Risk.Label(l) + l.Colon() + f.Text(l) + "\n")
		}
		golden.Check(t, "findings.text."+l.String(), b.String())
	}
	for _, f := range findings {
		if u := unmarked(f.Text(lang.Pseudo), f.Partners...); u != "" {
			t.Errorf("%v: %q escaped the tables in %q", f.Risk, u, f.Text(lang.Pseudo))
		}
	}
	// Every Basis the Checklist writes, across facts all Unstated, all Yes,
	// all No, power stated or not, short and long commitments.
	seen := map[lang.Text]bool{}
	for _, fact := range []partnership.Fact{partnership.Unstated, partnership.Yes, partnership.No} {
		for _, months := range []int{0, 12, 48} {
			for _, power := range []bool{true, false} {
				s := wimoov()
				tv := reflect.ValueOf(&s.Terms).Elem()
				for i := range tv.NumField() {
					if tv.Field(i).Type() == reflect.TypeOf(fact) {
						tv.Field(i).Set(reflect.ValueOf(fact))
					}
				}
				s.Terms.CommitmentMonths = months
				if !power {
					for i := range s.Partners {
						s.Partners[i].Power = dec("0")
					}
				}
				p, err := partnership.New(s)
				if err != nil {
					t.Fatal(err)
				}
				c, err := p.Checklist(partnership.DefaultThresholds())
				if err != nil {
					t.Fatal(err)
				}
				items := slices.Concat(c.Difficulties[:], c.Factors[:], c.Enablers[:], c.Obstacles[:])
				for _, it := range items {
					if seen[it.Basis] {
						continue
					}
					seen[it.Basis] = true
					if _, missing := it.Basis.Missing(); missing || unmarked(it.Text(lang.Pseudo)) != "" {
						t.Errorf("basis %q: not written in every language, or %q escaped", it.Basis, unmarked(it.Text(lang.Pseudo)))
					}
				}
			}
		}
	}
}
