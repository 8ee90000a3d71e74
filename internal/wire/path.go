package wire

import (
	"strconv"
	"strings"
)

// joinPath writes a path as a reader of the JSON would: keys joined by dots,
// indexes in brackets ("contributions[0].amount"). A key that is not a plain
// word (letters, digits, '-', '_') is written in brackets, quoted and cut to
// MaxEcho bytes: `stakeholders["porteur d'idée"]`.
func joinPath(path []segment) string {
	if len(path) == 0 {
		return ""
	}
	var b strings.Builder
	for i, s := range path {
		switch {
		case s.index >= 0 && s.key == "":
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		case plainKey(s.key):
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.key)
		default:
			b.WriteByte('[')
			b.WriteString(Quote(s.key))
			b.WriteByte(']')
		}
	}
	return b.String()
}

// Path joins a path made in Go code the way a decoder writes it: Path("a",
// 3, "b") is "a[3].b". Each step is a string key or an int index.
func Path(steps ...any) string {
	segs := make([]segment, 0, len(steps))
	for _, s := range steps {
		switch v := s.(type) {
		case int:
			segs = append(segs, segment{index: v})
		case string:
			segs = append(segs, segment{key: v, index: -1})
		}
	}
	return joinPath(segs)
}

func plainKey(k string) bool {
	if k == "" || len(k) > MaxEcho {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
