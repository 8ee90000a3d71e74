package wire

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Kind describes one JSON value of a format and the Go value of type V it
// stands for: how it is read, how it is written, when it is absent, and
// what a JSON Schema says of it. The kinds are the types of this package
// that implement it (Name, Prose, Decimal, Int, Bool, Time, Enum, Set,
// List, Object, Pointer, Map, ByName, Document); a format composes them
// into the description of each of its objects, once, and its reader, its
// writer, its key lists and its schema are derived from that description.
//
// A Kind is built once, at package initialisation, and never modified:
// safe for concurrent use.
type Kind[V any] interface {
	// read reads the value at d's position into *v: left as it was
	// (zero) after a problem of form, set to what was read after a
	// problem of bounds (a check of the whole, which says the same, is
	// then left out at the same path).
	read(d *decoder, v *V)
	// write writes *v at w's position.
	write(w *writer, v *V)
	// absent reports whether *v is written as an absent key: the zero
	// value of a key that may be left out, which null reads as too.
	absent(v *V) bool
	// schema returns the JSON Schema of the value.
	schema(g *gen) *node
}

// Key is one key of an object whose Go form is T: its name, whether it is
// required, its value's kind and where the value stands in a T, and a
// line of English that documents it in the schema. Make one with Req or
// Opt. A plain value, never modified once built.
type Key[T any] struct {
	name     string
	doc      string
	required bool
	in       uint64 // variants whose objects hold the key (bit v); 0: every one

	read   func(*decoder, *T)
	write  func(*writer, *T)
	absent func(*T) bool
	schema func(*gen) *node
}

// Req returns a required key of an object: name, whose value of kind k is
// at(t) in the object t, documented by doc (one line of English, for the
// schema). A required key missing, or null, is a problem ("missing-key").
func Req[T, V any](name string, at func(*T) *V, k Kind[V], doc string) Key[T] {
	key := Opt(name, at, k, doc)
	key.required = true
	return key
}

// Opt returns an optional key of an object, as Req does. An absent key,
// and a null value, leave the Go value zero; a zero value is not written
// (see the kinds for what their zero is).
func Opt[T, V any](name string, at func(*T) *V, k Kind[V], doc string) Key[T] {
	return Key[T]{
		name:   name,
		doc:    doc,
		read:   func(d *decoder, t *T) { k.read(d, at(t)) },
		write:  func(w *writer, t *T) { k.write(w, at(t)) },
		absent: func(t *T) bool { return k.absent(at(t)) },
		schema: k.schema,
	}
}

// In returns k held only by the variants given of its object (see
// Object.Variants), from 1.
func (k Key[T]) In(variants ...int) Key[T] {
	for _, v := range variants {
		k.in |= 1 << v
	}
	return k
}

// Object describes a JSON object whose Go form is T: its keys, in the
// order it is written and its keys are listed; none other is read. It is
// a Kind[T]. Make one with NewObject. Never modified once built.
type Object[T any] struct {
	name, doc string
	keys      []Key[T]
	names     keys
	variants  *Variants[T]
}

// NewObject returns the description of an object named name (its name in
// the schema's definitions; "" writes it in place), documented by doc,
// whose keys are keys, in order. At most 64 keys.
func NewObject[T any](name, doc string, keys ...Key[T]) *Object[T] {
	if len(keys) > 64 {
		panic("wire: more than 64 keys in " + name)
	}
	o := &Object[T]{name: name, doc: doc, keys: keys}
	for i, k := range keys {
		o.names.names = append(o.names.names, k.name)
		if k.required {
			o.names.required |= 1 << i
		}
	}
	return o
}

// Variants says that an object is one of several variants, told by the
// value of one of its keys wherever it stands (an evaluation report's
// "form"): a key held by some variants only (Key.In) is read whatever the
// variant, and refused once the variant is known if the variant does not
// hold it ("unknown-key"). Variants are numbered from 1.
type Variants[T any] struct {
	// Key is the key whose value tells the variant.
	Key string
	// Of returns the variant of the object read, or 0 when it is not
	// known.
	Of func(*T) int
	// Nouns names each variant in every language, with its article ("a
	// performance report"): Nouns[v-1] for variant v.
	Nouns []lang.Text
	// Names are the spellings of Key's value in each variant, for the
	// schema: Names[v-1] for variant v.
	Names []enum.Names
}

// WithVariants returns o, whose objects are the variants v describes.
func (o *Object[T]) WithVariants(v *Variants[T]) *Object[T] {
	o.variants = v
	return o
}

// variantKeys returns the keys of variant v.
func (o *Object[T]) variantKeys(v int) []string {
	var out []string
	for _, k := range o.keys {
		if k.in == 0 || k.in&(1<<v) != 0 {
			out = append(out, k.name)
		}
	}
	return out
}

func (o *Object[T]) read(d *decoder, t *T) {
	var read uint64 // keys read (bit i)
	for i := range d.object(&o.names) {
		read |= 1 << i
		o.keys[i].read(d, t)
	}
	if o.variants == nil || d.broken {
		return
	}
	v := o.variants.Of(t)
	if v == 0 {
		return
	}
	for i, k := range o.keys {
		if read&(1<<i) != 0 && k.in != 0 && k.in&(1<<v) == 0 && d.room() {
			d.add(kindOtherVariantKey.New(d.pkg, d.sub(k.name), "", o.variants.Nouns[v-1], keyList(o.variantKeys(v))))
		}
	}
}

func (o *Object[T]) write(w *writer, t *T) {
	v := 0
	if o.variants != nil {
		v = o.variants.Of(t)
	}
	w.open('{')
	for _, k := range o.keys {
		if (v != 0 && k.in != 0 && k.in&(1<<v) == 0) || (!k.required && k.absent(t)) {
			continue
		}
		w.key(k.name)
		k.write(w, t)
		w.leave()
	}
	w.close('}')
}

// absent reports whether every key of t is absent: an object that says
// nothing is written as an absent key.
func (o *Object[T]) absent(t *T) bool {
	for _, k := range o.keys {
		if k.required || !k.absent(t) {
			return false
		}
	}
	return true
}

// Pointer is the kind of an optional object held by pointer: nil reads as
// an absent key and is written as one. A Kind[*T].
type Pointer[T any] struct{ Object *Object[T] }

func (p Pointer[T]) read(d *decoder, v **T) {
	var t T
	p.Object.read(d, &t)
	*v = &t
}

func (p Pointer[T]) write(w *writer, v **T) {
	if *v == nil {
		w.null()
		return
	}
	p.Object.write(w, *v)
}

func (p Pointer[T]) absent(v **T) bool { return *v == nil }

// Document is the kind of a part read whole by its own package's decoder
// (a partnership in a dossier): its text, checked for its grammar as it is
// skipped, is given to Decode, whose problems are placed below the part's
// path, and Encode writes it. The kind is the public API of the part's
// package: no reader of one package reads into another's types. A
// Kind[V].
type Document[V any] struct {
	// Ref is where the part's schema stands, relative to the schema that
	// refers to it: "partnership.schema.json", or
	// "innovation.schema.json#/$defs/transition".
	Ref string
	// Decode reads the part; Encode writes it.
	Decode func([]byte) (V, error)
	Encode func(V) ([]byte, error)
	// Absent reports whether a value is written as an absent key; nil for
	// never.
	Absent func(V) bool
}

func (k Document[V]) read(d *decoder, v *V) {
	raw, ok := d.raw()
	if !ok {
		return
	}
	x, err := k.Decode(raw)
	if err != nil {
		d.place(err)
		return
	}
	*v = x
}

func (k Document[V]) write(w *writer, v *V) {
	b, err := k.Encode(*v)
	if err != nil {
		w.fail(err)
		return
	}
	w.raw(b)
}

func (k Document[V]) absent(v *V) bool { return k.Absent != nil && k.Absent(*v) }

// List is the kind of a list of at most Max items of kind Item (and at
// least Min): the items past Max are one problem ("over-limit", ErrLimit),
// skipped unread. With Strict, an item read with a problem is left out of
// the list (a list judged as a whole after it is read). An empty list is
// written as an absent key, unless Always. A Kind[[]V].
type List[V any] struct {
	Item     Kind[V]
	Max, Min int
	Strict   bool
	Always   bool
}

func (l List[V]) read(d *decoder, v *[]V) {
	var out []V
	n := 0
	for range d.array(l.Max) {
		n++
		var item V
		before := d.count()
		l.Item.read(d, &item)
		if l.Strict && d.count() > before {
			continue
		}
		out = append(out, item)
	}
	if n < l.Min && !d.broken && d.room() {
		d.add(kindTooFewItems.New(d.pkg, d.where(), "", digits(n), digits(l.Min)))
	}
	*v = out
}

func (l List[V]) write(w *writer, v *[]V) {
	w.open('[')
	for i := range *v {
		w.index(i)
		l.Item.write(w, &(*v)[i])
		w.leave()
	}
	w.close(']')
}

func (l List[V]) absent(v *[]V) bool { return !l.Always && len(*v) == 0 }

// Enumeration is what an enumeration type offers the JSON layer: its key
// (String) and whether a value is one of its members.
type Enumeration interface {
	comparable
	String() string
	IsValid() bool
}

// Enum is the kind of a name of an enumeration: read with Parse (the
// package's ParseX, whose error for a name it refuses is the problem
// reported), written as its key. With Empty, "" reads as the zero value
// (not stated). The zero value is written as an absent key when it is not
// stated, or not a member. A Kind[E].
type Enum[E Enumeration] struct {
	// Def is where its schema stands: a name of the schema's definitions
	// ("phase"), or a reference to another file's
	// ("innovation.schema.json#/$defs/phase").
	Def   string
	Parse func(string) (E, error)
	Empty bool
}

func (k Enum[E]) read(d *decoder, v *E) {
	s, ok := d.str()
	if !ok {
		return
	}
	if x, ok := k.parse(d, s); ok {
		*v = x
	}
}

// parse parses s, recording the problem of a name refused.
func (k Enum[E]) parse(d *decoder, s string) (E, bool) {
	var zero E
	if k.Empty && s == "" {
		return zero, true
	}
	x, err := k.Parse(s)
	if err != nil {
		d.placeAs(d.pkg, err) // a name of this document, whichever package parsed it
		return zero, false
	}
	return x, true
}

func (k Enum[E]) write(w *writer, v *E) {
	var zero E
	switch {
	case k.Empty && *v == zero:
		w.str("")
	case !(*v).IsValid():
		w.invalid((*v).String())
	default:
		w.str((*v).String())
	}
}

func (k Enum[E]) absent(v *E) bool {
	var zero E
	return *v == zero && (k.Empty || !zero.IsValid())
}

// Set is the kind of a list of names of an enumeration of Len values, each
// at most once: a value named again, in any spelling, is a problem
// ("duplicate-name", unwrapping to Err, ErrInvalid if nil), and the list
// holds at most MaxPerValue × Len names (each may be named once; the bound
// only bounds the work). An empty set is written as an absent key. A
// Kind[[]E].
type Set[E Enumeration] struct {
	Enum Enum[E]
	Len  int
	Err  error
}

func (s Set[E]) read(d *decoder, v *[]E) {
	var out []E
	for i := range d.array(MaxPerValue * s.Len) {
		x, ok := d.str()
		if !ok {
			continue
		}
		e, ok := s.Enum.parse(d, x)
		if !ok {
			continue
		}
		for _, prev := range out[:min(i, len(out))] {
			if prev == e && d.room() {
				d.add(givenTwice(s.Err).New(d.pkg, d.where(), x, lang.Quoted(e.String(), MaxEcho)))
				break
			}
		}
		out = append(out, e)
	}
	*v = out
}

func (s Set[E]) write(w *writer, v *[]E) { List[E]{Item: s.Enum}.write(w, v) }

func (s Set[E]) absent(v *[]E) bool { return len(*v) == 0 }

// Map is the kind of an object whose keys are names of an enumeration of
// Len values (read with Keys.Parse) and whose values are of kind Value,
// held as a Go map: nil reads and writes as an absent key, and {} as an
// empty map. A key Keys.Parse refuses is recorded and its value skipped;
// so is a key naming a value named before in another spelling
// ("duplicate-name"; the same key twice is "duplicate-key"). A key whose
// value is null is left out, as an absent key. The object holds at most
// MaxPerValue × Len keys: each value may be named once, and the bound
// leaves room for every mistake a person makes while keeping a hostile
// object of many keys from costing more than its first ones. Entries are
// written in the order of the enumeration's values, those whose value is
// absent left out. A Kind[map[K]V].
type Map[K Enumeration, V any] struct {
	Keys  Enum[K]
	Len   int
	Value Kind[V]
	// All lists the keys, in order, for writing.
	All []K
}

func (m Map[K, V]) read(d *decoder, v *map[K]V) {
	out := map[K]V{}
	readEnumMap(d, m.Keys, m.Len, func(k K) {
		var x V
		m.Value.read(d, &x)
		out[k] = x
	})
	*v = out
}

// readEnumMap reads an object of names of an enumeration of n values, as
// Map documents, calling value with the value each key names, with the
// path set to the key, for its value to be read (null values left out).
func readEnumMap[K Enumeration](d *decoder, e Enum[K], n int, value func(K)) {
	var named []K // the values named so far: at most n
	k := keys{max: MaxPerValue * n}
	for _, key := range d.object(&k) {
		x, ok := e.parse(d, key)
		switch {
		case !ok:
		case containsValue(named, x):
			d.fail(&kindNamedTwice, "", lang.Quoted(x.String(), MaxEcho))
		case d.null():
			named = append(named, x) // the same as an absent key
		default:
			named = append(named, x)
			value(x)
		}
	}
}

func containsValue[K comparable](s []K, x K) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

func (m Map[K, V]) write(w *writer, v *map[K]V) {
	w.open('{')
	for _, k := range m.All {
		x, ok := (*v)[k]
		if !ok || m.Value.absent(&x) {
			continue
		}
		w.key(k.String())
		m.Value.write(w, &x)
		w.leave()
	}
	for k := range *v {
		if !k.IsValid() {
			w.invalid(k.String())
		}
	}
	w.close('}')
}

func (m Map[K, V]) absent(v *map[K]V) bool { return *v == nil }

// ByName is the kind of an object whose keys are names of an enumeration,
// as Map reads them, held in a Go value S with one field per name (At
// returns the field of a name, nil for none). A value whose every field is
// absent is written as an absent key. A Kind[S].
type ByName[S any, K Enumeration, V any] struct {
	Keys  Enum[K]
	Value Kind[V]
	All   []K // the names, in order
	At    func(*S, K) *V
}

func (b ByName[S, K, V]) read(d *decoder, s *S) {
	readEnumMap(d, b.Keys, len(b.All), func(k K) {
		if p := b.At(s, k); p != nil {
			b.Value.read(d, p)
		}
	})
}

func (b ByName[S, K, V]) write(w *writer, s *S) {
	w.open('{')
	for _, k := range b.All {
		if p := b.At(s, k); p != nil && !b.Value.absent(p) {
			w.key(k.String())
			b.Value.write(w, p)
			w.leave()
		}
	}
	w.close('}')
}

func (b ByName[S, K, V]) absent(s *S) bool {
	for _, k := range b.All {
		if p := b.At(s, k); p != nil && !b.Value.absent(p) {
			return false
		}
	}
	return true
}
