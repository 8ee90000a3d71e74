package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

var (
	errSyntax  = errors.New("test: malformed")
	errUnknown = errors.New("test: unknown")
	errInvalid = errors.New("test: invalid")
	errLimit   = errors.New("test: limit")
	errWhole   = errors.New("test: whole")
	testPkg    = &Package{Name: "test", Syntax: errSyntax, Unknown: errUnknown, Invalid: errInvalid, Limit: errLimit}
)

// item is a small format read the way the module's formats are.
type item struct {
	Name   string
	Amount decimal.Decimal
	Count  int64
	Flag   bool
	Tags   []string
	Extra  map[string]string
}

var itemKeys = Keys{Names: []string{"name", "amount", "count", "flag", "tags", "extra"}, Required: 1}

func readItem(d *Decoder) item {
	var it item
	for k := range d.Object(itemKeys) {
		switch k {
		case "name":
			it.Name, _ = d.Text()
		case "amount":
			it.Amount, _ = d.Decimal()
		case "count":
			it.Count, _ = d.Int(0, 100)
		case "flag":
			it.Flag, _ = d.Bool()
		case "tags":
			for range d.Array(3) {
				s, _ := d.Text()
				it.Tags = append(it.Tags, s)
			}
		case "extra":
			it.Extra = map[string]string{}
			for key := range d.Object(Keys{}) {
				it.Extra[key], _ = d.Prose()
			}
		}
	}
	return it
}

func decodeItem(s string) (item, error) {
	d := NewDecoder([]byte(s), testPkg, errWhole)
	it := readItem(d)
	return it, d.Finish()
}

func TestDecoderReadsAValidInput(t *testing.T) {
	it, err := decodeItem(`{"name":"a\u00e9\"b","amount":"12.50","count":3,"flag":true,"tags":["x","y"],"extra":{"k":"line\nnext"}}`)
	if err != nil {
		t.Fatal(err)
	}
	if it.Name != `aé"b` || !it.Amount.Equal(decimal.RequireFromString("12.5")) || it.Count != 3 || !it.Flag ||
		strings.Join(it.Tags, ",") != "x,y" || it.Extra["k"] != "line\nnext" {
		t.Fatalf("got %+v", it)
	}
}

func TestDecoderReportsEveryProblem(t *testing.T) {
	tests := []struct {
		in   string
		want []string // one substring per problem, in order
		is   []error
	}{
		{`{"name":"a","nmae":"b"}`, []string{`test: nmae: unknown key (want one of name, amount, count, flag, tags, extra; did you mean "name"?)`}, []error{errUnknown, errWhole}},
		{`{"name":"a","name":"b"}`, []string{`test: name: key given twice`}, []error{errInvalid}},
		{`{"name":"a","extra":{"k":"1","k":"2"}}`, []string{`test: extra.k: key given twice`}, []error{errInvalid}},
		{`{"name":"a","amount":"12%","count":1000}`, []string{`test: amount "12%": not a decimal: no % sign`, `test: count "1000": want a whole number from 0 to 100`}, nil},
		{`{"name":"a","amount":"150 000,00"}`, []string{`not a decimal: no comma`}, nil},
		{`{"name":"a","amount":"150000 €"}`, []string{`not a decimal: no currency`}, nil},
		{`{"name":"a","amount":"1000000000000000e3"}`, []string{`amount "1000000000000000e3": more than 18 digits before the decimal point`}, []error{errLimit}}, // 10^18: shopspring's NumDigits says 15 digits for 10^15
		{`{"name":"a","amount":1e999999999}`, []string{`amount "1e999999999": more than 18 digits before the decimal point`}, []error{errLimit}},
		{`{"name":"a","amount":"` + strings.Repeat("9", 100) + `"}`, []string{`a number of 100 characters, over the limit of 64`}, []error{errLimit}},
		{`{"name":"a\u0000b"}`, []string{`control character U+0000`}, []error{errInvalid}},
		{`{"name":"` + strings.Repeat("é", 200) + `"}`, []string{`400 bytes, over the limit of 256`}, []error{errLimit}},
		{`{"name":"a","tags":["1","2","3","4","5"]}`, []string{`test: tags: more than 3 items, over the limit`}, []error{errLimit}},
		{`{"name":7,"flag":"yes"}`, []string{`test: name: want a string, found a number`, `test: flag: want true or false, found a string`}, []error{errSyntax}},
		{`{"count":1}`, []string{`test: name: missing`}, nil},
		{`{"name":null,"extra":null}`, []string{`test: name: missing`}, []error{errInvalid}}, // null is an absent key
		{`{"nmae":"a"}`, []string{`test: nmae: unknown key`, `test: name: missing`}, []error{errUnknown, errInvalid}},
		{`{"name":null,"name":"a"}`, []string{`test: name: key given twice`, `test: name: missing`}, nil},
		{`{"name":"a","extra":{"k":null}}`, []string{`test: extra.k: want a string, found null`}, []error{errSyntax}}, // a map yields null
		{`{"name":"a","extra":[]}`, []string{`test: extra: want an object, found an array`}, nil},
		{`{"count":1`, []string{`line 1, column 11: unexpected end of input inside an object (want a key or })`}, nil},
		{`{"name":"a","tags":["x" "y"]}`, []string{`line 1, column 25: want , or ] after an array element`}, nil},
		{`{"name":"a","tags":["x"`, []string{`unexpected end of input inside an array (want a value or ])`}, nil},
		{`{"name":"a"} x`, []string{`line 1, column 14: data after the end`}, []error{errSyntax}},
		{"{\n  \"name\": \"a\",\n  \"count\": 1,,\n}", []string{`line 3, column 14: want a key in double quotes`}, nil},
		{`{"name":"a","extra":{"porteur d'idée":"\u0001"}}`, []string{`test: extra["porteur d'idée"] "\x01": control character U+0001`}, nil},
		{`{"name":"a","` + strings.Repeat("k", 900000) + `":1}`, []string{`test: ["` + strings.Repeat("k", MaxEcho) + `"…]: unknown key`}, nil},
		{`[]`, []string{`want an object, found an array`}, nil},
		{``, []string{`unexpected end of input`}, nil},
		{"{\"name\":\"\xff\"}", []string{`line 1, column 10: not valid UTF-8`}, nil},
		{strings.Repeat(`{"extra":`, 40), []string{`nesting deeper than 32 levels`}, nil},
		// I-JSON refuses a surrogate that is not half of a pair, wherever
		// the string stands: a value, a key, a value skipped.
		{`{"name":"a\ud800"}`, []string{`line 1, column 11: lone surrogate \ud800 in a string (want a valid UTF-16 pair, or the character itself)`}, []error{errSyntax}},
		{`{"name":"\uD800\u0041"}`, []string{`line 1, column 10: lone surrogate \uD800 in a string`}, nil},
		{`{"name":"\ud83d\ud83d\ude00"}`, []string{`line 1, column 10: lone surrogate \ud83d`}, nil},
		{`{"name":"\ud800\n"}`, []string{`line 1, column 10: lone surrogate \ud800`}, nil},
		{`{"name":"\ud800\u12"}`, []string{`line 1, column 10: lone surrogate \ud800`}, nil},
		{`{"name":"\ude00\ud83d"}`, []string{`line 1, column 10: lone surrogate \ude00`}, nil},
		{`{"name":"a","extra":{"\udfff":"x"}}`, []string{`line 1, column 23: lone surrogate \udfff`}, nil},
		{`{"name":"a","zz":"\ud800"}`, []string{`test: zz: unknown key`, `line 1, column 19: lone surrogate \ud800`}, []error{errUnknown, errSyntax}},
		{`{"name":"a","zz":"\q"}`, []string{`test: zz: unknown key`, `line 1, column 19: invalid escape 'q' in a string`}, []error{errUnknown, errSyntax}},
		{`{"name":"a","zz":"\`, []string{`test: zz: unknown key`, `line 1, column 20: unexpected end of input inside a string`}, nil},
		// A value skipped is checked for its grammar only.
		{`{"name":"a","zz":{"k":1,"k":[{"j":1,"j":2}]}}`, []string{`test: zz: unknown key`}, []error{errUnknown}},
		{`{"name":"a","zz":{"k" 1}}`, []string{`test: zz: unknown key`, `line 1, column 23: want : after the key`}, []error{errUnknown, errSyntax}},
		// A byte-order mark is skipped at the very start only, and lines
		// and columns are counted after it.
		{"\ufeff{\"count\":1", []string{`line 1, column 11: unexpected end of input inside an object`}, nil},
		{"\ufeff\ufeff{}", []string{`line 1, column 1: byte-order mark U+FEFF here (one is allowed only at the very start of the input; want a value)`}, []error{errSyntax}},
		{" \ufeff{}", []string{`line 1, column 2: byte-order mark U+FEFF here`}, nil},
		{"{\"name\":\"a\",\"count\":\ufeff1}", []string{`line 1, column 21: byte-order mark U+FEFF here`}, nil},
		{"{\"name\":\"a\"}\ufeff", []string{`line 1, column 13: data after the end of the JSON value`}, nil},
		{"\xef\xbb", []string{`line 1, column 1: not valid UTF-8`}, nil},
		// A name is blank when it holds nothing visible.
		{`{"name":" "}`, []string{`test: name " ": blank: want a name with at least one visible character`}, []error{errInvalid, errWhole}},
		{`{"name":"\u00a0\u3000\u200b\ufeff"}`, []string{`test: name "\u00a0\u3000\u200b\ufeff": blank`}, nil},
		{`{"name":"a","tags":[" "]}`, []string{`test: tags[0] " ": blank`}, nil},
		{`{"name":"\t"}`, []string{`control character U+0009`}, nil},
	}
	for _, tt := range tests {
		_, err := decodeItem(tt.in)
		if err == nil {
			t.Errorf("%.60q: no error", tt.in)
			continue
		}
		msg := err.Error()
		lines := strings.Split(msg, "\n")
		if len(lines) != len(tt.want) {
			t.Errorf("%.60q: %d problems, want %d:\n%s", tt.in, len(lines), len(tt.want), msg)
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(lines[i], w) {
				t.Errorf("%.60q: problem %d\n got %s\nwant …%s…", tt.in, i, lines[i], w)
			}
		}
		if len(msg) > 1000 {
			t.Errorf("%.60q: message of %d bytes", tt.in, len(msg))
		}
		for _, s := range tt.is {
			if !errors.Is(err, s) {
				t.Errorf("%.60q: not errors.Is %v", tt.in, s)
			}
		}
		var fe *FieldError
		if !errors.As(err, &fe) {
			t.Errorf("%.60q: no *FieldError", tt.in)
		}
	}
}

func TestDecoderReadsEscapesAndMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"name":"\ud83d\ude00"}`, "😀"},
		{`{"name":"\uD83D\uDE00x"}`, "😀x"},
		{`{"name":"\udbff\udfff"}`, "\U0010FFFF"},
		{`{"name":"\ud7ff\ue000"}`, "\ud7ff\ue000"}, // around the surrogates
		{`{"name":"\"\\\/\b\f\n\r\t"}`, ""},         // control characters: refused as a name, read as a string
		{"\ufeff{\"name\":\"a\"}", "a"},
		{"\ufeff \n{\"name\":\"a\ufeffb\"}", "a\ufeffb"}, // a U+FEFF in a string is a character
		{`{"name":" a "}`, " a "},                        // visible, spaces kept
		{`{"name":""}`, ""},                              // empty: the caller's rule
		{`{"name":"a","extra":{"k":" "}}`, "a"},          // prose may be blank
	}
	for _, tt := range tests {
		it, err := decodeItem(tt.in)
		if tt.want == "" && strings.Contains(tt.in, `\b`) {
			if err == nil || !strings.Contains(err.Error(), "control character") {
				t.Errorf("%q: %v, want a control character", tt.in, err)
			}
			continue
		}
		if err != nil || it.Name != tt.want {
			t.Errorf("%q: name %q, %v; want %q", tt.in, it.Name, err, tt.want)
		}
	}
}

func TestNameProblem(t *testing.T) {
	for s, want := range map[string]string{
		"":                       "",
		"a":                      "",
		" a ":                    "",
		"porteur d'idée":         "",
		"\u200d😀":                "",
		" ":                      "blank: want a name with at least one visible character",
		"   ":                    "blank",
		"\u00a0":                 "blank",
		"\u202f\u2003":           "blank",
		"\u200b":                 "blank",
		"\ufeff":                 "blank",
		" \t":                    "control character U+0009 at byte 1",
		"abc\u202edcba":          "bidirectional control U+202E at byte 3",
		"\u202a":                 "bidirectional control U+202A",
		"a\u202b":                "bidirectional control U+202B",
		"a\u202c":                "bidirectional control U+202C",
		"a\u202d":                "bidirectional control U+202D",
		"a\u2066b\u2069":         "bidirectional control U+2066",
		"a\u2067":                "bidirectional control U+2067",
		"a\u2068":                "bidirectional control U+2068",
		"a\u2069":                "bidirectional control U+2069",
		"a\u206a":                "",
		"\u200fعربي":             "",
		"\xff":                   "not valid UTF-8",
		strings.Repeat(" ", 300): "300 bytes, over the limit of 256",
	} {
		got := NameProblem(s)
		if (want == "") != (got == "") || !strings.Contains(got, want) {
			t.Errorf("NameProblem(%q) = %q, want %q", s, got, want)
		}
	}
	if got := ProseProblem(" "); got != "" {
		t.Errorf("ProseProblem(\" \") = %q, want none: free text may be blank", got)
	}
	if got := ProseProblem("\u2067عربي\u2069 text"); got != "" {
		t.Errorf("ProseProblem of an isolate = %q, want none: free text may mix scripts", got)
	}
	for s, want := range map[string]error{" ": errInvalid, strings.Repeat("a", MaxText+1): errLimit, "a": nil} {
		if err := testPkg.CheckName("p", s); !errors.Is(err, want) || (want == nil) != (err == nil) {
			t.Errorf("CheckName(%.20q) = %v, want %v", s, err, want)
		}
	}
}

func TestScanNumber(t *testing.T) {
	tests := []struct {
		in          string
		strict, any int    // end of the number: JSON grammar, and with leading zeros
		problem     string // for both, when not ""
	}{
		{"0", 1, 1, ""},
		{"-0.5e+3", 7, 7, ""},
		{"12E-2,", 5, 5, ""},
		{"007.5", 1, 5, ""},
		{"-01", 2, 3, ""},
		{"1.", 2, 2, "want digits after the point"},
		{"1.e3", 2, 2, "want digits after the point"},
		{"1e", 2, 2, "want digits in the exponent"},
		{"1e+", 3, 3, "want digits in the exponent"},
		{"-", 1, 1, "want digits"},
		{"-.5", 1, 1, "want digits"},
		{".5", 0, 0, "want digits"},
		{"+1", 0, 0, "want digits"},
		{"", 0, 0, "want digits"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			lead bool
			want int
		}{{false, tt.strict}, {true, tt.any}} {
			s, sp := scanNumber(tt.in, 0, c.lead)
			b, bp := scanNumber([]byte(tt.in), 0, c.lead)
			if s != c.want || b != c.want || sp != bp || !strings.Contains(sp, tt.problem) || (tt.problem == "") != (sp == "") {
				t.Errorf("scanNumber(%q, leading zeros %t) = %d %q and %d %q, want %d %q", tt.in, c.lead, s, sp, b, bp, c.want, tt.problem)
			}
		}
	}
	// A JSON number is strict, a decimal written as a string is not.
	if it, err := decodeItem(`{"name":"a","amount":"007.50"}`); err != nil || !it.Amount.Equal(decimal.RequireFromString("7.5")) {
		t.Errorf(`amount "007.50": %v, %v`, it.Amount, err)
	}
	if _, err := decodeItem(`{"name":"a","amount":007}`); err == nil || !strings.Contains(err.Error(), "line 1, column 23: want , or }") {
		t.Errorf("amount 007: %v, want malformed at the second 0", err)
	}
}

func TestWithinKeepsTheWholeUnlessGiven(t *testing.T) {
	other := errors.New("test: other whole")
	inner := testPkg.Within("", errWhole, testPkg.Field("a", "", "bad", errLimit))
	kept := testPkg.Within("x", nil, inner)
	if !errors.Is(kept, errWhole) || !errors.Is(kept, errLimit) {
		t.Errorf("Within with no whole: %v lost errWhole or errLimit", kept)
	}
	replaced := testPkg.Within("x", other, inner)
	if errors.Is(replaced, errWhole) || !errors.Is(replaced, other) {
		t.Errorf("Within with a whole: %v does not unwrap to it alone", replaced)
	}
	var fe *FieldError
	if !errors.As(kept, &fe) || fe.Path != "x.a" {
		t.Errorf("path %q, want x.a", fe.Path)
	}
}

// TestDecoderCountsEveryKindPastTheCap: past MaxProblems, a problem of any
// kind is counted once, and not listed.
func TestDecoderCountsEveryKindPastTheCap(t *testing.T) {
	const n = MaxProblems + 50
	repeat := func(s string) string { return "[" + strings.Repeat(s+",", n-1) + s + "]" }
	parse := func(s string) (int, error) { return 0, testPkg.ParseError("phase", s, []string{"essaimage"}) }
	tests := []struct {
		name, in string
		read     func(d *Decoder)
	}{
		{"unknown key", repeat(`{"name":"a","zz":1}`), func(d *Decoder) { readItem(d) }},
		{"wrong type", repeat(`1`), func(d *Decoder) { d.Text() }},
		{"name", repeat(`"a\u0001"`), func(d *Decoder) { d.Text() }},
		{"prose", repeat(`"\u0000"`), func(d *Decoder) { d.Prose() }},
		{"decimal form", repeat(`"12%"`), func(d *Decoder) { d.Decimal() }},
		{"decimal bound", repeat(`1e99`), func(d *Decoder) { d.Decimal() }},
		{"decimal text", repeat(`"` + strings.Repeat("1", 70) + `"`), func(d *Decoder) { d.Decimal() }},
		{"int", repeat(`7`), func(d *Decoder) { d.Int(0, 1) }},
		{"enum", repeat(`"x"`), func(d *Decoder) { Enum(d, parse) }},
		{"array", repeat(`[1,2]`), func(d *Decoder) {
			for range d.Array(1) {
				d.Skip()
			}
		}},
		{"report", repeat(`1`), func(d *Decoder) { d.Skip(); d.Report(testPkg.Field("", "", "bad", errInvalid)) }},
		{"report a name", repeat(`1`), func(d *Decoder) { d.Skip(); d.Report(testPkg.ParseError("phase", "x", []string{"essaimage"})) }},
		{"enum map", repeat(`{"x":1}`), func(d *Decoder) {
			for range EnumMap(d, 1, parseColour) {
			}
		}},
		{"map bound", repeat(`{"a":1,"b":2}`), func(d *Decoder) {
			for range d.Object(Keys{Max: 1}) {
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDecoder([]byte(tt.in), testPkg, nil)
			for range d.Array(2 * n) {
				tt.read(d)
			}
			if got := d.Problems(); got != n {
				t.Errorf("Problems() = %d, want %d", got, n)
			}
			err := d.Finish()
			if err == nil {
				t.Fatal("no error")
			}
			lines := strings.Split(err.Error(), "\n")
			want := fmt.Sprintf("and %d more problems, not listed", n-MaxProblems)
			if len(lines) != MaxProblems+1 || !strings.HasSuffix(lines[MaxProblems], want) {
				t.Errorf("%d lines, last %q; want %d lines, last …%q", len(lines), lines[len(lines)-1], MaxProblems+1, want)
			}
		})
	}
}

// TestDecoderBuildsNoMessagePastTheCap: an unknown key past MaxProblems
// costs no suggestion, no message, and not even the key: it is counted.
func TestDecoderBuildsNoMessagePastTheCap(t *testing.T) {
	allocs := func(keys int) float64 {
		var b strings.Builder
		b.WriteString("{")
		for i := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"%0250d":1`, i)
		}
		b.WriteString("}")
		data := []byte(b.String())
		return testing.AllocsPerRun(5, func() {
			d := NewDecoder(data, testPkg, nil)
			readItem(d)
			_ = d.Finish()
		})
	}
	small, large := allocs(2*MaxProblems), allocs(2*MaxProblems+1000)
	if per := (large - small) / 1000; per > 0.01 {
		t.Errorf("%.2f allocations per unknown key past the cap, want none", per)
	}
	// Nor does a name refused past the cap: its reason (and suggestion) is
	// not described.
	d := NewDecoder([]byte(strings.Repeat(`"x"`, 1)), testPkg, nil)
	for range MaxProblems {
		d.Fail("bad", errInvalid)
	}
	refused := testPkg.ParseError("phase", "essaimge", []string{"essaimage", "conception", "experimentation"})
	if n := testing.AllocsPerRun(10, func() { d.Report(refused) }); n != 0 {
		t.Errorf("Report of a refused name past the cap: %.0f allocations, want 0", n)
	}
}

// colour is a small enumeration for EnumMap.
type colour uint8

func (c colour) String() string { return [...]string{"?", "red", "green"}[min(int(c), 2)] }

func parseColour(s string) (colour, error) {
	switch strings.ToLower(s) {
	case "red", "rouge":
		return 1, nil
	case "green", "vert":
		return 2, nil
	}
	return 0, testPkg.ParseError("colour", s, []string{"red", "green"})
}

// EnumMap yields the values its keys name, records a key it refuses (with
// a suggestion), a value named twice in two spellings, and the keys past
// MaxPerValue × n as over the limit once, skipped unread.
func TestEnumMap(t *testing.T) {
	read := func(in string) (map[colour]string, error) {
		d := NewDecoder([]byte(in), testPkg, errWhole)
		got := map[colour]string{}
		for c := range EnumMap(d, 2, parseColour) {
			got[c], _ = d.Text()
		}
		return got, d.Finish()
	}
	got, err := read(`{"red":"a","Vert":"b"}`)
	if err != nil || len(got) != 2 || got[1] != "a" || got[2] != "b" {
		t.Fatalf("got %v, %v", got, err)
	}
	many := `{"red":"a"` + strings.Repeat(`,"x":1`, 2*MaxPerValue) + `,"green":"b"}`
	for _, tt := range []struct {
		in   string
		want []string // path and sentinel of each problem, in order
	}{
		{`{"red":"a","redd":"b"}`, []string{"redd unknown"}},
		{`{"red":"a","rouge":"b"}`, []string{"rouge invalid"}},
		{`{"red":"a","red":"b"}`, []string{"red invalid"}},
		{`{"red":"a","green":1}`, []string{"green syntax"}},
		{many, []string{"x unknown", "x invalid", "x invalid", "x invalid", "x invalid", "x invalid", "x invalid", " limit"}},
		{`[]`, []string{" syntax"}},
	} {
		_, err := read(tt.in)
		var got []string
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			fe := e.(*FieldError)
			kind := map[error]string{errUnknown: "unknown", errInvalid: "invalid", errSyntax: "syntax", errLimit: "limit"}
			for sentinel, name := range kind {
				if errors.Is(fe, sentinel) {
					got = append(got, fe.Path+" "+name)
				}
			}
			if !errors.Is(fe, errWhole) {
				t.Errorf("%s: %v does not unwrap to the whole", tt.in, fe)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%.60s: problems %q, want %q\n%v", tt.in, got, tt.want, err)
		}
	}
	if _, err := read(`{"redd":1}`); !strings.Contains(err.Error(), `did you mean "red"?`) {
		t.Errorf("no suggestion: %v", err)
	}
}

func TestDecoderBoundsProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"name":"a","extra":{`)
	for i := 0; i < 500; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k":"v"`)
	}
	b.WriteString(`}}`)
	_, err := decodeItem(b.String())
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != MaxProblems+1 || !strings.Contains(lines[MaxProblems], "and 399 more problems") {
		t.Fatalf("%d lines, last %q", len(lines), lines[len(lines)-1])
	}
}

func TestReportPlacesErrorsBelowThePath(t *testing.T) {
	d := NewDecoder([]byte(`{"extra":{"k":"v"}}`), testPkg, nil)
	for range d.Object(Keys{Names: itemKeys.Names}) {
		d.Skip()
		d.Report(errors.Join(testPkg.Field("a[2].b", "x", "bad", errInvalid), testPkg.Field("[1]", "", "worse", errInvalid), testPkg.ParseError("phase", "essaimge", []string{"essaimage"})))
	}
	got := d.Finish().Error()
	want := "test: extra.a[2].b \"x\": bad\ntest: extra[1]: worse\ntest: extra: unknown phase \"essaimge\" (want one of essaimage; did you mean \"essaimage\"?)"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"stakeholders", "name", "phase", "experimentation"}
	for in, want := range map[string]string{
		"stakeholder":     `; did you mean "stakeholders"?`,
		"nmae":            `; did you mean "name"?`,
		"PHASE":           ``,
		"experimentaiton": `; did you mean "experimentation"?`,
		"budget":          ``,
	} {
		if got := Suggest(in, keys); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTruncateKeepsCharacters(t *testing.T) {
	s := strings.Repeat("é", 40) // 80 bytes
	got := Truncate(s)
	if len(got) > MaxEcho+len("…") || !strings.HasSuffix(got, "…") || strings.ContainsRune(got, '\uFFFD') {
		t.Fatalf("Truncate = %q", got)
	}
}

// FuzzDecoder checks the Decoder against encoding/json, and never panics.
// It accepts only JSON texts of the item format that encoding/json accepts,
// and reads the same values from them. It refuses as malformed only texts
// that encoding/json refuses too, or that hold what the Decoder refuses
// deliberately: nesting deeper than MaxDepth, invalid UTF-8, and an escape
// of a lone surrogate (I-JSON; encoding/json reads it as U+FFFD). One
// byte-order mark at the start is skipped, as RFC 8259 §8.1 allows
// (encoding/json refuses it), so encoding/json is given the text after it.
func FuzzDecoder(f *testing.F) {
	for _, s := range []string{`{"name":"a"}`, `{"name":"a","tags":["x"]}`, `{"name":"a","name":"b"}`, `{"extra":{"a":"\ud83d\ude00"}}`, `{"amount":-0.5e3}`, `{"x":[1,{"y":null}]}`, `"x"`, `{"name":"a"}{}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(data, testPkg, nil)
		got := readItem(d)
		err := d.Finish()
		text := bytes.TrimPrefix(data, []byte(byteOrderMark))
		if err == nil {
			var want struct {
				Name   string            `json:"name"`
				Amount decimal.Decimal   `json:"amount"`
				Count  int64             `json:"count"`
				Flag   bool              `json:"flag"`
				Tags   []string          `json:"tags"`
				Extra  map[string]string `json:"extra"`
			}
			if jerr := json.Unmarshal(text, &want); jerr != nil {
				t.Fatalf("accepted what encoding/json refuses (%v): %q", jerr, data)
			}
			if got.Name != want.Name || !got.Amount.Equal(want.Amount) || got.Count != want.Count || got.Flag != want.Flag ||
				!slices.Equal(got.Tags, want.Tags) || !maps.Equal(got.Extra, want.Extra) {
				t.Fatalf("read %+v, encoding/json %+v: %q", got, want, data)
			}
			// encoding/json reads a lone surrogate as U+FFFD: the
			// Decoder must have refused it.
			all := append([]string{got.Name}, got.Tags...)
			for k, v := range got.Extra {
				all = append(all, k, v)
			}
			if slices.ContainsFunc(all, func(s string) bool { return strings.ContainsRune(s, utf8.RuneError) }) &&
				!bytes.ContainsRune(data, utf8.RuneError) && !replacementEscape.Match(data) {
				t.Fatalf("accepted a lone surrogate as U+FFFD: %q", data)
			}
			return
		}
		if !json.Valid(text) || len(data) > MaxJSON {
			return
		}
		// A type mismatch is reported with errSyntax too: only a problem
		// with a line is malformed JSON.
		joined, ok := err.(interface{ Unwrap() []error })
		if !ok {
			t.Fatalf("Finish returned %T, not errors.Join's", err)
		}
		for _, p := range joined.Unwrap() {
			fe, ok := p.(*FieldError)
			switch {
			case !ok || fe.Line == 0:
			case strings.Contains(fe.Reason, "nesting"), strings.Contains(fe.Reason, "UTF-8"):
			case strings.HasPrefix(fe.Reason, "lone surrogate") && surrogateEscape.Match(data):
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
