package fund

import (
	"io/fs"

	"github.com/seed424036fd/societal"
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
	// emptyDirectory: a directory Load reads holds no dossier file.
	emptyDirectory = problem.Kind{
		Code:    "empty-directory",
		Message: lang.Text{"répertoire vide\u00a0: aucun fichier *.json ni *.ndjson", "empty directory: no *.json or *.ndjson file"},
		Err:     fs.ErrNotExist,
	}
	// noMatch: a pattern Load reads matches no file.
	noMatch = problem.Kind{
		Code:    "no-match",
		Message: lang.Text{"aucun fichier ne correspond au motif", "no file matches the pattern"},
		Err:     fs.ErrNotExist,
	}
)

// problemKinds lists the kinds above, for the test of every language.
var problemKinds = []*problem.Kind{&malformedRefusal, &emptyDirectory, &noMatch}

// pkg describes the package to internal/wire, which makes the problems of
// its enumerations and of an NDJSON line over the limit (a dossier's
// problem: it unwraps to societal.ErrDossier). Never modified.
var pkg = &wire.Package{Name: "fund"}

// errLineOver is the refusal of an NDJSON line over societal.MaxJSON
// bytes, in the words DecodeDossier refuses a text over it with: it
// unwraps to ErrLimit and societal.ErrDossier.
func errLineOver() error {
	return pkg.Within("", societal.ErrDossier, pkg.TooLarge())
}
