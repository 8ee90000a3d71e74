package societal

import (
	"iter"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Verdict answers "is this project ready to move to its next phase?".
// The zero value is invalid. Safe for concurrent use.
//
// The rule, applied to the checks of a report, the first that holds wins:
//   - Blocked: a check of severity Blocking is NotMet (or the project was
//     abandoned, which is final);
//   - NotYet: a check of severity Major is NotMet;
//   - InsufficientEvidence: a check the rubric requires before the
//     crossing (Rubric.Required, Check.Required) is Unknown, or no check
//     but PhaseIdentified (what identifies the project) could be judged:
//     an empty dossier is never Ready [D];
//   - Ready: otherwise. Minor gaps and the Unknown checks the rubric does
//     not require are listed in the report but never turn the verdict:
//     unknown is not failure.
//
// Verdicts are ordered from the best to the worst, Ready <
// InsufficientEvidence < NotYet < Blocked, as the rule ranks them: a known
// gap weighs more than missing evidence, since evidence may still show the
// check met. Report.Decisive names the check that decides a verdict other
// than Ready.
type Verdict uint8

const (
	Ready                Verdict = 1 + iota // ready to cross to the next phase
	InsufficientEvidence                    // « À instruire »: the evidence the crossing requires is missing
	NotYet                                  // gaps to close first
	Blocked                                 // a blocking gap: the crossing is not possible as the project stands
)

var verdicts = enum.Define[Verdict](enum.Spec{Type: "Verdict", Noun: lang.Text{"verdict", "verdict"}, Pkg: pkg},
	enum.Names{Key: "ready", Label: lang.Text{"Prêt", "Ready"}},
	enum.Names{Key: "insufficient-evidence", Label: lang.Text{"À instruire", "Insufficient evidence"}},
	enum.Names{Key: "not-yet", Label: lang.Text{"Pas encore", "Not yet"}},
	enum.Names{Key: "blocked", Label: lang.Text{"Bloqué", "Blocked"}},
)

// Verdicts yields the verdicts in order: Ready, InsufficientEvidence,
// NotYet, Blocked.
func Verdicts() iter.Seq[Verdict] {
	return func(yield func(Verdict) bool) {
		for v := Ready; v <= Blocked; v++ {
			if !yield(v) {
				return
			}
		}
	}
}

// ParseVerdict returns the verdict named by s, or an error wrapping
// ErrUnknown.
// Keys: "ready", "insufficient-evidence", "not-yet", "blocked".
func ParseVerdict(s string) (Verdict, error) { return verdicts.ParseText(s) }

// IsValid reports whether v is one of the four verdicts.
func (v Verdict) IsValid() bool { return verdicts.Valid(v) }

// String returns "ready", "insufficient-evidence", "not-yet" or "blocked",
// or "%!Verdict(n)".
func (v Verdict) String() string { return verdicts.Key(v) }

// Label returns the name of v in l.
func (v Verdict) Label(l lang.Lang) string {
	return verdicts.Label(v, l)
}

// MarshalText returns the ASCII key of v, or an error wrapping ErrInvalid.
func (v Verdict) MarshalText() ([]byte, error) { return verdicts.MarshalText(v) }

// UnmarshalText parses text with ParseVerdict; it accepts everything
// MarshalText produces. On error v is unchanged.
func (v *Verdict) UnmarshalText(text []byte) error { return verdicts.UnmarshalText(v, text) }

// verdictOf applies the rule documented on Verdict to cs, with the checks
// in the bit set closed (bit id) taken as Met: closed == 0 is the report's
// own verdict, and Report.Plan searches the sets that make it Ready.
func verdictOf(cs []Check, abandoned bool, closed uint16) Verdict {
	if abandoned {
		return Blocked
	}
	v := Ready
	judged := false
	for i := range cs {
		c := &cs[i]
		o := c.Outcome
		if closed&(1<<c.ID) != 0 {
			o = evaluation.Met
		}
		switch o {
		case evaluation.NotMet:
			switch c.Severity {
			case Blocking:
				return Blocked
			case Major:
				v = NotYet
			}
		case evaluation.Unknown:
			if c.Required {
				v = max(v, InsufficientEvidence)
			}
		}
		if d := c.ID.def(); (d == nil || !d.identifies) && (o == evaluation.Met || o == evaluation.NotMet) {
			judged = true
		}
	}
	if !judged {
		v = max(v, InsufficientEvidence)
	}
	return v
}
