package societal_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Every exported identifier of the module's packages has a doc comment.
//
// The packages are every directory of the module holding a non-test .go
// file, except examples/ (programs, package main), internal/ (not importable
// by users) and testdata/. The rule, for what `go doc` shows a user:
//
//   - each package has a package comment, in one of its files;
//   - an exported type, function or constant or variable has a doc comment
//     above it, or above its declaration when the declaration holds it alone;
//   - in a parenthesized const, var or type group of several specs, each
//     exported name needs its own comment, above it or at the end of its
//     line: a group comment says what the group is, not what each name means
//     (go doc lists the names, and a reader looks up one at a time);
//   - a method is checked when its receiver's type is exported (methods on
//     unexported types do not show in go doc);
//   - an exported field of an exported struct type (nested struct types
//     included) and a method of an exported interface type need a comment,
//     above or at the end of the line; fields declared together
//     (`From, To Phase`) share it. Embedded fields are documented by their
//     own type and are not checked.
func TestExportedIdentifiersDocumented(t *testing.T) {
	var missing []string
	packages := map[string]bool{} // directory -> has a package comment
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch name := d.Name(); {
			case path == ".":
			case name == "examples" || name == "internal" || name == "testdata",
				strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_"):
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		dir := filepath.Dir(path)
		packages[dir] = packages[dir] || documented(f.Doc)
		report := func(pos token.Pos, what string) {
			missing = append(missing, fset.Position(pos).String()+": "+what)
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				name, ok := funcName(decl)
				if ok && !documented(decl.Doc) {
					report(decl.Pos(), "func "+name)
				}
			case *ast.GenDecl:
				// The declaration's comment counts for a spec it holds alone.
				var declDoc *ast.CommentGroup
				if !decl.Lparen.IsValid() || len(decl.Specs) == 1 {
					declDoc = decl.Doc
				}
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						if !spec.Name.IsExported() {
							continue
						}
						if !documented(spec.Doc, spec.Comment, declDoc) {
							report(spec.Pos(), "type "+spec.Name.Name)
						}
						checkMembers(spec.Name.Name, spec.Type, report)
					case *ast.ValueSpec:
						for _, n := range spec.Names {
							if n.IsExported() && !documented(spec.Doc, spec.Comment, declDoc) {
								report(n.Pos(), decl.Tok.String()+" "+n.Name)
							}
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for dir, ok := range packages {
		if !ok {
			missing = append(missing, dir+": package comment")
		}
	}
	for _, dir := range []string{".", "innovation", "evaluation", "partnership", "societaltest"} {
		if _, ok := packages[dir]; !ok {
			t.Fatalf("package %q not found: is the test run from the module root?", dir)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("%s: exported and undocumented", m)
	}
}

// funcName returns the name go doc shows for a function or method ("F",
// "T.M") and whether go doc shows it at all.
func funcName(decl *ast.FuncDecl) (string, bool) {
	if !decl.Name.IsExported() {
		return "", false
	}
	if decl.Recv == nil || len(decl.Recv.List) == 0 {
		return decl.Name.Name, true
	}
	typ := decl.Recv.List[0].Type
	for {
		switch x := typ.(type) {
		case *ast.StarExpr:
			typ = x.X
		case *ast.ParenExpr:
			typ = x.X
		case *ast.IndexExpr:
			typ = x.X
		case *ast.IndexListExpr:
			typ = x.X
		case *ast.Ident:
			return x.Name + "." + decl.Name.Name, x.IsExported()
		default:
			return "", false
		}
	}
}

// checkMembers reports the undocumented exported fields of a struct type and
// methods of an interface type, descending into nested struct types.
func checkMembers(owner string, typ ast.Expr, report func(token.Pos, string)) {
	switch typ := typ.(type) {
	case *ast.StructType:
		for _, field := range typ.Fields.List {
			for _, n := range field.Names {
				if !n.IsExported() {
					continue
				}
				if !documented(field.Doc, field.Comment) {
					report(n.Pos(), "field "+owner+"."+n.Name)
				}
				checkMembers(owner+"."+n.Name, field.Type, report)
			}
		}
	case *ast.InterfaceType:
		for _, method := range typ.Methods.List {
			for _, n := range method.Names {
				if n.IsExported() && !documented(method.Doc, method.Comment) {
					report(n.Pos(), "method "+owner+"."+n.Name)
				}
			}
		}
	case *ast.StarExpr:
		checkMembers(owner, typ.X, report)
	case *ast.ArrayType:
		checkMembers(owner, typ.Elt, report)
	case *ast.MapType:
		checkMembers(owner, typ.Value, report)
	}
}

// documented reports whether one of the comment groups has text.
func documented(groups ...*ast.CommentGroup) bool {
	for _, g := range groups {
		if g != nil && strings.TrimSpace(g.Text()) != "" {
			return true
		}
	}
	return false
}

// The keys of every enumeration are listed where users look for them: the
// doc comment of its ParseX function names every key of its table (the
// enum.Define call), so that `go doc innovation.ParseStakeholder` shows
// "porteur-idee" and not only the constant PorteurIdee.
func TestParseDocsListKeys(t *testing.T) {
	type table struct {
		file string
		keys []string
	}
	tables := map[string]table{}           // enum type -> its keys
	docs := map[string]*ast.CommentGroup{} // ParseX -> its doc
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != "." && (n == "examples" || n == "testdata" || strings.HasPrefix(n, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		dir := filepath.Dir(path)
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Recv == nil && strings.HasPrefix(n.Name.Name, "Parse") {
					docs[dir+"."+strings.TrimPrefix(n.Name.Name, "Parse")] = n.Doc
				}
			case *ast.CallExpr:
				idx, ok := n.Fun.(*ast.IndexExpr)
				if !ok {
					return true
				}
				sel, ok := idx.X.(*ast.SelectorExpr)
				typ, ok2 := idx.Index.(*ast.Ident)
				if !ok || !ok2 || sel.Sel.Name != "Define" {
					return true
				}
				var keys []string
				for _, arg := range n.Args[1:] {
					lit, ok := arg.(*ast.CompositeLit)
					if !ok {
						continue
					}
					for _, elt := range lit.Elts {
						if kv, ok := elt.(*ast.KeyValueExpr); ok {
							if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Key" {
								if v, ok := kv.Value.(*ast.BasicLit); ok {
									keys = append(keys, v.Value) // quoted, as the doc writes it
								}
							}
						}
					}
				}
				tables[dir+"."+typ.Name] = table{file: path, keys: keys}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) < 40 {
		t.Fatalf("found %d enumeration tables: the walk is broken", len(tables))
	}
	for name, tb := range tables {
		doc, ok := docs[name]
		if !ok {
			continue // an enumeration without a parser of its own (internal/…)
		}
		text := strings.Join(strings.Fields(doc.Text()), " ")
		for _, k := range tb.keys {
			if !strings.Contains(text, k) {
				t.Errorf("%s: the doc of Parse%s does not list the key %s", tb.file, name[strings.LastIndex(name, ".")+1:], k)
			}
		}
	}
}
