package societal

import (
	"encoding/json"
	"strings"
	"sync"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
)

// Detail is the particulars of a check's outcome or of a gap: a code,
// stable across versions and languages, and the typed values its text
// quotes, each documented with the codes that use it and zero otherwise.
// The codes are those of the checks (each check's file lists its own, the
// README the whole table) and the shared ones: "phase-unknown",
// "invalid-input", "no-partnership", "required-from" and "gap-evaluation".
//
// Text renders a Detail in a language; the words are made then, never
// when a dossier is assessed. The zero value is no detail (IsZero). A
// Detail is a plain value, safe for concurrent reads.
type Detail struct {
	// Code says what the detail is ("still-rd"); it selects the values
	// used.
	Code string `json:"code"`
	// Phase: "history-mismatch" (where the history ends), "still-rd",
	// "no-operator-model" (the next phase), "required-from", "gap-need".
	Phase innovation.Phase `json:"phase,omitempty"`
	// OtherPhase: "history-mismatch" (the dossier's phase).
	OtherPhase innovation.Phase `json:"other_phase,omitempty"`
	// Count: "needs-not-covered" (needs), "gap-need" (partners supplying
	// it).
	Count int `json:"count,omitempty"`
	// Months: "commitment-short", the months of commitment (0 when the
	// length is not the problem).
	Months int `json:"months,omitempty"`
	// MinMonths is the minimum commitment ("commitment-short",
	// "gap-commitment").
	MinMonths int `json:"min_months,omitempty"`
	// NoExit is set when no exit strategy is planned ("commitment-short").
	NoExit bool `json:"no_exit,omitempty"`
	// Dimension: "gap-dimension".
	Dimension innovation.Dimension `json:"dimension,omitempty"`
	// Dimensions are the dimensions not established
	// ("dimensions-not-established").
	Dimensions []innovation.Dimension `json:"dimensions,omitempty"`
	// Stakeholder: "gap-stakeholder".
	Stakeholder innovation.Stakeholder `json:"stakeholder,omitempty"`
	// Intensity is the intensity asked ("gap-stakeholder", "gap-need").
	Intensity innovation.Intensity `json:"intensity,omitempty"`
	// Mobilised is the intensity mobilised ("gap-stakeholder").
	Mobilised innovation.Intensity `json:"mobilised,omitempty"`
	// Stakeholders are the stakeholders under-mobilised
	// ("stakeholders-under-mobilised").
	Stakeholders []innovation.Stakeholder `json:"stakeholders,omitempty"`
	// Codes are the findings of "evaluation-misfits" and "budget-misfits".
	Codes []evaluation.Code `json:"codes,omitempty"`
	// Risks are the partnership's risks ("partnership-risks").
	Risks []partnership.Risk `json:"risks,omitempty"`
	// Evaluation is the evaluation finding of "gap-evaluation".
	Evaluation *evaluation.Finding `json:"evaluation,omitempty"`
	// Partnership is the partnership finding of "gap-partnership".
	Partnership *partnership.Finding `json:"partnership,omitempty"`
	// Problems are the problems of the part of the dossier the check
	// reads ("invalid-input"). In JSON, "problems" holds each one's code,
	// path and value; one decoded back renders its code as its reason.
	Problems []*problem.Error `json:"-"`
}

// detailKind is one kind of detail: its code, its wordings (one, or one
// per form: singular and plural, with or without a part) and what it
// reads of a Detail. Declared once, in the file of the check that writes
// it (or below, when several do); read only.
type detailKind struct {
	code  string
	texts []lang.Text
	// read returns which of texts reads d and the values it quotes, in
	// the order of its placeholders; ok is false when d says nothing to
	// write. Nil: texts[0], quoting nothing.
	read func(d *Detail) (form int, args []lang.Arg, ok bool)
}

// The kinds of detail several checks write.
var (
	phaseUnknown = &detailKind{code: "phase-unknown",
		texts: []lang.Text{{"la phase n'est pas identifiée", "the phase is not identified"}}}
	invalidInput = &detailKind{code: "invalid-input",
		texts: []lang.Text{{"données invalides\u00a0: {1}", "invalid input: {1}"}},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			return 0, []lang.Arg{problemsArg(d.Problems)}, true
		}}
	noPartnership = &detailKind{code: "no-partnership",
		texts: []lang.Text{{"partenariat non décrit", "no partnership stated"}}}
	requiredFrom = &detailKind{code: "required-from",
		texts: []lang.Text{{"exigé à partir de la phase {1}", "required from {1} on"}},
		read:  func(d *Detail) (int, []lang.Arg, bool) { return 0, []lang.Arg{d.Phase}, true }}
	gapEvaluation = &detailKind{code: "gap-evaluation",
		texts: []lang.Text{{"{1}", "{1}"}},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			if d.Evaluation == nil {
				return 0, nil, false
			}
			return 0, []lang.Arg{input(d.Evaluation.Text)}, true
		}}
)

// sharedDetails are the kinds above.
var sharedDetails = []*detailKind{phaseUnknown, invalidInput, noPartnership, requiredFrom, gapEvaluation}

// detailKinds maps each code to its kind: the shared ones and those of
// every check, made on first use (the checks are registered during the
// package's initialisation). A code defined twice is a bug caught by
// every test.
var detailKinds = sync.OnceValue(func() map[string]*detailKind {
	m := map[string]*detailKind{}
	add := func(k *detailKind) {
		if m[k.code] != nil {
			panic("societal: detail " + k.code + " defined twice")
		}
		m[k.code] = k
	}
	for _, k := range sharedDetails {
		add(k)
	}
	for id := range CheckIDs() {
		for _, k := range id.def().details {
			add(k)
		}
	}
	return m
})

// with returns a detail of kind k with the values of v.
func (k *detailKind) with(v Detail) Detail {
	v.Code = k.code
	return v
}

// detail returns a detail of kind k that quotes nothing.
func (k *detailKind) detail() Detail { return Detail{Code: k.code} }

// IsZero reports whether d is no detail (its Code is empty).
func (d Detail) IsZero() bool { return d.Code == "" }

// Text returns d as a person reads it in l, its figures and names
// formatted for l, or "" for the zero Detail or an unknown code.
func (d Detail) Text(l lang.Lang) string {
	t, args, ok := d.reading()
	if !ok {
		return ""
	}
	return t.Format(l, args...)
}

// reading returns the text of d and the values it quotes.
func (d *Detail) reading() (lang.Text, []lang.Arg, bool) {
	k := detailKinds()[d.Code]
	if k == nil {
		return lang.Text{}, nil, false
	}
	if k.read == nil {
		return k.texts[0], nil, true
	}
	form, args, ok := k.read(d)
	if !ok || form < 0 || form >= len(k.texts) {
		return lang.Text{}, nil, false
	}
	return k.texts[form], args, true
}

// line returns d in l as a line of a document: its own words as words,
// what it quotes of the dossier as data.
func (d *Detail) line(l lang.Lang) doc.Line {
	t, args, ok := d.reading()
	if !ok {
		return nil
	}
	return spans(l, t, args...)
}

// plural returns the form of a text that counts n: 0 for one, 1 for
// several (or none).
func plural(n int) int {
	if n == 1 {
		return 0
	}
	return 1
}

// input quotes a text of the dossier, or one that quotes the dossier (a
// finding naming partners, a problem quoting a value): data, escaped when
// a document is rendered, never marked by the pseudo-locale.
type input func(lang.Lang) string

// Label returns the text in l.
func (f input) Label(l lang.Lang) string { return f(l) }

// problemsArg quotes problems one after the other, each in the reader's
// language, as input.
func problemsArg(ps []*problem.Error) input {
	return func(l lang.Lang) string {
		s := make([]string, len(ps))
		for i, p := range ps {
			s[i] = p.Text(l)
		}
		return strings.Join(s, l.Semicolon())
	}
}

// joined quotes labels joined by semicolons (labels that may hold
// commas).
type joined []lang.Arg

// Label returns the labels in l, joined.
func (j joined) Label(l lang.Lang) string {
	s := make([]string, len(j))
	for i, a := range j {
		s[i] = a.Label(l)
	}
	return strings.Join(s, l.Semicolon())
}

// args returns vs as arguments of a text.
func args[A lang.Arg](vs []A) []lang.Arg {
	out := make([]lang.Arg, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// problemJSON is a problem of Detail.Problems in JSON.
type problemJSON struct {
	Code   string `json:"code"`
	Path   string `json:"path,omitempty"`
	Value  string `json:"value,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

// detailFields is a Detail without its methods, for its JSON.
type detailFields Detail

// MarshalJSON writes d with the keys of its struct tags and its problems
// under "problems" (code, path and value of each).
func (d Detail) MarshalJSON() ([]byte, error) {
	out := struct {
		*detailFields
		Problems []problemJSON `json:"problems,omitempty"`
	}{detailFields: (*detailFields)(&d)}
	for _, p := range d.Problems {
		out.Problems = append(out.Problems, problemJSON{Code: p.Code, Path: p.Path, Value: p.Value, Line: p.Line, Column: p.Column})
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes. A problem read back has
// its code, path and value, and renders its code as its reason.
func (d *Detail) UnmarshalJSON(data []byte) error {
	var in struct {
		*detailFields
		Problems []problemJSON `json:"problems"`
	}
	var v Detail
	in.detailFields = (*detailFields)(&v)
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	for _, p := range in.Problems {
		v.Problems = append(v.Problems, &problem.Error{Code: p.Code, Path: p.Path, Value: p.Value, Line: p.Line, Column: p.Column})
	}
	*d = v
	return nil
}
