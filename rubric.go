package societal

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/partnership"
)

// RubricVersion is the version of DefaultRubric. It changes whenever a
// table or threshold of the default rubric changes, so that a report says
// which rules judged it.
const RubricVersion = "rameau-2018/1"

// MaxRubricVersion is the longest Rubric.Version, in bytes.
const MaxRubricVersion = 64

// Rubric is everything an assessment judges by: the model's tables, the
// thresholds and the weight and severity of each check. DefaultRubric is
// Le RAMEAU's model as this library reads it; a funder starts from it and
// sets its own matrix, thresholds or weights, under its own Version.
//
// The zero value is not a valid rubric (no version, no severities);
// Validate says why. A Rubric holds maps: NewAssessor copies them, so a
// rubric may be changed after an assessor is built from it.
type Rubric struct {
	// Version names the rubric in every report it produces. Required, at
	// most MaxRubricVersion bytes.
	Version string
	// Needs is the needs/levers matrix (MODEL §2.2).
	Needs innovation.NeedsMatrix
	// Stakeholders is the stakeholders matrix (MODEL §2.3).
	Stakeholders innovation.StakeholderMatrix
	// Partnership holds the thresholds of coverage and balance.
	Partnership partnership.Thresholds
	// Severity is how much each unmet check weighs on the verdict. Every
	// check needs one.
	Severity map[CheckID]Severity
	// Weight is each check's weight in the readiness score. Every check
	// needs one: not negative, not all zero.
	Weight map[CheckID]decimal.Decimal
	// Suppliers lists, for each lever, the kinds of partner a gap in that
	// lever points to; a lever left out points to none.
	Suppliers map[innovation.Lever][]partnership.Kind
	// Mobilised is, for each intensity the stakeholders matrix asks, the
	// least intensity at which a stakeholder counts as mobilised. Every
	// intensity needs one.
	Mobilised map[innovation.Intensity]innovation.Intensity
}

// DefaultRubric returns the model's rubric, version RubricVersion, with
// maps of its own: changing them changes no other rubric.
//
// Its severities and weights are design choices [D]: the sources say what a
// funder should check (MODEL §5) but not how much each check weighs. The
// choices: an unidentified phase or an economic model that cannot carry the
// next phase blocks (004:793-797: "la difficulté réside dans le passage de
// l'un à l'autre"); uncovered dimensions, unsupplied next-phase needs and an
// unbalanced partnership make it "not yet"; the rest is reported as minor.
func DefaultRubric() Rubric {
	one := decimal.NewFromInt(1)
	two := decimal.NewFromInt(2)
	return Rubric{
		Version:      RubricVersion,
		Needs:        innovation.DefaultNeeds(),
		Stakeholders: innovation.DefaultStakeholders(),
		Partnership:  partnership.DefaultThresholds(),
		Severity: map[CheckID]Severity{
			PhaseIdentified:       Blocking,
			EconomicModelFit:      Blocking,
			DimensionsCovered:     Major,
			NextNeedsSupplied:     Major,
			StakeholdersMobilised: Minor,
			EvaluationFit:         Minor,
			BudgetGuidance:        Minor,
			PartnershipBalanced:   Major,
			CommitmentPlanned:     Minor,
		},
		Weight: map[CheckID]decimal.Decimal{
			PhaseIdentified:       two,
			EconomicModelFit:      two,
			DimensionsCovered:     two,
			NextNeedsSupplied:     two,
			StakeholdersMobilised: one,
			EvaluationFit:         one,
			BudgetGuidance:        one,
			PartnershipBalanced:   two,
			CommitmentPlanned:     one,
		},
		// Who brings each lever [I]: financing from foundations, social
		// investors, public actors and companies (004:2778-2782, 5388-5389,
		// 5739-5767); skills and network from companies and territorial
		// catalysts (004:857-870, 1191-1193); advice from catalysts and
		// companies' skills sponsorship (004:3062-3107: AG2R's 16 consulting
		// firms); evaluation from academics and catalysts (004:3265-3267).
		Suppliers: map[innovation.Lever][]partnership.Kind{
			innovation.Financement:       {partnership.Fondation, partnership.InvestisseurSocietal, partnership.ActeurPublic, partnership.Entreprise},
			innovation.CompetencesReseau: {partnership.Entreprise, partnership.CatalyseurTerritorial},
			innovation.Conseil:           {partnership.CatalyseurTerritorial, partnership.Entreprise, partnership.Fondation},
			innovation.Evaluation:        {partnership.Academique, partnership.CatalyseurTerritorial},
		},
		// A stakeholder the matrix asks at "+++" must be mobilised at least
		// at "++"; one asked at "+" or "++" at least at "+" [D].
		Mobilised: map[innovation.Intensity]innovation.Intensity{
			innovation.None:   innovation.None,
			innovation.Low:    innovation.Low,
			innovation.Medium: innovation.Low,
			innovation.High:   innovation.Medium,
		},
	}
}

// Validate reports every problem of r at once (errors.Join), each wrapping
// ErrInvalid and naming the check, lever or intensity it concerns.
func (r Rubric) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: rubric %s", ErrInvalid, fmt.Sprintf(format, args...)))
	}
	if r.Version == "" || len(r.Version) > MaxRubricVersion {
		bad("version must be 1 to %d bytes", MaxRubricVersion)
	}
	if err := r.Partnership.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("%w: rubric partnership thresholds: %w", ErrInvalid, err))
	}
	total := decimal.Zero
	for id := range CheckIDs() {
		if s, ok := r.Severity[id]; !ok {
			bad("severity of %q: missing", id)
		} else if !s.IsValid() {
			bad("severity of %q: invalid severity %d", id, s)
		}
		w, ok := r.Weight[id]
		switch reason := wire.DecimalProblem(w); {
		case !ok:
			bad("weight of %q: missing", id)
		case w.Sign() < 0:
			bad("weight of %q: %s is negative", id, w)
		case reason != "":
			bad("weight of %q: %s", id, reason)
		default:
			total = total.Add(w)
		}
	}
	for id := range r.Severity {
		if !id.IsValid() {
			bad("severity of an invalid check %d", id)
		}
	}
	for id := range r.Weight {
		if !id.IsValid() {
			bad("weight of an invalid check %d", id)
		}
	}
	if total.Sign() == 0 {
		bad("weights are all zero")
	}
	for l, ks := range r.Suppliers {
		if !l.IsValid() {
			bad("suppliers of an invalid lever %d", l)
			continue
		}
		for _, k := range ks {
			if !k.IsValid() {
				bad("suppliers of %q: invalid kind %d", l, k)
			}
		}
	}
	for asked := innovation.None; asked <= innovation.High; asked++ {
		if m, ok := r.Mobilised[asked]; !ok {
			bad("mobilised[%s]: missing", asked)
		} else if !m.IsValid() {
			bad("mobilised[%s]: invalid intensity %d", asked, m)
		}
	}
	for asked := range r.Mobilised {
		if !asked.IsValid() {
			bad("mobilised of an invalid intensity %d", asked)
		}
	}
	return errors.Join(errs...)
}

// clone returns a copy of r that shares no map or slice with it.
func (r Rubric) clone() Rubric {
	c := r
	c.Severity = maps.Clone(r.Severity)
	c.Weight = maps.Clone(r.Weight)
	c.Mobilised = maps.Clone(r.Mobilised)
	c.Suppliers = make(map[innovation.Lever][]partnership.Kind, len(r.Suppliers))
	for l, ks := range r.Suppliers {
		c.Suppliers[l] = slices.Clone(ks)
	}
	return c
}
