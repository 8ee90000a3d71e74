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
// (004:2928-2931).
//
// Which lever each partner supplies is a reading [I] of that account. The
// source gives NO amounts, durations or shares of power: the amounts below
// are illustrative only, and power and terms are left unstated, so the
// checklist reports those items Unknown. The two illustrative amounts are
// equal on purpose: an invented imbalance would be read as a diagnosis of a
// real alliance.
package main

import (
	"fmt"
	"os"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
	"github.com/shopspring/decimal"
)

// illustrative returns an amount in euros that is NOT from the source.
func illustrative(euros int64) partnership.Amount {
	return partnership.Amount{Value: decimal.New(euros, 0), Currency: "EUR"}
}

func main() {
	p, err := partnership.New(partnership.Spec{
		Name:   "Wimoov — essaimage des plateformes de mobilité",
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
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	th := partnership.DefaultThresholds()
	needs := innovation.DefaultNeeds()
	lang := innovation.French

	fmt.Println(p.Name())
	fmt.Println()

	// The crossing: what rises from Modélisation to Essaimage (004:805-806).
	before, err := p.Coverage(innovation.Modelisation, needs, th)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("Besoins qui montent de %s à %s :\n", before.Phase.Label(lang), before.Next.Label(lang))
	for _, l := range before.Rising {
		printLever(l, lang)
	}
	fmt.Println()

	c, err := p.Coverage(innovation.Essaimage, needs, th)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("Couverture des leviers en %s :\n", c.Phase.Label(lang))
	for _, l := range c.Levers {
		printLever(l, lang)
	}
	fmt.Println()

	b := p.Balance()
	fmt.Printf("Contributions valorisées (montants illustratifs) : %s %s, indice de Herfindahl %s\n", b.Total, b.Currency, b.Concentration)
	for _, s := range b.Shares {
		fmt.Printf("  %-8s %10s  part %s\n", s.Partner, s.Amount, s.Contribution)
	}
	fmt.Println()

	findings, err := p.Diagnose(th)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("Diagnostics :")
	if len(findings) == 0 {
		fmt.Println("  (aucun)")
	}
	for _, f := range findings {
		fmt.Printf("  [%s] %s — %s (%s) %v\n", f.Severity.Label(lang), f.Risk.Label(lang), f.Message, f.Source, f.Partners)
	}
	fmt.Println()

	cl, err := p.Checklist(th)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("Difficultés (Semenowicz, 001:12-18) :")
	for d := partnership.Difficulty(1); d <= partnership.NumDifficulties; d++ {
		it := cl.Difficulty(d)
		fmt.Printf("  %-32s %-14s %s\n", d.Label(lang), it.Status.Label(lang), it.Basis)
	}
	fmt.Println("Facteurs clés de succès (001:28-33) :")
	for f := partnership.Factor(1); f <= partnership.NumFactors; f++ {
		it := cl.Factor(f)
		fmt.Printf("  %-32s %-14s %s\n", f.Label(lang), it.Status.Label(lang), it.Basis)
	}
}

func printLever(l partnership.LeverCoverage, lang innovation.Lang) {
	q := l.Need.QualifierLabel(lang)
	if q != "" {
		q = " (" + q + ")"
	}
	fmt.Printf("  %-22s %-3s%-16s %-10s %v\n", l.Need.Lever.Label(lang), l.Need.Intensity, q, l.Supply.Label(lang), l.Suppliers)
}
