package wire

import (
	"strings"
	"testing"

	"github.com/seed424036fd/societal/internal/decodetest"
)

// bigObject returns a JSON text of at most MaxJSON bytes: an item whose
// object, at the top (hostile) or under "extra" (valid), holds as many
// distinct keys of 250 bytes as fit, each with the value "v".
func bigObject(tb testing.TB, hostile bool) []byte {
	tb.Helper()
	head, tail := `{"name":"a","extra":{`, `}}`
	if hostile {
		head, tail = `{"name":"a",`, `}`
	}
	return decodetest.Fill(head, func(i int) string {
		return `"` + strings.Repeat("k", 240) + strings.Repeat("0", 10-len(itoa(i))) + itoa(i) + `":"v"`
	}, tail)
}

func benchmarkDecode(b *testing.B, data []byte, wantErr bool) {
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := itemFormat.Decode(data); (err != nil) != wantErr {
			b.Fatalf("error %v, want an error: %t", err, wantErr)
		}
	}
}

// BenchmarkDecoderValid reads a valid item of 1 MiB: about 4,000 keys of
// 250 bytes in its map "extra". It is the reference for the hostile
// inputs below.
func BenchmarkDecoderValid(b *testing.B) { benchmarkDecode(b, bigObject(b, false), false) }

// BenchmarkDecoderUnknownKeys reads 1 MiB of about 4,000 distinct unknown
// keys of 250 bytes: past MaxProblems, a problem is counted and nothing is
// built (no path, no message), so it costs about what a valid input of the
// same size costs.
func BenchmarkDecoderUnknownKeys(b *testing.B) { benchmarkDecode(b, bigObject(b, true), true) }
