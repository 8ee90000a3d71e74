package wire

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// hostileItems decodes a list of n items, each with an unknown key and a
// count of the wrong type: 2n problems.
func hostileItems(n int) error {
	var b strings.Builder
	b.WriteString("[")
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"name":"a","zz` + itoa(i) + `":1,"count":"x"}`)
	}
	b.WriteString("]")
	f := &Format[[]item]{Package: testPkg, Whole: errWhole, Kind: List[item]{Item: itemObject, Max: 1 << 20}}
	_, err := f.Decode([]byte(b.String()))
	return err
}

// Keep keeps the first MaxKept problems, as copies of the same code, path,
// sentinels and messages in every language, and counts the others, those
// past MaxProblems included.
func TestKeep(t *testing.T) {
	err := hostileItems(150) // 300 problems: 100 listed, 200 counted
	k := Keep(err)
	if k.n != MaxKept || k.More() != 300-MaxKept {
		t.Fatalf("kept %d, more %d; want %d and %d", k.n, k.More(), MaxKept, 300-MaxKept)
	}
	all := problem.List(err)
	kept := problem.List(k)
	for i, e := range kept {
		o := all[i]
		if e.Code != o.Code || e.Path != o.Path || e.Value != o.Value {
			t.Errorf("problem %d: kept %q at %q, was %q at %q", i, e.Code, e.Path, o.Code, o.Path)
		}
		for l := range lang.Langs() {
			if e.Text(l) != o.Text(l) {
				t.Errorf("problem %d in %v: kept %q, was %q", i, l, e.Text(l), o.Text(l))
			}
		}
		if e.Text(lang.Pseudo) == "" || e.Error() != o.Error() {
			t.Errorf("problem %d: %q, was %q", i, e.Error(), o.Error())
		}
	}
	for _, s := range []error{problem.ErrUnknown, problem.ErrSyntax, errWhole} {
		if !errors.Is(k, s) {
			t.Errorf("kept problems do not unwrap to %v", s)
		}
	}
	lines := strings.Split(k.Error(), "\n")
	if k.More() != 297 || len(lines) != MaxKept+1 {
		t.Errorf("more %d, message:\n%s", k.More(), k.Error())
	}
	for l := range lang.Langs() { // the count of the others last, in every language
		if more := kindTooManyProblems.Message.Format(l, digits(297)); !strings.HasSuffix(k.Text(l), "\n"+more) {
			t.Errorf("Text(%v) does not end with %q:\n%s", l, more, k.Text(l))
		}
	}
	back := KeptWritten(k.Written(), k.More())
	for l := range lang.Langs() {
		if back.Text(l) != k.Text(l) {
			t.Errorf("KeptWritten(Written) changed the text in %v:\n%s\nwant\n%s", l, back.Text(l), k.Text(l))
		}
	}
	for i, p := range problem.List(back) {
		if w := k.Written()[i]; p.Code != w.Code || p.Path != w.Path || p.Value != w.Value {
			t.Errorf("problem %d read back as %q at %q, want %q at %q", i, p.Code, p.Path, w.Code, w.Path)
		}
	}
	for i, p := range problem.List(KeptWritten(k.Written(lang.English), k.More())) {
		if want := k.Written(lang.English)[i].Text["en"]; p.Reason(lang.French) != want {
			t.Errorf("a summary written in English alone reads back in French as %q, want its English %q", p.Reason(lang.French), want)
		}
	}
}

// A problem of another package, and an error that is no problem, are kept
// too.
func TestKeepOthers(t *testing.T) {
	boom := errors.New("boom")
	k := Keep(errors.Join(boom, bad("a", "", "bad", problem.ErrInvalid)))
	if !errors.Is(k, boom) || !errors.Is(k, problem.ErrInvalid) || k.Error() != "boom\ntest: a: bad" {
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
	if size := unsafe.Sizeof(Kept{}); size > 320 {
		t.Errorf("a Kept is %d bytes, want at most 320", size)
	}
	long := strings.Repeat("é", 400)
	for _, tt := range []struct {
		err        error
		kept, more int
	}{
		{errors.Join(bad(long, long, long, problem.ErrInvalid), bad("b", "", "bad", problem.ErrInvalid)), 1, 1},
		{errors.Join(bad("a", "", strings.Repeat("r", 300), problem.ErrInvalid), bad("b", "", strings.Repeat("r", 300), problem.ErrInvalid),
			bad("c", "", "bad", problem.ErrInvalid)), 1, 2},
	} {
		k := Keep(tt.err)
		if len(k.text) > KeptText || k.n != tt.kept || k.More() != tt.more {
			t.Errorf("kept %d problems (%d bytes of text), more %d; want %d and %d: %q", k.n, len(k.text), k.More(), tt.kept, tt.more, k.Error())
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
	if per := float64(m1.HeapAlloc-m0.HeapAlloc) / float64(len(kept)); per > 1024 {
		t.Errorf("a Kept retains %.0f bytes, want at most 1024", per)
	}
	runtime.KeepAlive(kept)
}
