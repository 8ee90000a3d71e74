// Command lifecycle walks a societal-innovation project through the five
// phases of Le RAMEAU's model, with a funder's gate guarding each advance,
// then prints the history and the Mermaid diagram of where the project
// stands.
//
//	go run ./examples/lifecycle            # French labels
//	go run ./examples/lifecycle -lang en   # English labels
//	go run ./examples/lifecycle -h
//
// The program's own framing words ("crossing", "prepare", "History") are
// English in both languages: the French output is kept as it was.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/innovation"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// summary is what the usage says of the program.
const summary = "Walks a project through the five phases of Le RAMEAU's model, with a funder's gate " +
	"guarding each advance, and prints the history and the Mermaid diagram."

// run runs the program on args, writes the walk to stdout and the messages
// to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := cli.New("lifecycle", summary, nil, stdout, stderr)
	lang := fs.Lang()
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	return fs.Status(walk(context.Background(), *lang, stdout))
}

// vocabulary holds the words the program puts in the lifecycle: the gate's
// name and the notes of the transitions.
type vocabulary struct {
	gate, committee, carrier, retest string
}

var words = [...]vocabulary{
	innovation.French:  {gate: "modèle économique", committee: "comité d'engagement", carrier: "porteur", retest: "tester le modèle opérateur"},
	innovation.English: {gate: "economic model", committee: "investment committee", carrier: "project carrier", retest: "test the operator model"},
}

// walk runs the project through the lifecycle and writes what happens, in
// lang, to w.
func walk(ctx context.Context, lang innovation.Lang, w io.Writer) error {
	wd := &words[lang]
	// A deterministic clock: one month per step from January 2015.
	month := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { month = month.AddDate(0, 1, 0); return month }

	// The funder's gate: before the crossing from modélisation to essaimage
	// (the "crise de croissance", MODEL §1.4), it wants an operator model.
	operatorModelReady := false
	gate := func(_ context.Context, t innovation.Transition) error {
		if t.To.EconomicModel() == innovation.ModeleOperateur && !operatorModelReady {
			return errors.New("no credible operator model yet")
		}
		return nil
	}

	l, err := innovation.New(innovation.Conception,
		innovation.WithClock(clock),
		innovation.WithGate(wd.gate, gate))
	if err != nil {
		return err
	}
	needs := innovation.DefaultNeeds()
	note := innovation.Note{By: wd.committee}
	for l.CanAdvance() {
		from := l.Phase()
		zone, _ := from.Crossing()
		fmt.Fprintf(w, "%s → crossing %q\n", from.Label(lang), zone.Label(lang))
		for _, n := range needs.Rising(from) {
			fmt.Fprintf(w, "    prepare: %s %s\n", n.Lever.Label(lang), n.Intensity)
		}
		if err := l.Advance(ctx, note); err != nil {
			fmt.Fprintf(w, "    refused: %v\n", err)
			if errors.Is(err, innovation.ErrGate) && !operatorModelReady {
				// The project goes back to test its model, then builds one.
				if err := l.ReturnTo(ctx, innovation.Experimentation, innovation.Note{By: wd.carrier, Reason: wd.retest}); err != nil {
					return err
				}
				operatorModelReady = true
			}
			continue
		}
	}

	fmt.Fprintln(w, "\nHistory:")
	for _, t := range l.History() {
		fmt.Fprintf(w, "  %s  %-7s %-17s → %-17s %s %s\n", t.At.Format("2006-01"), t.Kind, t.From, t.To, t.By, t.Reason)
	}
	fmt.Fprintln(w, "\n```mermaid")
	fmt.Fprint(w, l.Mermaid(lang))
	fmt.Fprintln(w, "```")
	return nil
}
