package innovation

import (
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// The problems the package finds, one kind each: a stable code (listed in
// the package documentation, # Errors), the message in every language and
// the sentinel. Read only.
var (
	// Lifecycles and their options.
	errNilClock     = problem.Kind{Code: "nil-clock", Message: lang.Text{"horloge absente (nil)", "nil clock"}, Err: ErrInvalid}
	errNilGate      = problem.Kind{Code: "nil-gate", Message: lang.Text{"le contrôle {1} est nil", "gate {1} is nil"}, Err: ErrInvalid}
	errNoGateName   = problem.Kind{Code: "missing-gate-name", Message: lang.Text{"le nom du contrôle est vide", "gate name is empty"}, Err: ErrInvalid}
	errGateName     = problem.Kind{Code: "invalid-gate-name", Message: lang.Text{"nom de contrôle {1}\u00a0: {2}", "gate name {1}: {2}"}, Err: ErrInvalid}
	errGateTwice    = problem.Kind{Code: "duplicate-gate", Message: lang.Text{"contrôle {1} ajouté deux fois", "gate {1} added twice"}, Err: ErrInvalid}
	errGatePanicked = problem.Kind{Code: "gate-panicked", Message: lang.Text{"le contrôle {1} a paniqué\u00a0: {2}", "gate {1} panicked: {2}"}, Err: ErrGate}
	errGateRefused  = problem.Kind{Code: "gate-refused", Message: lang.Text{"contrôle {1}\u00a0: {2}", "gate {1}: {2}"}, Err: ErrGate}

	// Why the model refuses a transition (TransitionError.Code).
	whyPhase     = problem.Kind{Code: "invalid-phase", Message: lang.Text{"la phase n'est pas valide", "not a valid phase"}, Err: ErrTransition}
	whyAbandoned = problem.Kind{Code: "abandoned", Message: lang.Text{"le projet a été abandonné, ce qui est définitif", "the project was abandoned, which is final"}, Err: ErrTransition}
	whySkip      = problem.Kind{Code: "skip", Message: lang.Text{"on avance d'une phase à la fois, vers {1}", "an advance goes one phase at a time, to {1}"}, Err: ErrTransition}
	whyKind      = problem.Kind{Code: "invalid-kind", Message: lang.Text{"type de transition invalide {1}", "invalid transition kind {1}"}, Err: ErrTransition}
	whyTarget    = problem.Kind{Code: "invalid-target", Message: lang.Text{"la cible n'est pas une phase valide", "the target is not a valid phase"}, Err: ErrTransition}
	whyEarlier   = problem.Kind{Code: "not-earlier", Message: lang.Text{"un retour va vers une phase antérieure", "a return must go to an earlier phase"}, Err: ErrTransition}
	whyLast      = problem.Kind{Code: "last-phase", Message: lang.Text{"l'industrialisation est la dernière phase", "industrialisation is the last phase"}, Err: ErrTransition}
	whyFSM       = problem.Kind{Code: "state-machine", Message: lang.Text{"refusé par la machine à états\u00a0: {1}", "state machine refused: {1}"}, Err: ErrTransition}
	whyDone      = problem.Kind{Code: "context-done", Message: lang.Text{"contexte terminé\u00a0: {1}", "context done: {1}"}, Err: ErrTransition}
	whyGates     = problem.Kind{Code: "gates", Message: lang.Text{"{1}", "{1}"}, Err: ErrGate}
	whyConflict  = problem.Kind{Code: "conflict", Message: lang.Text{"le cycle de vie a changé pendant l'avancée", "lifecycle changed during advance"}, Err: ErrConflict}

	// Notes (their texts are checked as free text, wire.Prose).
	errNoReason = problem.Kind{Code: "missing-reason", Message: lang.Text{"{1} demande un motif", "{1} needs a reason"}, Err: ErrInvalid}

	// Snapshots (each also unwraps to ErrSnapshot).
	errHistoryFrom   = problem.Kind{Code: "history-gap", Message: lang.Text{"le projet était en {1} (chaque entrée part d'où la précédente l'a laissé)", "the project was in {1} (each entry starts where the one before left it)"}, Err: ErrInvalid}
	errNoTime        = problem.Kind{Code: "missing-time", Message: lang.Text{"date manquante", "missing time"}, Err: ErrInvalid}
	errTimeBackwards = problem.Kind{Code: "time-backwards", Message: lang.Text{"antérieure à celle de l'entrée précédente, {1}", "before the previous entry's {1}"}, Err: ErrInvalid}
	errNotAllowed    = problem.Kind{Code: "transition-not-allowed", Message: lang.Text{"{1} depuis {2}\u00a0: {3}", "{1} from {2}: {3}"}, Err: ErrInvalid}
	errWrongTarget   = problem.Kind{Code: "wrong-target", Message: lang.Text{"{1} depuis {2} mène à {3}", "{1} from {2} leads to {3}"}, Err: ErrInvalid}
	errStatus        = problem.Kind{Code: "status-mismatch", Message: lang.Text{"indique {1}, mais l'historique mène à {2}", "says {1}, but the history leads to {2}"}, Err: ErrInvalid}

	// Matrices (each also unwraps to ErrMatrix).
	errCells       = problem.Kind{Code: "over-limit", Message: lang.Text{"{1} cellules, au-delà de la limite de {2} (une par couple {3} × macro-phase)", "{1} cells, over the limit of {2} (one per {3} × macro-phase pair)"}, Err: ErrLimit}
	errCellTwice   = problem.Kind{Code: "duplicate-cell", Message: lang.Text{"{1} {2} × macro-phase {3} donné deux fois (d'abord dans la cellule {4})", "{1} {2} × macro-phase {3} given twice (first in cell {4})"}, Err: ErrInvalid}
	errCellMissing = problem.Kind{Code: "missing-cell", Message: lang.Text{"{1} {2} × macro-phase {3} manquant (chaque couple une fois)", "missing {1} {2} × macro-phase {3} (every pair once)"}, Err: ErrInvalid}
)

// entriesNoun is what a message of a history too long calls its entries.
var entriesNoun = lang.Text{"entrées", "entries"}

// kinds lists every kind above, for the test that each message is written
// in every language.
var problemKinds = []*problem.Kind{
	&errNilClock, &errNilGate, &errNoGateName, &errGateName, &errGateTwice, &errGatePanicked, &errGateRefused,
	&whyPhase, &whyAbandoned, &whySkip, &whyKind, &whyTarget, &whyEarlier, &whyLast, &whyFSM, &whyDone, &whyGates, &whyConflict,
	&errNoReason,
	&errHistoryFrom, &errNoTime, &errTimeBackwards, &errNotAllowed, &errWrongTarget, &errStatus,
	&errCells, &errCellTwice, &errCellMissing,
}

// name is the package's name, the prefix of its errors' English messages.
const pkgName = "innovation"

// reasonOf quotes what is wrong in a problem, without its path and
// value, in the reader's language.
type reasonOf struct{ p *problem.Error }

// Label returns the reason in l.
func (r reasonOf) Label(l lang.Lang) string { return r.p.Reason(l) }
