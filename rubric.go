package societal

import (
	"cmp"
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
	// Required lists, for each phase a project may stand in, the checks
	// whose evidence must be known before it crosses to the next phase (at
	// Industrialisation, to confirm it there). One of them left Unknown
	// makes the verdict InsufficientEvidence. A phase left out requires
	// nothing beyond the rule on Verdict (an empty dossier is never Ready).
	Required map[innovation.Phase][]CheckID
}

// DefaultRubric returns the model's rubric, version RubricVersion, with
// maps of its own: changing them changes no other rubric.
//
// Its severities and weights are design choices [D]: the sources say what a
// funder should check (MODEL §5) but not how much each check weighs. The
// choices: an unidentified phase blocks (004:886-888), and so does a project
// still on the R&D model once it scales, where "il doit reposer sur un
// modèle viable à long terme, d'opérateur" (004:795-797); before
// modélisation → essaimage an operator model not even under way is at most
// Major, since the source places the operator model at the changement
// d'échelle, not before (the EconomicModelFit check); uncovered dimensions,
// unsupplied next-phase needs and an unbalanced partnership make it "not
// yet"; the rest is reported as minor. The checks required before each
// crossing are DefaultRequired's.
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
		// Who brings each lever [I]; the sources name suppliers in examples,
		// never in one table:
		//   - Financement: public actors and societal investors, the Caisse
		//     des Dépôts' engineering fund for the changement d'échelle and
		//     its working group of "une vingtaine d'investisseurs sociétaux
		//     publics et privés" (004:5388-5389, 5739-5767); companies, which
		//     "participent au financement de projets innovants" (004:2051-2053)
		//     and fund social impact contracts (004:4264); foundations, moving from
		//     "« simples » bailleurs de fonds" to support (004:521-523).
		//   - Compétences & réseau: companies, through skills sponsorship,
		//     "le mécénat de compétences" (004:471-473, 970-972); territorial
		//     catalysts, whose "ingénierie de l'interconnaissance" creates
		//     "de l'interconnaissance entre les organisations" (004:1187-1191).
		//   - Conseil: territorial catalysts, whose competences include
		//     "les accompagnements" (004:1812-1814), as Le RAMEAU "nous aide à
		//     formaliser notre vision, notre plan d'action" for Wimoov
		//     (004:2910-2912); societal investors, as
		//     AG2R LA MONDIALE's Fonds d'Innovation: "un accompagnement
		//     stratégique avec la mise à disposition de compétences du groupe
		//     et externes", with 16 consulting firms (004:3080-3082,
		//     3101-3103); companies, whose skills it lends (ibid.);
		//     foundations, moving to "un métier d'accompagnement des projets"
		//     (004:521-523).
		//   - Evaluation: academics, one of the "3 acteurs majeurs pour
		//     l'évaluation : les académiques, les bénéficiaires et les
		//     partenaires" (004:3265-3267); beneficiaries are not a kind of
		//     partner and every partner evaluates, so academics alone.
		Suppliers: map[innovation.Lever][]partnership.Kind{
			innovation.Financement:       {partnership.ActeurPublic, partnership.InvestisseurSocietal, partnership.Entreprise, partnership.Fondation},
			innovation.CompetencesReseau: {partnership.Entreprise, partnership.CatalyseurTerritorial},
			innovation.Conseil:           {partnership.CatalyseurTerritorial, partnership.InvestisseurSocietal, partnership.Entreprise, partnership.Fondation},
			innovation.Evaluation:        {partnership.Academique},
		},
		// A stakeholder the matrix asks at "+++" must be mobilised at least
		// at "++"; one asked at "+" or "++" at least at "+" [D].
		Mobilised: map[innovation.Intensity]innovation.Intensity{
			innovation.None:   innovation.None,
			innovation.Low:    innovation.Low,
			innovation.Medium: innovation.Low,
			innovation.High:   innovation.Medium,
		},
		Required: DefaultRequired(),
	}
}

// DefaultRequired returns the checks DefaultRubric requires to be judged
// before each crossing, keyed by the phase the project stands in, in a map
// of its own. Each row cites its source:
//
//   - every phase: the phase is identified, "l'étape dans laquelle se trouve
//     le projet" (004:886-888) [S]; it is never Unknown, but a row of its
//     own keeps the table complete;
//   - before every crossing: the needs of the next step are known and
//     supplied, "déterminer les besoins qui permettront de passer à l'étape
//     d'après" (004:805-806) [S] (which needs: see NextNeedsSupplied);
//   - before Modélisation → Essaimage, where the operator model stands
//     [D]: the source places the passage from the R&D to the operator model
//     here, "la difficulté réside dans le passage de l'un à l'autre"
//     (004:793-797) [S], but says nothing of stating where the operator
//     model stands before the crossing; the three dimensions, since
//     deployment "est possible dès lors que l'innovation porte sur trois
//     dimensions" (004:734-735) [S]; and the evaluation, "renforcée (en phase de
//     modélisation)" (004:3384-3386) [I];
//   - from Essaimage on, the operator model in place (004:795-797) [S] and
//     the three dimensions (004:734-735) [S].
//
// In R&D (Conception, Expérimentation) the economic model is R&D by
// definition (004:793-795), so it is not required there [D].
func DefaultRequired() map[innovation.Phase][]CheckID {
	return map[innovation.Phase][]CheckID{
		innovation.Conception:        {PhaseIdentified, NextNeedsSupplied},
		innovation.Experimentation:   {PhaseIdentified, NextNeedsSupplied},
		innovation.Modelisation:      {PhaseIdentified, EconomicModelFit, DimensionsCovered, NextNeedsSupplied, EvaluationFit},
		innovation.Essaimage:         {PhaseIdentified, EconomicModelFit, DimensionsCovered, NextNeedsSupplied},
		innovation.Industrialisation: {PhaseIdentified, EconomicModelFit, DimensionsCovered},
	}
}

// Validate reports every problem of r at once, in a stable order
// (errors.Join of *FieldError, each wrapping ErrInvalid, or ErrLimit for a
// version too long), each at the path of the entry it concerns:
// "version", "severity.budget", "weight.commitment", "suppliers.conseil[0]",
// "mobilised[\"++\"]", "required.essaimage[1]". An entry for a value outside
// its enumeration is reported at its table ("severity": "invalid check 42").
func (r Rubric) Validate() error {
	var errs []error
	bad := func(path, reason string) { errs = append(errs, pkg.Field(path, "", reason, ErrInvalid)) }
	switch reason := wire.NameProblem(r.Version); {
	case r.Version == "":
		bad("version", `missing (want a name and an edition, e.g. "fonds-2026/1")`)
	case len(r.Version) > MaxRubricVersion:
		errs = append(errs, pkg.Field("version", r.Version, fmt.Sprintf("%d bytes, over the limit of %d", len(r.Version), MaxRubricVersion), ErrLimit))
	case reason != "":
		errs = append(errs, pkg.Field("version", r.Version, reason, ErrInvalid))
	}
	if err := r.Partnership.Validate(); err != nil {
		errs = append(errs, pkg.Within("", ErrInvalid, err)) // "thresholds.…", by partnership
	}
	total := decimal.Zero
	for id := range CheckIDs() {
		if s, ok := r.Severity[id]; !ok {
			bad(wire.Path("severity", id.String()), "missing (want minor, major or blocking)")
		} else if !s.IsValid() {
			bad(wire.Path("severity", id.String()), fmt.Sprintf("invalid severity %d (want minor, major or blocking)", s))
		}
		w, ok := r.Weight[id]
		switch reason := wire.DecimalProblem(w); {
		case !ok:
			bad(wire.Path("weight", id.String()), "missing (want a weight, 0 to leave the check out of the score)")
		case w.Sign() < 0:
			bad(wire.Path("weight", id.String()), w.String()+" is negative (want 0 or more; 0 leaves the check out of the score)")
		case reason != "":
			bad(wire.Path("weight", id.String()), reason)
		default:
			total = total.Add(w)
		}
	}
	for _, id := range invalidKeys(r.Severity, CheckID.IsValid) {
		bad("severity", fmt.Sprintf("invalid check %d", id))
	}
	for _, id := range invalidKeys(r.Weight, CheckID.IsValid) {
		bad("weight", fmt.Sprintf("invalid check %d", id))
	}
	if total.Sign() == 0 {
		bad("weight", "weights are all zero (want at least one positive weight)")
	}
	for l := range innovation.Levers() {
		for i, k := range r.Suppliers[l] {
			if !k.IsValid() {
				bad(wire.Path("suppliers", l.String(), i), fmt.Sprintf("invalid kind %d", k))
			}
		}
	}
	for _, l := range invalidKeys(r.Suppliers, innovation.Lever.IsValid) {
		bad("suppliers", fmt.Sprintf("invalid lever %d", l))
	}
	for asked := innovation.None; asked <= innovation.High; asked++ {
		if m, ok := r.Mobilised[asked]; !ok {
			bad(wire.Path("mobilised", asked.String()), "missing (want the intensity that counts as mobilised)")
		} else if !m.IsValid() {
			bad(wire.Path("mobilised", asked.String()), fmt.Sprintf("invalid intensity %d", m))
		}
	}
	for _, asked := range invalidKeys(r.Mobilised, innovation.Intensity.IsValid) {
		bad("mobilised", fmt.Sprintf("invalid intensity %d", asked))
	}
	for p := range innovation.Phases() {
		for i, id := range r.Required[p] {
			if !id.IsValid() {
				bad(wire.Path("required", p.String(), i), fmt.Sprintf("invalid check %d", id))
			}
		}
	}
	for _, p := range invalidKeys(r.Required, innovation.Phase.IsValid) {
		bad("required", fmt.Sprintf("invalid phase %d", p))
	}
	return errors.Join(errs...)
}

// invalidKeys returns the keys of m that valid refuses, in increasing
// order: the problems of a map are reported in a stable order.
func invalidKeys[K cmp.Ordered, V any](m map[K]V, valid func(K) bool) []K {
	var out []K
	for k := range m {
		if !valid(k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
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
	if r.Required != nil {
		c.Required = make(map[innovation.Phase][]CheckID, len(r.Required))
		for p, ids := range r.Required {
			c.Required[p] = slices.Clone(ids)
		}
	}
	return c
}
