package langtest

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// recorder is a testing.TB that records what Filled reports.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// Filled reports each text missing a language, and only those; Fields and
// Labels name every field and every value.
func TestFilled(t *testing.T) {
	words := struct{ a, b lang.Text }{a: lang.Text{"un", "one"}, b: lang.Text{"deux", ""}}
	table := enum.Define[uint8](enum.Spec{Type: "T"},
		enum.Names{Key: "x", Label: lang.Text{"x", "x"}},
		enum.Names{Key: "y", Label: lang.Text{"", "y"}},
	)
	texts := map[string]lang.Text{}
	Fields(texts, "words", words)
	Labels(texts, "T", table)
	names := slices.Sorted(maps.Keys(texts))
	if want := []string{"T x", "T y", "words.a", "words.b"}; !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
	r := &recorder{TB: t}
	Filled(r, maps.All(texts))
	if len(r.errors) != 2 {
		t.Errorf("Filled reported %q, want words.b and T y", r.errors)
	}
}
