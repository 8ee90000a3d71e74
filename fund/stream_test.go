package fund_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// seqOf yields ds in order, with no error.
func seqOf(ds []*societal.Dossier) iter.Seq2[*societal.Dossier, error] {
	return func(yield func(*societal.Dossier, error) bool) {
		for _, d := range ds {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// ndjson writes ds one per line.
func ndjson(tb testing.TB, ds []*societal.Dossier) []byte {
	tb.Helper()
	var b bytes.Buffer
	for _, d := range ds {
		data, err := json.Marshal(d)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// A stream summarises each dossier as AssessAll reports it, in the order
// of the input, whatever the scheduling, and counts phases and verdicts as
// the portfolio does.
func TestAssessStreamMatchesAssessAll(t *testing.T) {
	ds := fundDossiers(t, 300)
	p, err := fund.AssessAll(context.Background(), nil, ds)
	if err != nil {
		t.Fatal(err)
	}
	for name, assess := range map[string]func() (fund.Digest, error){
		"AssessStream": func() (fund.Digest, error) { return fund.AssessStream(context.Background(), nil, seqOf(ds)) },
		"AssessNDJSON": func() (fund.Digest, error) {
			return fund.AssessNDJSON(context.Background(), nil, bytes.NewReader(ndjson(t, ds)))
		},
	} {
		dg, err := assess()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(dg.Summaries) != len(ds) || len(dg.Refused) != 0 {
			t.Fatalf("%s: %d summaries, %d refused, want %d and 0", name, len(dg.Summaries), len(dg.Refused), len(ds))
		}
		if dg.Rubric != p.Rubric {
			t.Errorf("%s: rubric %q, want %q", name, dg.Rubric, p.Rubric)
		}
		for i, s := range dg.Summaries {
			r := &p.Reports[i]
			cov := r.Coverage()
			want := fund.Summary{Line: i + 1, Name: r.Dossier, Status: r.Status, Verdict: r.Verdict, Judged: cov.Judged, Applicable: cov.Applicable}
			want.Score, want.Scored = r.ScoreRange()
			got, _ := json.Marshal(s)
			w, _ := json.Marshal(want)
			if !bytes.Equal(got, w) {
				t.Fatalf("%s: summary %d = %s, want %s", name, i, got, w)
			}
		}
		for ph, n := range p.Phases {
			if dg.Phases[ph] != n {
				t.Errorf("%s: phase %v: %d, want %d", name, ph, dg.Phases[ph], n)
			}
		}
		for v, n := range p.Verdicts {
			if dg.Verdicts[v] != n {
				t.Errorf("%s: verdict %v: %d, want %d", name, v, dg.Verdicts[v], n)
			}
		}
	}
}

// badNDJSON is an NDJSON text with, after two good dossiers: a blank line,
// malformed JSON, an unknown key and a missing phase, a line over MaxJSON
// and a good dossier with a "\r\n" line end.
func badNDJSON(tb testing.TB) (data []byte, good []*societal.Dossier) {
	good = fundDossiers(tb, 3)
	var b bytes.Buffer
	b.Write(ndjson(tb, good[:2]))                                                     // lines 1, 2
	b.WriteString("  \t\n")                                                           // 3: blank
	b.WriteString("{\"name\": \n")                                                    // 4: malformed
	b.WriteString(`{"name": "X", "phaze": "conception"}` + "\n")                      // 5: unknown key, no phase
	b.WriteString(`{"name": "` + strings.Repeat("a", societal.MaxJSON) + `"}` + "\n") // 6: over the limit
	last := ndjson(tb, good[2:])
	b.Write(last[:len(last)-1])
	b.WriteString("\r\n") // 7
	return b.Bytes(), good
}

// A line that does not decode is refused with every problem of the line,
// at its line number; blank lines count but are skipped; the others are
// assessed.
func TestAssessNDJSONRefusals(t *testing.T) {
	data, good := badNDJSON(t)
	dg, err := fund.AssessNDJSON(context.Background(), nil, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, s := range dg.Summaries {
		lines = append(lines, s.Line)
	}
	if want := []int{1, 2, 7}; !slices.Equal(lines, want) {
		t.Errorf("summaries at lines %v, want %v", lines, want)
	}
	if dg.Summaries[2].Name != good[2].Name {
		t.Errorf("line 7: name %q, want %q", dg.Summaries[2].Name, good[2].Name)
	}
	lines = nil
	for _, r := range dg.Refused {
		lines = append(lines, r.Line)
		if !errors.Is(r.Err, societal.ErrDossier) {
			t.Errorf("line %d: %v does not unwrap to ErrDossier", r.Line, r.Err)
		}
	}
	if want := []int{4, 5, 6}; !slices.Equal(lines, want) {
		t.Fatalf("refused at lines %v, want %v", lines, want)
	}
	var paths []string
	for _, p := range problem.List(dg.Refused[1].Err) {
		paths = append(paths, p.Path)
	}
	if !slices.Equal(paths, []string{"phaze", "phase"}) {
		t.Errorf("line 5: problems at %q, want both: the unknown key \"phaze\" and the missing phase", paths)
	}
	if !errors.Is(dg.Refused[2].Err, societal.ErrLimit) {
		t.Errorf("line 6: %v, want ErrLimit", dg.Refused[2].Err)
	}
	out, err := json.Marshal(dg.Refused[1])
	if err != nil || !bytes.Contains(out, []byte(`{"line":5,"problems":[{"code":"unknown-key","path":"phaze"`)) {
		t.Errorf("refusal JSON %s, %v", out, err)
	}
}

// A refusal stays small whatever the line held: its first problems, at
// most MaxRefusalProblems, copies that unwrap to the same sentinels and
// name the same paths, and the count of the others, past the decoder's
// hundred included.
func TestRefusalsStaySmall(t *testing.T) {
	var b strings.Builder
	for i := range 3 {
		b.WriteString(`{"name":"X","phase":"conception"`)
		for k := range 120 + i {
			fmt.Fprintf(&b, `,"k%d":0`, k)
		}
		b.WriteString("}\n")
	}
	dg, err := fund.AssessNDJSON(context.Background(), nil, strings.NewReader(b.String()))
	if err != nil || len(dg.Refused) != 3 {
		t.Fatalf("%d refused, %v", len(dg.Refused), err)
	}
	for i, r := range dg.Refused {
		fes := problem.List(r.Err)
		if len(fes) != fund.MaxRefusalProblems || r.More != 120+i-fund.MaxRefusalProblems {
			t.Errorf("line %d: %d problems kept, %d more; want %d and %d", r.Line, len(fes), r.More, fund.MaxRefusalProblems, 120+i-fund.MaxRefusalProblems)
			continue
		}
		for k, fe := range fes {
			if fe.Path != "k"+strconv.Itoa(k) || !errors.Is(fe, societal.ErrUnknown) || !errors.Is(fe, societal.ErrDossier) {
				t.Errorf("line %d, problem %d: %q at %q, want ErrUnknown at k%d", r.Line, k, fe, fe.Path, k)
			}
		}
		if n := len(r.Problems(lang.English)); n != fund.MaxRefusalProblems+1 {
			t.Errorf("line %d: %d lines of problems, want the %d kept and the count of the others", r.Line, n, fund.MaxRefusalProblems)
		}
	}
}

// A Digest read back from its JSON is the same digest: summaries, counts,
// and refusals with their line, their problems' codes, places and texts in
// every language, and the count of the others (the problems then unwrap to
// no sentinel: they are read, not judged again).
func TestDigestJSONRoundTrip(t *testing.T) {
	data, _ := badNDJSON(t)
	data = append(data, `{"name":"Y","phase":"conception"`+strings.Repeat(`,"zz":0`, 150)+"}\n"...)
	dg, err := fund.AssessNDJSON(context.Background(), nil, bytes.NewReader(data))
	if err != nil || len(dg.Refused) != 4 {
		t.Fatalf("%d refused, %v", len(dg.Refused), err)
	}
	out, err := json.Marshal(dg)
	if err != nil {
		t.Fatal(err)
	}
	var back fund.Digest
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	again, err := json.Marshal(back)
	if err != nil || !bytes.Equal(again, out) {
		t.Errorf("round trip changed the digest: %v\n%s\n%s", err, out, again)
	}
	for i, r := range back.Refused {
		if r.Line != dg.Refused[i].Line || r.More != dg.Refused[i].More {
			t.Errorf("refusal %d read back at line %d (more %d), want %d (more %d)", i, r.Line, r.More, dg.Refused[i].Line, dg.Refused[i].More)
		}
		for l := range lang.Langs() { // what a reader reads of it, in every language
			if r.Text(l) != dg.Refused[i].Text(l) {
				t.Errorf("refusal %d read back as\n%s\nwant\n%s", i, r.Text(l), dg.Refused[i].Text(l))
			}
		}
		for j, p := range problem.List(r.Err) {
			if q := problem.List(dg.Refused[i].Err)[j]; p.Code != q.Code || p.Path != q.Path || p.Column != q.Column {
				t.Errorf("refusal %d, problem %d read back as %s at %q, column %d; want %s at %q, column %d", i, j, p.Code, p.Path, p.Column, q.Code, q.Path, q.Column)
			}
		}
	}
	if last := back.Refused[3]; last.More == 0 || len(problem.List(last.Err)) != fund.MaxRefusalProblems {
		t.Errorf("the refusal of 150 problems read back with %d problems, %d more", len(problem.List(last.Err)), last.More)
	}
}

// DecodeNDJSON yields the same dossiers and problems, one line at a time,
// and stops when the loop breaks.
func TestDecodeNDJSON(t *testing.T) {
	data, _ := badNDJSON(t)
	var got []string
	for d, err := range fund.DecodeNDJSON(bytes.NewReader(data)) {
		var le *fund.Refusal
		switch {
		case err == nil && d != nil:
			got = append(got, d.Name)
		case errors.As(err, &le) && d == nil:
			got = append(got, "line "+strconv.Itoa(le.Line))
		default:
			t.Fatalf("dossier %v with error %v", d, err)
		}
	}
	want := []string{"Projet 0", "Projet 1", "line 4", "line 5", "line 6", "Projet 2"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got %q, want %q", got, want)
	}
	n := 0
	for range fund.DecodeNDJSON(bytes.NewReader(data)) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break: %d iterations", n)
	}
}

// An error yielded by the iterator is a refusal at its rank; a nil
// dossier is an empty one.
func TestAssessStreamIteratorErrors(t *testing.T) {
	boom := errors.New("boom")
	seq := func(yield func(*societal.Dossier, error) bool) {
		_ = yield(nil, boom) && yield(nil, nil) && yield(&societal.Dossier{Name: "X"}, nil)
	}
	dg, err := fund.AssessStream(context.Background(), nil, seq)
	if err != nil {
		t.Fatal(err)
	}
	if len(dg.Refused) != 1 || dg.Refused[0].Line != 1 || !errors.Is(dg.Refused[0].Err, boom) {
		t.Errorf("refused %+v, want boom at 1", dg.Refused)
	}
	if len(dg.Summaries) != 2 || dg.Summaries[0].Line != 2 || dg.Summaries[1].Name != "X" {
		t.Errorf("summaries %+v", dg.Summaries)
	}
}

// A context done stops the stream, even an endless one, with ctx.Err().
func TestAssessStreamCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	ds := fundDossiers(t, 1)
	n := 0
	endless := func(yield func(*societal.Dossier, error) bool) {
		for {
			if n++; n == 100 {
				cancel()
			}
			if !yield(ds[0], nil) {
				return
			}
		}
	}
	if _, err := fund.AssessStream(ctx, nil, endless); !errors.Is(err, context.Canceled) {
		t.Errorf("AssessStream: %v, want context.Canceled", err)
	}
	if _, err := fund.AssessNDJSON(ctx, nil, bytes.NewReader(ndjson(t, ds))); !errors.Is(err, context.Canceled) {
		t.Errorf("AssessNDJSON: %v, want context.Canceled", err)
	}
}

// failingReader gives data, then err.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// A read error ends the stream: the lines read before it are assessed,
// and the error names the line it stopped at.
func TestAssessNDJSONReadError(t *testing.T) {
	ds := fundDossiers(t, 2)
	dg, err := fund.AssessNDJSON(context.Background(), nil, &failingReader{data: ndjson(t, ds), err: io.ErrUnexpectedEOF})
	var le *fund.Refusal
	if !errors.As(err, &le) || le.Line != 3 || !errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, societal.ErrDossier) {
		t.Fatalf("error %v, want io.ErrUnexpectedEOF at line 3", err)
	}
	if len(dg.Summaries) != 2 {
		t.Errorf("%d summaries, want 2", len(dg.Summaries))
	}
}

// A fund's dossiers, one per line, summarised as they are read: the
// malformed third line is refused with its line number, the others are
// assessed.
func ExampleAssessNDJSON() {
	ndjson := `{"name": "Atelier", "phase": "conception"}
{"name": "Cantine", "phase": "essaimage", "economic_model": "rd"}
{"name": "Garage",
`
	dg, err := fund.AssessNDJSON(context.Background(), nil, strings.NewReader(ndjson))
	if err != nil {
		panic(err)
	}
	for _, s := range dg.Summaries {
		fmt.Printf("line %d: %s: %s, %d/%d judged\n", s.Line, s.Name, s.Verdict, s.Judged, s.Applicable)
	}
	for _, r := range dg.Refused {
		fmt.Printf("line %d refused: %d problem(s)\n", r.Line, len(r.Problems(lang.English)))
	}
	// Output:
	// line 1: Atelier: insufficient-evidence, 1/8 judged
	// line 2: Cantine: blocked, 2/9 judged
	// line 3 refused: 1 problem(s)
}

// padded is a dossier of exactly n bytes of JSON: spaces pad it.
func padded(n int) string {
	head, tail := `{"name":"x","phase":"conception"`, `}`
	return head + strings.Repeat(" ", n-len(head)-len(tail)) + tail
}

// ndjsonOutcomes decodes text and names what each line gave: its name for
// a dossier, "N:limit" for a line refused with ErrLimit, "N:bad" for
// another refusal; every refusal must be a *Refusal unwrapping to
// ErrDossier, with a nil dossier.
func ndjsonOutcomes(t *testing.T, text string) []string {
	t.Helper()
	var got []string
	for d, err := range fund.DecodeNDJSON(strings.NewReader(text)) {
		var le *fund.Refusal
		switch {
		case err == nil && d != nil:
			got = append(got, d.Name)
		case d != nil || !errors.As(err, &le) || !errors.Is(err, societal.ErrDossier):
			t.Fatalf("dossier %v with error %v, want a *Refusal unwrapping to ErrDossier and no dossier", d, err)
		case errors.Is(err, societal.ErrLimit):
			got = append(got, strconv.Itoa(le.Line)+":limit")
		default:
			got = append(got, strconv.Itoa(le.Line)+":bad")
		}
	}
	return got
}

// A line is over the limit by its text, its line end ("\n" or "\r\n")
// aside: a line of MaxJSON bytes decodes, one byte more is refused with
// ErrLimit, whatever follows, even a "\r" or spaces; the next line is read.
func TestDecodeNDJSONLineLimit(t *testing.T) {
	const good = `{"name":"next","phase":"conception"}`
	at := padded(societal.MaxJSON)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"MaxJSON bytes, \\n", at + "\n" + good, []string{"x", "next"}},
		{"MaxJSON bytes, \\r\\n", at + "\r\n" + good, []string{"x", "next"}},
		{"MaxJSON bytes, end of text", at, []string{"x"}},
		{"MaxJSON bytes, \\r at the end of text", at + "\r", []string{"x"}},
		{"MaxJSON+1 bytes, \\n", padded(societal.MaxJSON+1) + "\n" + good, []string{"1:limit", "next"}},
		{"MaxJSON+1 bytes, end of text", padded(societal.MaxJSON + 1), []string{"1:limit"}},
		{"MaxJSON bytes, \\r, text", at + "\rGARBAGE GARBAGE\n" + good, []string{"1:limit", "next"}},
		{"MaxJSON bytes, \\r, text, end of text", at + "\rGARBAGE", []string{"1:limit"}},
		{"MaxJSON bytes, \\r\\r\\n", at + "\r\r\n" + good, []string{"1:limit", "next"}},
		{"MaxJSON bytes, space", at + " \n" + good, []string{"1:limit", "next"}},
		{"spaces over MaxJSON bytes", strings.Repeat(" ", societal.MaxJSON+1) + "\n" + good, []string{"1:limit", "next"}},
		{"3 MaxJSON bytes", strings.Repeat(at, 3) + "\n" + good, []string{"1:limit", "next"}},
		{"two lines over", padded(2*societal.MaxJSON) + "\n" + padded(societal.MaxJSON+2) + "\r\n" + good, []string{"1:limit", "2:limit", "next"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ndjsonOutcomes(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	// AssessNDJSON refuses the line alike and goes on.
	dg, err := fund.AssessNDJSON(context.Background(), nil, strings.NewReader(at+"\rGARBAGE GARBAGE\n"+good+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dg.Refused) != 1 || dg.Refused[0].Line != 1 || !errors.Is(dg.Refused[0].Err, societal.ErrLimit) {
		t.Errorf("refused %v, want line 1 over the limit", dg.Refused)
	}
	if len(dg.Summaries) != 1 || dg.Summaries[0].Line != 2 || dg.Summaries[0].Name != "next" {
		t.Errorf("summaries %+v, want line 2", dg.Summaries)
	}
}

// Only spaces and tabs make a blank line, skipped but counted; a line of
// any other white space (Unicode spaces, form feed, vertical tab, a lone
// "\r") is a dossier that does not decode.
func TestDecodeNDJSONBlankLines(t *testing.T) {
	const good = `{"name":"next","phase":"conception"}`
	for _, tc := range []struct {
		line    string
		skipped bool
	}{
		{"", true},
		{" ", true},
		{"\t", true},
		{" \t \t", true},
		{"  \r", true}, // "\r\n" line end
		{"\u00a0", false},
		{"\u0085", false},
		{"\u2003", false},
		{"\u3000", false},
		{"\ufeff", false},
		{"\f", false},
		{"\v", false},
		{" \u00a0\t", false},
		{"\r ", false},
		{"\r\r", false},
	} {
		want := []string{"1:bad", "next"}
		if tc.skipped {
			want = want[1:]
		}
		if got := ndjsonOutcomes(t, tc.line+"\n"+good+"\n"); !slices.Equal(got, want) {
			t.Errorf("line %q: got %q, want %q", tc.line, got, want)
		}
		// The same line last, with no line end.
		if got := ndjsonOutcomes(t, good+"\n"+tc.line); tc.skipped && len(got) != 1 || !tc.skipped && !slices.Equal(got, []string{"next", "2:bad"}) {
			t.Errorf("last line %q: got %q", tc.line, got)
		}
	}
}

// A syntax error in an NDJSON line says its column, not a line: the line
// is the Refusal's, the line's number in the text. AssessNDJSON refuses the
// line alike.
func TestNDJSONSyntaxColumn(t *testing.T) {
	in := "{\"name\":\"A\",\"phase\":\"conception\"}\n{\"name\": \"B\" \"phase\":\"x\"}\n"
	var refusals []fund.Refusal
	for _, err := range fund.DecodeNDJSON(strings.NewReader(in)) {
		var r *fund.Refusal
		if err != nil && !errors.As(err, &r) {
			t.Fatalf("not a *Refusal: %#v", err)
		}
		if r != nil {
			refusals = append(refusals, *r)
		}
	}
	dg, err := fund.AssessNDJSON(context.Background(), nil, strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	for name, rs := range map[string][]fund.Refusal{"DecodeNDJSON": refusals, "AssessNDJSON": dg.Refused} {
		if len(rs) != 1 || rs[0].Line != 2 {
			t.Fatalf("%s: %+v, want one refusal at line 2", name, rs)
		}
		ps := problem.List(rs[0].Err)
		if len(ps) != 1 || ps[0].Line != 0 || ps[0].Column != 14 || !errors.Is(ps[0], societal.ErrDossier) {
			t.Errorf("%s: problems %+v, want one at column 14 with no line", name, ps)
		}
	}
}
