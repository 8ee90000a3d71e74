package societal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// Limits on a dossier, checked before any expensive work: a dossier may come
// from an untrusted source.
const (
	// MaxDossierJSON is the largest JSON text DecodeDossier reads.
	MaxDossierJSON = 1 << 20
	// MaxText is the longest name or carrier, in bytes.
	MaxText = 256
	// MaxEvaluations is the most evaluation reports a dossier may hold.
	MaxEvaluations = 64
	// MaxAmountText is the longest budget amount, in characters, before it
	// is parsed.
	MaxAmountText = 64
)

// Dossier is a project as a funder holds it: what the readiness assessment
// reads. Build one in Go or decode one with DecodeDossier.
//
// Every part but Name and Phase is optional: what the dossier does not say
// makes the matching criteria Unknown (missing evidence), never failed.
//
// The zero value is not a valid dossier (no name, no phase). A Dossier holds
// a map, a slice and pointers: it is not safe for concurrent mutation, but
// Assess only reads it and may run on one dossier from many goroutines.
type Dossier struct {
	// Name of the project. Required, at most MaxText bytes.
	Name string
	// Carrier is who carries the project (the "porteur"); at most MaxText bytes.
	Carrier string
	// Phase is the current phase. Required.
	Phase innovation.Phase
	// Lifecycle is the project's history, if the funder keeps it; when
	// present it must be consistent and end in Phase.
	Lifecycle *innovation.Snapshot
	// Dimensions is what is known of each dimension of the innovation —
	// solution, processus, modèle économique (004:734-764) — indexed by
	// Dimension-1.
	Dimensions [innovation.NumDimensions]Evidence
	// EconomicModel is the economic model in place; zero if not stated.
	EconomicModel innovation.EconomicModel
	// OperatorModel is where the operator model stands (needed from the
	// changement d'échelle on, 004:793-797).
	OperatorModel Evidence
	// Stakeholders is how strongly each kind of stakeholder is mobilised;
	// nil if not stated. A stakeholder absent from a non-nil map is not
	// mobilised.
	Stakeholders map[innovation.Stakeholder]innovation.Intensity
	// Partnership is the alliance around the project; nil if not stated.
	Partnership *partnership.Partnership
	// Evaluations are the evaluations done, in any of the three forms.
	Evaluations []evaluation.Report
	// Budget is the project's budget with its evaluation and capacity
	// building shares; nil if not stated.
	Budget *evaluation.Budget
}

// dossierJSON is the JSON form of a Dossier; see DecodeDossier.
type dossierJSON struct {
	Name          string               `json:"name"`
	Carrier       string               `json:"carrier,omitempty"`
	Phase         string               `json:"phase"`
	Lifecycle     *innovation.Snapshot `json:"lifecycle,omitempty"`
	Dimensions    map[string]string    `json:"dimensions,omitempty"`
	EconomicModel string               `json:"economic_model,omitempty"`
	OperatorModel string               `json:"operator_model,omitempty"`
	Stakeholders  map[string]string    `json:"stakeholders"` // null: not stated; {}: nobody mobilised
	Partnership   json.RawMessage      `json:"partnership,omitempty"`
	Evaluations   []json.RawMessage    `json:"evaluations,omitempty"`
	Budget        *budgetJSON          `json:"budget,omitempty"`
}

type budgetJSON struct {
	Total            json.RawMessage `json:"total"`
	Evaluation       json.RawMessage `json:"evaluation"`
	CapacityBuilding json.RawMessage `json:"capacity_building"`
}

// DecodeDossier decodes a dossier from JSON. The format, with stable keys
// (every key but name and phase optional):
//
//	{
//	  "name": "Wimoov",
//	  "carrier": "Wimoov (ex-Voiture & Co)",
//	  "phase": "modelisation",
//	  "lifecycle": {"start": …, "status": …, "history": […]},   // innovation.Snapshot
//	  "dimensions": {"solution": "established", "processus": "partial", "modele-economique": "absent"},
//	  "economic_model": "rd",
//	  "operator_model": "partial",
//	  "stakeholders": {"porteur-idee": "+++", "financeurs": "++"},
//	  "partnership": {…},                                         // partnership JSON
//	  "evaluations": [{"form": "performance", …}],                // evaluation JSON
//	  "budget": {"total": "1200000", "evaluation": "60000", "capacity_building": "150000"}
//	}
//
// Enumerations take their ASCII keys (or labels); amounts are JSON numbers
// or strings. Decoding is strict: input over MaxDossierJSON bytes, unknown
// fields, trailing data, unknown names, an inconsistent lifecycle and
// every invalid part are errors; all the problems found are returned at
// once (errors.Join of *FieldError, each naming its path, e.g.
// "partnership.contributions[0].amount.value"). Each unwraps to ErrDossier
// (ErrLimit for sizes) and to the error of the package that found it.
func DecodeDossier(data []byte) (*Dossier, error) {
	if len(data) > MaxDossierJSON {
		return nil, &FieldError{Reason: fmt.Sprintf("%d bytes, over the limit of %d", len(data), MaxDossierJSON), limit: true}
	}
	if !utf8.Valid(data) {
		return nil, &FieldError{Reason: "input is not valid UTF-8"}
	}
	if d, ok := decodeFast(data); ok {
		return d, nil
	}
	return decodeReference(data)
}

// decodeReference is DecodeDossier's reference path: one strict decode of
// the whole input, the partnership and the evaluations then decoded from
// their raw JSON. It finds every problem and orders them.
func decodeReference(data []byte) (*Dossier, error) {
	var j dossierJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(&j); err != nil {
		return nil, &FieldError{Reason: "malformed JSON", Err: err}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &FieldError{Reason: "trailing data after the dossier"}
	}
	return j.dossier(nil)
}

// decodeFast decodes a valid dossier with each byte of its partnership and
// evaluations scanned only by the package that decodes them: it splits the
// top-level object with a light scan (strings and nesting only), hands the
// "partnership" value to partnership.Decode and each element of
// "evaluations" to evaluation.Decode, and decodes the other members,
// copied into an object of their own, strictly. Every piece is then
// validated by a strict decoder and the splitter checks what lies between
// them, so the whole input is valid JSON and the result is what the
// reference path gives. ok is false, with nothing reported, when the input
// is shaped otherwise (escaped keys, a repeated or differently cased
// "partnership" or "evaluations", too many evaluations) or when anything is
// wrong: DecodeDossier then decodes it the reference way, which finds and
// orders the errors.
func decodeFast(data []byte) (*Dossier, bool) {
	var members [16]member
	ms, ok := splitObject(data, members[:0])
	if !ok {
		return nil, false
	}
	var pRaw, eRaw []byte
	for _, m := range ms {
		switch string(m.key) {
		case "partnership":
			if pRaw != nil {
				return nil, false
			}
			pRaw = m.value
		case "evaluations":
			if eRaw != nil {
				return nil, false
			}
			eRaw = m.value
		}
	}
	rest := make([]byte, 0, len(data)-len(pRaw)-len(eRaw))
	rest = append(rest, '{')
	for _, m := range ms {
		if k := string(m.key); k == "partnership" || k == "evaluations" {
			continue
		}
		if len(rest) > 1 {
			rest = append(rest, ',')
		}
		rest = append(rest, '"')
		rest = append(rest, m.key...)
		rest = append(rest, '"', ':')
		rest = append(rest, m.value...)
	}
	rest = append(rest, '}')
	var j dossierJSON
	dec := json.NewDecoder(bytes.NewReader(rest))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if dec.Decode(&j) != nil || j.Partnership != nil || j.Evaluations != nil {
		return nil, false
	}
	var parts decodedParts
	if pRaw != nil && string(pRaw) != "null" {
		p, err := partnership.Decode(pRaw)
		if err != nil {
			return nil, false
		}
		parts.partnership = p
	}
	if eRaw != nil && string(eRaw) != "null" {
		var elems [8][]byte
		es, ok := splitArray(eRaw, elems[:0])
		if !ok || len(es) > MaxEvaluations {
			return nil, false
		}
		for _, raw := range es {
			r, err := evaluation.Decode(raw)
			if err != nil {
				return nil, false
			}
			parts.evaluations = append(parts.evaluations, r)
		}
	}
	d, err := j.dossier(&parts)
	if err != nil {
		return nil, false
	}
	return d, true
}

// decodedParts are the partnership and the evaluations decodeFast decoded
// itself.
type decodedParts struct {
	partnership *partnership.Partnership
	evaluations []evaluation.Report
}

// member is one member of a JSON object as splitObject finds it: its key,
// without quotes, and its value, without surrounding white space.
type member struct{ key, value []byte }

// splitObject appends to dst the members of data, a JSON object with
// nothing but white space around it. ok is false if data is not shaped so
// or a key holds an escape or a control character. Values are delimited,
// not validated: see valueEnd.
func splitObject(data []byte, dst []member) ([]member, bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return dst, false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return dst, skipSpace(data, i+1) == len(data)
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return dst, false
		}
		k := i + 1
		for k < len(data) && data[k] != '"' {
			if data[k] == '\\' || data[k] < 0x20 {
				return dst, false
			}
			k++
		}
		if k >= len(data) {
			return dst, false
		}
		key := data[i+1 : k]
		i = skipSpace(data, k+1)
		if i >= len(data) || data[i] != ':' {
			return dst, false
		}
		i = skipSpace(data, i+1)
		end := valueEnd(data, i)
		if end < 0 {
			return dst, false
		}
		dst = append(dst, member{key: key, value: data[i:end]})
		i = skipSpace(data, end)
		switch {
		case i >= len(data):
			return dst, false
		case data[i] == ',':
			i = skipSpace(data, i+1)
		case data[i] == '}':
			return dst, skipSpace(data, i+1) == len(data)
		default:
			return dst, false
		}
	}
}

// splitArray appends to dst the elements of data, a JSON array with
// nothing but white space around it, delimited as splitObject does.
func splitArray(data []byte, dst [][]byte) ([][]byte, bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		return dst, false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return dst, skipSpace(data, i+1) == len(data)
	}
	for {
		end := valueEnd(data, i)
		if end < 0 {
			return dst, false
		}
		dst = append(dst, data[i:end])
		i = skipSpace(data, end)
		switch {
		case i >= len(data):
			return dst, false
		case data[i] == ',':
			i = skipSpace(data, i+1)
		case data[i] == ']':
			return dst, skipSpace(data, i+1) == len(data)
		default:
			return dst, false
		}
	}
}

// valueEnd returns the index just past the JSON value starting at data[i],
// or -1. It follows strings (and their escapes) and the nesting of objects
// and arrays, nothing more: the value itself is left to a strict decoder,
// which refuses it if it is not valid JSON.
func valueEnd(data []byte, i int) int {
	if i >= len(data) {
		return -1
	}
	switch data[i] {
	case '"':
		return stringEnd(data, i)
	case '{', '[':
		depth := 0
		for i < len(data) {
			switch data[i] {
			case '"':
				i = stringEnd(data, i)
				if i < 0 {
					return -1
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return -1
	case ',', '}', ']', ':':
		return -1
	}
	for i < len(data) {
		switch data[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// stringEnd returns the index just past the JSON string starting at
// data[i] (a quote), or -1.
func stringEnd(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

// plainString returns the text of raw, a JSON string, when it is printable
// ASCII without escapes: what json.Unmarshal would give, without its cost.
// ok is false for anything else.
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

// UnmarshalJSON decodes data as DecodeDossier does and replaces *d; on error
// *d is unchanged.
func (d *Dossier) UnmarshalJSON(data []byte) error {
	v, err := DecodeDossier(data)
	if err != nil {
		return err
	}
	*d = *v
	return nil
}

// MarshalJSON writes d in the format DecodeDossier reads. An invalid
// enumeration value is an error.
func (d *Dossier) MarshalJSON() ([]byte, error) {
	j := dossierJSON{Name: d.Name, Carrier: d.Carrier, Phase: d.Phase.String(), Lifecycle: d.Lifecycle}
	if !d.Phase.IsValid() {
		return nil, fmt.Errorf("societal: marshal dossier: %w", invalidValue("phase", int(d.Phase)))
	}
	for i, e := range d.Dimensions {
		if e != Unstated {
			if j.Dimensions == nil {
				j.Dimensions = map[string]string{}
			}
			j.Dimensions[innovation.Dimension(i+1).String()] = e.String()
		}
	}
	if d.EconomicModel != 0 {
		j.EconomicModel = d.EconomicModel.String()
	}
	if d.OperatorModel != Unstated {
		j.OperatorModel = d.OperatorModel.String()
	}
	if d.Stakeholders != nil {
		j.Stakeholders = make(map[string]string, len(d.Stakeholders))
		for s, in := range d.Stakeholders {
			j.Stakeholders[s.String()] = in.String()
		}
	}
	if d.Partnership != nil {
		raw, err := d.Partnership.MarshalJSON()
		if err != nil {
			return nil, fmt.Errorf("societal: marshal dossier: partnership: %w", err)
		}
		j.Partnership = raw
	}
	for i, r := range d.Evaluations {
		raw, err := json.Marshal(r)
		if err != nil {
			return nil, fmt.Errorf("societal: marshal dossier: evaluations[%d]: %w", i, err)
		}
		j.Evaluations = append(j.Evaluations, raw)
	}
	if d.Budget != nil {
		j.Budget = &budgetJSON{
			Total:            amountJSON(d.Budget.Total),
			Evaluation:       amountJSON(d.Budget.Evaluation),
			CapacityBuilding: amountJSON(d.Budget.CapacityBuilding),
		}
	}
	return json.Marshal(j)
}

// dossier converts j, with every problem found. The partnership and the
// evaluations are decoded from j unless parts holds them already decoded.
func (j *dossierJSON) dossier(parts *decodedParts) (*Dossier, error) {
	d := &Dossier{Name: j.Name, Carrier: j.Carrier, Lifecycle: j.Lifecycle}
	var errs []error
	add := func(path, reason string, err error) {
		errs = append(errs, &FieldError{Path: path, Reason: reason, Err: err})
	}
	if p, err := innovation.ParsePhase(j.Phase); err != nil {
		add("phase", "not a phase", err)
	} else {
		d.Phase = p
	}
	var seenDim [innovation.NumDimensions]bool
	for _, k := range sortedKeys(j.Dimensions) {
		dim, err := innovation.ParseDimension(k)
		if err != nil {
			add("dimensions."+k, "not a dimension", err)
			continue
		}
		if seenDim[dim-1] {
			add("dimensions."+k, "dimension "+strconv.Quote(dim.String())+" given twice", nil)
			continue
		}
		seenDim[dim-1] = true
		e, err := ParseEvidence(j.Dimensions[k])
		if err != nil {
			add("dimensions."+k, "not an evidence", err)
			continue
		}
		d.Dimensions[dim-1] = e
	}
	if j.EconomicModel != "" {
		m, err := innovation.ParseEconomicModel(j.EconomicModel)
		if err != nil {
			add("economic_model", "not an economic model", err)
		}
		d.EconomicModel = m
	}
	if e, err := ParseEvidence(j.OperatorModel); err != nil {
		add("operator_model", "not an evidence", err)
	} else {
		d.OperatorModel = e
	}
	if j.Stakeholders != nil {
		d.Stakeholders = make(map[innovation.Stakeholder]innovation.Intensity, len(j.Stakeholders))
		var seen [innovation.NumStakeholders]bool
		for _, k := range sortedKeys(j.Stakeholders) {
			st, err := innovation.ParseStakeholder(k)
			if err != nil {
				add("stakeholders."+k, "not a stakeholder", err)
				continue
			}
			if seen[st-1] {
				add("stakeholders."+k, "stakeholder "+strconv.Quote(st.String())+" given twice", nil)
				continue
			}
			seen[st-1] = true
			in, err := innovation.ParseIntensity(j.Stakeholders[k])
			if err != nil {
				add("stakeholders."+k, "not an intensity", err)
				continue
			}
			d.Stakeholders[st] = in
		}
	}
	if parts != nil {
		d.Partnership, d.Evaluations = parts.partnership, parts.evaluations
	} else if len(j.Partnership) > 0 && !bytes.Equal(j.Partnership, []byte("null")) {
		p, err := partnership.Decode(j.Partnership)
		if err != nil {
			errs = append(errs, prefixed("partnership.", err)...)
		} else {
			d.Partnership = p
		}
	}
	if parts != nil {
		// Decoded by decodeFast.
	} else if len(j.Evaluations) > MaxEvaluations {
		errs = append(errs, &FieldError{Path: "evaluations", Reason: fmt.Sprintf("%d reports, over the limit of %d", len(j.Evaluations), MaxEvaluations), limit: true})
	} else {
		for i, raw := range j.Evaluations {
			r, err := evaluation.Decode(raw)
			if err != nil {
				errs = append(errs, prefixed("evaluations["+strconv.Itoa(i)+"].", err)...)
				continue
			}
			d.Evaluations = append(d.Evaluations, r)
		}
	}
	if j.Budget != nil {
		b, bErrs := j.Budget.budget()
		errs = append(errs, bErrs...)
		if len(bErrs) == 0 {
			d.Budget = &b
		}
	}
	if err := d.validate(); err != nil {
		for _, e := range unjoin(err) {
			// A phase that did not parse was reported above.
			if fe, ok := e.(*FieldError); ok && fe.Path == "phase" && d.Phase == 0 {
				continue
			}
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return d, nil
}

// sortedKeys returns the keys of m in order, so that errors come in a
// stable order; one allocation.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (b *budgetJSON) budget() (evaluation.Budget, []error) {
	var out evaluation.Budget
	var errs []error
	for _, f := range []struct {
		path string
		in   json.RawMessage
		dst  *decimal.Decimal
	}{
		{"budget.total", b.Total, &out.Total},
		{"budget.evaluation", b.Evaluation, &out.Evaluation},
		{"budget.capacity_building", b.CapacityBuilding, &out.CapacityBuilding},
	} {
		v, err := parseAmount(f.in)
		if err != nil {
			err.Path = f.path
			errs = append(errs, err)
			continue
		}
		*f.dst = v
	}
	if len(errs) == 0 {
		if err := out.Validate(); err != nil {
			errs = append(errs, prefixed("", err)...)
		}
	}
	return out, errs
}

// amountJSON writes an amount as a JSON string, exactly.
func amountJSON(d decimal.Decimal) json.RawMessage {
	return json.RawMessage(strconv.Quote(d.String()))
}

// parseAmount reads an amount written as a JSON number or string, bounded
// before it is parsed: at most MaxAmountText characters, at most
// evaluation.MaxDigits digits and evaluation.MaxScale places, an exponent
// within the same bounds. The returned error's Path is left to the caller.
func parseAmount(raw json.RawMessage) (decimal.Decimal, *FieldError) {
	text := string(raw)
	if t, ok := plainString(raw); ok {
		text = t
	} else if len(raw) > 0 && raw[0] == '"' {
		if err := json.Unmarshal(raw, &text); err != nil {
			return decimal.Decimal{}, &FieldError{Reason: "not a string", Err: err}
		}
	}
	switch {
	case len(raw) == 0 || text == "null" || text == "":
		return decimal.Decimal{}, &FieldError{Reason: "missing"}
	case len(text) > MaxAmountText:
		return decimal.Decimal{}, &FieldError{Reason: fmt.Sprintf("longer than %d characters", MaxAmountText), limit: true}
	}
	v, err := decimal.NewFromString(text)
	if err != nil {
		return decimal.Decimal{}, &FieldError{Reason: fmt.Sprintf("not a decimal %q", text)}
	}
	if v.NumDigits() > evaluation.MaxDigits || v.Exponent() < -evaluation.MaxScale || v.Exponent() > evaluation.MaxDigits {
		return decimal.Decimal{}, &FieldError{Reason: fmt.Sprintf("%q is out of bounds (at most %d digits and %d decimal places)", text, evaluation.MaxDigits, evaluation.MaxScale), limit: true}
	}
	return v, nil
}

// Validate reports every problem of d at once (errors.Join of *FieldError):
// the checks DecodeDossier makes on a decoded dossier, for one built in Go.
func (d *Dossier) Validate() error {
	if d == nil {
		return &FieldError{Reason: "nil dossier"}
	}
	var errs []error
	if err := d.validate(); err != nil {
		errs = append(errs, err)
	}
	for i, r := range d.Evaluations {
		if r == nil {
			errs = append(errs, &FieldError{Path: "evaluations[" + strconv.Itoa(i) + "]", Reason: "nil report"})
			continue
		}
		if err := r.Validate(); err != nil {
			errs = append(errs, prefixed("evaluations["+strconv.Itoa(i)+"].", err)...)
		}
	}
	if d.Budget != nil {
		if err := d.Budget.Validate(); err != nil {
			errs = append(errs, prefixed("", err)...)
		}
	}
	return errors.Join(errs...)
}

// validate checks what the JSON decoder does not: texts, enumerations set in
// Go, the lifecycle's consistency with the phase.
func (d *Dossier) validate() error {
	var errs []error
	add := func(path, reason string, err error) {
		errs = append(errs, &FieldError{Path: path, Reason: reason, Err: err})
	}
	checkText := func(path, s string, required bool) {
		switch {
		case required && s == "":
			add(path, "missing", nil)
		case len(s) > MaxText:
			errs = append(errs, &FieldError{Path: path, Reason: fmt.Sprintf("longer than %d bytes", MaxText), limit: true})
		case !utf8.ValidString(s):
			add(path, "not valid UTF-8", nil)
		case bytes.IndexByte([]byte(s), 0) >= 0:
			add(path, "holds a NUL byte", nil)
		}
	}
	checkText("name", d.Name, true)
	checkText("carrier", d.Carrier, false)
	if !d.Phase.IsValid() {
		add("phase", fmt.Sprintf("invalid phase %d", d.Phase), nil)
	}
	for i, e := range d.Dimensions {
		if !e.IsValid() {
			add("dimensions."+innovation.Dimension(i+1).String(), fmt.Sprintf("invalid evidence %d", e), nil)
		}
	}
	if d.EconomicModel != 0 && !d.EconomicModel.IsValid() {
		add("economic_model", fmt.Sprintf("invalid economic model %d", d.EconomicModel), nil)
	}
	if !d.OperatorModel.IsValid() {
		add("operator_model", fmt.Sprintf("invalid evidence %d", d.OperatorModel), nil)
	}
	for s, in := range d.Stakeholders {
		if !s.IsValid() || !in.IsValid() {
			add("stakeholders", fmt.Sprintf("invalid entry %d: %d", s, in), nil)
		}
	}
	if len(d.Evaluations) > MaxEvaluations {
		errs = append(errs, &FieldError{Path: "evaluations", Reason: fmt.Sprintf("%d reports, over the limit of %d", len(d.Evaluations), MaxEvaluations), limit: true})
	}
	if d.Lifecycle != nil {
		if err := d.Lifecycle.Validate(); err != nil {
			add("lifecycle", "inconsistent history", err)
		} else if d.Phase.IsValid() && d.Lifecycle.Status.Phase != d.Phase {
			add("lifecycle.status.phase", fmt.Sprintf("is %q, but the dossier's phase is %q", d.Lifecycle.Status.Phase, d.Phase), nil)
		}
	}
	return errors.Join(errs...)
}

// prefixed turns the errors joined in err into *FieldError, with prefix put
// before the path each package's own field error gives.
func prefixed(prefix string, err error) []error {
	var out []error
	for _, e := range unjoin(err) {
		var pe *partnership.FieldError
		var ee *evaluation.FieldError
		var fe *FieldError
		switch {
		case errors.As(e, &pe):
			out = append(out, &FieldError{Path: prefix + pe.Path, Reason: "invalid", Err: e, limit: errors.Is(e, partnership.ErrLimit)})
		case errors.As(e, &ee):
			out = append(out, &FieldError{Path: prefix + ee.Field, Reason: "invalid", Err: e, limit: errors.Is(e, evaluation.ErrTooLarge)})
		case errors.As(e, &fe):
			out = append(out, fe)
		default:
			out = append(out, &FieldError{Path: trimDot(prefix), Reason: "invalid", Err: e})
		}
	}
	return out
}

func trimDot(s string) string {
	if n := len(s); n > 0 && s[n-1] == '.' {
		return s[:n-1]
	}
	return s
}

// unjoin returns the errors joined in err, or err alone.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			if _, nested := e.(interface{ Unwrap() []error }); nested && !isFieldError(e) {
				out = append(out, unjoin(e)...)
				continue
			}
			out = append(out, e)
		}
		return out
	}
	return []error{err}
}

func isFieldError(e error) bool {
	switch e.(type) {
	case *FieldError, *partnership.FieldError, *evaluation.FieldError, *innovation.SnapshotError:
		return true
	}
	return false
}
