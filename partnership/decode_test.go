package partnership_test

import (
	"encoding/json"
	"testing"

	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/partnership"
)

// sentinels are the sentinels of the package (and of its parts) the cases
// name, besides the module's, which decodetest knows.
var sentinels = map[string]error{
	"ErrDuplicate": partnership.ErrDuplicate, "ErrUnknownPartner": partnership.ErrUnknownPartner,
	"ErrNegative": partnership.ErrNegative, "ErrCurrency": partnership.ErrCurrency, "ErrShares": partnership.ErrShares,
}

// TestDecode: every input of ../testdata/decode/partnership.txtar is
// refused with the problems it expects, or decoded and written back the
// same.
func TestDecode(t *testing.T) {
	decodetest.Run(t, "../testdata/decode/partnership.txtar", sentinels, "partnership", func(data []byte) ([]byte, error) {
		p, err := partnership.Decode(data)
		if err != nil {
			return nil, err
		}
		return json.Marshal(p)
	})
}

// TestSchemaFile: ../schema/partnership.schema.json is what the package's
// descriptions produce (go generate, or -update, rewrites it).
func TestSchemaFile(t *testing.T) {
	golden.File(t, "../schema/partnership.schema.json", string(partnership.SchemaJSON()))
}
