package decodetest

import (
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// Covers checks that the values gen draws, written as JSON by encode, hold
// every key of the schema of dir at loc: the generators of the test kits
// cannot forget a key of the format. It draws as many values as rapid.Check
// does (100, or -rapid.checks).
func Covers[V any](t *testing.T, dir, loc string, gen *rapid.Generator[V], encode func(V) ([]byte, error)) {
	t.Helper()
	want, err := SchemaPaths(dir, loc)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	rapid.Check(t, func(rt *rapid.T) {
		data, err := encode(gen.Draw(rt, "value"))
		if err != nil {
			rt.Fatal(err)
		}
		paths, err := Paths(dir, loc, data)
		if err != nil {
			rt.Fatal(err)
		}
		for _, p := range paths {
			seen[p] = true
		}
	})
	got := make([]string, 0, len(seen))
	for p := range seen {
		got = append(got, p)
	}
	slices.Sort(got)
	for _, p := range Missing(want, got) {
		t.Errorf("no value drawn holds %s: the generator forgets a key of the format", p)
	}
}
