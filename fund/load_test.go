package fund_test

// Load reads a fund's folder of submissions from a file system the caller
// gives; Collect gathers what it yields.

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/problem"
)

// dossierJSON is a dossier named name, on one line.
func dossierJSON(name string) []byte {
	return []byte(`{"name": "` + name + `", "phase": "conception"}`)
}

// loadFS is a fund's folder: 2026/ holds a.json, b.JSON, c.ndjson (a good
// line, a blank one, a bad one, a good one), notes.txt and sub/d.json
// (skipped), big.json (over the limit); empty/ holds no dossier.
func loadFS() fstest.MapFS {
	nd := bytes.Join([][]byte{dossierJSON("C1"), nil, []byte(`{"name": "C?", "phase": "nulle-part"}`), dossierJSON("C2")}, []byte("\n"))
	return fstest.MapFS{
		"2026/a.json":      {Data: dossierJSON("A")},
		"2026/b.JSON":      {Data: dossierJSON("B")},
		"2026/c.ndjson":    {Data: append(nd, '\n')},
		"2026/notes.txt":   {Data: []byte("not a dossier")},
		"2026/sub/d.json":  {Data: dossierJSON("D")},
		"big/big.json":     {Data: bytes.Repeat([]byte(" "), societal.MaxJSON+10)},
		"empty/readme.txt": {Data: []byte("nothing here")},
		"one.json":         {Data: dossierJSON("One")},
		"odd/a[1].json":    {Data: dossierJSON("Literal")},
	}
}

// loaded describes what Load yields: a dossier's name, or a refusal's
// file, line and codes (or sentinel).
func loaded(seq func(func(*societal.Dossier, error) bool)) []string {
	var out []string
	for d, err := range seq {
		if err == nil {
			out = append(out, d.Name)
			continue
		}
		var r *fund.Refusal
		if !errors.As(err, &r) {
			out = append(out, "not a *Refusal: "+err.Error())
			continue
		}
		var p *problem.Error
		what := "?"
		switch {
		case errors.Is(err, societal.ErrLimit):
			what = "ErrLimit"
		case errors.Is(err, societal.ErrDossier):
			what = "ErrDossier"
		case errors.As(err, &p):
			what = p.Code
		case errors.Is(err, path.ErrBadPattern):
			what = "ErrBadPattern"
		case errors.Is(err, fs.ErrNotExist):
			what = "ErrNotExist"
		}
		out = append(out, fmt.Sprintf("refused %s:%d %s", r.File, r.Line, what))
	}
	return out
}

func TestLoad(t *testing.T) {
	fsys := loadFS()
	for _, tc := range []struct {
		name     string
		patterns []string
		want     []string
	}{
		{"a file", []string{"one.json"}, []string{"One"}},
		{"a directory: its *.json and *.ndjson in the order of their names, not its subdirectories",
			[]string{"2026"}, []string{"A", "B", "C1", "refused 2026/c.ndjson:3 ErrDossier", "C2"}},
		{"a pattern, its matches in order", []string{"2026/*.json"}, []string{"A"}},
		{"several patterns, in order", []string{"one.json", "2026/a.json"}, []string{"One", "A"}},
		{"the root", []string{"."}, []string{"One"}},
		{"a file named like a pattern", []string{"odd/a[1].json"}, []string{"Literal"}},
		{"an empty directory", []string{"empty"}, []string{"refused empty:0 empty-directory"}},
		{"a pattern that matches nothing", []string{"2026/*.xml"}, []string{"refused 2026/*.xml:0 no-match"}},
		{"a bad pattern", []string{"2026/[a-"}, []string{"refused 2026/[a-:0 ErrBadPattern"}},
		{"a file that does not exist", []string{"absent.json"}, []string{"refused absent.json:0 ErrNotExist"}},
		{"a file over the limit", []string{"big"}, []string{"refused big/big.json:0 ErrLimit"}},
		{"nothing", nil, nil},
	} {
		if got := loaded(fund.Load(fsys, tc.patterns...)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Load(%q) = %q, want %q", tc.name, tc.patterns, got, tc.want)
		}
	}
	// An empty directory and a pattern without a match unwrap to
	// fs.ErrNotExist, and are problems of the package's codes.
	for d, err := range fund.Load(fsys, "empty") {
		var p *problem.Error
		if d != nil || !errors.Is(err, fs.ErrNotExist) || !errors.As(err, &p) || p.Code != "empty-directory" {
			t.Errorf("empty directory: %v, %v", d, err)
		}
	}
}

// The iteration stops when its loop does, whatever it reads.
func TestLoadStops(t *testing.T) {
	for _, pattern := range []string{"2026", "2026/c.ndjson", "empty", "2026/*.xml"} {
		n := 0
		for range fund.Load(loadFS(), pattern, "one.json") {
			n++
			break
		}
		if n != 1 {
			t.Errorf("%s: %d yields after a break", pattern, n)
		}
	}
}

// Collect keeps the dossiers and the refusals apart, each in order, and
// makes a refusal of an error that is not one.
func TestCollect(t *testing.T) {
	ds, refused := fund.Collect(fund.Load(loadFS(), "2026", "empty"))
	var names []string
	for _, d := range ds {
		names = append(names, d.Name)
	}
	if !slices.Equal(names, []string{"A", "B", "C1", "C2"}) || len(refused) != 2 ||
		refused[0].File != "2026/c.ndjson" || refused[0].Line != 3 || refused[1].File != "empty" {
		t.Errorf("Collect: %q, %+v", names, refused)
	}
	other := errors.New("an iterator's own error")
	_, refused = fund.Collect(func(yield func(*societal.Dossier, error) bool) {
		_ = yield(&societal.Dossier{Name: "x"}, nil) && yield(nil, other)
	})
	if len(refused) != 1 || refused[0].Line != 2 || !errors.Is(&refused[0], other) {
		t.Errorf("Collect of another error: %+v", refused)
	}
}
