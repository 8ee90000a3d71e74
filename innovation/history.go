package innovation

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// Transition is one entry of a lifecycle's history: a transition that took
// place. For an Abandon, To equals From (the phase the project stopped in).
// The zero value is not a valid entry. Transition is a plain value, safe for
// concurrent use.
type Transition struct {
	From   Phase     `json:"from"`
	To     Phase     `json:"to"`
	Kind   Kind      `json:"kind"`
	At     time.Time `json:"at"`
	Reason string    `json:"reason,omitempty"`
	By     string    `json:"by,omitempty"`
}

// Note is what a caller says of a transition: who asks for it and why.
// A Return and an Abandon need a Reason; an Advance may omit it. The zero
// Note (no author, no reason) suits an advance. A Note is a plain value,
// safe for concurrent use.
type Note struct {
	By     string // who made the transition (a person, a committee, a funder)
	Reason string // why
}

// MaxNote is the longest By or Reason, in bytes, a Note may hold.
const MaxNote = 1024

// check reports what is wrong with n for a transition of kind k, or "".
func (n Note) check(k Kind) string {
	switch {
	case len(n.Reason) > MaxNote:
		return fmt.Sprintf("reason longer than %d bytes", MaxNote)
	case len(n.By) > MaxNote:
		return fmt.Sprintf("by longer than %d bytes", MaxNote)
	case !utf8.ValidString(n.Reason) || !utf8.ValidString(n.By):
		return "note is not valid UTF-8"
	case hasNUL(n.Reason) || hasNUL(n.By):
		return "note holds a NUL byte"
	case k != Advance && n.Reason == "":
		return "a " + k.String() + " needs a reason"
	}
	return ""
}

func hasNUL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return true
		}
	}
	return false
}

// historyChunk is how many entries one block of a journal holds.
const historyChunk = 32

// journal is an append-only history stored in fixed-size blocks, so that an
// append never copies earlier entries: a transition costs one block
// allocation every historyChunk entries, whatever the length of the history.
type journal struct {
	blocks [][]Transition // every block but the last is full
	n      int
}

func newJournal(entries []Transition) journal {
	if len(entries) == 0 {
		return journal{}
	}
	// The restored entries form the first block; it is full (len == cap),
	// so the next append starts a new one.
	return journal{blocks: [][]Transition{entries[:len(entries):len(entries)]}, n: len(entries)}
}

func (h *journal) append(t Transition) {
	if k := len(h.blocks); k == 0 || len(h.blocks[k-1]) == cap(h.blocks[k-1]) {
		h.blocks = append(h.blocks, make([]Transition, 0, historyChunk))
	}
	k := len(h.blocks) - 1
	h.blocks[k] = append(h.blocks[k], t)
	h.n++
}

// last returns the newest entry, and false if there is none.
func (h *journal) last() (Transition, bool) {
	if h.n == 0 {
		return Transition{}, false
	}
	b := h.blocks[len(h.blocks)-1]
	return b[len(b)-1], true
}

// all returns a copy of every entry, oldest first.
func (h *journal) all() []Transition {
	if h.n == 0 {
		return nil
	}
	out := make([]Transition, 0, h.n)
	for _, b := range h.blocks {
		out = append(out, b...)
	}
	return out
}
