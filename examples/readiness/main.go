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
//	go run ./examples/readiness -lang en -format text path/to/dossier.json
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
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
)

//go:embed dossier.json
var defaultDossier []byte

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return // -h: the flag package printed the usage
		}
		fmt.Fprintln(os.Stderr, "readiness:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("readiness", flag.ContinueOnError)
	var l innovation.Lang
	fs.TextVar(&l, "lang", innovation.French, "report language: fr or en")
	format := fs.String("format", "markdown", "report format: markdown, text or json")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return errors.New("at most one dossier file")
	}
	data := defaultDossier
	if fs.NArg() == 1 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		// Read one byte past the limit so that an oversized file is refused
		// by the decoder, without reading the whole of it.
		data, err = io.ReadAll(io.LimitReader(f, societal.MaxJSON+1))
		if err != nil {
			return err
		}
	}
	d, err := societal.DecodeDossier(data)
	if err != nil {
		return err
	}
	rep := societal.Assess(d)
	switch *format {
	case "markdown":
		_, err = io.WriteString(out, rep.Markdown(l))
	case "text":
		_, err = io.WriteString(out, rep.Text(l))
	case "json":
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	default:
		return fmt.Errorf("unknown format %q (want markdown, text or json)", *format)
	}
	return err
}
