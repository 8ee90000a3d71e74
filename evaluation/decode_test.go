package evaluation_test

import (
	"encoding/json"
	"testing"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/internal/golden"
)

// TestDecodeCases: every input of ../testdata/decode/evaluation.txtar is
// refused with the problems it expects, or decoded and written back the
// same.
func TestDecodeCases(t *testing.T) {
	decodetest.Run(t, "../testdata/decode/evaluation.txtar", nil, "evaluation", func(data []byte) ([]byte, error) {
		r, err := evaluation.Decode(data)
		if err != nil {
			return nil, err
		}
		return json.Marshal(r)
	})
}

// TestSchemaFile: ../schema/evaluation.schema.json is what the package's
// descriptions produce (go generate, or -update, rewrites it).
func TestSchemaFile(t *testing.T) {
	golden.File(t, "../schema/evaluation.schema.json", string(evaluation.SchemaJSON()))
}
