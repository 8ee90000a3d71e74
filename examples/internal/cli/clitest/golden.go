package clitest

import (
	"testing"

	"github.com/seed424036fd/societal/internal/golden"
)

// Golden compares out, what a program wrote, with testdata/name.golden,
// or rewrites the file when the test runs with -update (golden.Check). A
// program's whole output lives there, one file per renderer and language
// ("evaluation.text.fr"), so that a rewording is one -update away.
func Golden(t *testing.T, name, out string) {
	t.Helper()
	golden.Check(t, name, out)
}
