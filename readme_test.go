package societal_test

// The README's parts that the code writes: the table of the checks,
// generated from their definitions (go test -update rewrites it), and the
// quick tour, which must be Example's code.

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/lang"
)

// Markers of the generated table in README.md.
const (
	checksBegin = "<!-- The checks: generated from their definitions by `go test -run TestREADMEChecks -update`. -->\n"
	checksEnd   = "<!-- End of the checks. -->\n"
)

// checksTable writes the table of the checks, as README.md holds it.
func checksTable() string {
	var b strings.Builder
	b.WriteString("| # | Check | Key | Source | Severity | Weight | Required before crossing from | Dossier field | Details |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|\n")
	r := societal.DefaultRubric()
	for id := range societal.CheckIDs() {
		var phases []string
		for p := range innovation.Phases() {
			if slices.Contains(r.Required[p], id) {
				phases = append(phases, p.Label(lang.English))
			}
		}
		var codes []string
		for _, c := range societal.CheckDetailCodes(id) {
			codes = append(codes, "`"+c+"`")
		}
		b.WriteString("| " + strconv.Itoa(int(id)) + " | " + id.Label(lang.English) + " (« " + id.Label(lang.French) + " ») | `" + id.String() + "` | " +
			id.Source() + " | " + r.Severity[id].Label(lang.English) + " | " + r.Weight[id].String() + " | " + strings.Join(phases, ", ") +
			" | `" + id.Field() + "` | " + strings.Join(codes, ", ") + " |\n")
	}
	var shared []string
	for _, c := range societal.SharedDetailCodes() {
		shared = append(shared, "`"+c+"`")
	}
	b.WriteString("\nDetails several checks write: " + strings.Join(shared, ", ") + ".\n")
	return b.String()
}

// The README's table of the checks is the checks' definitions.
func TestREADMEChecks(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i, j := strings.Index(s, checksBegin), strings.Index(s, checksEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md has no table of the checks between %q and %q", checksBegin, checksEnd)
	}
	want := checksBegin + "\n" + checksTable() + "\n" + checksEnd
	if got := s[i : j+len(checksEnd)]; got != want {
		if golden.Updating() {
			if err := os.WriteFile("README.md", []byte(s[:i]+want+s[j+len(checksEnd):]), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("README.md's table of the checks is stale (go test -run TestREADMEChecks -update rewrites it):\n%s", want)
	}
}

// The README's quick tour is Example's code (example_readme_test.go),
// line for line, but its last line.
func TestREADMEQuickTour(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("example_readme_test.go")
	if err != nil {
		t.Fatal(err)
	}
	_, tour, ok := strings.Cut(string(readme), "## Quick tour\n\n```go\n")
	tour, _, ok2 := strings.Cut(tour, "```\n")
	if !ok || !ok2 {
		t.Fatal("README.md has no quick tour")
	}
	lines := strings.Split(strings.TrimSuffix(tour, "\n"), "\n")
	code := string(example)
	for _, line := range lines[:len(lines)-1] {
		if !strings.Contains(code, "\t"+line+"\n") {
			t.Errorf("the quick tour's line is not Example's: %q", line)
		}
	}
}
