package innovationtest_test

import (
	"encoding/json"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/innovation/innovationtest"
	"github.com/seed424036fd/societal/internal/decodetest"
)

// TestGeneratorsCoverTheSchema: the snapshots and matrices the generators
// draw hold, between them, every key of schema/innovation.schema.json.
func TestGeneratorsCoverTheSchema(t *testing.T) {
	decodetest.Covers(t, "../../schema", "innovation.schema.json", innovationtest.Snapshot(6),
		func(s innovation.Snapshot) ([]byte, error) { return json.Marshal(s) })
	decodetest.Covers(t, "../../schema", "innovation.schema.json#/$defs/needs_matrix", innovationtest.Needs(),
		func(m innovation.NeedsMatrix) ([]byte, error) { return json.Marshal(m) })
	decodetest.Covers(t, "../../schema", "innovation.schema.json#/$defs/stakeholders_matrix", innovationtest.Stakeholders(),
		func(m innovation.StakeholderMatrix) ([]byte, error) { return json.Marshal(m) })
}
