package partnershiptest_test

import (
	"encoding/json"
	"testing"

	"github.com/seed424036fd/societal/internal/decodetest"
	"github.com/seed424036fd/societal/partnership"
	"github.com/seed424036fd/societal/partnership/partnershiptest"
)

// TestPartnershipCoversTheSchema: the partnerships Partnership draws hold,
// between them, every key of schema/partnership.schema.json.
func TestPartnershipCoversTheSchema(t *testing.T) {
	decodetest.Covers(t, "../../schema", "partnership.schema.json", partnershiptest.Partnership(4, 6),
		func(p *partnership.Partnership) ([]byte, error) { return json.Marshal(p) })
}
