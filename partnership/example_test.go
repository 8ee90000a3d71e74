package partnership_test

import (
	"errors"
	"fmt"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
	"github.com/shopspring/decimal"
)

// A partnership at Essaimage, with its coverage against the model's needs
// matrix. The amounts are illustrative.
func ExamplePartnership_Coverage() {
	p, err := partnership.New(partnership.Spec{
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: "asso", Kind: partnership.Association}},
			{Actor: partnership.Actor{ID: "bank", Kind: partnership.Entreprise}},
		},
		Contributions: []partnership.Contribution{
			{Partner: "bank", Lever: innovation.Financement, Kind: partnership.Financial,
				Amount: partnership.Amount{Value: decimal.New(50000, 0), Currency: "EUR"}},
			{Partner: "asso", Lever: innovation.Evaluation, Kind: partnership.Skills},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := p.Coverage(innovation.Essaimage, innovation.DefaultNeeds(), partnership.DefaultThresholds())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range c.Levers {
		fmt.Printf("%-18s %-3s %-8s %v\n", l.Need.Lever, l.Need.Intensity, l.Supply, l.Suppliers)
	}
	// Output:
	// financement        +++ thin     [bank]
	// competences-reseau +++ missing  []
	// conseil            +   missing  []
	// evaluation         ++  covered  [asso]
}

// A company holding most of the power over a general-interest project is a
// risk of mission drift (001:20).
func ExamplePartnership_Diagnose() {
	p, err := partnership.New(partnership.Spec{
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: "asso", Kind: partnership.Association}, Power: decimal.RequireFromString("0.3")},
			{Actor: partnership.Actor{ID: "corp", Kind: partnership.Entreprise}, Power: decimal.RequireFromString("0.7")},
		},
		Terms: partnership.Terms{CommitmentMonths: 12},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	findings, err := p.Diagnose(partnership.DefaultThresholds())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f)
	}
	// Output:
	// critical mission-drift: for-profit partners hold 70% of the decision power over a general-interest project (threshold 50%) [001:20]
	// warning power-imbalance: corp holds more than 50% of the decision power [001:15, 20]
	// warning short-commitment: commitment of 12 months, under 36 [004:3079]
}

// New reports every problem at once, each naming its item.
func ExampleNew_errors() {
	_, err := partnership.New(partnership.Spec{
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: "a", Kind: partnership.Association}},
			{Actor: partnership.Actor{ID: "a", Kind: partnership.Entreprise}},
		},
		Contributions: []partnership.Contribution{
			{Partner: "b", Lever: innovation.Conseil, Kind: partnership.Skills},
			{Partner: "a", Lever: innovation.Financement, Kind: partnership.Financial,
				Amount: partnership.Amount{Value: decimal.New(-5, 0), Currency: "EUR"}},
		},
	})
	fmt.Println(err)
	fmt.Println(errors.Is(err, partnership.ErrDuplicate), errors.Is(err, partnership.ErrUnknownPartner))
	// Output:
	// partnership: partners[1].id "a": partner given twice (first at partners[0])
	// partnership: contributions[0].partner "b": no partner has this ID
	// partnership: contributions[1].amount.value "-5": negative amount
	// true true
}

// Shares of contributions sum to exactly 1.
func ExamplePartnership_Balance() {
	p, _ := partnership.New(partnership.Spec{
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: "a", Kind: partnership.Fondation}},
			{Actor: partnership.Actor{ID: "b", Kind: partnership.Entreprise}},
			{Actor: partnership.Actor{ID: "c", Kind: partnership.ActeurPublic}},
		},
		Contributions: []partnership.Contribution{
			{Partner: "a", Lever: innovation.Financement, Kind: partnership.Financial, Amount: partnership.Amount{Value: decimal.New(100, 0), Currency: "EUR"}},
			{Partner: "b", Lever: innovation.Financement, Kind: partnership.Financial, Amount: partnership.Amount{Value: decimal.New(100, 0), Currency: "EUR"}},
			{Partner: "c", Lever: innovation.Financement, Kind: partnership.Financial, Amount: partnership.Amount{Value: decimal.New(100, 0), Currency: "EUR"}},
		},
	})
	b := p.Balance()
	for _, s := range b.Shares {
		fmt.Println(s.Partner, s.Contribution)
	}
	fmt.Println("HHI", b.Concentration)
	// Output:
	// a 0.333334
	// b 0.333333
	// c 0.333333
	// HHI 0.333333
}

func ExampleMode_Definition() {
	fmt.Println(partnership.InnovationSocietale.Label(lang.French))
	fmt.Println(partnership.InnovationSocietale.Definition(lang.English))
	// Output:
	// Innovation sociétale
	// innovative co-design and/or experimentation in partnership to bring out a new answer to an uncovered societal need (e.g. new educational solutions)
}

func ExampleParseScheme() {
	s, err := partnership.ParseScheme("territoire+entreprise")
	fmt.Println(s, err, s.Label(lang.French))
	// Output:
	// entreprise+territoire <nil> Mené par une entreprise + Mené par un territoire
}
