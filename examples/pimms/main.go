// Command pimms follows the PIMMS through the lifecycle, with a funder's
// readiness gate at each crossing: a real trajectory, told by Jean-Hugues
// HERMANT at the workshop « Alliance & Performance des organisations »
// (004:239-241, 3839-3951; MODEL §6). The concept was born in Lyon, after riots in
// the suburbs, at the initiative of 6 operators of public services, the
// State and the Lyon local authorities (004:3861-3867); the 1st PIMMS
// opened in the Washington district of Lyon (004:3869), the second in a
// district of Brest (004:3939-3941); there are 66 today (004:3871).
//
//	go run ./examples/pimms            # French
//	go run ./examples/pimms -lang en
//	go run ./examples/pimms -h
//
// At each step the program builds the dossier the PIMMS had then, prints
// what the source says of the step, the assessment, and advances when the
// gate (societal's Assessor.Gate) finds the dossier ready. The gate judges
// a crossing that took place: it asks no evidence the source cannot give
// (the default rubric without Required, [D]), and what is missing is
// listed at each step. At expérimentation the gate first refuses: the next
// phase needs evaluation and no partner supplies it; the source's "processus
// de gestion, d'évaluation et de reporting rigoureux" with the Union des
// PIMMS (004:3901-3903), which it does not date, is put in place there [I],
// and the PIMMS advance. The program
// closes on the network today, every figure of the testimony with its
// line, the five performance levers of alliances for a company
// (004:3923-3935), the history and the Mermaid diagram.
//
// Readings: which phase each step is, is the program's reading of the
// phase definitions (004:768-790) [I]: the birth of the concept is
// conception, the 1st PIMMS the experiment, the concept as the source
// describes it (004:3854-3860, 3897-3903) its model, the second PIMMS the
// first development, essaimage. The program stops there [D]: the network
// of 66 sites is deployed (MODEL §6), and the source says neither that it
// became a public policy nor a market carried by economic actors, the
// marks of industrialisation (004:788-790).
//
// Nothing is invented: the source dates none of the steps but the birth
// ("il y a 22 ans", told on 11 April 2018, 004:239-241, 3861) and the
// figures of 2016 (004:3871); the clock is held at the workshop's date and
// the output marks every transition as not dated by the source. Which kind
// of actor each partner is and which lever it supplies are readings, each
// cited in dossier.go; the source gives no amount, no budget and no
// stakeholder list, and the assessment reports them as missing evidence.
// Exit status 1 on any error.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf8"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/examples/internal/story"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// workshop is the day the testimony was given: "Le 11 avril 2018, au Groupe
// La Poste, sur le thème « Alliance & Performance des organisations »"
// (004:239-241, 3387).
var workshop = time.Date(2018, time.April, 11, 0, 0, 0, 0, time.UTC)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// summary is what the usage says of the program.
var summary = lang.Text{"Suit les PIMMS le long du cycle de vie (004:3839-3951), évalués à chaque étape par le contrôle de maturité d'un financeur.",
	"Follows the PIMMS through the lifecycle (004:3839-3951), " +
		"assessed at each step by a funder's readiness gate."}

// run runs the program on args, writes the trajectory to stdout and the
// messages to stderr, and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return cli.Run("pimms", summary, args, stdout, stderr, func(l lang.Lang, w io.Writer) error { return story.Tell(ctx, w, l, trajectory()) })
}

// step is what the source says of one phase of the trajectory.
type step struct {
	text   lang.Text
	source string
}

// steps are the phases of the trajectory, each told in the source's words
// (the phase of each is the program's reading [I], see the package doc).
var steps = map[innovation.Phase]step{
	innovation.Conception: {
		text: lang.Text{"Le concept naît sur le territoire de Lyon, à la suite d'émeutes en banlieue, à l'initiative de 6 opérateurs, " +
			"de services publics de l'État et des collectivités lyonnaises\u00a0: un lien social délité entre les habitants et les " +
			"services publics\u00a0; un tremplin professionnel pour les jeunes des quartiers.",
			"The concept is born in Lyon, after riots in the suburbs, at the initiative of 6 operators, of the State's and the " +
				"Lyon local authorities' public services: a frayed social link between the inhabitants and the public services; a " +
				"professional springboard for the young people of the districts."},
		source: "004:3861-3869"},
	innovation.Experimentation: {
		text: lang.Text{"Le 1er PIMMS s'installe dans le quartier Washington de Lyon.",
			"The 1st PIMMS opens in the Washington district of Lyon."},
		source: "004:3869"},
	innovation.Modelisation: {
		text: lang.Text{"Chaque lieu d'accueil vit comme un magasin, géré par une association locale\u00a0; l'accueil est gratuit, individuel, " +
			"sans rendez-vous, assuré par des médiateurs sociaux\u00a0; 3 principes d'action\u00a0: professionnalisme, équité, proximité\u00a0; " +
			"salariés formés par l'Union des PIMMS et les partenaires.",
			"Each reception point lives like a shop, run by a local association; reception is free, individual, without " +
				"appointment, by social mediators; 3 principles of action: professionalism, equity, proximity; employees trained by " +
				"the Union des PIMMS and the partners."},
		source: "004:3854-3860, 3897-3903"},
	innovation.Essaimage: {
		text: lang.Text{"Le second PIMMS ouvre dans un quartier de Brest, qui n'était pas desservi par le bus\u00a0; un «\u00a0grand frère\u00a0» fait " +
			"accepter le PIMMS et les entreprises partenaires grâce à ses réseaux dans le quartier.",
			"The second PIMMS opens in a district of Brest not served by the bus; a \"big brother\" gets the PIMMS and the " +
				"partner companies accepted through his networks in the district."},
		source: "004:3939-3943"},
}

// last is the phase the trajectory stops in [D] (see the package doc).
const last = innovation.Essaimage

// trajectory is the PIMMS' trajectory, from conception to essaimage: the
// lifecycle under the readiness gate, an assessment at each step; after
// the last, the figures of today and the history.
func trajectory() story.Trajectory {
	return story.Trajectory{
		Start:  innovation.Conception,
		Last:   last,
		Clock:  func() time.Time { return workshop },
		Rubric: historyRubric(),
		By:     "PIMMS",
		// The PIMMS did cross. The gate asks for evaluation at
		// modélisation; the source describes the evaluation process
		// without dating it (004:3901-3903): the program puts it in
		// place there [I] (the fix).
		Dossier: func(p innovation.Phase, fixed bool) (*societal.Dossier, error) {
			return dossierAt(p, state{evaluated: fixed})
		},
		Head: func(w io.Writer, from, next innovation.Phase, l lang.Lang) {
			s := steps[from]
			if next == 0 {
				fmt.Fprintf(w, "== %s · %s ==\n%s [%s]\n%s [004:3871, 3877-3879]\n", todayTitle.In(l), from.Label(l), s.in(l), s.source, network.In(l))
				return
			}
			fmt.Fprintf(w, "== %s · %s → %s ==\n%s [%s]\n", undatedStep.In(l), from.Label(l), next.Label(l), s.in(l), s.source)
		},
		Reason: func(from innovation.Phase, l lang.Lang) string {
			next, _ := from.Next()
			return steps[next].in(l) + " (" + steps[next].source + ")"
		},
		Fix:      fix,
		Prologue: func(w io.Writer, l lang.Lang) { fmt.Fprintf(w, "%s\n\n%s\n\n", title.In(l), note.In(l)) },
		Epilogue: func(w io.Writer, lc *innovation.Lifecycle, l lang.Lang) {
			today(w, l)
			history(w, lc, l)
		},
	}
}

// historyRubric is the default rubric, judging a crossing that took place:
// it asks no evidence before a crossing (Rubric.Required is empty) [D]. What
// the source does not say cannot stop the PIMMS where they went on; it is
// still listed, at each step, as missing evidence. A known gap still
// refuses the crossing.
func historyRubric() societal.Rubric {
	r := societal.DefaultRubric()
	r.Version += "+history"
	r.Required = nil
	return r
}

// in returns the step's text in l, with the typography of l.
func (s step) in(l lang.Lang) string { return l.Typeset(s.text.In(l)) }

// today prints every figure of the testimony with its line, and the five
// performance levers of alliances for a company.
func today(w io.Writer, l lang.Lang) {
	fmt.Fprintf(w, "%s\n", figuresTitle.In(l))
	for i := range figures {
		f := &figures[i]
		fmt.Fprintf(w, "  %12s  %s   [%s]\n", f.value(l), l.Typeset(f.what.In(l)), f.source)
	}
	fmt.Fprintf(w, "\n%s [004:3923-3935]\n", levers.In(l))
	i := 0
	for v := range partnership.PerformanceLevers() {
		i++
		fmt.Fprintf(w, "  %d) %s%s%s\n", i, v.Label(l), l.Colon(), v.Definition(l))
	}
	fmt.Fprintln(w)
}

// history prints the lifecycle's history and its Mermaid diagram.
func history(w io.Writer, lc *innovation.Lifecycle, l lang.Lang) {
	fmt.Fprintf(w, "%s\n", historyTitle.In(l))
	// The first column holds "il y a 22 ans" and the dates: as wide as
	// the wider (fmt pads by runes).
	width := max(utf8.RuneCountInString(born.In(l)), len(time.DateOnly)+1)
	fmt.Fprintf(w, "  %-*s  %-8s %s   [004:3861]\n", width, born.In(l), start.In(l), lc.Start().Label(l))
	for _, t := range lc.History() {
		fmt.Fprintf(w, "  %-*s  %-8s %s → %s   [*]\n", width, t.At.Format(time.DateOnly)+"*", t.Kind.Label(l), t.From.Label(l), t.To.Label(l))
	}
	fmt.Fprintf(w, "  * %s\n\n", undated.In(l))
	fmt.Fprintf(w, "```mermaid\n%s```\n", innovation.Mermaid(lc.Status(), l))
}

// The program's own words, in every language. Read only.
var (
	title = lang.Text{"Les PIMMS\u00a0: une trajectoire réelle, une évaluation à chaque étape",
		"The PIMMS: a real trajectory, assessed at each step"}
	note = lang.Text{"Source\u00a0: le témoignage de Jean-Hugues HERMANT, atelier «\u00a0Alliance & Performance des organisations\u00a0» du 11 avril 2018 " +
		"(004:239-241, 3839-3951). La phase de chaque étape est une lecture des définitions du modèle (004:768-790)\u00a0; " +
		"la nature des partenaires et les leviers qu'ils apportent sont des lectures, citées, comme le modèle opérateur tenu pour établi " +
		"à l'essaimage (la source ne dit rien de l'économie du réseau, dont 90\u00a0% des salariés sont en emploi aidé, 004:3881) " +
		"et les impacts classés voulus\u00a0; la source ne donne ni montant, " +
		"ni budget, ni parties prenantes\u00a0: l'évaluation les signale comme preuves manquantes. Aucun chiffre n'est inventé.",
		"Source: the testimony of Jean-Hugues HERMANT, workshop \"Alliance & Performance des organisations\" of 11 April 2018 " +
			"(004:239-241, 3839-3951). The phase of each step is a reading of the model's definitions (004:768-790); the kind of " +
			"each partner and the levers they supply are readings, cited, as are the operator model taken as established at the " +
			"spreading phase (the source says nothing of the network's economics; 90% of its staff are in subsidised jobs, 004:3881) " +
			"and the impacts classed as intended; the source gives no amount, no budget and no " +
			"stakeholders: the assessment reports them as missing evidence. No figure is invented."}
	todayTitle = lang.Text{"Aujourd'hui (11 avril 2018)",
		"Today (11 April 2018)"}
	network = lang.Text{"Aujourd'hui, il existe 66 PIMMS en métropole\u00a0; 9 entreprises partenaires, dont la Poste, pilotent le dispositif sur le plan local et national.",
		"Today there are 66 PIMMS in metropolitan France; 9 partner companies, La Poste among them, steer the scheme locally and nationally."}
	undatedStep = lang.Text{"étape non datée",
		"undated step"}
	fix = lang.Text{"Correction\u00a0: les salariés «\u00a0suivent un processus de gestion, d'évaluation et de reporting rigoureux\u00a0», avec l'Union des PIMMS " +
		"(004:3901-3903)\u00a0; la source ne date pas sa mise en place\u00a0: le programme la place ici, où le contrôle la demande (lecture).",
		"Fix: the employees follow a rigorous process of management, evaluation and reporting, with the Union des PIMMS " +
			"(004:3901-3903); the source does not date it: the program puts it in place here, where the gate asks for it (a reading)."}
	figuresTitle = lang.Text{"Les chiffres du témoignage (004:3839-3951)",
		"The figures of the testimony (004:3839-3951)"}
	levers = lang.Text{"Les 5 leviers de performance des alliances pour une entreprise",
		"The 5 performance levers of alliances for a company"}
	historyTitle = lang.Text{"Historique",
		"History"}
	born = lang.Text{"il y a 22 ans",
		"22 years ago"}
	start = lang.Text{"début",
		"start"}
	undated = lang.Text{"date non donnée par la source\u00a0: l'horloge est maintenue au jour de l'atelier (11 avril 2018, 004:239-241) — illustratif",
		"date not given by the source: the clock is held at the workshop's day (11 April 2018, 004:239-241) — illustrative"}
	texts = []lang.Text{title, note, todayTitle, network, undatedStep, fix, figuresTitle, levers, historyTitle, born, start, undated}
)
