// Command unis-cite follows a real trajectory through the lifecycle, with a
// funder's readiness gate at each crossing: Unis-Cité launched its
// experiment in 1995, capitalised its know-how in 2010 to share it with
// other operators when a universal Service Civique was deployed
// (004:3167-3175) — a public policy, that is industrialisation
// ("l'innovation peut devenir une politique publique", 004:788-790; MODEL §6).
//
//	go run ./examples/unis-cite            # French
//	go run ./examples/unis-cite -lang en
//	go run ./examples/unis-cite -lang qps   # the tests' pseudo-locale
//	go run ./examples/unis-cite -h
//
// At each step the program builds the dossier the project had then,
// prints its assessment and advances when the gate (societal's
// Assessor.Gate) finds it ready. At modélisation the gate first refuses:
// the operator model, and with it the economic model, is not established
// before the crossing to essaimage (the risk zone Crise de croissance, 004:793-797;
// the three dimensions, 004:734-764). Capitalising the know-how "pour
// le partager avec d'autres opérateurs" (004:3171-3173) is the work of
// modélisation ("consolider les pratiques", 004:3124-3128; "capitaliser
// ses pratiques", 004:3352): the program reads the capitalised know-how,
// written as a model other operators can take up, as establishing the
// operator model [I] (the source speaks of sharing it with other operators,
// not of an operator model), and the project advances. The sharing itself
// happens "lors du déploiement d'un Service Civique universel"
// (004:3173-3175): the program has the other operators and the public
// authorities join the partnership at essaimage, not before [I] (the source
// dates the sharing only by the deployment, and essaimage is "porté par
// l'innovateur initial", 004:785-786). The history and the Mermaid diagram close the output.
//
// Facts and illustrations: the years 1995 and 2010, the phases, Unis-Cité,
// the other operators and the universal Service Civique are in the source.
// The source gives no year for essaimage and industrialisation: the clock is
// held at 2010, and the output marks those dates as not in the source.
// The dossiers' contents (dimensions, the partners other than Unis-Cité and
// the other operators, evaluations) are an illustrative reading of the
// model. Exit status 1 on any error.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/examples/internal/story"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The dated facts (004:3171-3173).
const (
	experimentYear  = 1995 // "a lancé son expérimentation en 1995"
	capitalisedYear = 2010 // "a capitalisé son savoir-faire acquis, en 2010"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// summary is what the usage says of the program.
var summary = lang.Text{"Suit Unis-Cité et le Service Civique le long du cycle de vie (004:3167-3175), évalués à chaque étape par le contrôle de maturité d'un financeur.",
	"Follows Unis-Cité and the Service Civique through the lifecycle (004:3167-3175), " +
		"assessed at each step by a funder's readiness gate."}

// run runs the program on args, writes the trajectory to stdout and the
// messages to stderr, and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return cli.Run("unis-cite", summary, args, stdout, stderr, func(l lang.Lang, w io.Writer) error { return story.Tell(ctx, w, l, trajectory()) })
}

// year is 1 January of y, UTC: the source dates by year only.
func year(y int) time.Time { return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC) }

// sourcedYear tells, for the phase a transition enters, whether the source
// dates it: only the capitalisation (entering modélisation) is dated.
func sourcedYear(to innovation.Phase) bool { return to == innovation.Modelisation }

// trajectory is Unis-Cité's trajectory, from expérimentation in 1995 to
// industrialisation: the lifecycle under the readiness gate, an assessment
// at each step, the refusal at modélisation and its fix; after the last,
// the history.
func trajectory() story.Trajectory {
	return story.Trajectory{
		Start: innovation.Experimentation,
		Last:  innovation.Industrialisation,
		// Every advance is stamped in 2010: later years are not in the source.
		Clock:  func() time.Time { return year(capitalisedYear) },
		Rubric: societal.DefaultRubric(),
		By:     "Unis-Cité",
		// The fix: the know-how is capitalised into a model other
		// operators can take up (004:3171-3173); they take it up at
		// deployment (004:3173-3175), not here.
		Dossier: func(p innovation.Phase, fixed bool) (*societal.Dossier, error) {
			st := state{operatorModel: societal.Partial}
			if fixed {
				st.operatorModel = societal.Established
			}
			return dossierAt(p, st)
		},
		Head: func(w io.Writer, from, next innovation.Phase, l lang.Lang) {
			if next == 0 {
				fmt.Fprintf(w, "== %s · %s ==\n", dateText(from), from.Label(l))
				return
			}
			fmt.Fprintf(w, "== %s · %s → %s ==\n", dateText(next), from.Label(l), next.Label(l))
		},
		Reason: func(from innovation.Phase, l lang.Lang) string { return reasons[from-innovation.Experimentation].In(l) },
		Fix:    fix,
		Prologue: func(w io.Writer, l lang.Lang) {
			fmt.Fprintf(w, "%s\n\n%s\n\n", l.Typeset(title.In(l)), l.Typeset(note.In(l)))
			fmt.Fprintf(w, "== %d · %s ==\n%s\n\n", experimentYear, innovation.Experimentation.Label(l), launched.In(l))
		},
		Epilogue: history,
	}
}

// dateText is the year of the step entering phase to, marked when the
// source does not give it.
func dateText(to innovation.Phase) string {
	if sourcedYear(to) {
		return fmt.Sprintf("%d", capitalisedYear)
	}
	return fmt.Sprintf("%d*", capitalisedYear)
}

// history prints the lifecycle's history and its Mermaid diagram.
func history(w io.Writer, lc *innovation.Lifecycle, l lang.Lang) {
	fmt.Fprintf(w, "%s\n", historyTitle.In(l))
	fmt.Fprintf(w, "  %d   %-8s %s   [004:3171]\n", experimentYear, start.In(l), lc.Start().Label(l))
	for _, t := range lc.History() {
		date, src := fmt.Sprintf("%d ", t.At.Year()), "[004:3171-3173]"
		if !sourcedYear(t.To) {
			date, src = fmt.Sprintf("%d*", t.At.Year()), "[*]"
		}
		fmt.Fprintf(w, "  %s  %-8s %s → %s — %s%s%s   %s\n", date, t.Kind.Label(l), t.From.Label(l), t.To.Label(l), t.By, l.Colon(), t.Reason, src)
	}
	fmt.Fprintf(w, "  * %s\n\n", undated.In(l))
	fmt.Fprintf(w, "```mermaid\n%s```\n", innovation.Mermaid(lc.Status(), l))
}

// The program's own words, in every language. Read only.
var (
	title = lang.Text{"Unis-Cité et le Service Civique\u00a0: une trajectoire réelle, une évaluation à chaque étape",
		"Unis-Cité and the Service Civique: a real trajectory, assessed at each step"}
	note = lang.Text{"Source\u00a0: 004:3167-3175 (expérimentation en 1995, savoir-faire capitalisé en 2010, partagé avec d'autres opérateurs " +
		"lors du déploiement d'un Service Civique universel). Le contenu des dossiers (dimensions, partenaires autres qu'Unis-Cité " +
		"et les autres opérateurs, évaluations) est illustratif\u00a0; la source ne donne ni montant, ni parties prenantes, ni termes de partenariat.",
		"Source: 004:3167-3175 (experiment in 1995, know-how capitalised in 2010, shared with other operators when a universal " +
			"Service Civique was deployed). The dossiers' contents (dimensions, partners other than Unis-Cité and the other operators, " +
			"evaluations) are illustrative; the source gives no amount, no stakeholders and no partnership terms."}
	launched = lang.Text{"Unis-Cité lance son expérimentation (004:3171).",
		"Unis-Cité launches its experiment (004:3171)."}
	fix = lang.Text{"Correction\u00a0: le savoir-faire acquis est capitalisé «\u00a0pour le partager avec d'autres opérateurs\u00a0» (004:3171-3173). " +
		"Le programme y lit l'établissement du modèle opérateur et, avec lui, du modèle économique (lecture\u00a0: la source parle " +
		"d'autres opérateurs, non d'un modèle d'opérateur). Le partage lui-même a lieu «\u00a0lors du déploiement d'un Service Civique " +
		"universel\u00a0» (004:3173-3175)\u00a0: le programme fait entrer les autres opérateurs et les pouvoirs publics dans le partenariat " +
		"à l'essaimage (lecture\u00a0: la source ne date le partage que du déploiement, et l'essaimage est porté par l'innovateur initial, 004:785-786).",
		"Fix: the know-how acquired is capitalised to share it with other operators (004:3171-3173). The program reads this " +
			"as establishing the operator model and, with it, the economic model (a reading: the source speaks of other operators, " +
			"not of an operator model). The sharing itself happens when a universal Service Civique is deployed (004:3173-3175): " +
			"the program has the other operators and the public authorities join the partnership at the spreading phase (a reading: " +
			"the source dates the sharing only by the deployment, and spreading is carried by the initial innovator, 004:785-786)."}
	historyTitle = lang.Text{"Historique",
		"History"}
	start = lang.Text{"début",
		"start"}
	undated = lang.Text{"année non donnée par la source (l'horloge est maintenue à 2010) — illustratif",
		"year not given by the source (the clock is held at 2010) — illustrative"}
	// reasons are the notes of the three advances, from expérimentation.
	reasons = [...]lang.Text{
		{"capitalise son savoir-faire acquis (004:3171-3173)",
			"capitalises its know-how (004:3171-3173)"},
		{"partage son savoir-faire avec d'autres opérateurs lors du déploiement (004:3173-3175)",
			"shares its know-how with other operators at deployment (004:3173-3175)"},
		{"déploiement d'un Service Civique universel, politique publique (004:3175, 788-790)",
			"deployment of a universal Service Civique, a public policy (004:3175, 788-790)"},
	}
	texts = []lang.Text{title, note, launched, fix, historyTitle, start, undated, reasons[0], reasons[1], reasons[2]}
)
