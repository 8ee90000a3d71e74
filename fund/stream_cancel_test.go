package fund_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
)

// deadlockGuard bounds the waits of the tests below: a stream that has not
// returned by then never will. It is no speed goal.
const deadlockGuard = 30 * time.Second

// blockingReader gives its first lines at the first Read, then blocks the
// second Read until unblock is closed, which then gives more lines. It
// counts every Read: a third one is a read after the stream has stopped.
type blockingReader struct {
	first, then []byte
	blocked     chan struct{} // closed when the second Read blocks
	unblock     chan struct{} // closed to let the second Read return
	once        sync.Once     // closes unblock
	reads       atomic.Int32
}

func newBlockingReader(first, then []byte) *blockingReader {
	return &blockingReader{first: first, then: then, blocked: make(chan struct{}), unblock: make(chan struct{})}
}

func (r *blockingReader) Read(p []byte) (int, error) {
	switch r.reads.Add(1) {
	case 1:
		return copy(p, r.first), nil
	case 2:
		close(r.blocked)
		<-r.unblock
		return copy(p, r.then), nil
	}
	return 0, io.EOF
}

// release lets the blocked Read return; it may be called more than once.
func (r *blockingReader) release() { r.once.Do(func() { close(r.unblock) }) }

// waitFor fails the test if ch is not closed (or sent on) within the
// deadlock guard.
func waitFor[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(deadlockGuard):
		t.Fatalf("deadlock: %s after %v", what, deadlockGuard)
	}
	panic("unreachable")
}

// streamGoroutines returns the stacks of the goroutines still running
// the stream machinery of the package.
func streamGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var left []string
	for g := range strings.SplitSeq(string(buf), "\n\n") {
		if strings.Contains(g, "fund.stream") || strings.Contains(g, "fund.ndjsonLines") {
			left = append(left, g)
		}
	}
	return left
}

// waitNoStreamGoroutine fails the test if goroutines of the stream are
// still running within the deadlock guard.
func waitNoStreamGoroutine(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(deadlockGuard)
	for {
		left := streamGoroutines()
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines of the stream left %v after the source returned:\n%s", len(left), deadlockGuard, strings.Join(left, "\n\n"))
		}
		time.Sleep(time.Millisecond)
	}
}

type outcome struct {
	dg  fund.Digest
	err error
}

// AssessNDJSON returns ctx.Err() once ctx is done, even with a Read of r
// blocked; when that Read returns, the goroutine reading r ends without
// reading r again, and no goroutine of the stream is left.
func TestAssessNDJSONCancelBlockedRead(t *testing.T) {
	waitNoStreamGoroutine(t) // none left by an earlier test
	ds := fundDossiers(t, 3)
	r := newBlockingReader(ndjson(t, ds[:2]), ndjson(t, ds[2:]))
	t.Cleanup(r.release)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan outcome, 1)
	go func() {
		dg, err := fund.AssessNDJSON(ctx, nil, r)
		done <- outcome{dg, err}
	}()
	waitFor(t, r.blocked, "the second Read never came")
	cancel()
	got := waitFor(t, done, "AssessNDJSON has not returned")
	if !errors.Is(got.err, context.Canceled) || got.dg.Summaries != nil || got.dg.Refused != nil {
		t.Errorf("AssessNDJSON: %d summaries, %v; want no digest and context.Canceled", len(got.dg.Summaries), got.err)
	}
	if n := r.reads.Load(); n != 2 {
		t.Errorf("%d Reads before the blocked one returned, want 2", n)
	}
	r.release()
	waitNoStreamGoroutine(t)
	if n := r.reads.Load(); n != 2 {
		t.Errorf("r read %d times, want 2: read again after AssessNDJSON returned", n)
	}
}

// AssessStream returns ctx.Err() once ctx is done, even with seq blocked;
// when seq next yields, the yield returns false, and no goroutine of the
// stream is left once seq returns.
func TestAssessStreamCancelBlockedIterator(t *testing.T) {
	waitNoStreamGoroutine(t)
	ds := fundDossiers(t, 3)
	blocked, unblock := make(chan struct{}), make(chan struct{})
	var once sync.Once
	release := func() { once.Do(func() { close(unblock) }) }
	t.Cleanup(release)
	stopped := make(chan bool, 1) // what the yield after the block returned
	seq := func(yield func(*societal.Dossier, error) bool) {
		if !yield(ds[0], nil) || !yield(ds[1], nil) {
			return
		}
		close(blocked)
		<-unblock
		stopped <- !yield(ds[2], nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan outcome, 1)
	go func() {
		dg, err := fund.AssessStream(ctx, nil, seq)
		done <- outcome{dg, err}
	}()
	waitFor(t, blocked, "seq never blocked")
	cancel()
	got := waitFor(t, done, "AssessStream has not returned")
	if !errors.Is(got.err, context.Canceled) || got.dg.Summaries != nil {
		t.Errorf("AssessStream: %d summaries, %v; want no digest and context.Canceled", len(got.dg.Summaries), got.err)
	}
	release()
	if !waitFor(t, stopped, "seq never yielded again") {
		t.Error("yield returned true after AssessStream returned")
	}
	waitNoStreamGoroutine(t)
}

// unreadable fails the test if it is read.
type unreadable struct{ t *testing.T }

func (u unreadable) Read([]byte) (int, error) {
	u.t.Error("read with ctx done on entry")
	return 0, io.EOF
}

// With ctx done on entry, neither r nor seq is touched.
func TestStreamDoneOnEntry(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := fund.AssessNDJSON(ctx, nil, unreadable{t}); !errors.Is(err, context.Canceled) {
		t.Errorf("AssessNDJSON: %v, want context.Canceled", err)
	}
	seq := func(func(*societal.Dossier, error) bool) { t.Error("seq ranged over with ctx done on entry") }
	if _, err := fund.AssessStream(ctx, nil, seq); !errors.Is(err, context.Canceled) {
		t.Errorf("AssessStream: %v, want context.Canceled", err)
	}
	waitNoStreamGoroutine(t)
}

// Cancelled while the workers are busy and the collector's queue is
// full, a stream still returns, and leaves no goroutine.
func TestAssessNDJSONCancelBusy(t *testing.T) {
	waitNoStreamGoroutine(t)
	ds := fundDossiers(t, 64)
	data := bytes.Repeat(ndjson(t, ds), 50) // 3,200 lines
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	read := 0
	r := readerFunc(func(p []byte) (int, error) {
		if read++; read == 3 {
			cancel() // from the goroutine reading r, while lines are assessed
		}
		if len(data) == 0 {
			return 0, io.EOF
		}
		n := copy(p[:min(len(p), 4096)], data)
		data = data[n:]
		return n, nil
	})
	done := make(chan outcome, 1)
	go func() {
		dg, err := fund.AssessNDJSON(ctx, nil, r)
		done <- outcome{dg, err}
	}()
	if got := waitFor(t, done, "AssessNDJSON has not returned"); !errors.Is(got.err, context.Canceled) {
		t.Errorf("AssessNDJSON: %v, want context.Canceled", got.err)
	}
	waitNoStreamGoroutine(t)
}

// readerFunc is a Read method.
type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }
