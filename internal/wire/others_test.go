package wire

import "testing"

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
