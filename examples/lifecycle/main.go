// Command lifecycle walks a societal-innovation project through the five
// phases of Le RAMEAU's model, with a funder's gate guarding each advance,
// then prints the history and the Mermaid diagram of where the project
// stands.
//
//	go run ./examples/lifecycle            # French
//	go run ./examples/lifecycle -lang en   # English
//	go run ./examples/lifecycle -lang qps  # the tests' pseudo-locale
//	go run ./examples/lifecycle -h
//
// Everything it prints is in the language -lang names: its own words, the
// model's labels, the gate's refusal (the refusal's Text in the language,
// never the library's English error message) and the history.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf8"

	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// summary is what the usage says of the program.
var summary = lang.Text{"Fait traverser à un projet les cinq phases du modèle du RAMEAU, un contrôle du financeur gardant chaque avancée, puis affiche l'historique et le diagramme Mermaid.",
	"Walks a project through the five phases of Le RAMEAU's model, with a funder's gate " +
		"guarding each advance, and prints the history and the Mermaid diagram."}

// run runs the program on args, writes the walk to stdout and the messages
// to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return cli.Run("lifecycle", summary, args, stdout, stderr, func(l lang.Lang, w io.Writer) error { return walk(context.Background(), l, w) })
}

// noOperatorModel is what the funder's gate refuses an advance with when
// it wants an operator model the project has not built yet: a problem, so
// that the refusal is written in the reader's language.
var noOperatorModel = problem.Kind{Code: "no-operator-model",
	Message: lang.Text{"pas encore de modèle opérateur crédible", "no credible operator model yet"}}

// The program's words: the gate's name, the notes of the transitions and
// the framing of what it prints, in every language. Read only.
var (
	gateName  = lang.Text{"modèle économique", "economic model"}
	committee = lang.Text{"comité d'engagement", "investment committee"}
	carrier   = lang.Text{"porteur", "project carrier"}
	retest    = lang.Text{"tester le modèle opérateur", "test the operator model"}
	crossing  = lang.Text{"{1} → {2} (zone de risque\u00a0: {3})", "{1} → {2} (risk zone: {3})"}
	prepare   = lang.Text{"à préparer\u00a0: {1} ({2})", "prepare: {1} ({2})"}
	history   = lang.Text{"Historique\u00a0:", "History:"}
	texts     = []lang.Text{gateName, committee, carrier, retest, crossing, prepare, history, noOperatorModel.Message}
)

// walk runs the project through the lifecycle and writes what happens, in
// lang, to w.
func walk(ctx context.Context, l lang.Lang, w io.Writer) error {
	colon := l.Colon()
	// A deterministic clock: one month per step from January 2015.
	month := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { month = month.AddDate(0, 1, 0); return month }

	// The funder's gate: before the crossing from modélisation to essaimage
	// (the "crise de croissance", MODEL §1.4), it wants an operator model.
	operatorModelReady := false
	gate := func(_ context.Context, t innovation.Transition) error {
		if t.To.EconomicModel() == innovation.ModeleOperateur && !operatorModelReady {
			return noOperatorModel.New("lifecycle", "", "")
		}
		return nil
	}

	lc, err := innovation.New(innovation.Conception,
		innovation.WithClock(clock),
		innovation.WithGate(gateName.In(l), gate))
	if err != nil {
		return err
	}
	needs := innovation.DefaultNeeds()
	note := innovation.Note{By: committee.In(l)}
	for lc.CanAdvance() {
		from := lc.Phase()
		next, _ := from.Next()
		zone, _ := from.Crossing()
		fmt.Fprintln(w, crossing.Format(l, from, next, zone))
		for _, n := range needs.Rising(from) {
			fmt.Fprintf(w, "    %s\n", prepare.Format(l, n.Lever, n.Intensity))
		}
		err := lc.Advance(ctx, note)
		if err == nil {
			continue
		}
		// Only the program's own gate may refuse; anything else ends the
		// walk with its error. The refusal is written in l, from its
		// structure: the transition, the gate, the gate's problem.
		var te *innovation.TransitionError
		var p *problem.Error
		if !errors.As(err, &te) || te.Code != "gates" || !errors.As(err, &p) || p.Code != noOperatorModel.Code || operatorModelReady {
			return err
		}
		fmt.Fprintf(w, "    %s\n", te.Text(l))
		// The project goes back to test its model, then builds one.
		if err := lc.ReturnTo(ctx, innovation.Experimentation, innovation.Note{By: carrier.In(l), Reason: retest.In(l)}); err != nil {
			return err
		}
		operatorModelReady = true
	}

	fmt.Fprintf(w, "\n%s\n", history.In(l))
	h := lc.History()
	var kindW, fromW, toW int
	for _, t := range h {
		kindW = max(kindW, utf8.RuneCountInString(t.Kind.Label(l)))
		fromW = max(fromW, utf8.RuneCountInString(t.From.Label(l)))
		toW = max(toW, utf8.RuneCountInString(t.To.Label(l)))
	}
	for _, t := range h {
		who := t.By
		if t.Reason != "" {
			who += colon + t.Reason
		}
		fmt.Fprintf(w, "  %s  %-*s  %-*s → %-*s  — %s\n", t.At.Format("2006-01"), kindW, t.Kind.Label(l), fromW, t.From.Label(l), toW, t.To.Label(l), who)
	}
	fmt.Fprintln(w, "\n```mermaid")
	fmt.Fprint(w, innovation.Mermaid(lc.Status(), l))
	fmt.Fprintln(w, "```")
	return nil
}
