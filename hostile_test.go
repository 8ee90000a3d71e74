package societal_test

// Hostile inputs of the largest size accepted: a valid dossier of about
// 1 MiB, the anchor, and for every map and list the formats hold, 1 MiB of
// distinct unknown (or invalid) names in it. Each must be decided at a cost
// of the order of the anchor's: see TestHostileShapesBounded (allocations,
// counted) and BenchmarkHostile (time, measured beside the anchor).

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/internal/wire"
)

// decodeCost decodes data once and returns the time it took, and the bytes
// and allocations it made (runtime.MemStats, read around it).
func decodeCost(tb testing.TB, data []byte, valid bool) (time.Duration, uint64, uint64) {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	_, err := societal.DecodeDossier(data)
	d := time.Since(t0)
	runtime.ReadMemStats(&m1)
	if (err == nil) != valid {
		tb.Fatalf("decoded with error %v, want valid %t", err, valid)
	}
	return d, m1.TotalAlloc - m0.TotalAlloc, m1.Mallocs - m0.Mallocs
}

// Every hostile shape is refused, with at most MaxProblems problems listed
// and the rest counted, at a cost bounded by the valid dossier's: at most
// 5 times its allocations (testing.AllocsPerRun) and its bytes allocated
// (runtime.MemStats). Counts, not times: the times are BenchmarkHostile's.
func TestHostileShapesBounded(t *testing.T) {
	const most = 5
	valid := decodetest.ValidBig()
	decode := func(data []byte) func() { return func() { _, _ = societal.DecodeDossier(data) } }
	validAllocs := testing.AllocsPerRun(2, decode(valid))
	_, validBytes, _ := decodeCost(t, valid, true)
	for _, s := range decodetest.Hostile() {
		t.Run(s.Name, func(t *testing.T) {
			_, err := societal.DecodeDossier(s.Data)
			if !errors.Is(err, societal.ErrDossier) {
				t.Fatalf("error %v, want ErrDossier", err)
			}
			if n := len(problemsIn(err)); n > wire.MaxProblems+1 {
				t.Errorf("%d problems listed, want at most %d and a count of the rest", n, wire.MaxProblems+1)
			}
			allocs := testing.AllocsPerRun(2, decode(s.Data))
			_, bytes, _ := decodeCost(t, s.Data, false)
			if allocs > most*validAllocs {
				t.Errorf("%.0f allocations, %.1f× the valid dossier's %.0f (want at most %d×)", allocs, allocs/validAllocs, validAllocs, most)
			}
			if bytes > most*validBytes {
				t.Errorf("%d bytes allocated, %.1f× the valid dossier's %d (want at most %d×)", bytes, float64(bytes)/float64(validBytes), validBytes, most)
			}
		})
	}
}
