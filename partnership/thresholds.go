package partnership

import (
	"errors"
	"strconv"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

// Thresholds are the design choices [D] behind coverage and diagnostics:
// the sources name the risks (001:12-20) and the practices (001:26-33,
// 004:3077-3083) but give no figure except the three-year commitment. They
// are kept in this one struct so that a funder can set its own; start from
// DefaultThresholds.
//
// The zero value is not valid (Validate reports why); use
// DefaultThresholds. Thresholds is a value, safe for concurrent use.
type Thresholds struct {
	// MinSuppliers[i] is how many distinct partners must supply a lever
	// needed at intensity i for it to be Covered; fewer (but at least one)
	// is Thin. Index None is ignored (the lever is not needed). Default
	// {-, 1, 1, 2} [D]: the sources set no number of suppliers per lever;
	// the library asks two partners for a lever needed at "+++", so that the
	// strongest need of the phase does not rest on a single partner. (The
	// SIM cases' "dépendance à l'égard des champions individuels",
	// 000:404-406, is about one motivated person, not one organisation.)
	MinSuppliers [innovation.High + 1]int
	// MajorityPower: a for-profit partner whose share of decision power is
	// above it holds most of the power (PowerImbalance, 001:15, 20);
	// for-profit partners whose shares together are above it make
	// MissionDrift (001:20). Default 0.5 (a strict majority).
	MajorityPower decimal.Decimal
	// PowerGap: a partner whose share of power differs from its share of the
	// valued contributions by more than it gets a PowerMismatch (power not
	// shared with the investment, 001:30). Default 0.3.
	PowerGap decimal.Decimal
	// ConcentratedHHI: contributions whose Herfindahl index is above it are
	// concentrated (Concentration). Default 0.5: above it one partner
	// necessarily brings more than half of the valued contributions.
	ConcentratedHHI decimal.Decimal
	// MinCommitmentMonths: a stated commitment shorter than this is a
	// ShortCommitment. Default 36, "3 ans minimum" (004:3079).
	MinCommitmentMonths int
}

// DefaultThresholds returns the library's thresholds (see each field).
func DefaultThresholds() Thresholds {
	return Thresholds{
		MinSuppliers:        [...]int{0, 1, 1, 2},
		MajorityPower:       decimal.New(5, -1),
		PowerGap:            decimal.New(3, -1),
		ConcentratedHHI:     decimal.New(5, -1),
		MinCommitmentMonths: 36, // 004:3079
	}
}

// Validate reports every invalid threshold, each a *problem.Error (path
// "thresholds.…") wrapping ErrInvalid or ErrLimit: MinSuppliers must be in
// [1, MaxPartners] and non-decreasing from Low to High, the three decimals in
// (0, 1] and within the decimal limits, MinCommitmentMonths in [0,
// MaxCommitmentMonths].
func (t Thresholds) Validate() error {
	// Valid thresholds, the common case, are checked without allocating:
	// paths and messages are built only for what is wrong.
	var errs []error
	for i := innovation.Low; i <= innovation.High; i++ {
		n := t.MinSuppliers[i]
		switch {
		case n < 1 || n > MaxPartners:
			errs = append(errs, errSuppliers.New(pkgName, minSuppliersPath(i), strconv.Itoa(n), lang.Int(MaxPartners)))
		case i > innovation.Low && n < t.MinSuppliers[i-1]:
			errs = append(errs, errFewerSuppliers.New(pkgName, minSuppliersPath(i), strconv.Itoa(n)))
		}
	}
	errs = checkShare("thresholds.majority_power", t.MajorityPower, errs)
	errs = checkShare("thresholds.power_gap", t.PowerGap, errs)
	errs = checkShare("thresholds.concentrated_hhi", t.ConcentratedHHI, errs)
	if t.MinCommitmentMonths < 0 || t.MinCommitmentMonths > MaxCommitmentMonths {
		errs = append(errs, errMonths.New(pkgName, "thresholds.min_commitment_months", strconv.Itoa(t.MinCommitmentMonths), lang.Int(MaxCommitmentMonths)))
	}
	if errs == nil {
		return nil
	}
	return errors.Join(errs...)
}

// minSuppliersPath is the path of MinSuppliers[i], as a rubric's JSON
// names it: thresholds.min_suppliers["+++"].
func minSuppliersPath(i innovation.Intensity) string {
	return wire.Path("thresholds", "min_suppliers", i.String())
}

// one is the decimal 1, read only.
var one = decimal.New(1, 0)

// checkShare appends the error of a threshold v that is out of bounds or
// outside (0, 1].
func checkShare(path string, v decimal.Decimal, errs []error) []error {
	if err := pkg.CheckDecimal(path, v); err != nil {
		return append(errs, err)
	}
	if !v.IsPositive() || v.GreaterThan(one) {
		return append(errs, errShare.New(pkgName, path, v.String()))
	}
	return errs
}
