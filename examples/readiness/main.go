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
// goes to standard error in the -lang language, one per line, prefixed
// with its file and, for NDJSON, its line ("readiness: fund.ndjson:3 :
// phase …"), the file name's control characters escaped; the count of
// refusals ends them. The other dossiers are still assessed. A file or
// directory that cannot be read, and a pattern that matches nothing, are
// reported the same way. The JSON output names each refusal's problems in
// English, as logs do.
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
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/internal/doc"
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
var summary = lang.Text{`Évalue la maturité de dossiers de projets à passer à leur phase suivante.
Un fichier de dossier (JSON), ou « - » sans -ndjson, donne le rapport de ce
dossier (le dossier Wimoov embarqué quand aucun fichier n'est donné).
Plusieurs fichiers, un dossier de fichiers (ses fichiers *.json et *.ndjson),
un motif glob ou du NDJSON (un dossier par ligne : un fichier .ndjson, ou
« - » avec -ndjson) donnent le rapport du portefeuille. Un dossier illisible
est signalé sur la sortie d'erreur avec son fichier, sa ligne et chacun de ses
problèmes ; les autres sont évalués quand même.

Code de sortie : 0 tous les dossiers évalués ; 1 des dossiers refusés, ou un
fichier illisible ; 2 erreur d'usage.`, `Assesses project dossiers for their readiness to move to their next phase.
One dossier file (JSON), or "-" without -ndjson, gives that dossier's report
(the embedded Wimoov dossier when no file is given). Several files, a
directory (its *.json and *.ndjson files), a glob pattern or NDJSON (one
dossier per line: a .ndjson file, or "-" with -ndjson) give the portfolio
report. A dossier that cannot be decoded is reported on standard error with
its file, its line and every problem; the others are still assessed.

Exit status: 0 every dossier assessed; 1 some refused, or a file unreadable;
2 usage error.`}

// flagWords are what the usage says of the program's own flags, and its
// usage errors.
var flagWords = struct {
	template, each, ndjson, csv, date, dateValue, badDate, stdinTwice, badPattern, operands lang.Text
}{
	operands: lang.Text{"[dossier.json | dossiers.ndjson | répertoire | motif | -] ...", "[dossier.json | dossiers.ndjson | directory | pattern | -] ..."},
	template: lang.Text{"affiche un modèle de dossier complet (toutes les clés, des valeurs à remplacer) et s'arrête",
		"print a complete dossier template (every key, placeholder values) and exit"},
	each: lang.Text{"avec un portefeuille, affiche aussi le rapport de chaque dossier après lui (Markdown et texte\u00a0; le portefeuille JSON les contient toujours)\u00a0; sans effet sur un seul dossier",
		"with a portfolio, also print each dossier's report after it (Markdown and text; the JSON portfolio always holds them); no effect on a single dossier"},
	ndjson: lang.Text{"lit l'entrée standard («\u00a0-\u00a0») comme du NDJSON\u00a0: un dossier par ligne, un portefeuille\u00a0; sans effet sur les fichiers (un nom en .ndjson dit NDJSON)",
		`read standard input ("-") as NDJSON: one dossier per line, a portfolio; no effect on files (a .ndjson name says NDJSON)`},
	csv: lang.Text{"avec un portefeuille, l'écrit en CSV à la place\u00a0: une ligne par dossier, dans l'ordre du classement (UTF-8 avec BOM\u00a0; «\u00a0;\u00a0» et virgule décimale en français)\u00a0; sans effet sur un seul dossier",
		"with a portfolio, write it as CSV instead: one row per dossier, ranked (UTF-8 with BOM; ';' and decimal commas in French); no effect on a single dossier"},
	date: lang.Text{"la date d'évaluation que porte un portefeuille, AAAA-MM-JJ (par défaut\u00a0: aujourd'hui)\u00a0; sans effet sur un seul dossier",
		"the assessment date a portfolio carries, YYYY-MM-DD (default: today); no effect on a single dossier"},
	dateValue:  lang.Text{"date", "date"},
	badDate:    lang.Text{"-date {1} refusée\u00a0: AAAA-MM-JJ attendu", "bad -date {1}: want YYYY-MM-DD"},
	stdinTwice: lang.Text{"entrée standard («\u00a0-\u00a0») donnée deux fois", `standard input ("-") given twice`},
	badPattern: lang.Text{"motif {1} refusé\u00a0: {2}", "bad pattern {1}: {2}"},
}

// stdinName names standard input in messages.
const stdinName = "<stdin>"

// run runs the program on args, writes the report to stdout and the
// messages to stderr, and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := cli.New("readiness", summary, stdin, stdout, stderr)
	l, format := fs.Lang(), fs.Format()
	template := fs.Bool("template", flagWords.template)
	each := fs.Bool("each", flagWords.each)
	ndjson := fs.Bool("ndjson", flagWords.ndjson)
	csv := fs.Bool("csv", flagWords.csv)
	date := fs.String("date", "", flagWords.dateValue, flagWords.date)
	fs.Operands(flagWords.operands, -1)
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
			return fs.Status(cli.Usagef(flagWords.badDate, lang.Quoted(*date, 64)))
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
	in := gather(fs, out, ops, *ndjson)
	return fs.Status(out.portfolio(ctx, fs, in, *each))
}

// checkOperands refuses what no run could read: a pattern that is not one,
// and standard input named twice.
func checkOperands(ops []string) error {
	stdin := 0
	for _, op := range ops {
		if op == "-" {
			if stdin++; stdin > 1 {
				return cli.Usagef(flagWords.stdinTwice)
			}
			continue
		}
		if _, err := filepath.Match(op, ""); err != nil {
			return cli.Usagef(flagWords.badPattern, lang.Quoted(op, 64), lang.Data(err.Error()))
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
		o.report(fs, &fund.Refusal{File: name, Err: err})
		return fmt.Errorf("dossier refused: %w", cli.ErrReported)
	}
	rep := societal.Assess(d)
	switch o.format {
	case cli.Text:
		_, err = io.WriteString(o.w, rep.Text(o.l))
	case cli.JSON:
		err = o.json(rep.JSON(o.l))
	default:
		md := rep.Markdown(o.l)
		if chart := fund.HistoryChart(d, o.l); chart != "" {
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

// input is what the operands hold: the dossiers decoded, in order, and
// what was refused, each with its file (and its line in NDJSON) and its
// problems.
type input struct {
	fs         *cli.FlagSet
	o          output
	dossiers   []*societal.Dossier
	refused    []fund.Refusal // dossiers that do not decode
	unreadable []fund.Refusal // files that cannot be read
}

// report writes every problem of r to standard error in the output's
// language, one per line, after its file and line.
func (o output) report(fs *cli.FlagSet, r *fund.Refusal) {
	for _, line := range strings.Split(r.Text(o.l), "\n") {
		fs.Line(line)
	}
}

// refuse records the dossier r names as refused, and reports it.
func (in *input) refuse(r fund.Refusal) {
	in.o.report(in.fs, &r)
	in.refused = append(in.refused, r)
}

// unread records that file could not be read, and reports it.
func (in *input) unread(file string, err error) {
	r := fund.Refusal{File: file, Err: err}
	if le := (*fund.Refusal)(nil); errors.As(err, &le) {
		r.Line, r.Err = le.Line, le.Err // a read error of NDJSON, at its line
	}
	in.o.report(in.fs, &r)
	in.unreadable = append(in.unreadable, r)
}

// gather reads and decodes the dossiers the operands name, in order.
func gather(fs *cli.FlagSet, o output, ops []string, ndjson bool) *input {
	in := &input{fs: fs, o: o}
	for _, op := range ops {
		switch {
		case op == "-":
			in.file("-", stdinName, ndjson)
		case !hasMeta(op) || exists(op):
			in.path(op)
		default:
			matches, _ := filepath.Glob(op) // the pattern was checked
			if len(matches) == 0 {
				in.unread(op, noMatch.New("", "", ""))
			}
			for _, m := range matches {
				in.path(m)
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
func (in *input) path(path string) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		in.unread(path, err)
	case fi.IsDir():
		in.dir(path)
	default:
		in.file(path, path, isNDJSON(path))
	}
}

// dir reads every *.json and *.ndjson file of the directory path, in the
// order of their names.
func (in *input) dir(path string) {
	entries, err := os.ReadDir(path) // sorted by name
	if err != nil {
		in.unread(path, err)
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
		in.file(name, name, ext == ".ndjson")
	}
	if n == 0 {
		in.unread(path, emptyDirectory.New("", "", ""))
	}
}

// file reads the dossier file op, named name in messages: one dossier, or
// one per line for NDJSON.
func (in *input) file(op, name string, ndjson bool) {
	if !ndjson {
		data, err := read(in.fs, op)
		if err != nil {
			in.unread(name, err)
			return
		}
		d, err := societal.DecodeDossier(data)
		if err != nil {
			in.refuse(fund.Refusal{File: name, Err: err})
			return
		}
		in.dossiers = append(in.dossiers, d)
		return
	}
	f, err := in.fs.Open(op)
	if err != nil {
		in.unread(name, err)
		return
	}
	defer f.Close()
	for d, err := range fund.DecodeNDJSON(f) {
		var r *fund.Refusal
		switch {
		case err == nil:
			in.dossiers = append(in.dossiers, d)
		case errors.As(err, &r) && errors.Is(err, societal.ErrDossier):
			r.File = name
			in.refuse(*r)
		default: // a read error: the rest of the file is lost
			in.unread(name, err)
		}
	}
}

// portfolio assesses the dossiers of in and writes the portfolio report,
// what was read and refused, and with each every dossier's report.
func (o output) portfolio(ctx context.Context, fs *cli.FlagSet, in *input, each bool) error {
	p, err := fund.AssessAllOn(ctx, nil, o.on, in.dossiers)
	if err != nil {
		return err
	}
	read := len(in.dossiers) + len(in.refused)
	switch {
	case o.csv:
		err = p.WriteCSV(o.w, o.l)
	case o.format == cli.JSON:
		err = o.json(struct {
			Portfolio  *fund.Portfolio `json:"portfolio"`
			Read       int             `json:"read"`
			Assessed   int             `json:"assessed"`
			Refused    []fund.Refusal  `json:"refused"`
			Unreadable []fund.Refusal  `json:"unreadable"`
		}{&p, read, len(in.dossiers), nonNil(in.refused), nonNil(in.unreadable)})
	default:
		err = o.text(&p, in, read, each)
	}
	if err != nil {
		return err
	}
	if len(in.refused) > 0 || len(in.unreadable) > 0 {
		fs.Say(texts.refusedCount, lang.Int(len(in.refused)), lang.Int(read), lang.Int(len(in.unreadable)))
		return cli.ErrReported
	}
	return nil
}

// nonNil returns rs, or an empty slice for nil, so that JSON shows [].
func nonNil(rs []fund.Refusal) []fund.Refusal {
	if rs == nil {
		return []fund.Refusal{}
	}
	return rs
}

// text writes the portfolio in Markdown or text, what was read, and with
// each every dossier's report.
func (o output) text(p *fund.Portfolio, in *input, read int, each bool) error {
	var d doc.Doc
	d.Heading(3, texts.read.In(o.l))
	d.Para(texts.counts.Format(o.l, lang.Int(read), lang.Int(len(in.dossiers)), lang.Int(len(in.refused)), lang.Int(len(in.unreadable))))
	var rows [][]doc.Line
	for _, r := range slices.Concat(in.refused, in.unreadable) {
		line := doc.Line{}
		if r.Line > 0 {
			line = doc.L(o.l.Int(r.Line))
		}
		problems := r.Problems(o.l)
		first := doc.Line{doc.Data(problems[0])}
		if len(problems) > 1 {
			first = append(first, doc.Words(texts.more.Format(o.l, lang.Int(len(problems)))))
		}
		rows = append(rows, []doc.Line{{doc.Data(r.File)}, line, first})
	}
	d.Table([]doc.Line{doc.L(texts.file.In(o.l)), doc.L(texts.line.In(o.l)), doc.L(texts.problem.In(o.l))}, rows)
	var b strings.Builder
	if o.format == cli.Text {
		b.WriteString(p.Text(o.l) + "\n" + d.Text(doc.Options{Colon: o.l.Colon()}))
	} else {
		b.WriteString(p.Markdown(o.l) + "\n" + d.Markdown())
	}
	if each {
		for i := range p.Reports {
			if o.format == cli.Text {
				b.WriteString("\n")
				b.WriteString(p.Reports[i].Text(o.l))
			} else {
				b.WriteString("\n---\n\n")
				b.WriteString(p.Reports[i].Markdown(o.l))
			}
		}
	}
	_, err := io.WriteString(o.w, b.String())
	return err
}

// texts are the program's own words, in every language [D]: the "what was
// read" section of a portfolio, the count of refusals on standard error,
// and the problems of the operands. Never modified.
var texts = struct {
	read, counts, file, line, problem, more, refusedCount lang.Text
}{
	read:    lang.Text{"Lecture", "Input"},
	counts:  lang.Text{"Dossiers lus\u00a0: {1} · évalués\u00a0: {2} · refusés\u00a0: {3} · fichiers illisibles\u00a0: {4}", "Dossiers read: {1} · assessed: {2} · refused: {3} · unreadable files: {4}"},
	file:    lang.Text{"Fichier", "File"},
	line:    lang.Text{"Ligne", "Line"},
	problem: lang.Text{"Problème", "Problem"},
	more:    lang.Text{" — {1} problèmes, tous sur la sortie d'erreur", " — {1} problems, all on standard error"},
	refusedCount: lang.Text{
		"dossiers refusés\u00a0: {1} sur {2}\u00a0; fichiers illisibles\u00a0: {3}",
		"dossiers refused: {1} of {2}; unreadable files: {3}",
	},
}

// The problems of the operands themselves, one kind each.
var (
	emptyDirectory = problem.Kind{
		Code:    "empty-directory",
		Message: lang.Text{"aucun fichier *.json ni *.ndjson dans le dossier", "no *.json or *.ndjson file in the directory"},
		Err:     fs.ErrNotExist,
	}
	noMatch = problem.Kind{
		Code:    "no-match",
		Message: lang.Text{"aucun fichier ne correspond au motif", "no file matches the pattern"},
		Err:     fs.ErrNotExist,
	}
)
