package cli

import (
	"fmt"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Format is the form of a program's output: what its -format flag selects.
// The zero value is Markdown, the documented default. Format is a plain
// value, safe for concurrent use.
type Format uint8

const (
	Markdown Format = iota // Markdown, as a committee note pastes it; also "md"
	Text                   // plain text for a terminal; also "txt"
	JSON                   // indented JSON with the library's stable keys
	CSV                    // a spreadsheet, for the programs that write one (FlagSet.Format)
	HTML                   // one self-contained HTML page, for the programs that write one
)

// formats is the table of Format [D]: the keys and their one alias each.
var formats = enum.Define[Format](enum.Spec{Type: "Format", Noun: lang.Text{"format", "format"}, ZeroValid: true, Pkg: formatReporter{}},
	enum.Names{Key: "markdown", Label: lang.Text{"Markdown", "Markdown"}, Alias: "md"},
	enum.Names{Key: "text", Label: lang.Text{"texte", "text"}, Alias: "txt"},
	enum.Names{Key: "json", Label: lang.Text{"JSON", "JSON"}},
	enum.Names{Key: "csv", Label: lang.Text{"CSV", "CSV"}},
	enum.Names{Key: "html", Label: lang.Text{"HTML", "HTML"}},
)

// formatReporter reports the problems of the table of Format: a format
// -format does not know, listed with the aliases.
type formatReporter struct{}

func (formatReporter) UnknownName(_ lang.Text, input string, _ []string) error {
	return problems.unknownFormat.New("", "", "", lang.Quoted(input, 64), formatNames(nil))
}

func (formatReporter) InvalidValue(_ lang.Text, v int) error {
	return fmt.Errorf("cli: invalid format %d", v)
}

// formatNames lists the spellings of formats, in any case, as the usage
// and the error messages print them: "markdown (md), text (txt) or json"
// in English. Empty: every format.
type formatNames []Format

// Label returns the spellings in l.
func (fs formatNames) Label(l lang.Lang) string {
	if len(fs) == 0 {
		for f := range formats.Len() {
			fs = append(fs, Format(f))
		}
	}
	var out []string
	for _, f := range fs {
		n, _ := formats.Names(f)
		s := n.Key
		if n.Alias != "" {
			s += " (" + n.Alias + ")"
		}
		out = append(out, s)
	}
	return l.Or(out)
}

// ParseFormat returns the format named by s: "markdown" or "md", "text",
// "txt" or "texte", "json", "csv", "html", in any case. Anything else is an error
// that lists the accepted names.
func ParseFormat(s string) (Format, error) { return formats.ParseText(s) }

// IsValid reports whether f is Markdown, Text, JSON, CSV or HTML.
func (f Format) IsValid() bool { return formats.Valid(f) }

// String returns "markdown", "text", "json", "csv" or "html", or
// "%!Format(n)" for an invalid value.
func (f Format) String() string { return formats.Key(f) }

// Label returns the name of f in lang.
func (f Format) Label(l lang.Lang) string {
	return formats.Label(f, l)
}

// MarshalText returns the key of f, or an error for an invalid value.
func (f Format) MarshalText() ([]byte, error) { return formats.MarshalText(f) }

// UnmarshalText parses text as ParseFormat does; it accepts everything
// MarshalText produces. On error f is unchanged.
func (f *Format) UnmarshalText(text []byte) error { return formats.UnmarshalText(f, text) }
