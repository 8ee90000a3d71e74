package partnership

import (
	"strconv"

	"github.com/seed424036fd/societal/internal/enum"
)

// parseName is the one parser behind every ParseX and UnmarshalText of the
// package's enumerations whose zero value is invalid.
func parseName[T ~uint8](t *enum.Table[T], typ, s string) (T, error) {
	if v, ok := t.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: typ, Input: s, Allowed: t.Keys()}
}

// marshalName is the one MarshalText behind the enumerations whose zero
// value is invalid: the key, or an error wrapping ErrInvalid.
func marshalName[T ~uint8](t *enum.Table[T], typ string, v T) ([]byte, error) {
	if !t.Valid(v) {
		return nil, invalid(typ, int(v))
	}
	return []byte(t.Key(v)), nil
}

// The two enumerations whose zero value is valid (Fact, Status) store value
// v at table index v+1; these shift it.

func parseShifted[T ~uint8](t *enum.Table[T], typ, s string) (T, error) {
	v, err := parseName(t, typ, s)
	if err != nil {
		return 0, err
	}
	return v - 1, nil
}

func marshalShifted[T ~uint8](t *enum.Table[T], typ string, v T) ([]byte, error) {
	if int(v) >= t.Len() {
		return nil, invalid(typ, int(v))
	}
	return []byte(t.Key(v + 1)), nil
}

func keyShifted[T ~uint8](t *enum.Table[T], typ string, v T) string {
	if int(v) >= t.Len() {
		return "%!" + typ + "(" + strconv.Itoa(int(v)) + ")"
	}
	return t.Key(v + 1)
}
