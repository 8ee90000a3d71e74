package innovation_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

// checkMatrixErrors checks that err wraps ErrMatrix, that it holds exactly
// count *FieldError, and that for each i < wants one of them matches.
func checkMatrixErrors(t *testing.T, err error, count int, match func(*innovation.FieldError, int) bool, wants int) {
	t.Helper()
	if !errors.Is(err, innovation.ErrMatrix) {
		t.Errorf("error %v does not wrap ErrMatrix", err)
	}
	var first *innovation.FieldError
	if !errors.As(err, &first) {
		t.Fatalf("error %T is not (and does not wrap) a *FieldError", err)
	}
	var all []*innovation.FieldError
	var walk func(error)
	walk = func(e error) {
		if me, ok := e.(*innovation.FieldError); ok {
			all = append(all, me)
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
		}
	}
	walk(err)
	if len(all) != count {
		t.Errorf("%d *FieldError reported, want %d: %v", len(all), count, err)
	}
	for i := 0; i < wants; i++ {
		if !slices.ContainsFunc(all, func(me *innovation.FieldError) bool { return match(me, i) }) {
			t.Errorf("problem #%d not reported in: %v", i, err)
		}
	}
	for _, me := range all {
		msg := me.Error()
		if !strings.HasPrefix(msg, "innovation: ") || strings.HasSuffix(msg, ".") {
			t.Errorf("message %q is not of the form \"innovation: …\" without a final period", msg)
		}
		if !errors.Is(me, innovation.ErrMatrix) {
			t.Errorf("%v does not unwrap to ErrMatrix", me)
		}
	}
}

func encodeMatrixJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	return b
}
