package societal_test

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/problem"
)

// A funder starts from the model's rubric and makes it its own: under its
// own version, an evaluation budget over the guidance blocks the crossing
// instead of being a minor remark, and the budget check weighs twice as
// much in the score. NewAssessor validates the rubric once; the assessor
// then judges every dossier by it.
func ExampleNewAssessor() {
	r := societal.DefaultRubric()
	r.Version = "fonds-2026/1"
	r.Severity[societal.BudgetGuidance] = societal.Blocking
	r.Weight[societal.BudgetGuidance] = r.Weight[societal.BudgetGuidance].Mul(decimal.NewFromInt(2))
	a, err := societal.NewAssessor(r)
	if err != nil {
		log.Fatal(err)
	}

	d := &societal.Dossier{
		Name:          "Épicerie solidaire",
		Phase:         innovation.Essaimage,
		Dimensions:    societal.Dimensions{Solution: societal.Established, Processus: societal.Established, ModeleEconomique: societal.Established},
		EconomicModel: innovation.ModeleOperateur,
		OperatorModel: societal.Established,
		Budget: &evaluation.Budget{
			Total:            decimal.NewFromInt(500_000),
			Evaluation:       decimal.NewFromInt(75_000), // 15 %
			CapacityBuilding: decimal.NewFromInt(150_000),
		},
	}
	for _, rep := range []societal.Report{societal.Assess(d), a.Assess(d)} {
		sr, _ := rep.ScoreRange()
		decisive, _ := rep.Decisive()
		fmt.Printf("%s: %s (%s); score %s – %s\n", rep.Rubric, rep.Verdict, decisive, sr.Low.StringFixed(2), sr.High.StringFixed(2))
	}

	// A rubric with a problem is refused; the error names it.
	r.Version = ""
	_, err = societal.NewAssessor(r)
	fmt.Println(errors.Is(err, societal.ErrInvalid), err)
	// Output:
	// rameau-2018/1: insufficient-evidence (next-needs); score 0.43 – 0.93
	// fonds-2026/1: blocked (budget); score 0.40 – 0.87
	// true societal: version: missing (want a name and an edition, e.g. "fonds-2026/1")
}

// A committee edits its rubric as a file: the default one written as JSON
// is the file to start from; read back, every problem is named at once,
// each at its path, an unknown key refused.
func ExampleDecodeRubric() {
	data, err := societal.DefaultRubric().MarshalJSON()
	if err != nil {
		log.Fatal(err)
	}
	r, err := societal.DecodeRubric(data)
	fmt.Println(r.Version, r.Severity[societal.PartnershipBalanced], r.MinCoverage, err)

	edited := strings.NewReplacer(`"rameau-2018/1"`, `"fondation-2027/1"`, `"partnership":"major"`, `"partnership":"blocking"`).Replace(string(data))
	r, err = societal.DecodeRubric([]byte(edited))
	fmt.Println(r.Version, r.Severity[societal.PartnershipBalanced], err)

	broken := strings.NewReplacer(`"min_coverage":"0.8"`, `"min_coverage":"80"`, `"severity":`, `"severite":{},"severity":`).Replace(string(data))
	_, err = societal.DecodeRubric([]byte(broken))
	for _, p := range problem.List(err) {
		fmt.Println(p.Code, p.Path)
	}
	// Output:
	// rameau-2018/1 major 0.8 <nil>
	// fondation-2027/1 blocking <nil>
	// out-of-range min_coverage
	// unknown-key severite
}
