package wire

import (
	"errors"
	"fmt"
	"strings"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
	"github.com/shopspring/decimal"
)

// The test format: an item, read and written through a description as the
// module's formats are.

var (
	errWhole = errors.New("test: whole")
	testPkg  = &Package{Name: "test"}
)

type item struct {
	Name   string
	Amount decimal.Decimal
	Count  int
	Flag   bool
	Tags   []string
	Extra  map[string]string
	Colour colour
	Shades map[colour]string
}

var itemObject = NewObject("item", "An item of the tests.",
	Req("name", func(i *item) *string { return &i.Name }, Name{}, "The name."),
	Opt("amount", func(i *item) *decimal.Decimal { return &i.Amount }, Decimal{}, "An amount."),
	Opt("count", func(i *item) *int { return &i.Count }, Int{Min: 0, Max: 100}, "A count."),
	Opt("flag", func(i *item) *bool { return &i.Flag }, Bool{}, "A flag."),
	Opt("tags", func(i *item) *[]string { return &i.Tags }, List[string]{Item: Name{}, Max: 3}, "Tags."),
	Opt("extra", func(i *item) *map[string]string { return &i.Extra }, extraKind, "A map of free texts."),
	Opt("colour", func(i *item) *colour { return &i.Colour }, colourNames, "A colour."),
	Opt("shades", func(i *item) *map[colour]string { return &i.Shades }, Map[colour, string]{Keys: colourNames, Len: 2, Value: Name{}, All: []colour{1, 2}}, "Shades."),
)

var itemFormat = &Format[item]{Package: testPkg, Whole: errWhole, Kind: itemObject}

func decodeItem(s string) (item, error) { return itemFormat.Decode([]byte(s)) }

// extraKind is the kind of the item's "extra".
var extraKind Kind[map[string]string] = proseMap{}

// proseMap is a kind of the tests: an object of any keys, each holding
// free text; null values are refused.
type proseMap struct{}

func (proseMap) read(d *decoder, v *map[string]string) {
	m := map[string]string{}
	for _, key := range d.object(&keys{}) {
		var s string
		Prose{}.read(d, &s)
		m[key] = s
	}
	*v = m
}

func (proseMap) write(w *writer, v *map[string]string) {
	w.open('{')
	for k, s := range *v {
		w.key(k)
		w.str(s)
		w.leave()
	}
	w.close('}')
}

func (proseMap) absent(v *map[string]string) bool { return *v == nil }

func (proseMap) schema(*gen) *node {
	return obj("type", "object", "additionalProperties", obj("type", "string"))
}

// colour is a small enumeration of the tests.
type colour uint8

func (c colour) String() string { return [...]string{"%!colour(0)", "red", "green"}[min(int(c), 2)] }
func (c colour) IsValid() bool  { return c == 1 || c == 2 }

var colourNoun = lang.Text{"couleur", "colour"}

func parseColour(s string) (colour, error) {
	switch strings.ToLower(s) {
	case "red", "rouge":
		return 1, nil
	case "green", "vert":
		return 2, nil
	}
	return 0, testPkg.UnknownName(colourNoun, s, []string{"red", "green"})
}

var colourNames = Enum[colour]{Def: "colour", Parse: parseColour}

// codes returns the problems of err as "code path" (or "code @line:col").
func codes(err error) []string {
	var out []string
	for e := range problem.All(err) {
		switch {
		case e.Line > 0:
			out = append(out, fmt.Sprintf("%s @%d:%d", e.Code, e.Line, e.Column))
		case e.Path == "":
			out = append(out, e.Code)
		default:
			out = append(out, e.Code+" "+e.Path)
		}
	}
	return out
}

// bad returns a problem of the test package at path, quoting value, whose
// reason is reason in every language and whose sentinel is err: what a
// format's own check might find.
func bad(path, value, reason string, err error) *problem.Error {
	k := &problem.Kind{Code: "bad", Message: lang.Text{"{1}", "{1}"}, Err: err}
	return k.New(testPkg.Name, path, value, lang.Data(reason))
}
