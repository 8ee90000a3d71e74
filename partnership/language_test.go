package partnership_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// otherLanguage are words that betray the other language in a text.
var otherLanguage = map[lang.Lang][]string{
	lang.French:  {"the", "of", "under", "not", "no", "and", "is", "are", "was", "with", "above", "for", "more", "than", "hold", "holds"},
	lang.English: {"le", "la", "les", "des", "du", "aucun", "aucune", "non", "et", "est", "pas", "en", "pour", "dans", "au", "une", "de"},
}

func leaksIn(text string, l lang.Lang) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if slices.Contains(otherLanguage[l], w) {
			out = append(out, w)
		}
	}
	return out
}

// Every finding and every checklist item reads in one language.
func TestFindingsAndChecklistOneLanguage(t *testing.T) {
	langs := []lang.Lang{lang.French, lang.English}
	for r := partnership.MissionDrift; r.IsValid(); r++ {
		f := partnership.Finding{Risk: r, Partners: []string{"Wimoov", "Renault"}, Share: dec("0.556"), Threshold: dec("0.5"), Months: 24, MinMonths: 36}
		for _, l := range langs {
			text := f.Text(l)
			if text == "" || len(leaksIn(text, l)) > 0 {
				t.Errorf("%v in %v: %q leaks %v", r, l, text, leaksIn(text, l))
			}
		}
	}
	if got, want := (partnership.Finding{Risk: partnership.MissionDrift, Share: dec("0.6"), Threshold: dec("0.5")}).Text(lang.French),
		"les partenaires à but lucratif détiennent 60\u00a0% du pouvoir de décision sur un projet d'intérêt général (seuil\u00a0: 50\u00a0%)"; got != want {
		t.Errorf("Text(French) = %q, want %q", got, want)
	}
	// Every Basis the Checklist writes, across facts all Unstated, all Yes,
	// all No, power stated or not, short and long commitments.
	seen := map[string]bool{}
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
					fr := it.Text(lang.French)
					if fr == it.Basis || len(leaksIn(fr, lang.French)) > 0 {
						t.Errorf("basis %q: French %q leaks %v", it.Basis, fr, leaksIn(fr, lang.French))
					}
				}
			}
		}
	}
}
