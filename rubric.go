package societal

import (
	"cmp"
	"errors"
	"maps"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
)

// RubricVersion is the version of DefaultRubric. It changes whenever a
// table or threshold of the default rubric changes, so that a report says
// which rules judged it.
const RubricVersion = "rameau-2018/1"

// MaxRubricVersion is the longest Rubric.Version, in bytes.
const MaxRubricVersion = 64

// rubricVersion is the kind of a rubric's version: a name of at most
// MaxRubricVersion bytes.
var rubricVersion = wire.Name{Max: MaxRubricVersion}

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
	// check needs one. It is what an unmet check weighs, but for the
	// checks that grade their findings, for which it is the most it weighs
	// (the balanced partnership: a risk that is not critical weighs Minor;
	// the next step's needs: a need that does not rise, Minor; the
	// economic model: an operator model absent before essaimage, at most
	// Major), and for invalid input, always Blocking. A report shows both
	// (Check.RubricSeverity) and says why they differ.
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
	// MinCoverage is the least evidence coverage at which a report gives
	// a point score (Report.Score): the judged share of the applicable
	// weight (Coverage.JudgedWeight over Coverage.ApplicableWeight), from
	// 0 to 1. Below it, or with a check of Required not judged, the point
	// score is not given (null), since it would say more than the evidence
	// does; the score range and the coverage always are. 0 asks only that
	// the required checks be judged. DefaultRubric's is 0.8.
	MinCoverage decimal.Decimal
	// Required lists, for each phase a project may stand in, the checks
	// whose evidence must be known before it crosses to the next phase (at
	// Industrialisation, to confirm it there). One of them left Unknown
	// makes the verdict InsufficientEvidence. A phase left out requires
	// nothing beyond the rule on Verdict (an empty dossier is never Ready).
	Required map[innovation.Phase][]CheckID
}

// defaultMinCoverage is DefaultRubric's MinCoverage, 0.8 [D]: a point
// score is given when the evidence still missing could move it by at most
// 0.2 (the score range is then at most 0.2 wide), one bar of a portfolio's
// chart of scores, whose bars are 20 points wide.
const defaultMinCoverage = 8 // tenths

// DefaultRubric returns the model's rubric, version RubricVersion, with
// maps of its own: changing them changes no other rubric.
//
// Its severities and weights are design choices [D], each stated with its
// reason beside its check's definition: the sources say what a funder
// should check (MODEL §5) but not how much each check weighs. In short: an
// unidentified phase blocks (004:886-888), and so does a project still on
// the R&D model once it scales; before modélisation → essaimage an
// operator model not even under way is at most Major, since the source
// places the operator model at the changement d'échelle, not before (the
// EconomicModelFit check); uncovered dimensions, unsupplied next-phase
// needs and an unbalanced partnership make it "not yet"; the rest is
// reported as minor. The checks required before each crossing are
// DefaultRequired's. A point score is given from a coverage of 0.8 on
// (MinCoverage), when the missing evidence could move it by at most 0.2,
// one bar of a portfolio's chart of scores [D].
func DefaultRubric() Rubric {
	r := Rubric{
		Version:      RubricVersion,
		Needs:        innovation.DefaultNeeds(),
		Stakeholders: innovation.DefaultStakeholders(),
		Partnership:  partnership.DefaultThresholds(),
		Severity:     map[CheckID]Severity{},
		Weight:       map[CheckID]decimal.Decimal{},
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
		Required:    DefaultRequired(),
		MinCoverage: decimal.New(defaultMinCoverage, -1),
	}
	for id := range CheckIDs() {
		c := id.def()
		r.Severity[id] = c.severity
		r.Weight[id] = decimal.NewFromInt(c.weight)
	}
	return r
}

// DefaultRequired returns the checks DefaultRubric requires to be judged
// before each crossing, keyed by the phase the project stands in, in a map
// of its own, each phase's checks in order. Each check's definition says
// in which phases it is required and why, citing its source:
//
//   - every phase: the phase is identified (PhaseIdentified);
//   - before every crossing: the needs of the next step are known and
//     supplied (NextNeedsSupplied);
//   - before Expérimentation → Modélisation, the Vallée de la mort: the
//     evaluation (EvaluationFit), since a project "se conte" before it
//     "se compte" (002:1036; 004:3346-3348) [I];
//   - before Modélisation → Essaimage: where the operator model stands
//     (EconomicModelFit), the three dimensions (DimensionsCovered) and the
//     evaluation (EvaluationFit);
//   - from Essaimage on, the operator model in place and the three
//     dimensions.
func DefaultRequired() map[innovation.Phase][]CheckID {
	m := map[innovation.Phase][]CheckID{}
	for id := range CheckIDs() {
		for _, p := range id.def().required {
			m[p] = append(m[p], id)
		}
	}
	return m
}

// Validate reports every problem of r at once, in a stable order:
// errors.Join of *problem.Error values, each at the path of the entry it
// concerns ("version", "severity.budget", "weight.commitment",
// "suppliers.conseil[0]", "mobilised[\"++\"]", "required.essaimage[1]";
// an entry for a value outside its enumeration at its table, "severity"),
// each wrapping ErrInvalid, or ErrLimit for a version too long or a weight
// out of the decimals' bounds. The codes: "missing", "invalid-value",
// "negative-weight", "zero-weights", "over-limit" and those of names and
// decimals, and partnership.Thresholds' own below "thresholds".
func (r Rubric) Validate() error {
	var errs []error
	add := func(p *problem.Error) { errs = append(errs, p) }
	switch {
	case r.Version == "":
		add(errMissingVersion.New(pkgName, "version", "", lang.Data(`"fonds-2026/1"`)))
	default:
		if k, args := rubricVersion.Problem(r.Version); k != nil {
			add(k.New(pkgName, "version", r.Version, args...))
		}
	}
	errs = append(errs, pkg.Within("", ErrInvalid, r.Partnership.Validate())) // "thresholds.…", by partnership
	total := decimal.Zero
	for id := range CheckIDs() {
		path := wire.Path("severity", id.String())
		if s, ok := r.Severity[id]; !ok {
			add(errMissingSeverity.New(pkgName, path, "", lang.List(severityKeys()...)))
		} else if !s.IsValid() {
			add(pkg.Invalid(path, s))
		}
		path = wire.Path("weight", id.String())
		w, ok := r.Weight[id]
		switch err := pkg.CheckDecimal(path, w); {
		case !ok:
			add(errMissingWeight.New(pkgName, path, ""))
		case w.Sign() < 0:
			add(errNegativeWeight.New(pkgName, path, "", lang.Decimal(w, -1)))
		case err != nil:
			errs = append(errs, err)
		default:
			total = total.Add(w)
		}
	}
	for _, id := range invalidKeys(r.Severity, CheckID.IsValid) {
		add(pkg.Invalid("severity", id))
	}
	for _, id := range invalidKeys(r.Weight, CheckID.IsValid) {
		add(pkg.Invalid("weight", id))
	}
	if total.Sign() == 0 {
		add(errZeroWeights.New(pkgName, "weight", ""))
	}
	switch err := pkg.CheckDecimal("min_coverage", r.MinCoverage); {
	case err != nil:
		errs = append(errs, err)
	case r.MinCoverage.Sign() < 0 || r.MinCoverage.GreaterThan(decimal.NewFromInt(1)):
		add(errCoverageRange.New(pkgName, "min_coverage", "", lang.Decimal(r.MinCoverage, -1)))
	}
	for l := range innovation.Levers() {
		for i, k := range r.Suppliers[l] {
			if !k.IsValid() {
				add(pkg.Invalid(wire.Path("suppliers", l.String(), i), k))
			}
		}
	}
	for _, l := range invalidKeys(r.Suppliers, innovation.Lever.IsValid) {
		add(pkg.Invalid("suppliers", l))
	}
	for asked := innovation.None; asked <= innovation.High; asked++ {
		path := wire.Path("mobilised", asked.String())
		if m, ok := r.Mobilised[asked]; !ok {
			add(errMissingMobilised.New(pkgName, path, ""))
		} else if !m.IsValid() {
			add(pkg.Invalid(path, m))
		}
	}
	for _, asked := range invalidKeys(r.Mobilised, innovation.Intensity.IsValid) {
		add(pkg.Invalid("mobilised", asked))
	}
	for p := range innovation.Phases() {
		for i, id := range r.Required[p] {
			if !id.IsValid() {
				add(pkg.Invalid(wire.Path("required", p.String(), i), id))
			}
		}
	}
	for _, p := range invalidKeys(r.Required, innovation.Phase.IsValid) {
		add(pkg.Invalid("required", p))
	}
	return errors.Join(errs...)
}

// severityKeys returns the keys of the severities, as data: what a
// rubric's writer types.
func severityKeys() []lang.Arg {
	var out []lang.Arg
	for s := Minor; s.IsValid(); s++ {
		out = append(out, lang.Data(s.String()))
	}
	return out
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
