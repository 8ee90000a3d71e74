package societal_test

// The bad-input catalogue: hostile and broken inputs through the
// constructors of the library (those of its decoders are the cases of
// testdata/decode, each with the problems it is refused with). Each must
// come back with an error that wraps the expected sentinel and names where
// the problem is — never a panic, never a silent acceptance — and quickly:
// BenchmarkHostile runs the worst inputs of the decoders to show time and
// memory stay bounded.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
	"github.com/shopspring/decimal"
)

type hostileCase struct {
	name string
	run  func() error
	want error  // sentinel the error must wrap
	at   string // a path one of its problems stands at (or below), if not ""
}

// hostileCases are the inputs built in Go: the decoders' inputs, with the
// problems each is refused with, are the cases of testdata/decode (see
// TestDecodeCases and the decoder tests of each package).
func hostileCases() []hostileCase {
	dec := decimal.RequireFromString
	return []hostileCase{
		// Phases and transitions.
		{"unknown phase", func() error { _, err := innovation.ParsePhase("ideation"); return err }, innovation.ErrUnknown, ""},
		{"phase with NUL", func() error { _, err := innovation.ParsePhase("concep\x00tion"); return err }, innovation.ErrUnknown, ""},
		{"phase invalid UTF-8", func() error { _, err := innovation.ParsePhase("mod\xe9lisation"); return err }, innovation.ErrUnknown, ""},
		{"skipped phase", func() error {
			_, err := innovation.Next(innovation.Status{Phase: innovation.Conception}, innovation.Advance, innovation.Modelisation)
			return err
		}, innovation.ErrTransition, ""},
		{"transition after abandon", func() error {
			l, _ := innovation.New(innovation.Essaimage)
			_ = l.Abandon(context.Background(), innovation.Note{Reason: "stop"})
			return l.Advance(context.Background(), innovation.Note{})
		}, innovation.ErrTransition, ""},
		{"matrix missing cell", func() error { _, err := innovation.NewNeedsMatrix(nil); return err }, innovation.ErrMatrix, "cells"},

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
		{"ratio over 100%", func() error {
			b := evaluation.Budget{Total: dec("100"), Evaluation: dec("150"), CapacityBuilding: dec("0")}
			return b.Validate()
		}, evaluation.ErrInvalid, "budget.evaluation"},

		// Dossiers and partnerships built in Go are judged as decoded ones
		// are: a bidirectional control makes a name read in another order
		// than it is stored (CVE-2021-42574).
		{"Go-built dossier RLO in name", func() error {
			return societal.Dossier{Name: "abc\u202edcba", Phase: innovation.Conception}.Validate()
		}, societal.ErrDossier, "name"},
		{"Go-built partnership RLO in a partner's name", func() error {
			_, err := partnership.New(partnership.Spec{Partners: []partnership.Partner{{Actor: partnership.Actor{ID: "a", Name: "\u202eevil", Kind: partnership.Association}}}})
			return err
		}, partnership.ErrInvalid, "partners[0].name"},
		{"rubric weights summing to zero", func() error {
			r := societal.DefaultRubric()
			for id := range r.Weight {
				r.Weight[id] = dec("0")
			}
			_, err := societal.NewAssessor(r)
			return err
		}, societal.ErrInvalid, ""},
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
			if c.at != "" && !slices.ContainsFunc(paths(err), func(p string) bool { return p == c.at || strings.HasPrefix(p, c.at+".") }) {
				t.Errorf("no problem at %s: %v", c.at, err)
			}
			for _, e := range problem.List(err) {
				if n := len(e.Error()); n > 1024 {
					t.Errorf("a message of %d bytes: hostile input echoed back: %.200q…", n, e.Error())
				}
			}
			if n := len(err.Error()); n > 8192 {
				t.Errorf("error of %d bytes: hostile input echoed back", n)
			}
		})
	}
}

// decoders decode the inputs of each file of testdata/decode.
var decoders = map[string]func([]byte) error{
	"dossier.txtar":     func(b []byte) error { _, err := societal.DecodeDossier(b); return err },
	"rubric.txtar":      func(b []byte) error { _, err := societal.DecodeRubric(b); return err },
	"partnership.txtar": func(b []byte) error { _, err := partnership.Decode(b); return err },
	"evaluation.txtar":  func(b []byte) error { _, err := evaluation.Decode(b); return err },
	"snapshot.txtar":    func(b []byte) error { _, err := innovation.RestoreJSON(b); return err },
	"needs.txtar":       func(b []byte) error { var n innovation.NeedsMatrix; return n.UnmarshalJSON(b) },
	"stakeholders.txtar": func(b []byte) error {
		var m innovation.StakeholderMatrix
		return m.UnmarshalJSON(b)
	},
}

// BenchmarkHostile runs the worst inputs of testdata/decode: the biggest
// and deepest, the absurd decimals. Each is refused in bounded time and
// memory (see B/op: the 10 MiB inputs are refused before they are decoded).
//
// Then each shape of decodetest.Hostile (1 MiB of distinct unknown names in
// one map or list) beside decodetest.ValidBig, the valid 1 MiB dossier, decoded in turn in
// the same loop: ns/op, B/op and allocs/op are the hostile input's, and
// x-time, x-bytes and x-allocs its cost over the valid dossier's (goal:
// at most 5 each).
//
//	go test -run '^$' -bench 'Hostile/1MiB' -benchtime 20x .
func BenchmarkHostile(b *testing.B) {
	for _, file := range slices.Sorted(maps.Keys(decoders)) {
		cases, err := decodetest.Load("testdata/decode/" + file)
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range cases {
			switch {
			case len(c.Want) == 0: // a valid input ("1.5e3" is a decimal)
				continue
			case strings.Contains(c.Name, "10 MiB"), strings.Contains(c.Name, "nested"), strings.Contains(c.Name, "900 KB"), strings.Contains(c.Name, "60,000"),
				strings.Contains(c.Name, "exponent"), strings.Contains(c.Name, "10,000"):
			default:
				continue
			}
			decode := decoders[file]
			b.Run(strings.ReplaceAll(strings.TrimSuffix(file, ".txtar")+" "+c.Name, " ", "_"), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if decode(c.Input) == nil {
						b.Fatal("accepted")
					}
				}
			})
		}
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
	d := dossiertest.Example(t)
	d.History = dossiertest.History(t, innovation.Modelisation, false)
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
