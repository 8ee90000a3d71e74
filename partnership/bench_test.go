package partnership_test

import (
	"fmt"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
	"github.com/shopspring/decimal"
)

// benchPartnership has n partners, power shared equally when n divides
// 1000, and two valued contributions per partner.
func benchPartnership(n int) *partnership.Partnership {
	var s partnership.Spec
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("p%03d", i)
		s.Partners = append(s.Partners, partnership.Partner{
			Actor: partnership.Actor{ID: id, Kind: partnership.Kind(1 + i%8)},
			Power: decimal.New(int64(1000/n), -3),
		})
		s.Contributions = append(s.Contributions,
			partnership.Contribution{Partner: id, Lever: innovation.Lever(1 + i%4), Kind: partnership.Financial,
				Amount: partnership.Amount{Value: decimal.New(int64(1000+i*37), 0), Currency: "EUR"}},
			partnership.Contribution{Partner: id, Lever: innovation.Lever(1 + (i+1)%4), Kind: partnership.Skills})
	}
	return mustNew(s)
}

// sizes are the numbers of partners of the benchmarks' partnerships.
var sizes = []int{5, 500}

// benchSizes benchmarks f on a partnership of each size
// (benchPartnership), each a sub-benchmark named by its size.
func benchSizes(b *testing.B, f func(p *partnership.Partnership) error) {
	for _, n := range sizes {
		p := benchPartnership(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) { bench(b, func() error { return f(p) }) })
	}
}

// bench runs f b.N times, reporting allocations; an error stops it.
func bench(b *testing.B, f func() error) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if err := f(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCoverage(b *testing.B) {
	needs := innovation.DefaultNeeds()
	th := partnership.DefaultThresholds()
	benchSizes(b, func(p *partnership.Partnership) error {
		_, err := p.Coverage(innovation.Modelisation, needs, th)
		return err
	})
}

func BenchmarkBalance(b *testing.B) {
	benchSizes(b, func(p *partnership.Partnership) error { _ = p.Balance(); return nil })
}

// BenchmarkNew validates a spec and computes what the analyses read.
func BenchmarkNew(b *testing.B) {
	for _, n := range sizes {
		s := benchPartnership(n).Spec()
		b.Run(fmt.Sprint(n), func(b *testing.B) { bench(b, func() error { _, err := partnership.New(s); return err }) })
	}
}

// BenchmarkDecode decodes, strictly, the JSON of a partnership of 5 and of
// 500 partners: JSON decoding, validation and derived data.
func BenchmarkDecode(b *testing.B) {
	for _, n := range sizes {
		data, err := benchPartnership(n).MarshalJSON()
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			bench(b, func() error { _, err := partnership.Decode(data); return err })
		})
	}
}
