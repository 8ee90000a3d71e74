package evaluation

import (
	"encoding/json"
	"testing"
)

// BenchmarkDecode decodes each form, written by MarshalJSON, at 10
// indicators or criteria: the strict decoder's cost per report.
func BenchmarkDecode(b *testing.B) {
	for _, r := range benchReports(10) {
		data, err := json.Marshal(r)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(r.Form().String(), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for range b.N {
				if _, err := Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
