package wire

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// hostileItems decodes a list of n items, each with an unknown key and an
// unknown name: 2n problems.
func hostileItems(n int) error {
	var b strings.Builder
	b.WriteString("[")
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"name":"a","zz%d":1,"count":"x"}`, i)
	}
	b.WriteString("]")
	d := NewDecoder([]byte(b.String()), testPkg, errWhole)
	for range d.Array(1 << 20) {
		readItem(d)
	}
	return d.Finish()
}

// Keep keeps the first MaxKept problems, as *FieldError copies that unwrap
// to the same sentinels, and counts the others, those past MaxProblems
// included.
func TestKeep(t *testing.T) {
	err := hostileItems(150) // 300 problems: 100 listed, 200 counted
	k := Keep(err)
	if k.n != MaxKept || k.More() != 300-MaxKept {
		t.Fatalf("kept %d, more %d; want %d and %d", k.n, k.More(), MaxKept, 300-MaxKept)
	}
	lines := strings.Split(k.Error(), "\n")
	full := strings.Split(err.Error(), "\n")
	if len(lines) != MaxKept+1 || strings.Join(lines[:MaxKept], "\n") != strings.Join(full[:MaxKept], "\n") ||
		lines[MaxKept] != fmt.Sprintf("and %d more problems, not listed", 300-MaxKept) {
		t.Errorf("message:\n%s", k.Error())
	}
	for _, s := range []error{errUnknown, errSyntax, errWhole} {
		if !errors.Is(k, s) {
			t.Errorf("kept problems do not unwrap to %v", s)
		}
	}
	var fe *FieldError
	if !errors.As(k, &fe) || fe.Path != "[0].zz0" {
		t.Errorf("first problem %+v, want at [0].zz0", fe)
	}
	if KeptMessages(k.Messages(), k.More()).Error() != k.Error() {
		t.Errorf("KeptMessages(Messages) changed the message")
	}
}

// A name refused (a *ParseError, which holds the whole text it refused)
// is kept as its reason and its sentinel; a problem that is not a
// *FieldError is kept as itself.
func TestKeepDropsWhatHoldsTheInput(t *testing.T) {
	huge := strings.Repeat("x", 100_000)
	d := NewDecoder([]byte(`"`+huge+`"`), testPkg, nil)
	Enum(d, func(s string) (int, error) { return 0, testPkg.ParseError("phase", s, []string{"essaimage"}) })
	k := Keep(d.Finish())
	var pe *ParseError
	if errors.As(k, &pe) || !errors.Is(k, errUnknown) {
		t.Errorf("kept %v: holds the *ParseError, or lost its sentinel", k)
	}
	boom := errors.New("boom")
	k = Keep(errors.Join(boom, testPkg.Field("a", "", "bad", errInvalid)))
	if !errors.Is(k, boom) || !errors.Is(k, errInvalid) || k.Error() != "boom\ntest: a: bad" {
		t.Errorf("kept %q", k.Error())
	}
	if Keep(nil) != nil {
		t.Error("Keep(nil) is not nil")
	}
}

// A Kept is bounded whatever it keeps: the struct, and KeptText bytes of
// text in one allocation; a first problem too long is cut, and the ones
// that do not fit after it are counted.
func TestKeepIsBounded(t *testing.T) {
	if size := unsafe.Sizeof(Kept{}); size > 224 {
		t.Errorf("a Kept is %d bytes, want at most 224 (with KeptText, at most 736)", size)
	}
	long := strings.Repeat("é", 400)
	for _, tt := range []struct {
		err        error
		kept, more int
	}{
		{errors.Join(testPkg.Field(long, long, long, errInvalid), testPkg.Field("b", "", "bad", errInvalid)), 1, 1},
		{errors.Join(testPkg.Field("a", "", strings.Repeat("r", 300), errInvalid), testPkg.Field("b", "", strings.Repeat("r", 300), errInvalid), testPkg.Field("c", "", "bad", errInvalid)), 1, 2},
	} {
		k := Keep(tt.err)
		text := len(k.text)
		if text > KeptText || k.n != tt.kept || k.More() != tt.more {
			t.Errorf("kept %d problems (%d bytes of text), more %d; want %d and %d: %q", k.n, text, k.More(), tt.kept, tt.more, k.Error())
		}
	}
	// What stays alive: 1,000 Kepts of a hostile decoding, measured.
	err := hostileItems(150)
	kept := make([]*Kept, 1000)
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	for i := range kept {
		kept[i] = Keep(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	if per := float64(m1.HeapAlloc-m0.HeapAlloc) / float64(len(kept)); per > 224+KeptText {
		t.Errorf("a Kept retains %.0f bytes, want at most %d", per, 224+KeptText)
	}
	runtime.KeepAlive(kept)
}
