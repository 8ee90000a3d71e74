// Package clitest checks the command line of an example program the same
// way for every program: each case runs the program with its arguments and
// checks the exit status and a part of what it wrote on standard output and
// standard error. Import it from tests only. It has no state.
package clitest

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// Case is one run of a program: its arguments, the exit status wanted, and
// a part of standard output and of standard error ("" wants the stream
// empty). A plain value, safe for concurrent use.
type Case struct {
	Args   []string
	Status int
	Stdout string
	Stderr string
}

// Run runs every case through run, the program's entry point, and reports
// each mismatch under the program's name.
func Run(t *testing.T, name string, run func(args []string, stdout, stderr io.Writer) int, cases []Case) {
	t.Helper()
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		status := run(c.Args, &stdout, &stderr)
		if status != c.Status {
			t.Errorf("%s %q: exit status %d, want %d; stderr %q", name, c.Args, status, c.Status, stderr.String())
		}
		for _, s := range []struct{ stream, got, want string }{{"stdout", stdout.String(), c.Stdout}, {"stderr", stderr.String(), c.Stderr}} {
			if s.want == "" && s.got != "" || !strings.Contains(s.got, s.want) {
				t.Errorf("%s %q: %s = %.200q, want it to contain %q", name, c.Args, s.stream, s.got, s.want)
			}
		}
	}
}
