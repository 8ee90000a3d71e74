package fund

import (
	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// The problems the package finds itself, one kind each; the problems of a
// dossier are its decoder's.
var (
	// malformedRefusal: the JSON of a Refusal does not read.
	malformedRefusal = problem.Kind{
		Code:    "malformed-refusal",
		Message: lang.Text{"refus illisible\u00a0: {1}", "unreadable refusal: {1}"},
		Err:     problem.ErrSyntax,
	}
)

// pkg describes the package to internal/wire, which makes the problems of
// its enumerations and of an NDJSON line over the limit (a dossier's
// problem: it unwraps to societal.ErrDossier). Never modified.
var pkg = &wire.Package{Name: "fund"}

// enumErrors makes the errors of the package's enumeration tables.
var enumErrors = &enum.Errors{Unknown: pkg.UnknownName, Invalid: pkg.InvalidValue}

// errLineOver is the refusal of an NDJSON line over societal.MaxJSON
// bytes, in the words DecodeDossier refuses a text over it with: it
// unwraps to ErrLimit and societal.ErrDossier.
func errLineOver() error {
	return pkg.Within("", societal.ErrDossier, pkg.TooLarge())
}

// problemsOf returns the problems joined in err, one by one: each
// *problem.Error and each other error.
func problemsOf(err error) []error {
	switch e := err.(type) {
	case nil:
		return nil
	case *problem.Error:
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
