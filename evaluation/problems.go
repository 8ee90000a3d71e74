package evaluation

import (
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// The problems the package finds, one kind each: a stable code (listed in
// the package documentation, # Errors), the message in every language and
// the sentinel. Read only.
var (
	errNilReport     = problem.Kind{Code: "nil-report", Message: lang.Text{"rapport absent (nil)", "nil report"}, Err: ErrInvalid}
	errNegative      = problem.Kind{Code: "negative", Message: lang.Text{"ne doit pas être négatif", "must not be negative"}, Err: ErrInvalid}
	errNotPositive   = problem.Kind{Code: "not-positive", Message: lang.Text{"doit être positif", "must be positive"}, Err: ErrInvalid}
	errOverTotal     = problem.Kind{Code: "over-total", Message: lang.Text{"dépasse le total {1} (part au-delà de 100\u00a0%)", "exceeds the total {1} (share over 100%)"}, Err: ErrInvalid}
	errBothOverTotal = problem.Kind{Code: "over-total", Message: lang.Text{"évaluation et renforcement des capacités dépassent ensemble le total {1}", "evaluation and capacity building together exceed the total {1}"}, Err: ErrInvalid}
	errFewPartners   = problem.Kind{Code: "too-few-partners", Message: lang.Text{"un partenariat a au moins deux partenaires", "a partnership needs at least two partners"}, Err: ErrInvalid}
	errTargetEqual   = problem.Kind{Code: "target-equals-baseline", Message: lang.Text{"égale à la référence\u00a0: le taux d'atteinte n'est pas défini", "equals the baseline: attainment is undefined"}, Err: ErrInvalid}
	errTargetBelow   = problem.Kind{Code: "target-below-baseline", Message: lang.Text{"en deçà de la référence {1} pour un indicateur où plus est mieux", "below the baseline {1} for a higher-is-better indicator"}, Err: ErrInvalid}
	errTargetAbove   = problem.Kind{Code: "target-above-baseline", Message: lang.Text{"au-delà de la référence {1} pour un indicateur où moins est mieux", "above the baseline {1} for a lower-is-better indicator"}, Err: ErrInvalid}
	errNoEvidence    = problem.Kind{Code: "no-evidence", Message: lang.Text{"aucun critère n'a de preuve connue ({1} manquants, {2} sans objet)", "no criterion has known evidence ({1} missing, {2} not applicable)"}, Err: ErrNoEvidence}
	errZeroWeights   = problem.Kind{Code: "zero-weights", Message: lang.Text{"les poids des {1} éléments comptés ont une somme nulle", "the weights of the {1} counted items sum to zero"}, Err: ErrInvalid}
	errLeverWeights  = problem.Kind{Code: "zero-weights", Message: lang.Text{"les poids des indicateurs mesurés sur ce levier ont une somme nulle", "the weights of the measured indicators on this lever sum to zero"}, Err: ErrInvalid}
)

// problemKinds lists every kind above, for the test that each message is
// written in every language.
var problemKinds = []*problem.Kind{
	&errNilReport, &errNegative, &errNotPositive, &errOverTotal, &errBothOverTotal,
	&errFewPartners, &errTargetEqual, &errTargetBelow, &errTargetAbove, &errNoEvidence, &errZeroWeights, &errLeverWeights,
}

// pkgName is the package's name, the prefix of its errors' English
// messages.
const pkgName = "evaluation"

// What a message of a list too long calls its items.
var (
	evaluatorsNoun = lang.Text{"évaluateurs", "evaluators"}
	itemsNoun      = lang.Text{"éléments", "items"}
)
