package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
)

// Verdict answers "is this project ready to move to its next phase?".
// The zero value is invalid. Safe for concurrent use.
//
// The rule, applied to the criteria of a report:
//   - Blocked: a criterion of severity Blocking is NotMet (or the project was
//     abandoned, which is final);
//   - NotYet: otherwise, a criterion of severity Major is NotMet;
//   - Ready: otherwise. Minor gaps and Unknown criteria (missing evidence)
//     are listed in the report but never turn the verdict: unknown is not
//     failure.
type Verdict uint8

const (
	Ready   Verdict = 1 + iota // ready to cross to the next phase
	NotYet                     // gaps to close first
	Blocked                    // a blocking gap: the crossing is not possible as the project stands
)

var verdicts = enum.New[Verdict]("Verdict",
	enum.Names{Key: "ready", French: "Prêt", English: "Ready"},
	enum.Names{Key: "not-yet", French: "Pas encore", English: "Not yet"},
	enum.Names{Key: "blocked", French: "Bloqué", English: "Blocked"},
)

// ParseVerdict returns the verdict named by s, or a *ParseError.
func ParseVerdict(s string) (Verdict, error) {
	if v, ok := verdicts.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "verdict", Input: s, Allowed: verdicts.Keys()}
}

// IsValid reports whether v is Ready, NotYet or Blocked.
func (v Verdict) IsValid() bool { return verdicts.Valid(v) }

// String returns "ready", "not-yet" or "blocked", or "%!Verdict(n)".
func (v Verdict) String() string { return verdicts.Key(v) }

// Label returns the name of v in lang.
func (v Verdict) Label(lang innovation.Lang) string {
	return verdicts.Label(v, lang == innovation.English)
}

// MarshalText returns the ASCII key of v, or an error wrapping ErrInvalid.
func (v Verdict) MarshalText() ([]byte, error) {
	if !v.IsValid() {
		return nil, invalidValue("verdict", int(v))
	}
	return []byte(v.String()), nil
}

// UnmarshalText parses text with ParseVerdict. On error v is unchanged.
func (v *Verdict) UnmarshalText(text []byte) error {
	x, err := ParseVerdict(string(text))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// verdictOf applies the rule documented on Verdict.
func verdictOf(cs []Criterion, abandoned bool) Verdict {
	v := Ready
	if abandoned {
		return Blocked
	}
	for i := range cs {
		if cs[i].Outcome != evaluation.NotMet {
			continue
		}
		switch cs[i].Severity {
		case Blocking:
			return Blocked
		case Major:
			v = NotYet
		}
	}
	return v
}
