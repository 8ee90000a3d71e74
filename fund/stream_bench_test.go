//go:build unix

package fund_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
)

// BenchmarkAssessStream assesses streams of 10,000 and 100,000 dossiers in
// one run, and a stream of refused lines, and reports:
//
//   - retained-B/dossier: the memory a Digest keeps per dossier, measured
//     as (heap at 100k − heap at 10k) / 90k, where "heap at n" is
//     runtime.MemStats.HeapInuse read after runtime.GC() with the digest of
//     n dossiers still alive. The dossiers are generated one at a time by
//     the iterator (shallow copies of 256 templates, each with its own
//     name) or read from a pipe as NDJSON lines, so the heap holds the
//     digest and nothing of the input. Goal: ≤ 256 bytes.
//
//   - ns/dossier-10k and ns/dossier-100k: wall time per dossier at each
//     size; time is linear when they agree within noise.
//
//   - cores: CPU time (user + system, getrusage) over wall time for the
//     100k run; with GOMAXPROCS = 2, 2 means both cores busy.
//
//   - retained-B/refusal (the "refused" run): the memory a Digest keeps per
//     refused line, measured as above between 1,000 and 5,000 lines, each
//     a 1.4 KB dossier of 120 unknown keys (over MaxProblems problems).
//     Goal: ≤ 1 KiB (MaxRefusalSize).
//
//     go test -run '^$' -bench AssessStream -benchtime 1x .
func BenchmarkAssessStream(b *testing.B) {
	templates := fundDossiers(b, 256)
	// Iterator: each dossier a shallow copy of a template with its own name.
	seq := func(n int) (fund.Digest, error) {
		return fund.AssessStream(context.Background(), nil, func(yield func(*societal.Dossier, error) bool) {
			for i := range n {
				d := *templates[i%len(templates)]
				d.Name = "Projet " + strconv.Itoa(i)
				if !yield(&d, nil) {
					return
				}
			}
		})
	}
	// NDJSON: the templates' lines, each with its own name, written to a
	// pipe as the stream reads them.
	lines := make([][]byte, len(templates))
	for i, d := range templates {
		c := *d
		c.Name = "@@" // a placeholder, replaced by each line's name
		data, err := json.Marshal(c)
		if err != nil {
			b.Fatal(err)
		}
		lines[i] = append(data, '\n')
	}
	ndjson := func(n int) (fund.Digest, error) {
		pr, pw := io.Pipe()
		go func() {
			w := bufio.NewWriterSize(pw, 64<<10)
			for i := range n {
				line := bytes.Replace(lines[i%len(lines)], []byte(`"@@"`), []byte(`"Projet `+strconv.Itoa(i)+`"`), 1)
				if _, err := w.Write(line); err != nil {
					return
				}
			}
			w.Flush()
			pw.Close()
		}()
		return fund.AssessNDJSON(context.Background(), nil, pr)
	}
	for _, src := range []struct {
		name   string
		assess func(n int) (fund.Digest, error)
	}{{"iterator", seq}, {"ndjson", ndjson}} {
		b.Run(src.name, func(b *testing.B) {
			for range b.N {
				small := measure(b, 10_000, src.assess, true)
				large := measure(b, 100_000, src.assess, true)
				b.ReportMetric((float64(large.heap)-float64(small.heap))/90_000, "retained-B/dossier")
				b.ReportMetric(float64(small.wall.Nanoseconds())/10_000, "ns/dossier-10k")
				b.ReportMetric(float64(large.wall.Nanoseconds())/100_000, "ns/dossier-100k")
				b.ReportMetric(large.cpu.Seconds()/large.wall.Seconds(), "cores")
			}
		})
	}
	// Refused lines: each its own 120 unknown keys, 120 problems.
	refused := func(n int) (fund.Digest, error) {
		pr, pw := io.Pipe()
		go func() {
			w := bufio.NewWriterSize(pw, 64<<10)
			for i := range n {
				w.WriteString(`{"name":"Projet ` + strconv.Itoa(i) + `","phase":"conception"`)
				for k := range 120 {
					w.WriteString(`,"k` + strconv.Itoa(i) + `-` + strconv.Itoa(k) + `":0`)
				}
				if _, err := w.WriteString("}\n"); err != nil {
					return
				}
			}
			w.Flush()
			pw.Close()
		}()
		return fund.AssessNDJSON(context.Background(), nil, pr)
	}
	b.Run("refused", func(b *testing.B) {
		for range b.N {
			small := measure(b, 1_000, refused, false)
			large := measure(b, 5_000, refused, false)
			b.ReportMetric((float64(large.heap)-float64(small.heap))/4_000, "retained-B/refusal")
		}
	})
}

// streamRun is what measure finds of one stream.
type streamRun struct {
	heap      uint64 // HeapInuse after GC, the digest alive
	wall, cpu time.Duration
}

// measure assesses a stream of n dossiers, all assessed (or all refused
// when assessed is false).
func measure(b *testing.B, n int, assess func(int) (fund.Digest, error), assessed bool) streamRun {
	runtime.GC()
	cpu0, t0 := cpuTime(b), time.Now()
	dg, err := assess(n)
	wall, cpu := time.Since(t0), cpuTime(b)-cpu0
	want := len(dg.Summaries)
	if !assessed {
		want = len(dg.Refused)
	}
	if err != nil || want != n {
		b.Fatalf("%d summaries and %d refusals for %d dossiers: %v", len(dg.Summaries), len(dg.Refused), n, err)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	runtime.KeepAlive(dg)
	return streamRun{heap: m.HeapInuse, wall: wall, cpu: cpu}
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
