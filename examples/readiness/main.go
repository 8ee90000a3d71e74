// Command readiness is the main job of societal: it assesses project
// dossiers for their readiness to move to their next phase. For one dossier
// it prints the Markdown report a funder pastes into a committee note: the
// verdict and the check that decides it, the score with the coverage
// ("0,71 (9/9 jugés)", a range when evidence is missing), how the score is
// computed, the criteria, the gaps, the documents to request for missing
// evidence and the next best actions (the smallest set that can make the
// dossier ready, with the levers and the kinds of partner that bring
// them). For a fund's dossiers it prints the portfolio report, and with
// -each every dossier's report after it.
//
//	go run ./examples/readiness                     # the embedded default dossier
//	go run ./examples/readiness path/to/dossier.json
//	go run ./examples/readiness path/to/dossier.json -lang EN -format txt
//	go run ./examples/readiness -format json - < path/to/dossier.json
//	go run ./examples/readiness dossiers/           # every *.json and *.ndjson in it
//	go run ./examples/readiness 'fund/*.json' extra.ndjson -each
//	go run ./examples/readiness -ndjson - < fund.ndjson
//	go run ./examples/readiness -h
//
// -lang takes fr or en, -format markdown (md), text (txt) or json, both in
// any case; flags may come before or after the files.
//
// # Inputs
//
// Each argument is a dossier file (JSON), an NDJSON file (a name ending in
// .ndjson: one dossier per line, blank lines skipped), a directory (every
// *.json and *.ndjson file in it, not in its subdirectories, in the order
// of their names), a glob pattern (its matches, in order; quote it from
// the shell so that the program sees the pattern) or "-", standard input:
// one dossier, or NDJSON with -ndjson. Every file is read up to the
// decoder's limit, societal.MaxJSON bytes per dossier.
//
// The form of the output follows the form of the input, not the number of
// dossiers found [D]: a single dossier file, or "-" without -ndjson, gives
// that dossier's report; anything else (several arguments, a directory, a
// glob, NDJSON) gives the portfolio report, even for one dossier, so that a
// script over a folder always gets the same form. The portfolio report ends
// with what was read: the dossiers assessed and those refused, with their
// file and line. In JSON it is one object: "portfolio" (with every
// dossier's report), "read", "assessed", "refused" and "unreadable".
//
// # Errors
//
// A dossier that cannot be decoded is refused: every one of its problems
// goes to standard error, one per line, prefixed with its file and, for
// NDJSON, its line ("readiness: fund.ndjson:3: phase: …"). The other
// dossiers are still assessed. A file or directory that cannot be read,
// and a pattern that matches nothing, are reported the same way.
//
// # Exit status
//
//	0  every dossier was assessed
//	1  some dossiers were refused, or a file could not be read
//	2  the command line is wrong (unknown flag, bad value, bad pattern,
//	   "-" given twice); nothing was read
//
// The default dossier is the Wimoov alliance (Renault, Le RAMEAU, Caisse des
// Dépôts) before its essaimage (004:2808-2989). The source gives no amounts:
// the amounts in it are illustrative, not facts about the real alliance.
package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

//go:embed dossier.json
var defaultDossier []byte

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	status := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}

// summary is what the usage says of the program.
const summary = `Assesses project dossiers for their readiness to move to their next phase.
One dossier file (JSON), or "-" without -ndjson, gives that dossier's report
(the embedded Wimoov dossier when no file is given). Several files, a
directory (its *.json and *.ndjson files), a glob pattern or NDJSON (one
dossier per line: a .ndjson file, or "-" with -ndjson) give the portfolio
report. A dossier that cannot be decoded is reported on standard error with
its file, its line and every problem; the others are still assessed.

Exit status: 0 every dossier assessed; 1 some refused, or a file unreadable;
2 usage error.`

// stdinName names standard input in messages.
const stdinName = "<stdin>"

// run runs the program on args, writes the report to stdout and the
// messages to stderr, and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := cli.New("readiness", summary, stdin, stdout, stderr)
	l, format := fs.Lang(), fs.Format()
	template := fs.Flags().Bool("template", false, "print a complete dossier template (every key, placeholder values) and exit")
	each := fs.Flags().Bool("each", false, "with a portfolio, also print each dossier's report after it (Markdown and text; the JSON portfolio always holds them); no effect on a single dossier")
	ndjson := fs.Flags().Bool("ndjson", false, `read standard input ("-") as NDJSON: one dossier per line, a portfolio; no effect on files (a .ndjson name says NDJSON)`)
	csv := fs.Flags().Bool("csv", false, "with a portfolio, write it as CSV instead: one row per dossier, ranked (UTF-8 with BOM; ';' and decimal commas in French); no effect on a single dossier")
	date := fs.Flags().String("date", "", "the assessment date a portfolio carries, YYYY-MM-DD (default: today); no effect on a single dossier")
	fs.Operands("[dossier.json | dossiers.ndjson | directory | pattern | -] ...", -1)
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	if *template {
		_, err := stdout.Write(societal.Template())
		return fs.Status(err)
	}
	ops := fs.Args()
	if err := checkOperands(ops); err != nil {
		return fs.Status(err)
	}
	on := time.Now()
	if *date != "" {
		d, err := time.Parse(time.DateOnly, *date)
		if err != nil {
			return fs.Status(&cli.UsageError{Err: fmt.Errorf("bad -date %q: want YYYY-MM-DD", *date)})
		}
		on = d
	}
	out := output{l: *l, format: *format, csv: *csv, on: on, w: stdout}
	switch {
	case len(ops) == 0:
		return fs.Status(out.single(fs, "<embedded dossier.json>", defaultDossier))
	case len(ops) == 1 && isSingle(ops[0], *ndjson):
		data, err := read(fs, ops[0])
		if err != nil {
			return fs.Status(err)
		}
		return fs.Status(out.single(fs, displayName(ops[0]), data))
	}
	in := gather(fs, ops, *ndjson)
	return fs.Status(out.portfolio(ctx, fs, in, *each))
}

// checkOperands refuses what no run could read: a pattern that is not one,
// and standard input named twice.
func checkOperands(ops []string) error {
	stdin := 0
	for _, op := range ops {
		if op == "-" {
			if stdin++; stdin > 1 {
				return &cli.UsageError{Err: errors.New(`standard input ("-") given twice`)}
			}
			continue
		}
		if _, err := filepath.Match(op, ""); err != nil {
			return &cli.UsageError{Err: fmt.Errorf("bad pattern %q: %v", op, err)}
		}
	}
	return nil
}

// isSingle reports whether op alone gives a single dossier's report: "-"
// without -ndjson, or a path that is neither a directory, nor NDJSON, nor
// a pattern matching files (a path that does not exist is read, and its
// error reported, as a single dossier).
func isSingle(op string, ndjson bool) bool {
	if op == "-" {
		return !ndjson
	}
	if isNDJSON(op) {
		return false
	}
	if fi, err := os.Stat(op); err == nil {
		return !fi.IsDir()
	}
	return !hasMeta(op)
}

// hasMeta reports whether path holds a character filepath.Match treats
// specially (the backslash escapes, except on Windows where it separates).
func hasMeta(path string) bool {
	meta := `*?[`
	if filepath.Separator != '\\' {
		meta += `\`
	}
	return strings.ContainsAny(path, meta)
}

// isNDJSON reports whether the file name says NDJSON.
func isNDJSON(name string) bool { return strings.EqualFold(filepath.Ext(name), ".ndjson") }

// displayName is the name of operand op in messages.
func displayName(op string) string {
	if op == "-" {
		return stdinName
	}
	return op
}

// read reads the dossier file name ("-" is standard input).
func read(fs *cli.FlagSet, name string) ([]byte, error) {
	f, err := fs.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Read one byte past the limit so that an oversized file is refused
	// by the decoder, without reading the whole of it.
	return io.ReadAll(io.LimitReader(f, societal.MaxJSON+1))
}

// output is where and how the reports are written.
type output struct {
	l      lang.Lang
	format cli.Format
	csv    bool      // a portfolio as CSV
	on     time.Time // the assessment date of a portfolio
	w      io.Writer
}

// single decodes and assesses one dossier and writes its report. The
// problems of a dossier that does not decode are written to standard
// error, one per line, prefixed with name.
func (o output) single(fs *cli.FlagSet, name string, data []byte) error {
	d, err := societal.DecodeDossier(data)
	if err != nil {
		reportProblems(fs, source{file: name}, err)
		return fmt.Errorf("dossier refused: %w", cli.ErrReported)
	}
	rep := societal.Assess(d)
	switch o.format {
	case cli.Text:
		_, err = io.WriteString(o.w, rep.Text(o.l))
	case cli.JSON:
		err = o.json(rep)
	default:
		md := rep.Markdown(o.l)
		if chart := d.HistoryChart(o.l); chart != "" {
			// The dossier's own dated history, where the report draws
			// only the phase it stands in.
			md += "\n```mermaid\n" + chart + "```\n"
		}
		_, err = io.WriteString(o.w, md)
	}
	return err
}

// json writes v as indented JSON.
func (o output) json(v any) error {
	enc := json.NewEncoder(o.w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// source is where a dossier comes from: its file (stdinName for standard
// input) and, in NDJSON, its line.
type source struct {
	file string
	line int
}

// String returns "file" or "file:line".
func (s source) String() string {
	if s.line > 0 {
		return s.file + ":" + strconv.Itoa(s.line)
	}
	return s.file
}

// refusal is a dossier that could not be decoded, or a file that could
// not be read, and its problems.
type refusal struct {
	File     string   `json:"file"`
	Line     int      `json:"line,omitempty"`
	Problems []string `json:"problems"`
}

// input is what the operands hold: the dossiers decoded, in order, and
// what was refused.
type input struct {
	dossiers   []*societal.Dossier
	refused    []refusal // dossiers that do not decode
	unreadable []refusal // files that cannot be read
}

// reportProblems writes every problem of err to standard error, prefixed
// with src, and returns their messages.
func reportProblems(fs *cli.FlagSet, src source, err error) []string {
	var msgs []string
	for _, p := range problems(err) {
		msgs = append(msgs, p.Error())
		fs.Errorf("%v: %v", src, p)
	}
	return msgs
}

// problems returns the problems joined in err, one by one.
func problems(err error) []error {
	if _, ok := err.(*problem.Error); ok {
		return []error{err} // one problem, though it unwraps to two errors
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, problems(e)...)
		}
		return out
	}
	return []error{err}
}

// refuse records the dossier at src as refused, with every problem of err.
func (in *input) refuse(fs *cli.FlagSet, src source, err error) {
	in.refused = append(in.refused, refusal{File: src.file, Line: src.line, Problems: reportProblems(fs, src, err)})
}

// unread records that file could not be read.
func (in *input) unread(fs *cli.FlagSet, file string, err error) {
	in.unreadable = append(in.unreadable, refusal{File: file, Problems: reportProblems(fs, source{file: file}, err)})
}

// gather reads and decodes the dossiers the operands name, in order.
func gather(fs *cli.FlagSet, ops []string, ndjson bool) *input {
	in := &input{}
	for _, op := range ops {
		switch {
		case op == "-":
			in.file(fs, "-", stdinName, ndjson)
		case !hasMeta(op) || exists(op):
			in.path(fs, op)
		default:
			matches, _ := filepath.Glob(op) // the pattern was checked
			if len(matches) == 0 {
				in.unread(fs, op, errors.New("no file matches the pattern"))
			}
			for _, m := range matches {
				in.path(fs, m)
			}
		}
	}
	return in
}

// exists reports whether a file is named path.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// path reads the file or directory at path.
func (in *input) path(fs *cli.FlagSet, path string) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		in.unread(fs, path, err)
	case fi.IsDir():
		in.dir(fs, path)
	default:
		in.file(fs, path, path, isNDJSON(path))
	}
}

// dir reads every *.json and *.ndjson file of the directory path, in the
// order of their names.
func (in *input) dir(fs *cli.FlagSet, path string) {
	entries, err := os.ReadDir(path) // sorted by name
	if err != nil {
		in.unread(fs, path, err)
		return
	}
	n := 0
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || ext != ".json" && ext != ".ndjson" {
			continue
		}
		n++
		name := filepath.Join(path, e.Name())
		in.file(fs, name, name, ext == ".ndjson")
	}
	if n == 0 {
		in.unread(fs, path, errors.New("no *.json or *.ndjson file in the directory"))
	}
}

// file reads the dossier file op, named name in messages: one dossier, or
// one per line for NDJSON.
func (in *input) file(fs *cli.FlagSet, op, name string, ndjson bool) {
	if !ndjson {
		data, err := read(fs, op)
		if err != nil {
			in.unread(fs, name, err)
			return
		}
		d, err := societal.DecodeDossier(data)
		if err != nil {
			in.refuse(fs, source{file: name}, err)
			return
		}
		in.dossiers = append(in.dossiers, d)
		return
	}
	f, err := fs.Open(op)
	if err != nil {
		in.unread(fs, name, err)
		return
	}
	defer f.Close()
	for d, err := range societal.DecodeNDJSON(f) {
		var le *societal.LineError
		switch {
		case err == nil:
			in.dossiers = append(in.dossiers, d)
		case errors.As(err, &le) && errors.Is(err, societal.ErrDossier):
			in.refuse(fs, source{file: name, line: le.Line}, le.Err)
		default: // a read error: the rest of the file is lost
			in.unread(fs, name, err)
		}
	}
}

// portfolio assesses the dossiers of in and writes the portfolio report,
// what was read and refused, and with each every dossier's report.
func (o output) portfolio(ctx context.Context, fs *cli.FlagSet, in *input, each bool) error {
	p, err := societal.AssessAllOn(ctx, o.on, in.dossiers)
	if err != nil {
		return err
	}
	read := len(in.dossiers) + len(in.refused)
	switch {
	case o.csv:
		err = p.WriteCSV(o.w, o.l)
	case o.format == cli.JSON:
		err = o.json(struct {
			Portfolio  *societal.Portfolio `json:"portfolio"`
			Read       int                 `json:"read"`
			Assessed   int                 `json:"assessed"`
			Refused    []refusal           `json:"refused"`
			Unreadable []refusal           `json:"unreadable"`
		}{&p, read, len(in.dossiers), nonNil(in.refused), nonNil(in.unreadable)})
	default:
		err = o.text(&p, in, read, each)
	}
	if err != nil {
		return err
	}
	if len(in.refused) > 0 || len(in.unreadable) > 0 {
		fs.Errorf("%d of %d %s refused, %d %s unreadable", len(in.refused), read, plural(read, "dossier", "dossiers"),
			len(in.unreadable), plural(len(in.unreadable), "file", "files"))
		return cli.ErrReported
	}
	return nil
}

// nonNil returns rs, or an empty slice for nil, so that JSON shows [].
func nonNil(rs []refusal) []refusal {
	if rs == nil {
		return []refusal{}
	}
	return rs
}

// text writes the portfolio in Markdown or text, what was read, and with
// each every dossier's report.
func (o output) text(p *societal.Portfolio, in *input, read int, each bool) error {
	md := o.format != cli.Text
	wd := vocabulary[o.l]
	var b strings.Builder
	if md {
		b.WriteString(p.Markdown(o.l))
		fmt.Fprintf(&b, "\n### %s\n\n", wd.read)
	} else {
		b.WriteString(p.Text(o.l))
		fmt.Fprintf(&b, "\n%s\n", wd.read)
	}
	colon := o.l.Colon()
	for i, n := range []int{read, len(in.dossiers), len(in.refused), len(in.unreadable)} {
		if i > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(wd.counts[i] + colon + o.l.Int(n))
	}
	b.WriteString("\n")
	if len(in.refused)+len(in.unreadable) > 0 {
		if md {
			fmt.Fprintf(&b, "\n| %s | %s | %s |\n|---|---|---|\n", wd.file, wd.line, wd.problems)
		}
		for _, r := range slices.Concat(in.refused, in.unreadable) {
			line := ""
			if r.Line > 0 {
				line = strconv.Itoa(r.Line)
			}
			first := r.Problems[0]
			if len(r.Problems) > 1 {
				first += fmt.Sprintf(wd.more, o.l.Int(len(r.Problems)))
			}
			if md {
				fmt.Fprintf(&b, "| %s | %s | %s |\n", mdCell(r.File), line, mdCell(first))
			} else {
				fmt.Fprintf(&b, "  %s  ·  %s\n", source{r.File, r.Line}, first)
			}
		}
	}
	if each {
		for i := range p.Reports {
			if md {
				b.WriteString("\n---\n\n")
				b.WriteString(p.Reports[i].Markdown(o.l))
			} else {
				b.WriteString("\n")
				b.WriteString(p.Reports[i].Text(o.l))
			}
		}
	}
	_, err := io.WriteString(o.w, b.String())
	return err
}

// plural returns one for n = 1, many otherwise (the messages on standard
// error are English).
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// mdCell makes s safe in a Markdown table cell: one line, no column break.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(s)
}

// words are the words of the "what was read" section in one language.
type words struct {
	read, file, line, problems, more string
	counts                           [4]string // dossiers read, assessed, refused; files unreadable
}

// vocabulary holds the words of the "what was read" section, per language
// [D]. Never modified.
var vocabulary = map[lang.Lang]words{
	lang.French: {
		read:     "Lecture",
		counts:   [4]string{"Dossiers lus", "évalués", "refusés", "fichiers illisibles"},
		file:     "Fichier",
		line:     "Ligne",
		problems: "Problème",
		more:     " — %s problèmes, tous sur la sortie d'erreur",
	},
	lang.English: {
		read:     "Input",
		counts:   [4]string{"Dossiers read", "assessed", "refused", "unreadable files"},
		file:     "File",
		line:     "Line",
		problems: "Problem",
		more:     " — %s problems, all on standard error",
	},
}
