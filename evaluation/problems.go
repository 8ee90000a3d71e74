package evaluation

import (
	"errors"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// The problems the package finds, one kind each: a stable code (listed in
// the package documentation, # Errors), the message in every language and
// the sentinel. Read only.
var (
	errNilReport     = problem.Kind{Code: "nil-report", Message: lang.Text{"rapport absent (nil)", "nil report"}, Err: ErrInvalid}
	errEmpty         = problem.Kind{Code: "empty", Message: lang.Text{"ne doit pas être vide", "must not be empty"}, Err: ErrInvalid}
	errValue         = problem.Kind{Code: "invalid-value", Message: lang.Text{"{1} invalide", "invalid {1}"}, Err: ErrInvalid}
	errTwice         = problem.Kind{Code: "duplicate", Message: lang.Text{"donné deux fois", "listed twice"}, Err: ErrInvalid}
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
	errEvaluators    = problem.Kind{Code: "over-limit", Message: lang.Text{"{1} évaluateurs, au-delà de la limite de {2}", "{1} evaluators, over the limit of {2}"}, Err: ErrLimit}
	errItems         = problem.Kind{Code: "over-limit", Message: lang.Text{"{1} éléments, au-delà de la limite de {2}", "{1} items, over the limit of {2}"}, Err: ErrLimit}
	errDecimal       = problem.Kind{Code: "over-limit", Message: lang.Text{"{1}", "{1}"}, Err: ErrLimit}
)

// problemKinds lists every kind above, for the test that each message is
// written in every language.
var problemKinds = []*problem.Kind{
	&errNilReport, &errEmpty, &errValue, &errTwice, &errNegative, &errNotPositive, &errOverTotal, &errBothOverTotal,
	&errFewPartners, &errTargetEqual, &errTargetBelow, &errTargetAbove, &errNoEvidence, &errZeroWeights, &errLeverWeights,
	&errEvaluators, &errItems, &errDecimal,
}

// pkgName is the package's name, the prefix of its errors' English
// messages.
const pkgName = "evaluation"

// phaseNoun is what messages call a phase of innovation.
var phaseNoun = lang.Text{"phase", "phase"}

// within returns the problems of err placed below path, each reported by
// the package; nil when err is nil.
func within(path string, err error) error {
	var out []error
	for p := range problem.All(err) {
		out = append(out, p.In(pkgName, path, nil))
	}
	return errors.Join(out...)
}

// logs renders text in the language of logs, the language of every Error()
// of the module (package problem's): a String method that writes a
// finding for logs writes it with it.
func logs(text func(lang.Lang) string) string {
	return logText.New("", "", "", textFunc(text)).Error()
}

// textFunc quotes what a function writes in the reader's language.
type textFunc func(lang.Lang) string

// Label returns f(l).
func (f textFunc) Label(l lang.Lang) string { return f(l) }

var logText = problem.Kind{Code: "text", Message: lang.Text{"{1}", "{1}"}}
