package societal

import (
	"iter"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
)

// Verdict answers "is this project ready to move to its next phase?".
// The zero value is invalid. Safe for concurrent use.
//
// The rule, applied to the checks of a report:
//   - Blocked: a check of severity Blocking is NotMet (or the project was
//     abandoned, which is final);
//   - NotYet: otherwise, a check of severity Major is NotMet;
//   - Ready: otherwise. Minor gaps and Unknown checks (missing evidence)
//     are listed in the report but never turn the verdict: unknown is not
//     failure.
type Verdict uint8

const (
	Ready   Verdict = 1 + iota // ready to cross to the next phase
	NotYet                     // gaps to close first
	Blocked                    // a blocking gap: the crossing is not possible as the project stands
)

var verdicts = enum.Define[Verdict](enum.Spec{Type: "Verdict", Noun: "verdict", Errors: enumErrors},
	enum.Names{Key: "ready", French: "Prêt", English: "Ready"},
	enum.Names{Key: "not-yet", French: "Pas encore", English: "Not yet"},
	enum.Names{Key: "blocked", French: "Bloqué", English: "Blocked"},
)

// Verdicts yields the verdicts in order: Ready, NotYet, Blocked.
func Verdicts() iter.Seq[Verdict] {
	return func(yield func(Verdict) bool) {
		for v := Ready; v <= Blocked; v++ {
			if !yield(v) {
				return
			}
		}
	}
}

// ParseVerdict returns the verdict named by s, or a *ParseError.
func ParseVerdict(s string) (Verdict, error) { return verdicts.ParseText(s) }

// IsValid reports whether v is Ready, NotYet or Blocked.
func (v Verdict) IsValid() bool { return verdicts.Valid(v) }

// String returns "ready", "not-yet" or "blocked", or "%!Verdict(n)".
func (v Verdict) String() string { return verdicts.Key(v) }

// Label returns the name of v in lang.
func (v Verdict) Label(lang innovation.Lang) string {
	return verdicts.Label(v, lang == innovation.English)
}

// MarshalText returns the ASCII key of v, or an error wrapping ErrInvalid.
func (v Verdict) MarshalText() ([]byte, error) { return verdicts.MarshalText(v) }

// UnmarshalText parses text with ParseVerdict; it accepts everything
// MarshalText produces. On error v is unchanged.
func (v *Verdict) UnmarshalText(text []byte) error { return verdicts.UnmarshalText(v, text) }

// verdictOf applies the rule documented on Verdict.
func verdictOf(cs []Check, abandoned bool) Verdict {
	if abandoned {
		return Blocked
	}
	v := Ready
	for _, c := range cs {
		if c.Outcome != evaluation.NotMet {
			continue
		}
		switch c.Severity {
		case Blocking:
			return Blocked
		case Major:
			v = NotYet
		}
	}
	return v
}
