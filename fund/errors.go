package fund

import (
	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
)

// pkg is the package's error descriptor for internal/wire: the problems a
// fund finds are a dossier's, with societal's sentinels. Never modified.
var pkg = &wire.Package{Name: "societal", Syntax: societal.ErrDossier, Unknown: societal.ErrUnknown, Invalid: societal.ErrInvalid, Limit: societal.ErrLimit}

// enumErrors makes the errors of the package's enumeration tables.
var enumErrors = &enum.Errors{
	Unknown: func(noun lang.Text, input string, allowed []string) error {
		return pkg.ParseError(noun.In(lang.English), input, allowed)
	},
	Invalid: pkg.InvalidValue,
}

// problemsOf returns the problems joined in err, one by one.
func problemsOf(err error) []error {
	switch e := err.(type) {
	case nil:
		return nil
	case *wire.FieldError:
		return []error{e}
	case interface{ Unwrap() []error }:
		var out []error
		for _, inner := range e.Unwrap() {
			out = append(out, problemsOf(inner)...)
		}
		return out
	}
	return []error{err}
}
