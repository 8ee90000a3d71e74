package evaluation

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzDecodeFast checks decodeFast against decodeSlow, the reference:
// whenever the fast path accepts an input, the reference accepts it too and
// decodes the same report.
func FuzzDecodeFast(f *testing.F) {
	for _, s := range []string{perfJSON, pertJSON, partJSON, `{"form":"pertinence","FORM":"performance","degree":"compter","indicators":[]}`} {
		f.Add([]byte(s), uint8(0))
		f.Add([]byte(s), uint8(Performance))
	}
	f.Fuzz(func(t *testing.T, data []byte, want uint8) {
		w := Form(want % (uint8(Partenariale) + 1))
		fast, ok := decodeFast(data, w)
		if !ok {
			return
		}
		ref, err := decodeSlow(data, w)
		if err != nil {
			t.Fatalf("the fast path accepts what the reference refuses: %v", err)
		}
		a, errA := json.Marshal(fast)
		b, errB := json.Marshal(ref)
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Fatalf("fast and reference paths differ:\n%s (%v)\n%s (%v)", a, errA, b, errB)
		}
	})
}

// The fast path takes what MarshalJSON writes.
func TestDecodeFastTakesMarshalled(t *testing.T) {
	for _, r := range benchReports(4) {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := decodeFast(data, 0); !ok {
			t.Errorf("decodeFast refused %s", data)
		}
	}
}
