package societal_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/lang"
)

// shopspring/decimal's package-level settings are global to every program
// that imports us: the library must never set them.
func TestDecimalGlobalsUntouched(t *testing.T) {
	type settings struct {
		div, pow, exp int
		noQuotes      bool
		zero          string
	}
	read := func() settings {
		return settings{decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent, decimal.ExpMaxIterations, decimal.MarshalJSONWithoutQuotes, decimal.Zero.String()}
	}
	want := settings{16, 16, 1000, false, "0"}
	if got := read(); got != want {
		t.Fatalf("settings before the run: %+v, want the library defaults %+v", got, want)
	}
	// A full run through the public API.
	data, err := os.ReadFile(filepath.Join("examples", "readiness", "dossier.json"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := societal.DecodeDossier(data)
	if err != nil {
		t.Fatal(err)
	}
	rep := societal.Assess(d)
	_ = rep.Markdown(lang.French)
	if _, err := json.Marshal(rep); err != nil {
		t.Fatal(err)
	}
	if _, err := json.Marshal(d); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != want {
		t.Fatalf("settings after the run: %+v, want %+v", got, want)
	}
}

// No source file of the library assigns to a shopspring setting.
func TestNoSourceSetsDecimalGlobals(t *testing.T) {
	assign := regexp.MustCompile(`decimal\.(DivisionPrecision|PowPrecisionNegativeExponent|MarshalJSONWithoutQuotes|ExpMaxIterations|Zero)\s*(=|\+=|-=|\+\+|--)`)
	err := filepath.WalkDir(".", func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if loc := assign.FindIndex(src); loc != nil {
			t.Errorf("%s assigns a shopspring/decimal global: %q", path, src[loc[0]:loc[1]])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
