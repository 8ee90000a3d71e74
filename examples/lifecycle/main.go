// Command lifecycle walks a societal-innovation project through the five
// phases of Le RAMEAU's model, with a funder's gate guarding each advance,
// then prints the history and the Mermaid diagram of where the project
// stands.
//
//	go run ./examples/lifecycle            # French
//	go run ./examples/lifecycle -lang en   # English
//	go run ./examples/lifecycle -h
//
// Everything it prints is in the language -lang names: its own words, the
// model's labels, the gate's refusal (written from the refusal's structure,
// never from the library's English error message) and the history.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
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
	l := fs.Lang()
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	return fs.Status(walk(context.Background(), *l, stdout))
}

// errNoOperatorModel is what the funder's gate refuses an advance with
// when it wants an operator model the project has not built yet.
var errNoOperatorModel = errors.New("lifecycle: no credible operator model yet")

// vocabulary holds the words of the program: the gate's name, the notes of
// the transitions and the framing of what it prints.
type vocabulary struct {
	gate, committee, carrier, retest string
	risk, prepare, history           string
	refused                          string // a format: the gate's name, then the reason
	noOperatorModel                  string // why the gate refuses
}

var words = [...]vocabulary{
	lang.French: {
		gate: "modèle économique", committee: "comité d'engagement", carrier: "porteur", retest: "tester le modèle opérateur",
		risk: "zone de risque", prepare: "à préparer", history: "Historique",
		refused: "refusé par le contrôle %s", noOperatorModel: "pas encore de modèle opérateur crédible",
	},
	lang.English: {
		gate: "economic model", committee: "investment committee", carrier: "project carrier", retest: "test the operator model",
		risk: "risk zone", prepare: "prepare", history: "History",
		refused: "refused by the %s gate", noOperatorModel: "no credible operator model yet",
	},
}

// quote quotes a name in lang: « name » in French, "name" in English.
func quote(name string, l lang.Lang) string {
	if l == lang.English {
		return `"` + name + `"`
	}
	return lang.French.Quote(name)
}

// walk runs the project through the lifecycle and writes what happens, in
// lang, to w.
func walk(ctx context.Context, lg lang.Lang, w io.Writer) error {
	wd := &words[lg]
	colon := lg.Colon()
	// A deterministic clock: one month per step from January 2015.
	month := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { month = month.AddDate(0, 1, 0); return month }

	// The funder's gate: before the crossing from modélisation to essaimage
	// (the "crise de croissance", MODEL §1.4), it wants an operator model.
	operatorModelReady := false
	gate := func(_ context.Context, t innovation.Transition) error {
		if t.To.EconomicModel() == innovation.ModeleOperateur && !operatorModelReady {
			return errNoOperatorModel
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
		next, _ := from.Next()
		zone, _ := from.Crossing()
		fmt.Fprintf(w, "%s → %s (%s%s%s)\n", from.Label(lg), next.Label(lg), wd.risk, colon, zone.Label(lg))
		for _, n := range needs.Rising(from) {
			fmt.Fprintf(w, "    %s%s%s (%s)\n", wd.prepare, colon, n.Lever.Label(lg), n.Intensity.Label(lg))
		}
		err := l.Advance(ctx, note)
		if err == nil {
			continue
		}
		// Only the program's own gate may refuse; anything else ends the
		// walk with its error.
		var ge *innovation.GateError
		if !errors.Is(err, errNoOperatorModel) || !errors.As(err, &ge) || operatorModelReady {
			return err
		}
		fmt.Fprintf(w, "    "+wd.refused+"%s%s\n", quote(ge.Gate, lg), colon, wd.noOperatorModel)
		// The project goes back to test its model, then builds one.
		if err := l.ReturnTo(ctx, innovation.Experimentation, innovation.Note{By: wd.carrier, Reason: wd.retest}); err != nil {
			return err
		}
		operatorModelReady = true
	}

	fmt.Fprintf(w, "\n%s%s\n", wd.history, strings.TrimRight(colon, " "))
	history := l.History()
	var kindW, fromW, toW int
	for _, t := range history {
		kindW = max(kindW, utf8.RuneCountInString(t.Kind.Label(lg)))
		fromW = max(fromW, utf8.RuneCountInString(t.From.Label(lg)))
		toW = max(toW, utf8.RuneCountInString(t.To.Label(lg)))
	}
	for _, t := range history {
		who := t.By
		if t.Reason != "" {
			who += colon + t.Reason
		}
		fmt.Fprintf(w, "  %s  %-*s  %-*s → %-*s  — %s\n", t.At.Format("2006-01"), kindW, t.Kind.Label(lg), fromW, t.From.Label(lg), toW, t.To.Label(lg), who)
	}
	fmt.Fprintln(w, "\n```mermaid")
	fmt.Fprint(w, l.Mermaid(lg))
	fmt.Fprintln(w, "```")
	return nil
}
