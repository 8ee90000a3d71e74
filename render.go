package societal

import (
	"strings"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
)

// Text renders r as plain text in lang: the verdict, the crossing ahead, one
// line per check and the gaps with the lever and partners that would
// close them.
func (r *Report) Text(lang innovation.Lang) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	w(r.Dossier)
	if r.Carrier != "" {
		w(" (", r.Carrier, ")")
	}
	w("\n", vocab(lang).verdict, ": ", r.Verdict.Label(lang), "\n")
	w(vocab(lang).phase, ": ", phaseLabel(r.Status, lang), "\n")
	if r.Next != 0 {
		w(vocab(lang).crossing, ": ", r.Status.Phase.Label(lang), " → ", r.Next.Label(lang), " — ", r.RiskZone.Label(lang), "\n")
	}
	if r.ModelChange {
		w(vocab(lang).modelChange, "\n")
	}
	w(vocab(lang).score, ": ", scoreText(r, lang), "   (", vocab(lang).rubric, " ", r.Rubric, ")\n\n")
	for _, c := range r.Checks {
		w("[", mark(c), "] ", c.ID.Label(lang), " — ", c.Outcome.Label(lang))
		if c.Outcome == evaluation.NotMet {
			w(" (", c.Severity.Label(lang), ")")
		}
		if c.Detail != "" {
			w(": ", c.Detail)
		}
		w("   [", c.Source, "]\n")
		for _, g := range c.Gaps {
			w("      → ", g.Lever.Label(lang), ": ", g.Detail)
			if len(g.Partners) > 0 {
				w(" (", partnersText(g, lang), ")")
			}
			w("\n")
		}
	}
	return b.String()
}

// Markdown renders r in lang as a Markdown section: a summary table, the
// criteria table, the gaps, and the Mermaid diagram of the lifecycle with
// the current phase highlighted — what a funder pastes into a committee note.
func (r *Report) Markdown(lang innovation.Lang) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	wd := vocab(lang)
	w("## ", mdEscape(r.Dossier), "\n\n")
	w("| | |\n|---|---|\n")
	if r.Carrier != "" {
		w("| ", wd.carrier, " | ", mdEscape(r.Carrier), " |\n")
	}
	w("| ", wd.verdict, " | **", r.Verdict.Label(lang), "** |\n")
	w("| ", wd.phase, " | ", phaseLabel(r.Status, lang), " |\n")
	if r.Next != 0 {
		w("| ", wd.crossing, " | ", r.Status.Phase.Label(lang), " → ", r.Next.Label(lang), " — ", r.RiskZone.Label(lang), " |\n")
	}
	if r.ModelChange {
		w("| ", wd.model, " | ", wd.modelChange, " |\n")
	}
	w("| ", wd.score, " | ", scoreText(r, lang), " |\n")
	w("| ", wd.rubric, " | `", r.Rubric, "` |\n\n")

	w("| ", wd.criterion, " | ", wd.outcome, " | ", wd.severity, " | ", wd.detail, " | ", wd.source, " |\n")
	w("|---|---|---|---|---|\n")
	for _, c := range r.Checks {
		sev := ""
		if c.Outcome == evaluation.NotMet {
			sev = c.Severity.Label(lang)
		}
		w("| ", mark(c), " ", c.ID.Label(lang), " | ", c.Outcome.Label(lang), " | ", sev, " | ", mdEscape(c.Detail), " | ", c.Source, " |\n")
	}
	gaps := false
	for _, c := range r.Checks {
		for _, g := range c.Gaps {
			if !gaps {
				w("\n### ", wd.gaps, "\n\n| ", wd.criterion, " | ", wd.lever, " | ", wd.partners, " | ", wd.detail, " |\n|---|---|---|---|\n")
				gaps = true
			}
			w("| ", c.ID.Label(lang), " | ", g.Lever.Label(lang), " | ", partnersText(g, lang), " | ", mdEscape(g.Detail), " |\n")
		}
	}
	if r.Status.IsValid() {
		w("\n```mermaid\n", innovation.Mermaid(r.Status, lang), "```\n")
	}
	return b.String()
}

func phaseLabel(s innovation.Status, lang innovation.Lang) string {
	if !s.Phase.IsValid() {
		return "—"
	}
	l := s.Phase.Label(lang) + " (" + s.Phase.MacroPhase().Label(lang) + ")"
	if s.Abandoned {
		l += " — " + vocab(lang).abandoned
	}
	return l
}

func scoreText(r *Report, lang innovation.Lang) string {
	if !r.Score.Valid {
		return vocab(lang).unknown
	}
	return r.Score.Decimal.StringFixed(evaluation.ScorePlaces)
}

func mark(c Check) string {
	switch c.Outcome {
	case evaluation.Met:
		return "✓"
	case evaluation.NotMet:
		return "✗"
	case evaluation.Unknown:
		return "?"
	default:
		return "–"
	}
}

func partnersText(g Gap, lang innovation.Lang) string {
	ls := make([]string, len(g.Partners))
	for i, k := range g.Partners {
		ls[i] = k.Label(lang)
	}
	return strings.Join(ls, ", ")
}

// mdEscape keeps text from breaking a Markdown table cell.
func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(s)
}

// vocabulary is the fixed words of the reports, per language.
type vocabulary struct {
	verdict, phase, crossing, model, modelChange, score, rubric, carrier string
	criterion, outcome, severity, detail, source, gaps, lever, partners  string
	unknown, abandoned, portfolio, dossiers, phaseMix, commonGaps        string
	missingLevers, count, missingEvidence, dossier                       string
}

var words = [2]vocabulary{
	innovation.French: {
		verdict: "Verdict", phase: "Phase", crossing: "Passage", model: "Modèle économique",
		modelChange: "Passage du modèle R&D au modèle opérateur", score: "Score", rubric: "Grille",
		carrier: "Porteur", criterion: "Critère", outcome: "Résultat", severity: "Gravité",
		detail: "Détail", source: "Source", gaps: "Manques et leviers", lever: "Levier",
		partners: "Partenaires à mobiliser", unknown: "inconnu", abandoned: "abandonné",
		portfolio: "Portefeuille", dossiers: "Dossiers", phaseMix: "Répartition par phase",
		commonGaps: "Manques les plus fréquents", missingLevers: "Leviers manquants", count: "Nombre",
		missingEvidence: "Preuves manquantes (critères inconnus, jamais comptés comme un échec)", dossier: "Dossier",
	},
	innovation.English: {
		verdict: "Verdict", phase: "Phase", crossing: "Crossing", model: "Economic model",
		modelChange: "Change from the R&D to the operator model", score: "Score", rubric: "Rubric",
		carrier: "Carrier", criterion: "Criterion", outcome: "Outcome", severity: "Severity",
		detail: "Detail", source: "Source", gaps: "Gaps and levers", lever: "Lever",
		partners: "Partners to mobilise", unknown: "unknown", abandoned: "abandoned",
		portfolio: "Portfolio", dossiers: "Dossiers", phaseMix: "Phase mix",
		commonGaps: "Most common gaps", missingLevers: "Missing levers", count: "Count",
		missingEvidence: "Missing evidence (unknown criteria, never counted as failure)", dossier: "Dossier",
	},
}

// vocab returns the words of lang; any value but English is French, the
// zero Lang.
func vocab(lang innovation.Lang) *vocabulary {
	if lang == innovation.English {
		return &words[innovation.English]
	}
	return &words[innovation.French]
}
