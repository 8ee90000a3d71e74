// Command evaluation scores a project in deployment (Essaimage) with a
// performance and a pertinence evaluation, checks both against the phase's
// plan and the project's budget against the guidance, and prints the scores
// and findings.
//
// The case is modelled on the Service Civique (004:3169-3175): an
// experiment scaled to other operators. The figures are illustrative.
//
//	go run ./examples/evaluation            # French labels
//	go run ./examples/evaluation -lang en   # English labels
//	go run ./examples/evaluation -h
//
// The program's own framing words ("focus", "score", "Budget") are English
// in both languages: the French output is kept as it was. The indicators,
// needs and impacts are the project's own words and stay in French.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// summary is what the usage says of the program.
const summary = "Scores a project in essaimage modelled on the Service Civique (004:3169-3175; " +
	"illustrative figures) with a performance and a pertinence evaluation, and checks them " +
	"and its budget against the phase's plan."

// run runs the program on args, writes the evaluation to stdout and the
// messages to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := cli.New("evaluation", summary, nil, stdout, stderr)
	lang := fs.Lang()
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	return fs.Status(evaluate(*lang, stdout))
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func measured(s string) decimal.NullDecimal { return decimal.NewNullDecimal(d(s)) }

// evaluate scores and checks the project and writes the result, in lang,
// to w.
func evaluate(lang innovation.Lang, w io.Writer) error {
	phase := innovation.Essaimage

	plan, err := evaluation.PlanFor(phase)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Phase %s (%s)\n", phase.Label(lang), plan.MacroPhase.Label(lang))
	fmt.Fprintf(w, "  focus:  %s\n", plan.Focus.In(lang))
	fmt.Fprintf(w, "  effort: %s\n", plan.Effort.In(lang))
	fmt.Fprintf(w, "  advice: %s\n", plan.Advice.In(lang))
	fmt.Fprintf(w, "  degree: %s\n\n", plan.Degree.Label(lang))

	perf := &evaluation.PerformanceReport{
		Degree:     evaluation.Compter,
		Evaluators: []evaluation.Evaluator{evaluation.Partenaires, evaluation.Academiques},
		Indicators: []evaluation.Indicator{
			{Name: "jeunes en mission", Lever: evaluation.Social, Unit: "jeunes", Direction: evaluation.HigherIsBetter,
				Baseline: d("1200"), Target: d("5000"), Actual: measured("4100"), Weight: d("3")},
			{Name: "structures d'accueil", Lever: evaluation.Societal, Unit: "structures", Direction: evaluation.HigherIsBetter,
				Baseline: d("40"), Target: d("150"), Actual: measured("171"), Weight: d("2")},
			{Name: "coût par mission", Lever: evaluation.Economique, Unit: "€", Direction: evaluation.LowerIsBetter,
				Baseline: d("9000"), Target: d("7000"), Actual: measured("8200"), Weight: d("2")},
			{Name: "déplacements évités", Lever: evaluation.Environnemental, Unit: "km", Direction: evaluation.HigherIsBetter,
				Baseline: d("0"), Target: d("100000"), Weight: d("1")}, // not measured yet
		},
	}
	pert := &evaluation.PertinenceReport{
		Degree:     evaluation.SeCompter,
		Evaluators: []evaluation.Evaluator{evaluation.Beneficiaires},
		Intuition:  "un engagement de service civique ouvert à tous les jeunes",
		Needs: []evaluation.Need{
			{Name: "engagement des jeunes", Populations: []string{"jeunes de 16 à 25 ans"}, Weight: d("2"), Outcome: evaluation.Met},
			{Name: "mixité sociale", Populations: []string{"jeunes sans diplôme"}, Territories: []string{"quartiers prioritaires"},
				Fragile: true, Weight: d("2"), Outcome: evaluation.NotMet},
			{Name: "insertion professionnelle", Populations: []string{"jeunes sans diplôme"}, Fragile: true, Weight: d("1"), Outcome: evaluation.Unknown},
		},
		Impacts: []evaluation.Impact{
			{Description: "engagement citoyen durable", Kind: evaluation.Voulu, Evidence: evaluation.SeCompter},
			{Description: "réseau d'anciens volontaires", Kind: evaluation.Induit, Evidence: evaluation.SeConter},
			{Description: "substitution à des emplois", Kind: evaluation.NonDesirable, Evidence: evaluation.SeConter},
		},
		// Gap left empty: not analysed yet.
	}

	for _, r := range []evaluation.Report{perf, pert} {
		if err := printReport(w, r, lang); err != nil {
			return err
		}
	}
	levers, err := perf.ByLever()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Performance by lever:")
	for _, l := range levers {
		fmt.Fprintf(w, "  %-16s %v\n", l.Lever.Label(lang), l.Score)
	}

	misfits, err := evaluation.Check(phase, perf, pert)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nFit with the phase:")
	printFindings(w, misfits, lang)

	budget := evaluation.Budget{Total: d("2400000"), Evaluation: d("180000"), CapacityBuilding: d("300000")}
	shares, err := budget.Shares()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nBudget: evaluation %s, capacity building %s of the total\n", shares.Evaluation, shares.CapacityBuilding)
	bf, err := budget.Check(phase)
	if err != nil {
		return err
	}
	printFindings(w, bf, lang)
	return nil
}

// printReport writes the score and findings of r to w.
func printReport(w io.Writer, r evaluation.Report, lang innovation.Lang) error {
	s, err := r.Score()
	if err != nil && !errors.Is(err, evaluation.ErrNoEvidence) {
		return err
	}
	fmt.Fprintf(w, "%s: score %v\n", r.Form().Label(lang), s)
	fs, err := r.Findings()
	if err != nil {
		return err
	}
	printFindings(w, fs, lang)
	fmt.Fprintln(w)
	return nil
}

// printFindings writes fs to w, one a line.
func printFindings(w io.Writer, fs []evaluation.Finding, lang innovation.Lang) {
	if len(fs) == 0 {
		fmt.Fprintln(w, "  (no finding)")
	}
	for _, f := range fs {
		fmt.Fprintf(w, "  - %s (%s)\n", f.Label(lang), f.Code.Source())
	}
}
