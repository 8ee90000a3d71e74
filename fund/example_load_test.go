package fund_test

import (
	"context"
	"fmt"
	"os"

	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/lang"
)

// A funder compares this year's folder of dossiers with last year's: Load
// reads each (the caller gives the file system), Collect keeps the
// refusals apart, AssessAll and Diff do the rest. What the readiness
// program does with -before, in a few lines.
func ExampleLoad() {
	fsys := os.DirFS("testdata/newcomer")
	last, _ := fund.Collect(fund.Load(fsys, "2025"))
	this, refused := fund.Collect(fund.Load(fsys, "2026"))
	before, _ := fund.AssessAll(context.Background(), nil, last)
	after, _ := fund.AssessAll(context.Background(), nil, this)
	c := fund.Diff(before, after)
	fmt.Println(len(this), "dossiers,", len(refused), "refused")
	fmt.Println(len(c.Changed), "changed,", len(c.Added), "added,", len(c.Withdrawn), "withdrawn")
	for _, p := range c.Added {
		fmt.Println("added:", p.Name, "—", p.Standing.Verdict.Label(lang.English))
	}
	// Output:
	// 8 dossiers, 0 refused
	// 6 changed, 2 added, 1 withdrawn
	// added: Épicerie sociale de quartier — Ready
	// added: Tiers-lieu rural — Insufficient evidence
}
