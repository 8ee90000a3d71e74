package fund

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/partnership"
)

// Portfolio is the assessment of a fund's dossiers: one report per dossier,
// in the order of the input, and what the fund sees across them.
// The zero Portfolio holds no dossier (its maps are nil). A Portfolio is a
// plain value, safe for concurrent reads.
type Portfolio struct {
	// Rubric is the version of the rubric that judged the dossiers.
	Rubric string `json:"rubric"`
	// AssessedOn is the date of the assessment, as the caller gave it to
	// AssessAllOn: midnight UTC of that calendar date. It is zero
	// (undated) from AssessAll: the library never reads the clock, so
	// that the same dossiers always give the same portfolio.
	AssessedOn time.Time `json:"assessed_on,omitzero"`
	// Reports holds one report per dossier, in the order of the input;
	// Ranked gives them in the order a committee reads them.
	Reports []societal.Report `json:"reports"`
	// Phases counts the dossiers per phase, with a key for every phase
	// (p.Phases[innovation.Essaimage]); dossiers with an invalid phase are
	// not counted.
	Phases map[innovation.Phase]int `json:"phases"`
	// Verdicts counts the dossiers per verdict, with a key for every
	// verdict (p.Verdicts[societal.Ready]).
	Verdicts map[societal.Verdict]int `json:"verdicts"`
	// Gaps counts, per check, the dossiers where it is not met, most
	// frequent first (ties in check order); checks never unmet are left
	// out.
	Gaps []Count[societal.CheckID] `json:"gaps"`
	// Missing counts, per check, the dossiers where evidence is missing.
	Missing []Count[societal.CheckID] `json:"missing"`
	// Levers counts, per lever, the dossiers with at least one gap that
	// lever would close, most frequent first.
	Levers []Count[innovation.Lever] `json:"levers"`
	// Partnerships is the number of dossiers that state a partnership.
	Partnerships int `json:"partnerships"`
	// Modes counts, per partnership mode, the dossiers whose partnership
	// practises it (MODEL §4.2), most frequent first: a fund compares them
	// with the national survey, partnership.PHARE.
	Modes []Count[partnership.Mode] `json:"modes"`
	// Coverage is the evidence coverage across the fund: the sum of the
	// reports' coverages, counted and weighted.
	Coverage societal.Coverage `json:"coverage"`
	// Budget sums the budgets of the dossiers that state one
	// (Dossier.Budget); see BudgetTotal for their currency.
	Budget BudgetTotal `json:"budget"`
	// Budgets sums the budgets per phase, with a key for every phase;
	// dossiers with an invalid phase count only in Budget.
	Budgets map[innovation.Phase]BudgetTotal `json:"budgets_by_phase"`
	// Contributions sums the valued contributions of the dossiers'
	// partnerships (partnership.Contribution.Amount), per currency.
	Contributions Money `json:"contributions"`
	// ContributionsByPhase sums them per phase of the dossier, with a key
	// for every phase.
	ContributionsByPhase map[innovation.Phase]Money `json:"contributions_by_phase"`
	// ContributionsByLever sums them per lever the contribution supplies,
	// with a key for every lever.
	ContributionsByLever map[innovation.Lever]Money `json:"contributions_by_lever"`
}

// Money is sums of money keyed by currency code ("EUR"), as
// partnership.Amount states it: amounts in different currencies are kept
// apart, never summed nor converted. An empty Money is no money. Its JSON
// is an object keyed by currency, each amount a decimal string
// ({"EUR":"15000"}). A Money is not safe for concurrent mutation; reads
// are safe.
type Money map[string]decimal.Decimal

// add adds a valued amount to m; a zero or negative value, a value out of
// the module's bounds or an empty currency adds nothing.
func (m Money) add(a partnership.Amount) {
	if k, _ := wire.DecimalProblem(a.Value); a.Value.Sign() <= 0 || a.Currency == "" || k != nil {
		return
	}
	if v, ok := m[a.Currency]; ok {
		m[a.Currency] = v.Add(a.Value)
		return
	}
	m[a.Currency] = a.Value
}

// Currencies returns m's currencies in byte order.
func (m Money) Currencies() []string {
	out := make([]string, 0, len(m))
	for c := range m {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// BudgetTotal sums the budgets of several dossiers (evaluation.Budget).
//
// A budget states no currency (the dossier format has none for it): the
// amounts are summed as stated, on the assumption that a fund states its
// dossiers' budgets in one currency, its own, and the reports say "currency
// not stated". A budget that does not validate (evaluation.Budget.Validate:
// amounts out of bounds, negative, over the total) is left out; a decoded
// dossier never holds one. They are kept apart from the contributions, which state
// theirs (Money), and never added to them. [D]
//
// The zero value is no budget. A plain value, safe for concurrent use.
type BudgetTotal struct {
	Dossiers         int             `json:"dossiers"`          // the dossiers stating a budget
	Total            decimal.Decimal `json:"total"`             // the sum of their totals
	Evaluation       decimal.Decimal `json:"evaluation"`        // the sum of their evaluation budgets
	CapacityBuilding decimal.Decimal `json:"capacity_building"` // the sum of their capacity-building budgets
}

func (t *BudgetTotal) add(b *evaluation.Budget) {
	t.Dossiers++
	t.Total = t.Total.Add(b.Total)
	t.Evaluation = t.Evaluation.Add(b.Evaluation)
	t.CapacityBuilding = t.CapacityBuilding.Add(b.CapacityBuilding)
}

// Ranked returns pointers to p's reports in the order a committee reads
// them, by CompareReports; ties keep the order of the input. Each report's
// coverage is computed once.
func (p *Portfolio) Ranked() []*societal.Report {
	keys := make([]rankKey, len(p.Reports))
	for i := range p.Reports {
		keys[i] = keyOf(&p.Reports[i])
	}
	slices.SortStableFunc(keys, compareKeys)
	out := make([]*societal.Report, len(keys))
	for i, k := range keys {
		out[i] = k.r
	}
	return out
}

// CompareReports orders two reports as a committee reads them, and
// returns -1, 0 or +1 as a comes before, with, or after b [D]:
//
//  1. the verdict, best first: Ready, InsufficientEvidence, NotYet,
//     Blocked, then an invalid verdict;
//  2. the evidence coverage, higher first: the judged share of the
//     applicable weight (Coverage.JudgedWeight / ApplicableWeight, 0 when
//     nothing applies), compared exactly;
//  3. the point score (Report.Score), higher first, an unknown score last;
//  4. the dossier's name, in byte order.
//
// A verdict first because it is what the committee decides on; coverage
// before score because a score over little evidence says little.
func CompareReports(a, b *societal.Report) int { return compareKeys(keyOf(a), keyOf(b)) }

// rankKey is what CompareReports compares of a report.
type rankKey struct {
	r        *societal.Report
	verdict  int
	judged   decimal.Decimal // the judged weight, 0 when nothing applies
	applying decimal.Decimal // the applicable weight, 1 when nothing applies
}

func keyOf(r *societal.Report) rankKey {
	k := rankKey{r: r, verdict: int(societal.Blocked) + 1}
	if r.Verdict.IsValid() {
		k.verdict = int(r.Verdict)
	}
	c := r.Coverage()
	k.judged, k.applying = c.JudgedWeight, c.ApplicableWeight
	if k.applying.Sign() <= 0 {
		k.judged, k.applying = decimal.Zero, decimal.NewFromInt(1)
	}
	return k
}

func compareKeys(a, b rankKey) int {
	if c := cmp.Compare(a.verdict, b.verdict); c != 0 {
		return c
	}
	// ja/aa against jb/ab without dividing: jb·aa against ja·ab.
	if c := b.judged.Mul(a.applying).Cmp(a.judged.Mul(b.applying)); c != 0 {
		return c
	}
	sa, sb := a.r.Score, b.r.Score
	switch {
	case sa.Valid && sb.Valid:
		if c := sb.Decimal.Cmp(sa.Decimal); c != 0 {
			return c
		}
	case sa.Valid:
		return -1
	case sb.Valid:
		return 1
	}
	return cmp.Compare(a.r.Dossier, b.r.Dossier)
}

// Count is how many dossiers share one value. The zero Count counts none.
// A plain value, safe for concurrent use.
type Count[T any] struct {
	Value T   `json:"value"` // the value shared
	N     int `json:"n"`     // how many dossiers share it
}

// AssessAllOn is AssessAll with the date of the assessment, which the
// portfolio carries (Portfolio.AssessedOn) and its reports show: the
// calendar date of on in its own location, kept as midnight UTC. The
// caller gives the date, so that a test, or a committee re-reading last
// year's assessment, gets the same portfolio every time.
func AssessAllOn(ctx context.Context, a *societal.Assessor, on time.Time, dossiers []*societal.Dossier) (Portfolio, error) {
	p, err := AssessAll(ctx, a, dossiers)
	if err != nil {
		return p, err
	}
	if !on.IsZero() {
		y, m, d := on.Date()
		p.AssessedOn = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return p, nil
}

// AssessAll assesses every dossier with a (the default rubric if a is nil)
// on all available cores (runtime.GOMAXPROCS) and aggregates the results.
// Reports come in the order of dossiers, whatever the scheduling; the cost
// grows linearly with the number of dossiers. A nil dossier is assessed as
// an empty one. If ctx is done before every dossier is assessed, AssessAll
// returns ctx.Err() and no portfolio.
func AssessAll(ctx context.Context, a *societal.Assessor, dossiers []*societal.Dossier) (Portfolio, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	a = orDefault(a)
	p := Portfolio{Rubric: a.Rubric().Version, Reports: make([]societal.Report, len(dossiers))}
	// Contiguous runs of dossiers, one job each: each worker writes the
	// reports of its runs, and no two runs overlap.
	const run = 64
	err := pool(ctx, func(send func([2]int) bool) error {
		for lo := 0; lo < len(dossiers); lo += run {
			if !send([2]int{lo, min(lo+run, len(dossiers))}) {
				break
			}
		}
		return nil
	}, func(r [2]int) struct{} {
		for i := r[0]; i < r[1]; i++ {
			p.Reports[i] = a.Assess(dossiers[i])
		}
		return struct{}{}
	}, func([]struct{}) {})
	if err != nil {
		return Portfolio{}, err
	}
	p.aggregate()
	p.countModes(dossiers)
	return p, nil
}

// countModes counts the partnerships of dossiers and the modes they
// practise, and sums the dossiers' money.
func (p *Portfolio) countModes(dossiers []*societal.Dossier) {
	modes := map[partnership.Mode]int{}
	p.Budget = BudgetTotal{Total: decimal.Zero, Evaluation: decimal.Zero, CapacityBuilding: decimal.Zero}
	p.Budgets = map[innovation.Phase]BudgetTotal{}
	p.Contributions = Money{}
	p.ContributionsByPhase = map[innovation.Phase]Money{}
	for ph := range innovation.Phases() {
		p.Budgets[ph] = p.Budget
		p.ContributionsByPhase[ph] = Money{}
	}
	p.ContributionsByLever = map[innovation.Lever]Money{}
	for l := range innovation.Levers() {
		p.ContributionsByLever[l] = Money{}
	}
	for _, d := range dossiers {
		if d == nil {
			continue
		}
		phased := d.Phase.IsValid()
		if d.Budget != nil && d.Budget.Validate() == nil {
			p.Budget.add(d.Budget)
			if phased {
				t := p.Budgets[d.Phase]
				t.add(d.Budget)
				p.Budgets[d.Phase] = t
			}
		}
		if d.Partnership == nil {
			continue
		}
		p.Partnerships++
		spec := d.Partnership.Spec()
		for _, m := range spec.Modes {
			modes[m]++
		}
		for _, c := range spec.Contributions {
			p.Contributions.add(c.Amount)
			if phased {
				p.ContributionsByPhase[d.Phase].add(c.Amount)
			}
			if byLever, ok := p.ContributionsByLever[c.Lever]; ok {
				byLever.add(c.Amount)
			}
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
	p.Verdicts = map[societal.Verdict]int{}
	for v := range societal.Verdicts() {
		p.Verdicts[v] = 0
	}
	gaps := map[societal.CheckID]int{}
	missing := map[societal.CheckID]int{}
	levers := map[innovation.Lever]int{}
	p.Coverage = societal.Coverage{JudgedWeight: decimal.Zero, ApplicableWeight: decimal.Zero}
	for _, r := range p.Reports {
		cov := r.Coverage()
		p.Coverage.Judged += cov.Judged
		p.Coverage.Applicable += cov.Applicable
		p.Coverage.JudgedWeight = p.Coverage.JudgedWeight.Add(cov.JudgedWeight)
		p.Coverage.ApplicableWeight = p.Coverage.ApplicableWeight.Add(cov.ApplicableWeight)
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

// defaultAssessor is built once from DefaultRubric and never changes.
var defaultAssessor = func() *societal.Assessor {
	a, err := societal.NewAssessor(societal.DefaultRubric())
	if err != nil {
		panic("fund: default rubric invalid: " + err.Error()) // a bug in package societal, caught by every test
	}
	return a
}()

// orDefault returns a, or the assessor of the default rubric if a is nil.
func orDefault(a *societal.Assessor) *societal.Assessor {
	if a == nil {
		return defaultAssessor
	}
	return a
}
