package fund

import (
	"bufio"
	"bytes"
	"io"
	"iter"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/problem"
)

// DecodeNDJSON returns the dossiers of an NDJSON text read from r: one
// dossier per line, each decoded as DecodeDossier does, in order. A line
// ends at "\n", "\r\n" or the end of r, its line end aside. A line of
// nothing but spaces and tabs is blank: skipped, but counted. Every other
// line is a dossier, even one of other white space (a form feed, U+00A0,
// U+0085, …): a line that does not decode yields a nil dossier and a
// *Refusal at its line with every problem of the line, and the iteration
// goes on with the next line. A line over societal.MaxJSON bytes is such a
// line, refused with ErrLimit whatever it holds: the rest of it is skipped
// as it is read, not held. A read error of r other than io.EOF ends the
// iteration, yielded as a *Refusal at the line it stopped at, unwrapping to
// the read error and not to societal.ErrDossier. The iteration reads r as
// it goes and holds one line of at most societal.MaxJSON bytes at a time.
func DecodeNDJSON(r io.Reader) iter.Seq2[*societal.Dossier, error] {
	return func(yield func(*societal.Dossier, error) bool) {
		line, err := ndjsonLines(r, func(line int, data []byte, err error) bool {
			if err == nil {
				var d *societal.Dossier
				if d, err = societal.DecodeDossier(data); err == nil {
					return yield(d, nil)
				}
			}
			return yield(nil, &Refusal{Line: line, Err: withinLine(err)})
		})
		if err != nil {
			yield(nil, &Refusal{Line: line, Err: err})
		}
	}
}

// withinLine drops the line number of the syntax problems of err, the
// problems of one NDJSON line: "line 5: societal: column 12: …", not
// "line 5: societal: line 1, column 12: …". The problems are the
// decoder's own, fresh for this line.
func withinLine(err error) error {
	for e := range problem.All(err) {
		e.Line = 0
	}
	return err
}

// ndjsonLines calls yield with the lines of r that are not blank and their
// numbers, from 1, until yield returns false: data is the line without its
// line end, a fresh slice which yield may keep, or, for a line over MaxJSON
// bytes, nil with its refusal (err). It returns the read error of r other
// than io.EOF that ended the text, if any, and the line it ended at.
func ndjsonLines(r io.Reader, yield func(line int, data []byte, err error) bool) (int, error) {
	// A line of MaxJSON bytes and its "\r\n" is held; a longer one is not.
	const most = societal.MaxJSON + len("\r\n")
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		var buf []byte
		over, eof := false, false
		for {
			chunk, err := br.ReadSlice('\n')
			if !over && len(buf)+len(chunk) > most {
				over, buf = true, nil
			}
			if !over {
				buf = append(buf, chunk...)
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return line, err
			}
			break
		}
		if !over {
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			buf = bytes.TrimSuffix(buf, []byte("\r"))
			over = len(buf) > societal.MaxJSON
		}
		switch {
		case over:
			if !yield(line, nil, errLineOver()) {
				return line, nil
			}
		case !blank(buf):
			if !yield(line, buf, nil) {
				return line, nil
			}
		}
		if eof {
			return line, nil
		}
	}
}

// blank reports whether a line holds nothing but spaces and tabs, the only
// white space DecodeNDJSON skips.
func blank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}
