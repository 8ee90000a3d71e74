package problem_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

var (
	overLimit = problem.Kind{Code: "over-limit", Err: problem.ErrLimit,
		Message: lang.Text{"{1} octets, au-delà de la limite de {2}", "{1} bytes, over the limit of {2}"}}
	errWhole = errors.New("whole input")
)

func TestError(t *testing.T) {
	e := overLimit.New("societal", "name", strings.Repeat("é", 40), lang.Int(80), lang.Int(64))
	if e.Code != "over-limit" || e.Path != "name" || !errors.Is(e, problem.ErrLimit) {
		t.Fatalf("New: %+v", e)
	}
	if len(e.Value) > problem.MaxEcho+len("…") || !strings.HasSuffix(e.Value, "…") {
		t.Errorf("Value not cut: %d bytes", len(e.Value))
	}
	want := `societal: name "` + strings.Repeat("é", 32) + `"…: 80 bytes, over the limit of 64`
	if got := e.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := e.Reason(lang.French); got != "80 octets, au-delà de la limite de 64" {
		t.Errorf("Reason(fr) = %q", got)
	}
	if got := e.Reason(lang.Pseudo); got != "80 ⟦bytes, over the limit of⟧ 64" {
		t.Errorf("Reason(pseudo) = %q", got)
	}
	in := e.In("", "partnership", errWhole)
	if in.Path != "partnership.name" || !errors.Is(in, errWhole) || !errors.Is(in, problem.ErrLimit) || e.Path != "name" {
		t.Errorf("In: %+v (original %+v)", in, e)
	}
	outer := errors.New("outer input")
	twice := in.In("", "dossier", outer)
	if !errors.Is(twice, errWhole) || !errors.Is(twice, outer) || twice.Path != "dossier.partnership.name" || len(in.Unwrap()) != 2 {
		t.Errorf("In twice: %+v", twice)
	}
	if got := overLimit.New("", "", "").At(3, 7).Text(lang.French); got != "ligne 3, colonne 7\u00a0: {1} octets, au-delà de la limite de {2}" {
		t.Errorf("At.Text = %q", got)
	}
}

func TestJoin(t *testing.T) {
	for _, tt := range [][3]string{
		{"", "a", "a"}, {"a", "", "a"}, {"a", "b", "a.b"}, {"a", "[0]", "a[0]"}, {"a[1]", "b.c", "a[1].b.c"},
	} {
		if got := problem.Join(tt[0], tt[1]); got != tt[2] {
			t.Errorf("Join(%q, %q) = %q, want %q", tt[0], tt[1], got, tt[2])
		}
	}
}

func TestAll(t *testing.T) {
	a := overLimit.New("x", "a", "")
	b := overLimit.New("x", "b", "")
	foreign := fmt.Errorf("disk: %w", errWhole)
	err := errors.Join(a, errors.Join(b, foreign))
	got := problem.List(err)
	if len(got) != 3 || got[0] != a || got[1] != b || got[2].Code != "error" || !errors.Is(got[2], errWhole) {
		t.Fatalf("List = %v", got)
	}
	if got[2].Text(lang.French) != "disk: whole input" {
		t.Errorf("foreign error text = %q", got[2].Text(lang.French))
	}
	n := 0
	for range problem.All(err) {
		n++
		break
	}
	if n != 1 || problem.List(nil) != nil {
		t.Error("All does not stop, or List(nil) is not nil")
	}
}
