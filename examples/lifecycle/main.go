// Command lifecycle walks a societal-innovation project through the five
// phases of Le RAMEAU's model, with a funder's gate guarding each advance,
// then prints the history and the Mermaid diagram of where the project
// stands.
//
//	go run ./examples/lifecycle
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/seed424036fd/societal/innovation"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "lifecycle:", err)
		os.Exit(1)
	}
}

func run() error {
	ctx := context.Background()
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
		innovation.WithGate("modèle économique", gate))
	if err != nil {
		return err
	}
	needs := innovation.DefaultNeeds()
	note := innovation.Note{By: "comité d'engagement"}
	for l.CanAdvance() {
		from := l.Phase()
		zone, _ := from.Crossing()
		fmt.Printf("%s → crossing %q\n", from.Label(innovation.French), zone.Label(innovation.French))
		for _, n := range needs.Rising(from) {
			fmt.Printf("    prepare: %s %s\n", n.Lever.Label(innovation.French), n.Intensity)
		}
		if err := l.Advance(ctx, note); err != nil {
			fmt.Printf("    refused: %v\n", err)
			if errors.Is(err, innovation.ErrGate) && !operatorModelReady {
				// The project goes back to test its model, then builds one.
				if err := l.ReturnTo(ctx, innovation.Experimentation, innovation.Note{By: "porteur", Reason: "tester le modèle opérateur"}); err != nil {
					return err
				}
				operatorModelReady = true
			}
			continue
		}
	}

	fmt.Println("\nHistory:")
	for _, t := range l.History() {
		fmt.Printf("  %s  %-7s %-17s → %-17s %s %s\n", t.At.Format("2006-01"), t.Kind, t.From, t.To, t.By, t.Reason)
	}
	fmt.Println("\n```mermaid")
	fmt.Print(l.Mermaid(innovation.French))
	fmt.Println("```")
	return nil
}
