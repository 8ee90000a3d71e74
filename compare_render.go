package societal

import (
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/innovation"
)

// Markdown renders c in lang as a Markdown section: the projects whose
// phase or verdict changed, with the checks closed and opened, then the
// projects added and withdrawn and the reports that could not be paired.
// An empty list is left out; a change with nothing in it says so.
func (c Change) Markdown(lang innovation.Lang) string {
	wd := compareVocab(lang)
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	w("## ", wd.title, " (", vocab(lang).rubric, " `", c.Before, "` → `", c.After, "`)\n")
	if c.IsZero() {
		w("\n", wd.none, "\n")
		return b.String()
	}
	if len(c.Changed) > 0 {
		w("\n### ", wd.changed, "\n\n| ", vocab(lang).dossier, " | ", vocab(lang).phase, " | ", vocab(lang).verdict, " | ", wd.closed, " | ", wd.opened, " |\n|---|---|---|---|---|\n")
		for _, pc := range c.Changed {
			w("| ", projectName(pc.ID, pc.Name), " | ", shift(phaseLabel(pc.Before.Status, lang), phaseLabel(pc.After.Status, lang)),
				" | ", shift(pc.Before.Verdict.Label(lang), pc.After.Verdict.Label(lang)), " | ", checksText(pc.Closed, lang), " | ", checksText(pc.Opened, lang), " |\n")
		}
	}
	projects := func(title string, ps []Project) {
		if len(ps) == 0 {
			return
		}
		w("\n### ", title, "\n\n| ", vocab(lang).dossier, " | ", vocab(lang).phase, " | ", vocab(lang).verdict, " |\n|---|---|---|\n")
		for _, p := range ps {
			w("| ", projectName(p.ID, p.Name), " | ", phaseLabel(p.Standing.Status, lang), " | ", p.Standing.Verdict.Label(lang), " |\n")
		}
	}
	projects(wd.added, c.Added)
	projects(wd.withdrawn, c.Withdrawn)
	if len(c.Ambiguous) > 0 {
		w("\n### ", wd.ambiguous, "\n\n| ", wd.key, " | ", wd.value, " | ", wd.before, " | ", wd.after, " |\n|---|---|---|---|\n")
		for _, a := range c.Ambiguous {
			w("| ", a.Key.Label(lang), " | ", mdEscape(a.Value), " | ", indexesText(a.Before), " | ", indexesText(a.After), " |\n")
		}
	}
	return b.String()
}

// Markdown renders rc in lang as a Markdown section: the differences
// between the two rubrics, then each dossier whose verdict changes with
// the checks judged differently and the rules that caused it.
func (rc RubricChange) Markdown(lang innovation.Lang) string {
	wd := compareVocab(lang)
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	w("## ", wd.rubricTitle, " `", rc.Before, "` → `", rc.After, "`\n\n")
	w(strconv.Itoa(len(rc.Verdicts)), " ", wd.of, " ", strconv.Itoa(rc.Dossiers), " ", wd.verdictsChange, "\n")
	if len(rc.Rules) > 0 {
		w("\n### ", wd.rules, "\n\n| ", wd.rule, " | ", wd.entry, " | ", wd.before, " | ", wd.after, " |\n|---|---|---|---|\n")
		for _, r := range rc.Rules {
			w("| ", r.Rule.Label(lang), " | `", r.Entry, "` | `", r.Before, "` | `", r.After, "` |\n")
		}
	}
	if len(rc.Verdicts) > 0 {
		w("\n### ", wd.verdictChanges, "\n\n| ", vocab(lang).dossier, " | ", vocab(lang).verdict, " | ", vocab(lang).criterion, " | ", wd.before, " | ", wd.after, " | ", wd.cause, " |\n|---|---|---|---|---|---|\n")
		for _, v := range rc.Verdicts {
			name, verdict := projectName(v.ID, v.Name), shift(v.Before.Label(lang), v.After.Label(lang))
			if len(v.Checks) == 0 {
				w("| ", name, " | ", verdict, " | | | | |\n")
			}
			for _, cc := range v.Checks {
				var causes []string
				for _, r := range cc.Rules {
					causes = append(causes, r.Label(lang))
				}
				w("| ", name, " | ", verdict, " | ", cc.Check.Label(lang), " | ", stateText(cc.Before, lang), " | ", stateText(cc.After, lang), " | ", strings.Join(causes, ", "), " |\n")
			}
		}
	}
	return b.String()
}

// stateText writes a check's state: its outcome, with its severity or
// whether it is required.
func stateText(s CheckState, lang innovation.Lang) string {
	t := s.Outcome.Label(lang)
	if s.Severity != 0 {
		t += " (" + s.Severity.Label(lang) + ")"
	}
	if s.Required {
		t += " [" + vocab(lang).required + "]"
	}
	return t
}

func shift(before, after string) string {
	if before == after {
		return before
	}
	return before + " → " + after
}

func projectName(id, name string) string {
	if id == "" {
		return mdEscape(name)
	}
	// In a code span nothing is escaped but the table's "|" (GitHub reads
	// "\|" there); what would end the span is replaced.
	return mdEscape(name) + " (`" + strings.NewReplacer("`", "'", "|", `\|`, "\n", " ", "\r", " ").Replace(id) + "`)"
}

func indexesText(is []int) string {
	s := make([]string, len(is))
	for i, n := range is {
		s[i] = "#" + strconv.Itoa(n+1)
	}
	return strings.Join(s, ", ")
}

// compareVocabulary is the fixed words of the comparisons, per language.
type compareVocabulary struct {
	title, none, changed, closed, opened, added, withdrawn, ambiguous string
	key, value, before, after, rubricTitle, of, verdictsChange        string
	rules, rule, entry, verdictChanges, cause                         string
}

var compareWords = [2]compareVocabulary{
	innovation.French: {
		title: "Évolution du portefeuille", none: "Aucun changement.", changed: "Projets qui ont changé",
		closed: "Critères remplis depuis", opened: "Nouveaux manques", added: "Projets entrés", withdrawn: "Projets sortis",
		ambiguous: "Rapprochements ambigus (non tranchés)", key: "Clé", value: "Valeur", before: "Avant", after: "Après",
		rubricTitle: "Changement de grille", of: "sur", verdictsChange: "verdicts changent.",
		rules: "Règles modifiées", rule: "Règle", entry: "Entrée", verdictChanges: "Verdicts qui changent, et pourquoi", cause: "Cause",
	},
	innovation.English: {
		title: "Change in the portfolio", none: "No change.", changed: "Projects that changed",
		closed: "Checks now met", opened: "New gaps", added: "Projects added", withdrawn: "Projects withdrawn",
		ambiguous: "Ambiguous matches (not decided)", key: "Key", value: "Value", before: "Before", after: "After",
		rubricTitle: "Change of rubric", of: "of", verdictsChange: "verdicts change.",
		rules: "Rules changed", rule: "Rule", entry: "Entry", verdictChanges: "Verdicts that change, and why", cause: "Cause",
	},
}

// compareVocab returns the words of lang; any value but English is French.
func compareVocab(lang innovation.Lang) *compareVocabulary {
	if lang == innovation.English {
		return &compareWords[innovation.English]
	}
	return &compareWords[innovation.French]
}
