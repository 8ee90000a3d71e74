package partnership

import (
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// The problems the package finds, one kind each: a stable code (listed in
// the package documentation, # Errors), the message in every language and
// the sentinel. Read only.
var (
	errCommitment     = problem.Kind{Code: "over-limit", Message: lang.Text{"plus de {1} mois", "over {1} months"}, Err: ErrLimit}
	errMissingValue   = problem.Kind{Code: "invalid-value", Message: lang.Text{"{1} manquant ou invalide {2}", "missing or invalid {1} {2}"}, Err: ErrInvalid}
	errMissing        = problem.Kind{Code: "missing", Message: lang.Text{"manquant", "missing"}, Err: ErrInvalid}
	errPartnerTwice   = problem.Kind{Code: "duplicate-name", Message: lang.Text{"partenaire donné deux fois (d'abord en {1})", "partner given twice (first at {1})"}, Err: ErrDuplicate}
	errNoSuchPartner  = problem.Kind{Code: "unknown-partner", Message: lang.Text{"aucun partenaire n'a cet identifiant", "no partner has this ID"}, Err: ErrUnknownPartner}
	errNegativePower  = problem.Kind{Code: "negative", Message: lang.Text{"part de pouvoir négative", "negative share of power"}, Err: ErrNegative}
	errNegativeAmount = problem.Kind{Code: "negative", Message: lang.Text{"montant négatif", "negative amount"}, Err: ErrNegative}
	errNegativeMonths = problem.Kind{Code: "negative", Message: lang.Text{"engagement négatif", "negative commitment"}, Err: ErrNegative}
	errPowerAboveOne  = problem.Kind{Code: "power-above-one", Message: lang.Text{"part de pouvoir au-delà de 1", "share of power above 1"}, Err: ErrShares}
	errPowerSum       = problem.Kind{Code: "power-sum", Message: lang.Text{"les parts de pouvoir ont pour somme {1}, et non 1 (ou laisser toutes les parts à zéro quand le pouvoir n'est pas indiqué)", "shares of power sum to {1}, not 1 (or leave every share zero when power is not stated)"}, Err: ErrShares}
	errCurrencies     = problem.Kind{Code: "mixed-currencies", Message: lang.Text{"les apports sont additionnés, et {1} est en {2}", "contributions are summed, and {1} is in {2}"}, Err: ErrCurrency}
	errNoCurrency     = problem.Kind{Code: "missing-currency", Message: lang.Text{"devise manquante pour un montant non nul", "missing currency for a non-zero amount"}, Err: ErrInvalid}
	errCurrency       = problem.Kind{Code: "invalid-currency", Message: lang.Text{"la devise n'est pas faite de trois lettres majuscules", "currency is not three uppercase letters"}, Err: ErrInvalid}
	errStartYear      = problem.Kind{Code: "invalid-year", Message: lang.Text{"année hors de [{1}, {2}]", "year outside [{1}, {2}]"}, Err: ErrInvalid}
	errEndYear        = problem.Kind{Code: "invalid-year", Message: lang.Text{"année antérieure au début ou postérieure à {1}", "year before the start or after {1}"}, Err: ErrInvalid}
	errSuppliers      = problem.Kind{Code: "invalid-threshold", Message: lang.Text{"de 1 à {1} apporteurs attendus", "want 1 to {1} suppliers"}, Err: ErrInvalid}
	errFewerSuppliers = problem.Kind{Code: "invalid-threshold", Message: lang.Text{"moins d'apporteurs que pour une intensité plus faible", "fewer suppliers than for a lower intensity"}, Err: ErrInvalid}
	errMonths         = problem.Kind{Code: "invalid-threshold", Message: lang.Text{"de 0 à {1} mois attendus", "want 0 to {1} months"}, Err: ErrInvalid}
	errShare          = problem.Kind{Code: "invalid-threshold", Message: lang.Text{"une part dans ]0, 1] attendue", "want a share in (0, 1]"}, Err: ErrInvalid}
)

// problemKinds lists every kind above, for the test that each message is
// written in every language.
var problemKinds = []*problem.Kind{
	&errCommitment, &errMissingValue, &errMissing, &errPartnerTwice,
	&errNoSuchPartner, &errNegativePower, &errNegativeAmount, &errNegativeMonths, &errPowerAboveOne, &errPowerSum,
	&errCurrencies, &errNoCurrency, &errCurrency, &errStartYear, &errEndYear, &errSuppliers, &errFewerSuppliers, &errMonths, &errShare,
}

// pkgName is the package's name, the prefix of its errors' English
// messages.
const pkgName = "partnership"

// What messages call the things they count or quote, besides the nouns of
// the enumerations.
var (
	partnersNoun      = lang.Text{"partenaires", "partners"}
	contributionsNoun = lang.Text{"apports", "contributions"}
	modesNoun         = lang.Text{"modes", "modes"}
	objectivesNoun    = lang.Text{"objectifs", "objectives"}
	leverNoun         = lang.Text{"levier", "lever"}
)
