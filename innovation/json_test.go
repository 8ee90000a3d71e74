package innovation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/seed424036fd/societal/innovation"
)

// Two valid snapshots.
const (
	emptySnapshot = `{"start":"conception","status":{"phase":"conception"},"history":[]}`
	oneAdvance    = `{"start":"conception","status":{"phase":"experimentation"},"history":[{"from":"conception","to":"experimentation","kind":"advance","at":"2020-01-01T00:00:00Z"}]}`
)

// TestRestoreJSONMessages: every problem of an input is reported once, at
// its path, in words a person reads (no Go type names), with what was
// expected; the whole message stays short whatever the input.
func TestRestoreJSONMessages(t *testing.T) {
	entry := func(fields string) string {
		return `{"start":"conception","status":{"phase":"experimentation"},"history":[{` + fields + `}]}`
	}
	const (
		at      = `"at":"2020-01-01T00:00:00Z"`
		advance = `{"from":"conception","to":"experimentation","kind":"advance",` + at + `}`
	)
	tests := []struct {
		name string
		in   string
		want []string // one substring per problem, in order
		is   error    // besides ErrSnapshot
	}{
		{"unknown key", `{"start":"conception","status":{"phase":"conception"},"extra":1}`,
			[]string{`innovation: extra: unknown key (want one of start, status, history)`}, innovation.ErrUnknown},
		{"misspelt key", `{"strat":"conception","status":{"phase":"conception"}}`,
			[]string{`innovation: strat: unknown key (want one of start, status, history; did you mean "start"?)`, `innovation: start: missing`}, innovation.ErrUnknown},
		{"missing key", `{"start":"conception"}`,
			[]string{`innovation: status: missing (a required key)`}, innovation.ErrInvalid},
		{"missing keys of an entry", entry(`"from":"conception","kind":"advance"`),
			[]string{`innovation: history[0].to: missing`, `innovation: history[0].at: missing`}, innovation.ErrInvalid},
		{"duplicate key", `{"start":"conception","status":{"phase":"conception"},"history":null,"start":"essaimage"}`,
			[]string{`innovation: start: key given twice in one object (each key once)`}, innovation.ErrInvalid},
		{"duplicate key, escaped", `{"start":"conception","st\u0061rt":"essaimage","status":{"phase":"conception"}}`,
			[]string{`innovation: start: key given twice`}, innovation.ErrInvalid},
		{"duplicate key in an entry", entry(`"from":"conception","to":"experimentation","kind":"advance","kind":"abandon",` + at),
			[]string{`innovation: history[0].kind: key given twice`}, innovation.ErrInvalid},
		{"unknown phase", `{"start":"ideation","status":{"phase":"conception"}}`,
			[]string{`innovation: start: unknown phase "ideation" (want one of conception, experimentation, modelisation, essaimage, industrialisation)`}, innovation.ErrUnknown},
		{"misspelt phase", `{"start":"conception","status":{"phase":"essaimge"}}`,
			[]string{`innovation: status.phase: unknown phase "essaimge" (want one of conception, experimentation, modelisation, essaimage, industrialisation; did you mean "essaimage"?)`}, innovation.ErrUnknown},
		{"unknown kind", entry(`"from":"conception","to":"experimentation","kind":"jump",` + at),
			[]string{`innovation: history[0].kind: unknown transition kind "jump" (want one of advance, return, abandon)`}, innovation.ErrUnknown},
		{"wrong type", `{"start":1,"status":{"phase":"conception","abandoned":"no"}}`,
			[]string{`innovation: start: want a string, found a number`, `innovation: status.abandoned: want true or false, found a string`}, innovation.ErrInvalid},
		{"bad time", entry(`"from":"conception","to":"experimentation","kind":"advance","at":"yesterday"`),
			[]string{`innovation: history[0].at "yesterday": not a time: want RFC 3339, e.g. "2021-05-01T10:00:00+02:00"`}, innovation.ErrInvalid},
		{"NUL in a reason", entry(`"from":"conception","to":"experimentation","kind":"advance",` + at + `,"reason":"a\u0000b"`),
			[]string{`innovation: history[0].reason "a\x00b": control character U+0000 at byte 1`}, innovation.ErrInvalid},
		{"reason too long", entry(`"from":"conception","to":"experimentation","kind":"advance",` + at + `,"reason":"` + strings.Repeat("é", innovation.MaxProse) + `"`),
			[]string{`innovation: history[0].reason "` + strings.Repeat("é", 32) + `…": 8192 bytes, over the limit of 4096`}, innovation.ErrLimit},
		{"skipped phase", `{"start":"conception","status":{"phase":"modelisation"},"history":[{"from":"conception","to":"modelisation","kind":"advance",` + at + `}]}`,
			[]string{`innovation: history[0]: “Advance” from “Design”: an advance goes one phase at a time, to “Experimentation”`}, nil},
		{"return without a reason", `{"start":"experimentation","status":{"phase":"conception"},"history":[{"from":"experimentation","to":"conception","kind":"return",` + at + `}]}`,
			[]string{`innovation: history[0]: “Return” needs a reason`}, nil},
		{"wrong from", entry(`"from":"modelisation","to":"essaimage","kind":"advance",` + at),
			[]string{`innovation: history[0].from "modelisation": the project was in “Design”`}, nil},
		{"status disagrees", strings.Replace(oneAdvance, `"phase":"experimentation"`, `"phase":"experimentation","abandoned":true`, 1),
			[]string{`innovation: status: says “abandoned in Experimentation”, but the history leads to “Experimentation”`}, nil},
		{"trailing data", emptySnapshot + ` {}`,
			[]string{`innovation: line 1, column 69: data after the end of the JSON value`}, innovation.ErrInvalid},
		{"not JSON", `conception`,
			[]string{`innovation: line 1, column 1: invalid character 'c'`}, innovation.ErrInvalid},
		{"empty", ``, []string{`unexpected end of input`}, innovation.ErrInvalid},
		{"null", `null`, []string{`innovation: want an object, found null`}, innovation.ErrInvalid},
		{"invalid UTF-8", "{\"start\":\"conc\xffeption\"}", []string{`line 1, column 15: not valid UTF-8`}, innovation.ErrInvalid},
		{"huge unknown key", `{"start":"conception","` + strings.Repeat("k", 100_000) + `":1,"status":{"phase":"conception"}}`,
			[]string{`innovation: ["` + strings.Repeat("k", 64) + `"…]: unknown key`}, innovation.ErrUnknown},
		{"deep nesting", `{"start":` + strings.Repeat(`[`, 100_000) + strings.Repeat(`]`, 100_000) + `}`,
			[]string{`nesting deeper than 32 levels`}, innovation.ErrInvalid},
		{"too large", emptySnapshot + strings.Repeat(" ", innovation.MaxJSON),
			[]string{`more than 1048576 bytes, over the limit`}, innovation.ErrLimit},
		{"history too long", `{"start":"conception","status":{"phase":"conception"},"history":[` + strings.Repeat(advance+",", innovation.MaxHistory) + advance + `]}`,
			[]string{`innovation: history: more than 5000 items, over the limit`}, innovation.ErrLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := innovation.RestoreJSON([]byte(tt.in))
			if err == nil || l != nil {
				t.Fatalf("RestoreJSON = %v, %v; want an error", l, err)
			}
			checkMessages(t, err, tt.want)
			if !errors.Is(err, innovation.ErrSnapshot) {
				t.Errorf("%v does not wrap ErrSnapshot", err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("%v does not wrap %v", err, tt.is)
			}
			var fe *innovation.FieldError
			if !errors.As(err, &fe) {
				t.Errorf("%T is not a *FieldError", err)
			}
		})
	}
}

// checkMessages checks that err holds one problem per line, each containing
// its want in order, that no Go type name shows, and that the message stays
// under 1 KB a problem.
func checkMessages(t *testing.T, err error, want []string) {
	t.Helper()
	msg := err.Error()
	lines := strings.Split(msg, "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d problems, want %d:\n%.2000s", len(lines), len(want), msg)
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("problem %d\n got %.300s\nwant …%.300s…", i, lines[i], w)
		}
		if !strings.HasPrefix(lines[i], "innovation: ") || strings.HasSuffix(lines[i], ".") {
			t.Errorf("problem %d: %.300q is not `innovation: …` without a final period", i, lines[i])
		}
		for _, goName := range []string{"innovation.", "Phase(", "wire.", "*", "Transition{", "json:"} {
			if strings.Contains(lines[i], goName) {
				t.Errorf("problem %d: %.300q names Go (%q)", i, lines[i], goName)
			}
		}
		if len(lines[i]) > 1000 {
			t.Errorf("problem %d: %d bytes", i, len(lines[i]))
		}
	}
}

func TestMatrixJSONMessages(t *testing.T) {
	needs := string(encodeMatrixJSON(t, innovation.DefaultNeeds()))
	first := `{"lever":"financement","macro_phase":"rd-societale","intensity":"++"}`
	second := `{"lever":"financement","macro_phase":"modelisation","intensity":"++","qualifier":"en ingénierie"}`
	if !strings.HasPrefix(needs, "["+first+","+second+",") {
		t.Fatalf("unexpected encoding %.200s", needs)
	}
	tests := []struct {
		name string
		in   string
		want []string
		is   error // besides ErrMatrix
	}{
		{"duplicate cell", strings.Replace(needs, first, second, 1),
			[]string{`innovation: [1]: lever “Financing” × macro-phase “Modelling” given twice (first in cell 0)`,
				`innovation: missing lever “Financing” × macro-phase “Societal R&D” (every pair once)`}, nil},
		{"duplicate key", strings.Replace(needs, `"intensity":"++"}`, `"intensity":"++","intensity":"+"}`, 1),
			[]string{`innovation: [0].intensity: key given twice`}, innovation.ErrInvalid},
		{"misspelt key", strings.Replace(needs, `"macro_phase":"rd-societale"`, `"macrophase":"rd-societale"`, 1),
			[]string{`innovation: [0].macrophase: unknown key (want one of lever, macro_phase, intensity, qualifier; did you mean "macro_phase"?)`,
				`innovation: [0].macro_phase: missing (a required key)`}, innovation.ErrUnknown},
		{"unknown intensity", strings.Replace(needs, `"intensity":"++"}`, `"intensity":"++++"}`, 1),
			[]string{`innovation: [0].intensity: unknown intensity "++++" (want one of -, +, ++, +++`}, innovation.ErrUnknown},
		{"qualifier too long", strings.Replace(needs, `"en ingénierie"`, `"`+strings.Repeat("a", 65)+`"`, 1),
			[]string{`innovation: [1].qualifier "` + strings.Repeat("a", 64) + `…": 65 bytes, over the limit of 64`}, innovation.ErrLimit},
		{"too many cells", strings.Replace(needs, "[", "["+first+",", 1),
			[]string{`innovation: more than 12 items, over the limit`}, innovation.ErrLimit},
		{"huge unknown key", strings.Replace(needs, `"intensity":"++"}`, `"intensity":"++","`+strings.Repeat("é", 50_000)+`":0}`, 1),
			[]string{`innovation: [0]["` + strings.Repeat("é", 32) + `"…]: unknown key`}, innovation.ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n innovation.NeedsMatrix
			err := json.Unmarshal([]byte(tt.in), &n)
			if err == nil {
				t.Fatal("accepted")
			}
			checkMessages(t, err, tt.want)
			if !errors.Is(err, innovation.ErrMatrix) {
				t.Errorf("%v does not wrap ErrMatrix", err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("%v does not wrap %v", err, tt.is)
			}
		})
	}
}

// TestJSONRoundTripByValue: Status, Transition and Snapshot are written the
// same way by value, by pointer and inside a caller's struct, and read back.
func TestJSONRoundTripByValue(t *testing.T) {
	at := time.Date(2021, 5, 1, 10, 0, 0, 123, time.FixedZone("", 2*3600))
	tr := innovation.Transition{From: innovation.Modelisation, To: innovation.Conception, Kind: innovation.Return, At: at, Reason: "retour\nà la conception", By: "comité"}
	st := innovation.Status{Phase: innovation.Conception}
	snap := innovation.Snapshot{Start: innovation.Modelisation, Status: st, History: []innovation.Transition{tr}}
	type doc struct {
		Status     innovation.Status
		Transition innovation.Transition
		Snapshot   innovation.Snapshot
		Pointer    *innovation.Snapshot
		List       []innovation.Transition
	}
	in := doc{Status: st, Transition: tr, Snapshot: snap, Pointer: &snap, List: []innovation.Transition{tr, tr}}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const wantTransition = `{"from":"modelisation","to":"conception","kind":"return","at":"2021-05-01T10:00:00.000000123+02:00","reason":"retour\nà la conception","by":"comité"}`
	for _, want := range []string{`"Status":{"phase":"conception"}`, `"Transition":` + wantTransition, `"Snapshot":{"start":"modelisation","status":{"phase":"conception"},"history":[` + wantTransition + `]}`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("%s\ndoes not contain %s", data, want)
		}
	}
	var out doc
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("Unmarshal(%s): %v", data, err)
	}
	same := func(a, b innovation.Transition) bool {
		return a.At.Equal(b.At) && a.From == b.From && a.To == b.To && a.Kind == b.Kind && a.Reason == b.Reason && a.By == b.By
	}
	if out.Status != st || !same(out.Transition, tr) || out.Pointer == nil || len(out.List) != 2 || !same(out.List[1], tr) ||
		out.Snapshot.Start != snap.Start || out.Snapshot.Status != st || len(out.Snapshot.History) != 1 || !same(out.Snapshot.History[0], tr) {
		t.Errorf("round trip: %+v", out)
	}
	abandoned, err := json.Marshal(innovation.Status{Phase: innovation.Essaimage, Abandoned: true})
	if err != nil || string(abandoned) != `{"phase":"essaimage","abandoned":true}` {
		t.Errorf("Marshal(abandoned status) = %s, %v", abandoned, err)
	}
}

// TestUnmarshalJSONLeavesValueOnError: a refused input changes nothing.
func TestUnmarshalJSONLeavesValueOnError(t *testing.T) {
	st := innovation.Status{Phase: innovation.Essaimage}
	if err := json.Unmarshal([]byte(`{"phase":"essaimage","phase":"conception"}`), &st); err == nil || st.Phase != innovation.Essaimage {
		t.Errorf("Status: %v, %v", st, err)
	}
	tr := innovation.Transition{Reason: "kept"}
	if err := json.Unmarshal([]byte(`{"from":"conception"}`), &tr); err == nil || tr.Reason != "kept" {
		t.Errorf("Transition: %+v, %v", tr, err)
	}
	snap := innovation.Snapshot{Start: innovation.Essaimage}
	if err := json.Unmarshal([]byte(`{"start":"conception","status":{"phase":"essaimage"}}`), &snap); !errors.Is(err, innovation.ErrSnapshot) || snap.Start != innovation.Essaimage {
		t.Errorf("Snapshot: %+v, %v", snap, err)
	}
}

// TestLongestHistoryFits: a history of MaxHistory entries, each with a
// reason of 40 bytes and a time to the nanosecond with an offset, fits in
// MaxJSON bytes and is restored.
func TestLongestHistoryFits(t *testing.T) {
	at := time.Date(2021, 5, 1, 10, 0, 0, 123456789, time.FixedZone("", 2*3600))
	reason := strings.Repeat("r", 40)
	s := innovation.Snapshot{Start: innovation.Conception, Status: innovation.Status{Phase: innovation.Conception}}
	for i := 0; i < innovation.MaxHistory; i += 2 {
		s.History = append(s.History,
			innovation.Transition{From: innovation.Conception, To: innovation.Experimentation, Kind: innovation.Advance, At: at, Reason: reason},
			innovation.Transition{From: innovation.Experimentation, To: innovation.Conception, Kind: innovation.Return, At: at, Reason: reason})
	}
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > innovation.MaxJSON {
		t.Fatalf("%d entries take %d bytes, over MaxJSON (%d)", len(s.History), len(data), innovation.MaxJSON)
	}
	l, err := innovation.RestoreJSON(data)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(l.History()); n != innovation.MaxHistory {
		t.Fatalf("%d entries restored", n)
	}
}
