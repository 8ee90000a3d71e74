package evaluation

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
)

// benchOutcome spreads the four outcomes over i, mostly known.
func benchOutcome(i int) Outcome {
	switch i % 8 {
	case 3:
		return NotMet
	case 5:
		return Unknown
	case 7:
		return NotApplicable
	}
	return Met
}

// benchPerformance has n indicators: most measured between baseline and
// target, some beyond it, some away from it, some not measured.
func benchPerformance(n int) *PerformanceReport {
	inds := indicators(n)
	for i := range inds {
		switch i % 10 {
		case 4:
			inds[i].Actual = decimal.NewNullDecimal(decimal.NewFromInt(int64(3*i + 20))) // beyond the target
		case 6:
			inds[i].Actual = decimal.NewNullDecimal(decimal.NewFromInt(int64(i - 1))) // away from it
		case 8:
			inds[i].Actual = decimal.NullDecimal{} // not measured
		}
	}
	return &PerformanceReport{Degree: Compter, Evaluators: []Evaluator{Partenaires, Beneficiaires}, Indicators: inds}
}

// benchPertinence has n needs and n/2 impacts of every kind.
func benchPertinence(n int) *PertinenceReport {
	r := &PertinenceReport{Degree: SeCompter, Evaluators: []Evaluator{Beneficiaires}, Path: "le chemin", Gap: "l'écart"}
	for i := range n {
		nd := Need{Name: "need " + strconv.Itoa(i), Weight: decimal.NewFromInt(int64(i%3 + 1)), Outcome: benchOutcome(i), Fragile: i == 0}
		if i%4 != 2 {
			nd.Populations = []string{"jeunes"}
		}
		r.Needs = append(r.Needs, nd)
	}
	for i := range n / 2 {
		r.Impacts = append(r.Impacts, Impact{Description: "impact " + strconv.Itoa(i), Kind: ImpactKind(i%NumImpactKinds + 1), Evidence: SeConter})
	}
	return r
}

// benchPartenariale has n values: n-2 partners (at least 2) and up to three
// common-good dimensions.
func benchPartenariale(n int) *PartenarialeReport {
	r := &PartenarialeReport{Degree: SeCompter, Evaluators: []Evaluator{Partenaires}}
	good := min(2, n-2)
	for i := range n - good {
		r.Partners = append(r.Partners, PartnerValue{Partner: "partner " + strconv.Itoa(i), Weight: decimal.NewFromInt(int64(i%3 + 1)), Outcome: benchOutcome(i)})
	}
	for i := range good {
		r.CommonGood = append(r.CommonGood, CommonGoodValue{Dimension: CommonGood(i + 1), Weight: decimal.New(5, -1), Outcome: benchOutcome(i + 3)})
	}
	return r
}

func benchReports(n int) []Report {
	return []Report{benchPerformance(n), benchPertinence(n), benchPartenariale(n)}
}

// BenchmarkReportScore scores each form at 10 and 1,000 indicators or
// criteria.
func BenchmarkReportScore(b *testing.B) {
	for _, n := range []int{10, 1000} {
		for _, r := range benchReports(n) {
			b.Run(fmt.Sprintf("%s/%d", r.Form(), n), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if _, err := r.Score(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkReportFindings lists the findings of each form at 10 and 1,000
// indicators or criteria.
func BenchmarkReportFindings(b *testing.B) {
	for _, n := range []int{10, 1000} {
		for _, r := range benchReports(n) {
			b.Run(fmt.Sprintf("%s/%d", r.Form(), n), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if _, err := r.Findings(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkScoreCriteria(b *testing.B) {
	for _, n := range []int{10, 1000} {
		cs := make([]Criterion, n)
		for i := range cs {
			cs[i] = Criterion{Name: "c" + strconv.Itoa(i), Weight: decimal.New(int64(i%7+1), -1), Outcome: benchOutcome(i)}
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := ScoreCriteria(cs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheck checks two typical reports (5 indicators, 5 needs) against
// the plan of a deployment phase.
func BenchmarkCheck(b *testing.B) {
	reports := []Report{benchPerformance(5), benchPertinence(5)}
	reports[1].(*PertinenceReport).Impacts = nil // an ImpactsMissing finding
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Check(innovation.Essaimage, reports...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBudgetCheck(b *testing.B) {
	budget := Budget{Total: decimal.NewFromInt(1_000_000), Evaluation: decimal.NewFromInt(120_000), CapacityBuilding: decimal.NewFromInt(150_000)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := budget.Check(innovation.Essaimage); err != nil {
			b.Fatal(err)
		}
	}
}
