package societal_test

import (
	"errors"
	"fmt"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/partnership"
)

// DecodeDossier reports every problem of a dossier at once, joined. Each is
// a *problem.Error naming its path in the JSON and what is wrong;
// errors.Is tells the kind of problem, whatever package found it: every
// problem is societal.ErrDossier, a negative amount is also
// partnership.ErrNegative.
func ExampleDecodeDossier_errors() {
	_, err := societal.DecodeDossier([]byte(`{
	  "name": "Épicerie solidaire",
	  "phase": "essaimage",
	  "stakeholder": {"financeurs": "++"},
	  "partnership": {
	    "partners": [{"id": "fondation", "kind": "fondation"}],
	    "contributions": [
	      {"partner": "fondation", "lever": "financement", "kind": "financier", "amount": {"value": "-5000", "currency": "EUR"}}
	    ]
	  },
	  "budget": {"total": "500000", "evaluation": "12%", "capacity_building": "0"}
	}`))
	fmt.Println(errors.Is(err, societal.ErrDossier), errors.Is(err, partnership.ErrNegative))

	// The joined error unwraps to its problems, one per path.
	var problems []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		problems = j.Unwrap()
	} else if err != nil {
		problems = []error{err}
	}
	for _, p := range problems {
		var fe *problem.Error
		if errors.As(p, &fe) {
			fmt.Printf("%s: %s\n", fe.Path, fe.Reason(lang.English))
		}
	}
	// Output:
	// true true
	// stakeholder: unknown key (want one of id, name, carrier, phase, history, dimensions, economic_model, operator_model, stakeholders, partnership, evaluations, budget; did you mean "stakeholders"?)
	// partnership.contributions[0].amount.value: want at least 0
	// budget.evaluation: not a decimal: no % sign; write digits with a point for the decimal part, e.g. "150000.50" (a share of 12% is "0.12")
}
