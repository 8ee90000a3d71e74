package innovation

import (
	"bytes"
	"strings"

	"github.com/seed424036fd/societal/internal/enum"
)

// Lang selects the language of a Label. The zero value is French, the
// model's own language, and is the documented default; English gives the
// gloss. Any other value is invalid: IsValid reports false, String prints
// "%!Lang(n)", and Labels fall back to French. Lang is a plain value, safe
// for concurrent use.
type Lang uint8

const (
	French  Lang = iota // labels as the sources write them, with accents
	English             // English glosses
)

var langs = enum.Define[Lang](enum.Spec{Type: "Lang", Noun: "language", ZeroValid: true, Errors: enumErrors},
	enum.Names{Key: "fr", French: "français", English: "French", Alias: "francais"},
	enum.Names{Key: "en", French: "anglais", English: "English"},
)

// ParseLang returns the language named by s: its code ("fr", "en"), its
// English name ("french", "english") or its French name ("français" or
// "francais", "anglais"), in any case, with surrounding white space ignored.
// Anything else is a *ParseError that unwraps to ErrUnknown.
// Keys: "fr", "en".
func ParseLang(s string) (Lang, error) { return langs.ParseText(strings.TrimSpace(s)) }

// IsValid reports whether l is French or English.
func (l Lang) IsValid() bool { return langs.Valid(l) }

// String returns "fr" or "en", or "%!Lang(n)" for an invalid value.
func (l Lang) String() string { return langs.Key(l) }

// MarshalText returns "fr" or "en", or an error wrapping ErrInvalid.
func (l Lang) MarshalText() ([]byte, error) { return langs.MarshalText(l) }

// UnmarshalText parses text as ParseLang does; it accepts everything
// MarshalText produces. On error l is unchanged.
func (l *Lang) UnmarshalText(text []byte) error { return langs.UnmarshalText(l, bytes.TrimSpace(text)) }

func (l Lang) english() bool { return l == English }
