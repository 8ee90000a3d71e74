package clitest

import (
	"testing"

	"github.com/seed424036fd/societal/internal/langtest"
)

// Pseudo fails unless out, what the program name wrote in the
// pseudo-locale (lang.Pseudo), holds no word but marked ones (⟦…⟧: from a
// table of texts) and data: the texts the input holds, as the caller
// knows them (names, ids, file names), as written or as the output
// escapes them. Every word that escaped the tables is reported with its
// line (see langtest.Escaped for what is read).
func Pseudo(t *testing.T, name, out string, data ...string) {
	t.Helper()
	langtest.Check(t, name+" in the pseudo-locale", out, data...)
}

// PseudoJSON is Pseudo for JSON output (see langtest.EscapedJSON).
func PseudoJSON(t *testing.T, name string, out []byte, data ...string) {
	t.Helper()
	found, err := langtest.EscapedJSON(out, data...)
	if err != nil {
		t.Errorf("%s: not JSON: %v", name, err)
	}
	for _, e := range found {
		t.Errorf("%s in the pseudo-locale: %q is not marked in the JSON string %q", name, e.Word, e.Text)
	}
}

// PseudoHTML is Pseudo for an HTML page: its text as a reader sees it
// (see langtest.EscapedHTML).
func PseudoHTML(t *testing.T, name, page string, data ...string) {
	t.Helper()
	langtest.CheckHTML(t, name+" in the pseudo-locale", page, data...)
}
