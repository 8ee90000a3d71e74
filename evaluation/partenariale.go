package evaluation

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/internal/wire"
)

// PartenarialeReport is an evaluation of the partnership relationship
// ([Partenariale]): the value it creates for each partner (the
// contrat-échange) and for the common good on its three dimensions (the
// contrat-alliance). A balanced partnership secures both (004:5415-5442).
//
// Its score is the weighted share of the values created (outcome Met) among
// all the values, for partners and for the common good, whose outcome is
// known. A partnership that serves only one side is a finding: OneSided,
// NoCommonGood or NoPartnerValue.
//
// The zero value is an invalid report (no degree, no partners). The methods
// only read the report: it is safe for concurrent use as long as nobody
// modifies it.
type PartenarialeReport struct {
	// Degree is the degree of maturity the evaluation works at.
	Degree Degree
	// Evaluators are who took part in the evaluation.
	Evaluators []Evaluator
	// Path is the story of the path travelled, if written; may be empty.
	Path string
	// Partners are the value created for each partner (contrat-échange):
	// at least two partners, each named once.
	Partners []PartnerValue
	// CommonGood are the value created for the common good
	// (contrat-alliance), at most one entry per dimension.
	CommonGood []CommonGoodValue
}

// PartnerValue is the value the partnership creates for one partner.
//
// The zero value is not valid. Safe for concurrent use.
type PartnerValue struct {
	// Partner names the partner; it must not be empty.
	Partner string
	// Value says what the partner gains; may be empty.
	Value string
	// Weight is the relative weight (not negative).
	Weight decimal.Decimal
	// Outcome says whether the value is created.
	Outcome Outcome
}

// CommonGoodValue is the value the partnership creates for the common good
// on one dimension.
//
// The zero value is not valid. Safe for concurrent use.
type CommonGoodValue struct {
	// Dimension is politique, organisationnelle or personnelle.
	Dimension CommonGood
	// Value says what is created; may be empty.
	Value string
	// Weight is the relative weight (not negative).
	Weight decimal.Decimal
	// Outcome says whether the value is created.
	Outcome Outcome
}

// maxPairwise is the longest list of partners checked for duplicates by
// comparing every pair; longer lists use a map.
const maxPairwise = 32

// Form returns Partenariale.
func (r *PartenarialeReport) Form() Form { return Partenariale }

func (r *PartenarialeReport) conduct() conduct {
	return conduct{degree: r.Degree, evaluators: r.Evaluators, path: r.Path}
}

// Validate reports every invalid field at once (errors.Join of
// *problem.Error), each naming its field, e.g. "partners[1].weight".
func (r *PartenarialeReport) Validate() error {
	if r == nil {
		return errNilReport.New(pkgName, "", "")
	}
	if errs := checkItems(checkItems(checkEvaluators(nil, len(r.Evaluators)), len(r.Partners), "partners"), len(r.CommonGood), "common_good"); errs != nil {
		return errors.Join(errs...)
	}
	errs := validateConduct(r.Degree, r.Evaluators, r.Path, nil)
	if len(r.Partners) < 2 {
		errs = append(errs, errFewPartners.New(pkgName, "partners", strconv.Itoa(len(r.Partners))))
	}
	// Names seen, in a map only for a long list: a few partners are
	// compared pairwise without allocating.
	var seenPartner map[string]bool
	if len(r.Partners) > maxPairwise {
		seenPartner = make(map[string]bool, len(r.Partners))
	}
	for i := range r.Partners {
		p := &r.Partners[i]
		errs = validateWeighted("partners", i, p.Partner, "partner", p.Weight, p.Outcome, errs)
		errs = checkProse(errs, p.Value, "partners", i, "value")
		if p.Partner == "" {
			continue
		}
		var twice bool
		if seenPartner != nil {
			twice = seenPartner[p.Partner]
			seenPartner[p.Partner] = true
		} else {
			for j := range r.Partners[:i] {
				if r.Partners[j].Partner == p.Partner {
					twice = true
					break
				}
			}
		}
		if twice {
			errs = append(errs, pkg.Twice(wire.Path("partners", i, "partner"), p.Partner, nil))
		}
	}
	var seen [numCommonGoods]bool
	for i := range r.CommonGood {
		c := &r.CommonGood[i]
		errs = validateWeight("common_good", i, c.Weight, c.Outcome, errs)
		errs = checkProse(errs, c.Value, "common_good", i, "value")
		if !c.Dimension.IsValid() {
			errs = append(errs, pkg.Invalid(wire.Path("common_good", i, "dimension"), c.Dimension))
			continue
		}
		if seen[c.Dimension-1] {
			errs = append(errs, pkg.Twice(wire.Path("common_good", i, "dimension"), c.Dimension.String(), nil))
		}
		seen[c.Dimension-1] = true
	}
	return errors.Join(errs...)
}

// Score returns the weighted share of the values created, for the partners
// and for the common good together, rounded to ScorePlaces places.
func (r *PartenarialeReport) Score() (Score, error) {
	if err := r.Validate(); err != nil {
		return Score{}, err
	}
	var t tally
	for i := range r.Partners {
		t.add(r.Partners[i].Weight, r.Partners[i].Outcome)
	}
	for i := range r.CommonGood {
		t.add(r.CommonGood[i].Weight, r.CommonGood[i].Outcome)
	}
	return t.score("partners")
}

// Findings reports values with no evidence or not created, a partnership
// that serves only one side (OneSided: value for exactly one partner while
// another is known to get none; NoCommonGood: value for partners, none for
// the common good while it is known or not assessed at all; NoPartnerValue:
// value for the common good, none for any partner while some are known),
// and common-good dimensions not assessed.
func (r *PartenarialeReport) Findings() ([]Finding, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	var out []Finding
	var partnersMet, partnersNotMet int
	for i := range r.Partners {
		p := &r.Partners[i]
		out = outcomeFinding(out, "partners", i, p.Partner, 0, p.Outcome)
		switch p.Outcome {
		case Met:
			partnersMet++
		case NotMet:
			partnersNotMet++
		}
	}
	var goodMet, goodUnknown int
	var assessed [numCommonGoods]bool
	for i := range r.CommonGood {
		c := &r.CommonGood[i]
		assessed[c.Dimension-1] = true
		out = outcomeFinding(out, "common_good", i, "", c.Dimension, c.Outcome)
		switch c.Outcome {
		case Met:
			goodMet++
		case Unknown:
			goodUnknown++
		}
	}
	if partnersMet == 1 && partnersNotMet > 0 {
		out = append(out, Finding{Code: OneSided, Field: "partners", Count: partnersNotMet})
	}
	if partnersMet > 0 && goodMet == 0 && goodUnknown == 0 {
		out = append(out, Finding{Code: NoCommonGood, Field: "common_good"})
	}
	if goodMet > 0 && partnersMet == 0 && partnersNotMet > 0 {
		out = append(out, Finding{Code: NoPartnerValue, Field: "partners"})
	}
	for d := range CommonGoods() {
		if !assessed[d-1] {
			out = append(out, Finding{Code: DimensionNotAssessed, Field: "common_good", CommonGood: d})
		}
	}
	return out, nil
}
