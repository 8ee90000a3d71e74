package evaluation

import (
	"errors"
	"slices"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
)

// Check compares the evaluations of a project with the plan of its phase
// (PlanFor) and returns the misfits, in this order:
//
//   - DegreeTooEarly for each report beyond the phase's MaxDegree, e.g.
//     "compter" in conception (field "reports[i].degree");
//   - DegreeMissing when no report reaches the phase's Degree;
//   - FormMissing for each form of the plan no report has;
//   - EvaluatorMissing for each required evaluator no report lists, e.g.
//     no beneficiary voice at deployment;
//   - in R&D sociétale, NoPathWritten when no report writes the path
//     travelled (its Path field);
//   - in Déploiement, for each pertinence report, GapNotAnalysed when its
//     Gap is empty and ImpactsMissing when it reports no impact;
//   - in Déploiement, NoBeneficiaryAccount when beneficiaries take part but
//     no report tells their story (the effort of the phase, below).
//
// The effort: the plan's Effort (MODEL §5(6), §3.3) adapts "les moyens financiers et
// les compétences mobilisés lors de l'évaluation" to the phase
// (004:3364-3372, 3384-3386): « légers » in R&D, reinforced and long in
// modélisation, storytelling, testimonies and the beneficiaries' account at
// deployment. Check reads the effort in what the reports show [I]:
//
//   - R&D, light: a measurement ("compter") is the heavy, premature effort,
//     reported as DegreeTooEarly;
//   - Modélisation, reinforced: peers and academics, reported as
//     DegreeMissing and EvaluatorMissing; the duration ("un temps de mise
//     en œuvre de l'évaluation long", 004:3369) is not in a report, and the
//     money is Budget.Check's;
//   - Déploiement, the beneficiaries' account: a report whose evaluators
//     include Beneficiaires and that tells a story, its Path written or,
//     for a pertinence report, an impact whose evidence is a narrative
//     (SeConter, a testimony). Without one, NoBeneficiaryAccount; when no
//     beneficiary takes part at all, EvaluatorMissing already says so and
//     NoBeneficiaryAccount is left out.
//
// An invalid phase, a nil report or an invalid report is an error (every
// problem at once, fields prefixed with "reports[i]."); the reports are only
// read.
func Check(phase innovation.Phase, reports ...Report) ([]Finding, error) {
	var errs []error
	if !phase.IsValid() {
		errs = append(errs, pkg.Invalid("phase", phase))
	}
	for i, r := range reports {
		if r == nil || isNilReport(r) {
			errs = append(errs, errNilReport.New(pkgName, wire.Path("reports", i), ""))
			continue
		}
		if err := r.Validate(); err != nil {
			errs = append(errs, pkg.Within(wire.Path("reports", i), nil, err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	plan := &plans[phase.MacroPhase()-1] // valid: checked above; only read

	var out []Finding
	reached := false
	var hasForm [NumForms]bool
	var hasEvaluator [NumEvaluators]bool
	path, account := false, false
	for i, r := range reports {
		c := r.conduct()
		if c.degree > plan.MaxDegree {
			out = append(out, Finding{Code: DegreeTooEarly, Field: wire.Path("reports", i, "degree"),
				Phase: phase, Degree: c.degree, MaxDegree: plan.MaxDegree})
		}
		reached = reached || c.degree >= plan.Degree
		hasForm[r.Form()-1] = true
		for _, e := range c.evaluators {
			hasEvaluator[e-1] = true
		}
		path = path || c.path != ""
		account = account || tellsBeneficiaries(r, c)
	}
	if !reached {
		out = append(out, Finding{Code: DegreeMissing, Field: "reports", Phase: phase, Degree: plan.Degree})
	}
	for _, f := range plan.Forms {
		if !hasForm[f-1] {
			out = append(out, Finding{Code: FormMissing, Field: "reports", Phase: phase, Form: f})
		}
	}
	for _, e := range plan.Required {
		if !hasEvaluator[e-1] {
			out = append(out, Finding{Code: EvaluatorMissing, Field: "reports", Phase: phase, Evaluator: e})
		}
	}
	switch phase.MacroPhase() {
	case innovation.RDSocietale:
		if !path {
			out = append(out, Finding{Code: NoPathWritten, Field: "reports"})
		}
	case innovation.Deploiement:
		for i, r := range reports {
			p, ok := r.(*PertinenceReport)
			if !ok {
				continue
			}
			if p.Gap == "" {
				out = append(out, Finding{Code: GapNotAnalysed, Field: wire.Path("reports", i, "gap")})
			}
			if len(p.Impacts) == 0 {
				out = append(out, Finding{Code: ImpactsMissing, Field: wire.Path("reports", i, "impacts")})
			}
		}
		if hasEvaluator[Beneficiaires-1] && !account {
			out = append(out, Finding{Code: NoBeneficiaryAccount, Field: "reports", Phase: phase})
		}
	}
	return out, nil
}

// tellsBeneficiaries reports whether r, conducted as c, carries the
// beneficiaries' account (004:3370-3372, 3386): beneficiaries among its
// evaluators, and a story: its path written, or an impact evidenced by a
// narrative (a testimony).
func tellsBeneficiaries(r Report, c conduct) bool {
	if !slices.Contains(c.evaluators, Beneficiaires) {
		return false
	}
	if c.path != "" {
		return true
	}
	if p, ok := r.(*PertinenceReport); ok {
		for _, im := range p.Impacts {
			if im.Evidence == SeConter {
				return true
			}
		}
	}
	return false
}

// isNilReport reports whether r holds a nil pointer of one of the three
// report types.
func isNilReport(r Report) bool {
	switch r := r.(type) {
	case *PerformanceReport:
		return r == nil
	case *PertinenceReport:
		return r == nil
	case *PartenarialeReport:
		return r == nil
	}
	return false
}
