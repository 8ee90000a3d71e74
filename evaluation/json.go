package evaluation

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/internal/wire"
)

// Decode decodes one report from JSON: an object whose "form" key selects
// the report type, wherever it stands in the object. Its keys:
//
//	every form    "form" (required): "performance", "pertinence" or "partenariale"
//	              "degree" (required): "se-conter", "se-compter" or "compter"
//	              "evaluators": a list of "academiques", "beneficiaires", "partenaires"
//	              "path": free text
//	performance   "indicators": a list of {"name", "lever", "unit", "direction",
//	              "baseline", "target", "actual", "weight"}
//	pertinence    "intuition", "gap": free text
//	              "needs": a list of {"name", "populations", "territories",
//	              "fragile", "weight", "outcome"}
//	              "impacts": a list of {"description", "kind", "evidence"}
//	partenariale  "partners": a list of {"partner", "value", "weight", "outcome"}
//	              "common_good": a list of {"dimension", "value", "weight", "outcome"}
//
// In the items, every key is required but "unit", "actual" (absent: not
// measured), "populations", "territories", "fragile" and "value"; a null
// value is the same as an absent key. Enumeration values are keys
// ("economique", "higher-is-better", "not-met", "non-desirable",
// "politique"…) or labels, in any case. Decimals are JSON strings ("12.50")
// or numbers, in plain form (digits, a point, an exponent; no currency, no
// thousands separator), within MaxDigits, MaxIntegerDigits and MaxScale.
// Names (of an indicator, a unit, a need, a population, a territory, a
// partner) are at most MaxText bytes on one line; free text is at most
// MaxProse bytes. Each list holds at most MaxItems items, and the
// evaluators at most 12 names (4 per evaluator, each named once: the bound
// only bounds the work).
//
// Decoding reads the input once and is strict: input over MaxJSON bytes,
// malformed JSON (reported with its line and column), trailing data,
// unknown keys (with a suggestion for a misspelling), a key given twice in
// one object, a missing required key, unknown names, values of the wrong
// type and decimals or texts out of bounds are errors; a report read without
// such a problem is then validated. Every problem is reported at once
// (errors.Join of *FieldError, each naming its path, e.g.
// "indicators[0].target"), and each unwraps to one of ErrSyntax, ErrUnknown,
// ErrInvalid or ErrLimit.
func Decode(data []byte) (Report, error) {
	return decode(data, 0)
}

// DecodeFrom reads a report at d's position, for the module's own decoders
// (a dossier holds evaluation reports): wire.Decoder is internal, so callers
// outside the module use Decode. The report's problems are recorded on d as
// this package's errors, below d's current path; the result is nil if there
// was any, or if d's problems were at their cap (wire.MaxProblems) and the
// report could not be validated.
func DecodeFrom(d *wire.Decoder) Report {
	return readReport(d, 0)
}

// decode decodes data as Decode does, requiring form want unless want is 0.
func decode(data []byte, want Form) (Report, error) {
	d := wire.NewDecoder(data, pkg, nil)
	r := readReport(d, want)
	if err := d.Finish(); err != nil {
		return nil, err
	}
	return r, nil
}

// The keys of each object, required ones first. Never modified.
var (
	reportKeys     = wire.Keys{Names: []string{"form", "degree", "evaluators", "path", "indicators", "intuition", "gap", "needs", "impacts", "partners", "common_good"}, Required: 2}
	indicatorKeys  = wire.Keys{Names: []string{"name", "lever", "direction", "baseline", "target", "weight", "unit", "actual"}, Required: 6}
	needKeys       = wire.Keys{Names: []string{"name", "weight", "outcome", "populations", "territories", "fragile"}, Required: 3}
	impactKeys     = wire.Keys{Names: []string{"description", "kind", "evidence"}, Required: 3}
	partnerKeys    = wire.Keys{Names: []string{"partner", "weight", "outcome", "value"}, Required: 3}
	commonGoodKeys = wire.Keys{Names: []string{"dimension", "weight", "outcome", "value"}, Required: 3}
)

// formOf returns the form whose reports have key, or 0 for a key of every
// form.
func formOf(key string) Form {
	switch key {
	case "indicators":
		return Performance
	case "intuition", "gap", "needs", "impacts":
		return Pertinence
	case "partners", "common_good":
		return Partenariale
	}
	return 0
}

// readReport reads a report in one pass: the keys of every form are read
// as they come, into the report of their form, and the report of the form
// named is kept. What was read is then validated, and the problems not at
// a path whose reading failed are added: every problem at once. A report
// whose form is not known is not validated: its keys cannot be judged.
func readReport(d *wire.Decoder, want Form) Report {
	defer d.Use(d.Use(pkg))
	start := d.Problems()
	var (
		formKeys []string // the keys read that belong to one form
		form     Form
		c        conduct
		perf     PerformanceReport
		pert     PertinenceReport
		part     PartenarialeReport
	)
	for key := range d.Object(reportKeys) {
		if formOf(key) != 0 {
			formKeys = append(formKeys, key)
		}
		switch key {
		case "form":
			form, _ = wire.Enum(d, ParseForm)
		case "degree":
			c.degree, _ = wire.Enum(d, ParseDegree)
		case "evaluators":
			for range d.Array(maxEvaluators) {
				e, _ := wire.Enum(d, ParseEvaluator)
				c.evaluators = append(c.evaluators, e)
			}
		case "path":
			c.path, _ = d.Prose()
		case "indicators":
			perf.Indicators = readList(d, readIndicator)
		case "intuition":
			pert.Intuition, _ = d.Prose()
		case "gap":
			pert.Gap, _ = d.Prose()
		case "needs":
			pert.Needs = readList(d, readNeed)
		case "impacts":
			pert.Impacts = readList(d, readImpact)
		case "partners":
			part.Partners = readList(d, readPartner)
		case "common_good":
			part.CommonGood = readList(d, readCommonGood)
		}
	}
	if form != 0 {
		for _, key := range formKeys {
			if formOf(key) != form {
				d.Report(pkg.Field(key, "", "not a key of a "+form.String()+" report (want one of "+strings.Join(keysOf(form), ", ")+")", ErrUnknown))
			}
		}
		if want != 0 && form != want {
			d.Report(pkg.Field("form", form.String(), "want "+strconv.Quote(want.String()), ErrInvalid))
		}
	}
	if form == 0 && d.Problems() > start {
		return nil
	}
	var r Report
	switch form {
	case Performance:
		perf.Degree, perf.Evaluators, perf.Path = c.degree, c.evaluators, c.path
		r = &perf
	case Pertinence:
		pert.Degree, pert.Evaluators, pert.Path = c.degree, c.evaluators, c.path
		r = &pert
	default:
		part.Degree, part.Evaluators, part.Path = c.degree, c.evaluators, c.path
		r = &part
	}
	if d.Full() {
		return nil // not validated: its problems would not be listed
	}
	d.ReportOthers(start, r.Validate)
	if d.Problems() > start {
		return nil
	}
	return r
}

// keysOf returns the keys of a report of form f.
func keysOf(f Form) []string {
	var out []string
	for _, key := range reportKeys.Names {
		if g := formOf(key); g == 0 || g == f {
			out = append(out, key)
		}
	}
	return out
}

// readList reads a list of at most MaxItems items with read.
func readList[T any](d *wire.Decoder, read func(*wire.Decoder) T) []T {
	var out []T
	for range d.Array(MaxItems) {
		out = append(out, read(d))
	}
	return out
}

func readIndicator(d *wire.Decoder) Indicator {
	var ind Indicator
	for key := range d.Object(indicatorKeys) {
		switch key {
		case "name":
			ind.Name, _ = d.Text()
		case "lever":
			ind.Lever, _ = wire.Enum(d, ParseResultLever)
		case "direction":
			ind.Direction, _ = wire.Enum(d, ParseDirection)
		case "baseline":
			ind.Baseline, _ = d.Decimal()
		case "target":
			ind.Target, _ = d.Decimal()
		case "weight":
			ind.Weight, _ = d.Decimal()
		case "unit":
			ind.Unit, _ = d.Text()
		case "actual":
			ind.Actual.Decimal, ind.Actual.Valid = d.Decimal()
		}
	}
	return ind
}

func readNeed(d *wire.Decoder) Need {
	var n Need
	for key := range d.Object(needKeys) {
		switch key {
		case "name":
			n.Name, _ = d.Text()
		case "weight":
			n.Weight, _ = d.Decimal()
		case "outcome":
			n.Outcome, _ = wire.Enum(d, ParseOutcome)
		case "populations":
			n.Populations = readList(d, readName)
		case "territories":
			n.Territories = readList(d, readName)
		case "fragile":
			n.Fragile, _ = d.Bool()
		}
	}
	return n
}

func readName(d *wire.Decoder) string {
	s, _ := d.Text()
	return s
}

func readImpact(d *wire.Decoder) Impact {
	var im Impact
	for key := range d.Object(impactKeys) {
		switch key {
		case "description":
			im.Description, _ = d.Prose()
		case "kind":
			im.Kind, _ = wire.Enum(d, ParseImpactKind)
		case "evidence":
			im.Evidence, _ = wire.Enum(d, ParseDegree)
		}
	}
	return im
}

func readPartner(d *wire.Decoder) PartnerValue {
	var p PartnerValue
	for key := range d.Object(partnerKeys) {
		switch key {
		case "partner":
			p.Partner, _ = d.Text()
		case "weight":
			p.Weight, _ = d.Decimal()
		case "outcome":
			p.Outcome, _ = wire.Enum(d, ParseOutcome)
		case "value":
			p.Value, _ = d.Prose()
		}
	}
	return p
}

func readCommonGood(d *wire.Decoder) CommonGoodValue {
	var c CommonGoodValue
	for key := range d.Object(commonGoodKeys) {
		switch key {
		case "dimension":
			c.Dimension, _ = wire.Enum(d, ParseCommonGood)
		case "weight":
			c.Weight, _ = d.Decimal()
		case "outcome":
			c.Outcome, _ = wire.Enum(d, ParseOutcome)
		case "value":
			c.Value, _ = d.Prose()
		}
	}
	return c
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

// MarshalJSON writes r in the shape Decode reads, with its "form", decimals
// as JSON strings. An invalid report is an error: no report is written that
// Decode refuses.
func (r PerformanceReport) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	w := performanceJSON{conductJSON: conductJSON{Performance, r.Degree, r.Evaluators, r.Path}, Indicators: make([]indicatorJSON, len(r.Indicators))}
	for i, ind := range r.Indicators {
		w.Indicators[i] = indicatorJSON{
			Name: ind.Name, Lever: ind.Lever, Unit: ind.Unit, Direction: ind.Direction,
			Baseline: ind.Baseline.String(), Target: ind.Target.String(), Weight: ind.Weight.String(),
		}
		if ind.Actual.Valid {
			w.Indicators[i].Actual = ind.Actual.Decimal.String()
		}
	}
	return json.Marshal(w)
}

// MarshalJSON writes r in the shape Decode reads, with its "form", decimals
// as JSON strings. An invalid report is an error.
func (r PertinenceReport) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	w := pertinenceJSON{
		conductJSON: conductJSON{Pertinence, r.Degree, r.Evaluators, r.Path}, Intuition: r.Intuition, Gap: r.Gap,
		Needs: make([]needJSON, len(r.Needs)), Impacts: make([]impactJSON, len(r.Impacts)),
	}
	for i, n := range r.Needs {
		w.Needs[i] = needJSON{Name: n.Name, Populations: n.Populations, Territories: n.Territories, Fragile: n.Fragile, Weight: n.Weight.String(), Outcome: n.Outcome}
	}
	for i, im := range r.Impacts {
		w.Impacts[i] = impactJSON(im)
	}
	return json.Marshal(w)
}

// MarshalJSON writes r in the shape Decode reads, with its "form", decimals
// as JSON strings. An invalid report is an error.
func (r PartenarialeReport) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	w := partenarialeJSON{
		conductJSON: conductJSON{Partenariale, r.Degree, r.Evaluators, r.Path},
		Partners:    make([]partnerJSON, len(r.Partners)), CommonGood: make([]commonGoodJSON, len(r.CommonGood)),
	}
	for i, p := range r.Partners {
		w.Partners[i] = partnerJSON{Partner: p.Partner, Value: p.Value, Weight: p.Weight.String(), Outcome: p.Outcome}
	}
	for i, c := range r.CommonGood {
		w.CommonGood[i] = commonGoodJSON{Dimension: c.Dimension, Value: c.Value, Weight: c.Weight.String(), Outcome: c.Outcome}
	}
	return json.Marshal(w)
}

// The written form of the reports, for MarshalJSON: enumerations write their
// keys (MarshalText), decimals are strings written by decimal.String, so
// that shopspring's package-level settings change nothing.

type conductJSON struct {
	Form       Form        `json:"form"`
	Degree     Degree      `json:"degree"`
	Evaluators []Evaluator `json:"evaluators,omitempty"`
	Path       string      `json:"path,omitempty"`
}

type performanceJSON struct {
	conductJSON
	Indicators []indicatorJSON `json:"indicators"`
}

type indicatorJSON struct {
	Name      string      `json:"name"`
	Lever     ResultLever `json:"lever"`
	Unit      string      `json:"unit,omitempty"`
	Direction Direction   `json:"direction"`
	Baseline  string      `json:"baseline"`
	Target    string      `json:"target"`
	Actual    string      `json:"actual,omitempty"`
	Weight    string      `json:"weight"`
}

type pertinenceJSON struct {
	conductJSON
	Intuition string       `json:"intuition,omitempty"`
	Gap       string       `json:"gap,omitempty"`
	Needs     []needJSON   `json:"needs"`
	Impacts   []impactJSON `json:"impacts"`
}

type needJSON struct {
	Name        string   `json:"name"`
	Populations []string `json:"populations,omitempty"`
	Territories []string `json:"territories,omitempty"`
	Fragile     bool     `json:"fragile,omitempty"`
	Weight      string   `json:"weight"`
	Outcome     Outcome  `json:"outcome"`
}

type impactJSON struct {
	Description string     `json:"description"`
	Kind        ImpactKind `json:"kind"`
	Evidence    Degree     `json:"evidence"`
}

type partenarialeJSON struct {
	conductJSON
	Partners   []partnerJSON    `json:"partners"`
	CommonGood []commonGoodJSON `json:"common_good"`
}

type partnerJSON struct {
	Partner string  `json:"partner"`
	Value   string  `json:"value,omitempty"`
	Weight  string  `json:"weight"`
	Outcome Outcome `json:"outcome"`
}

type commonGoodJSON struct {
	Dimension CommonGood `json:"dimension"`
	Value     string     `json:"value,omitempty"`
	Weight    string     `json:"weight"`
	Outcome   Outcome    `json:"outcome"`
}
