package fund

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// Markdown renders c in l as a Markdown section: the projects whose phase
// or verdict changed, with the checks closed and opened, then the projects
// added and withdrawn and the reports that could not be paired. An empty
// list is left out; a change with nothing in it says so. What the
// dossiers hold (names, identifiers) is escaped.
func (c Change) Markdown(l lang.Lang) string { return c.doc(l).Markdown() }

// Text renders c in l as plain text, with the content of Markdown.
func (c Change) Text(l lang.Lang) string { return c.doc(l).Text(doc.Options{Colon: l.Colon()}) }

func (c Change) doc(l lang.Lang) *doc.Doc {
	var d doc.Doc
	d.Heading(2, doc.Say(l, words.diffTitle, doc.Data(c.Before), doc.Data(c.After)))
	if c.IsZero() {
		d.Para(words.noChange.In(l))
		return &d
	}
	var rows [][]doc.Line
	for _, pc := range c.Changed {
		rows = append(rows, []doc.Line{
			projectName(pc.ID, pc.Name),
			shift(l, phaseLabel(pc.Before.Status), phaseLabel(pc.After.Status)),
			shift(l, pc.Before.Verdict, pc.After.Verdict),
			doc.L(labels(l, pc.Closed)), doc.L(labels(l, pc.Opened)),
		})
	}
	section(&d, l, words.changed, heads(l, words.dossier, words.phase, words.verdict, words.closed, words.opened), rows)
	projects := func(title lang.Text, ps []Project) {
		var rows [][]doc.Line
		for _, p := range ps {
			rows = append(rows, []doc.Line{projectName(p.ID, p.Name), doc.L(phaseLabel(p.Standing.Status).Label(l)), doc.L(p.Standing.Verdict.Label(l))})
		}
		section(&d, l, title, heads(l, words.dossier, words.phase, words.verdict), rows)
	}
	projects(words.added, c.Added)
	projects(words.withdrawn, c.Withdrawn)
	rows = nil
	for _, a := range c.Ambiguous {
		rows = append(rows, []doc.Line{doc.L(a.Key.Label(l)), {doc.Data(a.Value)}, indexesText(a.Before, l), indexesText(a.After, l)})
	}
	section(&d, l, words.ambiguous, heads(l, words.key, words.value, words.before, words.after), rows)
	return &d
}

// Markdown renders rc in l as a Markdown section: the differences between
// the two rubrics, each by its labels with its effect (the verdicts and
// checks it changes, or why it changes no verdict), then each dossier
// whose verdict changes with the checks judged differently and the rules
// that caused it.
func (rc RubricChange) Markdown(l lang.Lang) string { return rc.doc(l).Markdown() }

// Text renders rc in l as plain text, with the content of Markdown.
func (rc RubricChange) Text(l lang.Lang) string { return rc.doc(l).Text(doc.Options{Colon: l.Colon()}) }

func (rc RubricChange) doc(l lang.Lang) *doc.Doc {
	var d doc.Doc
	d.Heading(2, doc.Say(l, words.rubricTitle, doc.Data(rc.Before), doc.Data(rc.After)))
	d.Para(text(l, words.verdictsChange, lang.Int(len(rc.Verdicts)), lang.Int(rc.Dossiers)))
	var rows [][]doc.Line
	for _, r := range rc.Rules {
		effect := text(l, words.effect, lang.Int(r.Verdicts), lang.Int(r.Checks))
		if r.Verdicts == 0 && r.Idle.IsValid() {
			effect = text(l, words.idle, r.Idle)
		}
		rows = append(rows, []doc.Line{doc.L(r.Rule.Label(l)), entryLabel(r.Rule, r.Entry, l), settingLabel(r.Rule, r.Entry, r.Before, l), settingLabel(r.Rule, r.Entry, r.After, l), effect})
	}
	section(&d, l, words.rules, heads(l, words.rule, words.entry, words.before, words.after, words.effectHead), rows)
	rows = nil
	for _, v := range rc.Verdicts {
		name, verdict := projectName(v.ID, v.Name), shift(l, v.Before, v.After)
		if len(v.Checks) == 0 {
			rows = append(rows, []doc.Line{name, verdict, nil, nil, nil, nil})
		}
		for _, cc := range v.Checks {
			rows = append(rows, []doc.Line{name, verdict, doc.L(cc.Check.Label(l)), doc.L(stateText(cc.Before, l)), doc.L(stateText(cc.After, l)), doc.L(labels(l, cc.Rules))})
		}
	}
	section(&d, l, words.verdictChanges, heads(l, words.dossier, words.verdict, words.criterion, words.before, words.after, words.cause), rows)
	return &d
}

// stateText writes a check's state: its outcome, with its severity or
// whether it is required.
func stateText(s CheckState, l lang.Lang) string {
	var a lang.Arg = s.Outcome
	if s.Severity != 0 {
		a = phrase{words.withSeverity, []lang.Arg{a, s.Severity}}
	}
	if s.Required {
		a = phrase{words.required, []lang.Arg{a}}
	}
	return a.Label(l)
}

// shift writes a change of label, "before → after", or the label alone
// when it did not change.
func shift(l lang.Lang, before, after lang.Arg) doc.Line {
	if before.Label(l) == after.Label(l) {
		return doc.L(before.Label(l))
	}
	return text(l, words.shift, before, after)
}

// projectName writes a project's name and, if it has one, its identifier:
// both are the dossiers' own text.
func projectName(id, name string) doc.Line {
	if id == "" {
		return doc.Line{doc.Data(name)}
	}
	return doc.Line{doc.Data(name), doc.Words(" ("), doc.Data(id), doc.Words(")")}
}

// indexesText writes the positions of reports in their portfolio, from 1.
func indexesText(is []int, l lang.Lang) doc.Line {
	s := make([]string, len(is))
	for i, n := range is {
		s[i] = words.index.Format(l, lang.Int(n+1))
	}
	return doc.L(strings.Join(s, ", "))
}

// The keys a RuleChange names its entries and values by, read back into
// what they name, so that a report shows labels: each rule's entries and
// values are of one kind (ruleChecks, diffRubrics).

// entryLabel writes the entry of rule r, a key, as its label in l; a key
// that names nothing is written as it stands, as data.
func entryLabel(r Rule, entry string, l lang.Lang) doc.Line {
	var a lang.Arg
	switch r {
	case RuleSeverity, RuleWeight:
		a = parsed[societal.CheckID](entry)
	case RuleRequired:
		a = parsed[innovation.Phase](entry)
	case RuleNeeds:
		a = cell[innovation.Lever](entry)
	case RuleStakeholders:
		a = cell[innovation.Stakeholder](entry)
	case RuleMobilised:
		a = parsed[innovation.Intensity](entry)
	case RuleSuppliers:
		a = parsed[innovation.Lever](entry)
	case RulePartnership:
		a = threshold(entry)
	case RuleMinCoverage:
		a = words.none // the rule has one entry
	}
	if a == nil {
		return doc.Line{doc.Data(entry)}
	}
	return doc.L(a.Label(l))
}

// settingLabel writes a value of the entry of rule r, as diffRubrics
// writes it, in l: a label, a list of labels, a number; "—" for none.
func settingLabel(r Rule, entry, value string, l lang.Lang) doc.Line {
	if value == "" {
		return doc.L("—")
	}
	var a lang.Arg
	switch r {
	case RuleSeverity:
		a = parsed[societal.Severity](value)
	case RuleWeight, RulePartnership:
		if d, err := decimal.NewFromString(value); err == nil {
			a = lang.Decimal(d, -1)
		}
	case RuleMinCoverage:
		if d, err := decimal.NewFromString(value); err == nil {
			a = lang.Percent(d, 2)
		}
	case RuleRequired:
		a = list[societal.CheckID](value)
	case RuleNeeds, RuleStakeholders, RuleMobilised:
		a = parsed[innovation.Intensity](value)
	case RuleSuppliers:
		a = list[partnership.Kind](value)
	}
	if a == nil {
		return doc.Line{doc.Data(value)}
	}
	return doc.L(a.Label(l))
}

// textValue is what a rubric's enumerations are: a value read from its
// key, with a label.
type textValue[T any] interface {
	*T
	UnmarshalText([]byte) error
	IsValid() bool
}

// parsed returns the value of T named by key, or nil.
func parsed[T lang.Arg, P textValue[T]](key string) lang.Arg {
	var v T
	if err := P(&v).UnmarshalText([]byte(key)); err != nil || !P(&v).IsValid() {
		return nil
	}
	return v
}

// list returns the values of T named by the comma-separated keys, or nil
// if one names nothing.
func list[T lang.Arg, P textValue[T]](keys string) lang.Arg {
	var out []lang.Arg
	for _, k := range strings.Split(keys, ",") {
		a := parsed[T, P](k)
		if a == nil {
			return nil
		}
		out = append(out, a)
	}
	return joined(out)
}

// joined is labels joined by ", ".
type joined []lang.Arg

// Label returns the labels in l, joined by ", ".
func (j joined) Label(l lang.Lang) string { return labels(l, j) }

// cell returns the matrix cell named "row/macro-phase", or nil.
func cell[T lang.Arg, P textValue[T]](key string) lang.Arg {
	row, col, ok := strings.Cut(key, "/")
	r, m := parsed[T, P](row), parsed[innovation.MacroPhase](col)
	if !ok || r == nil || m == nil {
		return nil
	}
	return phrase{words.cell, []lang.Arg{r, m}}
}

// threshold returns the partnership threshold named by key, as
// diffRubrics names it, or nil.
func threshold(key string) lang.Arg {
	for _, t := range thresholds {
		if t.key == key {
			return t.label
		}
	}
	if in, ok := strings.CutPrefix(key, minSuppliersKey); ok {
		if a := parsed[innovation.Intensity](in); a != nil {
			return phrase{words.minSuppliers, []lang.Arg{lang.Quote(a)}}
		}
	}
	return nil
}
