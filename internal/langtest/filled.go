package langtest

import (
	"iter"
	"reflect"
	"testing"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Check fails t for every word of out, rendered in lang.Pseudo, that is
// neither marked nor data (Escaped), naming the output name and the line.
func Check(t testing.TB, name, out string, data ...string) {
	t.Helper()
	for _, e := range Escaped(out, data...) {
		t.Errorf("%s, line %d: %q is not marked: %q", name, e.Line, e.Word, e.Text)
	}
}

// CheckHTML is Check for an HTML page, read as its reader reads it
// (EscapedHTML).
func CheckHTML(t testing.TB, name, page string, data ...string) {
	t.Helper()
	for _, e := range EscapedHTML(page, data...) {
		t.Errorf("%s, line %d: %q is not marked: %q", name, e.Line, e.Word, e.Text)
	}
}

// Filled fails t for each of texts that is not written in every language
// (lang.Text.Missing), by its name: the one test behind "every text of a
// table is filled" of every package and program. texts yields each text
// with its name as the failure prints it: maps.All of a map of names,
// slices.All of a list.
func Filled[K comparable](t testing.TB, texts iter.Seq2[K, lang.Text]) {
	t.Helper()
	for name, tx := range texts {
		if l, missing := tx.Missing(); missing {
			t.Errorf("%v has no %v wording: %q", name, l, tx)
		}
	}
}

// Labels adds to texts the label of every value of an enumeration's
// table, named by name and the value's key.
func Labels[T ~uint8](texts map[string]lang.Text, name string, table *enum.Table[T]) {
	for v := range 256 {
		if n, ok := table.Names(T(v)); ok {
			texts[name+" "+n.Key] = n.Label
		}
	}
}

// Fields adds to texts every field of words, a struct of lang.Text fields
// (a table of a package's own words, its fields unexported), named by name
// and the field's name. It panics if words is not such a struct.
func Fields(texts map[string]lang.Text, name string, words any) {
	v := reflect.ValueOf(words)
	for i := range v.NumField() {
		var tx lang.Text // an unexported field reads by its elements
		for j := range tx {
			tx[j] = v.Field(i).Index(j).String()
		}
		texts[name+"."+v.Type().Field(i).Name] = tx
	}
}
