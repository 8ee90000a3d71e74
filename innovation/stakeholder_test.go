package innovation_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

// TestParseStakeholderApostrophe: the label parses with the ASCII apostrophe
// the table writes and with the typographic one the sources print
// ("Porteur d’idée", 004:3216).
func TestParseStakeholderApostrophe(t *testing.T) {
	for _, in := range []string{"Porteur d'idée", "Porteur d’idée", "PORTEUR D’IDÉE", "porteur d’idée"} {
		if got, err := innovation.ParseStakeholder(in); err != nil || got != innovation.PorteurIdee {
			t.Errorf("ParseStakeholder(%q) = %v, %v; want porteur-idee", in, got, err)
		}
	}
	for _, in := range []string{"Porteur d‘idée", "Porteur didée", "Porteur d’’idée"} {
		if got, err := innovation.ParseStakeholder(in); err == nil {
			t.Errorf("ParseStakeholder(%q) = %v, want an error", in, got)
		}
	}
}
