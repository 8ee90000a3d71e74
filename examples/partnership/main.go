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
//	go run ./examples/partnership -lang qps  # the tests' pseudo-locale
//	go run ./examples/partnership -h
//
// Everything it prints is in the language -lang names, amounts and shares
// written by package lang: "500 000 EUR" and "50 %" in French,
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
var summary = lang.Text{"Décrit l'alliance Wimoov (Renault, Le RAMEAU, Caisse des Dépôts) à son entrée en essaimage (004:2808-2989\u00a0; montants illustratifs) et affiche la couverture des leviers, l'équilibre, les diagnostics et la grille de vérification.",
	"Describes the Wimoov alliance (Renault, Le RAMEAU, Caisse des Dépôts) as it entered " +
		"essaimage (004:2808-2989; illustrative amounts) and prints its lever coverage, balance, " +
		"diagnostics and checklist."}

// run runs the program on args, writes the description to stdout and the
// messages to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return cli.Run("partnership", summary, args, stdout, stderr, describe)
}

// alliance returns the Wimoov alliance as it entered essaimage, named in
// lang.
func alliance(l lang.Lang) (*partnership.Partnership, error) {
	return partnership.New(partnership.Spec{
		Name:   allianceName.In(l),
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

// The program's own words, in every language; the headings end with the
// colon of the language. Read only.
var (
	allianceName  = lang.Text{"Wimoov — essaimage des plateformes de mobilité", "Wimoov — spreading the mobility platforms"}
	rising        = lang.Text{"Besoins qui montent de {1} à {2}\u00a0:", "Needs rising from {1} to {2}:"}
	coverage      = lang.Text{"Couverture des leviers en {1}\u00a0:", "Lever coverage in {1}:"}
	contributions = lang.Text{"Contributions valorisées (montants illustratifs)\u00a0: {1}, indice de Herfindahl {2}", "Valued contributions (illustrative amounts): {1}, Herfindahl index {2}"}
	shareOf       = lang.Text{"part {1}", "share {1}"}
	diagnostics   = lang.Text{"Diagnostics\u00a0:", "Diagnostics:"}
	none          = lang.Text{"(aucun)", "(none)"}
	difficulties  = lang.Text{"Difficultés (Semenowicz, 001:12-18)\u00a0:", "Difficulties (Semenowicz, 001:12-18):"}
	factors       = lang.Text{"Facteurs clés de succès (001:28-33)\u00a0:", "Key success factors (001:28-33):"}
	texts         = []lang.Text{allianceName, rising, coverage, contributions, shareOf, diagnostics, none, difficulties, factors}
)

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
func describe(l lang.Lang, w io.Writer) error {
	p, err := alliance(l)
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
	fmt.Fprintln(w, rising.Format(l, before.Phase, before.Next))
	for _, c := range before.Rising {
		printLever(w, p, c, l)
	}
	fmt.Fprintln(w)

	c, err := p.Coverage(innovation.Essaimage, needs, th)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, coverage.Format(l, c.Phase))
	for _, lc := range c.Levers {
		printLever(w, p, lc, l)
	}
	fmt.Fprintln(w)

	b := p.Balance()
	fmt.Fprintln(w, contributions.Format(l, lang.Money(b.Total, b.Currency), lang.Decimal(b.Concentration.Round(partnership.Precision), -1)))
	width := 0
	for _, s := range b.Shares {
		width = max(width, utf8.RuneCountInString(names(p, []string{s.Partner})))
	}
	for _, s := range b.Shares {
		fmt.Fprintf(w, "  %s  %14s  %s\n", pad(names(p, []string{s.Partner}), width), l.Money(s.Amount, b.Currency),
			shareOf.Format(l, lang.Percent(s.Contribution, 2)))
	}
	fmt.Fprintln(w)

	findings, err := p.Diagnose(th)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, diagnostics.In(l))
	if len(findings) == 0 {
		fmt.Fprintf(w, "  %s\n", none.In(l))
	}
	for _, f := range findings {
		fmt.Fprintf(w, "  [%s] %s — %s (%s) [%s]\n", f.Severity.Label(l), f.Risk.Label(l), f.Text(l), f.Source, names(p, f.Partners))
	}
	fmt.Fprintln(w)

	cl, err := p.Checklist(th)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, difficulties.In(l))
	for d := partnership.Difficulty(1); d <= partnership.NumDifficulties; d++ {
		it := cl.Difficulty(d)
		fmt.Fprintf(w, "  %s %s %s\n", pad(d.Label(l), 32), pad(it.Status.Label(l), 14), it.Text(l))
	}
	fmt.Fprintln(w, factors.In(l))
	for f := partnership.Factor(1); f <= partnership.NumFactors; f++ {
		it := cl.Factor(f)
		fmt.Fprintf(w, "  %s %s %s\n", pad(f.Label(l), 32), pad(it.Status.Label(l), 14), it.Text(l))
	}
	return nil
}

// printLever writes one lever's need and supply, and the names of the
// partners that supply it, to w.
func printLever(w io.Writer, p *partnership.Partnership, c partnership.LeverCoverage, l lang.Lang) {
	q := c.Need.QualifierLabel(l)
	if q != "" {
		q = " (" + q + ")"
	}
	fmt.Fprintf(w, "  %s %s %s %s\n", pad(c.Need.Lever.Label(l), 22), pad(c.Need.Intensity.Label(l)+q, 18),
		pad(c.Supply.Label(l), 10), names(p, c.Suppliers))
}
