package societal_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
)

// tellTale are words that betray the other language: English words in a
// French text, French words in an English one.
var tellTale = map[lang.Lang][]string{
	lang.French:  {"the", "of", "under", "not", "no", "and", "is", "was", "with", "supplied", "needed", "none", "at", "in", "by", "up", "are", "above", "an", "to", "over", "building", "capacity", "guidance", "expected", "missing"},
	lang.English: {"le", "la", "les", "des", "du", "aucun", "aucune", "non", "et", "est", "pas", "en", "pour", "dans", "au", "une"},
}

// rawKeys are the ASCII keys a report must never show a person: the keys
// of the enumerations it names, when they are not words of the text.
func rawKeys() []string {
	var ks []string
	add := func(k string) {
		if strings.ContainsAny(k, "-") || !slices.Contains([]string{"evaluation", "budget", "partnership", "conseil", "financement", "phase", "stakeholders", "dimensions", "commitment", "solution", "processus", "gouvernance", "institutions", "pairs", "financeurs", "catalyseurs"}, k) {
			ks = append(ks, k)
		}
	}
	for id := range societal.CheckIDs() {
		add(id.String())
	}
	for p := range innovation.Phases() {
		add(p.String())
	}
	for s := range innovation.Stakeholders() {
		add(s.String())
	}
	for d := range innovation.Dimensions() {
		add(d.String())
	}
	for c := range evaluation.Codes() {
		add(c.String())
	}
	for r := partnership.MissionDrift; r.IsValid(); r++ {
		add(r.String())
	}
	for _, c := range societal.DetailCodes() {
		add(c)
	}
	return ks
}

// words splits s into lower-case words (letters only: apostrophes, spaces
// and punctuation separate them).
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '&' })
}

// leaks returns what in text, written in lang, belongs to the other
// language or is a raw key.
func leaks(text string, l lang.Lang, keys []string) []string {
	var out []string
	ws := words(text)
	for _, w := range ws {
		if slices.Contains(tellTale[l], w) {
			out = append(out, "word "+w)
		}
	}
	// Typography: French puts a no-break space before ":" and ";", English
	// none; a colon after a letter in French, or a spaced one in English,
	// is the other language's.
	for i, r := range []rune(text) {
		if r != ':' && r != ';' || i == 0 {
			continue
		}
		prev := []rune(text)[i-1]
		switch {
		case l == lang.French && unicode.IsLetter(prev):
			out = append(out, "typography "+string(r)+" after a letter")
		case l == lang.English && unicode.IsSpace(prev):
			out = append(out, "typography space before "+string(r))
		}
	}
	for _, k := range keys {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:()«»\"", r) }) {
			if w == k {
				out = append(out, "key "+k)
			}
		}
	}
	return out
}

// allDetails returns a detail of every code, with arguments, and one gap
// of every evaluation finding code and every partnership risk.
func allDetails() []societal.Detail {
	d := decimal.RequireFromString
	var out []societal.Detail
	for _, c := range societal.DetailCodes() {
		x := societal.Detail{Code: c, Phase: innovation.Essaimage, OtherPhase: innovation.Modelisation, Count: 2,
			Months: 24, MinMonths: 36, NoExit: true, Dimension: innovation.ModeleEconomique,
			Dimensions:  []innovation.Dimension{innovation.Processus, innovation.ModeleEconomique},
			Stakeholder: innovation.Academique, Intensity: innovation.Intensity(3), Mobilised: innovation.Intensity(1),
			Stakeholders: []innovation.Stakeholder{innovation.Catalyseurs, innovation.ExpertsConseil, innovation.Gouvernance},
			Codes:        []evaluation.Code{evaluation.EvaluationOverShare, evaluation.CapacityBelowScale},
			Risks:        []partnership.Risk{partnership.Concentration, partnership.NoFormalAgreement},
			Problems:     []*problem.Error{problem.List(societal.Dossier{Name: "x"}.Validate())[0]}}
		out = append(out, x)
		if c == "gap-need" || c == "needs-not-covered" {
			x.Count = 1
			out = append(out, x)
			x.Count = 0
			out = append(out, x)
		}
		if c == "commitment-short" {
			x.NoExit = false
			out = append(out, x)
			x.NoExit, x.Months = true, 0
			out = append(out, x)
		}
	}
	for c := range evaluation.Codes() {
		f := evaluation.Finding{Code: c, Field: "reports[1]", Name: "Mobilité", Phase: innovation.Modelisation,
			Degree: evaluation.Degree(3), MaxDegree: evaluation.Degree(2), Form: evaluation.Form(2), Evaluator: evaluation.Evaluator(2),
			Lever: evaluation.ResultLever(1), Value: d("0.125"), Limit: d("0.1"), Count: 2}
		out = append(out, societal.Detail{Code: "gap-evaluation", Evaluation: &f})
		if c == evaluation.MissingEvidence || c == evaluation.CriterionNotMet {
			g := f
			g.CommonGood = evaluation.CommonGood(1)
			out = append(out, societal.Detail{Code: "gap-evaluation", Evaluation: &g})
		}
	}
	for r := partnership.MissionDrift; r.IsValid(); r++ {
		f := partnership.Finding{Risk: r, Partners: []string{"Wimoov", "Renault"}, Share: d("0.556"), Threshold: d("0.5"), Months: 24, MinMonths: 36}
		out = append(out, societal.Detail{Code: "gap-partnership", Partnership: &f})
	}
	return out
}

// Every detail, gap and finding reads in the report's language: no word of
// the other language, no raw key.
func TestDetailsOneLanguage(t *testing.T) {
	keys := rawKeys()
	for _, x := range allDetails() {
		for l := range lang.Langs() {
			text := x.Text(l)
			if text == "" && x.Code != "gap-evaluation" && x.Code != "gap-partnership" {
				t.Errorf("%v %+v: empty text in %v", x.Code, x, l)
			}
			for _, p := range x.Problems {
				// A problem's own text is package problem's: its path
				// and value are the dossier's.
				text = strings.ReplaceAll(text, p.Text(l), p.Reason(l))
			}
			lg := l
			if l := leaks(text, lg, keys); len(l) > 0 {
				t.Errorf("%v in %v: %q leaks %v", x.Code, lg, text, l)
			}
		}
	}
}

// The reports of the test dossiers read in one language, details included.
func TestReportsOneLanguage(t *testing.T) {
	keys := rawKeys()
	for _, d := range []*societal.Dossier{blockedDossier(), dossiertest.Example(t)} {
		rep := societal.Assess(d)
		for _, lg := range []lang.Lang{lang.French, lang.English} {
			for i, line := range strings.Split(rep.Text(lg), "\n") {
				if l := leaks(line, lg, keys); len(l) > 0 {
					t.Errorf("%s, Text(%v) line %d: %q leaks %v", d.Name, lg, i+1, line, l)
				}
			}
			code := false // inside a fenced block: a Mermaid chart's syntax
			for i, line := range strings.Split(rep.Markdown(lg), "\n") {
				if strings.HasPrefix(line, "```") {
					code = !code
					continue
				}
				if l := leaks(line, lg, keys); len(l) > 0 && !code {
					t.Errorf("%s, Markdown(%v) line %d: %q leaks %v", d.Name, lg, i+1, line, l)
				}
			}
			for _, c := range rep.Checks {
				parts := []string{c.Detail.Text(lg)}
				for _, g := range c.Gaps {
					parts = append(parts, g.Detail.Text(lg))
				}
				for _, p := range parts {
					if l := leaks(p, lg, keys); len(l) > 0 {
						t.Errorf("%s, %v in %v: %q leaks %v", d.Name, c.ID, lg, p, l)
					}
				}
			}
		}
	}
}

// The detector catches the leaks the issue reported in the reports of
// earlier versions.
func TestLeaksDetector(t *testing.T) {
	keys := rawKeys()
	for _, tc := range []struct {
		l    lang.Lang
		text string
	}{
		{lang.French, "under-mobilised: catalyseurs, experts-conseil, gouvernance"},
		{lang.French, "commitment of 24 months, under 36; no exit strategy"},
		{lang.French, "contributions are concentrated: Herfindahl index 0.556 above 0.5"},
		{lang.French, "anticipate an exit strategy up front"},
		{lang.French, "Évaluation au-delà de 10 % du projet: 12.00% of the total, guidance at most 10.00%"},
		{lang.French, "economic-model, dimensions"},
		{lang.English, `no operator model before the crossing to "essaimage"`},
		{lang.English, "not established: modele-economique"},
		{lang.English, "aucune stratégie de sortie"},
		{lang.French, "Verdict: Prêt"},
		{lang.English, "Verdict\u00a0: Ready"},
		{lang.French, "Capacity building sous les 22 % du changement d'échelle"},
	} {
		if len(leaks(tc.text, tc.l, keys)) == 0 {
			t.Errorf("%v: %q: no leak found", tc.l, tc.text)
		}
	}
}

// Every detail's words come from the package's tables: in the
// pseudo-locale nothing is left unmarked but what it quotes of the
// dossier (partners' and needs' names, a problem's path and value).
func TestDetailsPseudo(t *testing.T) {
	data := []string{"Wimoov", "Renault", "Mobilité", "reports[1]"}
	for _, x := range allDetails() {
		for _, p := range x.Problems {
			data = append(data, p.Path, strconv.Quote(p.Value))
		}
		if x.Code == "gap-evaluation" || x.Code == "gap-partnership" {
			continue // a finding's own text, checked by its package's tests
		}
		text := x.Text(lang.Pseudo)
		if text == "" {
			t.Errorf("%v: empty text", x.Code)
		}
		if w := unmarkedWords(text, data); len(w) > 0 {
			t.Errorf("%v: %q unmarked in %q", x.Code, w, text)
		}
	}
}
