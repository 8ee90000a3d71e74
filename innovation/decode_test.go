package innovation_test

import (
	"encoding/json"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/internal/golden"
)

// sentinels are the package's own sentinels the cases of its formats
// name, besides the module's, which decodetest knows.
var sentinels = map[string]error{
	"ErrSnapshot": innovation.ErrSnapshot, "ErrMatrix": innovation.ErrMatrix,
}

// TestDecodeSnapshot: every input of ../testdata/decode/snapshot.txtar is
// refused with the problems it expects, or restored and written back the
// same.
func TestDecodeSnapshot(t *testing.T) {
	decodetest.Run(t, "../testdata/decode/snapshot.txtar", sentinels, "innovation", func(data []byte) ([]byte, error) {
		l, err := innovation.RestoreJSON(data)
		if err != nil {
			var s innovation.Snapshot
			if err2 := s.UnmarshalJSON(data); err2 == nil {
				t.Errorf("RestoreJSON refuses what Snapshot.UnmarshalJSON reads: %v", err)
			}
			return nil, err
		}
		return json.Marshal(l)
	})
}

// TestDecodeNeeds: the same for the needs matrices of
// ../testdata/decode/needs.txtar.
func TestDecodeNeeds(t *testing.T) {
	decodetest.Run(t, "../testdata/decode/needs.txtar", sentinels, "innovation", func(data []byte) ([]byte, error) {
		var n innovation.NeedsMatrix
		if err := n.UnmarshalJSON(data); err != nil {
			return nil, err
		}
		return json.Marshal(n)
	})
}

// TestDecodeStakeholders: the same for the stakeholders matrices of
// ../testdata/decode/stakeholders.txtar.
func TestDecodeStakeholders(t *testing.T) {
	decodetest.Run(t, "../testdata/decode/stakeholders.txtar", sentinels, "innovation", func(data []byte) ([]byte, error) {
		var m innovation.StakeholderMatrix
		if err := m.UnmarshalJSON(data); err != nil {
			return nil, err
		}
		return json.Marshal(m)
	})
}

// TestSchemaFile: ../schema/innovation.schema.json is what the package's
// descriptions produce (go generate, or -update, rewrites it).
func TestSchemaFile(t *testing.T) {
	golden.File(t, "../schema/innovation.schema.json", string(innovation.SchemaJSON()))
}
