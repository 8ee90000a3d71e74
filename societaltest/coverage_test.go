package societaltest_test

import (
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/societaltest"
)

// TestDossierCoversTheSchema: the dossiers Dossier draws hold, between
// them, every key of schema/dossier.schema.json and of the schemas of its
// parts.
func TestDossierCoversTheSchema(t *testing.T) {
	gen := societaltest.Dossier(societaltest.DossierSize{Partners: 4, Contributions: 6, Evaluations: 3, Items: 3, History: 4, IDs: true})
	decodetest.Covers(t, "../schema", "dossier.schema.json", gen, func(d *societal.Dossier) ([]byte, error) { return d.MarshalJSON() })
}
