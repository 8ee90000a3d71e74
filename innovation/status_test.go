package innovation_test

import (
	"fmt"
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

// TestStatusString: a Status prints as a person reads it, with fmt too.
func TestStatusString(t *testing.T) {
	for _, tt := range []struct {
		s    innovation.Status
		want string
	}{
		{innovation.Status{Phase: innovation.Experimentation}, "experimentation"},
		{innovation.Status{Phase: innovation.Experimentation, Abandoned: true}, "abandoned in experimentation"},
		{innovation.Status{Phase: innovation.Industrialisation}, "industrialisation"},
		{innovation.Status{}, "%!Phase(0)"},
		{innovation.Status{Phase: 9, Abandoned: true}, "abandoned in %!Phase(9)"},
	} {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.s, got, tt.want)
		}
		if got := fmt.Sprint(tt.s); got != tt.want {
			t.Errorf("fmt.Sprint(%#v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
