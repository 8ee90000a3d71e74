package partnership_test

import (
	"fmt"
	"testing"

	"github.com/seed424036fd/societal/innovation"

	"github.com/seed424036fd/societal/partnership"
)

func BenchmarkDiagnose(b *testing.B) {
	th := partnership.DefaultThresholds()
	for _, n := range []int{5, 500} {
		p := benchPartnership(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := p.Diagnose(th); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkChecklist(b *testing.B) {
	th := partnership.DefaultThresholds()
	for _, n := range []int{5, 500} {
		p := benchPartnership(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := p.Checklist(th); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWimoov runs each analysis on the Wimoov alliance, a typical
// dossier with findings (4 partners, 6 contributions).
func BenchmarkWimoov(b *testing.B) {
	p := mustNew(wimoov())
	th := partnership.DefaultThresholds()
	needs := innovation.DefaultNeeds()
	b.Run("coverage", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := p.Coverage(innovation.Essaimage, needs, th); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("balance", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			_ = p.Balance()
		}
	})
	b.Run("diagnose", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := p.Diagnose(th); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("checklist", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := p.Checklist(th); err != nil {
				b.Fatal(err)
			}
		}
	})
}
