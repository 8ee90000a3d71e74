package partnership_test

import (
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func eur(s string) partnership.Amount { return partnership.Amount{Value: dec(s), Currency: "EUR"} }

// wimoov is the Wimoov alliance of 004:2910-2932 (Wimoov, Renault, Le
// RAMEAU, Caisse des Dépôts). Amounts and power shares are illustrative:
// the source gives none.
func wimoov() partnership.Spec {
	return partnership.Spec{
		Name:   "Wimoov",
		Modes:  []partnership.Mode{partnership.InnovationSocietale},
		Scheme: partnership.SchemeEntreprise,
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: "wimoov", Name: "Wimoov", Kind: partnership.Association},
				Objectives: []partnership.Objective{partnership.ExternePerformance}, Power: dec("0.4")},
			{Actor: partnership.Actor{ID: "renault", Name: "Renault", Kind: partnership.Entreprise},
				Objectives: []partnership.Objective{partnership.InternePerformance, partnership.ExterneMobilisation}, Power: dec("0.3")},
			{Actor: partnership.Actor{ID: "rameau", Name: "Le RAMEAU", Kind: partnership.CatalyseurTerritorial, Purpose: partnership.GeneralInterest},
				Objectives: []partnership.Objective{partnership.ExternePerformance}, Power: dec("0.1")},
			{Actor: partnership.Actor{ID: "cdc", Name: "Caisse des Dépôts", Kind: partnership.ActeurPublic},
				Objectives: []partnership.Objective{partnership.ExternePerformance}, Power: dec("0.2")},
		},
		Contributions: []partnership.Contribution{
			{Partner: "renault", Lever: innovation.Financement, Kind: partnership.Financial, Amount: eur("300000")},
			{Partner: "renault", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
			{Partner: "rameau", Lever: innovation.Conseil, Kind: partnership.Skills},
			{Partner: "rameau", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
			{Partner: "cdc", Lever: innovation.Financement, Kind: partnership.Financial, Amount: eur("200000")},
			{Partner: "wimoov", Lever: innovation.Evaluation, Kind: partnership.Skills, Amount: eur("50000")},
		},
		Terms: partnership.Terms{Formal: partnership.Yes, SharedGovernance: partnership.Yes, CommitmentMonths: 36},
	}
}

func mustNew(s partnership.Spec) *partnership.Partnership {
	p, err := partnership.New(s)
	if err != nil {
		panic(err)
	}
	return p
}
