package innovation_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/innovation"
)

func TestSnapshotJSONRoundTrip(t *testing.T) {
	ctx := context.Background()
	l := mustNew(t, innovation.Conception, innovation.WithClock(newFakeClock().Now))
	steps := []func() error{
		func() error { return l.Advance(ctx, innovation.Note{By: "Le RAMEAU", Reason: "besoin confirmé"}) },
		func() error { return l.Advance(ctx, innovation.Note{}) },
		func() error {
			return l.ReturnTo(ctx, innovation.Experimentation, innovation.Note{Reason: "tester à nouveau"})
		},
		func() error { return l.Advance(ctx, innovation.Note{}) },
		func() error { return l.Advance(ctx, innovation.Note{By: "fonds"}) },
		func() error { return l.Abandon(ctx, innovation.Note{Reason: "fin du financement"}) },
	}
	for i, s := range steps {
		if err := s(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	data, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	r, err := innovation.RestoreJSON(data)
	if err != nil {
		t.Fatalf("RestoreJSON(%s): %v", data, err)
	}
	a, b := l.Snapshot(), r.Snapshot()
	if a.Start != b.Start || a.Status != b.Status || len(a.History) != len(b.History) {
		t.Fatalf("round trip: %+v != %+v", a, b)
	}
	for i := range a.History {
		x, y := a.History[i], b.History[i]
		if !x.At.Equal(y.At) {
			t.Errorf("history[%d].At %v != %v", i, x.At, y.At)
		}
		x.At, y.At = time.Time{}, time.Time{}
		if x != y {
			t.Errorf("history[%d] %+v != %+v", i, x, y)
		}
	}
	again, _ := json.Marshal(r)
	if string(again) != string(data) {
		t.Errorf("second encoding differs:\n%s\n%s", data, again)
	}
}

func TestRestoreRejects(t *testing.T) {
	t0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	t1 := t0.Add(time.Hour)
	adv := func(from, to innovation.Phase, at time.Time) innovation.Transition {
		return innovation.Transition{From: from, To: to, Kind: innovation.Advance, At: at}
	}
	C, E, M := innovation.Conception, innovation.Experimentation, innovation.Modelisation
	tests := []struct {
		name  string
		snap  innovation.Snapshot
		field string
		code  string
	}{
		{"invalid start", innovation.Snapshot{Start: 0, Status: innovation.Status{Phase: C}}, "start", "invalid-value"},
		{"invalid status", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: 9}}, "status.phase", "invalid-value"},
		{"status disagrees", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: E}}, "status", "status-mismatch"},
		{"skipped phase", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: M}, History: []innovation.Transition{adv(C, M, t0)}}, "history[0]", "transition-not-allowed"},
		{"wrong from", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: M}, History: []innovation.Transition{adv(C, E, t0), adv(C, E, t1)}}, "history[1].from", "history-gap"},
		{"out of order", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: M}, History: []innovation.Transition{adv(C, E, t1), adv(E, M, t0)}}, "history[1].at", "time-backwards"},
		{"missing time", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: E}, History: []innovation.Transition{adv(C, E, time.Time{})}}, "history[0].at", "missing-time"},
		{"invalid kind", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: E}, History: []innovation.Transition{{From: C, To: E, At: t0}}}, "history[0].kind", "invalid-value"},
		{"return without reason", innovation.Snapshot{Start: E, Status: innovation.Status{Phase: C}, History: []innovation.Transition{{From: E, To: C, Kind: innovation.Return, At: t0}}}, "history[0]", "missing-reason"},
		{"abandon to another phase", innovation.Snapshot{Start: E, Status: innovation.Status{Phase: C, Abandoned: true}, History: []innovation.Transition{{From: E, To: C, Kind: innovation.Abandon, At: t0, Reason: "x"}}}, "history[0].to", "wrong-target"},
		{"transition after abandon", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: E}, History: []innovation.Transition{
			{From: C, To: C, Kind: innovation.Abandon, At: t0, Reason: "x"}, adv(C, E, t1)}}, "history[1]", "transition-not-allowed"},
		{"too long", innovation.Snapshot{Start: C, Status: innovation.Status{Phase: C}, History: make([]innovation.Transition, innovation.MaxHistory+1)}, "history", "over-limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := innovation.Restore(tt.snap)
			var p *problem.Error
			if !errors.Is(err, innovation.ErrSnapshot) || !errors.As(err, &p) {
				t.Fatalf("Restore = %v, want a *problem.Error wrapping ErrSnapshot", err)
			}
			if p.Path != tt.field || p.Code != tt.code {
				t.Errorf("path, code = %q, %q; want %q, %q (err: %v)", p.Path, p.Code, tt.field, tt.code, err)
			}
		})
	}
}

func TestRestoreJSONRejects(t *testing.T) {
	tests := map[string]string{
		"unknown field":  `{"start":"conception","status":{"phase":"conception"},"history":[],"extra":1}`,
		"unknown phase":  `{"start":"ideation","status":{"phase":"conception"},"history":[]}`,
		"trailing data":  `{"start":"conception","status":{"phase":"conception"},"history":[]} {}`,
		"not JSON":       `conception`,
		"unknown kind":   `{"start":"conception","status":{"phase":"experimentation"},"history":[{"from":"conception","to":"experimentation","kind":"jump","at":"2020-01-01T00:00:00Z"}]}`,
		"too large":      `{"start":"conception","status":{"phase":"conception"},"history":[],"x":"` + strings.Repeat("a", innovation.MaxJSON) + `"}`,
		"invalid UTF-8":  "{\"start\":\"conc\xffeption\",\"status\":{\"phase\":\"conception\"},\"history\":[]}",
		"NUL in reason":  `{"start":"experimentation","status":{"phase":"conception"},"history":[{"from":"experimentation","to":"conception","kind":"return","at":"2020-01-01T00:00:00Z","reason":"a\u0000b"}]}`,
		"deeply nested":  strings.Repeat("[", 100000) + strings.Repeat("]", 100000),
		"empty":          ``,
		"null":           `null`,
		"bad time":       `{"start":"conception","status":{"phase":"experimentation"},"history":[{"from":"conception","to":"experimentation","kind":"advance","at":"yesterday"}]}`,
		"start as index": `{"start":1,"status":{"phase":"conception"},"history":[]}`,
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			l, err := innovation.RestoreJSON([]byte(in))
			if !errors.Is(err, innovation.ErrSnapshot) || l != nil {
				t.Fatalf("RestoreJSON = %v, %v; want ErrSnapshot", l, err)
			}
			if !strings.HasPrefix(err.Error(), "innovation: ") {
				t.Errorf("message %q", err)
			}
		})
	}
}

func TestRestoreDoesNotAliasInput(t *testing.T) {
	l := mustNew(t, innovation.Conception)
	if err := l.Advance(context.Background(), innovation.Note{Reason: "r"}); err != nil {
		t.Fatal(err)
	}
	s := l.Snapshot()
	r, err := innovation.Restore(s)
	if err != nil {
		t.Fatal(err)
	}
	s.History[0].Reason = "changed"
	if r.History()[0].Reason != "r" || l.History()[0].Reason != "r" {
		t.Error("Restore or Snapshot aliases the history")
	}
}
