// Command readiness is the main job of societal: it assesses project
// dossiers for their readiness to move to their next phase. For one dossier
// it prints the Markdown report a funder pastes into a committee note: the
// verdict and the check that decides it, the score with the coverage
// ("0,71 (9/9 jugés)", a range when evidence is missing), how the score is
// computed, the budget and the partners' contributions, the criteria, the
// gaps, the documents to request for missing evidence and the next best
// actions (the smallest set that can make the dossier ready, with the
// levers and the kinds of partner that bring them). For a fund's dossiers
// it prints the portfolio report, and with -each every dossier's report
// after it; with -before, what changed since last year's dossiers; with
// -edited, the verdicts an edited rubric (a JSON file, -print-rubric's
// edited) changes, and why; -rubric judges by such a file.
//
//	go run ./examples/readiness                     # the embedded default dossier
//	go run ./examples/readiness path/to/dossier.json
//	go run ./examples/readiness path/to/dossier.json -lang EN -format txt
//	go run ./examples/readiness -format json - < path/to/dossier.json
//	go run ./examples/readiness dossiers/           # every *.json and *.ndjson in it
//	go run ./examples/readiness 'fund/*.json' extra.ndjson -each
//	go run ./examples/readiness -ndjson - < fund.ndjson
//	go run ./examples/readiness -format csv dossiers/ > portfolio.csv
//	go run ./examples/readiness -format html dossiers/ > committee.html
//	go run ./examples/readiness -before 2025/ 2026/ # what changed in a year
//	go run ./examples/readiness -print-rubric > rubric.json
//	go run ./examples/readiness -edited rubric.json 2026/  # what the edited rubric changes
//	go run ./examples/readiness -rubric rubric.json 2026/  # assessed by it
//	go run ./examples/readiness -h
//
// -lang takes fr or en, -format markdown (md), text (txt), json, csv or html
// (-csv is the same as -format csv), both in any case; flags may come
// before or after the files. -h says what each flag does in each format.
//
// # Inputs
//
// Each argument is a dossier file (JSON), an NDJSON file (a name ending in
// .ndjson: one dossier per line, blank lines skipped), a directory (every
// *.json and *.ndjson file in it, not in its subdirectories, in the order
// of their names), a glob pattern (its matches, in order; quote it from
// the shell so that the program sees the pattern) or "-", standard input:
// one dossier, or NDJSON with -ndjson. The files are read by fund.Load, up
// to the decoder's limit, societal.MaxJSON bytes per dossier; -before
// takes one argument of the same kinds.
//
// The form of the output follows the form of the input, not the number of
// dossiers found [D]: a single dossier file, or "-" without -ndjson, gives
// that dossier's report (in CSV, a one-row spreadsheet); anything else
// (several arguments, a directory, a glob, NDJSON) gives the portfolio
// report, even for one dossier, so that a script over a folder always gets
// the same form. The portfolio lists the submissions refused, with their
// file, line and problems (in CSV, a row each), and its Markdown and text
// end with what was read. In JSON it is one object: "portfolio" (every
// dossier's report, with its texts in the -lang language, and "refused"),
// "read" and "assessed".
//
// # Errors
//
// A dossier that cannot be decoded is refused: every one of its problems
// goes to standard error in the -lang language, one per line, prefixed
// with its file and, for NDJSON, its line ("readiness: fund.ndjson:3 :
// phase …"), the file name's control characters escaped; the count of
// refusals ends them. The other dossiers are still assessed. A file or
// directory that cannot be read, a directory without a *.json or *.ndjson
// file and a pattern that matches nothing are reported the same way, and
// counted apart ("répertoires ou motifs sans dossier"). The JSON output
// names each refusal's problems in English, as logs do.
//
// # Exit status
//
//	0  every dossier was assessed
//	1  some dossiers were refused, a file could not be read, or a
//	   directory or pattern held no dossier
//	2  the command line is wrong (unknown flag, bad value, bad pattern,
//	   "-" given twice, -before without this year's dossiers); nothing was
//	   read
//
// The default dossier is the Wimoov alliance (Renault, Le RAMEAU, Caisse des
// Dépôts) before its essaimage (004:2808-2989). The source gives no amounts:
// the amounts in it are illustrative, not facts about the real alliance.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
	"iter"
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

// summary is what the usage says of the program: what it reads, what
// each format writes and what the flags do to each.
var summary = lang.Text{`Évalue la maturité de dossiers de projets à passer à leur phase suivante.
Un fichier de dossier (JSON), ou « - » sans -ndjson, donne le rapport de ce
dossier (le dossier Wimoov embarqué quand aucun fichier n'est donné).
Plusieurs fichiers, un répertoire (ses fichiers *.json et *.ndjson), un motif
glob ou du NDJSON (un dossier par ligne : un fichier .ndjson, ou « - » avec
-ndjson) donnent le rapport du portefeuille. Avec -before, la sortie est ce qui
a changé depuis les dossiers de l'an dernier ; avec -edited, les verdicts
qu'une grille modifiée change, et pourquoi. Un dossier illisible est signalé
sur la sortie d'erreur avec son fichier, sa ligne et chacun de ses problèmes ;
les autres sont évalués quand même.

Formats (-format) :
  markdown  le rapport qu'une note de comité colle, avec ses graphiques
            Mermaid ; un portefeuille liste les soumissions refusées ;
            -each ajoute le rapport de chaque dossier
  text      le même, pour un terminal (sans graphique)
  json      un objet aux clés stables : le rapport d'un dossier, un
            portefeuille {"portfolio", "read", "assessed"} ou un changement ;
            -lang choisit la langue des textes (detail_text, text), rien
            d'autre ; -each est sans effet (le portefeuille contient chaque
            rapport)
  csv       un tableur (UTF-8 avec BOM ; « ; » et virgule décimale en
            français) : une ligne par dossier, une pour un seul dossier, puis
            une par soumission refusée ; pour un changement, une ligne par
            projet ; -lang choisit les libellés et la marque décimale ; -each
            est sans effet
  html      une page autonome (ni réseau ni script), le dossier du comité :
            ses graphiques en SVG, et pour un portefeuille le rapport de
            chaque dossier après lui, chacun sur sa page imprimée (A4) ;
            -each est sans effet (la page contient chaque rapport)

Code de sortie : 0 tous les dossiers évalués ; 1 des dossiers refusés, un
fichier illisible, ou un répertoire ou un motif sans dossier ; 2 erreur
d'usage.`, `Assesses project dossiers for their readiness to move to their next phase.
One dossier file (JSON), or "-" without -ndjson, gives that dossier's report
(the embedded Wimoov dossier when no file is given). Several files, a
directory (its *.json and *.ndjson files), a glob pattern or NDJSON (one
dossier per line: a .ndjson file, or "-" with -ndjson) give the portfolio
report. With -before, the output is what changed since last year's
dossiers; with -edited, the verdicts an edited rubric changes, and why. A
dossier that cannot be decoded is reported on standard error
with its file, its line and every problem; the others are still assessed.

Formats (-format):
  markdown  the report a committee note pastes, with its Mermaid charts;
            a portfolio lists the submissions refused; -each adds every
            dossier's report
  text      the same, for a terminal (no chart)
  json      one object with stable keys: a dossier's report, a portfolio
            {"portfolio", "read", "assessed"} or a change; -lang picks the
            language of the texts (detail_text, text) and nothing else;
            -each has no effect (the portfolio holds every report)
  csv       a spreadsheet (UTF-8 with BOM; ";" and decimal commas in
            French): one row per dossier, one for a single dossier, then
            one per submission refused; for a change, one row per project;
            -lang picks the labels and the decimal mark; -each has no effect
  html      one self-contained page (no network, no script), the committee
            pack: its charts in SVG and, for a portfolio, every dossier's
            report after it, each on its own printed page (A4); -each has
            no effect (the page holds every report)

Exit status: 0 every dossier assessed; 1 some refused, a file unreadable, or
a directory or pattern without a dossier; 2 usage error.`}

// flagWords are what the usage says of the program's own flags, and its
// usage errors.
var flagWords = struct {
	template, each, ndjson, csv, date, dateValue, badDate, stdinTwice, badPattern, operands lang.Text
	before, beforeValue, beforeAlone                                                        lang.Text
	rubric, rubricValue, edited, printRubric, editedAlone, twoComparisons                   lang.Text
}{
	operands: lang.Text{"[dossier.json | dossiers.ndjson | répertoire | motif | -] ...", "[dossier.json | dossiers.ndjson | directory | pattern | -] ..."},
	template: lang.Text{"affiche un modèle de dossier complet (toutes les clés, des valeurs à remplacer) et s'arrête",
		"print a complete dossier template (every key, placeholder values) and exit"},
	each: lang.Text{"avec un portefeuille en Markdown ou en texte, affiche aussi le rapport de chaque dossier après lui\u00a0; sans effet en JSON et en HTML (le portefeuille contient chaque rapport), en CSV, sur un seul dossier et avec -before",
		"with a portfolio in Markdown or text, also print each dossier's report after it; no effect on JSON and HTML (the portfolio holds every report), CSV, a single dossier or -before"},
	ndjson: lang.Text{"lit l'entrée standard («\u00a0-\u00a0») comme du NDJSON\u00a0: un dossier par ligne, un portefeuille\u00a0; sans effet sur les fichiers (un nom en .ndjson dit NDJSON)",
		`read standard input ("-") as NDJSON: one dossier per line, a portfolio; no effect on files (a .ndjson name says NDJSON)`},
	csv: lang.Text{"comme -format csv", "the same as -format csv"},
	date: lang.Text{"la date d'évaluation que porte un portefeuille (son titre, la colonne assessed_on du CSV, la clé assessed_on du JSON), AAAA-MM-JJ (par défaut\u00a0: aujourd'hui)\u00a0; sans effet sur un seul dossier en Markdown, texte ou JSON, et avec -before",
		"the assessment date a portfolio carries (its title, the CSV column assessed_on, the JSON key assessed_on), YYYY-MM-DD (default: today); no effect on a single dossier in Markdown, text or JSON, or with -before"},
	dateValue:   lang.Text{"date", "date"},
	badDate:     lang.Text{"-date {1} refusée\u00a0: AAAA-MM-JJ attendu", "bad -date {1}: want YYYY-MM-DD"},
	stdinTwice:  lang.Text{"entrée standard («\u00a0-\u00a0») donnée deux fois", `standard input ("-") given twice`},
	badPattern:  lang.Text{"motif {1} refusé\u00a0: {2}", "bad pattern {1}: {2}"},
	beforeValue: lang.Text{"chemin", "path"},
	before: lang.Text{"les dossiers de l'an dernier (un fichier, un répertoire, un motif, un fichier NDJSON, ou «\u00a0-\u00a0» pour l'entrée standard)\u00a0: affiche ce qui a changé depuis (projets dont la phase ou le verdict a changé, critères remplis et nouveaux manques, projets entrés et sortis) au lieu du portefeuille, dans chaque format",
		`last year's dossiers (a file, a directory, a pattern, an NDJSON file, or "-" for standard input): print what changed since them (projects whose phase or verdict changed, checks now met and new gaps, projects added and withdrawn) instead of the portfolio, in every format`},
	beforeAlone: lang.Text{"-before compare avec les dossiers de cette année, donnés en arguments\u00a0: il n'y en a aucun", "-before compares with this year's dossiers, given as arguments: there are none"},
	rubricValue: lang.Text{"grille.json", "rubric.json"},
	rubric: lang.Text{"la grille qui juge, un fichier JSON (celui qu'écrit -print-rubric, modifié)\u00a0; par défaut celle du modèle\u00a0; dans chaque format",
		"the rubric to judge by, a JSON file (the one -print-rubric writes, edited); by default the model's; in every format"},
	edited: lang.Text{"une grille modifiée, un fichier JSON\u00a0: affiche les verdicts qu'elle change sur les dossiers par rapport à la grille actuelle (-rubric, ou celle du modèle), et pourquoi, au lieu du portefeuille, dans chaque format",
		"an edited rubric, a JSON file: print the verdicts it changes on the dossiers against the current rubric (-rubric's, or the model's), and why, instead of the portfolio, in every format"},
	printRubric: lang.Text{"affiche la grille (celle de -rubric, ou celle du modèle) en JSON, un fichier à modifier, et s'arrête",
		"print the rubric (-rubric's, or the model's) as JSON, a file to edit, and exit"},
	editedAlone:    lang.Text{"-edited compare sur des dossiers, donnés en arguments\u00a0: il n'y en a aucun", "-edited compares on dossiers, given as arguments: there are none"},
	twoComparisons: lang.Text{"-before et -edited\u00a0: une comparaison à la fois", "-before and -edited: one comparison at a time"},
}

// stdinName names standard input in messages.
const stdinName = "<stdin>"

// run runs the program on args, writes the report to stdout and the
// messages to stderr, and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := cli.New("readiness", summary, stdin, stdout, stderr)
	l, format := fs.Lang(), fs.Format(cli.CSV, cli.HTML)
	template := fs.Bool("template", flagWords.template)
	each := fs.Bool("each", flagWords.each)
	ndjson := fs.Bool("ndjson", flagWords.ndjson)
	csv := fs.Bool("csv", flagWords.csv)
	date := fs.String("date", "", flagWords.dateValue, flagWords.date)
	before := fs.String("before", "", flagWords.beforeValue, flagWords.before)
	rubric := fs.String("rubric", "", flagWords.rubricValue, flagWords.rubric)
	edited := fs.String("edited", "", flagWords.rubricValue, flagWords.edited)
	printRubric := fs.Bool("print-rubric", flagWords.printRubric)
	fs.Operands(flagWords.operands, -1)
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	if *template {
		_, err := stdout.Write(societal.Template())
		return fs.Status(err)
	}
	if *csv {
		*format = cli.CSV
	}
	ops := fs.Args()
	if err := checkOperands(ops, *before, *edited); err != nil {
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
	out := &output{fs: fs, l: *l, format: *format, on: on, w: stdout}
	a, err := out.assessor(*rubric)
	if err != nil {
		return fs.Status(err)
	}
	out.a = a
	if *printRubric {
		return fs.Status(out.rubric(a.Rubric()))
	}
	switch {
	case *edited != "":
		b, err := out.assessor(*edited)
		if err != nil {
			return fs.Status(err)
		}
		return fs.Status(out.rubricChange(ctx, out.read(ops, *ndjson), b))
	case *before != "":
		return fs.Status(out.change(ctx, out.read([]string{*before}, *ndjson), out.read(ops, *ndjson)))
	case len(ops) == 0:
		return fs.Status(out.single(ctx, "<embedded dossier.json>", func() (*societal.Dossier, error) { return societal.DecodeDossier(defaultDossier) }))
	case len(ops) == 1 && isSingle(ops[0], *ndjson):
		in := out.read(ops, false)
		if len(in.refused) > 0 {
			return fs.Status(fmt.Errorf("dossier refused: %w", cli.ErrReported))
		}
		return fs.Status(out.single(ctx, ops[0], func() (*societal.Dossier, error) { return in.dossiers[0], nil }))
	}
	return fs.Status(out.portfolio(ctx, out.read(ops, *ndjson), *each))
}

// checkOperands refuses what no run could read: a pattern that is not one,
// standard input named twice, -before or -edited without this year's
// dossiers, and both comparisons at once.
func checkOperands(ops []string, before, edited string) error {
	switch {
	case before != "" && edited != "":
		return cli.Usagef(flagWords.twoComparisons)
	case before != "" && len(ops) == 0:
		return cli.Usagef(flagWords.beforeAlone)
	case edited != "" && len(ops) == 0:
		return cli.Usagef(flagWords.editedAlone)
	}
	stdin := 0
	for _, op := range append(slices.Clone(ops), before) {
		if op == "" {
			continue
		}
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
	if fund.IsNDJSON(op) {
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

// locate returns the directory fund.Load reads the operand op from, and
// the pattern of op in it: for a path without a metacharacter, its
// directory and its name (or the directory itself, "."); for a pattern,
// its leading directories without a metacharacter (the current directory
// for none) and the rest. A refusal's file is then named as the operand
// names it: filepath.Join(root, file).
func locate(op string) (root, pattern string) {
	if !hasMeta(op) {
		if fi, err := os.Stat(op); err == nil && fi.IsDir() {
			return op, "."
		}
		return filepath.Dir(op), filepath.Base(op)
	}
	parts := strings.Split(filepath.ToSlash(op), "/")
	i := 0
	for i < len(parts)-1 && !hasMeta(parts[i]) {
		i++
	}
	root = strings.Join(parts[:i], "/")
	switch {
	case root == "" && strings.HasPrefix(op, "/"):
		root = "/"
	case root == "":
		root = "."
	}
	return filepath.FromSlash(root), strings.Join(parts[i:], "/")
}

// output is where and how the reports are written.
type output struct {
	fs     *cli.FlagSet
	a      *societal.Assessor // the rubric that judges
	l      lang.Lang
	format cli.Format
	on     time.Time // the assessment date of a portfolio
	w      io.Writer
}

// input is what operands hold: the dossiers decoded, in order, and the
// submissions refused (dossiers that do not decode, files that cannot be
// read, directories and patterns without a dossier), each with its file
// (and its line in NDJSON) and its problems, in the order they were read.
type input struct {
	dossiers []*societal.Dossier
	refused  []fund.Refusal
}

// read reads the dossiers ops name, in order, with fund.Load (standard
// input, "-", as one dossier or NDJSON); each refusal is written to
// standard error in the output's language as it is read.
func (o *output) read(ops []string, ndjson bool) *input {
	in := &input{}
	add := func(seq iter.Seq2[*societal.Dossier, error], name func(string) string) {
		ds, refused := fund.Collect(seq)
		in.dossiers = append(in.dossiers, ds...)
		for _, r := range refused {
			r.File = name(r.File)
			o.report(&r)
			in.refused = append(in.refused, r)
		}
	}
	for _, op := range ops {
		if op == "-" {
			add(o.stdin(ndjson), func(string) string { return stdinName })
			continue
		}
		root, pattern := locate(op)
		add(fund.Load(os.DirFS(root), pattern), func(file string) string { return filepath.Join(root, filepath.FromSlash(file)) })
	}
	return in
}

// stdin reads standard input: one dossier, or one per line with ndjson.
func (o *output) stdin(ndjson bool) iter.Seq2[*societal.Dossier, error] {
	return func(yield func(*societal.Dossier, error) bool) {
		f, err := o.fs.Open("-")
		if err != nil {
			yield(nil, &fund.Refusal{Err: err})
			return
		}
		defer f.Close()
		if ndjson {
			for d, err := range fund.DecodeNDJSON(f) {
				if !yield(d, err) {
					return
				}
			}
			return
		}
		// One byte past the limit, so that the decoder refuses a larger
		// input without reading the whole of it.
		data, err := io.ReadAll(io.LimitReader(f, societal.MaxJSON+1))
		if err == nil {
			var d *societal.Dossier
			if d, err = societal.DecodeDossier(data); err == nil {
				yield(d, nil)
				return
			}
		}
		yield(nil, &fund.Refusal{Err: err})
	}
}

// report writes every problem of r to standard error in the output's
// language, one per line, after its file and line.
func (o *output) report(r *fund.Refusal) {
	for _, line := range strings.Split(r.Text(o.l), "\n") {
		o.fs.Line(line)
	}
}

// counts are what was read: the dossiers read (assessed or refused) and
// assessed, the dossiers refused, the files unreadable and the
// directories and patterns without a dossier.
type counts struct{ read, assessed, refused, unreadable, empty int }

func (in *input) counts() counts {
	c := counts{assessed: len(in.dossiers)}
	for _, r := range in.refused {
		var p *problem.Error
		switch {
		case errors.Is(&r, societal.ErrDossier):
			c.refused++
		case errors.As(r.Err, &p) && errors.Is(p, iofs.ErrNotExist): // "empty-directory", "no-match"
			c.empty++
		default:
			c.unreadable++
		}
	}
	c.read = c.assessed + c.refused
	return c
}

// done ends a run that read in: the count of refusals on standard error,
// and an error wrapping cli.ErrReported if there was any.
func (o *output) done(ins ...*input) error {
	var c counts
	for _, in := range ins {
		n := in.counts()
		c.read, c.refused, c.unreadable, c.empty = c.read+n.read, c.refused+n.refused, c.unreadable+n.unreadable, c.empty+n.empty
	}
	if c.refused+c.unreadable+c.empty == 0 {
		return nil
	}
	o.fs.Say(texts.refusedCount, lang.Int(c.refused), lang.Int(c.read), lang.Int(c.unreadable), lang.Int(c.empty))
	return cli.ErrReported
}

// single assesses one dossier, named name, and writes its report. CSV is
// the one-row spreadsheet of a portfolio of that dossier.
func (o *output) single(ctx context.Context, name string, load func() (*societal.Dossier, error)) error {
	d, err := load()
	if err != nil {
		o.report(&fund.Refusal{File: name, Err: err})
		return fmt.Errorf("dossier refused: %w", cli.ErrReported)
	}
	rep := o.a.Assess(d)
	switch o.format {
	case cli.Text:
		_, err = io.WriteString(o.w, rep.Text(o.l))
	case cli.JSON:
		err = o.json(rep.JSON(o.l))
	case cli.CSV:
		p, err := fund.AssessAllOn(ctx, o.a, o.on, []*societal.Dossier{d})
		if err != nil {
			return err
		}
		return p.WriteCSV(o.w, o.l)
	case cli.HTML:
		_, err = io.WriteString(o.w, fund.ReportHTML(&rep, d, o.l))
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

// json writes v as indented JSON, ended by a newline.
func (o *output) json(v any) error {
	enc := json.NewEncoder(o.w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// portfolio assesses the dossiers of in and writes the portfolio report
// (the submissions refused in it), what was read, and with each every
// dossier's report.
func (o *output) portfolio(ctx context.Context, in *input, each bool) error {
	p, err := fund.AssessAllOn(ctx, o.a, o.on, in.dossiers)
	if err != nil {
		return err
	}
	p.Refused = in.refused
	c := in.counts()
	switch o.format {
	case cli.CSV:
		err = p.WriteCSV(o.w, o.l)
	case cli.HTML:
		_, err = io.WriteString(o.w, p.HTML(o.l))
	case cli.JSON:
		err = o.json(struct {
			Portfolio json.Marshaler `json:"portfolio"`
			Read      int            `json:"read"`
			Assessed  int            `json:"assessed"`
		}{p.JSON(o.l), c.read, c.assessed})
	default:
		err = o.text(&p, c, each)
	}
	if err != nil {
		return err
	}
	return o.done(in)
}

// text writes the portfolio in Markdown or text, what was read, and with
// each every dossier's report.
func (o *output) text(p *fund.Portfolio, c counts, each bool) error {
	var d doc.Doc
	d.Heading(3, texts.read.In(o.l))
	d.Para(texts.counts.Format(o.l, lang.Int(c.read), lang.Int(c.assessed), lang.Int(c.refused), lang.Int(c.unreadable), lang.Int(c.empty)))
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

// change assesses last year's dossiers (before) and this year's (after)
// and writes what changed between them (fund.Diff).
func (o *output) change(ctx context.Context, before, after *input) error {
	pb, err := fund.AssessAll(ctx, o.a, before.dossiers)
	if err != nil {
		return err
	}
	pa, err := fund.AssessAll(ctx, o.a, after.dossiers)
	if err != nil {
		return err
	}
	c := fund.Diff(pb, pa)
	switch o.format {
	case cli.CSV:
		err = c.WriteCSV(o.w, o.l)
	case cli.HTML:
		_, err = io.WriteString(o.w, c.HTML(o.l))
	case cli.JSON:
		err = o.json(c)
	case cli.Text:
		_, err = io.WriteString(o.w, c.Text(o.l))
	default:
		_, err = io.WriteString(o.w, c.Markdown(o.l))
	}
	if err != nil {
		return err
	}
	return o.done(before, after)
}

// assessor returns the assessor of the rubric file name, or of the
// default rubric for "". A file that does not read, or whose rubric does
// not decode, is reported on standard error, each problem after the
// file's name, as a refused dossier is.
func (o *output) assessor(name string) (*societal.Assessor, error) {
	if name == "" {
		return societal.NewAssessor(societal.DefaultRubric())
	}
	data, err := func() ([]byte, error) {
		f, err := o.fs.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return io.ReadAll(io.LimitReader(f, societal.MaxJSON+1))
	}()
	if err == nil {
		var r societal.Rubric
		if r, err = societal.DecodeRubric(data); err == nil {
			return societal.NewAssessor(r)
		}
	}
	o.report(&fund.Refusal{File: displayName(name), Err: err})
	return nil, fmt.Errorf("rubric refused: %w", cli.ErrReported)
}

// displayName is the name of operand op in messages.
func displayName(op string) string {
	if op == "-" {
		return stdinName
	}
	return op
}

// rubric writes r as indented JSON, a file to edit.
func (o *output) rubric(r societal.Rubric) error {
	data, err := r.MarshalJSON()
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := json.Indent(&b, data, "", "  "); err != nil {
		return err
	}
	b.WriteByte('\n')
	_, err = o.w.Write(b.Bytes())
	return err
}

// rubricChange judges the dossiers of in by the current rubric and by
// edited, and writes what changes (fund.DiffRubrics).
func (o *output) rubricChange(ctx context.Context, in *input, edited *societal.Assessor) error {
	rc, err := fund.DiffRubrics(ctx, in.dossiers, o.a, edited)
	if err != nil {
		return err
	}
	switch o.format {
	case cli.CSV:
		err = rc.WriteCSV(o.w, o.l)
	case cli.HTML:
		_, err = io.WriteString(o.w, rc.HTML(o.l))
	case cli.JSON:
		err = o.json(rc)
	case cli.Text:
		_, err = io.WriteString(o.w, rc.Text(o.l))
	default:
		_, err = io.WriteString(o.w, rc.Markdown(o.l))
	}
	if err != nil {
		return err
	}
	return o.done(in)
}

// texts are the program's own words, in every language [D]: the "what was
// read" section of a portfolio and the count of refusals on standard
// error. Never modified.
var texts = struct {
	read, counts, refusedCount lang.Text
}{
	read: lang.Text{"Lecture", "Input"},
	counts: lang.Text{"Dossiers lus\u00a0: {1} · évalués\u00a0: {2} · refusés\u00a0: {3} · fichiers illisibles\u00a0: {4} · répertoires ou motifs sans dossier\u00a0: {5}",
		"Dossiers read: {1} · assessed: {2} · refused: {3} · unreadable files: {4} · directories or patterns without a dossier: {5}"},
	refusedCount: lang.Text{
		"dossiers refusés\u00a0: {1} sur {2}\u00a0; fichiers illisibles\u00a0: {3}\u00a0; répertoires ou motifs sans dossier\u00a0: {4}",
		"dossiers refused: {1} of {2}; unreadable files: {3}; directories or patterns without a dossier: {4}",
	},
}
