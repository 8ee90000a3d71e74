package partnership_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/seed424036fd/societal/partnership"
)

func TestJSONRoundTrip(t *testing.T) {
	s := wimoov()
	s.Contributions[0].Period = partnership.Period{Start: 2012, End: 2014}
	s.Terms.ExitStrategy = partnership.No
	s.Scheme = partnership.SchemeEntreprise | partnership.SchemeTerritoire
	p := mustNew(s)
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q partnership.Partnership
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(&q)
	if !bytes.Equal(b, b2) {
		t.Errorf("round trip differs:\n%s\n%s", b, b2)
	}
	got := q.Spec()
	if !got.Contributions[0].Amount.Value.Equal(dec("300000")) || got.Contributions[0].Period != s.Contributions[0].Period ||
		got.Terms != s.Terms || got.Scheme != s.Scheme || !got.Partners[1].Power.Equal(dec("0.3")) {
		t.Errorf("decoded spec differs: %+v", got)
	}
}

// holder is a caller's struct holding a Partnership by value.
type holder struct {
	P partnership.Partnership `json:"p"`
}

// A Partnership marshals the same by value, by pointer and inside a
// caller's struct, with its decimals as JSON strings, and decodes back.
func TestMarshalByValue(t *testing.T) {
	p := mustNew(wimoov())
	byPtr, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	byValue, err := json.Marshal(*p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(byPtr, byValue) {
		t.Fatalf("by value:\n%s\nby pointer:\n%s", byValue, byPtr)
	}
	for _, want := range []string{`"power":"0.4"`, `"value":"300000"`} {
		if !bytes.Contains(byValue, []byte(want)) {
			t.Errorf("no %s in %s", want, byValue)
		}
	}
	in, err := json.Marshal(holder{P: *p})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"p":` + string(byValue) + `}`; string(in) != want {
		t.Fatalf("in a struct:\n%s\nwant\n%s", in, want)
	}
	var back holder
	if err := json.Unmarshal(in, &back); err != nil {
		t.Fatal(err)
	}
	if again, _ := json.Marshal(back.P); !bytes.Equal(again, byValue) {
		t.Errorf("round trip in a struct:\n%s\n%s", again, byValue)
	}
}
