package fund

import (
	"context"
	"runtime"
	"sync"
)

// batch is how many results a worker hands to the collector at a time, so
// that the workers seldom wait on it.
const batch = 32

// pool is the package's one worker pool: AssessAll, AssessStream and
// AssessNDJSON run on it. feed runs in a goroutine of its own and sends
// the jobs; GOMAXPROCS workers turn each into a result with work; collect
// receives the results in batches, in the caller's goroutine, in no
// particular order. send returns false once ctx is done, and feed must
// then return. A batch holds results, never a job.
//
// pool returns feed's error once every job sent is collected. When ctx is
// done first, it returns ctx.Err() once the workers have stopped (each
// ends the job it holds, if any), without waiting for feed: feed may be
// blocked in its source (a Read, an iterator), and its goroutine ends when
// it returns, sending nothing more.
func pool[J, R any](ctx context.Context, feed func(send func(J) bool) error, work func(J) R, collect func([]R)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan J, workers)
	results := make(chan []R, workers)

	// feedErr is written before jobs is closed and read only once results
	// is closed with ctx not done: after every worker has seen jobs closed.
	var feedErr error
	go func() {
		defer close(jobs)
		feedErr = feed(func(j J) bool {
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
			out := make([]R, 0, batch)
			flush := func() bool {
				select {
				case results <- out:
					out = make([]R, 0, batch)
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
					if out = append(out, work(j)); len(out) == batch && !flush() {
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
	for {
		select {
		case rs, ok := <-results:
			if !ok {
				if err := ctx.Err(); err != nil {
					return err
				}
				return feedErr
			}
			collect(rs)
		case <-ctx.Done():
			for range results { // the workers stop: wait for them
			}
			return ctx.Err()
		}
	}
}
