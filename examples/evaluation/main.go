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
var summary = lang.Text{"Évalue un projet en essaimage inspiré du Service Civique (004:3169-3175\u00a0; chiffres illustratifs) par une évaluation de performance et une évaluation de pertinence, et les confronte, avec son budget, au plan de la phase.",
	"Scores a project in essaimage modelled on the Service Civique (004:3169-3175; " +
		"illustrative figures) with a performance and a pertinence evaluation, and checks them " +
		"and its budget against the phase's plan."}

// run runs the program on args, writes the evaluation to stdout and the
// messages to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return cli.Run("evaluation", summary, args, stdout, stderr, evaluate)
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func measured(s string) decimal.NullDecimal { return decimal.NewNullDecimal(d(s)) }

// The program's own words, in every language. Read only.
var (
	phaseLine     = lang.Text{"Phase {1} ({2})", "Phase {1} ({2})"}
	focusLabel    = lang.Text{"Objet", "Focus"}
	effortLabel   = lang.Text{"Moyens", "Effort"}
	adviceLabel   = lang.Text{"Conseil", "Advice"}
	degreeLabel   = lang.Text{"Degré", "Degree"}
	byLever       = lang.Text{"Performance par levier\u00a0:", "Performance by lever:"}
	fit           = lang.Text{"Adéquation à la phase\u00a0:", "Fit with the phase:"}
	budgetLine    = lang.Text{"Budget\u00a0: {1}, dont évaluation {2} ({3} du total) et renforcement des capacités {4} ({5})", "Budget: {1}, of which evaluation {2} ({3} of the total) and capacity building {4} ({5})"}
	noFinding     = lang.Text{"(aucun constat)", "(no finding)"}
	unknownScore  = lang.Text{"inconnu", "unknown"}
	counted       = [...]lang.Text{{"{1} compté", "{1} counted"}, {"{1} comptés", "{1} counted"}}
	missing       = [...]lang.Text{{"{1} manquant", "{1} missing"}, {"{1} manquants", "{1} missing"}}
	notApplicable = [...]lang.Text{{"{1} sans objet", "{1} not applicable"}, {"{1} sans objet", "{1} not applicable"}}
)

// The project's own words: it writes its reports in the language of its
// funder. Read only.
var (
	youngOnMission  = lang.Text{"jeunes en mission", "young people on a mission"}
	young           = lang.Text{"jeunes", "young people"}
	hosts           = lang.Text{"structures d'accueil", "host organisations"}
	hostUnit        = lang.Text{"structures", "organisations"}
	costPerMission  = lang.Text{"coût par mission", "cost per mission"}
	journeysAvoided = lang.Text{"déplacements évités", "journeys avoided"}
	withoutDiploma  = lang.Text{"jeunes sans diplôme", "young people without a diploma"}
	intuition       = lang.Text{"un engagement de service civique ouvert à tous les jeunes", "a civic service open to every young person"}
	engagement      = lang.Text{"engagement des jeunes", "young people's engagement"}
	aged16to25      = lang.Text{"jeunes de 16 à 25 ans", "young people aged 16 to 25"}
	socialMix       = lang.Text{"mixité sociale", "social mix"}
	priorityAreas   = lang.Text{"quartiers prioritaires", "priority neighbourhoods"}
	gettingIntoWork = lang.Text{"insertion professionnelle", "getting into work"}
	lastingCivic    = lang.Text{"engagement citoyen durable", "lasting civic engagement"}
	alumniNetwork   = lang.Text{"réseau d'anciens volontaires", "a network of former volunteers"}
	replacingJobs   = lang.Text{"substitution à des emplois", "volunteers replacing jobs"}
	projectTexts    = []lang.Text{youngOnMission, young, hosts, hostUnit, costPerMission, journeysAvoided, withoutDiploma, intuition, engagement, aged16to25, socialMix, priorityAreas, gettingIntoWork, lastingCivic, alumniNetwork, replacingJobs}
	programTexts    = []lang.Text{phaseLine, focusLabel, effortLabel, adviceLabel, degreeLabel, byLever, fit, budgetLine, noFinding, unknownScore, counted[0], counted[1], missing[0], missing[1], notApplicable[0], notApplicable[1]}
)

// evaluate scores and checks the project and writes the result, in lang,
// to w.
func evaluate(l lang.Lang, w io.Writer) error {
	colon := l.Colon()
	phase := innovation.Essaimage

	plan, err := evaluation.PlanFor(phase)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, phaseLine.Format(l, phase, plan.MacroPhase))
	for _, f := range []struct {
		label lang.Text
		text  string
	}{
		{focusLabel, l.Typeset(plan.Focus.In(l))},
		{effortLabel, l.Typeset(plan.Effort.In(l))},
		{adviceLabel, l.Typeset(plan.Advice.In(l))},
		{degreeLabel, plan.Degree.Label(l)},
	} {
		fmt.Fprintf(w, "  %s%s%s\n", f.label.In(l), colon, f.text)
	}
	fmt.Fprintln(w)

	perf := &evaluation.PerformanceReport{
		Degree:     evaluation.Compter,
		Evaluators: []evaluation.Evaluator{evaluation.Partenaires, evaluation.Academiques},
		Indicators: []evaluation.Indicator{
			{Name: youngOnMission.In(l), Lever: evaluation.Social,
				Unit: young.In(l), Direction: evaluation.HigherIsBetter,
				Baseline: d("1200"), Target: d("5000"), Actual: measured("4100"), Weight: d("3")},
			{Name: hosts.In(l), Lever: evaluation.Societal,
				Unit: hostUnit.In(l), Direction: evaluation.HigherIsBetter,
				Baseline: d("40"), Target: d("150"), Actual: measured("171"), Weight: d("2")},
			{Name: costPerMission.In(l), Lever: evaluation.Economique, Unit: "EUR", Direction: evaluation.LowerIsBetter,
				Baseline: d("9000"), Target: d("7000"), Actual: measured("8200"), Weight: d("2")},
			{Name: journeysAvoided.In(l), Lever: evaluation.Environnemental, Unit: "km", Direction: evaluation.HigherIsBetter,
				Baseline: d("0"), Target: d("100000"), Weight: d("1")}, // not measured yet
		},
	}
	youngWithoutDiploma := withoutDiploma.In(l)
	pert := &evaluation.PertinenceReport{
		Degree:     evaluation.SeCompter,
		Evaluators: []evaluation.Evaluator{evaluation.Beneficiaires},
		Intuition:  intuition.In(l),
		Needs: []evaluation.Need{
			{Name: engagement.In(l),
				Populations: []string{aged16to25.In(l)}, Weight: d("2"), Outcome: evaluation.Met},
			{Name: socialMix.In(l), Populations: []string{youngWithoutDiploma},
				Territories: []string{priorityAreas.In(l)},
				Fragile:     true, Weight: d("2"), Outcome: evaluation.NotMet},
			{Name: gettingIntoWork.In(l), Populations: []string{youngWithoutDiploma},
				Fragile: true, Weight: d("1"), Outcome: evaluation.Unknown},
		},
		Impacts: []evaluation.Impact{
			{Description: lastingCivic.In(l), Kind: evaluation.Voulu, Evidence: evaluation.SeCompter},
			{Description: alumniNetwork.In(l), Kind: evaluation.Induit, Evidence: evaluation.SeConter},
			{Description: replacingJobs.In(l), Kind: evaluation.NonDesirable, Evidence: evaluation.SeConter},
		},
		// Gap left empty: not analysed yet.
	}

	for _, r := range []evaluation.Report{perf, pert} {
		if err := printReport(w, r, l); err != nil {
			return err
		}
	}
	levers, err := perf.ByLever()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, byLever.In(l))
	width := 0
	for _, s := range levers {
		width = max(width, utf8.RuneCountInString(s.Lever.Label(l)))
	}
	for _, s := range levers {
		fmt.Fprintf(w, "  %-*s  %s\n", width, s.Lever.Label(l), scoreText(s.Score, l))
	}

	misfits, err := evaluation.Check(phase, perf, pert)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\n", fit.In(l))
	printFindings(w, misfits, l)

	budget := evaluation.Budget{Total: d("2400000"), Evaluation: d("180000"), CapacityBuilding: d("300000")}
	shares, err := budget.Shares()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\n", budgetLine.Format(l, lang.Money(budget.Total, "EUR"), lang.Money(budget.Evaluation, "EUR"),
		lang.Percent(shares.Evaluation, 1), lang.Money(budget.CapacityBuilding, "EUR"), lang.Percent(shares.CapacityBuilding, 1)))
	bf, err := budget.Check(phase)
	if err != nil {
		return err
	}
	printFindings(w, bf, l)
	return nil
}

// scoreText writes s in l: its value with evaluation.ScorePlaces
// decimals, or "unknown", and the evidence it rests on, e.g.
// "0,7271 (3 comptés, 1 manquant)" or "0.7271 (3 counted, 1 missing)".
func scoreText(s evaluation.Score, l lang.Lang) string {
	v := unknownScore.In(l)
	if s.Known() {
		v = l.Decimal(s.Value, evaluation.ScorePlaces)
	}
	// The singular for 0 and 1, as French counts (an English count has
	// one form).
	count := func(n int, forms [2]lang.Text) string {
		return forms[min(max(n-1, 0), 1)].Format(l, lang.Int(n))
	}
	out := v + " (" + count(s.Counted, counted) + ", " + count(s.Missing, missing)
	if s.Excluded > 0 {
		out += ", " + count(s.Excluded, notApplicable)
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
		fmt.Fprintf(w, "  %s\n", noFinding.In(l))
	}
	for _, f := range fs {
		fmt.Fprintf(w, "  - %s (%s)\n", f.Label(l), f.Code.Source())
	}
}
