package evaluationtest_test

import (
	"encoding/json"
	"testing"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/evaluation/evaluationtest"
	"github.com/seed424036fd/societal/internal/decodetest"
)

// TestReportCoversTheSchema: the reports Report draws hold, between them,
// every key of schema/evaluation.schema.json.
func TestReportCoversTheSchema(t *testing.T) {
	decodetest.Covers(t, "../../schema", "evaluation.schema.json", evaluationtest.Report(4),
		func(r evaluation.Report) ([]byte, error) { return json.Marshal(r) })
}
