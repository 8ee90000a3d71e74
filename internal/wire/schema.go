package wire

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

// The JSON Schemas (draft 2020-12) of the module's formats are derived from
// their descriptions: one file per package, schema/<package>.schema.json,
// whose root is the package's main document and whose definitions hold
// its objects and enumerations; a file refers to another's definitions by
// a relative reference ("innovation.schema.json#/$defs/phase"). What a
// schema cannot state stays in the formats' checks.

// Base is the URI the schema files are published under: a file's $id is
// Base and its name.
const Base = "https://github.com/seed424036fd/societal/schema/"

// Schema is the JSON Schema of one package's documents. Make one with
// NewSchema. Never modified once built.
type Schema struct {
	file, title, doc string
	root             func(*gen) *node
	defs             []Def
}

// NewSchema returns the schema file named file ("partnership.schema.json")
// whose root is the document of kind root, titled title and documented by
// doc, holding besides the definitions defs (enumerations and documents of
// the package that its root does not hold).
func NewSchema[V any](file, title, doc string, root Kind[V], defs ...Def) *Schema {
	return &Schema{file: file, title: title, doc: doc, root: root.schema, defs: defs}
}

// Def is one definition of a schema file: an enumeration, or a document
// its root does not hold. Make one with EnumDef, SetDef or KindDef.
type Def struct {
	name  string
	build func(*gen) *node
}

// EnumDef returns the definition name of the enumeration of table t,
// documented by doc: a string that is one of its keys, labels (in every
// language) or other spellings, in any case, as t.Parse reads them. The
// schema lists the keys, and states the spellings as a pattern.
func EnumDef[E ~uint8](name, doc string, t *enum.Table[E]) Def {
	return Def{name: name, build: func(*gen) *node {
		var keys []any
		var alts []string
		for v := range 256 {
			n, ok := t.Names(E(v))
			if !ok {
				continue
			}
			keys = append(keys, n.Key)
			alts = append(alts, spellings(n)...)
		}
		return obj("type", "string", "description", doc, "anyOf", []any{
			obj("title", "key", "description", "The stable ASCII key, as the library writes it.", "enum", keys),
			obj("title", "spelling", "description", "Any spelling the decoder reads: a key or a label in any language, in any case.",
				"pattern", "^(?:"+strings.Join(alts, "|")+")$"),
		})
	}}
}

// SetDef returns the definition name of a set of values of the
// enumeration of table t, written as names joined by sep, each once, in
// any order, with white space around each ignored, and "" for the empty
// set; at most max bytes. The schema lists the sets as written, and states
// the spellings as a pattern.
func SetDef[E ~uint8](name, doc string, t *enum.Table[E], sep string, max int, key func(bits uint) string) Def {
	return Def{name: name, build: func(*gen) *node {
		var values [][]string // spellings of each value
		for v := range 256 {
			if n, ok := t.Names(E(v)); ok {
				values = append(values, spellings(n))
			}
		}
		space := "[" + class(unicode.White_Space) + "]*"
		var alts []string
		var keys []any
		var walk func(used uint, parts []string)
		walk = func(used uint, parts []string) {
			if len(parts) > 0 {
				alts = append(alts, strings.Join(parts, regexpQuote(sep)))
			}
			for i, s := range values {
				if used&(1<<i) == 0 {
					walk(used|1<<i, append(slices.Clip(parts), space+"(?:"+strings.Join(s, "|")+")"+space))
				}
			}
		}
		walk(0, nil)
		for bits := uint(0); bits < 1<<len(values); bits++ {
			keys = append(keys, key(bits))
		}
		parts := func(k any) int {
			if k == "" {
				return 0
			}
			return strings.Count(k.(string), sep) + 1
		}
		slices.SortStableFunc(keys, func(a, b any) int { return parts(a) - parts(b) })
		return obj("type", "string", "description", doc, "maxLength", max, "anyOf", []any{
			obj("title", "key", "description", "The sets as the library writes them: keys joined by "+strconv.Quote(sep)+", \"\" for none.", "enum", keys),
			obj("title", "spelling", "description", "Any set the decoder reads: each value once, a key or a label in any language, in any case, in any order.",
				"pattern", "^(?:|"+strings.Join(alts, "|")+")$"),
		})
	}}
}

// KindDef returns the definition name of a document of kind k that the
// root of its schema does not hold (a matrix beside a snapshot).
func KindDef[V any](name string, k Kind[V]) Def {
	return Def{name: name, build: k.schema}
}

// spellings returns the patterns of the spellings of n: its key, its
// labels in every language and its alias, each matched in any case (by
// Unicode simple folding) and with the typographic apostrophe ’ read as ',
// as enum.Table.Parse reads them.
func spellings(n enum.Names) []string {
	words := []string{n.Key}
	for l := range lang.Langs() {
		words = append(words, n.Label.In(l))
	}
	if n.Alias != "" {
		words = append(words, n.Alias)
	}
	var out []string
	for _, w := range words {
		if p := foldPattern(w); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// foldPattern returns a pattern of s in any case.
func foldPattern(s string) string {
	var b strings.Builder
	for _, r := range s {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		if r == '\'' || r == '’' {
			orbit = []rune{'\'', '’'}
		}
		if len(orbit) == 1 {
			b.WriteString(regexpQuote(string(r)))
			continue
		}
		slices.Sort(orbit)
		b.WriteByte('[')
		for _, o := range orbit {
			b.WriteString(classChar(o))
		}
		b.WriteByte(']')
	}
	return b.String()
}

// regexpQuote quotes the characters of s that a pattern reads as syntax,
// in the escapes ECMA-262 (with or without the u flag) and RE2 both read.
func regexpQuote(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\^$.|?*+()[]{}`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// classChar writes r inside a character class.
func classChar(r rune) string {
	switch {
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf(`\x%02x`, r)
	case strings.ContainsRune(`\]^-[`, r):
		return `\` + string(r)
	}
	return string(r)
}

// class writes the characters of t as the contents of a character class.
func class(t *unicode.RangeTable) string {
	var b strings.Builder
	write := func(lo, hi rune) {
		b.WriteString(classChar(lo))
		if hi > lo {
			if hi > lo+1 {
				b.WriteByte('-')
			}
			b.WriteString(classChar(hi))
		}
	}
	// span writes the characters lo, lo+stride, … up to hi: one range when
	// the stride is 1.
	span := func(lo, hi, stride rune) {
		if stride == 1 {
			write(lo, hi)
			return
		}
		for ; lo <= hi; lo += stride {
			write(lo, lo)
		}
	}
	for _, r := range t.R16 {
		span(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range t.R32 {
		span(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return b.String()
}

// The patterns of texts: a name (see CheckName) is empty or holds a
// visible character, and holds no control character nor bidirectional
// control; free text (see CheckProse) holds no control character but tab
// and line breaks.
var (
	controls    = `\x00-\x1f\x7f-` + "\u009f"
	bidi        = "\u202a-\u202e\u2066-\u2069"
	namePattern = func() string {
		c := "[^" + controls + bidi + "]"
		visible := "[^" + controls + bidi + class(unicode.White_Space) + class(unicode.Cf) + "]"
		return "^(?:" + c + "*" + visible + c + "*)?$"
	}()
	prosePattern = `^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-` + "\u009f" + `]*$`
)

// gen generates one schema file: its definitions, made as the kinds that
// need them are met.
type gen struct {
	defs map[string]*node
}

// def returns a reference to the definition name of the file, built by
// build the first time.
func (g *gen) def(name string, build func(*gen) *node) *node {
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // being built: a reference to it is enough
		g.defs[name] = build(g)
	}
	return obj("$ref", "#/$defs/"+name)
}

// ref returns a reference to def, a name of the file's definitions or a
// reference to another file's.
func (g *gen) ref(def string) *node {
	if strings.Contains(def, "#") || strings.HasSuffix(def, ".json") {
		return obj("$ref", def)
	}
	if _, ok := g.defs[def]; !ok {
		panic("wire: schema definition " + def + " is not declared in this file")
	}
	return obj("$ref", "#/$defs/"+def)
}

// Marshal returns the schema file: indented JSON, with a final newline.
func (s *Schema) Marshal() []byte {
	g := &gen{defs: map[string]*node{}}
	for _, d := range s.defs {
		g.def(d.name, d.build)
	}
	root := s.root(g)
	head := obj("$schema", "https://json-schema.org/draft/2020-12/schema", "$id", Base+s.file, "title", s.title,
		"description", s.doc)
	if r, ok := root.get("$ref"); ok && len(root.keys) == 1 {
		head.set("$ref", r)
	} else {
		for i, k := range root.keys {
			if k != "description" {
				head.set(k, root.vals[i])
			}
		}
	}
	defs := &node{}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range g.defs {
			if !yield(n) {
				return
			}
		}
	}) {
		defs.set(name, g.defs[name])
	}
	head.set("$defs", defs)
	var b bytes.Buffer
	writeJSON(&b, head, "")
	b.WriteByte('\n')
	return b.Bytes()
}

func (o *Object[T]) schema(g *gen) *node {
	if o.name == "" {
		return o.body(g)
	}
	return g.def(o.name, o.body)
}

// body is the schema of the object itself.
func (o *Object[T]) body(g *gen) *node {
	if o.variants == nil {
		return o.closed(g, 0).set("description", o.doc)
	}
	var branches []any
	for v := 1; v <= len(o.variants.Nouns); v++ {
		b := obj("title", o.variants.Nouns[v-1].In(lang.Logs))
		c := o.closed(g, v)
		for i, k := range c.keys {
			b.set(k, c.vals[i])
		}
		props, _ := b.get("properties")
		key := props.(*node)
		p, _ := key.get(o.variants.Key)
		p.(*node).set("$ref", nil).set("anyOf", nil).set("type", "string").
			set("pattern", "^(?:"+strings.Join(spellings(o.variants.Names[v-1]), "|")+")$")
		branches = append(branches, b)
	}
	return obj("description", o.doc, "type", "object", "oneOf", branches)
}

// closed is the schema of the keys of variant v (all of them for 0), no
// other allowed.
func (o *Object[T]) closed(g *gen, v int) *node {
	props := &node{}
	var required []any
	for _, k := range o.keys {
		if v != 0 && k.in != 0 && k.in&(1<<v) == 0 {
			continue
		}
		s := k.schema(g)
		if k.required {
			required = append(required, k.name)
		} else {
			s = nullable(s)
		}
		props.set(k.name, describe(s, k.doc))
	}
	n := obj("type", "object", "additionalProperties", false, "properties", props)
	if len(required) > 0 {
		n.set("required", required)
	}
	return n
}

// describe returns s with the description doc, first.
func describe(s *node, doc string) *node {
	out := obj("description", doc)
	for i, k := range s.keys {
		if k != "description" {
			out.set(k, s.vals[i])
		}
	}
	return out
}

// nullable returns s accepting null too: null is the same as an absent key.
func nullable(s *node) *node {
	t, typed := s.get("type")
	_, ref := s.get("$ref")
	_, anyOf := s.get("anyOf")
	_, enumerated := s.get("enum")
	if ts, ok := t.(string); typed && ok && !ref && !anyOf && !enumerated {
		return s.set("type", []any{ts, "null"})
	}
	if branches, ok := s.get("anyOf"); ok && len(s.keys) == 1 {
		return obj("anyOf", append(slices.Clip(branches.([]any)), obj("type", "null")))
	}
	return obj("anyOf", []any{s, obj("type", "null")})
}

func (p Pointer[T]) schema(g *gen) *node  { return p.Object.schema(g) }
func (k Document[V]) schema(g *gen) *node { return g.ref(k.Ref) }

func (l List[V]) schema(g *gen) *node {
	n := obj("type", "array", "items", l.Item.schema(g), "maxItems", l.Max)
	if l.Min > 0 {
		n.set("minItems", l.Min)
	}
	return n
}

func (k Enum[E]) schema(g *gen) *node {
	if k.Empty {
		return obj("anyOf", []any{g.ref(k.Def), obj("const", "")})
	}
	return g.ref(k.Def)
}

func (s Set[E]) schema(g *gen) *node {
	return obj("type", "array", "items", s.Enum.schema(g), "maxItems", MaxPerValue*s.Len, "uniqueItems", true)
}

func (m Map[K, V]) schema(g *gen) *node {
	return obj("type", "object", "propertyNames", g.ref(m.Keys.Def), "additionalProperties", nullable(m.Value.schema(g)),
		"maxProperties", MaxPerValue*m.Len)
}

func (b ByName[S, K, V]) schema(g *gen) *node {
	return obj("type", "object", "propertyNames", g.ref(b.Keys.Def), "additionalProperties", nullable(b.Value.schema(g)),
		"maxProperties", MaxPerValue*len(b.All))
}

func (n Name) schema(g *gen) *node {
	var s *node
	switch {
	case n.Format != nil:
		s = obj("type", "string", "maxLength", n.max(), "pattern", n.Format.String())
	default:
		s = g.def("name", func(*gen) *node {
			return obj("type", "string", "description", fmt.Sprintf("A name or identifier: one line, no control character nor "+
				"bidirectional control (U+202A–U+202E, U+2066–U+2069), not blank unless empty; at most %d bytes "+
				"(maxLength counts characters: a name of accented letters reaches the limit in fewer).", MaxText),
				"maxLength", MaxText, "pattern", namePattern)
		})
		if n.Max > 0 && n.Max < MaxText {
			s.set("maxLength", n.Max)
		}
	}
	if n.NonEmpty {
		s.set("minLength", 1)
	}
	return s
}

func (p Prose) schema(g *gen) *node {
	s := g.def("prose", func(*gen) *node {
		return obj("type", "string", "description", fmt.Sprintf("Free text: no control character but tab and line breaks; "+
			"at most %d bytes (maxLength counts characters).", MaxProse), "maxLength", MaxProse, "pattern", prosePattern)
	})
	if p.NonEmpty {
		s.set("minLength", 1)
	}
	return s
}

func (Bool) schema(*gen) *node { return obj("type", "boolean") }

func (Time) schema(g *gen) *node {
	return g.def("time", func(*gen) *node {
		return obj("type", "string", "description", "A time in RFC 3339, e.g. \"2021-05-01T10:00:00+02:00\": a date that exists, "+
			"\"T\" and \"Z\" in capitals.", "format", "date-time", "maxLength", MaxEcho, "pattern", timeFormat)
	})
}

func (k Int) schema(*gen) *node {
	if k.OrZero {
		return obj("type", "integer", "maximum", k.Max, "anyOf", []any{obj("const", 0), obj("minimum", k.Min)})
	}
	return obj("type", "integer", "minimum", k.Min, "maximum", k.Max)
}

func (k NullDecimal) schema(g *gen) *node { return k.Decimal.schema(g) }

// The patterns of a decimal written as a string: digits (leading zeros
// allowed), at most MaxIntegerDigits of them after the leading zeros and
// MaxScale after the point, within the bounds; or with an exponent, whose
// bounds a pattern does not state.
const (
	intPart      = `0*[0-9]{1,18}`
	fracPart     = `(?:\.[0-9]{1,12})?`
	zeroFrac     = `(?:\.0{1,12})?`
	exponentForm = `-?[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+`
)

func (k Decimal) schema(g *gen) *node {
	zero, one := decimal.Zero, decimal.NewFromInt(1)
	var name, doc, pattern string
	number := obj("type", "number")
	switch b := k.Bounds; {
	case b.Min == nil && b.Max == nil:
		name, doc = "decimal", "A decimal"
		pattern = `-?` + intPart + fracPart
		number.set("exclusiveMinimum", jsonNumber("-1000000000000000000"))
	case b.Min != nil && b.Min.Equal(zero) && !b.MinExclusive && b.Max == nil:
		name, doc = "decimal_not_negative", "A decimal, not negative"
		pattern = intPart + fracPart + `|-0+` + zeroFrac
		number.set("minimum", 0)
	case b.Min != nil && b.Min.Equal(zero) && b.MinExclusive && b.Max == nil:
		name, doc = "decimal_positive", "A decimal above zero"
		var small []string
		for z := range 12 {
			small = append(small, fmt.Sprintf("0{%d}[1-9][0-9]{0,%d}", z, 11-z))
		}
		pattern = `0*[1-9][0-9]{0,17}` + fracPart + `|0+\.(?:` + strings.Join(small, "|") + `)`
		number.set("exclusiveMinimum", 0)
	case b.Min != nil && b.Min.Equal(zero) && !b.MinExclusive && b.Max != nil && b.Max.Equal(one):
		name, doc = "decimal_share", "A decimal from 0 to 1"
		pattern = `0+` + fracPart + `|0*1` + zeroFrac + `|-0+` + zeroFrac
		number.set("minimum", 0).set("maximum", 1)
	case b.Min != nil && b.Min.Equal(zero) && b.MinExclusive && b.Max != nil && b.Max.Equal(one):
		name, doc = "decimal_positive_share", "A decimal above 0, at most 1"
		var small []string
		for z := range 12 {
			small = append(small, fmt.Sprintf("0{%d}[1-9][0-9]{0,%d}", z, 11-z))
		}
		pattern = `0+\.(?:` + strings.Join(small, "|") + `)|0*1` + zeroFrac
		number.set("exclusiveMinimum", 0).set("maximum", 1)
	default:
		panic(fmt.Sprintf("wire: no schema for the bounds %+v", b))
	}
	if k.Bounds.Max == nil {
		number.set("exclusiveMaximum", jsonNumber("1000000000000000000"))
	}
	number.set("multipleOf", jsonNumber("0.000000000001"))
	return g.def(name, func(*gen) *node {
		return obj("description", fmt.Sprintf("%s, best written as a string (\"150000.50\"): digits, a point, an optional exponent; "+
			"no currency, no \"%%\", no thousands separator. At most %d significant digits, %d before the point and %d after it. "+
			"The bounds of a decimal written with an exponent in a string are not stated here.", doc, MaxDigits, MaxIntegerDigits, MaxScale),
			"anyOf", []any{
				obj("type", "string", "maxLength", MaxNumberText, "pattern", "^(?:"+pattern+"|"+exponentForm+")$"),
				number,
			})
	})
}

// jsonNumber is a number written as it is in a schema.
type jsonNumber string

// node is one JSON object of a schema, its keys in the order they are set.
type node struct {
	keys []string
	vals []any
}

// obj returns a node of the keys and values given in turn.
func obj(kv ...any) *node {
	n := &node{}
	for i := 0; i+1 < len(kv); i += 2 {
		n.set(kv[i].(string), kv[i+1])
	}
	return n
}

// set sets key to v (a nil v deletes it) and returns n.
func (n *node) set(key string, v any) *node {
	i := slices.Index(n.keys, key)
	switch {
	case v == nil && i >= 0:
		n.keys = slices.Delete(n.keys, i, i+1)
		n.vals = slices.Delete(n.vals, i, i+1)
	case v == nil:
	case i >= 0:
		n.vals[i] = v
	default:
		n.keys = append(n.keys, key)
		n.vals = append(n.vals, v)
	}
	return n
}

func (n *node) get(key string) (any, bool) {
	if i := slices.Index(n.keys, key); i >= 0 {
		return n.vals[i], true
	}
	return nil, false
}

// writeJSON writes v indented by two spaces, characters that do not show
// (format characters, spaces other than " ", controls) as \u escapes.
func writeJSON(b *bytes.Buffer, v any, indent string) {
	switch x := v.(type) {
	case *node:
		if len(x.keys) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i, k := range x.keys {
			b.WriteString(indent + "  ")
			writeString(b, k)
			b.WriteString(": ")
			writeJSON(b, x.vals[i], indent+"  ")
			if i < len(x.keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		simple := true
		for _, e := range x {
			if _, ok := e.(*node); ok {
				simple = false
			}
		}
		if simple {
			b.WriteByte('[')
			for i, e := range x {
				if i > 0 {
					b.WriteString(", ")
				}
				writeJSON(b, e, indent)
			}
			b.WriteByte(']')
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(indent + "  ")
			writeJSON(b, e, indent+"  ")
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case string:
		writeString(b, x)
	case jsonNumber:
		b.WriteString(string(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	default:
		panic(fmt.Sprintf("wire: schema value %T", v))
	}
}

func writeString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || (r > 0x7f && (!unicode.IsGraphic(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r))):
			if r > 0xffff {
				r1, r2 := utf16Pair(r)
				fmt.Fprintf(b, `\u%04x\u%04x`, r1, r2)
			} else {
				fmt.Fprintf(b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

func utf16Pair(r rune) (rune, rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}
