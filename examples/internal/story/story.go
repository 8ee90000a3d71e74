// Package story writes what the trajectory examples (unis-cite, pimms)
// print at each step of a project: the readiness assessment as a committee
// reads it, in one language. It has no state: safe for concurrent use.
package story

import (
	"fmt"
	"io"
	"strings"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
)

// words are the few words of an assessment, per language.
var words = [...]struct{ verdict, risk, missing, notApplicable string }{
	innovation.French:  {"Verdict", "zone de risque", "preuves manquantes", "critères sans objet à cette phase"},
	innovation.English: {"Verdict", "risk zone", "missing evidence", "criteria not applicable at this phase"},
}

// Assessment writes r in lang: the verdict and the risk zone of the
// crossing, each unmet check with its gaps (lever, detail, partner kinds
// that bring it), the checks without evidence and how many do not apply.
func Assessment(w io.Writer, r *societal.Report, lang innovation.Lang) {
	wd := &words[lang]
	fmt.Fprintf(w, "%s: %s", wd.verdict, r.Verdict.Label(lang))
	if r.Next != 0 {
		fmt.Fprintf(w, " (%s: %s)", wd.risk, r.RiskZone.Label(lang))
	}
	fmt.Fprintln(w)
	for _, c := range r.Unmet() {
		fmt.Fprintf(w, "  ✗ %s (%s): %s [%s]\n", c.ID.Label(lang), c.Severity.Label(lang), c.Detail.Text(lang), c.ID.Source())
		for _, g := range c.Gaps {
			var ps []string
			for _, k := range g.Partners {
				ps = append(ps, k.Label(lang))
			}
			fmt.Fprintf(w, "      → %s: %s (%s)\n", g.Lever.Label(lang), g.Detail.Text(lang), strings.Join(ps, ", "))
		}
	}
	var miss []string
	for _, id := range r.Missing() {
		miss = append(miss, id.Label(lang))
	}
	if len(miss) > 0 {
		fmt.Fprintf(w, "  ? %s: %s\n", wd.missing, strings.Join(miss, ", "))
	}
	var na int
	for _, c := range r.Checks {
		if c.Outcome == evaluation.NotApplicable {
			na++
		}
	}
	if na > 0 {
		fmt.Fprintf(w, "  – %s: %d\n", wd.notApplicable, na)
	}
}
