package innovation_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

// FuzzRestoreJSON: no input makes RestoreJSON panic; every input is either
// restored or refused with ErrSnapshot; a restored lifecycle re-encodes to a
// snapshot that restores to the same status and history length.
func FuzzRestoreJSON(f *testing.F) {
	f.Add([]byte(`{"start":"conception","status":{"phase":"conception"},"history":[]}`))
	f.Add([]byte(`{"start":"conception","status":{"phase":"experimentation"},"history":[{"from":"conception","to":"experimentation","kind":"advance","at":"2020-01-01T00:00:00Z"}]}`))
	f.Add([]byte(`{"start":"essaimage","status":{"phase":"essaimage","abandoned":true},"history":[{"from":"essaimage","to":"essaimage","kind":"abandon","at":"2020-01-01T00:00:00Z","reason":"fin"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := innovation.RestoreJSON(data)
		if err != nil {
			if !errors.Is(err, innovation.ErrSnapshot) {
				t.Fatalf("error %v does not wrap ErrSnapshot", err)
			}
			return
		}
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("re-encoding a restored lifecycle: %v", err)
		}
		r, err := innovation.RestoreJSON(out)
		if err != nil {
			t.Fatalf("restoring our own encoding %s: %v", out, err)
		}
		if r.Status() != l.Status() || len(r.History()) != len(l.History()) {
			t.Fatalf("round trip changed the lifecycle: %s", out)
		}
	})
}
