package societal_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
)

// FuzzDecodeDossier: DecodeDossier never panics; what it refuses is an error
// wrapping ErrDossier or ErrLimit, each problem with a short message; what
// it accepts is valid, marshals (by pointer and by value alike), decodes
// again, and is assessed the same.
// The seed corpus (testdata/fuzz/FuzzDecodeDossier) holds the example
// dossier, one input per kind of bad input of TestDecodeRefuses and keys
// given twice (plain, escaped, nested), each small: the large inputs
// (TestDecodeDossierLargeInputs) are generated, not seeds, or the fuzzer
// would grow and minimise inputs of their size.
func FuzzDecodeDossier(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add(dossiertest.ExampleJSON(f))
	f.Add([]byte(`{"name": "P", "phase": "conception", "stakeholders": {"financeurs": "+"}, "dimensions": {"solution": "absent"}}`))
	f.Add([]byte(`{"name": "P", "phase": "conception", "name": "Q"}`))
	f.Fuzz(checkDecodeDossier)
}

// The contract of FuzzDecodeDossier on large inputs: an unknown key of
// 100,000 bytes, numbers of 10,000 digits.
func TestDecodeDossierLargeInputs(t *testing.T) {
	digits := strings.Repeat("9", 10_000)
	for _, s := range []string{
		`{"name":"P","phase":"conception","` + strings.Repeat("k", 100_000) + `":1}`,
		`{"name":"P","phase":"conception","partnership":{"partners":[{"id":"a","kind":"fondation"}],"contributions":[{"partner":"a","lever":"financement","kind":"financier","amount":{"value":` + digits + `,"currency":"EUR"}}]}}`,
		`{"name":"P","phase":"conception","budget":{"total":` + digits + `,"evaluation":0,"capacity_building":0}}`,
	} {
		checkDecodeDossier(t, []byte(s))
	}
}

// checkDecodeDossier is the body of FuzzDecodeDossier.
func checkDecodeDossier(t *testing.T, data []byte) {
	d, err := societal.DecodeDossier(data)
	if err != nil {
		if d != nil {
			t.Fatal("a dossier with an error")
		}
		if !errors.Is(err, societal.ErrDossier) && !errors.Is(err, societal.ErrLimit) {
			t.Fatalf("error wraps neither ErrDossier nor ErrLimit: %v", err)
		}
		fes := problemsIn(err)
		if len(fes) == 0 {
			t.Fatalf("no *problem.Error in %v", err)
		}
		for _, fe := range fes {
			if len(fe.Error()) > 1024 {
				t.Fatalf("a message of %d bytes: %.200q…", len(fe.Error()), fe.Error())
			}
		}
		return
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("decoded a dossier Validate refuses: %v", err)
	}
	rep := societal.Assess(d)
	b, err := d.MarshalJSON()
	if err != nil {
		t.Fatalf("marshal a decoded dossier: %v", err)
	}
	d2, err := societal.DecodeDossier(b)
	if err != nil {
		t.Fatalf("decode a marshalled dossier: %v\n%s", err, b)
	}
	if !dossiertest.ReportsEqual(rep, societal.Assess(d2)) {
		t.Fatalf("the round trip changed the assessment:\nin:  %q\nout: %s", data, b)
	}
	b2, err := d2.MarshalJSON()
	if err != nil || !bytes.Equal(b, b2) {
		t.Fatalf("marshal again: %v\n%s\n%s", err, b, b2)
	}
	if b3, err := json.Marshal(*d); err != nil || !bytes.Equal(b, b3) {
		t.Fatalf("json.Marshal of the value: %v\n%s\n%s", err, b, b3)
	}
	_ = rep.Markdown(lang.French)
}

// FuzzParseEnums: the parsers of the root enumerations accept exactly what
// they accept, consistently: a parsed value is valid, its String parses
// back to it, MarshalText and UnmarshalText agree; a refusal is a
// problem of code "unknown-name" wrapping ErrUnknown, and UnmarshalText
// leaves its target unchanged.
func FuzzParseEnums(f *testing.F) {
	for _, s := range []string{
		"", "unstated", "Non renseigné", "phase-identified", "economic-model", "commitment", "Phase identifiée",
		"minor", "Bloquante", "BLOCKING", "ready", "not-yet", "Pas encore", "blocked",
		"absent", "Partiel", "Établi", "established", "%!Verdict(0)", "\x00", "é",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEnum(t, s, societal.ParseCheckID)
		checkEnum(t, s, societal.ParseSeverity)
		checkEnum(t, s, societal.ParseVerdict)
		checkEnum(t, s, societal.ParseEvidence)
	})
}

type rootEnum interface {
	comparable
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
}

func checkEnum[E rootEnum, P interface {
	*E
	UnmarshalText([]byte) error
}](t *testing.T, s string, parse func(string) (E, error)) {
	t.Helper()
	v, err := parse(s)
	var sentinel E
	var target E
	if err != nil {
		var pe *problem.Error
		if !errors.As(err, &pe) || !errors.Is(err, societal.ErrUnknown) || (pe.Code != "unknown-name" && pe.Code != "missing-name") {
			t.Fatalf("parse %q: %v", s, err)
		}
		if v != sentinel {
			t.Fatalf("parse %q: %v with an error", s, v)
		}
		if P(&target).UnmarshalText([]byte(s)) == nil || target != sentinel {
			t.Fatalf("UnmarshalText %q accepted what the parser refuses", s)
		}
		return
	}
	if !v.IsValid() {
		t.Fatalf("parse %q gives invalid %v", s, v)
	}
	back, err := parse(v.String())
	if err != nil || back != v {
		t.Fatalf("parse(%q) = %v, parse(String) = %v, %v", s, v, back, err)
	}
	text, err := v.MarshalText()
	if err != nil || string(text) != v.String() {
		t.Fatalf("MarshalText %v: %q, %v", v, text, err)
	}
	if err := P(&target).UnmarshalText(text); err != nil || target != v {
		t.Fatalf("UnmarshalText %q: %v, %v", text, target, err)
	}
}

func TestEnumsInvalidValues(t *testing.T) {
	for _, v := range []interface {
		IsValid() bool
		String() string
		MarshalText() ([]byte, error)
	}{societal.CheckID(0), societal.CheckID(numChecks() + 1), societal.Severity(0), societal.Severity(4), societal.Verdict(0), societal.Verdict(200), societal.Evidence(4)} {
		if v.IsValid() {
			t.Errorf("%v valid", v)
		}
		if _, err := v.MarshalText(); !errors.Is(err, societal.ErrInvalid) || problem.List(err)[0].Code != "invalid-value" {
			t.Errorf("MarshalText %v: %v", v, err)
		}
		if s := v.String(); len(s) < 3 || s[:2] != "%!" {
			t.Errorf("String of an invalid value: %q", s)
		}
	}
	for _, l := range []lang.Lang{lang.French, lang.English} {
		for id := range societal.CheckIDs() {
			if id.Label(l) == "" {
				t.Errorf("%v has no label in %v", id, l)
			}
		}
		if societal.Unstated.Label(l) == "" || societal.Blocked.Label(l) == "" || societal.Major.Label(l) == "" {
			t.Errorf("missing labels in %v", l)
		}
	}
}

// Every seed of every fuzz target of the module is small: from a large seed
// the fuzzer grows and minimises inputs of its size, and a target runs a
// handful of inputs in CI's budget. Large inputs are generated in tests
// that run the target's body on them (TestDecodeDossierLargeInputs, …).
func TestFuzzSeedsAreSmall(t *testing.T) {
	const most = 4 << 10
	seeds := 0
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.Contains(filepath.ToSlash(path), "testdata/fuzz/") {
			return err
		}
		seeds++
		if info, err := e.Info(); err != nil {
			return err
		} else if info.Size() > most {
			t.Errorf("%s: a seed of %d bytes, want at most %d (generate large inputs in a test)", path, info.Size(), most)
		}
		return nil
	})
	if err != nil || seeds < 100 {
		t.Errorf("%d seeds found: %v", seeds, err)
	}
}

// FuzzDecodeRubric: no input makes DecodeRubric panic; a rubric it reads
// is valid, and written back, reads back to the same text.
func FuzzDecodeRubric(f *testing.F) {
	data, err := societal.DefaultRubric().MarshalJSON()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(strings.Replace(string(data), `"partnership":"major"`, `"Partenariat équilibré":"Bloquante"`, 1)))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"version": "x", "severity": {"budget": "minor"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := societal.DecodeRubric(data)
		if err != nil {
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("decoded an invalid rubric: %v", err)
		}
		out, err := r.MarshalJSON()
		if err != nil {
			t.Fatalf("a decoded rubric does not write: %v", err)
		}
		back, err := societal.DecodeRubric(out)
		if err != nil {
			t.Fatalf("written %s, refused: %v", out, err)
		}
		again, err := back.MarshalJSON()
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("written again differently (%v):\n%s\n%s", err, out, again)
		}
	})
}
