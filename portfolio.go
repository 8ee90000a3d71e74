package societal

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"sync"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
)

// Portfolio is the assessment of a fund's dossiers: one report per dossier,
// in the order of the input, and what the fund sees across them.
// A Portfolio is a plain value, safe for concurrent reads.
type Portfolio struct {
	Rubric  string   `json:"rubric"`
	Reports []Report `json:"reports"`
	// Phases counts the dossiers per phase, indexed by Phase-1; dossiers
	// with an invalid phase are not counted.
	Phases [innovation.NumPhases]int `json:"phases"`
	// Verdicts counts the dossiers per verdict, indexed by Verdict-1.
	Verdicts [3]int `json:"verdicts"`
	// Gaps counts, per criterion, the dossiers where it is not met, most
	// frequent first (ties in criterion order); criteria never unmet are left
	// out.
	Gaps []Count[CriterionID] `json:"gaps"`
	// Missing counts, per criterion, the dossiers where evidence is missing.
	Missing []Count[CriterionID] `json:"missing"`
	// Levers counts, per lever, the dossiers with at least one gap that
	// lever would close, most frequent first.
	Levers []Count[innovation.Lever] `json:"levers"`
}

// Count is how many dossiers share one value. A plain value, safe for
// concurrent use.
type Count[T any] struct {
	Value T   `json:"value"`
	N     int `json:"n"`
}

// AssessAll assesses every dossier with the default rubric; see
// Assessor.AssessAll.
func AssessAll(ctx context.Context, dossiers []*Dossier) (Portfolio, error) {
	return defaultAssessor.AssessAll(ctx, dossiers)
}

// AssessAll assesses every dossier on all available cores
// (runtime.GOMAXPROCS) and aggregates the results. Reports come in the
// order of dossiers, whatever the scheduling; the cost grows linearly with
// the number of dossiers. A nil dossier is assessed as an empty one. If ctx
// is done before every dossier is assessed, AssessAll returns ctx.Err() and
// no portfolio.
func (a *Assessor) AssessAll(ctx context.Context, dossiers []*Dossier) (Portfolio, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	p := Portfolio{Rubric: a.rubric.Version, Reports: make([]Report, len(dossiers))}
	workers := min(runtime.GOMAXPROCS(0), len(dossiers))
	// Contiguous chunks, one per worker at a time: no lock per dossier.
	const chunk = 64
	var next int
	var mu sync.Mutex
	take := func() (int, int) {
		mu.Lock()
		defer mu.Unlock()
		lo := next
		hi := min(lo+chunk, len(dossiers))
		next = hi
		return lo, hi
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				lo, hi := take()
				if lo >= hi {
					return
				}
				for i := lo; i < hi; i++ {
					p.Reports[i] = a.Assess(dossiers[i])
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Portfolio{}, err
	}
	p.aggregate()
	return p, nil
}

func (p *Portfolio) aggregate() {
	var gaps, missing [NumCriteria]int
	var levers [innovation.NumLevers]int
	for i := range p.Reports {
		r := &p.Reports[i]
		if r.Status.Phase.IsValid() {
			p.Phases[r.Status.Phase-1]++
		}
		if r.Verdict.IsValid() {
			p.Verdicts[r.Verdict-1]++
		}
		var seen [innovation.NumLevers]bool
		for _, c := range r.Criteria {
			switch c.Outcome {
			case evaluation.NotMet:
				gaps[c.ID-1]++
			case evaluation.Unknown:
				missing[c.ID-1]++
			}
			for _, g := range c.Gaps {
				if g.Lever.IsValid() {
					seen[g.Lever-1] = true
				}
			}
		}
		for l, s := range seen {
			if s {
				levers[l]++
			}
		}
	}
	p.Gaps = ranked[CriterionID](gaps[:])
	p.Missing = ranked[CriterionID](missing[:])
	p.Levers = ranked[innovation.Lever](levers[:])
}

// ranked turns counts indexed by value-1 into a list, most frequent first.
func ranked[T ~uint8](counts []int) []Count[T] {
	var out []Count[T]
	for i, n := range counts {
		if n > 0 {
			out = append(out, Count[T]{Value: T(i + 1), N: n})
		}
	}
	slices.SortStableFunc(out, func(a, b Count[T]) int { return cmp.Compare(b.N, a.N) })
	return out
}
