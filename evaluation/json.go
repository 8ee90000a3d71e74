package evaluation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
func decode(data []byte, want Form) (Report, error) {
	if len(data) > MaxJSONSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(data), MaxJSONSize)
	}
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
	var r Report
	var errs []error
	switch form {
	case Performance:
		var w wirePerformance
		if err := strict(data, &w); err != nil {
			return nil, err
		}
		r, errs = w.report()
	case Pertinence:
		var w wirePertinence
		if err := strict(data, &w); err != nil {
			return nil, err
		}
		r, errs = w.report()
	default:
		var w wirePartenariale
		if err := strict(data, &w); err != nil {
			return nil, err
		}
		r, errs = w.report()
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// strict decodes data into v, refusing unknown fields and trailing data.
func strict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	if _, err := dec.Token(); err != io.EOF {
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

// decimal converts n, naming field; absent (empty or null) is an error
// unless optional, in which case ok is false.
func (n wireNum) decimal(field string, optional bool, errs *[]error) (d decimal.Decimal, ok bool) {
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

// parseInto parses s into *dst, appending a field error on failure.
func parseInto[T any](dst *T, field, s string, parse func(string) (T, error), errs *[]error) {
	v, err := parseField(field, s, parse)
	if err != nil {
		*errs = append(*errs, err)
		return
	}
	*dst = v
}

func wireOf(f Form, d Degree, es []Evaluator, path string) wireConduct {
	w := wireConduct{Form: f.String(), Degree: d.String(), Path: path}
	for _, e := range es {
		w.Evaluators = append(w.Evaluators, e.String())
	}
	return w
}

func (w *wireConduct) conduct(errs *[]error) (d Degree, es []Evaluator) {
	parseInto(&d, "degree", w.Degree, ParseDegree, errs)
	if len(w.Evaluators) > 0 {
		es = make([]Evaluator, len(w.Evaluators))
	}
	for i, s := range w.Evaluators {
		parseInto(&es[i], "evaluators["+strconv.Itoa(i)+"]", s, ParseEvaluator, errs)
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
		parseInto(&ind.Lever, path("indicators", i, "lever"), wi.Lever, ParseResultLever, &errs)
		parseInto(&ind.Direction, path("indicators", i, "direction"), wi.Direction, ParseDirection, &errs)
		ind.Baseline, _ = wi.Baseline.decimal(path("indicators", i, "baseline"), false, &errs)
		ind.Target, _ = wi.Target.decimal(path("indicators", i, "target"), false, &errs)
		ind.Weight, _ = wi.Weight.decimal(path("indicators", i, "weight"), false, &errs)
		ind.Actual.Decimal, ind.Actual.Valid = wi.Actual.decimal(path("indicators", i, "actual"), true, &errs)
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
		n.Weight, _ = wn.Weight.decimal(path("needs", i, "weight"), false, &errs)
		parseInto(&n.Outcome, path("needs", i, "outcome"), wn.Outcome, ParseOutcome, &errs)
	}
	if len(w.Impacts) > 0 {
		r.Impacts = make([]Impact, len(w.Impacts))
	}
	for i := range w.Impacts {
		wi, im := &w.Impacts[i], &r.Impacts[i]
		im.Description = wi.Description
		parseInto(&im.Kind, path("impacts", i, "kind"), wi.Kind, ParseImpactKind, &errs)
		parseInto(&im.Evidence, path("impacts", i, "evidence"), wi.Evidence, ParseDegree, &errs)
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
		p.Weight, _ = wp.Weight.decimal(path("partners", i, "weight"), false, &errs)
		parseInto(&p.Outcome, path("partners", i, "outcome"), wp.Outcome, ParseOutcome, &errs)
	}
	if len(w.CommonGood) > 0 {
		r.CommonGood = make([]CommonGoodValue, len(w.CommonGood))
	}
	for i := range w.CommonGood {
		wc, c := &w.CommonGood[i], &r.CommonGood[i]
		c.Value = wc.Value
		parseInto(&c.Dimension, path("common_good", i, "dimension"), wc.Dimension, ParseCommonGood, &errs)
		c.Weight, _ = wc.Weight.decimal(path("common_good", i, "weight"), false, &errs)
		parseInto(&c.Outcome, path("common_good", i, "outcome"), wc.Outcome, ParseOutcome, &errs)
	}
	return r, errs
}
