package innovation

import (
	"time"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Transition is one entry of a lifecycle's history: a transition that took
// place. For an Abandon, To equals From (the phase the project stopped in).
// The zero value is not a valid entry. Transition is a plain value, safe for
// concurrent use.
type Transition struct {
	From   Phase          // the phase left
	To     Phase          // the phase entered; From for an Abandon
	Kind   TransitionKind // advance, return or abandon
	At     time.Time      // when, by the lifecycle's clock
	Reason string         // why, as the caller's Note says
	By     string         // who asked, as the caller's Note says
}

// Note is what a caller says of a transition: who asks for it and why.
// A Return and an Abandon need a Reason; an Advance may omit it. The zero
// Note (no author, no reason) suits an advance. A Note is a plain value,
// safe for concurrent use.
type Note struct {
	By     string // who made the transition (a person, a committee, a funder)
	Reason string // why
}

// MaxProse is the longest By or Reason, in bytes, a Note may hold: the
// module's limit on free text. A note may hold tabs and line breaks, but no
// other control character.
// Its value is 4096 bytes.
const MaxProse = wire.MaxProse

// check reports what is wrong with n for a transition of kind k, or nil:
// a problem at the path of its field ("reason", "by"), or of the whole
// note for a missing reason.
func (n Note) check(k TransitionKind) *problem.Error {
	if k, args := (wire.Prose{}).Problem(n.Reason); k != nil {
		return k.New(pkgName, "reason", n.Reason, args...)
	}
	if k, args := (wire.Prose{}).Problem(n.By); k != nil {
		return k.New(pkgName, "by", n.By, args...)
	}
	if k != Advance && n.Reason == "" {
		return errNoReason.New(pkgName, "", "", lang.Quote(k))
	}
	return nil
}
