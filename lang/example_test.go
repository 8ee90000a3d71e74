package lang_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/lang"
)

func ExampleText_Format() {
	budget := lang.Text{"{1} consacrés à l'évaluation, soit {2}", "{2} of the budget, {1}, on evaluation"}
	amount, share := lang.Money(decimal.NewFromInt(60000), "EUR"), lang.Percent(decimal.RequireFromString("0.05"), 1)
	fmt.Printf("%q\n", budget.Format(lang.French, amount, share))
	fmt.Println(budget.Format(lang.English, amount, share))
	fmt.Println(budget.Format(lang.Pseudo, amount, share))
	// Output:
	// "60\u202f000\u00a0EUR consacrés à l'évaluation, soit 5\u00a0%"
	// 5% of the budget, 60,000 EUR, on evaluation
	// 5% ⟦of the budget,⟧ 60,000 EUR⟦, on evaluation⟧
}

func ExampleLang_Percent() {
	share := decimal.RequireFromString("0.125")
	fmt.Printf("%q\n%q\n", lang.French.Percent(share, 2), lang.English.Percent(share, 2))
	// Output:
	// "12,5\u00a0%"
	// "12.5%"
}
