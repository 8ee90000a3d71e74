// Command readiness is the main job of societal: it assesses a project
// dossier for its readiness to move to its next phase and prints the Markdown
// report a funder pastes into a committee note: the verdict and the check
// that decides it, the score range with the coverage ("0,71 – 0,71 (9/9
// jugés)"), how the score is computed, the criteria, the gaps, the
// documents to request for missing evidence and the next best actions (the
// smallest set that makes the dossier ready, with the levers and the kinds
// of partner that bring them).
//
//	go run ./examples/readiness                     # the embedded default dossier
//	go run ./examples/readiness path/to/dossier.json
//	go run ./examples/readiness path/to/dossier.json -lang EN -format txt
//	go run ./examples/readiness -format json - < path/to/dossier.json
//	go run ./examples/readiness -h
//
// -lang takes fr or en, -format markdown (md), text (txt) or json, both in
// any case; flags may come before or after the file; "-" reads standard
// input.
//
// The default dossier is the Wimoov alliance (Renault, Le RAMEAU, Caisse des
// Dépôts) before its essaimage (004:2808-2989). The source gives no amounts:
// the amounts in it are illustrative, not facts about the real alliance.
//
// A dossier that cannot be read or decoded gives a message naming every
// problem and exit status 1.
package main

import (
	_ "embed"
	"encoding/json"
	"io"
	"os"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/innovation"
)

//go:embed dossier.json
var defaultDossier []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// summary is what the usage says of the program.
const summary = "Assesses a project dossier (JSON; the embedded Wimoov dossier when no file is given) " +
	"for its readiness to move to its next phase and prints the report."

// run runs the program on args, writes the report to stdout and the
// messages to stderr, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := cli.New("readiness", summary, stdin, stdout, stderr)
	lang, format := fs.Lang(), fs.Format()
	template := fs.Flags().Bool("template", false, "print a complete dossier template (every key, placeholder values) and exit")
	fs.Operands("[dossier.json | -]", 1)
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	if *template {
		_, err := stdout.Write(societal.Template())
		return fs.Status(err)
	}
	data := defaultDossier
	if len(fs.Args()) == 1 {
		var err error
		if data, err = read(fs, fs.Args()[0]); err != nil {
			return fs.Status(err)
		}
	}
	return fs.Status(report(data, *lang, *format, stdout))
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

// report decodes and assesses the dossier data and writes its report in l
// and format to out.
func report(data []byte, l innovation.Lang, format cli.Format, out io.Writer) error {
	d, err := societal.DecodeDossier(data)
	if err != nil {
		return err
	}
	rep := societal.Assess(d)
	switch format {
	case cli.Text:
		_, err = io.WriteString(out, rep.Text(l))
	case cli.JSON:
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	default:
		_, err = io.WriteString(out, rep.Markdown(l))
	}
	return err
}
