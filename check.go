package societal

import (
	"iter"
	"strconv"
	"sync"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// CheckID names one check of the readiness assessment: one per check a
// funder should make according to the model (MODEL §5), numbered in the
// model's order. Each check is defined once, in its own file
// (check_phase.go, check_economic.go, …): its key and label, the passage
// of the sources it stands on, what a funder asks for when its evidence is
// missing, how it is judged, the texts of its details, and its severity,
// weight and required phases in DefaultRubric. The README lists them.
//
// The zero value is invalid. Safe for concurrent use.
type CheckID uint8

// maxCheck is the largest CheckID a check may have: the verdict's search
// over sets of checks keeps them in a uint16.
const maxCheck = 15

// checkDef is everything about one check, written once in the check's own
// file and registered by define; everything else loops over the checks.
// Read only once registered.
type checkDef struct {
	id     CheckID
	key    string    // stable ASCII key, in JSON and rubrics: "phase-identified"
	label  lang.Text // its name for a reader
	source string    // the passage of the sources it stands on: "004:880-888"
	// request is what a funder asks the project for when the check's
	// evidence is missing [D], and field the dossier field(s) the answer
	// fills, as JSON keys ("partnership.terms").
	request lang.Text
	field   string
	// severity, weight and required are DefaultRubric's: how much an unmet
	// check weighs on the verdict, its weight in the score, and the phases
	// in which it must be judged before the crossing (DefaultRequired).
	severity Severity
	weight   int64
	required []innovation.Phase
	// graded says, for a check that grades the severity of its findings
	// below the rubric's (the rubric's is then the most it weighs), why an
	// unmet check weighs less than the rubric says: it completes "because
	// …". Zero for a check whose unmet severity is the rubric's.
	graded lang.Text
	// identifies marks the check that judges what identifies the project
	// (its name, phase and history): it is judged when the phase is not
	// identified, when no other check can be, and it is not evidence of
	// readiness by itself (an empty dossier is never Ready).
	identifies bool
	// judge sets the outcome, detail and gaps of c for d; a NotMet
	// without a severity of its own takes the rubric's.
	judge func(a *Assessor, d *Dossier, c *Check)
	// details are the kinds of detail the check writes, besides the
	// shared ones (detail.go).
	details []*detailKind
}

// checks holds the definitions, by CheckID; define fills it when the
// package is initialised, before any function of the package runs.
var checks [maxCheck + 1]*checkDef

// define registers c. It panics on an id out of range or defined twice:
// a bug caught by every test.
func define(c *checkDef) {
	if c.id == 0 || c.id > maxCheck || checks[c.id] != nil {
		panic("societal: check " + strconv.Itoa(int(c.id)) + " out of range or defined twice")
	}
	checks[c.id] = c
}

// def returns the definition of id, or nil for an invalid id.
func (id CheckID) def() *checkDef {
	if id > maxCheck {
		return nil
	}
	return checks[id]
}

// checkIDs is the enumeration table of the checks, made from their
// definitions on first use: they are registered during the package's
// initialisation, in any order of its files. The checks are numbered from
// 1 without a gap.
var checkIDs = sync.OnceValue(func() *enum.Table[CheckID] {
	var names []enum.Names
	for id := CheckID(1); id <= maxCheck && checks[id] != nil; id++ {
		names = append(names, enum.Names{Key: checks[id].key, Label: checks[id].label})
	}
	for id := CheckID(len(names) + 1); id <= maxCheck; id++ {
		if checks[id] != nil {
			panic("societal: check " + strconv.Itoa(int(id)) + " defined after a gap")
		}
	}
	return enum.Define[CheckID](enum.Spec{Type: "CheckID", Noun: lang.Text{"critère", "check"}, Pkg: pkg}, names...)
})

// CheckIDs yields the checks in order, PhaseIdentified first.
func CheckIDs() iter.Seq[CheckID] {
	return func(yield func(CheckID) bool) {
		for id := CheckID(1); id <= maxCheck && checks[id] != nil; id++ {
			if !yield(id) {
				return
			}
		}
	}
}

// ParseCheckID returns the check named by s: its key (listed in the
// README, and by CheckID.String for each of CheckIDs) or its label in any
// language, in any case. Anything else is an error wrapping ErrUnknown.
func ParseCheckID(s string) (CheckID, error) { return checkIDs().ParseText(s) }

// IsValid reports whether id is one of the checks.
func (id CheckID) IsValid() bool { return id.def() != nil }

// String returns the ASCII key of id, or "%!CheckID(n)".
func (id CheckID) String() string { return checkIDs().Key(id) }

// Label returns the name of id in l.
func (id CheckID) Label(l lang.Lang) string { return checkIDs().Label(id, l) }

// Source returns the passage of the model id stands on, or "" for an
// invalid id.
func (id CheckID) Source() string {
	if c := id.def(); c != nil {
		return c.source
	}
	return ""
}

// Request returns, in l, what a funder should ask the project for to
// judge id when its evidence is missing, or "" for an invalid id.
func (id CheckID) Request(l lang.Lang) string {
	if c := id.def(); c != nil {
		return c.request.In(l)
	}
	return ""
}

// Field returns the dossier field(s) the answer to id's Request fills, as
// JSON keys ("partnership.terms"), or "" for an invalid id.
func (id CheckID) Field() string {
	if c := id.def(); c != nil {
		return c.field
	}
	return ""
}

// MarshalText returns the ASCII key of id, or an error wrapping ErrInvalid.
func (id CheckID) MarshalText() ([]byte, error) { return checkIDs().MarshalText(id) }

// UnmarshalText parses text with ParseCheckID; it accepts everything
// MarshalText produces. On error id is unchanged.
func (id *CheckID) UnmarshalText(text []byte) error { return checkIDs().UnmarshalText(id, text) }
