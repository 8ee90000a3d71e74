package fund

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// Standing is where one project stands in one assessment: its phase (and
// whether it was abandoned) and its verdict. The zero Standing has no
// phase and no verdict. A plain value, safe for concurrent use.
type Standing struct {
	Status  innovation.Status `json:"status"`  // the phase, and whether the project was abandoned there
	Verdict societal.Verdict  `json:"verdict"` // the verdict of that assessment
}

// Project names one project of an assessment: its stable identifier (if
// the dossier has one), its name, and where it stood. A plain value, safe
// for concurrent use. The zero Project names none.
type Project struct {
	ID       string   `json:"id,omitempty"` // Dossier.ID
	Name     string   `json:"name"`         // Dossier.Name
	Standing Standing `json:"standing"`     // where it stood in its assessment
}

// ProjectChange is what changed for one project found in both assessments:
// its standing before and after, and the checks that closed and opened. A
// plain value, safe for concurrent reads. The zero ProjectChange changes
// nothing.
type ProjectChange struct {
	ID     string   `json:"id,omitempty"` // the identifier of the later dossier, else of the earlier one
	Name   string   `json:"name"`         // the name in the later assessment
	Before Standing `json:"before"`       // where it stood in the earlier assessment
	After  Standing `json:"after"`        // where it stands in the later one
	// Closed are the checks NotMet or Unknown before and Met after, in
	// check order: gaps closed and missing evidence that showed the check
	// met.
	Closed []societal.CheckID `json:"closed,omitempty"`
	// Opened are the checks NotMet after and not NotMet before (Met,
	// Unknown, or NotApplicable at the earlier phase), in check order:
	// gaps that were not there, or not known, before.
	Opened []societal.CheckID `json:"opened,omitempty"`
}

// PhaseChanged reports whether the project's status (phase, or abandon)
// changed.
func (c ProjectChange) PhaseChanged() bool { return c.Before.Status != c.After.Status }

// VerdictChanged reports whether the project's verdict changed.
func (c ProjectChange) VerdictChanged() bool { return c.Before.Verdict != c.After.Verdict }

// MatchKey says what an ambiguous match was keyed on. The zero value is
// invalid. Safe for concurrent use.
type MatchKey uint8

const (
	ByID   MatchKey = 1 + iota // the dossiers' stable identifier, Dossier.ID
	ByName                     // the dossiers' name, when one of them has no ID
)

var matchKeys = enum.Define[MatchKey](enum.Spec{Type: "MatchKey", Noun: lang.Text{"clé de rapprochement", "match key"}, Pkg: pkg},
	enum.Names{Key: "id", Label: lang.Text{"identifiant", "identifier"}},
	enum.Names{Key: "name", Label: lang.Text{"nom", "name"}},
)

// IsValid reports whether k is ByID or ByName.
func (k MatchKey) IsValid() bool { return matchKeys.Valid(k) }

// String returns "id" or "name", or "%!MatchKey(n)".
func (k MatchKey) String() string { return matchKeys.Key(k) }

// Label returns the name of k in l.
func (k MatchKey) Label(l lang.Lang) string {
	return matchKeys.Label(k, l)
}

// MarshalText returns the ASCII key of k, or an error wrapping
// problem.ErrInvalid.
func (k MatchKey) MarshalText() ([]byte, error) { return matchKeys.MarshalText(k) }

// UnmarshalText parses the key of a match key, "id" or "name", in any
// case; it accepts everything MarshalText produces. On error k is unchanged.
func (k *MatchKey) UnmarshalText(text []byte) error { return matchKeys.UnmarshalText(k, text) }

// Ambiguity is a set of reports Diff could not pair with certainty: the
// reports of both assessments sharing one identifier when it is given
// twice in one of them, or sharing one name when more than two reports
// could pair on it. They are reported, never guessed, and left out of the
// added, withdrawn and changed projects. The zero Ambiguity pairs nothing.
// A plain value, safe for concurrent
// reads.
type Ambiguity struct {
	Key    MatchKey `json:"key"`    // what the reports share: ByID or ByName
	Value  string   `json:"value"`  // the identifier or the name they share
	Before []int    `json:"before"` // their indexes in the earlier portfolio's Reports
	After  []int    `json:"after"`  // their indexes in the later portfolio's Reports
}

// Change is what changed between two assessments of a portfolio (Diff).
// Every list is in a stable order: changed projects and withdrawn ones in
// the order of the earlier portfolio, added ones in the order of the later
// one, ambiguities by key then value. The zero Change holds no change. A
// plain value, safe for concurrent reads; it renders as text (Text),
// Markdown (Markdown) and JSON (encoding/json, with the keys of the struct
// tags).
type Change struct {
	Before string `json:"before"` // the rubric version of the earlier assessment
	After  string `json:"after"`  // the rubric version of the later assessment
	// Changed are the projects found in both whose status or verdict
	// changed, or which closed or opened a check.
	Changed []ProjectChange `json:"changed"`
	// Added are the projects of the later assessment only.
	Added []Project `json:"added"`
	// Withdrawn are the projects of the earlier assessment only.
	Withdrawn []Project `json:"withdrawn"`
	// Ambiguous are the reports that could not be paired.
	Ambiguous []Ambiguity `json:"ambiguous"`
}

// IsZero reports whether c holds no change at all: nothing changed, added,
// withdrawn or ambiguous (the rubric versions are not compared).
func (c Change) IsZero() bool {
	return len(c.Changed) == 0 && len(c.Added) == 0 && len(c.Withdrawn) == 0 && len(c.Ambiguous) == 0
}

// Diff lists what changed between two assessments of the same portfolio,
// before and after
// (a year apart, say).
//
// Reports are paired on their stable identifier (Report.ID, from
// Dossier.ID) when both have one: two reports with different identifiers
// are different projects, whatever their names. A report without an
// identifier pairs on its name (Report.Dossier) with an unpaired report of
// the other assessment, with or without one. A pairing that is not unique
// is not guessed: an identifier given to two reports of one assessment
// makes all the reports with that identifier, on both sides, Ambiguous; and
// so do the reports of a name when more than one report of either side
// could pair on it. Unpaired reports are Withdrawn (before only) or Added
// (after only).
//
// Diff only reads its arguments; its cost is linear in the number of
// reports.
func Diff(before, after Portfolio) Change {
	c := Change{Before: before.Rubric, After: after.Rubric, Changed: []ProjectChange{}, Added: []Project{}, Withdrawn: []Project{}, Ambiguous: []Ambiguity{}}
	br, ar := before.Reports, after.Reports
	pairB := make([]int, len(br)) // index in ar + 1; 0 unpaired; -1 ambiguous
	pairA := make([]int, len(ar))

	// By identifier.
	idsB, idsA := indexBy(br, func(r *societal.Report) string { return r.ID }), indexBy(ar, func(r *societal.Report) string { return r.ID })
	for _, id := range unionKeys(idsB, idsA) {
		bs, as := idsB[id], idsA[id]
		switch {
		case len(bs) > 1 || len(as) > 1:
			c.Ambiguous = append(c.Ambiguous, Ambiguity{Key: ByID, Value: id, Before: bs, After: as})
			setAll(pairB, bs, -1)
			setAll(pairA, as, -1)
		case len(bs) == 1 && len(as) == 1:
			pairB[bs[0]], pairA[as[0]] = as[0]+1, bs[0]+1
		}
	}

	// By name, among the unpaired: a pair needs one side without an
	// identifier.
	unpaired := func(pair []int, rs []societal.Report) map[string][]int {
		m := map[string][]int{}
		for i := range rs {
			if pair[i] == 0 {
				m[rs[i].Dossier] = append(m[rs[i].Dossier], i)
			}
		}
		return m
	}
	namesB, namesA := unpaired(pairB, br), unpaired(pairA, ar)
	for _, name := range unionKeys(namesB, namesA) {
		bs, as := namesB[name], namesA[name]
		var eb, ea []int // the reports with a partner, each side
		for _, i := range bs {
			if slices.ContainsFunc(as, func(j int) bool { return br[i].ID == "" || ar[j].ID == "" }) {
				eb = append(eb, i)
			}
		}
		for _, j := range as {
			if slices.ContainsFunc(bs, func(i int) bool { return br[i].ID == "" || ar[j].ID == "" }) {
				ea = append(ea, j)
			}
		}
		switch {
		case len(eb) == 0:
		case len(eb) == 1 && len(ea) == 1:
			pairB[eb[0]], pairA[ea[0]] = ea[0]+1, eb[0]+1
		default:
			c.Ambiguous = append(c.Ambiguous, Ambiguity{Key: ByName, Value: name, Before: eb, After: ea})
			setAll(pairB, eb, -1)
			setAll(pairA, ea, -1)
		}
	}

	for i := range br {
		switch p := pairB[i]; {
		case p == 0:
			c.Withdrawn = append(c.Withdrawn, projectOf(&br[i]))
		case p > 0:
			if pc, ok := changeOf(&br[i], &ar[p-1]); ok {
				c.Changed = append(c.Changed, pc)
			}
		}
	}
	for j := range ar {
		if pairA[j] == 0 {
			c.Added = append(c.Added, projectOf(&ar[j]))
		}
	}
	return c
}

// indexBy groups the indexes of rs by a non-empty key.
func indexBy(rs []societal.Report, key func(*societal.Report) string) map[string][]int {
	m := map[string][]int{}
	for i := range rs {
		if k := key(&rs[i]); k != "" {
			m[k] = append(m[k], i)
		}
	}
	return m
}

// unionKeys returns the keys of a and b, sorted: a stable order.
func unionKeys(a, b map[string][]int) []string {
	ks := slices.Collect(maps.Keys(a))
	for k := range b {
		if _, ok := a[k]; !ok {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	return ks
}

func setAll(pair []int, is []int, v int) {
	for _, i := range is {
		pair[i] = v
	}
}

func standingOf(r *societal.Report) Standing { return Standing{Status: r.Status, Verdict: r.Verdict} }

func projectOf(r *societal.Report) Project {
	return Project{ID: r.ID, Name: r.Dossier, Standing: standingOf(r)}
}

// changeOf returns what changed from b to a, and false if nothing did.
func changeOf(b, a *societal.Report) (ProjectChange, bool) {
	pc := ProjectChange{ID: cmpOr(a.ID, b.ID), Name: a.Dossier, Before: standingOf(b), After: standingOf(a)}
	for id := range societal.CheckIDs() {
		cb, _ := b.Check(id)
		ca, _ := a.Check(id)
		switch {
		case ca.Outcome == evaluation.Met && (cb.Outcome == evaluation.NotMet || cb.Outcome == evaluation.Unknown):
			pc.Closed = append(pc.Closed, id)
		case ca.Outcome == evaluation.NotMet && cb.Outcome != evaluation.NotMet:
			pc.Opened = append(pc.Opened, id)
		}
	}
	return pc, pc.PhaseChanged() || pc.VerdictChanged() || len(pc.Closed) > 0 || len(pc.Opened) > 0
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Rule names a part of a rubric (a field of Rubric) that can make two
// rubrics judge a dossier differently. The zero value is invalid. Safe for
// concurrent use.
type Rule uint8

const (
	RuleSeverity     Rule = 1 + iota // Rubric.Severity: the severity of a check
	RuleWeight                       // Rubric.Weight: the weight of a check in the score
	RuleRequired                     // Rubric.Required: the checks required before a crossing
	RuleNeeds                        // Rubric.Needs: a cell of the needs/levers matrix
	RuleStakeholders                 // Rubric.Stakeholders: a cell of the stakeholders matrix
	RuleMobilised                    // Rubric.Mobilised: the least intensity that counts as mobilised
	RulePartnership                  // Rubric.Partnership: a threshold of coverage and balance
	RuleSuppliers                    // Rubric.Suppliers: the kinds of partner that bring a lever
	RuleMinCoverage                  // Rubric.MinCoverage: the least coverage at which a point score is given
)

var rules = enum.Define[Rule](enum.Spec{Type: "Rule", Noun: lang.Text{"règle", "rule"}, Pkg: pkg},
	enum.Names{Key: "severity", Label: lang.Text{"Gravité d'un critère", "Severity of a check"}},
	enum.Names{Key: "weight", Label: lang.Text{"Poids d'un critère", "Weight of a check"}},
	enum.Names{Key: "required", Label: lang.Text{"Critères requis avant le passage", "Checks required before the crossing"}},
	enum.Names{Key: "needs", Label: lang.Text{"Matrice besoins/leviers", "Needs/levers matrix"}},
	enum.Names{Key: "stakeholders", Label: lang.Text{"Matrice des parties prenantes", "Stakeholders matrix"}},
	enum.Names{Key: "mobilised", Label: lang.Text{"Seuil de mobilisation", "Mobilisation threshold"}},
	enum.Names{Key: "partnership", Label: lang.Text{"Seuils du partenariat", "Partnership thresholds"}},
	enum.Names{Key: "suppliers", Label: lang.Text{"Apporteurs des leviers", "Suppliers of the levers"}},
	enum.Names{Key: "min_coverage", Label: lang.Text{"Couverture minimale d'un score", "Least coverage for a score"}},
)

// IsValid reports whether r is one of the rules.
func (r Rule) IsValid() bool { return rules.Valid(r) }

// String returns the ASCII key of r, or "%!Rule(n)".
func (r Rule) String() string { return rules.Key(r) }

// Label returns the name of r in l.
func (r Rule) Label(l lang.Lang) string { return rules.Label(r, l) }

// MarshalText returns the ASCII key of r, or an error wrapping
// problem.ErrInvalid.
func (r Rule) MarshalText() ([]byte, error) { return rules.MarshalText(r) }

// UnmarshalText parses the key of a rule ("severity", "weight",
// "required", "needs", "stakeholders", "mobilised", "partnership",
// "suppliers", "min_coverage"), in any case; it accepts everything MarshalText produces. On error r is unchanged.
func (r *Rule) UnmarshalText(text []byte) error { return rules.UnmarshalText(r, text) }

// ruleChecks is, for each rule that decides outcomes, the checks that read
// it (checks.go) [D]: Severity and Required are per check, and Weight,
// Suppliers and MinCoverage never change a verdict (the score, the
// partners named in gaps).
var ruleChecks = map[Rule][]societal.CheckID{
	RuleNeeds:        {societal.NextNeedsSupplied},                                                           // checkNextNeeds: Partnership.Coverage(next phase, Needs, …)
	RuleStakeholders: {societal.StakeholdersMobilised},                                                       // checkStakeholders: Stakeholders.At
	RuleMobilised:    {societal.StakeholdersMobilised},                                                       // checkStakeholders: Mobilised[asked]
	RulePartnership:  {societal.NextNeedsSupplied, societal.PartnershipBalanced, societal.CommitmentPlanned}, // Coverage, Diagnose, MinCommitmentMonths
}

// RuleChange is one difference between two rubrics: a rule, the entry of
// it that differs (a check, a phase, a matrix cell "lever/macro-phase", a
// threshold, an intensity or a lever, by their ASCII keys) and its value
// in each rubric, as text. The zero RuleChange names no rule. A plain
// value, safe for concurrent use.
type RuleChange struct {
	Rule   Rule   `json:"rule"`   // which part of the rubric
	Entry  string `json:"entry"`  // which entry of it
	Before string `json:"before"` // its value in the first rubric ("" if absent)
	After  string `json:"after"`  // its value in the second rubric ("" if absent)
	// Verdicts is how many dossiers' verdicts change with this entry
	// among the causes.
	Verdicts int `json:"verdicts"`
	// Checks is how many checks, across the dossiers, are judged
	// differently because of it: a severity by its check, a requirement by
	// its phase, a matrix cell in the macro-phases the dossier's checks
	// read, a threshold by the checks that read its rule.
	Checks int `json:"checks"`
	// Idle says why the entry changes no verdict, when it changes none:
	// a rule that changes nothing is explained, never silent.
	Idle Idle `json:"idle,omitempty"`
}

// Idle says why a rule of an edited rubric changes no verdict of a
// portfolio (RuleChange.Idle) [D]. The zero value is not a reason: the
// rule changes a verdict. Safe for concurrent use.
type Idle uint8

const (
	IdleScore      Idle = 1 + iota // a weight, the coverage for a score: they move the score, never a verdict
	IdlePartners                   // the suppliers of a lever: they name the partners of a gap, never a verdict
	IdleNeverUnmet                 // a severity: no dossier fails the check, under either rubric
	IdleGraded                     // a severity: the check fails only where it weighs what neither rubric says (graded findings, invalid input)
	IdleNoDossier                  // a requirement: no dossier stands in that phase
	IdleSameChecks                 // the rule is read, but no check's outcome, severity or requirement changes
	IdleOutweighed                 // checks change, but another check decides each of their dossiers' verdict
)

var idles = enum.Define[Idle](enum.Spec{Type: "Idle", Noun: lang.Text{"raison sans effet", "reason for no effect"}, Pkg: pkg},
	enum.Names{Key: "score-only", Label: lang.Text{"ne change que le score, jamais un verdict", "changes the score only, never a verdict"}},
	enum.Names{Key: "partners-only", Label: lang.Text{"ne change que les partenaires nommés dans les manques, jamais un verdict", "changes the partners a gap names only, never a verdict"}},
	enum.Names{Key: "never-unmet", Label: lang.Text{"aucun dossier n'échoue à ce critère", "no dossier fails this check"}},
	enum.Names{Key: "graded", Label: lang.Text{"le critère n'échoue qu'à une gravité que la grille ne fixe pas (constats gradués, données invalides)", "the check fails only at a severity the rubric does not set (graded findings, invalid input)"}},
	enum.Names{Key: "no-dossier", Label: lang.Text{"aucun dossier n'est dans cette phase", "no dossier stands in that phase"}},
	enum.Names{Key: "same-checks", Label: lang.Text{"aucun critère n'est jugé autrement", "no check is judged otherwise"}},
	enum.Names{Key: "outweighed", Label: lang.Text{"des critères changent, mais un autre décide le verdict de leurs dossiers", "checks change, but another check decides their dossiers' verdicts"}},
)

// IsValid reports whether i is one of the reasons.
func (i Idle) IsValid() bool { return idles.Valid(i) }

// String returns the ASCII key of i, or "%!Idle(n)".
func (i Idle) String() string { return idles.Key(i) }

// Label returns the reason in l.
func (i Idle) Label(l lang.Lang) string { return idles.Label(i, l) }

// MarshalText returns the ASCII key of i, or an error wrapping
// problem.ErrInvalid.
func (i Idle) MarshalText() ([]byte, error) { return idles.MarshalText(i) }

// UnmarshalText parses the key of a reason ("score-only",
// "partners-only", "never-unmet", "graded", "no-dossier", "same-checks",
// "outweighed"), in any case; it accepts everything MarshalText produces.
// On error i is unchanged.
func (i *Idle) UnmarshalText(text []byte) error { return idles.UnmarshalText(i, text) }

// CheckChange is one check judged differently by two rubrics on one
// dossier: its outcome, its severity (when NotMet) or whether it is
// required (when Unknown), which the verdict reads. A plain value, safe
// for concurrent use. The zero CheckChange names no check.
type CheckChange struct {
	Check  societal.CheckID `json:"check"`  // which check
	Before CheckState       `json:"before"` // as the first rubric judges it
	After  CheckState       `json:"after"`  // as the second rubric judges it
	// Rules are the rules that differ between the rubrics and that the
	// check reads: the cause of the difference.
	Rules []Rule `json:"rules"`
}

// CheckState is what of a check the verdict reads (see Verdict): its
// outcome, its severity when NotMet, whether it is required when Unknown.
// The zero CheckState has no outcome. A plain value, safe for concurrent
// use.
type CheckState struct {
	Outcome  evaluation.Outcome `json:"outcome"`            // Met, NotMet, Unknown or NotApplicable
	Severity societal.Severity  `json:"severity,omitempty"` // set when the outcome is NotMet
	Required bool               `json:"required,omitempty"` // set when the outcome is Unknown and the rubric requires the check
}

func stateOf(c societal.Check) CheckState {
	s := CheckState{Outcome: c.Outcome}
	switch c.Outcome {
	case evaluation.NotMet:
		s.Severity = c.Severity
	case evaluation.Unknown:
		s.Required = c.Required
	}
	return s
}

// VerdictChange is one dossier whose verdict differs under two rubrics,
// and why. The zero VerdictChange names no dossier. A plain value, safe for
// concurrent reads.
type VerdictChange struct {
	Index  int              `json:"index"`        // the dossier's index in the input
	ID     string           `json:"id,omitempty"` // Dossier.ID
	Name   string           `json:"name"`         // Dossier.Name
	Before societal.Verdict `json:"before"`       // the verdict under the first rubric
	After  societal.Verdict `json:"after"`        // the verdict under the second rubric
	// Checks are the checks the two rubrics judge differently, in check
	// order, each with the rules that caused it.
	Checks []CheckChange `json:"checks"`
}

// RubricChange is what changes when one portfolio is judged by a second
// rubric instead of a first (DiffRubrics). The zero RubricChange holds no
// change. A plain value, safe for concurrent reads; it renders as text
// (Text), Markdown (Markdown) and JSON.
type RubricChange struct {
	Before string `json:"before"` // the first rubric's version
	After  string `json:"after"`  // the second rubric's version
	// Rules are the differences between the two rubrics, by rule then
	// entry.
	Rules []RuleChange `json:"rules"`
	// Verdicts are the dossiers whose verdict changes, in input order.
	Verdicts []VerdictChange `json:"verdicts"`
	// Dossiers is the number of dossiers judged.
	Dossiers int `json:"dossiers"`
}

// DiffRubrics judges dossiers under the rubrics of a and b (the default
// rubric for a nil one) and says which verdicts change and why: for each,
// the checks whose outcome, severity or requirement differs, each with the
// rules of the rubric it reads that differ. RuleChange lists every entry
// that differs, with how many verdicts and checks it changes and, for one
// that changes no verdict, why (Idle). What a funder sees before adopting
// an edited rubric. If ctx is done first, DiffRubrics returns ctx.Err().
func DiffRubrics(ctx context.Context, dossiers []*societal.Dossier, a, b *societal.Assessor) (RubricChange, error) {
	a, b = orDefault(a), orDefault(b)
	pa, err := AssessAll(ctx, a, dossiers)
	if err != nil {
		return RubricChange{}, err
	}
	pb, err := AssessAll(ctx, b, dossiers)
	if err != nil {
		return RubricChange{}, err
	}
	ra, rb := a.Rubric(), b.Rubric()
	rc := RubricChange{Before: ra.Version, After: rb.Version, Rules: diffRubrics(&ra, &rb), Verdicts: []VerdictChange{}, Dossiers: len(dossiers)}
	differs := map[Rule]bool{}
	for _, ch := range rc.Rules {
		differs[ch.Rule] = true
	}
	for i := range pa.Reports {
		ra, rb := &pa.Reports[i], &pb.Reports[i]
		changed := ra.Verdict != rb.Verdict
		vc := VerdictChange{Index: i, ID: ra.ID, Name: ra.Dossier, Before: ra.Verdict, After: rb.Verdict, Checks: []CheckChange{}}
		causes := map[int]bool{} // the entries of rc.Rules among the causes of this dossier's changes
		for id := range societal.CheckIDs() {
			ca, _ := ra.Check(id)
			cb, _ := rb.Check(id)
			sa, sb := stateOf(ca), stateOf(cb)
			if sa == sb {
				continue
			}
			cc := CheckChange{Check: id, Before: sa, After: sb, Rules: []Rule{}}
			cause := func(r Rule, reads func(entry string) bool) {
				found := false
				for k, ch := range rc.Rules {
					if ch.Rule == r && reads(ch.Entry) {
						rc.Rules[k].Checks++
						causes[k], found = true, true
					}
				}
				if found && !slices.Contains(cc.Rules, r) {
					cc.Rules = append(cc.Rules, r)
				}
			}
			if sa.Severity != sb.Severity {
				cause(RuleSeverity, is(id.String()))
			}
			if ca.Required != cb.Required {
				cause(RuleRequired, is(ra.Status.Phase.String()))
			}
			for _, r := range []Rule{RuleNeeds, RuleStakeholders, RuleMobilised, RulePartnership} {
				if differs[r] && sa.Outcome != sb.Outcome && slices.Contains(ruleChecks[r], id) {
					cause(r, readBy(r, ra.Status.Phase))
				}
			}
			vc.Checks = append(vc.Checks, cc)
		}
		if changed {
			for k := range causes {
				rc.Rules[k].Verdicts++
			}
			rc.Verdicts = append(rc.Verdicts, vc)
		}
	}
	for k := range rc.Rules {
		if ch := &rc.Rules[k]; ch.Verdicts == 0 {
			ch.Idle = idleOf(ch, pa.Reports, pb.Reports)
		}
	}
	return rc, nil
}

// is returns whether an entry is want.
func is(want string) func(string) bool { return func(entry string) bool { return entry == want } }

// readBy returns whether an entry of rule r is read in judging a dossier
// in phase p [D]: a cell of the needs matrix in the macro-phase of p or of
// the next phase (judgeNextNeeds compares the two), a cell of the
// stakeholders matrix in the macro-phase of p; every threshold.
func readBy(r Rule, p innovation.Phase) func(string) bool {
	macros := []string{p.MacroPhase().String()}
	if next, ok := p.Next(); ok {
		macros = append(macros, next.MacroPhase().String())
	}
	return func(entry string) bool {
		_, macro, cell := strings.Cut(entry, "/")
		switch r {
		case RuleNeeds:
			return cell && slices.Contains(macros, macro)
		case RuleStakeholders:
			return cell && macro == macros[0]
		}
		return true
	}
}

// idleOf says why ch, an entry that changes no verdict, changes none,
// from the reports of the two rubrics.
func idleOf(ch *RuleChange, ra, rb []societal.Report) Idle {
	switch {
	case ch.Rule == RuleWeight || ch.Rule == RuleMinCoverage:
		return IdleScore
	case ch.Rule == RuleSuppliers:
		return IdlePartners
	case ch.Checks > 0:
		return IdleOutweighed
	case ch.Rule == RuleSeverity:
		for _, rs := range [][]societal.Report{ra, rb} {
			for i := range rs {
				if c, _ := rs[i].Check(parsed[societal.CheckID](ch.Entry).(societal.CheckID)); c.Outcome == evaluation.NotMet {
					return IdleGraded
				}
			}
		}
		return IdleNeverUnmet
	case ch.Rule == RuleRequired:
		for i := range ra {
			if ra[i].Status.Phase.String() == ch.Entry {
				return IdleSameChecks
			}
		}
		return IdleNoDossier
	}
	return IdleSameChecks
}

// diffRubrics lists the differences between a and b, by rule then entry.
func diffRubrics(a, b *societal.Rubric) []RuleChange {
	out := []RuleChange{}
	add := func(r Rule, entry, x, y string) {
		if x != y {
			out = append(out, RuleChange{Rule: r, Entry: entry, Before: x, After: y})
		}
	}
	for id := range societal.CheckIDs() {
		add(RuleSeverity, id.String(), a.Severity[id].String(), b.Severity[id].String())
	}
	for id := range societal.CheckIDs() {
		add(RuleWeight, id.String(), a.Weight[id].String(), b.Weight[id].String())
	}
	for p := range innovation.Phases() {
		add(RuleRequired, p.String(), checksKeys(a.Required[p]), checksKeys(b.Required[p]))
	}
	for l := range innovation.Levers() {
		for m := range innovation.MacroPhases() {
			x, y := a.Needs.At(l, m), b.Needs.At(l, m)
			add(RuleNeeds, l.String()+"/"+m.String(), x.Intensity.String(), y.Intensity.String())
		}
	}
	for s := range innovation.Stakeholders() {
		for m := range innovation.MacroPhases() {
			add(RuleStakeholders, s.String()+"/"+m.String(), a.Stakeholders.At(s, m).String(), b.Stakeholders.At(s, m).String())
		}
	}
	for in := innovation.None; in <= innovation.High; in++ {
		add(RuleMobilised, in.String(), a.Mobilised[in].String(), b.Mobilised[in].String())
	}
	ta, tb := a.Partnership, b.Partnership
	for in := innovation.Low; in <= innovation.High; in++ {
		add(RulePartnership, minSuppliersKey+in.String(), strconv.Itoa(ta.MinSuppliers[in]), strconv.Itoa(tb.MinSuppliers[in]))
	}
	for _, t := range thresholds {
		add(RulePartnership, t.key, t.value(ta), t.value(tb))
	}
	for l := range innovation.Levers() {
		add(RuleSuppliers, l.String(), kindsKeys(a, l), kindsKeys(b, l))
	}
	add(RuleMinCoverage, "min_coverage", a.MinCoverage.String(), b.MinCoverage.String())
	return out
}

// minSuppliersKey prefixes the entry of a Thresholds.MinSuppliers, by
// intensity: "min_suppliers/+++".
const minSuppliersKey = "min_suppliers/"

// thresholds are the other thresholds of a partnership a rubric sets:
// their key in a RuleChange, their label, their value as text.
var thresholds = [...]struct {
	key   string
	label lang.Text
	value func(partnership.Thresholds) string
}{
	{"majority_power", words.majorityPower, func(t partnership.Thresholds) string { return t.MajorityPower.String() }},
	{"power_gap", words.powerGap, func(t partnership.Thresholds) string { return t.PowerGap.String() }},
	{"concentrated_hhi", words.concentratedHHI, func(t partnership.Thresholds) string { return t.ConcentratedHHI.String() }},
	{"min_commitment_months", words.minCommitment, func(t partnership.Thresholds) string { return strconv.Itoa(t.MinCommitmentMonths) }},
}

func checksKeys(ids []societal.CheckID) string {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += ","
		}
		s += id.String()
	}
	return s
}

func kindsKeys(r *societal.Rubric, l innovation.Lever) string {
	s := ""
	for i, k := range r.Suppliers[l] {
		if i > 0 {
			s += ","
		}
		s += k.String()
	}
	return s
}
