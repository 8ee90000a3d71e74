package societal

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"sync"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// Portfolio is the assessment of a fund's dossiers: one report per dossier,
// in the order of the input, and what the fund sees across them.
// A Portfolio is a plain value, safe for concurrent reads.
type Portfolio struct {
	// Rubric is the version of the rubric that judged the dossiers.
	Rubric string `json:"rubric"`
	// Reports holds one report per dossier, in the order of the input.
	Reports []Report `json:"reports"`
	// Phases counts the dossiers per phase, with a key for every phase
	// (p.Phases[innovation.Essaimage]); dossiers with an invalid phase are
	// not counted.
	Phases map[innovation.Phase]int `json:"phases"`
	// Verdicts counts the dossiers per verdict, with a key for every
	// verdict (p.Verdicts[societal.Ready]).
	Verdicts map[Verdict]int `json:"verdicts"`
	// Gaps counts, per check, the dossiers where it is not met, most
	// frequent first (ties in check order); checks never unmet are left
	// out.
	Gaps []Count[CheckID] `json:"gaps"`
	// Missing counts, per check, the dossiers where evidence is missing.
	Missing []Count[CheckID] `json:"missing"`
	// Levers counts, per lever, the dossiers with at least one gap that
	// lever would close, most frequent first.
	Levers []Count[innovation.Lever] `json:"levers"`
	// Partnerships is the number of dossiers that state a partnership.
	Partnerships int `json:"partnerships"`
	// Modes counts, per partnership mode, the dossiers whose partnership
	// practises it (MODEL §4.2), most frequent first: a fund compares them
	// with the national survey, partnership.PHARE.
	Modes []Count[partnership.Mode] `json:"modes"`
}

// Count is how many dossiers share one value. A plain value, safe for
// concurrent use.
type Count[T any] struct {
	Value T   `json:"value"` // the value shared
	N     int `json:"n"`     // how many dossiers share it
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
	p.countModes(dossiers)
	return p, nil
}

// countModes counts the partnerships of dossiers and the modes they
// practise.
func (p *Portfolio) countModes(dossiers []*Dossier) {
	modes := map[partnership.Mode]int{}
	for _, d := range dossiers {
		if d == nil || d.Partnership == nil {
			continue
		}
		p.Partnerships++
		for _, m := range d.Partnership.Spec().Modes {
			modes[m]++
		}
	}
	p.Modes = ranked(modes)
}

// aggregate counts what the fund sees across p.Reports.
func (p *Portfolio) aggregate() {
	p.Phases = map[innovation.Phase]int{}
	for ph := range innovation.Phases() {
		p.Phases[ph] = 0
	}
	p.Verdicts = map[Verdict]int{}
	for v := range Verdicts() {
		p.Verdicts[v] = 0
	}
	gaps := map[CheckID]int{}
	missing := map[CheckID]int{}
	levers := map[innovation.Lever]int{}
	for _, r := range p.Reports {
		if r.Status.Phase.IsValid() {
			p.Phases[r.Status.Phase]++
		}
		if r.Verdict.IsValid() {
			p.Verdicts[r.Verdict]++
		}
		seen := map[innovation.Lever]bool{}
		for _, c := range r.Checks {
			switch c.Outcome {
			case evaluation.NotMet:
				gaps[c.ID]++
			case evaluation.Unknown:
				missing[c.ID]++
			}
			for _, g := range c.Gaps {
				if g.Lever.IsValid() && !seen[g.Lever] {
					seen[g.Lever] = true
					levers[g.Lever]++
				}
			}
		}
	}
	p.Gaps = ranked(gaps)
	p.Missing = ranked(missing)
	p.Levers = ranked(levers)
}

// ranked turns counts into a list, most frequent first, ties in the order
// of the values.
func ranked[T cmp.Ordered](counts map[T]int) []Count[T] {
	var out []Count[T]
	for v, n := range counts {
		out = append(out, Count[T]{Value: v, N: n})
	}
	slices.SortFunc(out, func(a, b Count[T]) int {
		if c := cmp.Compare(b.N, a.N); c != 0 {
			return c
		}
		return cmp.Compare(a.Value, b.Value)
	})
	return out
}
