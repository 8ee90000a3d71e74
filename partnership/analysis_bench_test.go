package partnership_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"

	"github.com/seed424036fd/societal/partnership"
)

func BenchmarkDiagnose(b *testing.B) {
	th := partnership.DefaultThresholds()
	benchSizes(b, func(p *partnership.Partnership) error { _, err := p.Diagnose(th); return err })
}

func BenchmarkChecklist(b *testing.B) {
	th := partnership.DefaultThresholds()
	benchSizes(b, func(p *partnership.Partnership) error { _, err := p.Checklist(th); return err })
}

// BenchmarkWimoov runs each analysis on the Wimoov alliance, a typical
// dossier with findings (4 partners, 6 contributions).
func BenchmarkWimoov(b *testing.B) {
	p := mustNew(wimoov())
	th := partnership.DefaultThresholds()
	needs := innovation.DefaultNeeds()
	b.Run("coverage", func(b *testing.B) {
		bench(b, func() error { _, err := p.Coverage(innovation.Essaimage, needs, th); return err })
	})
	b.Run("balance", func(b *testing.B) { bench(b, func() error { _ = p.Balance(); return nil }) })
	b.Run("diagnose", func(b *testing.B) { bench(b, func() error { _, err := p.Diagnose(th); return err }) })
	b.Run("checklist", func(b *testing.B) { bench(b, func() error { _, err := p.Checklist(th); return err }) })
}
