// Package cli is the command line every example program shares: a flag set
// that takes -lang and -format in any case, flags before or after the file
// arguments, "-" for standard input, -h for the usage, and the exit status
// a shell expects. The usage and every message are in the language -lang
// names, wherever -lang stands on the command line (French by default):
// each flag's description, the summary and the errors are lang.Text.
//
// A program whose one flag is -lang calls Run. Any other builds its
// FlagSet, declares its flags and operands, parses and ends with Status:
//
//	func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
//		fs := cli.New("readiness", summary, stdin, stdout, stderr)
//		l, format := fs.Lang(), fs.Format()
//		each := fs.Bool("each", eachUsage)
//		fs.Operands(operands, 1)
//		if err := fs.Parse(args); err != nil {
//			return fs.Status(err)
//		}
//		return fs.Status(report(fs, *l, *format))
//	}
//
// # Exit status
//
// Status returns 0 on success and after -h or -help (the usage is printed
// to standard output), 2 on a command line the program cannot run (an
// unknown flag, a bad value, an unexpected argument: the message and the
// usage go to standard error), 1 on any other error (its message goes to
// standard error, prefixed with the program's name). A program that has
// already written its own messages (with Say) returns an error wrapping
// ErrReported: Status then prints nothing more and returns 1.
package cli

import (
	"encoding"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// The exit statuses Status returns.
const (
	StatusOK    = 0 // success, or the usage asked for with -h
	StatusError = 1 // the program ran and failed
	StatusUsage = 2 // the command line is wrong; nothing ran
)

// ErrReported is returned by a program whose messages are already written
// (with Say): Status returns StatusError for it, or for an error that
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

// Text returns the message in l.
func (e *UsageError) Text(l lang.Lang) string { return Message(e.Err, l) }

// Unwrap returns the underlying error.
func (e *UsageError) Unwrap() error { return e.Err }

// Usagef returns a *UsageError of message t quoting args, for a program's
// own checks of its command line.
func Usagef(t lang.Text, args ...lang.Arg) error {
	k := &problem.Kind{Code: "usage", Message: t, Err: problem.ErrInvalid}
	return &UsageError{Err: k.New("", "", "", args...)}
}

// Message returns err as a reader of l reads it: its Text(l) when it has one
// (a *problem.Error, a *lang.ParseError, a *UsageError), each problem of
// an errors.Join on a line of its own, else its message as it stands.
func Message(err error, l lang.Lang) string {
	if t, ok := err.(interface{ Text(lang.Lang) string }); ok {
		return t.Text(l)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var lines []string
		for _, e := range j.Unwrap() {
			lines = append(lines, Message(e, l))
		}
		return strings.Join(lines, "\n")
	}
	return err.Error()
}

// flagDoc is what the usage says of a flag.
type flagDoc struct {
	name  string
	value lang.Text // the placeholder of its value; zero for a boolean
	usage lang.Text
	args  []lang.Arg // what usage quotes
	def   string     // its default as the usage shows it; "" for none
}

// FlagSet is the command line of one run of a program: its flags, its
// operands and its standard streams. The zero value is not usable: call
// New. A FlagSet is not safe for concurrent use.
type FlagSet struct {
	name    string
	summary lang.Text
	flags   *flag.FlagSet
	docs    []flagDoc
	l       lang.Lang  // the language of the usage and messages
	lang    *lang.Lang // the -lang flag, once defined
	refused error      // why the last value a flag refused was refused
	stdin   io.Reader
	stdout  io.Writer
	stderr  io.Writer

	operands    []string
	synopsis    lang.Text // the operands as the usage line shows them
	maxOperands int
}

// New returns the flag set of the program name, whose usage shows summary
// after the usage line. The program takes no operand until Operands says
// otherwise; -h and -help print the usage.
func New(name string, summary lang.Text, stdin io.Reader, stdout, stderr io.Writer) *FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // Status prints, never the flag package
	fs.Usage = func() {}
	return &FlagSet{name: name, summary: summary, flags: fs, stdin: stdin, stdout: stdout, stderr: stderr}
}

// Run is the whole command line of a program whose one flag is -lang and
// which takes no argument: it parses args, has write write the program's
// output in the language asked to stdout, and returns the exit status
// (Status).
func Run(name string, summary lang.Text, args []string, stdout, stderr io.Writer, write func(l lang.Lang, w io.Writer) error) int {
	fs := New(name, summary, nil, stdout, stderr)
	l := fs.Lang()
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	return fs.Status(write(*l, stdout))
}

// Lang defines -lang, the language of the output and of the messages: fr
// (the default), en, or any spelling lang.Parse accepts, in any case.
func (f *FlagSet) Lang() *lang.Lang {
	l := new(lang.Lang)
	f.lang = l
	f.TextVar(l, "lang", lang.French, words.langValue, words.langUsage)
	f.docs[len(f.docs)-1].args = []lang.Arg{lang.Codes()}
	return l
}

// Format defines -format, the form of the output: markdown (the default),
// text or json, and the formats more the program also writes (CSV, HTML),
// in any spelling ParseFormat accepts. Another format is refused, with the
// ones the program writes.
func (f *FlagSet) Format(more ...Format) *Format {
	allowed := append([]Format{Markdown, Text, JSON}, more...)
	v := new(Format)
	f.define("format", words.formatValue, words.formatUsage, Markdown.String(), func(s string) error {
		g, err := ParseFormat(s)
		if err != nil || !slices.Contains(allowed, g) {
			return problems.unknownFormat.New("", "", "", lang.Quoted(s, 64), formatNames(allowed))
		}
		*v = g
		return nil
	})
	f.docs[len(f.docs)-1].args = []lang.Arg{formatNames(allowed)}
	return v
}

// Bool defines a boolean flag.
func (f *FlagSet) Bool(name string, usage lang.Text) *bool {
	f.docs = append(f.docs, flagDoc{name: name, usage: usage})
	return f.flags.Bool(name, false, "")
}

// String defines a flag whose value is a text, value by default (shown in
// the usage unless empty), its placeholder in the usage being placeholder.
func (f *FlagSet) String(name, value string, placeholder, usage lang.Text) *string {
	f.docs = append(f.docs, flagDoc{name: name, value: placeholder, usage: usage, def: value})
	return f.flags.String(name, value, "")
}

// Int defines a flag whose value is a whole number.
func (f *FlagSet) Int(name string, value int, placeholder, usage lang.Text) *int {
	p := new(int)
	*p = value
	f.define(name, placeholder, usage, strconv.Itoa(value), func(s string) error {
		n, err := strconv.Atoi(s)
		if err != nil {
			return problems.notInteger.New("", "", "")
		}
		*p = n
		return nil
	})
	return p
}

// Duration defines a flag whose value is a duration ("1s", "500ms").
func (f *FlagSet) Duration(name string, value time.Duration, placeholder, usage lang.Text) *time.Duration {
	p := new(time.Duration)
	*p = value
	f.define(name, placeholder, usage, value.String(), func(s string) error {
		d, err := time.ParseDuration(s)
		if err != nil {
			return problems.notDuration.New("", "", "")
		}
		*p = d
		return nil
	})
	return p
}

// TextVar defines a flag whose value p parses; value is its default.
func (f *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, placeholder, usage lang.Text) {
	def, _ := value.MarshalText()
	if err := p.UnmarshalText(def); err != nil {
		panic("cli: the default of -" + name + " does not parse: " + err.Error()) // a program's own mistake
	}
	f.define(name, placeholder, usage, string(def), func(s string) error { return p.UnmarshalText([]byte(s)) })
}

// define defines a flag whose value set parses, keeping the error set
// returns so that a refused value is said with its cause in the reader's
// language (the flag package keeps only its English message).
func (f *FlagSet) define(name string, placeholder, usage lang.Text, def string, set func(string) error) {
	f.docs = append(f.docs, flagDoc{name: name, value: placeholder, usage: usage, def: def})
	f.flags.Var(value{def: def, set: func(s string) error {
		err := set(s)
		f.refused = err
		return err
	}}, name, "")
}

// value is a flag.Value of define.
type value struct {
	def string
	set func(string) error
}

func (v value) String() string     { return v.def }
func (v value) Set(s string) error { return v.set(s) }

// Operands declares that the program takes at most max arguments besides
// its flags, or any number if max is negative, shown as synopsis in the
// usage line ("[dossier.json | -]").
func (f *FlagSet) Operands(synopsis lang.Text, max int) {
	f.synopsis, f.maxOperands = synopsis, max
}

// Parse parses args, the command line without the program's name. Flags
// may come before, between or after the operands; "--" ends the flags, and
// "-" is an operand (standard input, for Open). The language of the usage
// and of the messages is -lang's, wherever it stands. Parse returns
// flag.ErrHelp for -h or -help, a *UsageError for anything the program
// cannot run, and nil otherwise; Status reports either.
func (f *FlagSet) Parse(args []string) error {
	f.l = f.language(args)
	f.operands = nil
	for {
		if err := f.flags.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return flag.ErrHelp
			}
			return &UsageError{Err: flagError(err, f.refused)}
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
	if f.lang != nil {
		f.l = *f.lang
	}
	if f.maxOperands >= 0 && len(f.operands) > f.maxOperands {
		extra := lang.Quoted(f.operands[f.maxOperands], 0)
		if f.maxOperands == 0 {
			return Usagef(words.noArgument, extra, lang.Data(f.name))
		}
		return Usagef(words.tooMany, extra, lang.Data(f.name), lang.Int(f.maxOperands), f.synopsis)
	}
	return nil
}

// language returns the language -lang names in args, wherever it stands
// before "--", or French: the usage and the messages of a command line
// that fails before -lang is parsed are in it too.
func (f *FlagSet) language(args []string) lang.Lang {
	if f.lang == nil {
		return lang.French
	}
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		if l, err := lang.Parse(value); err == nil {
			return l
		}
	}
	return lang.French
}

// The flag package's messages, read back so that they are said in the
// reader's language.
var (
	undefinedFlag = regexp.MustCompile(`^flag provided but not defined: -(.*)$`)
	invalidValue  = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-([^:]*): (.*)$`)
	needsArgument = regexp.MustCompile(`^flag needs an argument: -(.*)$`)
	badSyntax     = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagError returns err, an error of the flag package, as a problem whose
// message renders in any language; the cause of a refused value, refused,
// keeps its own words (a *problem.Error or a *lang.ParseError renders in
// any language too).
func flagError(err, refused error) error {
	msg := err.Error()
	switch m := undefinedFlag.FindStringSubmatch(msg); {
	case m != nil:
		return problems.unknownFlag.New("", "", "", lang.Data(m[1]))
	}
	if m := invalidValue.FindStringSubmatch(msg); m != nil {
		var cause lang.Arg = lang.Data(m[3])
		if t, ok := refused.(interface{ Text(lang.Lang) string }); ok {
			cause = textOf{t}
		}
		return problems.badValue.New("", "", "", lang.Quoted(m[1], 64), lang.Data(m[2]), cause)
	}
	if m := needsArgument.FindStringSubmatch(msg); m != nil {
		return problems.needsArgument.New("", "", "", lang.Data(m[1]))
	}
	if m := badSyntax.FindStringSubmatch(msg); m != nil {
		return problems.badSyntax.New("", "", "", lang.Quoted(m[1], 64))
	}
	return err
}

// textOf quotes an error that renders in any language.
type textOf struct {
	t interface{ Text(lang.Lang) string }
}

func (t textOf) Label(l lang.Lang) string { return t.t.Text(l) }

// Args returns the operands Parse found, in order.
func (f *FlagSet) Args() []string { return f.operands }

// Language returns the language of the messages: -lang's once Parse has
// run, French before.
func (f *FlagSet) Language() lang.Lang { return f.l }

// Open opens the operand name for reading: "-" is standard input (the
// reader given to New, which Close leaves open), anything else a file.
func (f *FlagSet) Open(name string) (io.ReadCloser, error) {
	if name == "-" {
		if f.stdin == nil {
			return nil, problems.noStdin.New("", "", "")
		}
		return io.NopCloser(f.stdin), nil
	}
	return os.Open(name)
}

// Usage writes the usage of the program to w in the language of the
// messages: the usage line, the summary and the flags with their defaults.
func (f *FlagSet) Usage(w io.Writer) {
	synopsis := ""
	if !f.synopsis.IsZero() {
		synopsis = " " + f.synopsis.In(f.l)
	}
	fmt.Fprintf(w, "%s\n\n", words.usage.Format(f.l, lang.Data(f.name), lang.Data(synopsis)))
	if s := strings.TrimSpace(f.summary.In(f.l)); s != "" {
		fmt.Fprintf(w, "%s\n\n", s)
	}
	if f.maxOperands != 0 {
		fmt.Fprintf(w, "%s\n\n", words.anyOrder.In(f.l))
	}
	fmt.Fprintf(w, "%s\n", words.flags.In(f.l))
	docs := slices.Clone(f.docs)
	slices.SortFunc(docs, func(a, b flagDoc) int { return strings.Compare(a.name, b.name) })
	for _, d := range docs {
		line := "  -" + d.name
		if !d.value.IsZero() {
			line += " " + d.value.In(f.l)
		}
		usage := d.usage.Format(f.l, d.args...)
		if d.def != "" && !d.value.IsZero() {
			usage += " " + words.byDefault.Format(f.l, lang.Data(d.def))
		}
		fmt.Fprintf(w, "%s\n    \t%s\n", line, usage)
	}
	fmt.Fprintf(w, "  -h, -help\n    \t%s\n", words.help.In(f.l))
}

// Say writes a message in the language of the messages to standard
// error, prefixed with the program's name and ended with a newline, as
// Status writes an error.
func (f *FlagSet) Say(t lang.Text, args ...lang.Arg) {
	fmt.Fprintf(f.stderr, "%s%s%s\n", f.name, f.l.Colon(), t.Format(f.l, args...))
}

// Line writes s, a message already said in the language of the messages
// (an error's Text), to standard error, prefixed as Say prefixes.
func (f *FlagSet) Line(s string) {
	fmt.Fprintf(f.stderr, "%s%s%s\n", f.name, f.l.Colon(), s)
}

// Status reports err and returns the exit status of the program: StatusOK
// for nil or flag.ErrHelp (the usage goes to standard output), StatusUsage
// for a *UsageError (the message and the usage go to standard error),
// StatusError for anything else (the message goes to standard error, unless
// err wraps ErrReported). Every message is prefixed with the program's
// name and said in the language of the messages (see Message).
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
		for _, line := range strings.Split(Message(err, f.l), "\n") {
			fmt.Fprintf(f.stderr, "%s%s%s\n", f.name, f.l.Colon(), line)
		}
		fmt.Fprintln(f.stderr)
		f.Usage(f.stderr)
		return StatusUsage
	default:
		for _, line := range strings.Split(Message(err, f.l), "\n") {
			fmt.Fprintf(f.stderr, "%s%s%s\n", f.name, f.l.Colon(), line)
		}
		return StatusError
	}
}
