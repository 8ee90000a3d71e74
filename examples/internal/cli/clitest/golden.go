package clitest

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// Golden compares out, what a program wrote, with testdata/name.golden,
// or rewrites the file when the test runs with -update. A program's whole
// output lives there, one file per renderer and language
// ("evaluation.text.fr"), so that a rewording is one -update away.
func Golden(t *testing.T, name, out string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	got, wl := strings.Split(out, "\n"), strings.Split(string(want), "\n")
	for i := range max(len(got), len(wl)) {
		var g, w string
		if i < len(got) {
			g = got[i]
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
