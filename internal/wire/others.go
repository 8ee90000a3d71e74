package wire

import "strings"

// ReportOthers records the problems check returns as Report does, less
// those at or below the path of a problem recorded since the count since
// (a value Problems returned): a format that read a value with problems
// still checks what it read, and reports what its reading did not already
// say. A field that failed to read is left zero, and "missing" or
// "invalid" at that path would repeat the reading problem in other words.
//
// check is called only while a problem found can be listed: not once
// MaxProblems are listed, nor after malformed JSON. Past the cap the
// reading problems are only counted, their paths unknown: what the checks
// find could not be told from them, and would be counted twice; and a
// hostile input must not make the checks build thousands of problems no
// one will read.
func (d *Decoder) ReportOthers(since int, check func() error) {
	if d.broken || d.Full() {
		return
	}
	err := check()
	if err == nil {
		return
	}
	var failed []string
	if since < len(d.problems) {
		for _, p := range d.problems[since:] {
			if e, ok := p.(*FieldError); ok {
				failed = append(failed, e.Path)
			}
		}
	}
	keep := func(path string) bool {
		for _, f := range failed {
			if within(path, f) {
				return false
			}
		}
		return d.room()
	}
	place(d.pkg, d.Path(), d.whole, err, keep, func(e *FieldError) {
		d.problems = append(d.problems, e)
	})
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
