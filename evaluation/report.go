package evaluation

import "github.com/seed424036fd/societal/internal/wire"

// Report is an evaluation in one of the three forms: [*PerformanceReport],
// [*PertinenceReport] or [*PartenarialeReport]. The set is closed: no other
// package can implement Report, so these three are all the forms there are.
//
// The names: the forms are the constants [Performance], [Pertinence] and
// [Partenariale]; what an evaluation in a form produces is its report, so
// the types are PerformanceReport and so on, and the interface is Report
// (evaluation.Report reads as "an evaluation report", where
// evaluation.Evaluation would stutter).
//
// Methods only read the report: Score and Findings may be called
// concurrently on a report nobody is modifying.
type Report interface {
	// Form returns the report's form.
	Form() Form
	// Validate reports every invalid field at once (errors.Join of
	// *problem.Error).
	Validate() error
	// Score returns the report's score in [0, 1]. An invalid report is an
	// error; a report with no known evidence is an error wrapping
	// ErrNoEvidence, with the returned Score carrying the counts.
	Score() (Score, error)
	// Findings returns what a reader should act on, in the order of the
	// report's fields. An invalid report is an error.
	Findings() ([]Finding, error)

	conduct() conduct
}

// conduct is how an evaluation was conducted: the part every report shares,
// read by Check.
type conduct struct {
	degree     Degree
	evaluators []Evaluator
	path       string
}

// validateConduct checks the degree, the evaluators and the path
// travelled shared by every report.
func validateConduct(d Degree, es []Evaluator, path string, errs []error) []error {
	if !d.IsValid() {
		errs = append(errs, pkg.Invalid("degree", d))
	}
	for i, e := range es {
		if !e.IsValid() {
			errs = append(errs, pkg.Invalid(wire.Path("evaluators", i), e))
			continue
		}
		for _, x := range es[:i] {
			if x == e {
				errs = append(errs, pkg.Twice(wire.Path("evaluators", i), e.String(), nil))
				break
			}
		}
	}
	return checkProse(errs, path, "path")
}
