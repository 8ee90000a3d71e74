package societal

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// addCorpus adds to f the inputs of the seed corpus of FuzzDecodeDossier.
func addCorpus(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzDecodeDossier", "*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		_, arg, ok := strings.Cut(string(b), "\n[]byte(")
		if !ok {
			continue
		}
		s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimSpace(arg), ")"))
		if err != nil {
			f.Fatalf("%s: %v", name, err)
		}
		f.Add([]byte(s))
	}
}

// FuzzDecodeFast checks decodeFast against the reference path: whenever
// the fast path accepts an input, the reference accepts it too and decodes
// the same dossier.
func FuzzDecodeFast(f *testing.F) {
	example, err := os.ReadFile(filepath.Join("examples", "readiness", "dossier.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(example)
	f.Add(bytes.Replace(example, []byte(`"evaluations": [`), []byte(`"Evaluations": [`), 1))
	f.Add(bytes.Replace(example, []byte(`"name": "Wimoov`), []byte(`"partnership": null, "name": "Wimoov`), 1))
	f.Add([]byte(`{"name": "P", "phase": "conception", "evaluations": [], "partnership": null}`))
	f.Add([]byte(`{"name": "P", "phase": "conception", "stakeholders": {"financeurs": "+"}, "stakeholders": {"pairs": "++"}}`))
	addCorpus(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > MaxDossierJSON {
			return
		}
		fast, ok := decodeFast(data)
		if !ok {
			return
		}
		ref, err := decodeReference(data)
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

// The fast path takes the example dossier: it is the common case.
func TestDecodeFastTakesTheExample(t *testing.T) {
	example, err := os.ReadFile(filepath.Join("examples", "readiness", "dossier.json"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := decodeFast(example); !ok {
		t.Fatal("decodeFast refused the example dossier")
	}
}
