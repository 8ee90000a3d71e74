package societal_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	iofs "io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// A limit re-exported from internal/wire shows as "MaxJSON = wire.MaxJSON"
// in go doc, so its doc comment says "Its value is …": every such sentence
// must state the constant's value (the number in parentheses when there is
// one, "1 MiB (1 048 576 bytes)", else the first number).
func TestDocumentedLimitValues(t *testing.T) {
	values := map[string]int{
		"societal.MaxJSON": societal.MaxJSON, "societal.MaxText": societal.MaxText,
		"innovation.MaxJSON": innovation.MaxJSON, "innovation.MaxProse": innovation.MaxProse,
		"evaluation.MaxJSON": evaluation.MaxJSON, "evaluation.MaxText": evaluation.MaxText,
		"evaluation.MaxProse": evaluation.MaxProse, "evaluation.MaxDigits": evaluation.MaxDigits,
		"evaluation.MaxIntegerDigits": evaluation.MaxIntegerDigits, "evaluation.MaxScale": evaluation.MaxScale,
		"partnership.MaxJSON": partnership.MaxJSON, "partnership.MaxText": partnership.MaxText,
		"partnership.MaxProse": partnership.MaxProse, "partnership.MaxDigits": partnership.MaxDigits,
		"partnership.MaxScale": partnership.MaxScale, "partnership.MaxIntegerDigits": partnership.MaxIntegerDigits,
		"partnership.MaxSchemeText": partnership.MaxSchemeText,
	}
	sentence := regexp.MustCompile(`Its value is ([^.]*)\.`)
	number := regexp.MustCompile(`\d[\d ]*`)
	seen := 0
	for _, dir := range []string{".", "innovation", "evaluation", "partnership"} {
		pkgs, err := parser.ParseDir(token.NewFileSet(), dir, func(fi iofs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for name, p := range pkgs {
			for file, f := range p.Files {
				for _, decl := range f.Decls {
					gd, ok := decl.(*ast.GenDecl)
					if !ok || gd.Tok != token.CONST {
						continue
					}
					for _, spec := range gd.Specs {
						vs := spec.(*ast.ValueSpec)
						doc := vs.Doc
						if doc == nil && len(gd.Specs) == 1 {
							doc = gd.Doc
						}
						m := sentence.FindStringSubmatch(doc.Text())
						if doc == nil || m == nil {
							continue
						}
						text := m[1]
						if i := strings.Index(text, "("); i >= 0 {
							text = text[i:]
						}
						n, err := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(number.FindString(text)), " ", ""))
						key := name + "." + vs.Names[0].Name
						want, ok := values[key]
						switch {
						case !ok:
							t.Errorf("%s: %s states its value; add it to this test", filepath.Join(dir, filepath.Base(file)), key)
						case err != nil || n != want:
							t.Errorf("%s: the doc of %s says %q, the value is %d", filepath.Join(dir, filepath.Base(file)), key, m[0], want)
						}
						seen++
					}
				}
			}
		}
	}
	if seen != len(values) {
		t.Errorf("%d limits state their value in their doc, want %d", seen, len(values))
	}
}
