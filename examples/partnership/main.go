// Command partnership describes the Wimoov alliance as it entered
// essaimage and prints its lever coverage, balance, diagnostics and
// checklist.
//
// The facts are from 004:2808-2989 (Florence Gilbert's account): Wimoov
// (formerly Voiture & Co) ran 26 mobility platforms and needed "évidemment
// de financement, mais aussi de nous professionnaliser, de formaliser des
// process" (004:2900-2908); Le RAMEAU helped it formalise its vision and
// action plan and introduced it to Renault (004:2910-2914); Renault and Le
// RAMEAU introduced it to the Caisse des Dépôts (004:2924-2926); after
// these partnerships "nous sommes entrés dans une période d'essaimage"
// (004:2928-2932).
//
// Which lever each partner supplies is a reading [I] of that account. The
// source gives NO amounts, durations or shares of power: the amounts below
// are illustrative only, and power and terms are left unstated, so the
// checklist reports those items Unknown. The two illustrative amounts are
// equal on purpose: an invented imbalance would be read as a diagnosis of a
// real alliance.
//
//	go run ./examples/partnership            # French
//	go run ./examples/partnership -lang en   # English
//	go run ./examples/partnership -h
//
// Everything it prints is in the language -lang names, amounts and shares
// written by internal/locale: "500 000 EUR" and "50 %" in French,
// "500,000 EUR" and "50%" in English.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// illustrative returns an amount in euros that is NOT from the source.
func illustrative(euros int64) partnership.Amount {
	return partnership.Amount{Value: decimal.New(euros, 0), Currency: "EUR"}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// summary is what the usage says of the program.
const summary = "Describes the Wimoov alliance (Renault, Le RAMEAU, Caisse des Dépôts) as it entered " +
	"essaimage (004:2808-2989; illustrative amounts) and prints its lever coverage, balance, " +
	"diagnostics and checklist."

// run runs the program on args, writes the description to stdout and the
// messages to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := cli.New("partnership", summary, nil, stdout, stderr)
	l := fs.Lang()
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	return fs.Status(describe(*l, stdout))
}

// alliance returns the Wimoov alliance as it entered essaimage, named in
// lang.
func alliance(l lang.Lang) (*partnership.Partnership, error) {
	return partnership.New(partnership.Spec{
		Name:   words[l].name,
		Modes:  []partnership.Mode{partnership.InnovationSocietale},
		Scheme: partnership.SchemeEntreprise,
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: "wimoov", Name: "Wimoov", Kind: partnership.Association},
				Objectives: []partnership.Objective{partnership.InternePerformance, partnership.ExternePerformance}},
			{Actor: partnership.Actor{ID: "renault", Name: "Renault", Kind: partnership.Entreprise},
				// "la mobilité pour tous" (004:2914-2916): external stakes.
				Objectives: []partnership.Objective{partnership.ExterneMobilisation, partnership.ExternePerformance}},
			{Actor: partnership.Actor{ID: "rameau", Name: "Le RAMEAU", Kind: partnership.CatalyseurTerritorial,
				Purpose: partnership.GeneralInterest}},
			{Actor: partnership.Actor{ID: "cdc", Name: "Caisse des Dépôts", Kind: partnership.ActeurPublic}},
		},
		Contributions: []partnership.Contribution{
			// Le RAMEAU "nous aide à formaliser notre vision, notre plan
			// d'action" (004:2910-2912) and opens its network (004:2912, 2924-2926).
			{Partner: "rameau", Lever: innovation.Conseil, Kind: partnership.Skills},
			{Partner: "rameau", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
			// Renault: deploying the 26 platforms, solidarity garages
			// (004:2918-2924). Amount illustrative.
			{Partner: "renault", Lever: innovation.Financement, Kind: partnership.Financial, Amount: illustrative(250000)},
			{Partner: "renault", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
			// Caisse des Dépôts "va rejoindre notre aventure" (004:2926).
			// Amount illustrative.
			{Partner: "cdc", Lever: innovation.Financement, Kind: partnership.Financial, Amount: illustrative(250000)},
			// Wimoov measures its own results: "+ de 50% de retour à
			// l'emploi" (004:2888-2890).
			{Partner: "wimoov", Lever: innovation.Evaluation, Kind: partnership.Skills},
		},
	})
}

// vocabulary holds the program's own words; the headings end with the
// colon of the language (locale.Colon), added where they are printed.
type vocabulary struct {
	name                                     string // the alliance's name
	rising, coverage, contributions          string // formats
	herfindahl, share                        string
	diagnostics, none, difficulties, factors string
}

var words = [...]vocabulary{
	lang.French: {
		name:          "Wimoov — essaimage des plateformes de mobilité",
		rising:        "Besoins qui montent de %s à %s",
		coverage:      "Couverture des leviers en %s",
		contributions: "Contributions valorisées (montants illustratifs)",
		herfindahl:    "indice de Herfindahl", share: "part",
		diagnostics: "Diagnostics", none: "(aucun)",
		difficulties: "Difficultés (Semenowicz, 001:12-18)",
		factors:      "Facteurs clés de succès (001:28-33)",
	},
	lang.English: {
		name:          "Wimoov — spreading the mobility platforms",
		rising:        "Needs rising from %s to %s",
		coverage:      "Lever coverage in %s",
		contributions: "Valued contributions (illustrative amounts)",
		herfindahl:    "Herfindahl index", share: "share",
		diagnostics: "Diagnostics", none: "(none)",
		difficulties: "Difficulties (Semenowicz, 001:12-18)",
		factors:      "Key success factors (001:28-33)",
	},
}

// heading is s ended by the colon of lang with no space after it: "s :"
// (no-break space) in French, "s:" in English.
func heading(s string, l lang.Lang) string {
	return s + strings.TrimRight(l.Colon(), " ")
}

// names returns the names of the partners ids, joined by ", ".
func names(p *partnership.Partnership, ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if pt, ok := p.Partner(id); ok {
			out[i] = pt.Name
		}
	}
	return strings.Join(out, ", ")
}

// pad pads s with spaces to width runes.
func pad(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

// describe writes the alliance's coverage, balance, diagnostics and
// checklist, in lang, to w.
func describe(lg lang.Lang, w io.Writer) error {
	wd := &words[lg]
	p, err := alliance(lg)
	if err != nil {
		return err
	}
	th := partnership.DefaultThresholds()
	needs := innovation.DefaultNeeds()

	fmt.Fprintln(w, p.Name())
	fmt.Fprintln(w)

	// The crossing: what rises from Modélisation to Essaimage (004:805-806).
	before, err := p.Coverage(innovation.Modelisation, needs, th)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, heading(fmt.Sprintf(wd.rising, before.Phase.Label(lg), before.Next.Label(lg)), lg))
	for _, l := range before.Rising {
		printLever(w, p, l, lg)
	}
	fmt.Fprintln(w)

	c, err := p.Coverage(innovation.Essaimage, needs, th)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, heading(fmt.Sprintf(wd.coverage, c.Phase.Label(lg)), lg))
	for _, l := range c.Levers {
		printLever(w, p, l, lg)
	}
	fmt.Fprintln(w)

	b := p.Balance()
	fmt.Fprintf(w, "%s%s%s, %s %s\n", wd.contributions, lg.Colon(), lg.Money(b.Total, b.Currency),
		wd.herfindahl, lg.Trimmed(b.Concentration, partnership.Precision))
	width := 0
	for _, s := range b.Shares {
		width = max(width, utf8.RuneCountInString(names(p, []string{s.Partner})))
	}
	for _, s := range b.Shares {
		fmt.Fprintf(w, "  %s  %14s  %s %s\n", pad(names(p, []string{s.Partner}), width), lg.Money(s.Amount, b.Currency),
			wd.share, lg.Percent(s.Contribution, 2))
	}
	fmt.Fprintln(w)

	findings, err := p.Diagnose(th)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, heading(wd.diagnostics, lg))
	if len(findings) == 0 {
		fmt.Fprintf(w, "  %s\n", wd.none)
	}
	for _, f := range findings {
		fmt.Fprintf(w, "  [%s] %s — %s (%s) [%s]\n", f.Severity.Label(lg), f.Risk.Label(lg), f.Text(lg), f.Source, names(p, f.Partners))
	}
	fmt.Fprintln(w)

	cl, err := p.Checklist(th)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, heading(wd.difficulties, lg))
	for d := partnership.Difficulty(1); d <= partnership.NumDifficulties; d++ {
		it := cl.Difficulty(d)
		fmt.Fprintf(w, "  %s %s %s\n", pad(d.Label(lg), 32), pad(it.Status.Label(lg), 14), it.Text(lg))
	}
	fmt.Fprintln(w, heading(wd.factors, lg))
	for f := partnership.Factor(1); f <= partnership.NumFactors; f++ {
		it := cl.Factor(f)
		fmt.Fprintf(w, "  %s %s %s\n", pad(f.Label(lg), 32), pad(it.Status.Label(lg), 14), it.Text(lg))
	}
	return nil
}

// printLever writes one lever's need and supply, and the names of the
// partners that supply it, to w.
func printLever(w io.Writer, p *partnership.Partnership, l partnership.LeverCoverage, lg lang.Lang) {
	q := l.Need.QualifierLabel(lg)
	if q != "" {
		q = " (" + q + ")"
	}
	fmt.Fprintf(w, "  %s %s %s %s\n", pad(l.Need.Lever.Label(lg), 22), pad(l.Need.Intensity.Label(lg)+q, 18),
		pad(l.Supply.Label(lg), 10), names(p, l.Suppliers))
}
