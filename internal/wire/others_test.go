package wire

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestWithin(t *testing.T) {
	for _, tc := range []struct {
		path, base string
		want       bool
	}{
		{"a", "a", true},
		{"a.b", "a", true},
		{"a[0].b", "a", true},
		{"a[0].b", "a[0]", true},
		{"a.bc", "a.b", false},
		{"ab", "a", false},
		{"a", "a.b", false},
		{"x", "", true},
		{"", "a", false},
	} {
		if got := within(tc.path, tc.base); got != tc.want {
			t.Errorf("within(%q, %q) = %v, want %v", tc.path, tc.base, got, tc.want)
		}
	}
}

// Past MaxProblems, the malformed JSON that stops the reading is still
// listed with its line and column: it is what the reader fixes first.
func TestSyntaxListedPastTheCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := range MaxProblems + 20 {
		fmt.Fprintf(&b, "%q:1,", fmt.Sprintf("k%d", i))
	}
	b.WriteString("\n\"last\" 1}")
	d := NewDecoder([]byte(b.String()), testPkg, nil)
	for range d.Object(Keys{Names: []string{"a"}}) {
		d.Skip()
	}
	err := d.Finish()
	if !errors.Is(err, errSyntax) || !strings.Contains(err.Error(), "line 2, column 8") {
		t.Errorf("the syntax error is not listed: …%s", err.Error()[max(0, len(err.Error())-300):])
	}
}

// Past the cap, ReportOthers adds nothing, and does not even run the
// check: the reading problems it would have to tell apart are only
// counted, and the check's problems would be built for no one.
func TestReportOthersPastTheCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := range MaxProblems + 5 {
		fmt.Fprintf(&b, "%q:1,", fmt.Sprintf("k%d", i))
	}
	b.WriteString(`"a":1}`)
	d := NewDecoder([]byte(b.String()), testPkg, nil)
	for range d.Object(Keys{Names: []string{"a"}}) {
		d.Skip()
	}
	before := d.Problems()
	checked := false
	d.ReportOthers(0, func() error { checked = true; return testPkg.Field("a", "", "bad", errInvalid) })
	if checked {
		t.Error("ReportOthers ran the check past the cap")
	}
	if d.Problems() != before {
		t.Errorf("%d problems after ReportOthers past the cap, want %d", d.Problems(), before)
	}
}
