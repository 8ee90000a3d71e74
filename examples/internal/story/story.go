// Package story tells the trajectory examples (unis-cite, pimms): the walk
// of a project through the lifecycle under a funder's readiness gate
// (Walk), and what they print at each step, the readiness assessment as a
// committee reads it and a refusal of the readiness gate, in one language.
// It has no state: safe for concurrent use.
package story

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The few words of an assessment and of a refusal, in every language [D].
// Read only.
var (
	verdict       = lang.Text{"Verdict\u00a0: {1}", "Verdict: {1}"}
	verdictZone   = lang.Text{"Verdict\u00a0: {1} (zone de risque\u00a0: {2})", "Verdict: {1} (risk zone: {2})"}
	missing       = lang.Text{"preuves manquantes\u00a0: {1}", "missing evidence: {1}"}
	notApplicable = lang.Text{"critères sans objet à cette phase\u00a0: {1}", "criteria not applicable at this phase: {1}"}
	refused       = lang.Text{"refusé au contrôle de préparation (Go/noGo)\u00a0: {1}", "refused by the readiness gate: {1}"}
	abandoned     = lang.Text{"projet abandonné en {1}", "project abandoned in {1}"}
	verdictIs     = lang.Text{"verdict {1}", "verdict {1}"}
	unmet         = lang.Text{"non remplis\u00a0: {1}", "unmet: {1}"}
	required      = lang.Text{"preuves requises manquantes\u00a0: {1}", "required evidence missing: {1}"}
	onlyPhase     = lang.Text{"seule la phase est indiquée", "nothing but the phase is stated"}

	// Texts lists the texts above, for the test that each is written in
	// every language.
	texts = []lang.Text{verdict, verdictZone, missing, notApplicable, refused, abandoned, verdictIs, unmet, required, onlyPhase, advanced}
)

// Assessment writes r in l: the verdict and the risk zone of the
// crossing, each unmet check with its gaps (lever, detail, partner kinds
// that bring it), the checks without evidence and how many do not apply.
func Assessment(w io.Writer, r *societal.Report, l lang.Lang) {
	colon := l.Colon()
	if r.Next != 0 {
		fmt.Fprintln(w, verdictZone.Format(l, r.Verdict, r.RiskZone))
	} else {
		fmt.Fprintln(w, verdict.Format(l, r.Verdict))
	}
	for _, c := range r.Unmet() {
		fmt.Fprintf(w, "  ✗ %s (%s)%s%s [%s]\n", c.ID.Label(l), c.Severity.Label(l), colon, c.Detail.Text(l), c.ID.Source())
		for _, g := range c.Gaps {
			var ps []string
			for _, k := range g.Partners {
				ps = append(ps, k.Label(l))
			}
			fmt.Fprintf(w, "      → %s%s%s (%s)\n", g.Lever.Label(l), colon, g.Detail.Text(l), strings.Join(ps, ", "))
		}
	}
	var miss []string
	for _, id := range r.Missing() {
		miss = append(miss, id.Label(l))
	}
	if len(miss) > 0 {
		fmt.Fprintf(w, "  ? %s\n", missing.Format(l, lang.Data(strings.Join(miss, ", "))))
	}
	var na int
	for _, c := range r.Checks {
		if c.Outcome == evaluation.NotApplicable {
			na++
		}
	}
	if na > 0 {
		fmt.Fprintf(w, "  – %s\n", notApplicable.Format(l, lang.Int(na)))
	}
}

// Refusal writes, in l, why the readiness gate refused the advance err
// reports: the crossing asked for, the verdict, the unmet Blocking and
// Major checks and the required checks whose evidence is missing (with the
// dossier field that would carry it), all from the report the
// *societal.NotReadyError in err carries, never from err's English message.
// It reports false, and writes nothing, when err holds no
// *societal.NotReadyError.
func Refusal(w io.Writer, err error, l lang.Lang) bool {
	var nr *societal.NotReadyError
	if !errors.As(err, &nr) {
		return false
	}
	r := &nr.Report
	crossing := r.Status.Phase.Label(l)
	if te := (*innovation.TransitionError)(nil); errors.As(err, &te) && te.To != 0 {
		crossing = te.From.Label(l) + " → " + te.To.Label(l)
	}
	fmt.Fprintf(w, "✗ %s", refused.Format(l, lang.Data(crossing)))
	if r.Status.Abandoned {
		fmt.Fprintf(w, ", %s\n", abandoned.Format(l, r.Status.Phase))
		return true
	}
	fmt.Fprintf(w, ", %s", verdictIs.Format(l, r.Verdict))
	var notMet, lacking []string
	for _, c := range r.Checks {
		switch {
		case c.Outcome == evaluation.NotMet && c.Severity >= societal.Major:
			notMet = append(notMet, c.ID.Label(l))
		case c.Outcome == evaluation.Unknown && c.Required:
			lacking = append(lacking, c.ID.Label(l)+" ("+c.ID.Field()+")")
		}
	}
	if len(notMet) > 0 {
		fmt.Fprintf(w, "%s%s", l.Semicolon(), unmet.Format(l, lang.Data(strings.Join(notMet, ", "))))
	}
	if len(lacking) > 0 {
		fmt.Fprintf(w, "%s%s", l.Semicolon(), required.Format(l, lang.Data(strings.Join(lacking, ", "))))
	}
	if len(notMet) == 0 && len(lacking) == 0 && r.Verdict == societal.InsufficientEvidence {
		fmt.Fprintf(w, "%s%s", l.Semicolon(), onlyPhase.In(l))
	}
	fmt.Fprintln(w)
	return true
}
