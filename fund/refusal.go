package fund

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Refusal is a dossier that could not be assessed, and the package's one
// error type: where it was read (File, Line) and why (Err, More).
// DecodeNDJSON yields a *Refusal for each line that does not decode, with
// every problem of the line; a Digest keeps one per dossier refused, small
// whatever the dossier held: at most MaxRefusalProblems problems, their
// texts within 512 bytes in all (the first one cut to fit, if it must be),
// for at most MaxRefusalSize bytes of memory with its share of the Digest.
// A program that reads files names them in File. It unwraps to Err, so that
// errors.Is and errors.As see the problems (societal.ErrDossier,
// problem.ErrLimit, …).
//
// Its JSON form is {"file": …, "line": 3, "problems": ["…", …], "more":
// 98}, each problem's English message ("file" absent when empty, "more"
// when none were left out); read back (UnmarshalJSON), a refusal keeps its
// place, the message of each problem and the count of the others: the same
// Error, but the problems unwrap to no sentinel.
//
// The zero Refusal refuses nothing. A Refusal is not modified once
// returned: safe for concurrent reads.
type Refusal struct {
	// File is the file the dossier was read from, as the caller names it;
	// "" when there is none (a stream).
	File string
	// Line is the position of the dossier, from 1: its line in an NDJSON
	// text, its rank in an iterator (as in Summary); 0 for a whole file.
	Line int
	// Err holds the problems of the dossier (each a *problem.Error found
	// by its decoder, unwrapping to its sentinels), an error an iterator
	// yielded, or the read error that ended an NDJSON text.
	Err error
	// More is how many other problems the dossier had, not kept.
	More int
}

// Bounds of a Refusal a Digest keeps.
const (
	// MaxRefusalProblems is the most problems a Digest's Refusal keeps.
	MaxRefusalProblems = wire.MaxKept
	// MaxRefusalSize is the most bytes of memory a Digest's Refusal
	// retains, its place in Digest.Refused included.
	MaxRefusalSize = 1024
)

// keep returns the Refusal of the dossier at line, refused with err, as a
// Digest keeps it: what wire.Keep keeps of err.
func keep(line int, err error) Refusal {
	k := wire.Keep(err)
	return Refusal{Line: line, Err: k, More: k.More()}
}

// Error returns where the dossier was read ("line N", "file:N" or "file",
// the file name's control characters escaped) and its problems in English,
// for logs: one per line, then the count of the others.
func (r *Refusal) Error() string {
	var b strings.Builder
	switch file := doc.EscapeText(r.File); {
	case r.File != "" && r.Line > 0:
		b.WriteString(file + ":" + strconv.Itoa(r.Line) + ": ")
	case r.File != "":
		b.WriteString(file + ": ")
	case r.Line > 0:
		b.WriteString("line " + strconv.Itoa(r.Line) + ": ")
	}
	if r.Err != nil {
		b.WriteString(r.Err.Error())
	}
	if _, kept := r.Err.(*wire.Kept); r.More > 0 && !kept { // a Kept counts the others itself
		b.WriteString("\n" + words.more.Format(lang.Logs, lang.Int(r.More)))
	}
	return b.String()
}

// Unwrap returns the problems.
func (r *Refusal) Unwrap() error { return r.Err }

// Text returns the refusal as a person reads it, in l: each problem on a
// line of its own after where the dossier was read, then the count of the
// others. The file name is shown with its control characters escaped
// (doc.EscapeText), the values the problems quote as Go quotes them; a
// report that shows the text escapes it further as data.
func (r *Refusal) Text(l lang.Lang) string {
	var place string
	switch file := doc.EscapeText(r.File); {
	case r.File != "" && r.Line > 0:
		place = file + ":" + strconv.Itoa(r.Line) // as compilers and editors write a place
	case r.File != "":
		place = file
	case r.Line > 0:
		place = words.line.Format(l, lang.Int(r.Line))
	}
	var lines []string
	for _, p := range r.Problems(l) {
		if place != "" {
			p = place + l.Colon() + p
		}
		lines = append(lines, p)
	}
	return strings.Join(lines, "\n")
}

// Problems returns each problem kept in l, without the place, then the
// count of the others ("and 3 more problems, not listed").
func (r *Refusal) Problems(l lang.Lang) []string {
	var out []string
	for p := range problem.All(r.Err) {
		out = append(out, p.Text(l)) // an iterator's error, a read error: as it says itself
	}
	if r.More > 0 {
		out = append(out, words.more.Format(l, lang.Int(r.More)))
	}
	return out
}

// summary writes the problems of r in l on one line, at most
// MaxRefusalProblems of them and the count of the others: what a report's
// table and a spreadsheet's cell show of a refusal.
func (r *Refusal) summary(l lang.Lang) string {
	ps := r.Problems(l)
	more := r.More
	if r.More > 0 {
		ps = ps[:len(ps)-1] // the count, said again below
	}
	if len(ps) > MaxRefusalProblems {
		more += len(ps) - MaxRefusalProblems
		ps = ps[:MaxRefusalProblems]
	}
	if more > 0 {
		ps = append(ps, words.more.Format(l, lang.Int(more)))
	}
	return strings.Join(ps, l.Semicolon())
}

// refusalJSON is the written form of a Refusal.
type refusalJSON struct {
	File     string         `json:"file,omitempty"`
	Line     int            `json:"line"`
	Problems []wire.Written `json:"problems"`
	More     int            `json:"more,omitempty"`
}

// MarshalJSON writes the refusal as {"file": …, "line": 3, "problems":
// [{"code": "unknown-key", "path": "phaze", "text": {"fr": "…", "en":
// "…"}}, …], "more": 98}: each problem kept with its code, path and value,
// what is wrong in every language of the module, and the count of the
// others. JSON writes it in the languages asked.
func (r Refusal) MarshalJSON() ([]byte, error) { return r.JSON().MarshalJSON() }

// JSON returns the refusal's JSON form with its texts in ls only (every
// language of the module when ls is empty): what a program writes for a
// reader who asked for one language.
func (r Refusal) JSON(ls ...lang.Lang) json.Marshaler { return refusalIn{r, ls} }

// refusalIn is a refusal and the languages of its texts.
type refusalIn struct {
	r  Refusal
	ls []lang.Lang
}

// MarshalJSON writes the refusal, its texts in the languages.
func (in refusalIn) MarshalJSON() ([]byte, error) {
	r := in.r
	j := refusalJSON{File: r.File, Line: r.Line, More: r.More, Problems: []wire.Written{}}
	if k, ok := r.Err.(*wire.Kept); ok {
		j.Problems = k.Written(in.ls...)
	} else {
		ls := in.ls
		if len(ls) == 0 {
			ls = slices.Collect(lang.Langs())
		}
		for e := range problem.All(r.Err) {
			j.Problems = append(j.Problems, wire.Write(e, ls...))
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes: the place, the problems
// kept (each of its code, path and value, saying in every language what
// the JSON says in its languages, with no sentinel: a summary read back
// is read, not judged again) and the count of the others. Malformed JSON
// is a *problem.Error of Code "malformed-refusal".
func (r *Refusal) UnmarshalJSON(data []byte) error {
	var j refusalJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return malformedRefusal.New("fund", "", "", lang.Data(err.Error()))
	}
	k := wire.KeptWritten(j.Problems, j.More)
	*r = Refusal{File: j.File, Line: j.Line, Err: k, More: k.More()}
	return nil
}
