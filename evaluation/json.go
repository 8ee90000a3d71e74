package evaluation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// MaxJSONSize is the longest JSON document Decode and the UnmarshalJSON
// methods accept, checked before any decoding.
const MaxJSONSize = 1 << 20

// maxNumberText is the longest text of one JSON number accepted, checked
// before it is parsed: MaxDigits digits, a sign, a point, an exponent.
const maxNumberText = 64

// Decode decodes one report from JSON: an object whose "form" field
// ("performance", "pertinence" or "partenariale") selects the report type.
// Decoding is strict: unknown fields, trailing data, documents over
// MaxJSONSize, unknown names (form, degree, lever…) and decimals out of
// bounds are errors naming the field (errors.Join of *FieldError), and the
// decoded report is validated. Numbers may be JSON numbers or strings.
//
// The shape, for a performance report (pertinence reports have "intuition",
// "gap", "needs" and "impacts"; partenariale reports "partners" and
// "common_good"):
//
//	{"form": "performance", "degree": "compter", "evaluators": ["beneficiaires"],
//	 "path": "…", "indicators": [{"name": "emplois", "lever": "economique",
//	 "unit": "ETP", "direction": "higher-is-better", "baseline": 0,
//	 "target": 10, "actual": 7, "weight": 1}]}
func Decode(data []byte) (Report, error) {
	return decode(data, 0)
}

// decode decodes data, requiring form want unless want is 0.
//
// The common case — "form" is the object's first key, a plain string, and
// the document is a valid report of that form — is decoded in one strict
// pass (decodeFast). Anything else, and every error, goes through
// decodeSlow, the reference: it reads "form" first, then decodes strictly,
// so errors are the same whichever path is tried first.
func decode(data []byte, want Form) (Report, error) {
	if len(data) > MaxJSONSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(data), MaxJSONSize)
	}
	if r, ok := decodeFast(data, want); ok {
		return r, nil
	}
	return decodeSlow(data, want)
}

// decodeFast decodes data in one strict pass when its first key is "form"
// with a plain string value (no escape) naming a form (want, unless want
// is 0). It reports false, without an error, when that does not hold or
// when anything goes wrong: decodeSlow then decodes data again and says
// what is wrong. On success the result is the one decodeSlow gives: the
// strict decode accepted the document, so the probe of decodeSlow would
// have read the same last "form" value, which is checked against the first.
func decodeFast(data []byte, want Form) (Report, bool) {
	name, ok := firstForm(data)
	if !ok {
		return nil, false
	}
	form, err := ParseForm(name)
	if err != nil || (want != 0 && form != want) {
		return nil, false
	}
	r, formText, err := decodeAs(data, form)
	if err != nil || formText != name {
		return nil, false
	}
	return r, true
}

// firstForm returns the value of data's first key when that key is exactly
// "form" and its value a JSON string without escapes or control
// characters; ok is false otherwise. It reads only the first bytes.
func firstForm(data []byte) (name string, ok bool) {
	const key = `"form"`
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return "", false
	}
	i = skipSpace(data, i+1)
	if !bytes.HasPrefix(data[i:], []byte(key)) {
		return "", false
	}
	i = skipSpace(data, i+len(key))
	if i >= len(data) || data[i] != ':' {
		return "", false
	}
	i = skipSpace(data, i+1)
	if i >= len(data) || data[i] != '"' {
		return "", false
	}
	start := i + 1
	for j := start; j < len(data) && j-start <= maxFormText; j++ {
		switch c := data[j]; {
		case c == '"':
			return string(data[start:j]), true
		case c == '\\' || c < 0x20:
			return "", false
		}
	}
	return "", false
}

// maxFormText bounds the form name firstForm reads; longer names go the
// slow way.
const maxFormText = 32

// skipSpace returns the index of the first byte of data at or after i that
// is not JSON white space.
func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// decodeSlow is the reference decoder: it probes "form" with a first
// Unmarshal, then decodes strictly into the form's wire type.
func decodeSlow(data []byte, want Form) (Report, error) {
	var head struct {
		Form *string `json:"form"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	if head.Form == nil {
		return nil, fieldErr("form", "", "missing")
	}
	form, err := parseField("form", *head.Form, ParseForm)
	if err != nil {
		return nil, err
	}
	if want != 0 && form != want {
		return nil, fieldErr("form", *head.Form, "want "+strconv.Quote(want.String()))
	}
	r, _, err := decodeAs(data, form)
	return r, err
}

// decodeAs decodes data strictly as a report of form f and validates it.
// formText is the "form" value the strict decode read.
func decodeAs(data []byte, f Form) (r Report, formText string, err error) {
	var errs []error
	switch f {
	case Performance:
		var w wirePerformance
		if err := strict(data, &w); err != nil {
			return nil, "", err
		}
		r, errs = w.report()
		formText = w.Form
	case Pertinence:
		var w wirePertinence
		if err := strict(data, &w); err != nil {
			return nil, "", err
		}
		r, errs = w.report()
		formText = w.Form
	default:
		var w wirePartenariale
		if err := strict(data, &w); err != nil {
			return nil, "", err
		}
		r, errs = w.report()
		formText = w.Form
	}
	if len(errs) > 0 {
		return nil, "", errors.Join(errs...)
	}
	if err := r.Validate(); err != nil {
		return nil, "", err
	}
	return r, formText, nil
}

// strict decodes data into v, refusing unknown fields and trailing data.
func strict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	// Only white space may follow; checked on data itself, which spares the
	// decoder a refill of its buffer to meet the end of the input.
	if len(bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n")) != 0 {
		return fmt.Errorf("%w: trailing data after the report", ErrSyntax)
	}
	return nil
}

// UnmarshalJSON decodes a performance report with Decode's rules; its
// "form" must be "performance". On error r is left unchanged.
func (r *PerformanceReport) UnmarshalJSON(data []byte) error {
	v, err := decode(data, Performance)
	if err != nil {
		return err
	}
	*r = *v.(*PerformanceReport)
	return nil
}

// UnmarshalJSON decodes a pertinence report with Decode's rules; its "form"
// must be "pertinence". On error r is left unchanged.
func (r *PertinenceReport) UnmarshalJSON(data []byte) error {
	v, err := decode(data, Pertinence)
	if err != nil {
		return err
	}
	*r = *v.(*PertinenceReport)
	return nil
}

// UnmarshalJSON decodes a partenariale report with Decode's rules; its
// "form" must be "partenariale". On error r is left unchanged.
func (r *PartenarialeReport) UnmarshalJSON(data []byte) error {
	v, err := decode(data, Partenariale)
	if err != nil {
		return err
	}
	*r = *v.(*PartenarialeReport)
	return nil
}

// MarshalJSON encodes r in the shape Decode reads, with its "form". An
// invalid report is an error: no report is written that Decode refuses.
func (r PerformanceReport) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	w := wirePerformance{wireConduct: wireOf(Performance, r.Degree, r.Evaluators, r.Path)}
	w.Indicators = make([]wireIndicator, len(r.Indicators))
	for i, ind := range r.Indicators {
		w.Indicators[i] = wireIndicator{
			Name: ind.Name, Lever: ind.Lever.String(), Unit: ind.Unit, Direction: ind.Direction.String(),
			Baseline: num(ind.Baseline), Target: num(ind.Target), Weight: num(ind.Weight),
		}
		if ind.Actual.Valid {
			w.Indicators[i].Actual = num(ind.Actual.Decimal)
		}
	}
	return json.Marshal(w)
}

// MarshalJSON encodes r in the shape Decode reads, with its "form". An
// invalid report is an error.
func (r PertinenceReport) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	w := wirePertinence{wireConduct: wireOf(Pertinence, r.Degree, r.Evaluators, r.Path), Intuition: r.Intuition, Gap: r.Gap}
	w.Needs = make([]wireNeed, len(r.Needs))
	for i, n := range r.Needs {
		w.Needs[i] = wireNeed{Name: n.Name, Populations: n.Populations, Territories: n.Territories, Fragile: n.Fragile, Weight: num(n.Weight), Outcome: n.Outcome.String()}
	}
	w.Impacts = make([]wireImpact, len(r.Impacts))
	for i, im := range r.Impacts {
		w.Impacts[i] = wireImpact{Description: im.Description, Kind: im.Kind.String(), Evidence: im.Evidence.String()}
	}
	return json.Marshal(w)
}

// MarshalJSON encodes r in the shape Decode reads, with its "form". An
// invalid report is an error.
func (r PartenarialeReport) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	w := wirePartenariale{wireConduct: wireOf(Partenariale, r.Degree, r.Evaluators, r.Path)}
	w.Partners = make([]wirePartner, len(r.Partners))
	for i, p := range r.Partners {
		w.Partners[i] = wirePartner{Partner: p.Partner, Value: p.Value, Weight: num(p.Weight), Outcome: p.Outcome.String()}
	}
	w.CommonGood = make([]wireCommonGood, len(r.CommonGood))
	for i, c := range r.CommonGood {
		w.CommonGood[i] = wireCommonGood{Dimension: c.Dimension.String(), Value: c.Value, Weight: num(c.Weight), Outcome: c.Outcome.String()}
	}
	return json.Marshal(w)
}

// The wire types mirror the reports with names as strings and numbers as raw
// text, so that every conversion error can name its field.

type wireConduct struct {
	Form       string   `json:"form"`
	Degree     string   `json:"degree"`
	Evaluators []string `json:"evaluators,omitempty"`
	Path       string   `json:"path,omitempty"`
}

type wirePerformance struct {
	wireConduct
	Indicators []wireIndicator `json:"indicators"`
}

type wireIndicator struct {
	Name      string  `json:"name"`
	Lever     string  `json:"lever"`
	Unit      string  `json:"unit,omitempty"`
	Direction string  `json:"direction"`
	Baseline  wireNum `json:"baseline"`
	Target    wireNum `json:"target"`
	Actual    wireNum `json:"actual,omitempty"`
	Weight    wireNum `json:"weight"`
}

type wirePertinence struct {
	wireConduct
	Intuition string       `json:"intuition,omitempty"`
	Gap       string       `json:"gap,omitempty"`
	Needs     []wireNeed   `json:"needs"`
	Impacts   []wireImpact `json:"impacts"`
}

type wireNeed struct {
	Name        string   `json:"name"`
	Populations []string `json:"populations,omitempty"`
	Territories []string `json:"territories,omitempty"`
	Fragile     bool     `json:"fragile,omitempty"`
	Weight      wireNum  `json:"weight"`
	Outcome     string   `json:"outcome"`
}

type wireImpact struct {
	Description string `json:"description"`
	Kind        string `json:"kind"`
	Evidence    string `json:"evidence"`
}

type wirePartenariale struct {
	wireConduct
	Partners   []wirePartner    `json:"partners"`
	CommonGood []wireCommonGood `json:"common_good"`
}

type wirePartner struct {
	Partner string  `json:"partner"`
	Value   string  `json:"value,omitempty"`
	Weight  wireNum `json:"weight"`
	Outcome string  `json:"outcome"`
}

type wireCommonGood struct {
	Dimension string  `json:"dimension"`
	Value     string  `json:"value,omitempty"`
	Weight    wireNum `json:"weight"`
	Outcome   string  `json:"outcome"`
}

// wireNum is the raw text of a JSON number or string; empty when absent.
type wireNum []byte

// UnmarshalJSON keeps the raw text; conversion checks it, naming the field.
func (n *wireNum) UnmarshalJSON(b []byte) error {
	*n = append((*n)[:0], b...)
	return nil
}

// MarshalJSON writes the number as a bare JSON number.
func (n wireNum) MarshalJSON() ([]byte, error) { return []byte(n), nil }

func num(d decimal.Decimal) wireNum { return wireNum(d.String()) }

// decimal converts n, the value of where(list, i, name); absent (empty or
// null) is an error unless optional, in which case ok is false. The path
// is built only for an error.
func (n wireNum) decimal(list string, i int, name string, optional bool, errs *[]error) (d decimal.Decimal, ok bool) {
	if len(n) == 0 || string(n) == "null" {
		if !optional {
			*errs = append(*errs, fieldErr(where(list, i, name), "", "missing"))
		}
		return decimal.Decimal{}, false
	}
	if len(n) > maxNumberText {
		*errs = append(*errs, fieldErr(where(list, i, name), string(n), "number too long (at most "+strconv.Itoa(maxNumberText)+" characters)"))
		return decimal.Decimal{}, false
	}
	if u, ok := plainString(n); ok && len(u) > 0 && u[0] != ' ' && u[len(u)-1] != ' ' {
		// The common case, a quoted number: no escape, no space to trim.
		d, err := decimal.NewFromString(u)
		if err == nil && decimalProblem(d) == "" {
			return d, true
		}
	} else if n[0] == '-' || (n[0] >= '0' && n[0] <= '9') {
		if d, err := decimal.NewFromString(string(n)); err == nil && decimalProblem(d) == "" {
			// A bare number the JSON decoder accepted.
			return d, true
		}
	}
	return n.decimalSlow(where(list, i, name), optional, errs)
}

// decimalSlow is decimal for any input, and the reference: it says what is
// wrong, naming field.
func (n wireNum) decimalSlow(field string, optional bool, errs *[]error) (d decimal.Decimal, ok bool) {
	s := string(n)
	if s == "" || s == "null" {
		if !optional {
			*errs = append(*errs, fieldErr(field, "", "missing"))
		}
		return decimal.Decimal{}, false
	}
	if len(s) > maxNumberText {
		*errs = append(*errs, fieldErr(field, s, "number too long (at most "+strconv.Itoa(maxNumberText)+" characters)"))
		return decimal.Decimal{}, false
	}
	if s[0] == '"' {
		var u string
		if err := json.Unmarshal(n, &u); err != nil {
			*errs = append(*errs, fieldErr(field, s, "not a number"))
			return decimal.Decimal{}, false
		}
		s = u
	} else if s[0] != '-' && (s[0] < '0' || s[0] > '9') {
		*errs = append(*errs, fieldErr(field, s, "not a number"))
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(strings.TrimSpace(s))
	if err != nil || strings.TrimSpace(s) == "" {
		*errs = append(*errs, fieldErr(field, s, "not a number"))
		return decimal.Decimal{}, false
	}
	if err := checkDecimal(field, d); err != nil {
		*errs = append(*errs, err)
		return decimal.Decimal{}, false
	}
	return d, true
}

// plainString returns the text of raw, a JSON string, when it is printable
// ASCII without escapes: what json.Unmarshal would give, without its cost.
// ok is false for anything else, which the caller unquotes with
// json.Unmarshal.
func plainString(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	for _, c := range raw[1 : len(raw)-1] {
		if c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			return "", false
		}
	}
	return string(raw[1 : len(raw)-1]), true
}

// parseField parses s with parse, turning a *ParseError into a *FieldError
// naming field and unwrapping to ErrUnknown.
func parseField[T any](field, s string, parse func(string) (T, error)) (T, error) {
	v, err := parse(s)
	if err != nil {
		reason := err.Error()
		var pe *ParseError
		if errors.As(err, &pe) {
			reason = "unknown " + pe.Type + " (want one of " + strings.Join(pe.Allowed, ", ") + ")"
		}
		return v, &FieldError{Field: field, Value: s, Reason: reason, Err: ErrUnknown}
	}
	return v, nil
}

// parseInto parses s into *dst, appending a field error naming
// where(list, i, name) on failure; the path is built only then.
func parseInto[T any](dst *T, list string, i int, name, s string, parse func(string) (T, error), errs *[]error) {
	v, err := parse(s)
	if err != nil {
		_, err = parseField(where(list, i, name), s, parse)
		*errs = append(*errs, err)
		return
	}
	*dst = v
}

// where is the path of name in item i of list, or name alone when list is
// empty.
func where(list string, i int, name string) string {
	if list == "" {
		return name
	}
	return path(list, i, name)
}

func wireOf(f Form, d Degree, es []Evaluator, path string) wireConduct {
	w := wireConduct{Form: f.String(), Degree: d.String(), Path: path}
	for _, e := range es {
		w.Evaluators = append(w.Evaluators, e.String())
	}
	return w
}

func (w *wireConduct) conduct(errs *[]error) (d Degree, es []Evaluator) {
	parseInto(&d, "", 0, "degree", w.Degree, ParseDegree, errs)
	if len(w.Evaluators) > 0 {
		es = make([]Evaluator, len(w.Evaluators))
	}
	for i, s := range w.Evaluators {
		parseInto(&es[i], "evaluators", i, "", s, ParseEvaluator, errs)
	}
	return d, es
}

func (w *wirePerformance) report() (Report, []error) {
	var errs []error
	r := &PerformanceReport{Path: w.Path}
	r.Degree, r.Evaluators = w.conduct(&errs)
	if len(w.Indicators) > 0 {
		r.Indicators = make([]Indicator, len(w.Indicators))
	}
	for i := range w.Indicators {
		wi, ind := &w.Indicators[i], &r.Indicators[i]
		ind.Name, ind.Unit = wi.Name, wi.Unit
		parseInto(&ind.Lever, "indicators", i, "lever", wi.Lever, ParseResultLever, &errs)
		parseInto(&ind.Direction, "indicators", i, "direction", wi.Direction, ParseDirection, &errs)
		ind.Baseline, _ = wi.Baseline.decimal("indicators", i, "baseline", false, &errs)
		ind.Target, _ = wi.Target.decimal("indicators", i, "target", false, &errs)
		ind.Weight, _ = wi.Weight.decimal("indicators", i, "weight", false, &errs)
		ind.Actual.Decimal, ind.Actual.Valid = wi.Actual.decimal("indicators", i, "actual", true, &errs)
	}
	return r, errs
}

func (w *wirePertinence) report() (Report, []error) {
	var errs []error
	r := &PertinenceReport{Path: w.Path, Intuition: w.Intuition, Gap: w.Gap}
	r.Degree, r.Evaluators = w.conduct(&errs)
	if len(w.Needs) > 0 {
		r.Needs = make([]Need, len(w.Needs))
	}
	for i := range w.Needs {
		wn, n := &w.Needs[i], &r.Needs[i]
		n.Name, n.Populations, n.Territories, n.Fragile = wn.Name, wn.Populations, wn.Territories, wn.Fragile
		n.Weight, _ = wn.Weight.decimal("needs", i, "weight", false, &errs)
		parseInto(&n.Outcome, "needs", i, "outcome", wn.Outcome, ParseOutcome, &errs)
	}
	if len(w.Impacts) > 0 {
		r.Impacts = make([]Impact, len(w.Impacts))
	}
	for i := range w.Impacts {
		wi, im := &w.Impacts[i], &r.Impacts[i]
		im.Description = wi.Description
		parseInto(&im.Kind, "impacts", i, "kind", wi.Kind, ParseImpactKind, &errs)
		parseInto(&im.Evidence, "impacts", i, "evidence", wi.Evidence, ParseDegree, &errs)
	}
	return r, errs
}

func (w *wirePartenariale) report() (Report, []error) {
	var errs []error
	r := &PartenarialeReport{Path: w.Path}
	r.Degree, r.Evaluators = w.conduct(&errs)
	if len(w.Partners) > 0 {
		r.Partners = make([]PartnerValue, len(w.Partners))
	}
	for i := range w.Partners {
		wp, p := &w.Partners[i], &r.Partners[i]
		p.Partner, p.Value = wp.Partner, wp.Value
		p.Weight, _ = wp.Weight.decimal("partners", i, "weight", false, &errs)
		parseInto(&p.Outcome, "partners", i, "outcome", wp.Outcome, ParseOutcome, &errs)
	}
	if len(w.CommonGood) > 0 {
		r.CommonGood = make([]CommonGoodValue, len(w.CommonGood))
	}
	for i := range w.CommonGood {
		wc, c := &w.CommonGood[i], &r.CommonGood[i]
		c.Value = wc.Value
		parseInto(&c.Dimension, "common_good", i, "dimension", wc.Dimension, ParseCommonGood, &errs)
		c.Weight, _ = wc.Weight.decimal("common_good", i, "weight", false, &errs)
		parseInto(&c.Outcome, "common_good", i, "outcome", wc.Outcome, ParseOutcome, &errs)
	}
	return r, errs
}
