package fund

import (
	"errors"
	"io"
	"io/fs"
	"iter"
	"path"
	"strings"

	"github.com/seed424036fd/societal"
)

// Load returns the dossiers of fsys that patterns name, in order, as an
// iterator: what a fund's folder of submissions holds, read without a
// line of loader. The caller gives the file system (os.DirFS(dir),
// an embed.FS, a fstest.MapFS): Load opens nothing else.
//
// Each pattern is a path of fsys (fs.ValidPath: slash-separated, no ".."),
// or a pattern of fs.Glob ("2026/*.json"), its matches in lexical order (a
// pattern that names a file as it stands, "a[1].json", is that file):
//
//   - a file whose name ends in ".ndjson" (in any case) holds one dossier
//     per line, read as DecodeNDJSON reads them;
//   - any other file is one dossier (JSON), read up to one byte past
//     societal.MaxJSON, so that a larger file is refused by the decoder
//     without being read whole;
//   - a directory holds its *.json and *.ndjson files (not those of its
//     subdirectories), in the order of their names; "." is the root of
//     fsys.
//
// Every dossier read is yielded with a nil error; every submission that
// cannot be assessed is yielded as a nil dossier and a *Refusal that names
// its file (a path of fsys) and, in NDJSON, its line: a dossier that does
// not decode, with every one of its problems (unwrapping to
// societal.ErrDossier); a file that cannot be read, with the error of fsys
// (a read error of NDJSON ends its file, at its line); a directory without
// such a file, with the problem "empty-directory"; a pattern that matches
// nothing, with "no-match" (both unwrapping to fs.ErrNotExist); a pattern
// that is not one, with path.ErrBadPattern. The iteration goes on after
// each refusal. Files are read as the iteration reaches them, one at a
// time, and closed before the next.
func Load(fsys fs.FS, patterns ...string) iter.Seq2[*societal.Dossier, error] {
	return func(yield func(*societal.Dossier, error) bool) {
		l := loader{fsys: fsys, yield: yield}
		for _, p := range patterns {
			if !l.pattern(p) {
				return
			}
		}
	}
}

// Collect reads seq to its end and returns its dossiers and its refusals,
// each in order: a *Refusal as it is yielded, any other error as a Refusal
// at its rank in seq (its Line). What a Portfolio's Refused holds, and the
// dossiers to assess (AssessAll) or to judge by two rubrics (DiffRubrics).
func Collect(seq iter.Seq2[*societal.Dossier, error]) (dossiers []*societal.Dossier, refused []Refusal) {
	rank := 0
	for d, err := range seq {
		rank++
		var r *Refusal
		switch {
		case err == nil:
			dossiers = append(dossiers, d)
		case errors.As(err, &r):
			refused = append(refused, *r)
		default:
			refused = append(refused, Refusal{Line: rank, Err: err})
		}
	}
	return dossiers, refused
}

// loader reads the patterns of one Load.
type loader struct {
	fsys  fs.FS
	yield func(*societal.Dossier, error) bool
}

// refuse yields the refusal of file for err; false when the iteration
// stops.
func (l *loader) refuse(file string, line int, err error) bool {
	return l.yield(nil, &Refusal{File: file, Line: line, Err: err})
}

// pattern reads what p names: the path p, if it has no metacharacter or
// names a file as it stands ("a[1].json"), else its matches.
func (l *loader) pattern(p string) bool {
	if _, err := fs.Stat(l.fsys, p); !hasMeta(p) || err == nil {
		return l.path(p)
	}
	matches, err := fs.Glob(l.fsys, p)
	switch {
	case err != nil:
		return l.refuse(p, 0, err)
	case len(matches) == 0:
		return l.refuse(p, 0, noMatch.New("fund", "", ""))
	}
	for _, m := range matches {
		if !l.path(m) {
			return false
		}
	}
	return true
}

// hasMeta reports whether p holds a character fs.Glob treats specially.
func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// path reads the file or the directory name.
func (l *loader) path(name string) bool {
	fi, err := fs.Stat(l.fsys, name)
	switch {
	case err != nil:
		return l.refuse(name, 0, err)
	case !fi.IsDir():
		return l.file(name)
	}
	entries, err := fs.ReadDir(l.fsys, name) // sorted by name
	if err != nil {
		return l.refuse(name, 0, err)
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() || !isDossierFile(e.Name()) {
			continue
		}
		n++
		if !l.file(path.Join(name, e.Name())) {
			return false
		}
	}
	if n == 0 {
		return l.refuse(name, 0, emptyDirectory.New("fund", "", ""))
	}
	return true
}

// isDossierFile reports whether a file of a directory holds dossiers: its
// name ends in .json or .ndjson, in any case.
func isDossierFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".json" || ext == ".ndjson"
}

// IsNDJSON reports whether the file name says NDJSON: it ends in
// ".ndjson", in any case.
func IsNDJSON(name string) bool { return strings.EqualFold(path.Ext(name), ".ndjson") }

// file reads the dossiers of the file name: one, or one per line for
// NDJSON.
func (l *loader) file(name string) bool {
	f, err := l.fsys.Open(name)
	if err != nil {
		return l.refuse(name, 0, err)
	}
	defer f.Close()
	if !IsNDJSON(name) {
		data, err := io.ReadAll(io.LimitReader(f, societal.MaxJSON+1))
		if err != nil {
			return l.refuse(name, 0, err)
		}
		d, err := societal.DecodeDossier(data)
		if err != nil {
			return l.refuse(name, 0, err)
		}
		return l.yield(d, nil)
	}
	for d, err := range DecodeNDJSON(f) {
		if err == nil {
			if !l.yield(d, nil) {
				return false
			}
			continue
		}
		r := err.(*Refusal) // DecodeNDJSON yields nothing else
		if !l.refuse(name, r.Line, r.Err) {
			return false
		}
	}
	return true
}
