package partnership

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/shopspring/decimal"
)

// Level is how serious a Finding is. Levels are ordered: Info < Warning <
// Critical. The zero value is invalid. Safe for concurrent use.
type Level uint8

const (
	// Info: worth knowing, not a problem by itself.
	Info Level = 1 + iota
	// Warning: a risk the sources name; to be addressed.
	Warning
	// Critical: a risk to the social mission itself.
	Critical
)

var levels = enum.Define[Level](enum.Spec{Type: "Level", Noun: "severity", Errors: enumErrors},
	enum.Names{Key: "info", French: "Information", English: "Info"},
	enum.Names{Key: "warning", French: "Vigilance", English: "Warning"},
	enum.Names{Key: "critical", French: "Critique", English: "Critical"},
)

// ParseLevel returns the level named by s, or a *ParseError.
func ParseLevel(s string) (Level, error) { return levels.ParseText(s) }

// IsValid reports whether s is one of the three levels.
func (s Level) IsValid() bool { return levels.Valid(s) }

// String returns the ASCII key of s, or "%!Level(n)".
func (s Level) String() string { return levels.Key(s) }

// Label returns the name of s in lang.
func (s Level) Label(lang innovation.Lang) string { return levels.Label(s, lang == innovation.English) }

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Level) MarshalText() ([]byte, error) { return levels.MarshalText(s) }

// UnmarshalText parses text with ParseLevel. On error s is unchanged.
func (s *Level) UnmarshalText(text []byte) error { return levels.UnmarshalText(s, text) }

// Risk identifies what a Finding is about. The zero value is invalid. Safe
// for concurrent use.
type Risk uint8

const (
	// MissionDrift: for-profit partners together hold most of the decision
	// power over a general-interest project — "une dérive de la mission
	// sociale du partenariat" (001:20). Critical.
	MissionDrift Risk = 1 + iota
	// PowerImbalance: one partner holds most of the decision power,
	// "déséquilibre dans la répartition du pouvoir" (001:15). Warning.
	PowerImbalance
	// Concentration: the valued contributions depend on one partner
	// (Herfindahl index above Thresholds.ConcentratedHHI); Équilibrer calls
	// for "des investissements conjoints" (001:30). Warning.
	Concentration
	// NoFormalAgreement: the agreement is not formalised (001:31). Warning.
	NoFormalAgreement
	// NoSharedGovernance: no common governance (001:31). Warning.
	NoSharedGovernance
	// NoExitStrategy: no exit strategy was anticipated (004:5713-5715).
	// Warning.
	NoExitStrategy
	// ShortCommitment: a commitment shorter than
	// Thresholds.MinCommitmentMonths; AG2R commits "sur 3 ans minimum"
	// (004:3079). Warning.
	ShortCommitment
	// PowerMismatch: a partner's share of power is far from its share of
	// the contributions ("un partage des risques, des pouvoirs et des
	// responsabilités", 001:30). Info.
	PowerMismatch
)

var risks = enum.Define[Risk](enum.Spec{Type: "Risk", Noun: "risk", Errors: enumErrors},
	enum.Names{Key: "mission-drift", French: "Dérive de la mission sociale", English: "Mission drift"},
	enum.Names{Key: "power-imbalance", French: "Déséquilibre de pouvoir", English: "Power imbalance"},
	enum.Names{Key: "concentration", French: "Dépendance à un partenaire", English: "Concentration"},
	enum.Names{Key: "no-formal-agreement", French: "Accord non formalisé", English: "No formal agreement"},
	enum.Names{Key: "no-shared-governance", French: "Pas de gouvernance commune", English: "No shared governance"},
	enum.Names{Key: "no-exit-strategy", French: "Pas de stratégie de sortie", English: "No exit strategy"},
	enum.Names{Key: "short-commitment", French: "Engagement de moins de 3 ans", English: "Short commitment"},
	enum.Names{Key: "power-mismatch", French: "Pouvoir sans rapport avec l'apport", English: "Power out of line with contributions"},
)

// riskTable holds the severity and source line of each risk.
var riskTable = [...]struct {
	severity Level
	source   string
}{
	MissionDrift:       {Critical, "001:20"},
	PowerImbalance:     {Warning, "001:15"},
	Concentration:      {Warning, "001:30"},
	NoFormalAgreement:  {Warning, "001:31"},
	NoSharedGovernance: {Warning, "001:31"},
	NoExitStrategy:     {Warning, "004:5713-5715"},
	ShortCommitment:    {Warning, "004:3079"},
	PowerMismatch:      {Info, "001:30"},
}

// ParseRisk returns the risk named by s, or a *ParseError.
func ParseRisk(s string) (Risk, error) { return risks.ParseText(s) }

// IsValid reports whether r is one of the known risks.
func (r Risk) IsValid() bool { return risks.Valid(r) }

// String returns the ASCII key of r, or "%!Risk(n)".
func (r Risk) String() string { return risks.Key(r) }

// Label returns the name of r in lang.
func (r Risk) Label(lang innovation.Lang) string { return risks.Label(r, lang == innovation.English) }

// Severity returns the severity of a finding of r, or 0 if r is invalid.
func (r Risk) Severity() Level {
	if !r.IsValid() {
		return 0
	}
	return riskTable[r].severity
}

// Source returns the source line of r ("001:20"), or "" if r is invalid.
func (r Risk) Source() string {
	if !r.IsValid() {
		return ""
	}
	return riskTable[r].source
}

// MarshalText returns the ASCII key of r, or an error wrapping ErrInvalid.
func (r Risk) MarshalText() ([]byte, error) { return risks.MarshalText(r) }

// UnmarshalText parses text with ParseRisk. On error r is unchanged.
func (r *Risk) UnmarshalText(text []byte) error { return risks.UnmarshalText(r, text) }

// Finding is one balance or risk diagnostic.
// The zero value is not a finding. Safe for concurrent reads.
type Finding struct {
	Risk     Risk
	Severity Level
	Source   string   // seed line the risk comes from, e.g. "001:20"
	Message  string   // in English, with the figures
	Partners []string // IDs of the partners concerned, in the partnership's order; may be empty
}

// String returns "<severity> <risk>: <message> [<source>]".
func (f Finding) String() string {
	return fmt.Sprintf("%s %s: %s [%s]", f.Severity, f.Risk, f.Message, f.Source)
}

func newFinding(r Risk, partners []string, message string) Finding {
	return Finding{Risk: r, Severity: r.Severity(), Source: r.Source(), Message: message, Partners: partners}
}

// Diagnose returns the balance and risk findings of p under th, most severe
// first (then in Risk order). Findings only rest on what the description
// states: an Unstated fact or unstated power gives no finding (the Checklist
// reports it Unknown). Invalid thresholds are th.Validate's error.
func (p *Partnership) Diagnose(th Thresholds) ([]Finding, error) {
	if err := th.Validate(); err != nil {
		return nil, err
	}
	return p.diagnose(&th), nil
}

// risks reports which risks p runs under th: found[r] is whether Diagnose
// has a finding of r. It compares what New derived with the thresholds, a
// fixed number of comparisons whatever the number of partners.
func (p *Partnership) risks(th *Thresholds) (found [PowerMismatch + 1]bool) {
	d := &p.derived
	b := &d.balance
	if b.PowerStated {
		found[MissionDrift] = p.Mission() == GeneralInterest && d.profit.GreaterThan(th.MajorityPower)
		found[PowerImbalance] = d.maxPower.GreaterThan(th.MajorityPower)
		// |power − amount/total| > gap, compared exactly: |power·total − amount| > gap·total.
		found[PowerMismatch] = b.Total.IsPositive() && d.maxDev.GreaterThan(th.PowerGap.Mul(b.Total))
	}
	found[Concentration] = b.Total.IsPositive() && b.Concentration.GreaterThan(th.ConcentratedHHI)
	t := &p.spec.Terms
	found[NoFormalAgreement] = t.Formal == No
	found[NoSharedGovernance] = t.SharedGovernance == No
	found[NoExitStrategy] = t.ExitStrategy == No
	found[ShortCommitment] = t.CommitmentMonths > 0 && t.CommitmentMonths < th.MinCommitmentMonths
	return found
}

// diagnose builds the findings of the risks p runs: the lists of partners
// and the messages are built only for a risk found.
func (p *Partnership) diagnose(th *Thresholds) []Finding {
	found := p.risks(th)
	n := 0
	for _, f := range found {
		if f {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	d := &p.derived
	b := &d.balance
	out := make([]Finding, 0, n)
	if found[MissionDrift] {
		out = append(out, newFinding(MissionDrift, slices.Clone(d.holders),
			"for-profit partners hold "+pct(d.profit)+" of the decision power over a general-interest project (threshold "+pct(th.MajorityPower)+")"))
	}
	if found[PowerImbalance] {
		var majority []string
		for _, s := range b.Shares {
			if s.Power.GreaterThan(th.MajorityPower) {
				majority = append(majority, s.Partner)
			}
		}
		out = append(out, newFinding(PowerImbalance, majority,
			strings.Join(majority, ", ")+" holds more than "+pct(th.MajorityPower)+" of the decision power"))
	}
	if found[PowerMismatch] {
		var off []string
		gap := th.PowerGap.Mul(b.Total)
		for i, s := range b.Shares {
			if d.dev[i].GreaterThan(gap) {
				off = append(off, s.Partner)
			}
		}
		out = append(out, newFinding(PowerMismatch, off,
			"share of power and share of contributions differ by more than "+pct(th.PowerGap)+" for "+strings.Join(off, ", ")))
	}
	if found[Concentration] {
		out = append(out, newFinding(Concentration, slices.Clone(d.top),
			"contributions are concentrated: Herfindahl index "+fixed(b.Concentration, 3, false)+" above "+th.ConcentratedHHI.String()))
	}
	if found[NoFormalAgreement] {
		out = append(out, newFinding(NoFormalAgreement, nil, "the agreement is not formalised"))
	}
	if found[NoSharedGovernance] {
		out = append(out, newFinding(NoSharedGovernance, nil, "the partnership has no common governance"))
	}
	if found[NoExitStrategy] {
		out = append(out, newFinding(NoExitStrategy, nil, "no exit strategy was anticipated"))
	}
	if found[ShortCommitment] {
		t := &p.spec.Terms
		out = append(out, newFinding(ShortCommitment, nil, "commitment of "+strconv.Itoa(t.CommitmentMonths)+" months, under "+strconv.Itoa(th.MinCommitmentMonths)))
	}
	slices.SortStableFunc(out, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Risk, b.Risk))
	})
	return out
}

// pct formats a share as a percentage with up to two decimals ("50%",
// "33.33%").
func pct(d decimal.Decimal) string { return fixed(d.Shift(2), 2, true) + "%" }

// fixed formats d rounded half away from zero to places decimals: all of
// them ("0.440"), or with trim, without the trailing zeros of the fraction
// and a bare point ("0.44", "50"). It is the one formatting of decimals in
// messages.
func fixed(d decimal.Decimal, places int32, trim bool) string {
	d = d.Round(places)
	if trim {
		return d.String()
	}
	return d.StringFixed(places)
}
