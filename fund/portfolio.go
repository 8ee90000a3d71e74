package fund

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
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
	// (Report.Budget); see BudgetTotal for their currency.
	Budget BudgetTotal `json:"budget"`
	// Budgets sums the budgets per phase, with a key for every phase;
	// dossiers with an invalid phase count only in Budget.
	Budgets map[innovation.Phase]BudgetTotal `json:"budgets_by_phase"`
	// Contributions sums the valued contributions of the dossiers'
	// partnerships (Report.Contributions), per currency.
	Contributions societal.Money `json:"contributions"`
	// ContributionsByPhase sums them per phase of the dossier, with a key
	// for every phase.
	ContributionsByPhase map[innovation.Phase]societal.Money `json:"contributions_by_phase"`
	// ContributionsByLever sums them per lever the contribution supplies,
	// with a key for every lever.
	ContributionsByLever map[innovation.Lever]societal.Money `json:"contributions_by_lever"`
	// Refused are the submissions that could not be assessed, in the order
	// they were read, as the caller gives them (AssessAll leaves it empty;
	// Load yields them, Collect gathers them): dossiers that do not
	// decode, files that cannot be read, directories without a dossier.
	// The reports and the spreadsheet list them after the dossiers, each
	// with its file, its line and its problems, so that they hold every
	// submission.
	Refused []Refusal `json:"refused,omitempty"`
}

// JSON returns p for encoding/json with the texts of its reports in the
// languages ls only, as Report.JSON writes each (every language when ls is
// empty): what a program writes for a reader who asked for one language.
// Encoding p itself writes every language.
func (p *Portfolio) JSON(ls ...lang.Lang) json.Marshaler { return portfolioIn{p, ls} }

// portfolioIn is a portfolio and the languages of its reports' texts.
type portfolioIn struct {
	p  *Portfolio
	ls []lang.Lang
}

// MarshalJSON writes the portfolio, each report in the languages.
func (in portfolioIn) MarshalJSON() ([]byte, error) {
	type plain Portfolio
	reports := make([]json.Marshaler, len(in.p.Reports))
	for i := range in.p.Reports {
		reports[i] = in.p.Reports[i].JSON(in.ls...)
	}
	refused := make([]json.Marshaler, len(in.p.Refused))
	for i := range in.p.Refused {
		refused[i] = in.p.Refused[i].JSON(in.ls...)
	}
	return json.Marshal(struct {
		*plain
		Reports []json.Marshaler `json:"reports"`
		Refused []json.Marshaler `json:"refused,omitempty"`
	}{(*plain)(in.p), reports, refused})
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
//  3. the point score (Report.Score), higher first, a report without one
//     last: a dossier is placed by a score only where its evidence
//     supports one (Rubric.MinCoverage);
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
	p.sumMoney()
	return p, nil
}

// countModes counts the partnerships of dossiers and the modes they
// practise.
func (p *Portfolio) countModes(dossiers []*societal.Dossier) {
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

// sumMoney sums the budgets and the contributions of p.Reports, per phase
// and per lever.
func (p *Portfolio) sumMoney() {
	p.Budget = BudgetTotal{Total: decimal.Zero, Evaluation: decimal.Zero, CapacityBuilding: decimal.Zero}
	p.Budgets = map[innovation.Phase]BudgetTotal{}
	p.Contributions = societal.Money{}
	p.ContributionsByPhase = map[innovation.Phase]societal.Money{}
	for ph := range innovation.Phases() {
		p.Budgets[ph] = p.Budget
		p.ContributionsByPhase[ph] = societal.Money{}
	}
	p.ContributionsByLever = map[innovation.Lever]societal.Money{}
	for l := range innovation.Levers() {
		p.ContributionsByLever[l] = societal.Money{}
	}
	for i := range p.Reports {
		r := &p.Reports[i]
		phase := r.Status.Phase
		if b := r.Budget; b.Total.Sign() > 0 && b.Validate() == nil {
			p.Budget.add(&b)
			if phase.IsValid() {
				t := p.Budgets[phase]
				t.add(&b)
				p.Budgets[phase] = t
			}
		}
		for _, c := range r.Contributions {
			p.Contributions.Add(c.Currency, c.Value)
			if phase.IsValid() {
				p.ContributionsByPhase[phase].Add(c.Currency, c.Value)
			}
			if byLever, ok := p.ContributionsByLever[c.Lever]; ok {
				byLever.Add(c.Currency, c.Value)
			}
		}
	}
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
