package wire

import (
	"strings"

	"github.com/seed424036fd/societal/problem"
)

// check records the problems check returns as place does, less those
// reading already said: a format that read a value with problems still
// checks what it read, and reports what its reading did not already say.
// A field that failed to read is left zero, and "missing" or "invalid" at
// that path would repeat the reading problem in other words. A problem is
// left out when its path is at or below the path of a problem recorded
// since the count since (a value count returned) or, with byKey, when it
// lies below the same key of the value read as such a problem: a list
// whose items are kept only when read whole is judged afresh, and its
// items' paths no longer match.
//
// check is called only while a problem found can be listed: not once
// MaxProblems are listed, nor after malformed JSON. Past the cap the
// reading problems are only counted, their paths unknown: what the checks
// find could not be told from them, and would be counted twice; and a
// hostile input must not make the checks build thousands of problems no
// one will read.
func (d *decoder) check(since int, byKey bool, check func() error) {
	if d.broken || d.full() {
		return
	}
	err := check()
	if err == nil {
		return
	}
	base := d.where()
	var failed []string
	if since < len(d.problems) {
		for _, p := range d.problems[since:] {
			path := p.(*problem.Error).Path
			if byKey {
				path = topKey(base, path)
			}
			failed = append(failed, path)
		}
	}
	for e := range problem.All(err) {
		at := problem.Join(base, e.Path)
		if e.Code == "error" {
			at = base
		}
		left := false
		for _, f := range failed {
			if within(at, f) {
				left = true
				break
			}
		}
		if left || !d.room() {
			continue
		}
		if e.Code == "error" { // not a problem of the module: its message, at base
			d.add(e.In(d.pkg, base, nil))
			continue
		}
		d.add(e.In("", base, nil))
	}
}

// topKey returns the path of the key of base that path lies below:
// "budget" for "budget.total" below "".
func topKey(base, path string) string {
	rest, ok := strings.CutPrefix(path, base)
	if !ok {
		return path
	}
	if base != "" {
		if rest == "" || rest[0] != '.' && rest[0] != '[' {
			return path
		}
		rest = strings.TrimPrefix(rest, ".")
	}
	if i := strings.IndexAny(rest, ".["); i > 0 {
		rest = rest[:i]
	}
	return problem.Join(base, rest)
}

// within reports whether path is base or below it: "a.b[0]" is within "a"
// and "a.b", not within "a.bc".
func within(path, base string) bool {
	if base == "" || path == base {
		return true
	}
	rest, ok := strings.CutPrefix(path, base)
	return ok && (rest[0] == '.' || rest[0] == '[')
}
