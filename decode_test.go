package societal_test

import (
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/partnership"
)

// sentinels are the sentinels the cases name.
var sentinels = map[string]error{
	"ErrSyntax": societal.ErrSyntax, "ErrUnknown": societal.ErrUnknown, "ErrInvalid": societal.ErrInvalid, "ErrLimit": societal.ErrLimit,
	"ErrDossier": societal.ErrDossier, "ErrSnapshot": innovation.ErrSnapshot,
	"ErrDuplicate": partnership.ErrDuplicate, "ErrUnknownPartner": partnership.ErrUnknownPartner, "ErrNegative": partnership.ErrNegative,
	"ErrCurrency": partnership.ErrCurrency, "ErrShares": partnership.ErrShares,
}

// TestDecodeCases: every input of testdata/decode/dossier.txtar is refused
// with the problems it expects, or decoded and written back the same.
func TestDecodeCases(t *testing.T) {
	decodetest.Run(t, "testdata/decode/dossier.txtar", golden.Updating(), sentinels, "", func(data []byte) ([]byte, error) {
		d, err := societal.DecodeDossier(data)
		if err != nil {
			return nil, err
		}
		return d.MarshalJSON()
	})
}

// TestSchemaFile: schema/dossier.schema.json is what the package's
// descriptions produce (go generate, or -update, rewrites it).
func TestSchemaFile(t *testing.T) {
	decodetest.File(t, "schema/dossier.schema.json", societal.SchemaJSON(), golden.Updating())
}
