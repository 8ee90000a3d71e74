// Package story writes what the trajectory examples (unis-cite, pimms)
// print at each step of a project: the readiness assessment as a committee
// reads it, and a refusal of the readiness gate, in one language. It has no
// state: safe for concurrent use.
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

// wordsOf are the few words of an assessment and of a refusal in one
// language.
type wordsOf struct {
	verdict, risk, missing, notApplicable string
	refused, abandoned, unmet, required   string
	onlyPhase                             string
}

// words are the words of each language [D]. Never modified.
var words = [...]wordsOf{
	lang.French: {
		verdict: "Verdict", risk: "zone de risque", missing: "preuves manquantes", notApplicable: "critères sans objet à cette phase",
		refused: "refusé au contrôle de préparation (Go/noGo)", abandoned: "projet abandonné en",
		unmet: "non remplis", required: "preuves requises manquantes", onlyPhase: "seule la phase est indiquée",
	},
	lang.English: {
		verdict: "Verdict", risk: "risk zone", missing: "missing evidence", notApplicable: "criteria not applicable at this phase",
		refused: "refused by the readiness gate", abandoned: "project abandoned in",
		unmet: "unmet", required: "required evidence missing", onlyPhase: "nothing but the phase is stated",
	},
}

// of returns the words of lang, French for an invalid lang (as the
// library's labels fall back to French).
func of(l lang.Lang) (*wordsOf, lang.Lang) {
	if !l.IsValid() {
		l = lang.French
	}
	return &words[l], l
}

// Assessment writes r in lang: the verdict and the risk zone of the
// crossing, each unmet check with its gaps (lever, detail, partner kinds
// that bring it), the checks without evidence and how many do not apply.
func Assessment(w io.Writer, r *societal.Report, l lang.Lang) {
	wd, l := of(l)
	colon := l.Colon()
	fmt.Fprintf(w, "%s%s%s", wd.verdict, colon, r.Verdict.Label(l))
	if r.Next != 0 {
		fmt.Fprintf(w, " (%s%s%s)", wd.risk, colon, r.RiskZone.Label(l))
	}
	fmt.Fprintln(w)
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
		fmt.Fprintf(w, "  ? %s%s%s\n", wd.missing, colon, strings.Join(miss, ", "))
	}
	var na int
	for _, c := range r.Checks {
		if c.Outcome == evaluation.NotApplicable {
			na++
		}
	}
	if na > 0 {
		fmt.Fprintf(w, "  – %s%s%s\n", wd.notApplicable, colon, l.Int(na))
	}
}

// Refusal writes, in lang, why the readiness gate refused the advance err
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
	wd, l := of(l)
	colon := l.Colon()
	r := &nr.Report
	crossing := r.Status.Phase.Label(l)
	if te := (*innovation.TransitionError)(nil); errors.As(err, &te) && te.To != 0 {
		crossing = te.From.Label(l) + " → " + te.To.Label(l)
	}
	fmt.Fprintf(w, "✗ %s%s%s", wd.refused, colon, crossing)
	if r.Status.Abandoned {
		fmt.Fprintf(w, ", %s %s\n", wd.abandoned, r.Status.Phase.Label(l))
		return true
	}
	fmt.Fprintf(w, ", %s %s", strings.ToLower(wd.verdict), r.Verdict.Label(l))
	var unmet, missing []string
	for _, c := range r.Checks {
		switch {
		case c.Outcome == evaluation.NotMet && c.Severity >= societal.Major:
			unmet = append(unmet, c.ID.Label(l))
		case c.Outcome == evaluation.Unknown && c.Required:
			missing = append(missing, c.ID.Label(l)+" ("+c.ID.Field()+")")
		}
	}
	if len(unmet) > 0 {
		fmt.Fprintf(w, "%s%s%s%s", l.Semicolon(), wd.unmet, colon, strings.Join(unmet, ", "))
	}
	if len(missing) > 0 {
		fmt.Fprintf(w, "%s%s%s%s", l.Semicolon(), wd.required, colon, strings.Join(missing, ", "))
	}
	if len(unmet) == 0 && len(missing) == 0 && r.Verdict == societal.InsufficientEvidence {
		fmt.Fprintf(w, "%s%s", l.Semicolon(), wd.onlyPhase)
	}
	fmt.Fprintln(w)
	return true
}
