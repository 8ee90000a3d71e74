package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
	"github.com/shopspring/decimal"
)

func TestDecoderReadsAValidInput(t *testing.T) {
	it, err := decodeItem(`{"name":"a\u00e9\"b","amount":"12.50","count":3,"flag":true,"tags":["x","y"],"extra":{"k":"line\nnext"},"colour":"Rouge","shades":{"green":"g"}}`)
	if err != nil {
		t.Fatal(err)
	}
	if it.Name != `aé"b` || !it.Amount.Equal(decimal.RequireFromString("12.5")) || it.Count != 3 || !it.Flag ||
		strings.Join(it.Tags, ",") != "x,y" || it.Extra["k"] != "line\nnext" || it.Colour != 1 || it.Shades[2] != "g" {
		t.Fatalf("got %+v", it)
	}
	out, err := itemFormat.Encode(&it)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"name":"aé\"b","amount":"12.5","count":3,"flag":true,"tags":["x","y"],"extra":{"k":"line\nnext"},"colour":"red","shades":{"green":"g"}}`
	if string(out) != want {
		t.Errorf("Encode =\n%s\nwant\n%s", out, want)
	}
}

// Every problem of an input is reported at once, in order, each with its
// code, its path (or its line and column) and its sentinels.
func TestDecoderReportsEveryProblem(t *testing.T) {
	tests := []struct {
		in   string
		want []string // "code path" or "code @line:column", in order
		is   []error
	}{
		{`{"name":"a","nmae":"b"}`, []string{"unknown-key nmae"}, []error{problem.ErrUnknown, errWhole}},
		{`{"name":"a","name":"b"}`, []string{"duplicate-key name"}, []error{problem.ErrInvalid}},
		{`{"name":"a","extra":{"k":"1","k":"2"}}`, []string{"duplicate-key extra.k"}, []error{problem.ErrInvalid}},
		{`{"name":"a","amount":"12%","count":1000}`, []string{"not-a-number amount", "out-of-range count"}, []error{problem.ErrInvalid}},
		{`{"name":"a","amount":"1000000000000000e3"}`, []string{"over-limit amount"}, []error{problem.ErrLimit}}, // 10^18: shopspring's NumDigits says 15 digits for 10^15
		{`{"name":"a","amount":1e999999999}`, []string{"over-limit amount"}, []error{problem.ErrLimit}},
		{`{"name":"a","amount":"` + strings.Repeat("9", 100) + `"}`, []string{"over-limit amount"}, []error{problem.ErrLimit}},
		{`{"name":"a\u0000b"}`, []string{"control-character name"}, []error{problem.ErrInvalid}},
		{`{"name":"` + strings.Repeat("é", 200) + `"}`, []string{"over-limit name"}, []error{problem.ErrLimit}},
		{`{"name":"a","tags":["1","2","3","4","5"]}`, []string{"over-limit tags"}, []error{problem.ErrLimit}},
		{`{"name":7,"flag":"yes"}`, []string{"wrong-type name", "wrong-type flag"}, []error{problem.ErrSyntax}},
		{`{"count":1}`, []string{"missing-key name"}, nil},
		{`{"name":null,"extra":null}`, []string{"missing-key name"}, []error{problem.ErrInvalid}}, // null is an absent key
		{`{"nmae":"a"}`, []string{"unknown-key nmae", "missing-key name"}, []error{problem.ErrUnknown, problem.ErrInvalid}},
		{`{"name":null,"name":"a"}`, []string{"duplicate-key name", "missing-key name"}, nil},
		{`{"name":"a","extra":{"k":null}}`, []string{"wrong-type extra.k"}, []error{problem.ErrSyntax}}, // a map yields null
		{`{"name":"a","extra":[]}`, []string{"wrong-type extra"}, nil},
		{`{"name":"a","colour":"bleu"}`, []string{"unknown-name colour"}, []error{problem.ErrUnknown}},
		{`{"name":"a","colour":""}`, []string{"missing-name colour"}, []error{problem.ErrUnknown}},
		{`{"name":"a","shades":{"red":"a","rouge":"b"}}`, []string{"duplicate-name shades.rouge"}, []error{problem.ErrInvalid}},
		{`{"name":"a","shades":{"redd":"a"}}`, []string{"unknown-name shades.redd"}, []error{problem.ErrUnknown}},
		{`{"count":1`, []string{"syntax @1:11"}, nil},
		{`{"name":"a","tags":["x" "y"]}`, []string{"syntax @1:25"}, nil},
		{`{"name":"a","tags":["x"`, []string{"syntax @1:24"}, nil},
		{`{"name":"a"} x`, []string{"trailing-data @1:14"}, []error{problem.ErrSyntax}},
		{"{\n  \"name\": \"a\",\n  \"count\": 1,,\n}", []string{"syntax @3:14"}, nil},
		{`{"name":"a","extra":{"porteur d'idée":"\u0001"}}`, []string{`control-character extra["porteur d'idée"]`}, nil},
		{`{"name":"a","` + strings.Repeat("k", 900000) + `":1}`, []string{`unknown-key ["` + strings.Repeat("k", MaxEcho) + `"…]`}, nil},
		{`[]`, []string{"wrong-type"}, nil},
		{``, []string{"syntax @1:1"}, nil},
		{"{\"name\":\"\xff\"}", []string{"not-utf8 @1:10"}, nil},
		{strings.Repeat(`{"extra":`, 40), []string{"too-deep @1:289"}, nil},
		// I-JSON refuses a surrogate that is not half of a pair, wherever
		// the string stands: a value, a key, a value skipped.
		{`{"name":"a\ud800"}`, []string{"syntax @1:11"}, []error{problem.ErrSyntax}},
		{`{"name":"\uD800\u0041"}`, []string{"syntax @1:10"}, nil},
		{`{"name":"\ud83d\ud83d\ude00"}`, []string{"syntax @1:10"}, nil},
		{`{"name":"\ud800\n"}`, []string{"syntax @1:10"}, nil},
		{`{"name":"\ud800\u12"}`, []string{"syntax @1:10"}, nil},
		{`{"name":"\ude00\ud83d"}`, []string{"syntax @1:10"}, nil},
		{`{"name":"a","extra":{"\udfff":"x"}}`, []string{"syntax @1:23"}, nil},
		{`{"name":"a","zz":"\ud800"}`, []string{"unknown-key zz", "syntax @1:19"}, []error{problem.ErrUnknown, problem.ErrSyntax}},
		{`{"name":"a","zz":"\q"}`, []string{"unknown-key zz", "syntax @1:19"}, nil},
		{`{"name":"a","zz":"\`, []string{"unknown-key zz", "syntax @1:20"}, nil},
		// A value skipped is checked for its grammar only.
		{`{"name":"a","zz":{"k":1,"k":[{"j":1,"j":2}]}}`, []string{"unknown-key zz"}, []error{problem.ErrUnknown}},
		{`{"name":"a","zz":{"k" 1}}`, []string{"unknown-key zz", "syntax @1:23"}, nil},
		// A byte-order mark is skipped at the very start only, and lines
		// and columns are counted after it.
		{"\ufeff{\"count\":1", []string{"syntax @1:11"}, nil},
		{"\ufeff\ufeff{}", []string{"syntax @1:1"}, []error{problem.ErrSyntax}},
		{" \ufeff{}", []string{"syntax @1:2"}, nil},
		{"{\"name\":\"a\",\"count\":\ufeff1}", []string{"syntax @1:21"}, nil},
		{"{\"name\":\"a\"}\ufeff", []string{"trailing-data @1:13"}, nil},
		{"\xef\xbb", []string{"not-utf8 @1:1"}, nil},
		// A name is blank when it holds nothing visible.
		{`{"name":" "}`, []string{"blank name"}, []error{problem.ErrInvalid, errWhole}},
		{`{"name":"\u00a0\u3000\u200b\ufeff"}`, []string{"blank name"}, nil},
		{`{"name":"a","tags":[" "]}`, []string{"blank tags[0]"}, nil},
		{`{"name":"\t"}`, []string{"control-character name"}, nil},
		{`{"name":"a\u202eb"}`, []string{"bidi-control name"}, nil},
		{`{"name":"a","count":2.0,"amount":-0}`, nil, nil}, // whole numbers however written
		{`{"name":"a","count":2.5}`, []string{"out-of-range count"}, nil},
		{`{"name":"a","amount":007}`, []string{"syntax @1:23"}, nil},
	}
	for _, tt := range tests {
		_, err := decodeItem(tt.in)
		if got := codes(err); !slices.Equal(got, tt.want) {
			t.Errorf("%.60q: problems %q, want %q\n%.1000v", tt.in, got, tt.want, err)
		}
		for _, s := range tt.is {
			if !errors.Is(err, s) {
				t.Errorf("%.60q: not errors.Is %v", tt.in, s)
			}
		}
		for e := range problem.All(err) {
			if len(e.Error()) > 1000 || e.Text(lang.French) == e.Text(lang.English) && e.Line == 0 {
				t.Errorf("%.60q: message %.200q: over 1000 bytes, or not in French", tt.in, e.Error())
			}
		}
	}
}

func TestDecoderReadsEscapesAndMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"name":"\ud83d\ude00"}`, "😀"},
		{`{"name":"\uD83D\uDE00x"}`, "😀x"},
		{`{"name":"\udbff\udfff"}`, "\U0010FFFF"},
		{`{"name":"\ud7ff\ue000"}`, "\ud7ff\ue000"}, // around the surrogates
		{"\ufeff{\"name\":\"a\"}", "a"},
		{"\ufeff \n{\"name\":\"a\ufeffb\"}", "a\ufeffb"}, // a U+FEFF in a string is a character
		{`{"name":" a "}`, " a "},                        // visible, spaces kept
		{`{"name":""}`, ""},                              // empty: the format's rule
		{`{"name":"a","extra":{"k":" "}}`, "a"},          // prose may be blank
	}
	for _, tt := range tests {
		it, err := decodeItem(tt.in)
		if err != nil || it.Name != tt.want {
			t.Errorf("%q: name %q, %v; want %q", tt.in, it.Name, err, tt.want)
		}
	}
	_, err := decodeItem(`{"name":"\"\\\/\b\f\n\r\t"}`)
	if got := codes(err); !slices.Equal(got, []string{"control-character name"}) {
		t.Errorf("escaped control characters: %q", got)
	}
}

func TestCheckName(t *testing.T) {
	for s, want := range map[string]string{
		"":                       "",
		"a":                      "",
		" a ":                    "",
		"porteur d'idée":         "",
		"\u200d😀":                "",
		" ":                      "blank",
		"\u00a0":                 "blank",
		"\u202f\u2003":           "blank",
		"\u200b":                 "blank",
		"\ufeff":                 "blank",
		" \t":                    "control-character",
		"abc\u202edcba":          "bidi-control",
		"\u202a":                 "bidi-control",
		"a\u2066b\u2069":         "bidi-control",
		"a\u206a":                "",
		"\u200fعربي":             "",
		"\xff":                   "not-utf8",
		strings.Repeat(" ", 300): "over-limit",
	} {
		got := ""
		if err := testPkg.CheckName("p", s); err != nil {
			got = err.(*problem.Error).Code
		}
		if got != want {
			t.Errorf("CheckName(%q) = %q, want %q", s, got, want)
		}
		if k, _ := (Name{}).Problem(s); (k == nil) != (want == "") || k != nil && k.Code != want {
			t.Errorf("Name.Problem(%q) = %v, want %q", s, k, want)
		}
	}
	if err := testPkg.CheckProse("p", " "); err != nil {
		t.Errorf("CheckProse(\" \") = %v, want none: free text may be blank", err)
	}
	if err := testPkg.CheckProse("p", "\u2067عربي\u2069 text"); err != nil {
		t.Errorf("CheckProse of an isolate = %v, want none: free text may mix scripts", err)
	}
	for s, want := range map[string]error{" ": problem.ErrInvalid, strings.Repeat("a", MaxText+1): problem.ErrLimit} {
		if err := testPkg.CheckName("p", s); !errors.Is(err, want) {
			t.Errorf("CheckName(%.20q) = %v, want %v", s, err, want)
		}
	}
}

func TestScanNumber(t *testing.T) {
	tests := []struct {
		in          string
		strict, any int        // end of the number: JSON grammar, and with leading zeros
		want        *lang.Text // for both, when not nil
	}{
		{"0", 1, 1, nil},
		{"-0.5e+3", 7, 7, nil},
		{"12E-2,", 5, 5, nil},
		{"007.5", 1, 5, nil},
		{"-01", 2, 3, nil},
		{"1.", 2, 2, &pointDigits},
		{"1.e3", 2, 2, &pointDigits},
		{"1e", 2, 2, &exponentDigit},
		{"1e+", 3, 3, &exponentDigit},
		{"-", 1, 1, &someDigits},
		{"-.5", 1, 1, &someDigits},
		{".5", 0, 0, &someDigits},
		{"+1", 0, 0, &someDigits},
		{"", 0, 0, &someDigits},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			lead bool
			want int
		}{{false, tt.strict}, {true, tt.any}} {
			s, sp := scanNumber(tt.in, 0, c.lead)
			b, bp := scanNumber([]byte(tt.in), 0, c.lead)
			if s != c.want || b != c.want || sp != bp || sp != tt.want {
				t.Errorf("scanNumber(%q, leading zeros %t) = %d %v and %d %v, want %d %v", tt.in, c.lead, s, sp, b, bp, c.want, tt.want)
			}
		}
	}
	// A JSON number is strict, a decimal written as a string is not.
	if it, err := decodeItem(`{"name":"a","amount":"007.50"}`); err != nil || !it.Amount.Equal(decimal.RequireFromString("7.5")) {
		t.Errorf(`amount "007.50": %v, %v`, it.Amount, err)
	}
}

func TestWithinKeepsTheWholeUnlessGiven(t *testing.T) {
	other := errors.New("test: other whole")
	inner := testPkg.Within("", errWhole, bad("a", "", "bad", problem.ErrLimit))
	kept := testPkg.Within("x", nil, inner)
	if !errors.Is(kept, errWhole) || !errors.Is(kept, problem.ErrLimit) {
		t.Errorf("Within with no whole: %v lost errWhole or ErrLimit", kept)
	}
	replaced := testPkg.Within("x", other, inner)
	if !errors.Is(replaced, other) {
		t.Errorf("Within with a whole: %v does not unwrap to it", replaced)
	}
	var fe *problem.Error
	if !errors.As(kept, &fe) || fe.Path != "x.a" {
		t.Errorf("path %q, want x.a", fe.Path)
	}
}

// TestDecoderCountsEveryKindPastTheCap: past MaxProblems, a problem of any
// kind is counted once, and not listed.
func TestDecoderCountsEveryKindPastTheCap(t *testing.T) {
	const n = MaxProblems + 50
	repeat := func(s string) string { return "[" + strings.Repeat(s+",", n-1) + s + "]" }
	kind := func(k Kind[item]) func(*decoder) {
		return func(d *decoder) { var it item; k.read(d, &it) }
	}
	read := func(read func(*decoder, *string)) func(*decoder) {
		return func(d *decoder) { var s string; read(d, &s) }
	}
	tests := []struct {
		name, in string
		read     func(d *decoder)
	}{
		{"unknown key", repeat(`{"name":"a","zz":1}`), kind(itemObject)},
		{"wrong type", repeat(`1`), read(Name{}.read)},
		{"name", repeat(`"a\u0001"`), read(Name{}.read)},
		{"prose", repeat(`"\u0000"`), read(Prose{}.read)},
		{"decimal form", repeat(`"12%"`), func(d *decoder) { d.decimal() }},
		{"decimal bound", repeat(`1e99`), func(d *decoder) { d.decimal() }},
		{"decimal text", repeat(`"` + strings.Repeat("1", 70) + `"`), func(d *decoder) { d.decimal() }},
		{"int", repeat(`7`), func(d *decoder) { var n int; Int{Min: 0, Max: 1}.read(d, &n) }},
		{"enum", repeat(`"x"`), func(d *decoder) { var c colour; colourNames.read(d, &c) }},
		{"array", repeat(`[1,2]`), func(d *decoder) {
			for range d.array(1) {
				d.skip()
			}
		}},
		{"place", repeat(`1`), func(d *decoder) { d.skip(); d.place(bad("", "", "bad", problem.ErrInvalid)) }},
		{"enum map", repeat(`{"x":1}`), func(d *decoder) {
			var m map[colour]string
			Map[colour, string]{Keys: colourNames, Len: 2, Value: Name{}}.read(d, &m)
		}},
		{"map bound", repeat(`{"a":1,"b":2}`), func(d *decoder) {
			for range d.object(&keys{max: 1}) {
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDecoder([]byte(tt.in), "test")
			for range d.array(2 * n) {
				tt.read(d)
			}
			if got := d.count(); got != n {
				t.Errorf("count() = %d, want %d", got, n)
			}
			ps := problem.List(d.finish(nil))
			if len(ps) != MaxProblems+1 || ps[MaxProblems].Code != "too-many-problems" {
				t.Errorf("%d problems, last %v; want %d, the last counting the rest", len(ps), ps[len(ps)-1], MaxProblems+1)
			}
		})
	}
}

// TestDecoderBuildsNoProblemPastTheCap: an unknown key past MaxProblems
// costs no message, no path, and not even the key: it is counted.
func TestDecoderBuildsNoProblemPastTheCap(t *testing.T) {
	allocs := func(keys int) float64 {
		var b strings.Builder
		b.WriteString("{")
		for i := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + strings.Repeat("k", 240) + strings.Repeat("0", 10-len(itoa(i))) + itoa(i) + `":1`)
		}
		b.WriteString("}")
		data := []byte(b.String())
		return testing.AllocsPerRun(5, func() { _, _ = itemFormat.Decode(data) })
	}
	small, large := allocs(2*MaxProblems), allocs(2*MaxProblems+1000)
	if per := (large - small) / 1000; per > 0.01 {
		t.Errorf("%.2f allocations per unknown key past the cap, want none", per)
	}
}

func itoa(i int) string { return decimal.NewFromInt(int64(i)).String() }

// A map of names of an enumeration: the keys past MaxPerValue × n are over
// the limit once, skipped unread.
func TestEnumMap(t *testing.T) {
	many := `{"name":"a","shades":{"red":"a"` + strings.Repeat(`,"x":"1"`, 2*MaxPerValue) + `,"green":"b"}}`
	_, err := decodeItem(many)
	want := []string{"unknown-name shades.x", "duplicate-key shades.x", "duplicate-key shades.x", "duplicate-key shades.x",
		"duplicate-key shades.x", "duplicate-key shades.x", "duplicate-key shades.x", "over-limit shades"}
	if got := codes(err); !slices.Equal(got, want) {
		t.Errorf("problems %q, want %q", got, want)
	}
	it, err := decodeItem(`{"name":"a","shades":{"red":"a","Vert":null}}`)
	if err != nil || len(it.Shades) != 1 {
		t.Errorf("a null value: %v, %v", it.Shades, err)
	}
}

// Past MaxProblems, the malformed JSON that stops the reading is still
// listed with its line and column: it is what the reader fixes first.
func TestSyntaxListedPastTheCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"name":"a"`)
	for i := range MaxProblems + 20 {
		b.WriteString(`,"k` + itoa(i) + `":1`)
	}
	b.WriteString("\n,\"last\" 1}")
	_, err := decodeItem(b.String())
	ps := problem.List(err)
	if last := ps[len(ps)-2]; last.Code != "syntax" || last.Line != 2 || last.Column != 9 || !errors.Is(err, problem.ErrSyntax) {
		t.Errorf("the syntax error is not listed: %v", last)
	}
}

// Past the cap, the check adds nothing, and does not even run: the reading
// problems it would have to tell apart are only counted, and the check's
// problems would be built for no one.
func TestCheckPastTheCap(t *testing.T) {
	checked := false
	f := &Format[item]{Package: testPkg, Kind: itemObject, Check: func(*item) error { checked = true; return bad("a", "", "bad", problem.ErrInvalid) }}
	var b strings.Builder
	b.WriteString(`{"name":"a"`)
	for i := range MaxProblems + 5 {
		b.WriteString(`,"k` + itoa(i) + `":1`)
	}
	b.WriteString("}")
	_, err := f.Decode([]byte(b.String()))
	if checked {
		t.Error("the check ran past the cap")
	}
	if n := len(problem.List(err)); n != MaxProblems+1 {
		t.Errorf("%d problems, want %d", n, MaxProblems+1)
	}
	// Below the cap, it runs, and what reading said is not said again.
	_, err = f.Decode([]byte(`{"name":"a","count":"x"}`))
	if got := codes(err); !checked || !slices.Equal(got, []string{"wrong-type count", "bad a"}) {
		t.Errorf("problems %q, checked %t", got, checked)
	}
	f.Check = func(*item) error { return bad("count", "", "bad", problem.ErrInvalid) }
	_, err = f.Decode([]byte(`{"name":"a","count":"x"}`))
	if got := codes(err); !slices.Equal(got, []string{"wrong-type count"}) {
		t.Errorf("problems %q: the check repeats what reading said", got)
	}
}

func TestWithin(t *testing.T) {
	for _, tc := range []struct {
		path, base string
		want       bool
	}{
		{"a", "a", true},
		{"a.b", "a", true},
		{"a[0].b", "a", true},
		{"a[0].b", "a[0]", true},
		{"a.bc", "a.b", false},
		{"ab", "a", false},
		{"a", "a.b", false},
		{"x", "", true},
		{"", "a", false},
	} {
		if got := within(tc.path, tc.base); got != tc.want {
			t.Errorf("within(%q, %q) = %v, want %v", tc.path, tc.base, got, tc.want)
		}
	}
	for _, tc := range [][3]string{{"", "budget.total", "budget"}, {"", "history[2].at", "history"}, {"", "name", "name"}, {"a", "a.b.c", "a.b"}} {
		if got := topKey(tc[0], tc[1]); got != tc[2] {
			t.Errorf("topKey(%q, %q) = %q, want %q", tc[0], tc[1], got, tc[2])
		}
	}
}

func TestSuggestion(t *testing.T) {
	keys := []string{"stakeholders", "name", "phase", "experimentation"}
	for in, want := range map[string]string{
		"stakeholder":     "stakeholders",
		"nmae":            "name",
		"PHASE":           "",
		"experimentaiton": "experimentation",
		"budget":          "",
	} {
		if got := closest(in, keys); got != want {
			t.Errorf("closest(%q) = %q, want %q", in, got, want)
		}
		if got := suggestion(in, keys).Label(lang.English); (got == "") != (want == "") || !strings.Contains(got, want) {
			t.Errorf("suggestion(%q) renders %q", in, got)
		}
	}
	if suggestion(strings.Repeat("k", MaxText+1), keys).Label(lang.English) != "" {
		t.Error("a suggestion for a key over MaxText")
	}
}

// FuzzDecoder checks the decoder against encoding/json, and never panics.
// It accepts only JSON texts of the item format that encoding/json accepts,
// and reads the same values from them. It refuses as malformed only texts
// that encoding/json refuses too, or that hold what the decoder refuses
// deliberately: nesting deeper than MaxDepth, invalid UTF-8, and an escape
// of a lone surrogate (I-JSON; encoding/json reads it as U+FFFD). One
// byte-order mark at the start is skipped, as RFC 8259 §8.1 allows
// (encoding/json refuses it), so encoding/json is given the text after it.
// What it accepts is written back, and read again the same.
func FuzzDecoder(f *testing.F) {
	for _, s := range []string{`{"name":"a"}`, `{"name":"a","tags":["x"]}`, `{"name":"a","name":"b"}`, `{"name":"a","extra":{"a":"\ud83d\ude00"}}`,
		`{"name":"x","amount":-0.5e3}`, `{"x":[1,{"y":null}]}`, `"x"`, `{"name":"a"}{}`, `{"name":"<&>","colour":"vert","shades":{"red":"r"}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := itemFormat.Decode(data)
		text := bytes.TrimPrefix(data, []byte(byteOrderMark))
		if err == nil {
			var want struct {
				Name   string            `json:"name"`
				Amount decimal.Decimal   `json:"amount"`
				Count  json.Number       `json:"count"`
				Flag   bool              `json:"flag"`
				Tags   []string          `json:"tags"`
				Extra  map[string]string `json:"extra"`
			}
			if jerr := json.Unmarshal(text, &want); jerr != nil {
				t.Fatalf("accepted what encoding/json refuses (%v): %q", jerr, data)
			}
			if got.Name != want.Name || !got.Amount.Equal(want.Amount) || got.Flag != want.Flag ||
				!slices.Equal(got.Tags, want.Tags) || !maps.Equal(got.Extra, want.Extra) {
				t.Fatalf("read %+v, encoding/json %+v: %q", got, want, data)
			}
			// encoding/json reads a lone surrogate as U+FFFD: the
			// decoder must have refused it.
			all := append([]string{got.Name}, got.Tags...)
			for k, v := range got.Extra {
				all = append(all, k, v)
			}
			if slices.ContainsFunc(all, func(s string) bool { return strings.ContainsRune(s, utf8.RuneError) }) &&
				!bytes.ContainsRune(data, utf8.RuneError) && !replacementEscape.Match(data) {
				t.Fatalf("accepted a lone surrogate as U+FFFD: %q", data)
			}
			out, err := itemFormat.Encode(&got)
			if err != nil {
				t.Fatalf("Encode of what was read: %v", err)
			}
			again, err := itemFormat.Decode(out)
			if err != nil {
				t.Fatalf("Decode of %s: %v", out, err)
			}
			if out2, _ := itemFormat.Encode(&again); !bytes.Equal(out, out2) {
				t.Fatalf("round trip: %s, then %s", out, out2)
			}
			return
		}
		if !json.Valid(text) || len(data) > MaxJSON {
			return
		}
		// A type mismatch is reported with ErrSyntax too: only a problem
		// with a line is malformed JSON.
		for e := range problem.All(err) {
			switch {
			case e.Line == 0:
			case e.Code == "too-deep", e.Code == "not-utf8":
			case e.Code == "syntax" && surrogateEscape.Match(data):
			default:
				t.Fatalf("valid JSON refused as malformed: %v", err)
			}
		}
	})
}

// surrogateEscape matches an escape of a UTF-16 surrogate, lone or not.
var surrogateEscape = regexp.MustCompile(`(?i)\\ud[89a-f][0-9a-f]{2}`)

// replacementEscape matches an escape of U+FFFD.
var replacementEscape = regexp.MustCompile(`(?i)\\ufffd`)
