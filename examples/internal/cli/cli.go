// Package cli is the command line every example program shares: a flag set
// that takes -lang and -format in any case, flags before or after the file
// arguments, "-" for standard input, -h for the usage, and the exit status
// a shell expects.
//
// A program builds its FlagSet, declares its flags and operands, parses
// and ends with Status:
//
//	func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
//		fs := cli.New("readiness", "assesses a dossier…", stdin, stdout, stderr)
//		lang, format := fs.Lang(), fs.Format()
//		fs.Operands("[dossier.json | -]", 1)
//		if err := fs.Parse(args); err != nil {
//			return fs.Status(err)
//		}
//		return fs.Status(report(fs, *lang, *format))
//	}
//
// # Exit status
//
// Status returns 0 on success and after -h or -help (the usage is printed
// to standard output), 2 on a command line the program cannot run (an
// unknown flag, a bad value, an unexpected argument: the message and the
// usage go to standard error), 1 on any other error (its message goes to
// standard error, prefixed with the program's name). A program that has
// already written its own messages (one per problem, with Errorf) returns
// an error wrapping ErrReported: Status then prints nothing more and
// returns 1.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/seed424036fd/societal/lang"
)

// The exit statuses Status returns.
const (
	StatusOK    = 0 // success, or the usage asked for with -h
	StatusError = 1 // the program ran and failed
	StatusUsage = 2 // the command line is wrong; nothing ran
)

// ErrReported is returned by a program whose messages are already written
// (with Errorf): Status returns StatusError for it, or for an error that
// wraps it, and prints nothing.
var ErrReported = errors.New("errors reported")

// UsageError is a command line the program cannot run: an unknown flag, a
// value a flag refuses, an unexpected argument. Status prints it with the
// usage and returns StatusUsage.
type UsageError struct {
	Err error
}

// Error returns the message of the underlying error.
func (e *UsageError) Error() string { return e.Err.Error() }

// Unwrap returns the underlying error.
func (e *UsageError) Unwrap() error { return e.Err }

// FlagSet is the command line of one run of a program: its flags, its
// operands and its standard streams. The zero value is not usable: call
// New. A FlagSet is not safe for concurrent use.
type FlagSet struct {
	name, summary string
	flags         *flag.FlagSet
	stdin         io.Reader
	stdout        io.Writer
	stderr        io.Writer

	operands    []string
	synopsis    string // the operands as the usage line shows them
	maxOperands int
}

// New returns the flag set of the program name, whose usage shows summary
// after the usage line. The program takes no operand until Operands says
// otherwise; -h and -help print the usage.
func New(name, summary string, stdin io.Reader, stdout, stderr io.Writer) *FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // Status prints, never the flag package
	fs.Usage = func() {}
	return &FlagSet{name: name, summary: summary, flags: fs, stdin: stdin, stdout: stdout, stderr: stderr}
}

// Flags returns the underlying flag set, to define the program's own flags.
// Parse it through FlagSet.Parse only.
func (f *FlagSet) Flags() *flag.FlagSet { return f.flags }

// Lang defines -lang, the language of the output: fr (the default) or en,
// or any spelling innovation.ParseLang accepts, in any case.
func (f *FlagSet) Lang() *lang.Lang {
	l := new(lang.Lang)
	f.flags.TextVar(l, "lang", lang.French, "output `language`: fr or en, in any case")
	return l
}

// Format defines -format, the form of the output: markdown (the default),
// text or json, or any spelling ParseFormat accepts.
func (f *FlagSet) Format() *Format {
	v := new(Format)
	f.flags.TextVar(v, "format", Markdown, "output `format`: "+FormatNames+", in any case")
	return v
}

// Operands declares that the program takes at most max arguments besides
// its flags, or any number if max is negative, shown as synopsis in the
// usage line ("[dossier.json | -]").
func (f *FlagSet) Operands(synopsis string, max int) {
	f.synopsis, f.maxOperands = synopsis, max
}

// Parse parses args, the command line without the program's name. Flags
// may come before, between or after the operands; "--" ends the flags, and
// "-" is an operand (standard input, for Open). Parse returns flag.ErrHelp
// for -h or -help, a *UsageError for anything the program cannot run, and
// nil otherwise; Status reports either.
func (f *FlagSet) Parse(args []string) error {
	f.operands = nil
	for {
		if err := f.flags.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return flag.ErrHelp
			}
			return &UsageError{Err: err}
		}
		rest := f.flags.Args()
		// A "--" just before rest ended the flags (none of the flags of
		// the examples takes "--" as its value).
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			f.operands = append(f.operands, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		// The flag package stops at the first operand: keep it, parse
		// what follows.
		f.operands = append(f.operands, rest[0])
		args = rest[1:]
	}
	if f.maxOperands >= 0 && len(f.operands) > f.maxOperands {
		extra := f.operands[f.maxOperands]
		if f.maxOperands == 0 {
			return &UsageError{Err: fmt.Errorf("unexpected argument %q: %s takes no argument", extra, f.name)}
		}
		return &UsageError{Err: fmt.Errorf("unexpected argument %q: %s takes at most %d (%s)", extra, f.name, f.maxOperands, f.synopsis)}
	}
	return nil
}

// Args returns the operands Parse found, in order.
func (f *FlagSet) Args() []string { return f.operands }

// Open opens the operand name for reading: "-" is standard input (the
// reader given to New, which Close leaves open), anything else a file.
func (f *FlagSet) Open(name string) (io.ReadCloser, error) {
	if name == "-" {
		if f.stdin == nil {
			return nil, errors.New("no standard input")
		}
		return io.NopCloser(f.stdin), nil
	}
	return os.Open(name)
}

// Usage writes the usage of the program to w: the usage line, the summary
// and the flags with their defaults.
func (f *FlagSet) Usage(w io.Writer) {
	line := "usage: " + f.name + " [flags]"
	if f.synopsis != "" {
		line += " " + f.synopsis
	}
	fmt.Fprintf(w, "%s\n\n", line)
	if f.summary != "" {
		fmt.Fprintf(w, "%s\n\n", strings.TrimSpace(f.summary))
	}
	if f.maxOperands != 0 {
		fmt.Fprintf(w, "Flags may come before or after the arguments; \"-\" reads standard input.\n\n")
	}
	fmt.Fprintf(w, "Flags:\n")
	f.flags.SetOutput(w)
	f.flags.PrintDefaults()
	f.flags.SetOutput(io.Discard)
	fmt.Fprintf(w, "  -h, -help\n    \tprint this usage and exit\n")
}

// Errorf writes a message to standard error, prefixed with the program's
// name and ended with a newline, as Status writes an error.
func (f *FlagSet) Errorf(format string, args ...any) {
	fmt.Fprintf(f.stderr, "%s: %s\n", f.name, fmt.Sprintf(format, args...))
}

// Status reports err and returns the exit status of the program: StatusOK
// for nil or flag.ErrHelp (the usage goes to standard output), StatusUsage
// for a *UsageError (the message and the usage go to standard error),
// StatusError for anything else (the message goes to standard error, unless
// err wraps ErrReported). Every message is prefixed with the program's
// name.
func (f *FlagSet) Status(err error) int {
	var ue *UsageError
	switch {
	case err == nil:
		return StatusOK
	case errors.Is(err, flag.ErrHelp):
		f.Usage(f.stdout)
		return StatusOK
	case errors.Is(err, ErrReported):
		return StatusError
	case errors.As(err, &ue):
		fmt.Fprintf(f.stderr, "%s: %v\n\n", f.name, err)
		f.Usage(f.stderr)
		return StatusUsage
	default:
		fmt.Fprintf(f.stderr, "%s: %v\n", f.name, err)
		return StatusError
	}
}
