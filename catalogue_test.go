package societal_test

// The bad-input catalogue: one table of hostile and broken inputs through
// every public decoder and constructor of the library. Each must come back
// with an error that wraps the expected sentinel and names where the problem
// is — never a panic, never a silent acceptance — and quickly:
// BenchmarkHostile runs the worst entries to show time and memory stay
// bounded.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/partnership"
)

type hostileCase struct {
	name string
	run  func() error
	want error  // sentinel the error must wrap
	says string // what the message must name (a field, a value)
}

func hostileDossier(s string) func() error {
	b := []byte(s) // converted once: the benchmark measures the decoder, not the copy
	return func() error { _, err := societal.DecodeDossier(b); return err }
}

func hostilePartnership(s string) func() error {
	b := []byte(s) // converted once: the benchmark measures the decoder, not the copy
	return func() error { _, err := partnership.Decode(b); return err }
}

func hostileEvaluation(s string) func() error {
	b := []byte(s) // converted once: the benchmark measures the decoder, not the copy
	return func() error { _, err := evaluation.Decode(b); return err }
}

func hostileSnapshot(s string) func() error {
	b := []byte(s) // converted once: the benchmark measures the decoder, not the copy
	return func() error { _, err := innovation.RestoreJSON(b); return err }
}

// hostilePartners is a valid partner list to put a bad contribution after.
const hostilePartners = `"partners":[{"id":"a","kind":"association"},{"id":"b","kind":"entreprise"}]`

func hostileCases() []hostileCase {
	dec := decimal.RequireFromString
	tenMiB := `{"name":"` + strings.Repeat("x", 10<<20) + `","phase":"conception"}`
	hugeKey := strings.Repeat("k", 900_000)
	nested := strings.Repeat(`{"a":`, 100000) + "1" + strings.Repeat("}", 100000)
	digits := strings.Repeat("9", 10000)
	return []hostileCase{
		// Phases and transitions.
		{"unknown phase", func() error { _, err := innovation.ParsePhase("ideation"); return err }, innovation.ErrUnknown, `"ideation"`},
		{"phase with NUL", func() error { _, err := innovation.ParsePhase("concep\x00tion"); return err }, innovation.ErrUnknown, "phase"},
		{"phase invalid UTF-8", func() error { _, err := innovation.ParsePhase("mod\xe9lisation"); return err }, innovation.ErrUnknown, "phase"},
		{"skipped phase", func() error {
			_, err := innovation.Next(innovation.Status{Phase: innovation.Conception}, innovation.Advance, innovation.Modelisation)
			return err
		}, innovation.ErrTransition, "one phase at a time"},
		{"transition after abandon", func() error {
			l, _ := innovation.New(innovation.Essaimage)
			_ = l.Abandon(context.Background(), innovation.Note{Reason: "stop"})
			return l.Advance(context.Background(), innovation.Note{})
		}, innovation.ErrTransition, "abandoned"},
		{"history out of order", hostileSnapshot(`{"start":"conception","status":{"phase":"modelisation"},"history":[
			{"from":"conception","to":"experimentation","kind":"advance","at":"2020-01-01T00:00:00Z"},
			{"from":"experimentation","to":"modelisation","kind":"advance","at":"2019-01-01T00:00:00Z"}]}`), innovation.ErrSnapshot, "history[1].at"},
		{"snapshot skipped phase", hostileSnapshot(`{"start":"conception","status":{"phase":"essaimage"},"history":[
			{"from":"conception","to":"essaimage","kind":"advance","at":"2020-01-01T00:00:00Z"}]}`), innovation.ErrSnapshot, "history[0]"},
		{"snapshot 10 MiB", hostileSnapshot(tenMiB), innovation.ErrSnapshot, "over the limit"},
		{"snapshot deeply nested", hostileSnapshot(nested), innovation.ErrSnapshot, "nesting deeper than"},
		{"matrix missing cell", func() error { _, err := innovation.NewNeedsMatrix(nil); return err }, innovation.ErrMatrix, "missing"},

		// Partnerships.
		{"duplicate partners", hostilePartnership(`{"partners":[{"id":"a","kind":"association"},{"id":"a","kind":"entreprise"}]}`), partnership.ErrDuplicate, "partners[1].id"},
		{"unknown partner", hostilePartnership(`{` + hostilePartners + `,"contributions":[{"partner":"z","lever":"conseil","kind":"competences"}]}`), partnership.ErrUnknownPartner, "contributions[0].partner"},
		{"negative money", hostilePartnership(`{` + hostilePartners + `,"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":"-1","currency":"EUR"}}]}`), partnership.ErrNegative, "contributions[0].amount"},
		{"mixed currencies", hostilePartnership(`{` + hostilePartners + `,"contributions":[
			{"partner":"a","lever":"financement","kind":"financier","amount":{"value":"1","currency":"EUR"}},
			{"partner":"b","lever":"financement","kind":"financier","amount":{"value":"1","currency":"USD"}}]}`), partnership.ErrCurrency, "contributions[1]"},
		{"power shares not summing to 1", hostilePartnership(`{"partners":[{"id":"a","kind":"association","power":"0.5"},{"id":"b","kind":"entreprise","power":"0.4"}]}`), partnership.ErrShares, "power"},
		{"unknown actor kind", hostilePartnership(`{"partners":[{"id":"a","kind":"multinationale"}]}`), partnership.ErrUnknown, "partners[0].kind"},
		{"amount 1e999999999", hostilePartnership(`{` + hostilePartners + `,"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":1e999999999,"currency":"EUR"}}]}`), partnership.ErrLimit, "contributions[0].amount"},
		{"amount of 10,000 digits", hostilePartnership(`{` + hostilePartners + `,"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":"` + digits + `","currency":"EUR"}}]}`), partnership.ErrLimit, "contributions[0].amount"},
		{"partnership 10 MiB", hostilePartnership(tenMiB), partnership.ErrLimit, ""},

		// Evaluations.
		// Weights are judged over the items that count, so a zero sum is
		// refused when the report is scored.
		{"weights summing to zero", func() error {
			r, err := evaluation.Decode([]byte(`{"form":"pertinence","degree":"se-conter","needs":[{"name":"n","weight":0,"outcome":"met"}],"impacts":[]}`))
			if err != nil {
				return err
			}
			_, err = r.Score()
			return err
		}, evaluation.ErrInvalid, "needs[*].weight"},
		{"target equals baseline", hostileEvaluation(`{"form":"performance","degree":"compter","indicators":[{"name":"x","lever":"social","direction":"higher-is-better","baseline":5,"target":5,"actual":5,"weight":1}]}`), evaluation.ErrInvalid, "indicators[0].target"},
		{"unknown form", hostileEvaluation(`{"form":"impact","degree":"compter"}`), evaluation.ErrUnknown, "form"},
		{"unknown degree", hostileEvaluation(`{"form":"performance","degree":"mesurer","indicators":[]}`), evaluation.ErrUnknown, "degree"},
		{"evaluation 1e999999999", hostileEvaluation(`{"form":"performance","degree":"compter","indicators":[{"name":"x","lever":"social","direction":"higher-is-better","baseline":0,"target":1e999999999,"weight":1}]}`), evaluation.ErrLimit, "indicators[0].target"},
		{"evaluation 10 MiB", hostileEvaluation(tenMiB), evaluation.ErrLimit, ""},
		{"ratio over 100%", func() error {
			b := evaluation.Budget{Total: dec("100"), Evaluation: dec("150"), CapacityBuilding: dec("0")}
			return b.Validate()
		}, evaluation.ErrInvalid, "budget.evaluation"},

		// Dossiers.
		{"dossier 10 MiB", hostileDossier(tenMiB), societal.ErrLimit, "over the limit"},
		{"dossier deeply nested", hostileDossier(nested), societal.ErrDossier, "nesting deeper than"},
		{"dossier invalid UTF-8", hostileDossier("{\"name\":\"\xff\",\"phase\":\"conception\"}"), societal.ErrDossier, "UTF-8"},
		{"dossier NUL in name", hostileDossier(`{"name":"a\u0000b","phase":"conception"}`), societal.ErrDossier, "name"},
		// A bidirectional control makes a name read in another order than
		// it is stored (CVE-2021-42574): refused in names as control
		// characters are, decoded or built in Go.
		{"dossier RLO in name", hostileDossier(`{"name":"abc\u202edcba","phase":"conception"}`), societal.ErrInvalid, "name"},
		{"dossier isolate in carrier", hostileDossier(`{"name":"A","carrier":"x\u2066y\u2069","phase":"conception"}`), societal.ErrInvalid, "carrier"},
		{"dossier embedding in an id", hostileDossier(`{"id":"\u202a1","name":"A","phase":"conception"}`), societal.ErrInvalid, "id"},
		{"dossier override in a partner", hostileDossier(`{"name":"A","phase":"conception","partnership":{"partners":[{"id":"a\u202d","kind":"association"}]}}`),
			partnership.ErrInvalid, "partnership.partners[0].id"},
		{"dossier isolate in an indicator", hostileDossier(`{"name":"A","phase":"conception","evaluations":[{"form":"performance","degree":"compter","indicators":[` +
			`{"name":"\u2068i","lever":"social","direction":"higher-is-better","baseline":0,"target":1,"weight":1}]}]}`), evaluation.ErrInvalid, "evaluations[0].indicators[0].name"},
		{"dossier RLO in a population", hostileDossier(`{"name":"A","phase":"conception","evaluations":[{"form":"pertinence","degree":"se-conter","needs":[` +
			`{"name":"n","weight":1,"outcome":"met","populations":["\u202ejeunes"]}]}]}`), evaluation.ErrInvalid, "evaluations[0].needs[0].populations[0]"},
		{"Go-built dossier RLO in name", func() error {
			return societal.Dossier{Name: "abc\u202edcba", Phase: innovation.Conception}.Validate()
		}, societal.ErrDossier, "name"},
		{"Go-built partnership RLO in a partner's name", func() error {
			_, err := partnership.New(partnership.Spec{Partners: []partnership.Partner{{Actor: partnership.Actor{ID: "a", Name: "\u202eevil", Kind: partnership.Association}}}})
			return err
		}, partnership.ErrInvalid, "partners[0].name"},
		{"dossier unknown phase", hostileDossier(`{"name":"x","phase":"ideation"}`), innovation.ErrUnknown, "phase"},
		{"dossier ratio over 100%", hostileDossier(`{"name":"x","phase":"essaimage","budget":{"total":"100","evaluation":"101","capacity_building":"0"}}`), societal.ErrDossier, "budget.evaluation"},
		{"dossier budget 10,000 digits", hostileDossier(`{"name":"x","phase":"essaimage","budget":{"total":"` + digits + `","evaluation":"1","capacity_building":"0"}}`), societal.ErrLimit, "budget.total"},
		{"dossier negative money", hostileDossier(`{"name":"x","phase":"essaimage","partnership":{` + hostilePartners + `,"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":"-5","currency":"EUR"}}]}}`), partnership.ErrNegative, "partnership.contributions[0].amount"},
		{"dossier unknown degree", hostileDossier(`{"name":"x","phase":"essaimage","evaluations":[{"form":"performance","degree":"mesurer","indicators":[]}]}`), evaluation.ErrUnknown, "evaluations[0].degree"},
		{"dossier history out of order", hostileDossier(`{"name":"x","phase":"modelisation","history":[
			{"from":"conception","to":"experimentation","kind":"advance","at":"2020-01-01T00:00:00Z"},
			{"from":"experimentation","to":"modelisation","kind":"advance","at":"2019-01-01T00:00:00Z"}]}`), innovation.ErrSnapshot, "history[1].at"},
		{"dossier unknown field", hostileDossier(`{"name":"x","phase":"conception","readiness":"yes"}`), societal.ErrDossier, "readiness"},
		// Two readers of one dossier must see one project (RFC 7493): a key
		// given twice is refused, in every object, whatever its spelling.
		{"dossier duplicate phase", hostileDossier(`{"name":"A","phase":"conception","phase":"essaimage"}`), societal.ErrDossier, "phase: key given twice"},
		{"dossier duplicate name", hostileDossier(`{"name":"A","name":"B","phase":"conception"}`), societal.ErrDossier, "name: key given twice"},
		{"dossier duplicate escaped key", hostileDossier(`{"name":"A","na\u006de":"B","phase":"conception"}`), societal.ErrDossier, "name: key given twice"},
		{"dossier 60,000 repeated stakeholders", hostileDossier(`{"name":"A","phase":"conception","stakeholders":{` +
			strings.TrimSuffix(strings.Repeat(`"financeurs":"+",`, 60_000), ",") + `}}`), societal.ErrDossier, "stakeholders.financeurs"},
		{"dossier duplicate in the partnership", hostileDossier(`{"name":"A","phase":"conception","partnership":{"partners":[{"id":"a","id":"b","kind":"fondation"}]}}`),
			partnership.ErrInvalid, "partnership.partners[0].id"},
		{"dossier duplicate in an evaluation", hostileDossier(`{"name":"A","phase":"conception","evaluations":[{"form":"pertinence","form":"performance","degree":"se-conter"}]}`),
			evaluation.ErrInvalid, "evaluations[0].form"},
		{"partnership duplicate key", hostilePartnership(`{"name":"A","name":"B","partners":[]}`), partnership.ErrInvalid, "name"},
		{"evaluation duplicate key", hostileEvaluation(`{"form":"pertinence","degree":"se-conter","degree":"compter"}`), evaluation.ErrInvalid, "degree"},
		// An input echoed back is cut: a 900 KB unknown key gives a short message.
		{"dossier 900 KB unknown key", hostileDossier(`{"name":"A","phase":"conception","` + hugeKey + `":1}`), societal.ErrUnknown, "unknown key"},
		{"dossier 900 KB name", hostileDossier(`{"name":"` + hugeKey + `","phase":"conception"}`), societal.ErrLimit, "name"},
		{"partnership 900 KB unknown key", hostilePartnership(`{"` + hugeKey + `":1}`), partnership.ErrUnknown, "unknown key"},
		{"evaluation 900 KB unknown key", hostileEvaluation(`{"form":"pertinence","` + hugeKey + `":1}`), evaluation.ErrUnknown, "unknown key"},
		// Errors a person can act on (a misspelling, a syntax error, a missing
		// value, an amount written as people write it): each says where and
		// what was expected.
		{"dossier misspelt key", hostileDossier(`{"name":"A","phase":"conception","stakeholder":{}}`), societal.ErrUnknown, `did you mean "stakeholders"?`},
		{"dossier misspelt phase", hostileDossier(`{"name":"A","phase":"essaimge"}`), innovation.ErrUnknown, `did you mean "essaimage"?`},
		{"dossier syntax error", hostileDossier("{\n  \"name\": \"A\"\n  \"phase\": \"conception\"\n}"), societal.ErrDossier, "line 3, column 3"},
		{"dossier missing phase", hostileDossier(`{"name":"A"}`), societal.ErrDossier, "phase: missing"},
		{"dossier amount with %", hostileDossier(`{"name":"A","phase":"conception","budget":{"total":"100","evaluation":"12%","capacity_building":"0"}}`), societal.ErrInvalid, "no % sign"},
		{"dossier amount with a decimal comma", hostileDossier(`{"name":"A","phase":"conception","budget":{"total":"150 000,00","evaluation":"0","capacity_building":"0"}}`), societal.ErrInvalid, "no comma"},
		{"dossier amount with a currency", hostileDossier(`{"name":"A","phase":"conception","budget":{"total":"150000 €","evaluation":"0","capacity_building":"0"}}`), societal.ErrInvalid, "no currency"},
		{"dossier wrong type", hostileDossier(`{"name":"A","phase":"conception","partnership":{"terms":{"commitment_months":"36"}}}`), partnership.ErrSyntax, "terms.commitment_months"},
		{"rubric weights summing to zero", func() error {
			r := societal.DefaultRubric()
			for id := range r.Weight {
				r.Weight[id] = dec("0")
			}
			_, err := societal.NewAssessor(r)
			return err
		}, societal.ErrInvalid, "weights"},
	}
}

func TestHostileInputs(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic: %v", r)
					}
				}()
				err = c.run()
			}()
			if err == nil {
				t.Fatal("accepted")
			}
			if !errors.Is(err, c.want) {
				t.Errorf("error %q does not wrap %q", err, c.want)
			}
			if c.says != "" && !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %q does not name %q", err, c.says)
			}
			for _, fe := range fieldErrors(err) {
				if n := len(fe.Error()); n > 1024 {
					t.Errorf("a message of %d bytes: hostile input echoed back: %.200q…", n, fe.Error())
				}
			}
			if n := len(err.Error()); n > 8192 {
				t.Errorf("error of %d bytes: hostile input echoed back", n)
			}
		})
	}
}

// BenchmarkHostile runs the worst entries: the biggest and deepest inputs
// and the absurd decimals. Each is refused in bounded time and memory (see
// B/op: the 10 MiB inputs are refused before they are decoded).
//
// Then each shape of hostileShapes (1 MiB of distinct unknown names in one
// map or list) beside validBig, the valid 1 MiB dossier, decoded in turn in
// the same loop: ns/op, B/op and allocs/op are the hostile input's, and
// x-time, x-bytes and x-allocs its cost over the valid dossier's (goal:
// at most 5 each).
//
//	go test -run '^$' -bench 'Hostile/1MiB' -benchtime 20x .
func BenchmarkHostile(b *testing.B) {
	for _, c := range hostileCases() {
		switch {
		case strings.Contains(c.name, "10 MiB"), strings.Contains(c.name, "nested"), strings.Contains(c.name, "900 KB"), strings.Contains(c.name, "60,000"),
			strings.Contains(c.name, "1e999999999"), strings.Contains(c.name, "10,000 digits"):
		default:
			continue
		}
		b.Run(strings.ReplaceAll(c.name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if c.run() == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
	valid := decodetest.ValidBig()
	for _, s := range decodetest.Hostile() {
		b.Run("1MiB_"+s.Name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(s.Data)))
			var vt, ht time.Duration
			var vb, hb, va, ha uint64
			for range b.N {
				b.StopTimer()
				t, bytes, allocs := decodeCost(b, valid, true)
				vt, vb, va = vt+t, vb+bytes, va+allocs
				b.StartTimer()
				t, bytes, allocs = decodeCost(b, s.Data, false)
				ht, hb, ha = ht+t, hb+bytes, ha+allocs
			}
			b.ReportMetric(float64(ht)/float64(vt), "x-time")
			b.ReportMetric(float64(hb)/float64(vb), "x-bytes")
			b.ReportMetric(float64(ha)/float64(va), "x-allocs")
		})
	}
}

// Output of encoding/json the old Dossier.MarshalJSON (a pointer receiver)
// got wrong: a Dossier marshalled by value, and held by value in a
// caller's struct, is written in the format DecodeDossier reads, and reads
// back to the same bytes.
func TestCatalogueMarshalByValue(t *testing.T) {
	d := decodeExample(t)
	d.History = history(t, innovation.Modelisation, false)
	want, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	byValue, err := json.Marshal(*d)
	if err != nil {
		t.Fatalf("json.Marshal of a Dossier value: %v", err)
	}
	type fund struct {
		Dossiers []societal.Dossier `json:"dossiers"`
		Lead     societal.Dossier   `json:"lead"`
	}
	held, err := json.Marshal(fund{Dossiers: []societal.Dossier{*d}, Lead: *d})
	if err != nil {
		t.Fatalf("json.Marshal of a caller's struct: %v", err)
	}
	var f struct {
		Dossiers []json.RawMessage `json:"dossiers"`
		Lead     json.RawMessage   `json:"lead"`
	}
	if err := json.Unmarshal(held, &f); err != nil || len(f.Dossiers) != 1 {
		t.Fatalf("%v\n%s", err, held)
	}
	for name, b := range map[string][]byte{"by value": byValue, "in a slice": f.Dossiers[0], "in a field": f.Lead} {
		back, err := societal.DecodeDossier(b)
		if err != nil {
			t.Errorf("%s: DecodeDossier refuses what json.Marshal wrote: %v\n%s", name, err, b)
			continue
		}
		again, err := back.MarshalJSON()
		if err != nil || !bytes.Equal(again, want) {
			t.Errorf("%s: the round trip changed the dossier: %v\n%s\n%s", name, err, again, want)
		}
	}
}
