// Package golden compares a whole output with its golden file, as the
// tests of go/printer and gofmt do: testdata/<name>.golden, one file per
// output, renderer and language, rewritten from the outputs with
// `go test ./pkg -update`. Import it from tests only; it defines the
// -update flag, its one state.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/ from the outputs")

// Check compares got with testdata/name.golden, or rewrites the file with
// -update (File).
func Check(t testing.TB, name, got string) {
	t.Helper()
	File(t, filepath.Join("testdata", name+".golden"), got)
}

// File compares got with the file at path, or rewrites the file with
// -update: a golden file, or a committed artefact that go generate writes
// (its generator is the test run with -update). A difference is reported
// at its first line, with both lines.
func File(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := range max(len(gl), len(wl)) {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s: line %d\n got %q\nwant %q\n(go test -update rewrites the file if the change is meant)", path, i+1, g, w)
			return
		}
	}
}

// Updating reports whether the test runs with -update: a test that
// writes its golden files itself (several per output) asks it.
func Updating() bool { return *update }
