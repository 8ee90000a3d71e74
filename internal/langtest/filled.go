package langtest

import (
	"reflect"
	"testing"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Filled fails t for each of texts that is not written in every language
// (lang.Text.Missing), by its name: the one test behind "every text of a
// table is filled" of every package and program. texts maps a name, as the
// failure prints it, to the text.
func Filled(t testing.TB, texts map[string]lang.Text) {
	t.Helper()
	for name, tx := range texts {
		if l, missing := tx.Missing(); missing {
			t.Errorf("%s has no %v wording: %q", name, l, tx)
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
