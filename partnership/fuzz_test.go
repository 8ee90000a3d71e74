package partnership_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/problem"
)

// FuzzDecode: Decode never panics; every problem it reports is a
// *problem.Error of this package, under 1 KiB however large the input; whatever
// it accepts re-encodes to JSON that decodes to the same encoding, and every
// reading runs.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"partners":[{"id":"a","kind":"association","power":"1"}],"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":"10.5","currency":"EUR"}}]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"name":"A","name":"B"}`))
	f.Fuzz(checkDecode)
}

// The contract of FuzzDecode on an unknown key of 100,000 bytes, generated
// here rather than stored as a seed (the fuzzer would grow and minimise
// inputs of its size).
func TestDecodeLargeInputs(t *testing.T) {
	checkDecode(t, []byte(`{"`+strings.Repeat("k", 100_000)+`":1}`))
}

// checkDecode is the body of FuzzDecode.
func checkDecode(t *testing.T, data []byte) {
	p, err := partnership.Decode(data)
	if err != nil {
		if p != nil {
			t.Fatal("a partnership with an error")
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if len(line) > 1024 || !strings.HasPrefix(line, "partnership: ") {
				t.Fatalf("problem of %d bytes: %.200s", len(line), line)
			}
		}
		if len(problem.List(err)) == 0 {
			t.Fatalf("no *problem.Error in %v", err)
		}
		return
	}
	b, err := json.Marshal(*p)
	if err != nil {
		t.Fatalf("MarshalJSON: %v", err)
	}
	q, err := partnership.Decode(b)
	if err != nil {
		t.Fatalf("re-decode: %v\n%s", err, b)
	}
	b2, _ := q.MarshalJSON()
	if !bytes.Equal(b, b2) {
		t.Fatalf("round trip differs:\n%s\n%s", b, b2)
	}
	th := partnership.DefaultThresholds()
	if _, err := p.Coverage(innovation.Essaimage, innovation.DefaultNeeds(), th); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Diagnose(th); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Checklist(th); err != nil {
		t.Fatal(err)
	}
	_ = p.Balance()
}

// FuzzParseScheme: ParseScheme never panics, and what it accepts prints back
// to text it accepts with the same value.
func FuzzParseScheme(f *testing.F) {
	f.Add("entreprise+territoire")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		v, err := partnership.ParseScheme(s)
		if err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		w, err := partnership.ParseScheme(string(b))
		if err != nil || w != v {
			t.Fatalf("%q → %v → %q → %v, %v", s, v, b, w, err)
		}
	})
}

// FuzzParseNames: the enumeration parsers never panic and round-trip.
func FuzzParseNames(f *testing.F) {
	f.Add("acteur-public")
	f.Add("Mécénat")
	f.Add("NOT-MET")
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := partnership.ParseKind(s); err == nil {
			if w, err := partnership.ParseKind(v.String()); err != nil || w != v {
				t.Fatalf("kind %q", s)
			}
		}
		if v, err := partnership.ParseMode(s); err == nil {
			if w, err := partnership.ParseMode(v.String()); err != nil || w != v {
				t.Fatalf("mode %q", s)
			}
		}
		if v, err := partnership.ParseFact(s); err == nil {
			if w, err := partnership.ParseFact(v.String()); err != nil || w != v {
				t.Fatalf("fact %q", s)
			}
		}
		if v, err := partnership.ParseFactStatus(s); err == nil {
			if w, err := partnership.ParseFactStatus(v.String()); err != nil || w != v {
				t.Fatalf("status %q", s)
			}
		}
		if v, err := partnership.ParseObjective(s); err == nil {
			if w, err := partnership.ParseObjective(v.String()); err != nil || w != v {
				t.Fatalf("objective %q", s)
			}
		}
	})
}
