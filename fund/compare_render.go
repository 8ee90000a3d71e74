package fund

import (
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/lang"
)

// Markdown renders c in lang as a Markdown section: the projects whose
// phase or verdict changed, with the checks closed and opened, then the
// projects added and withdrawn and the reports that could not be paired.
// An empty list is left out; a change with nothing in it says so.
func (c Change) Markdown(l lang.Lang) string {
	wd := compareVocab(l)
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	w("## ", wd.title, " (", vocab(l).rubric, " `", c.Before, "` → `", c.After, "`)\n")
	if c.IsZero() {
		w("\n", wd.none, "\n")
		return b.String()
	}
	if len(c.Changed) > 0 {
		w("\n### ", wd.changed, "\n\n| ", vocab(l).dossier, " | ", vocab(l).phase, " | ", vocab(l).verdict, " | ", wd.closed, " | ", wd.opened, " |\n|---|---|---|---|---|\n")
		for _, pc := range c.Changed {
			w("| ", projectName(pc.ID, pc.Name), " | ", shift(phaseLabel(pc.Before.Status, l), phaseLabel(pc.After.Status, l)),
				" | ", shift(pc.Before.Verdict.Label(l), pc.After.Verdict.Label(l)), " | ", checksText(pc.Closed, l), " | ", checksText(pc.Opened, l), " |\n")
		}
	}
	projects := func(title string, ps []Project) {
		if len(ps) == 0 {
			return
		}
		w("\n### ", title, "\n\n| ", vocab(l).dossier, " | ", vocab(l).phase, " | ", vocab(l).verdict, " |\n|---|---|---|\n")
		for _, p := range ps {
			w("| ", projectName(p.ID, p.Name), " | ", phaseLabel(p.Standing.Status, l), " | ", p.Standing.Verdict.Label(l), " |\n")
		}
	}
	projects(wd.added, c.Added)
	projects(wd.withdrawn, c.Withdrawn)
	if len(c.Ambiguous) > 0 {
		w("\n### ", wd.ambiguous, "\n\n| ", wd.key, " | ", wd.value, " | ", wd.before, " | ", wd.after, " |\n|---|---|---|---|\n")
		for _, a := range c.Ambiguous {
			w("| ", a.Key.Label(l), " | ", mdEscape(a.Value), " | ", indexesText(a.Before), " | ", indexesText(a.After), " |\n")
		}
	}
	return b.String()
}

// Markdown renders rc in lang as a Markdown section: the differences
// between the two rubrics, then each dossier whose verdict changes with
// the checks judged differently and the rules that caused it.
func (rc RubricChange) Markdown(l lang.Lang) string {
	wd := compareVocab(l)
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
			w("| ", r.Rule.Label(l), " | `", r.Entry, "` | `", r.Before, "` | `", r.After, "` |\n")
		}
	}
	if len(rc.Verdicts) > 0 {
		w("\n### ", wd.verdictChanges, "\n\n| ", vocab(l).dossier, " | ", vocab(l).verdict, " | ", vocab(l).criterion, " | ", wd.before, " | ", wd.after, " | ", wd.cause, " |\n|---|---|---|---|---|---|\n")
		for _, v := range rc.Verdicts {
			name, verdict := projectName(v.ID, v.Name), shift(v.Before.Label(l), v.After.Label(l))
			if len(v.Checks) == 0 {
				w("| ", name, " | ", verdict, " | | | | |\n")
			}
			for _, cc := range v.Checks {
				var causes []string
				for _, r := range cc.Rules {
					causes = append(causes, r.Label(l))
				}
				w("| ", name, " | ", verdict, " | ", cc.Check.Label(l), " | ", stateText(cc.Before, l), " | ", stateText(cc.After, l), " | ", strings.Join(causes, ", "), " |\n")
			}
		}
	}
	return b.String()
}

// stateText writes a check's state: its outcome, with its severity or
// whether it is required.
func stateText(s CheckState, l lang.Lang) string {
	t := s.Outcome.Label(l)
	if s.Severity != 0 {
		t += " (" + s.Severity.Label(l) + ")"
	}
	if s.Required {
		t += " [" + vocab(l).required + "]"
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
	lang.French: {
		title: "Évolution du portefeuille", none: "Aucun changement.", changed: "Projets qui ont changé",
		closed: "Critères remplis depuis", opened: "Nouveaux manques", added: "Projets entrés", withdrawn: "Projets sortis",
		ambiguous: "Rapprochements ambigus (non tranchés)", key: "Clé", value: "Valeur", before: "Avant", after: "Après",
		rubricTitle: "Changement de grille", of: "sur", verdictsChange: "verdicts changent.",
		rules: "Règles modifiées", rule: "Règle", entry: "Entrée", verdictChanges: "Verdicts qui changent, et pourquoi", cause: "Cause",
	},
	lang.English: {
		title: "Change in the portfolio", none: "No change.", changed: "Projects that changed",
		closed: "Checks now met", opened: "New gaps", added: "Projects added", withdrawn: "Projects withdrawn",
		ambiguous: "Ambiguous matches (not decided)", key: "Key", value: "Value", before: "Before", after: "After",
		rubricTitle: "Change of rubric", of: "of", verdictsChange: "verdicts change.",
		rules: "Rules changed", rule: "Rule", entry: "Entry", verdictChanges: "Verdicts that change, and why", cause: "Cause",
	},
}

// compareVocab returns the words of lang; any value but English is French.
func compareVocab(l lang.Lang) *compareVocabulary {
	if l == lang.English {
		return &compareWords[lang.English]
	}
	return &compareWords[lang.French]
}
