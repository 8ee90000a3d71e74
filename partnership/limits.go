package partnership

import "github.com/seed424036fd/societal/internal/wire"

// Limits on input. Anything over them is refused with an error wrapping
// ErrLimit, before any arithmetic is done on it. The limits on JSON, text
// and decimals are the module's: the same values under the same names in
// every package.
const (
	// MaxJSON is the largest JSON text, in bytes, Decode accepts (an alias
	// of the module's limit); larger input is refused before it is decoded.
	// Its value is 1 MiB (1 048 576 bytes).
	MaxJSON = wire.MaxJSON
	// MaxText is the longest identifier or name, in bytes (an alias of the
	// module's limit).
	// Its value is 256 bytes.
	MaxText = wire.MaxText
	// MaxProse is the longest free text (a contribution's Note), in bytes
	// (an alias of the module's limit).
	// Its value is 4096 bytes.
	MaxProse = wire.MaxProse
	// MaxDigits is the most significant digits of a decimal (amount, share
	// or threshold); an alias of the module's limit.
	// Its value is 30.
	MaxDigits = wire.MaxDigits
	// MaxScale is the most digits after the decimal point (an alias of the
	// module's limit).
	// Its value is 12.
	MaxScale = wire.MaxScale
	// MaxIntegerDigits is the most digits before the decimal point: amounts
	// are below 10^18 (an alias of the module's limit).
	// Its value is 18.
	MaxIntegerDigits = wire.MaxIntegerDigits

	// MaxPartners is the most partners a partnership may have.
	MaxPartners = 1000
	// MaxContributions is the most contributions a partnership may have.
	MaxContributions = 10000
	// MinYear and MaxYear bound the years of a Period.
	MinYear, MaxYear = 1800, 2200
	// MaxCommitmentMonths bounds Terms.CommitmentMonths (100 years).
	MaxCommitmentMonths = 1200
)

// Precision is the number of digits after the decimal point of every share
// and concentration the package computes (shares are exact to 10^-6 and sum
// to exactly 1).
const Precision = 6
