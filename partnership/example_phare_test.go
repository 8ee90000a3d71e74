package partnership_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// A portfolio's partnership modes compared with the companies of the PHARE
// survey (003:1166-1195).
func ExamplePHARE() {
	survey, _ := partnership.PHARE(partnership.Entreprise)
	portfolio := map[partnership.Mode]decimal.Decimal{ // share of the portfolio's partnerships per mode
		partnership.Mecenat:             decimal.RequireFromString("0.5"),
		partnership.InnovationSocietale: decimal.RequireFromString("0.8"),
	}
	for m := range partnership.Modes() {
		ref, _ := survey.Share(m)
		gap, _ := survey.Gap(m, portfolio[m])
		fmt.Printf("%-24s %s: %3s%%  gap %+d points\n", m.Label(lang.French), survey.Name, ref.Shift(2), gap.Shift(2).IntPart())
	}
	// Output:
	// Mécénat                  PHARE-Entreprises:  30%  gap +20 points
	// Pratiques responsables   PHARE-Entreprises:  45%  gap -45 points
	// Coopération économique   PHARE-Entreprises:  25%  gap -25 points
	// Innovation sociétale     PHARE-Entreprises:  16%  gap +64 points
}

// Semenowicz's two risks read from a diagnosis (001:20).
func ExampleThreat_In() {
	p, err := partnership.New(partnership.Spec{
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: "asso", Kind: partnership.Association}, Power: decimal.RequireFromString("0.2")},
			{Actor: partnership.Actor{ID: "corp", Kind: partnership.Entreprise}, Power: decimal.RequireFromString("0.8")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	findings, _ := p.Diagnose(partnership.DefaultThresholds())
	for th := range partnership.Threats() {
		fmt.Println(th.Label(lang.French), th.In(findings))
	}
	// Output:
	// Compromis déséquilibré true
	// Perte de légitimité true
}
