package societal

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// A Criterion's JSON carries its source, derived from its id; a source that
// is not the id's is refused.
func TestCriterionJSON(t *testing.T) {
	c := Criterion{ID: CommitmentPlanned, Outcome: evaluation.NotMet, Severity: Minor, Detail: "no exit strategy",
		Gaps: []Gap{{Lever: innovation.Conseil, Partners: []partnership.Kind{partnership.CatalyseurTerritorial}, Detail: "anticipate an exit strategy up front"}}}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"commitment","outcome":"not-met","severity":"minor","detail":"no exit strategy",` +
		`"gaps":[{"lever":"conseil","partners":["catalyseur-territorial"],"detail":"anticipate an exit strategy up front"}],` +
		`"source":"004:3077-3083, 5709-5723"}`
	if string(b) != want {
		t.Fatalf("json.Marshal =\n%s\nwant\n%s", b, want)
	}
	var back Criterion
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.ID != c.ID || back.Outcome != c.Outcome || back.Severity != c.Severity || back.Detail != c.Detail || len(back.Gaps) != 1 || back.Source() != c.Source() {
		t.Fatalf("round trip: %+v", back)
	}
	// Without a source (a report written by hand): accepted, the source is the id's.
	if err := json.Unmarshal([]byte(`{"id":"budget","outcome":"met"}`), &back); err != nil || back.Source() != BudgetGuidance.Source() {
		t.Fatalf("no source: %v, %q", err, back.Source())
	}
	before := back
	err = json.Unmarshal([]byte(`{"id":"budget","outcome":"met","source":"004:1-2"}`), &back)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `"004:1-2"`) {
		t.Fatalf("wrong source: %v", err)
	}
	if back.ID != before.ID || back.Outcome != before.Outcome {
		t.Fatalf("a refused criterion was changed: %+v", back)
	}
	if _, err := json.Marshal(Criterion{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("invalid id marshalled: %v", err)
	}
}

// A report's nine criteria fit in one 512-byte allocation on 64-bit
// platforms: above 512 bytes the runtime adds a header and the next size
// class is 640 (AssessAll allocates this once per dossier).
func TestCriterionSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("64-bit layout")
	}
	if n := unsafe.Sizeof(Criterion{}) * NumCriteria; n > 512 {
		t.Errorf("%d criteria take %d bytes, over 512", NumCriteria, n)
	}
}

// A gapList keeps every gap added, in order, past its inline capacity; each
// gap holds exactly its lever's suppliers, in an array of its own.
func TestGapList(t *testing.T) {
	a := defaultAssessor
	for _, n := range []int{0, 1, innovation.NumStakeholders, innovation.NumStakeholders + 1, 3*innovation.NumStakeholders + 2} {
		var g gapList
		for i := range n {
			g.add(a, innovation.Lever(1+i%innovation.NumLevers), "gap "+strconv.Itoa(i))
		}
		if g.len() != n {
			t.Fatalf("%d gaps: len() = %d", n, g.len())
		}
		gaps := g.build(a)
		if len(gaps) != n || n == 0 && gaps != nil {
			t.Fatalf("%d gaps: built %d (%v)", n, len(gaps), gaps)
		}
		for i, gap := range gaps {
			l := innovation.Lever(1 + i%innovation.NumLevers)
			if gap.Lever != l || gap.Detail != "gap "+strconv.Itoa(i) || !slices.Equal(gap.Partners, a.rubric.Suppliers[l-1]) {
				t.Fatalf("%d gaps: gap %d = %+v", n, i, gap)
			}
			if cap(gap.Partners) != len(gap.Partners) {
				t.Fatalf("%d gaps: gap %d shares its array past its end (cap %d, len %d)", n, i, cap(gap.Partners), len(gap.Partners))
			}
		}
	}
}
