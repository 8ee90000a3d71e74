package evaluation

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/internal/wire"
)

// PertinenceReport is an evaluation of the pertinence (relevance) of the
// solution ([Pertinence]): which needs it answers and for whom, which
// impacts it produces, on what evidence, and how far the result is from the
// initial intuition (004:535-537, 3275, 3344-3346, 3356-3358, 5485-5486).
//
// Its score is the weighted share of the needs answered (outcome Met) among
// the needs whose outcome is known. Impacts do not weigh in the score: they
// are reported with their kind and evidence, and the unexpected and
// undesirable ones are findings.
//
// The zero value is an invalid report (no degree). The methods only read
// the report: it is safe for concurrent use as long as nobody modifies it.
type PertinenceReport struct {
	// Degree is the degree of maturity the evaluation works at.
	Degree Degree
	// Evaluators are who took part in the evaluation.
	Evaluators []Evaluator
	// Path is the story of the path travelled ("le chemin parcouru",
	// 004:3346-3348), if written; may be empty.
	Path string
	// Intuition is the initial intuition or ambition the solution is judged
	// against (004:3344-3346, 3356); may be empty.
	Intuition string
	// Gap is the analysis of the gap between the result and the initial
	// intuition, of how the solution, the processes and the ecosystem
	// evolved (004:3356-3360); empty means not analysed.
	Gap string
	// Needs are the needs addressed, each one a weighted criterion.
	Needs []Need
	// Impacts are the impacts observed.
	Impacts []Impact
}

// Need is one need the solution addresses, for whom, and whether it is
// answered. It holds both halves of the double finality of a societal
// innovation (MODEL §1.6; 004:711-715): "Elle répond à des besoins
// économiques, sociaux, sociétaux ou environnementaux" (004:713), which
// Name states (the four natures are not a field: a need may be of several,
// and the evaluation does not turn on which [D]); and "Elle s'adresse à des
// populations et / ou des territoires, incluant prioritairement les plus
// fragiles" (004:715), which Populations, Territories and Fragile state and
// the findings ForWhomMissing and FragileNotFirst check.
//
// The zero value is not a valid need. A Need holds slices: copy them before
// sharing a Need between goroutines that modify it.
type Need struct {
	// Name says what the need is; it must not be empty.
	Name string
	// Populations are the people whose need it is; may be empty if
	// Territories is not (otherwise a ForWhomMissing finding).
	Populations []string
	// Territories are the territories concerned.
	Territories []string
	// Fragile says the need concerns the most fragile.
	Fragile bool
	// Weight is the need's relative weight (not negative).
	Weight decimal.Decimal
	// Outcome says whether the solution answers the need.
	Outcome Outcome
}

// Impact is one impact observed, with its kind and the evidence behind it.
//
// The zero value is not a valid impact. Safe for concurrent use.
type Impact struct {
	// Description says what the impact is; it must not be empty.
	Description string
	// Kind is voulu, attendu, induit or non désirable (004:3289-3297).
	Kind ImpactKind
	// Evidence is the degree of the evidence: a narrative (SeConter), a
	// comparison with peers (SeCompter) or a measurement (Compter).
	Evidence Degree
}

// Form returns Pertinence.
func (r *PertinenceReport) Form() Form { return Pertinence }

func (r *PertinenceReport) conduct() conduct {
	return conduct{degree: r.Degree, evaluators: r.Evaluators, path: r.Path}
}

// Validate reports every invalid field at once (errors.Join of
// *problem.Error), each naming its field, e.g. "needs[2].weight".
func (r *PertinenceReport) Validate() error {
	if r == nil {
		return errNilReport.New(pkgName, "", "")
	}
	if errs := r.checkSizes(); errs != nil {
		return errors.Join(errs...)
	}
	errs := validateConduct(r.Degree, r.Evaluators, r.Path, nil)
	errs = checkProse(errs, r.Intuition, "intuition")
	errs = checkProse(errs, r.Gap, "gap")
	for i := range r.Needs {
		n := &r.Needs[i]
		errs = validateWeighted("needs", i, n.Name, "name", n.Weight, n.Outcome, errs)
		errs = validateNames(i, "populations", n.Populations, errs)
		errs = validateNames(i, "territories", n.Territories, errs)
	}
	for i := range r.Impacts {
		im := &r.Impacts[i]
		if im.Description == "" {
			errs = append(errs, pkg.Empty(wire.Path("impacts", i, "description")))
		}
		errs = checkProse(errs, im.Description, "impacts", i, "description")
		if !im.Kind.IsValid() {
			errs = append(errs, pkg.Invalid(wire.Path("impacts", i, "kind"), im.Kind))
		}
		if !im.Evidence.IsValid() {
			errs = append(errs, pkg.Invalid(wire.Path("impacts", i, "evidence"), im.Evidence))
		}
	}
	return errors.Join(errs...)
}

// validateNames checks the names in the list field of needs[need]: none
// may be empty.
// checkSizes returns the problems of r's lists over their bounds.
func (r *PertinenceReport) checkSizes() []error {
	errs := checkEvaluators(nil, len(r.Evaluators))
	errs = checkItems(errs, len(r.Needs), "needs")
	errs = checkItems(errs, len(r.Impacts), "impacts")
	if len(errs) > 0 {
		return errs
	}
	for i := range r.Needs {
		errs = checkItems(errs, len(r.Needs[i].Populations), "needs", i, "populations")
		errs = checkItems(errs, len(r.Needs[i].Territories), "needs", i, "territories")
	}
	return errs
}

func validateNames(need int, field string, names []string, errs []error) []error {
	for i, s := range names {
		if s == "" {
			errs = append(errs, pkg.Empty(wire.Path("needs", need, field, i)))
		}
		errs = checkName(errs, s, "needs", need, field, i)
	}
	return errs
}

// Score returns the weighted share of the needs answered, among the needs
// whose outcome is known, rounded to ScorePlaces places.
func (r *PertinenceReport) Score() (Score, error) {
	if err := r.Validate(); err != nil {
		return Score{}, err
	}
	var t tally
	for i := range r.Needs {
		t.add(r.Needs[i].Weight, r.Needs[i].Outcome)
	}
	return t.score("needs")
}

// Findings reports needs with no evidence (MissingEvidence) or not answered
// (CriterionNotMet), needs for no one (ForWhomMissing), the absence of the
// most fragile (FragileNotFirst), and unexpected or undesirable impacts.
func (r *PertinenceReport) Findings() ([]Finding, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	var out []Finding
	fragile := false
	for i := range r.Needs {
		n := &r.Needs[i]
		fragile = fragile || n.Fragile
		out = outcomeFinding(out, "needs", i, n.Name, 0, n.Outcome)
		if len(n.Populations) == 0 && len(n.Territories) == 0 {
			out = append(out, Finding{Code: ForWhomMissing, Field: wire.Path("needs", i), Name: n.Name})
		}
	}
	if len(r.Needs) > 0 && !fragile {
		out = append(out, Finding{Code: FragileNotFirst, Field: "needs"})
	}
	for i := range r.Impacts {
		im := &r.Impacts[i]
		switch im.Kind {
		case Induit:
			out = append(out, Finding{Code: UnexpectedImpact, Field: wire.Path("impacts", i), Name: im.Description})
		case NonDesirable:
			out = append(out, Finding{Code: UndesirableImpact, Field: wire.Path("impacts", i), Name: im.Description})
		}
	}
	return out, nil
}

// outcomeFinding appends the finding an outcome calls for, on field
// list[i].outcome: MissingEvidence for Unknown, CriterionNotMet for NotMet,
// nothing otherwise.
func outcomeFinding(out []Finding, list string, i int, name string, good CommonGood, o Outcome) []Finding {
	switch o {
	case Unknown:
		return append(out, Finding{Code: MissingEvidence, Field: wire.Path(list, i, "outcome"), Name: name, CommonGood: good})
	case NotMet:
		return append(out, Finding{Code: CriterionNotMet, Field: wire.Path(list, i, "outcome"), Name: name, CommonGood: good})
	}
	return out
}
