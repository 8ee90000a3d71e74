package partnership_test

import (
	"testing"

	"github.com/seed424036fd/societal/partnership"
)

// MaxSchemeText's doc states its value, so that go doc shows it.
func TestMaxSchemeTextDocumented(t *testing.T) {
	if partnership.MaxSchemeText != 195 {
		t.Errorf("MaxSchemeText = %d, documented as 195", partnership.MaxSchemeText)
	}
}
