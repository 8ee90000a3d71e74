package innovation

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Intensity is how strongly a need is felt or a stakeholder is to be
// mobilised, on the model's scale "-" < "+" < "++" < "+++" (MODEL §2.2).
//
// Unlike most enumerations, the zero value is valid and meaningful:
// None ("-"). Intensities are ordered: compare them with < and >.
// Safe for concurrent use.
type Intensity uint8

const (
	None   Intensity = iota // "-": not needed
	Low                     // "+"
	Medium                  // "++"
	High                    // "+++"
)

// The model's marks are the keys, and the labels in both languages; the
// words "none" … "high" are accepted as aliases.
// intensityNoun is what messages call the enumeration.
var intensityNoun = lang.Text{"intensité", "intensity"}

var intensities = enum.Define[Intensity](enum.Spec{Type: "Intensity", Noun: intensityNoun, ZeroValid: true, Pkg: pkg},
	enum.Names{Key: "-", Label: lang.Text{"-", "-"}, Alias: "none"},
	enum.Names{Key: "+", Label: lang.Text{"+", "+"}, Alias: "low"},
	enum.Names{Key: "++", Label: lang.Text{"++", "++"}, Alias: "medium"},
	enum.Names{Key: "+++", Label: lang.Text{"+++", "+++"}, Alias: "high"},
)

// ParseIntensity accepts the model's marks "-", "+", "++", "+++" and the
// words "none", "low", "medium", "high" (any case). Anything else is a
// *problem.Error of code "unknown-name" (ErrUnknown).
// Keys: "-", "+", "++", "+++".
func ParseIntensity(s string) (Intensity, error) { return intensities.ParseText(s) }

// IsValid reports whether i is one of the four intensities.
func (i Intensity) IsValid() bool { return intensities.Valid(i) }

// String returns the model's mark: "-", "+", "++" or "+++"; an invalid value
// prints as "%!Intensity(n)".
func (i Intensity) String() string { return intensities.Key(i) }

// Label returns the mark of i; marks are the same in every language.
func (i Intensity) Label(l lang.Lang) string { return intensities.Label(i, l) }

// MarshalText returns the mark of i ("-", "+", "++", "+++"), or an error
// wrapping ErrInvalid.
func (i Intensity) MarshalText() ([]byte, error) { return intensities.MarshalText(i) }

// UnmarshalText parses text with ParseIntensity; it accepts everything
// MarshalText produces. On error i is unchanged.
func (i *Intensity) UnmarshalText(text []byte) error { return intensities.UnmarshalText(i, text) }
