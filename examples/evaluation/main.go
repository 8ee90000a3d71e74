// Command evaluation scores a project in deployment (Essaimage) with a
// performance and a pertinence evaluation, checks both against the phase's
// plan and the project's budget against the guidance, and prints the scores
// and findings.
//
// The case is modelled on the Service Civique (004:3169-3175): an
// experiment scaled to other operators. The figures are illustrative.
//
//	go run ./examples/evaluation            # French
//	go run ./examples/evaluation -lang en   # English
//	go run ./examples/evaluation -h
//
// Everything it prints is in the language -lang names: its own words, the
// project's (indicators, needs, impacts: the project writes its reports in
// the language of its funder), the model's labels and the numbers, written
// by internal/locale ("0,7271" and "12,5 %" in French, "0.7271" and "12.5%"
// in English).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
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
	l := fs.Lang()
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	return fs.Status(evaluate(*l, stdout))
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func measured(s string) decimal.NullDecimal { return decimal.NewNullDecimal(d(s)) }

// vocabulary holds the program's own words.
type vocabulary struct {
	focus, effort, advice, degree   string
	byLever, fit, budget, noFinding string
	evaluation, capacity, ofTotal   string
	ofWhich, and                    string
	unknown                         string
	counted, missing, notApplicable [2]string // singular, plural
}

var words = [...]vocabulary{
	lang.French: {
		focus: "Objet", effort: "Moyens", advice: "Conseil", degree: "Degré",
		byLever: "Performance par levier", fit: "Adéquation à la phase", budget: "Budget", noFinding: "(aucun constat)",
		evaluation: "évaluation", capacity: "renforcement des capacités", ofTotal: "du total", ofWhich: "dont", and: "et",
		unknown: "inconnu",
		counted: [2]string{"compté", "comptés"}, missing: [2]string{"manquant", "manquants"},
		notApplicable: [2]string{"sans objet", "sans objet"},
	},
	lang.English: {
		focus: "Focus", effort: "Effort", advice: "Advice", degree: "Degree",
		byLever: "Performance by lever", fit: "Fit with the phase", budget: "Budget", noFinding: "(no finding)",
		evaluation: "evaluation", capacity: "capacity building", ofTotal: "of the total", ofWhich: "of which", and: "and",
		unknown: "unknown",
		counted: [2]string{"counted", "counted"}, missing: [2]string{"missing", "missing"},
		notApplicable: [2]string{"not applicable", "not applicable"},
	},
}

// in returns fr in French, en in English: the project's own words, in the
// language of the report.
func in(l lang.Lang, fr, en string) string {
	if l == lang.English {
		return en
	}
	return fr
}

// evaluate scores and checks the project and writes the result, in lang,
// to w.
func evaluate(lg lang.Lang, w io.Writer) error {
	wd := &words[lg]
	colon := lg.Colon()
	phase := innovation.Essaimage

	plan, err := evaluation.PlanFor(phase)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Phase %s (%s)\n", phase.Label(lg), plan.MacroPhase.Label(lg))
	for _, f := range []struct{ label, text string }{
		{wd.focus, plan.Focus.In(lg)},
		{wd.effort, plan.Effort.In(lg)},
		{wd.advice, plan.Advice.In(lg)},
		{wd.degree, plan.Degree.Label(lg)},
	} {
		fmt.Fprintf(w, "  %s%s%s\n", f.label, colon, f.text)
	}
	fmt.Fprintln(w)

	perf := &evaluation.PerformanceReport{
		Degree:     evaluation.Compter,
		Evaluators: []evaluation.Evaluator{evaluation.Partenaires, evaluation.Academiques},
		Indicators: []evaluation.Indicator{
			{Name: in(lg, "jeunes en mission", "young people on a mission"), Lever: evaluation.Social,
				Unit: in(lg, "jeunes", "young people"), Direction: evaluation.HigherIsBetter,
				Baseline: d("1200"), Target: d("5000"), Actual: measured("4100"), Weight: d("3")},
			{Name: in(lg, "structures d'accueil", "host organisations"), Lever: evaluation.Societal,
				Unit: in(lg, "structures", "organisations"), Direction: evaluation.HigherIsBetter,
				Baseline: d("40"), Target: d("150"), Actual: measured("171"), Weight: d("2")},
			{Name: in(lg, "coût par mission", "cost per mission"), Lever: evaluation.Economique, Unit: "EUR", Direction: evaluation.LowerIsBetter,
				Baseline: d("9000"), Target: d("7000"), Actual: measured("8200"), Weight: d("2")},
			{Name: in(lg, "déplacements évités", "journeys avoided"), Lever: evaluation.Environnemental, Unit: "km", Direction: evaluation.HigherIsBetter,
				Baseline: d("0"), Target: d("100000"), Weight: d("1")}, // not measured yet
		},
	}
	youngWithoutDiploma := in(lg, "jeunes sans diplôme", "young people without a diploma")
	pert := &evaluation.PertinenceReport{
		Degree:     evaluation.SeCompter,
		Evaluators: []evaluation.Evaluator{evaluation.Beneficiaires},
		Intuition:  in(lg, "un engagement de service civique ouvert à tous les jeunes", "a civic service open to every young person"),
		Needs: []evaluation.Need{
			{Name: in(lg, "engagement des jeunes", "young people's engagement"),
				Populations: []string{in(lg, "jeunes de 16 à 25 ans", "young people aged 16 to 25")}, Weight: d("2"), Outcome: evaluation.Met},
			{Name: in(lg, "mixité sociale", "social mix"), Populations: []string{youngWithoutDiploma},
				Territories: []string{in(lg, "quartiers prioritaires", "priority neighbourhoods")},
				Fragile:     true, Weight: d("2"), Outcome: evaluation.NotMet},
			{Name: in(lg, "insertion professionnelle", "getting into work"), Populations: []string{youngWithoutDiploma},
				Fragile: true, Weight: d("1"), Outcome: evaluation.Unknown},
		},
		Impacts: []evaluation.Impact{
			{Description: in(lg, "engagement citoyen durable", "lasting civic engagement"), Kind: evaluation.Voulu, Evidence: evaluation.SeCompter},
			{Description: in(lg, "réseau d'anciens volontaires", "a network of former volunteers"), Kind: evaluation.Induit, Evidence: evaluation.SeConter},
			{Description: in(lg, "substitution à des emplois", "volunteers replacing jobs"), Kind: evaluation.NonDesirable, Evidence: evaluation.SeConter},
		},
		// Gap left empty: not analysed yet.
	}

	for _, r := range []evaluation.Report{perf, pert} {
		if err := printReport(w, r, lg); err != nil {
			return err
		}
	}
	levers, err := perf.ByLever()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s%s\n", wd.byLever, trimColon(lg))
	width := 0
	for _, l := range levers {
		width = max(width, utf8.RuneCountInString(l.Lever.Label(lg)))
	}
	for _, l := range levers {
		fmt.Fprintf(w, "  %-*s  %s\n", width, l.Lever.Label(lg), scoreText(l.Score, lg))
	}

	misfits, err := evaluation.Check(phase, perf, pert)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s%s\n", wd.fit, trimColon(lg))
	printFindings(w, misfits, lg)

	budget := evaluation.Budget{Total: d("2400000"), Evaluation: d("180000"), CapacityBuilding: d("300000")}
	shares, err := budget.Shares()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s%s%s, %s %s %s (%s %s) %s %s %s (%s)\n", wd.budget, colon, lg.Money(budget.Total, "EUR"),
		wd.ofWhich, wd.evaluation, lg.Money(budget.Evaluation, "EUR"), lg.Percent(shares.Evaluation, 1), wd.ofTotal,
		wd.and, wd.capacity, lg.Money(budget.CapacityBuilding, "EUR"), lg.Percent(shares.CapacityBuilding, 1))
	bf, err := budget.Check(phase)
	if err != nil {
		return err
	}
	printFindings(w, bf, lg)
	return nil
}

// trimColon is the colon that ends a heading line in lang: " :" (no-break
// space) in French, ":" in English.
func trimColon(l lang.Lang) string {
	c := l.Colon()
	return c[:len(c)-1]
}

// scoreText writes s in lang: its value with evaluation.ScorePlaces
// decimals, or "unknown", and the evidence it rests on, e.g.
// "0,7271 (3 comptés, 1 manquant)" or "0.7271 (3 counted, 1 missing)".
func scoreText(s evaluation.Score, l lang.Lang) string {
	wd := &words[l]
	v := wd.unknown
	if s.Known() {
		v = l.Decimal(s.Value, evaluation.ScorePlaces)
	}
	count := func(n int, forms [2]string) string {
		form := forms[1]
		if n <= 1 && l == lang.French || n == 1 {
			form = forms[0]
		}
		return l.Int(n) + " " + form
	}
	out := v + " (" + count(s.Counted, wd.counted) + ", " + count(s.Missing, wd.missing)
	if s.Excluded > 0 {
		out += ", " + count(s.Excluded, wd.notApplicable)
	}
	return out + ")"
}

// printReport writes the score and findings of r to w.
func printReport(w io.Writer, r evaluation.Report, l lang.Lang) error {
	s, err := r.Score()
	if err != nil && !errors.Is(err, evaluation.ErrNoEvidence) {
		return err
	}
	fmt.Fprintf(w, "%s%s%s\n", r.Form().Label(l), l.Colon(), scoreText(s, l))
	fs, err := r.Findings()
	if err != nil {
		return err
	}
	printFindings(w, fs, l)
	fmt.Fprintln(w)
	return nil
}

// printFindings writes fs to w, one a line.
func printFindings(w io.Writer, fs []evaluation.Finding, l lang.Lang) {
	if len(fs) == 0 {
		fmt.Fprintf(w, "  %s\n", words[l].noFinding)
	}
	for _, f := range fs {
		fmt.Fprintf(w, "  - %s (%s)\n", f.Label(l), f.Code.Source())
	}
}
