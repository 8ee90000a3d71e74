package societal

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/problem"
)

// Summary is the compact assessment of one dossier of a stream: what a
// fund's list of projects shows of it, without the checks behind it. It is
// what AssessStream and AssessNDJSON keep per dossier, so that their memory
// grows with one Summary (and its name) per dossier, not with whole
// reports. A Summary is a plain value, safe for concurrent reads.
type Summary struct {
	// Line is the position of the dossier in its stream, from 1: the
	// line of an NDJSON text, the rank of a dossier in an iterator.
	Line int `json:"line"`
	// Name is the dossier's name (Report.Dossier).
	Name string `json:"name"`
	// Status is the project's phase and whether it was abandoned.
	Status innovation.Status `json:"status"`
	// Verdict is the report's verdict.
	Verdict Verdict `json:"verdict"`
	// Judged is the number of checks judged (Coverage.Judged).
	Judged int `json:"judged"`
	// Applicable is the number of checks that apply (Coverage.Applicable).
	Applicable int `json:"applicable"`
	// Score is the report's score range (Report.ScoreRange), valid only
	// when Scored is set.
	Score ScoreRange `json:"score"`
	// Scored reports whether the report has a score range.
	Scored bool `json:"scored"`
}

// Summary returns the compact summary of r, at position line of its
// stream.
func (r *Report) Summary(line int) Summary {
	cov := r.Coverage()
	s := Summary{Line: line, Name: r.Dossier, Status: r.Status, Verdict: r.Verdict, Judged: cov.Judged, Applicable: cov.Applicable}
	s.Score, s.Scored = r.ScoreRange()
	return s
}

// Refusal is a dossier of a stream that could not be assessed: its
// position (Line, as in Summary), its first problems (Err) and the count of
// the others (More). A stream keeps one per dossier refused, so a refusal
// is small whatever the dossier held: at most MaxRefusalProblems problems,
// their texts (paths, values, reasons) within 512 bytes in all (the first
// one cut to fit, if it must be), for at most MaxRefusalSize bytes of
// memory with its share of the Digest. A plain value, safe for concurrent
// reads.
//
// Read back from its JSON (UnmarshalJSON), a refusal keeps its line, the
// message of each problem and the count of the others: the same Error, but
// the problems unwrap to no sentinel.
type Refusal struct {
	// Line is the position of the dossier in its stream, from 1.
	Line int
	// Err holds the first problems found in the dossier, each a copy of a
	// *FieldError DecodeDossier returned, unwrapping to the same sentinels
	// (ErrDossier, ErrLimit, innovation.ErrUnknown, …), or an error the
	// iterator yielded; its message ends with the count of the others.
	Err error
	// More is how many other problems the dossier had, not kept.
	More int
}

// Bounds of a Refusal.
const (
	// MaxRefusalProblems is the most problems a Refusal keeps.
	MaxRefusalProblems = wire.MaxKept
	// MaxRefusalSize is the most bytes of memory a Refusal retains, its
	// place in Digest.Refused included.
	MaxRefusalSize = 1024
)

// refusal returns the Refusal of the dossier at line, refused with err:
// what wire.Keep keeps of it.
func refusal(line int, err error) Refusal {
	k := wire.Keep(err)
	return Refusal{Line: line, Err: k, More: k.More()}
}

// Digest is the assessment of a stream of dossiers, summarised as it
// goes: one Summary per dossier assessed and one Refusal per dossier
// refused, both in the order of the stream, and the counts a fund sees
// across them. A Digest is a plain value, safe for concurrent reads. It
// is written as JSON with the keys of its fields, and read back (a stream
// with no dossier assessed, or none refused, reads back with a nil list).
type Digest struct {
	Rubric    string    `json:"rubric"`    // the version of the rubric that judged the dossiers
	Summaries []Summary `json:"summaries"` // one per dossier assessed, in the order of the stream
	Refused   []Refusal `json:"refused"`   // one per dossier refused, in the order of the stream
	// Phases counts the dossiers assessed per phase, with a key for every
	// phase.
	Phases map[innovation.Phase]int `json:"phases"`
	// Verdicts counts the dossiers assessed per verdict, with a key for
	// every verdict.
	Verdicts map[Verdict]int `json:"verdicts"`
}

// LineError is a problem of one line of an NDJSON text (DecodeNDJSON): the
// line, from 1, and the problems of the dossier on it, every one (the first
// hundred, and the count of the others): the caller of DecodeNDJSON
// decides what to keep of them, where AssessNDJSON keeps a Refusal. It
// unwraps to Err, so that errors.Is and errors.As see the problems
// (ErrDossier, ErrLimit, *FieldError, …). Not modified once returned: safe
// for concurrent reads.
type LineError struct {
	Line int   // the line, from 1
	Err  error // the problems of the dossier on the line
}

// Error returns "line N: " and the problems, one per line.
func (e *LineError) Error() string {
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

// Unwrap returns the problems of the line.
func (e *LineError) Unwrap() error { return e.Err }

// DecodeNDJSON returns the dossiers of an NDJSON text read from r: one
// dossier per line, each decoded as DecodeDossier does, in order. A line
// ends at "\n", "\r\n" or the end of r, its line end aside. A line of
// nothing but spaces and tabs is blank: skipped, but counted. Every other
// line is a dossier, even one of other white space (a form feed, U+00A0,
// U+0085, …): a line that does not decode yields a nil dossier and a
// *LineError with every problem of the line, and the iteration goes on
// with the next line. A line over MaxJSON bytes is such a line, refused
// with ErrLimit whatever it holds: the rest of it is skipped as it is read,
// not held. A read error of r other than io.EOF ends the iteration, yielded
// as a *LineError at the line it stopped at. The iteration reads r as it
// goes and holds one line of at most MaxJSON bytes at a time.
func DecodeNDJSON(r io.Reader) iter.Seq2[*Dossier, error] {
	return func(yield func(*Dossier, error) bool) {
		line, err := ndjsonLines(r, func(line int, data []byte, err error) bool {
			if err == nil {
				var d *Dossier
				if d, err = DecodeDossier(data); err == nil {
					return yield(d, nil)
				}
			}
			return yield(nil, &LineError{Line: line, Err: withinLine(err)})
		})
		if err != nil {
			yield(nil, &LineError{Line: line, Err: err})
		}
	}
}

// withinLine drops the line number of the syntax problems of err, the
// problems of one NDJSON line: "line 5: societal: column 12: …", not
// "line 5: societal: line 1, column 12: …". The problems are the
// decoder's own, fresh for this line.
func withinLine(err error) error {
	for _, e := range problemsOf(err) {
		if fe, ok := e.(*problem.Error); ok {
			fe.Line = 0
		}
	}
	return err
}

// ndjsonLines calls yield with the lines of r that are not blank and their
// numbers, from 1, until yield returns false: data is the line without its
// line end, a fresh slice which yield may keep, or, for a line over MaxJSON
// bytes, nil with its refusal (err). It returns the read error of r other
// than io.EOF that ended the text, if any, and the line it ended at.
func ndjsonLines(r io.Reader, yield func(line int, data []byte, err error) bool) (int, error) {
	// A line of MaxJSON bytes and its "\r\n" is held; a longer one is not.
	const most = MaxJSON + len("\r\n")
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		var buf []byte
		over, eof := false, false
		for {
			chunk, err := br.ReadSlice('\n')
			if !over && len(buf)+len(chunk) > most {
				over, buf = true, nil
			}
			if !over {
				buf = append(buf, chunk...)
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return line, err
			}
			break
		}
		if !over {
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			buf = bytes.TrimSuffix(buf, []byte("\r"))
			over = len(buf) > MaxJSON
		}
		switch {
		case over:
			if !yield(line, nil, errLineOver()) {
				return line, nil
			}
		case !blank(buf):
			if !yield(line, buf, nil) {
				return line, nil
			}
		}
		if eof {
			return line, nil
		}
	}
}

// blank reports whether a line holds nothing but spaces and tabs, the only
// white space DecodeNDJSON skips.
func blank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// errLineOver is the refusal of an NDJSON line over MaxJSON bytes, as
// DecodeDossier refuses a text over it: it unwraps to ErrLimit and
// ErrDossier.
func errLineOver() error {
	return pkg.Within("", ErrDossier, pkg.TooLarge())
}

// AssessStream assesses the dossiers seq yields with the default rubric;
// see Assessor.AssessStream.
func AssessStream(ctx context.Context, seq iter.Seq2[*Dossier, error]) (Digest, error) {
	return defaultAssessor.AssessStream(ctx, seq)
}

// AssessNDJSON assesses the dossiers of an NDJSON text with the default
// rubric; see Assessor.AssessNDJSON.
func AssessNDJSON(ctx context.Context, r io.Reader) (Digest, error) {
	return defaultAssessor.AssessNDJSON(ctx, r)
}

// AssessStream assesses the dossiers seq yields, concurrently on the
// available cores (runtime.GOMAXPROCS), and summarises them as it goes: the
// Digest keeps a Summary per dossier, not its report. Besides the digest,
// only a bounded number of dossiers is held at a time, whatever the length
// of seq. A pair with a non-nil error is a Refusal at its position; a nil
// dossier is assessed as an empty one. Summaries and refusals come in the
// order of seq whatever the scheduling.
//
// seq is ranged over once, from a goroutine of AssessStream's own, while
// the dossiers it has yielded are assessed: seq must not modify a dossier
// it has yielded until AssessStream returns. No dossier of seq is read
// after AssessStream has returned.
//
// If ctx is done before every dossier of seq is assessed, AssessStream
// returns ctx.Err() and no digest, without waiting for seq: if seq is then busy (blocked, or
// computing its next dossier), it is left to go on, and when it next
// yields, the yield returns false and the goroutine ends once seq returns.
// seq is not ranged over if ctx is done on entry.
func (a *Assessor) AssessStream(ctx context.Context, seq iter.Seq2[*Dossier, error]) (Digest, error) {
	return a.stream(ctx, func(_ context.Context, send func(job) bool) error {
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

// AssessNDJSON assesses the dossiers of an NDJSON text read from r, one
// per line as DecodeNDJSON reads them, and summarises them as AssessStream
// does: concurrently, in the order of the lines, with a bounded number of
// lines held at a time, each of at most MaxJSON bytes. A line that does not
// decode is a Refusal: its first problems and the count of the others. r is read from one
// goroutine of AssessNDJSON's own, never concurrently.
//
// A read error of r other than io.EOF ends the text: AssessNDJSON returns
// it, as a *LineError at the line it stopped at, with the digest of the
// lines before it.
//
// If ctx is done before every line of r is assessed, AssessNDJSON returns
// ctx.Err() and no digest, without waiting for r. A Read of r in progress then cannot be
// interrupted (the io.Reader contract has no way to): it is left to finish,
// and when it returns, the goroutine reading r ends without assessing what
// was read and without reading r again. So at most one Read of r, begun
// before ctx was done, may still run after AssessNDJSON has returned; to
// end it, close what r reads from (a pipe, a connection, a file). r is not
// read if ctx is done on entry.
func (a *Assessor) AssessNDJSON(ctx context.Context, r io.Reader) (Digest, error) {
	return a.stream(ctx, func(ctx context.Context, send func(job) bool) error {
		line, err := ndjsonLines(ctxReader{ctx, r}, func(line int, data []byte, err error) bool {
			return send(job{line: line, data: data, err: err})
		})
		if err != nil {
			return &LineError{Line: line, Err: err}
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
	dossier *Dossier
	data    []byte
	err     error
}

// result is what a worker makes of a job: a summary, or a refusal.
type result struct {
	summary Summary
	refusal *Refusal
}

// stream runs feed in a goroutine of its own, assesses the jobs it sends on
// GOMAXPROCS workers and collects the results into a digest. send returns
// false once ctx is done, and feed must then return.
//
// When ctx is done, stream returns once the workers have stopped (each
// ends the job it holds, if any), without waiting for feed: feed may be
// blocked in its source (a Read, an iterator), and its goroutine ends when
// it returns, sending nothing more.
func (a *Assessor) stream(ctx context.Context, feed func(ctx context.Context, send func(job) bool) error) (Digest, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return Digest{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers)
	// Results go to the collector in batches, so that the workers seldom
	// wait on it; a batch holds summaries, never a dossier or its text.
	const batch = 32
	results := make(chan []result, workers)

	// feedErr is written before jobs is closed and read only once results
	// is closed with ctx not done: after every worker has seen jobs closed.
	var feedErr error
	go func() {
		defer close(jobs)
		feedErr = feed(ctx, func(j job) bool {
			if ctx.Err() != nil {
				return false // done: send nothing more, even with room in jobs
			}
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := make([]result, 0, batch)
			flush := func() bool {
				select {
				case results <- out:
					out = make([]result, 0, batch)
					return true
				case <-ctx.Done():
					return false
				}
			}
			for ctx.Err() == nil {
				select {
				case j, ok := <-jobs:
					if !ok {
						if len(out) > 0 {
							flush()
						}
						return
					}
					if out = append(out, a.do(j)); len(out) == batch && !flush() {
						return
					}
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	dg := Digest{Rubric: a.rubric.Version, Phases: map[innovation.Phase]int{}, Verdicts: map[Verdict]int{}}
	for ph := range innovation.Phases() {
		dg.Phases[ph] = 0
	}
	for v := range Verdicts() {
		dg.Verdicts[v] = 0
	}
	in := interner{}
	for {
		var rs []result
		var ok bool
		select {
		case rs, ok = <-results:
		case <-ctx.Done():
			for range results { // the workers stop: wait for them
			}
			return Digest{}, ctx.Err()
		}
		if !ok {
			break
		}
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
	}
	if err := ctx.Err(); err != nil {
		return Digest{}, err
	}
	slices.SortFunc(dg.Summaries, func(x, y Summary) int { return cmp.Compare(x.Line, y.Line) })
	slices.SortFunc(dg.Refused, func(x, y Refusal) int { return cmp.Compare(x.Line, y.Line) })
	return dg, feedErr
}

// do decodes and assesses one job.
func (a *Assessor) do(j job) result {
	d, err := j.dossier, j.err
	if err == nil && j.data != nil {
		if d, err = DecodeDossier(j.data); err != nil {
			err = withinLine(err) // a line's column, as DecodeNDJSON says it
		}
	}
	if err != nil {
		r := refusal(j.line, err) // what is kept; the rest is garbage now
		return result{refusal: &r}
	}
	rep := a.Assess(d)
	sum := rep.Summary(j.line)
	sum.Name = strings.Clone(sum.Name) // share no memory with the dossier
	return result{summary: sum}
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

// refusalJSON is the written form of a Refusal.
type refusalJSON struct {
	Line     int      `json:"line"`
	Problems []string `json:"problems"`
	More     int      `json:"more,omitempty"`
}

// MarshalJSON writes the refusal as {"line": 3, "problems": ["…", …],
// "more": 98}: the message of each problem kept, and the count of the
// others ("more" absent when there are none).
func (r Refusal) MarshalJSON() ([]byte, error) {
	j := refusalJSON{Line: r.Line, More: r.More}
	if k, ok := r.Err.(*wire.Kept); ok {
		j.Problems = k.Messages()
	} else {
		for _, e := range problemsOf(r.Err) {
			j.Problems = append(j.Problems, e.Error())
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes: the line, the messages of
// the problems kept (each a *FieldError whose Error is the message, with
// no sentinel) and the count of the others.
func (r *Refusal) UnmarshalJSON(data []byte) error {
	var j refusalJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("societal: refusal: %w", err)
	}
	k := wire.KeptMessages(j.Problems, j.More)
	*r = Refusal{Line: j.Line, Err: k, More: k.More()}
	return nil
}

// Error returns "line N: " and the problems of the refused dossier.
func (r Refusal) Error() string { return (&LineError{Line: r.Line, Err: r.Err}).Error() }
