package fund_test

import (
	"context"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/fund"
)

// A refusal a Digest keeps retains at most MaxRefusalSize bytes, whatever
// the line held: here lines of 120 problems each, their messages long
// (each lists the dossier's keys). Bytes are counted (the heap in use,
// the digest alive), never timed.
func TestRefusalSize(t *testing.T) {
	const n = 2000
	var in strings.Builder
	for i := range n {
		in.WriteString(`{"name":"Projet ` + strconv.Itoa(i) + `","phase":"conception"`)
		for k := range 120 {
			in.WriteString(`,"k` + strconv.Itoa(i) + `-` + strconv.Itoa(k) + `":0`)
		}
		in.WriteString("}\n")
	}
	data := in.String()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	dg, err := fund.AssessNDJSON(context.Background(), nil, strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if len(dg.Refused) != n {
		t.Fatalf("%d refusals, want %d", len(dg.Refused), n)
	}
	per := (int64(after.HeapAlloc) - int64(before.HeapAlloc)) / n
	if per > fund.MaxRefusalSize {
		t.Errorf("a refusal retains %d bytes, over MaxRefusalSize (%d)", per, fund.MaxRefusalSize)
	}
	if p := dg.Refused[0].Problems(0); len(p) != fund.MaxRefusalProblems+1 {
		t.Errorf("a refusal keeps %d lines, want %d problems and the count of the others", len(p), fund.MaxRefusalProblems)
	}
	runtime.KeepAlive(dg)
	runtime.KeepAlive(data)
}
