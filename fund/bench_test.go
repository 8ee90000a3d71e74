package fund_test

import (
	"context"
	"testing"

	"github.com/seed424036fd/societal/fund"
)

// BenchmarkAssessAll assesses a fund of 10k and of 100k generated dossiers
// (goal: the 100k run costs ≤ 11× the 10k run). The dossiers are built once,
// outside the timer, and one untimed pass grows the heap first: the pages a
// process touches for the first time are a one-time cost (at 100k, ≈ 500 MB
// of them), which a short run would otherwise spread over its few ops.
func BenchmarkAssessAll(b *testing.B) {
	ctx := context.Background()
	for _, size := range []struct {
		name string
		n    int
	}{{"10k", 10_000}, {"100k", 100_000}} {
		ds := fundDossiers(b, size.n)
		b.Run(size.name, func(b *testing.B) {
			if _, err := fund.AssessAll(ctx, nil, ds); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if _, err := fund.AssessAll(ctx, nil, ds); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
