package wire

import (
	"strings"

	"github.com/seed424036fd/societal/lang"

	"unicode/utf16"
	"unicode/utf8"
)

// keySet holds the keys of one object seen so far: a short list, and a map
// once the object is large, so that a hostile object of many keys costs
// linear time.
type keySet struct {
	list []string
	set  map[string]struct{}
}

// add adds k and reports whether it was new.
func (s *keySet) add(k string) bool {
	if s.set != nil {
		if _, dup := s.set[k]; dup {
			return false
		}
		s.set[k] = struct{}{}
		return true
	}
	for _, x := range s.list {
		if x == k {
			return false
		}
	}
	s.list = append(s.list, k)
	if len(s.list) > 16 {
		s.set = make(map[string]struct{}, 2*len(s.list))
		for _, x := range s.list {
			s.set[x] = struct{}{}
		}
		s.list = nil
	}
	return true
}

// key reads the key at d.pos (an opening quote). With keys, a key equal to
// keys[i] is returned as keys[i], with known = i; known is -1 otherwise.
func (d *decoder) key(keys []string) (key string, known int, ok bool) {
	start := d.pos + 1
	end := start
	for end < len(d.data) && d.data[end] != '"' && d.data[end] != '\\' && d.data[end] >= 0x20 {
		end++
	}
	if end < len(d.data) && d.data[end] == '"' {
		raw := d.data[start:end]
		for i, k := range keys {
			if string(raw) == k {
				d.pos = end + 1
				return k, i, true
			}
		}
	}
	key, ok = d.quoted()
	if !ok {
		return "", -1, false
	}
	for i, k := range keys {
		if key == k {
			return k, i, true
		}
	}
	return key, -1, true
}

// unknownKey reports whether the key at d.pos (an opening quote) is none
// of keys, without building it; it consumes nothing. A key written with an
// escape is not judged here (false): the caller reads it.
func (d *decoder) unknownKey(keys []string) bool {
	start := d.pos + 1
	end := start
	for end < len(d.data) && d.data[end] != '"' && d.data[end] != '\\' && d.data[end] >= 0x20 {
		end++
	}
	if end >= len(d.data) || d.data[end] != '"' {
		return false
	}
	raw := d.data[start:end]
	for _, k := range keys {
		if string(raw) == k {
			return false
		}
	}
	return true
}

// quoted reads the string at d.pos (an opening quote) and returns its text
// with escapes decoded.
func (d *decoder) quoted() (string, bool) {
	start := d.pos + 1
	i := start
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			return string(d.data[start:i]), true
		case c == '\\':
			return d.unescape(start, i)
		case c < 0x20:
			d.pos = i
			d.syntax(&kindRawControl)
			return "", false
		}
		i++
	}
	d.pos = i
	d.syntax(&kindEndInside, insideString)
	return "", false
}

// unescape finishes reading a string whose first escape is at i.
func (d *decoder) unescape(start, i int) (string, bool) {
	var b strings.Builder
	b.Write(d.data[start:i])
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			return b.String(), true
		case c < 0x20:
			d.pos = i
			d.syntax(&kindRawControl)
			return "", false
		case c != '\\':
			b.WriteByte(c)
			i++
			continue
		}
		r, n := d.escape(i)
		if n == 0 {
			return "", false
		}
		b.WriteRune(r)
		i += n
	}
	d.pos = i
	d.syntax(&kindEndInside, insideString)
	return "", false
}

// escape reads the escape at d.data[i], a backslash, and returns the
// character it stands for and its length in bytes: 2, 6 for \uXXXX, or 12
// for a UTF-16 surrogate pair \uD83D\uDE00. A surrogate not in such a
// pair is malformed, as I-JSON (RFC 7493 §2.1) says: it is no character.
// On malformed JSON, recorded at i, n is 0.
func (d *decoder) escape(i int) (r rune, n int) {
	if i+1 >= len(d.data) {
		d.pos = len(d.data)
		d.syntax(&kindEndInside, insideString)
		return 0, 0
	}
	switch e := d.data[i+1]; e {
	case '"', '\\', '/':
		return rune(e), 2
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		r, ok := d.hex4(i + 2)
		if !ok {
			d.pos = i
			d.syntax(&kindBadUnicodeEscape)
			return 0, 0
		}
		if !utf16.IsSurrogate(r) {
			return r, 6
		}
		if r < 0xDC00 && i+7 < len(d.data) && d.data[i+6] == '\\' && d.data[i+7] == 'u' {
			if low, ok := d.hex4(i + 8); ok && low >= 0xDC00 && low <= 0xDFFF {
				return utf16.DecodeRune(r, low), 12
			}
		}
		d.pos = i
		d.syntax(&kindLoneSurrogate, lang.Data(string(d.data[i:i+6])))
		return 0, 0
	default:
		d.pos = i
		d.syntax(&kindBadEscape, lang.Data(quoteByte(e)))
		return 0, 0
	}
}

// hex4 reads four hex digits at i, if they are there.
func (d *decoder) hex4(i int) (r rune, ok bool) {
	if i+4 > len(d.data) {
		return 0, false
	}
	for _, c := range d.data[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// skipString skips the string at d.pos without building it, checking its
// escapes as quoted does.
func (d *decoder) skipString() {
	for i := d.pos + 1; i < len(d.data); {
		switch c := d.data[i]; {
		case c == '"':
			d.pos = i + 1
			return
		case c == '\\':
			_, n := d.escape(i)
			if n == 0 {
				return
			}
			i += n
			continue
		case c < 0x20:
			d.pos = i
			d.syntax(&kindRawControl)
			return
		}
		i++
	}
	d.pos = len(d.data)
	d.syntax(&kindEndInside, insideString)
}

// number consumes a JSON number at d.pos, checking its grammar.
func (d *decoder) number() bool {
	end, want := scanNumber(d.data, d.pos, false)
	d.pos = end
	if want != nil {
		d.syntax(&kindBadNumber, *want)
		return false
	}
	return true
}

// position returns the 1-based line and column (in characters) of offset.
func position(data []byte, offset int) (line, col int) {
	if offset > len(data) {
		offset = len(data)
	}
	line, start := 1, 0
	for i := 0; i < offset; i++ {
		if data[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, utf8.RuneCount(data[start:offset]) + 1
}

// invalidUTF8At returns the offset of the first byte of data that is not
// valid UTF-8.
func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}
