package fund

import (
	"cmp"
	"context"
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
)

// Summary is the compact assessment of one dossier of a stream: what a
// fund's list of projects shows of it, without the checks behind it. It is
// what AssessStream and AssessNDJSON keep per dossier, so that their memory
// grows with one Summary (and its name) per dossier, not with whole
// reports. The zero Summary summarises no dossier. A Summary is a plain
// value, safe for concurrent reads.
type Summary struct {
	// Line is the position of the dossier in its stream, from 1: the
	// line of an NDJSON text, the rank of a dossier in an iterator.
	Line int `json:"line"`
	// Name is the dossier's name (Report.Dossier).
	Name string `json:"name"`
	// Status is the project's phase and whether it was abandoned.
	Status innovation.Status `json:"status"`
	// Verdict is the report's verdict.
	Verdict societal.Verdict `json:"verdict"`
	// Judged is the number of checks judged (Coverage.Judged).
	Judged int `json:"judged"`
	// Applicable is the number of checks that apply (Coverage.Applicable).
	Applicable int `json:"applicable"`
	// Score is the report's score range (Report.ScoreRange), valid only
	// when Scored is set.
	Score societal.ScoreRange `json:"score"`
	// Scored reports whether the report has a score range.
	Scored bool `json:"scored"`
}

// summarize returns the compact summary of r, at position line of its
// stream, sharing no memory with its dossier.
func summarize(r *societal.Report, line int) Summary {
	cov := r.Coverage()
	s := Summary{Line: line, Name: strings.Clone(r.Dossier), Status: r.Status, Verdict: r.Verdict, Judged: cov.Judged, Applicable: cov.Applicable}
	s.Score, s.Scored = r.ScoreRange()
	return s
}

// Digest is the assessment of a stream of dossiers, summarised as it
// goes: one Summary per dossier assessed and one Refusal per dossier
// refused, both in the order of the stream, and the counts a fund sees
// across them. The zero Digest holds no dossier. A Digest is a plain
// value, safe for concurrent reads. It is written as JSON with the keys of
// its fields, and read back (a stream with no dossier assessed, or none
// refused, reads back with a nil list).
type Digest struct {
	Rubric    string    `json:"rubric"`    // the version of the rubric that judged the dossiers
	Summaries []Summary `json:"summaries"` // one per dossier assessed, in the order of the stream
	Refused   []Refusal `json:"refused"`   // one per dossier refused, in the order of the stream
	// Phases counts the dossiers assessed per phase, with a key for every
	// phase.
	Phases map[innovation.Phase]int `json:"phases"`
	// Verdicts counts the dossiers assessed per verdict, with a key for
	// every verdict.
	Verdicts map[societal.Verdict]int `json:"verdicts"`
}

// AssessStream assesses the dossiers seq yields with a (the default rubric
// if a is nil), concurrently on the available cores (runtime.GOMAXPROCS),
// and summarises them as it goes: the Digest keeps a Summary per dossier,
// not its report. Besides the digest, only a bounded number of dossiers is
// held at a time, whatever the length of seq. A pair with a non-nil error
// is a Refusal at its position; a nil dossier is assessed as an empty one.
// Summaries and refusals come in the order of seq whatever the scheduling.
//
// seq is ranged over once, from a goroutine of AssessStream's own, while
// the dossiers it has yielded are assessed: seq must not modify a dossier
// it has yielded until AssessStream returns. No dossier of seq is read
// after AssessStream has returned.
//
// If ctx is done before every dossier of seq is assessed, AssessStream
// returns ctx.Err() and no digest, without waiting for seq: if seq is then
// busy (blocked, or computing its next dossier), it is left to go on, and
// when it next yields, the yield returns false and the goroutine ends once
// seq returns. seq is not ranged over if ctx is done on entry.
func AssessStream(ctx context.Context, a *societal.Assessor, seq iter.Seq2[*societal.Dossier, error]) (Digest, error) {
	return stream(ctx, orDefault(a), func(_ context.Context, send func(job) bool) error {
		line := 0
		for d, err := range seq {
			line++
			if !send(job{line: line, dossier: d, err: err}) {
				break
			}
		}
		return nil
	})
}

// AssessNDJSON assesses with a (the default rubric if a is nil) the
// dossiers of an NDJSON text read from r, one per line as DecodeNDJSON
// reads them, and summarises them as AssessStream does: concurrently, in
// the order of the lines, with a bounded number of lines held at a time,
// each of at most societal.MaxJSON bytes. A line that does not decode is a
// Refusal: its first problems and the count of the others. r is read from
// one goroutine of AssessNDJSON's own, never concurrently.
//
// A read error of r other than io.EOF ends the text: AssessNDJSON returns
// it, as a *Refusal at the line it stopped at, with the digest of the
// lines before it.
//
// If ctx is done before every line of r is assessed, AssessNDJSON returns
// ctx.Err() and no digest, without waiting for r. A Read of r in progress
// then cannot be interrupted (the io.Reader contract has no way to): it is
// left to finish, and when it returns, the goroutine reading r ends
// without assessing what was read and without reading r again. So at most
// one Read of r, begun before ctx was done, may still run after
// AssessNDJSON has returned; to end it, close what r reads from (a pipe, a
// connection, a file). r is not read if ctx is done on entry.
func AssessNDJSON(ctx context.Context, a *societal.Assessor, r io.Reader) (Digest, error) {
	return stream(ctx, orDefault(a), func(ctx context.Context, send func(job) bool) error {
		line, err := ndjsonLines(ctxReader{ctx, r}, func(line int, data []byte, err error) bool {
			return send(job{line: line, data: data, err: err})
		})
		if err != nil {
			return &Refusal{Line: line, Err: err}
		}
		return nil
	})
}

// ctxReader reads r until ctx is done: a Read begun after that reads
// nothing and returns ctx.Err().
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

// Read reads r if ctx is not done.
func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// job is one dossier of a stream: decoded (dossier), to decode (data), or
// refused by the stream itself (err).
type job struct {
	line    int
	dossier *societal.Dossier
	data    []byte
	err     error
}

// result is what a worker makes of a job: a summary, or a refusal.
type result struct {
	summary Summary
	refusal *Refusal
}

// stream assesses with a the jobs feed sends, on the package's pool, and
// collects the results into a digest. feed runs in a goroutine of its own
// and is given a context done when the stream ends.
func stream(ctx context.Context, a *societal.Assessor, feed func(ctx context.Context, send func(job) bool) error) (Digest, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	dg := Digest{Rubric: a.Rubric().Version, Phases: map[innovation.Phase]int{}, Verdicts: map[societal.Verdict]int{}}
	for ph := range innovation.Phases() {
		dg.Phases[ph] = 0
	}
	for v := range societal.Verdicts() {
		dg.Verdicts[v] = 0
	}
	in := interner{}
	feedCtx, stop := context.WithCancel(ctx)
	defer stop()
	err := pool(ctx, func(send func(job) bool) error {
		return feed(feedCtx, send)
	}, func(j job) result {
		return do(a, j)
	}, func(rs []result) {
		for _, res := range rs {
			if res.refusal != nil {
				dg.Refused = append(dg.Refused, *res.refusal)
				continue
			}
			s := res.summary
			s.Score.Low, s.Score.High = in.decimal(s.Score.Low), in.decimal(s.Score.High)
			dg.Summaries = append(dg.Summaries, s)
			if s.Status.Phase.IsValid() {
				dg.Phases[s.Status.Phase]++
			}
			if s.Verdict.IsValid() {
				dg.Verdicts[s.Verdict]++
			}
		}
	})
	if ctx.Err() != nil {
		return Digest{}, ctx.Err()
	}
	slices.SortFunc(dg.Summaries, func(x, y Summary) int { return cmp.Compare(x.Line, y.Line) })
	slices.SortFunc(dg.Refused, func(x, y Refusal) int { return cmp.Compare(x.Line, y.Line) })
	return dg, err
}

// do decodes and assesses one job.
func do(a *societal.Assessor, j job) result {
	d, err := j.dossier, j.err
	if err == nil && j.data != nil {
		if d, err = societal.DecodeDossier(j.data); err != nil {
			err = withinLine(err) // a line's column, as DecodeNDJSON says it
		}
	}
	if err != nil {
		r := keep(j.line, err) // what is kept; the rest is garbage now
		return result{refusal: &r}
	}
	rep := a.Assess(d)
	return result{summary: summarize(&rep, j.line)}
}

// interner shares equal decimals between summaries: a score takes few
// distinct values under one rubric, so that a digest holds one copy of
// each. Used by one goroutine.
type interner map[decimalKey]decimal.Decimal

// decimalKey identifies a decimal whose coefficient fits in an int64.
type decimalKey struct {
	coef int64
	exp  int32
}

// decimal returns the shared copy of d; a coefficient beyond int64 is not
// shared.
func (in interner) decimal(d decimal.Decimal) decimal.Decimal {
	if !d.Coefficient().IsInt64() {
		return d
	}
	k := decimalKey{d.CoefficientInt64(), d.Exponent()}
	if v, ok := in[k]; ok {
		return v
	}
	in[k] = d
	return d
}
