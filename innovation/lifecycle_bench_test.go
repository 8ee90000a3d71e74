package innovation_test

import (
	"context"
	"testing"

	"github.com/looplab/fsm"

	"github.com/seed424036fd/societal/innovation"
)

// The two benchmarks below run the same cycle — four advances through the
// five phases, then a return to the first — so that their ns/op compare
// directly: BenchmarkLifecycleAdvance / BenchmarkBareFSMEvent is the cost of
// our typed lifecycle over looplab/fsm (goal ≤ 1.5×). Read the ratio from one
// run: go test -run=^$ -bench='Advance|BareFSM' ./innovation

const cycle = 1000 // transitions between resets, so the history stays small

func BenchmarkLifecycleAdvance(b *testing.B) {
	ctx := context.Background()
	note := innovation.Note{Reason: "retour"}
	l, _ := innovation.New(innovation.Conception)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%cycle == cycle-1 {
			b.StopTimer()
			l, _ = innovation.New(innovation.Conception)
			b.StartTimer()
		}
		var err error
		if l.CanAdvance() {
			err = l.Advance(ctx, innovation.Note{})
		} else {
			err = l.ReturnTo(ctx, innovation.Conception, note)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBareFSMEvent(b *testing.B) {
	ctx := context.Background()
	states := []string{"conception", "experimentation", "modelisation", "essaimage", "industrialisation"}
	var events fsm.Events
	for i := 0; i+1 < len(states); i++ {
		events = append(events, fsm.EventDesc{Name: "advance", Src: []string{states[i]}, Dst: states[i+1]})
	}
	events = append(events, fsm.EventDesc{Name: "return-to-conception", Src: states[1:], Dst: states[0]})
	f := fsm.NewFSM(states[0], events, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%cycle == cycle-1 {
			b.StopTimer()
			f = fsm.NewFSM(states[0], events, nil)
			b.StartTimer()
		}
		ev := "advance"
		if f.Current() == "industrialisation" {
			ev = "return-to-conception"
		}
		if err := f.Event(ctx, ev); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLifecyclePhase(b *testing.B) {
	l, _ := innovation.New(innovation.Modelisation)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if l.Phase() != innovation.Modelisation {
			b.Fatal("phase")
		}
	}
}

func BenchmarkLifecycleCanAdvance(b *testing.B) {
	l, _ := innovation.New(innovation.Modelisation)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if !l.CanAdvance() {
			b.Fatal("can advance")
		}
	}
}
