package societal

import (
	"errors"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Sentinel errors. Every error the package returns wraps one of them; a
// problem of an input is a *problem.Error, which carries the context. The
// first four are the module's (package problem): the same values in every
// package, so that errors.Is(err, ErrLimit) holds for a limit found
// anywhere in a dossier, whichever package found it.
var (
	ErrSyntax  = problem.ErrSyntax  // malformed JSON, a value of the wrong type
	ErrUnknown = problem.ErrUnknown // a key, or a name of an enumeration, the format does not know
	ErrInvalid = problem.ErrInvalid // a value not valid where it was given (an invalid phase, a rubric without a version, …)
	ErrLimit   = problem.ErrLimit   // an input over one of the documented limits
	// ErrDossier: a dossier cannot be decoded or is inconsistent. Every
	// problem DecodeDossier and Dossier.Validate report unwraps to it.
	ErrDossier = errors.New("societal: invalid dossier")
	// ErrNotReady: a readiness gate refused an advance (NotReadyError).
	ErrNotReady = errors.New("societal: not ready")
)

// pkgName is the prefix of the English messages of the package's problems.
const pkgName = "societal"

// pkg names the package to internal/wire, the prefix of its messages,
// and reports the problems of its enumerations' tables. Never modified.
var pkg = &wire.Package{Name: pkgName}

// The problems the package finds itself, one kind each: a stable code
// (listed in the package documentation, # Errors), the message in every
// language and the sentinel. Several kinds may share a code (what is
// wrong) and differ in their message (what was expected). Read only.
var (
	// Dossiers.
	errMissingName = problem.Kind{Code: "missing", Err: ErrInvalid,
		Message: lang.Text{"manquant ou vide (clé requise\u00a0: le nom du projet)", "missing or empty (a required key: want the project's name)"}}
	errMissingPhase = problem.Kind{Code: "missing", Err: ErrInvalid,
		Message: lang.Text{"manquante (clé requise)", "missing (a required key)"}}
	errNilReport = problem.Kind{Code: "nil-report", Err: ErrInvalid,
		Message: lang.Text{"rapport absent (nil)", "nil report"}}
	errHistoryLeads = problem.Kind{Code: "history-mismatch", Err: ErrInvalid,
		Message: lang.Text{"l'historique mène à {1} (il faudrait {1} comme phase, ou un historique dont la dernière transition atteint {2})",
			"the history leads to {1} (want {1} as the phase, or a history whose last transition reaches {2})"}}

	// Rubrics.
	errMissingVersion = problem.Kind{Code: "missing", Err: ErrInvalid,
		Message: lang.Text{"manquante (il faut un nom et une édition, par exemple {1})", "missing (want a name and an edition, e.g. {1})"}}
	errMissingSeverity = problem.Kind{Code: "missing", Err: ErrInvalid,
		Message: lang.Text{"manquante (valeurs possibles\u00a0: {1})", "missing (want {1})"}}
	errMissingWeight = problem.Kind{Code: "missing", Err: ErrInvalid,
		Message: lang.Text{"manquant (il faut un poids, 0 pour laisser le critère hors du score)", "missing (want a weight, 0 to leave the check out of the score)"}}
	errNegativeWeight = problem.Kind{Code: "negative-weight", Err: ErrInvalid,
		Message: lang.Text{"{1} est négatif (il faut 0 ou plus\u00a0; 0 laisse le critère hors du score)", "{1} is negative (want 0 or more; 0 leaves the check out of the score)"}}
	errZeroWeights = problem.Kind{Code: "zero-weights", Err: ErrInvalid,
		Message: lang.Text{"tous les poids sont nuls (il faut au moins un poids positif)", "weights are all zero (want at least one positive weight)"}}
	errMissingMobilised = problem.Kind{Code: "missing", Err: ErrInvalid,
		Message: lang.Text{"manquant (il faut l'intensité qui compte comme mobilisée)", "missing (want the intensity that counts as mobilised)"}}
	errCoverageRange = problem.Kind{Code: "coverage-range", Err: ErrInvalid,
		Message: lang.Text{"{1} hors de 0 à 1 (une part du poids des critères applicables)", "{1} is outside 0 to 1 (want a share of the applicable checks' weight)"}}

	// Readiness gates.
	errNilLoader = problem.Kind{Code: "nil-loader", Err: ErrInvalid,
		Message: lang.Text{"contrôle de maturité\u00a0: chargeur de dossier absent (nil)", "readiness gate: nil dossier loader"}}
	errLoad = problem.Kind{Code: "load-failed",
		Message: lang.Text{"contrôle de maturité\u00a0: chargement du dossier\u00a0: {1}", "readiness gate: loading the dossier: {1}"}}
	errNoDossier = problem.Kind{Code: "no-dossier", Err: ErrInvalid,
		Message: lang.Text{"contrôle de maturité\u00a0: le chargeur n'a rendu aucun dossier", "readiness gate: the loader returned no dossier"}}
	errGatePhase = problem.Kind{Code: "phase-mismatch", Err: ErrInvalid,
		Message: lang.Text{"contrôle de maturité\u00a0: le dossier est en phase {1}, le cycle de vie en {2}", "readiness gate: the dossier is in phase {1}, the lifecycle in {2}"}}
)

// problemKinds lists every kind above, for the test that each message is
// written in every language.
var problemKinds = []*problem.Kind{
	&errMissingName, &errMissingPhase, &errNilReport, &errHistoryLeads,
	&errMissingVersion, &errMissingSeverity, &errMissingWeight, &errNegativeWeight, &errZeroWeights, &errMissingMobilised, &errCoverageRange,
	&errNilLoader, &errLoad, &errNoDossier, &errGatePhase,
}

// reportsNoun is what a message of too many reports calls them.
var reportsNoun = lang.Text{"rapports", "reports"}

// appendIn appends to ps the problems of err, found in a part of a dossier,
// placed below path and unwrapping to ErrDossier too; ps is unchanged when
// err is nil.
func appendIn(ps []error, path string, err error) []error {
	if err != nil {
		ps = append(ps, pkg.Within(path, ErrDossier, err))
	}
	return ps
}

// inDossier returns p as a problem of a dossier: it unwraps to ErrDossier
// too.
func inDossier(p *problem.Error) *problem.Error { return p.In("", "", ErrDossier) }
