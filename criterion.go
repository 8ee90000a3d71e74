package societal

import (
	"encoding/json"
	"fmt"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/partnership"
)

// CriterionID names one check of the readiness assessment: one per check a
// funder should make according to the model (MODEL §5). The zero value is
// invalid. Safe for concurrent use.
type CriterionID uint8

const (
	// PhaseIdentified: the project's phase is identified (and its history
	// consistent) before levers are chosen (004:880-888).
	PhaseIdentified CriterionID = 1 + iota
	// EconomicModelFit: the economic model fits the phase and the next: R&D
	// up to modélisation, a credible operator model at the changement
	// d'échelle (004:793-797).
	EconomicModelFit
	// DimensionsCovered: solution, processus and modèle économique are
	// covered before deployment (004:734-764).
	DimensionsCovered
	// NextNeedsSupplied: the needs that rise at the next phase are known and
	// the levers that answer them are supplied by partners (004:805-806,
	// MODEL §2.2).
	NextNeedsSupplied
	// StakeholdersMobilised: the stakeholders the phase calls for are
	// mobilised (004:3210-3237, MODEL §2.3).
	StakeholdersMobilised
	// EvaluationFit: the evaluation fits the phase: form, degree, evaluators
	// (004:3161-3386, MODEL §3).
	EvaluationFit
	// BudgetGuidance: evaluation at most 10% of the budget, capacity building
	// toward 22% when scaling (004:3105-3107, 3202-3208).
	BudgetGuidance
	// PartnershipBalanced: the partnership is balanced and not drifting
	// (001:12-33, MODEL §4.4-4.5).
	PartnershipBalanced
	// CommitmentPlanned: a multi-year commitment and an exit strategy are
	// planned (AG2R practice, 004:3077-3083, 5709-5723).
	CommitmentPlanned
)

// NumCriteria is the number of criteria.
const NumCriteria = 9

var criteria = enum.New[CriterionID]("CriterionID",
	enum.Names{Key: "phase-identified", French: "Phase identifiée", English: "Phase identified"},
	enum.Names{Key: "economic-model", French: "Modèle économique adapté", English: "Economic model fits"},
	enum.Names{Key: "dimensions", French: "Trois dimensions couvertes", English: "Three dimensions covered"},
	enum.Names{Key: "next-needs", French: "Besoins de l'étape suivante couverts", English: "Next step's needs supplied"},
	enum.Names{Key: "stakeholders", French: "Parties prenantes mobilisées", English: "Stakeholders mobilised"},
	enum.Names{Key: "evaluation", French: "Évaluation adaptée à la phase", English: "Evaluation fits the phase"},
	enum.Names{Key: "budget", French: "Budget d'évaluation et de renforcement", English: "Evaluation and capacity budget"},
	enum.Names{Key: "partnership", French: "Partenariat équilibré", English: "Balanced partnership"},
	enum.Names{Key: "commitment", French: "Engagement pluriannuel et sortie", English: "Multi-year commitment and exit"},
)

// criterionSource is the passage each criterion stands on.
var criterionSource = [NumCriteria]string{
	PhaseIdentified - 1:       "004:880-888",
	EconomicModelFit - 1:      "004:793-797",
	DimensionsCovered - 1:     "004:734-764",
	NextNeedsSupplied - 1:     "004:805-806; 003:1924-1970",
	StakeholdersMobilised - 1: "004:3210-3237",
	EvaluationFit - 1:         "004:3161-3386",
	BudgetGuidance - 1:        "004:3105-3107, 3202-3208",
	PartnershipBalanced - 1:   "001:12-33",
	CommitmentPlanned - 1:     "004:3077-3083, 5709-5723",
}

// ParseCriterionID returns the criterion named by s, or a *ParseError.
func ParseCriterionID(s string) (CriterionID, error) {
	if v, ok := criteria.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "criterion", Input: s, Allowed: criteria.Keys()}
}

// IsValid reports whether c is one of the criteria.
func (c CriterionID) IsValid() bool { return criteria.Valid(c) }

// String returns the ASCII key of c, or "%!CriterionID(n)".
func (c CriterionID) String() string { return criteria.Key(c) }

// Label returns the name of c in lang.
func (c CriterionID) Label(lang innovation.Lang) string {
	return criteria.Label(c, lang == innovation.English)
}

// Source returns the passage of the model c stands on.
func (c CriterionID) Source() string {
	if !c.IsValid() {
		return ""
	}
	return criterionSource[c-1]
}

// MarshalText returns the ASCII key of c, or an error wrapping ErrInvalid.
func (c CriterionID) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, invalidValue("criterion", int(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses text with ParseCriterionID. On error c is unchanged.
func (c *CriterionID) UnmarshalText(text []byte) error {
	v, err := ParseCriterionID(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Severity is how much an unmet criterion weighs on the verdict: a Minor
// gap is reported, a Major one means "not yet", a Blocking one "blocked".
// The zero value is invalid. Severities are ordered. Safe for concurrent use.
type Severity uint8

const (
	Minor Severity = 1 + iota
	Major
	Blocking
)

var severities = enum.New[Severity]("Severity",
	enum.Names{Key: "minor", French: "Mineure", English: "Minor"},
	enum.Names{Key: "major", French: "Majeure", English: "Major"},
	enum.Names{Key: "blocking", French: "Bloquante", English: "Blocking"},
)

// ParseSeverity returns the severity named by s, or a *ParseError.
func ParseSeverity(s string) (Severity, error) {
	if v, ok := severities.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "severity", Input: s, Allowed: severities.Keys()}
}

// IsValid reports whether s is Minor, Major or Blocking.
func (s Severity) IsValid() bool { return severities.Valid(s) }

// String returns the ASCII key of s, or "%!Severity(n)".
func (s Severity) String() string { return severities.Key(s) }

// Label returns the name of s in lang.
func (s Severity) Label(lang innovation.Lang) string {
	return severities.Label(s, lang == innovation.English)
}

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, invalidValue("severity", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses text with ParseSeverity. On error s is unchanged.
func (s *Severity) UnmarshalText(text []byte) error {
	v, err := ParseSeverity(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Criterion is the outcome of one check on one dossier.
//
// Outcome is Met, NotMet, Unknown (the dossier does not say: missing
// evidence, never a failure) or NotApplicable (the check does not apply at
// this phase). Severity is set when the outcome is NotMet. Gaps say, for an
// unmet or unknown criterion, which lever and which kind of partner would
// close it. Its JSON has the keys of the struct tags plus "source"
// (Source). A Criterion is a plain value, safe for concurrent reads.
type Criterion struct {
	// 56 bytes: the one-byte fields first, the source a method (Source);
	// a report's nine criteria fit in a 512-byte allocation.
	ID       CriterionID        `json:"id"`
	Outcome  evaluation.Outcome `json:"outcome"`
	Severity Severity           `json:"severity,omitempty"`
	Detail   string             `json:"detail,omitempty"` // in English, with the figures
	Gaps     []Gap              `json:"gaps,omitempty"`
}

// Gap is one thing missing for a criterion, and what would close it: a
// lever of support and the kinds of partner that typically bring it.
// A Gap is a plain value, safe for concurrent reads.
type Gap struct {
	Lever    innovation.Lever   `json:"lever"`
	Partners []partnership.Kind `json:"partners,omitempty"`
	Detail   string             `json:"detail"`
}

// Source returns the passage of the model the criterion stands on: a fact
// of its ID (c.ID.Source()), not a field, so a report's nine criteria stay
// in a smaller allocation.
func (c Criterion) Source() string { return c.ID.Source() }

// criterionJSON is the JSON form of a Criterion: its fields, then the
// source, so that a report read without this package still cites it.
type criterionJSON struct {
	plainCriterion
	Source string `json:"source,omitempty"`
}

type plainCriterion Criterion

// MarshalJSON encodes c with its fields and "source" (c.Source()).
func (c Criterion) MarshalJSON() ([]byte, error) {
	return json.Marshal(criterionJSON{plainCriterion(c), c.Source()})
}

// UnmarshalJSON decodes what MarshalJSON encodes. "source" is derived from
// "id": a source that is not the id's is an error wrapping ErrInvalid.
func (c *Criterion) UnmarshalJSON(data []byte) error {
	var v criterionJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	if v.Source != "" && v.Source != v.ID.Source() {
		return fmt.Errorf("%w: criterion %q cites source %q, not %q", ErrInvalid, v.ID, v.Source, v.ID.Source())
	}
	*c = Criterion(v.plainCriterion)
	return nil
}
