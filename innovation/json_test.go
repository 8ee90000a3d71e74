package innovation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/seed424036fd/societal/innovation"
)

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
