package innovation_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

func BenchmarkParsePhase(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"key", "industrialisation"},
		{"french-label", "EXPÉRIMENTATION"},
		{"english-label", "Modelling"},
		{"unknown", "prototypage"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			var sum int
			for i := 0; i < b.N; i++ {
				p, _ := innovation.ParsePhase(bb.in)
				sum += int(p)
			}
			if bb.name != "unknown" && sum == 0 {
				b.Fatalf("ParsePhase(%q) parsed nothing", bb.in)
			}
		})
	}
}

func BenchmarkNeedsRising(b *testing.B) {
	n := innovation.DefaultNeeds()
	b.ReportAllocs()
	var sum int
	for i := 0; i < b.N; i++ {
		sum += len(n.Rising(innovation.Modelisation))
	}
	if sum != 2*b.N {
		b.Fatalf("Rising(Modelisation) returned %d needs in %d calls, want 2 each", sum, b.N)
	}
}

func BenchmarkStakeholdersOf(b *testing.B) {
	s := innovation.DefaultStakeholders()
	b.ReportAllocs()
	var sum int
	for i := 0; i < b.N; i++ {
		p := innovation.Phase(1 + i%innovation.NumPhases)
		sum += int(s.Of(p)[innovation.Financeurs-1])
	}
	if sum == 0 {
		b.Fatal("StakeholderMatrix.Of returned nothing")
	}
}

func BenchmarkNeedsOfPhase(b *testing.B) {
	n := innovation.DefaultNeeds()
	b.ReportAllocs()
	var sink innovation.Intensity
	for i := 0; i < b.N; i++ {
		sink += n.Of(innovation.Phase(i%5 + 1))[0].Intensity
	}
	_ = sink
}
