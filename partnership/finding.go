package partnership

import (
	"cmp"
	"slices"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
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

var levels = enum.Define[Level](enum.Spec{Type: "Level", Noun: lang.Text{"gravité", "severity"}, Pkg: pkg},
	enum.Names{Key: "info", Label: lang.Text{"Information", "Info"}},
	enum.Names{Key: "warning", Label: lang.Text{"Vigilance", "Warning"}},
	enum.Names{Key: "critical", Label: lang.Text{"Critique", "Critical"}},
)

// ParseLevel returns the level named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "info", "warning", "critical".
func ParseLevel(s string) (Level, error) { return levels.ParseText(s) }

// IsValid reports whether s is one of the three levels.
func (s Level) IsValid() bool { return levels.Valid(s) }

// String returns the ASCII key of s, or "%!Level(n)".
func (s Level) String() string { return levels.Key(s) }

// Label returns the name of s in l.
func (s Level) Label(l lang.Lang) string { return levels.Label(s, l) }

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
	// PowerImbalance: one for-profit partner holds most of the decision
	// power: the "déséquilibre dans la répartition du pouvoir entre les
	// partenaires" (001:15) whose risks Semenowicz names when the balance
	// leans "en faveur de l'organisation à but lucratif" (001:20). A partner
	// of general interest, or of undetermined purpose, holding most of the
	// power is not this risk [S]; PowerMismatch sees any partner whose power
	// is out of line with its contributions. Warning.
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

var risks = enum.Define[Risk](enum.Spec{Type: "Risk", Noun: lang.Text{"risque", "risk"}, Pkg: pkg},
	enum.Names{Key: "mission-drift", Label: lang.Text{"Dérive de la mission sociale", "Mission drift"}},
	enum.Names{Key: "power-imbalance", Label: lang.Text{"Déséquilibre de pouvoir", "Power imbalance"}},
	enum.Names{Key: "concentration", Label: lang.Text{"Dépendance à un partenaire", "Concentration"}},
	enum.Names{Key: "no-formal-agreement", Label: lang.Text{"Accord non formalisé", "No formal agreement"}},
	enum.Names{Key: "no-shared-governance", Label: lang.Text{"Pas de gouvernance commune", "No shared governance"}},
	enum.Names{Key: "no-exit-strategy", Label: lang.Text{"Pas de stratégie de sortie", "No exit strategy"}},
	enum.Names{Key: "short-commitment", Label: lang.Text{"Engagement de moins de 3 ans", "Short commitment"}},
	enum.Names{Key: "power-mismatch", Label: lang.Text{"Pouvoir sans rapport avec l'apport", "Power out of line with contributions"}},
)

// riskTable holds the severity and source line of each risk.
var riskTable = [...]struct {
	severity Level
	source   string
}{
	MissionDrift:       {Critical, "001:20"},
	PowerImbalance:     {Warning, "001:15, 20"},
	Concentration:      {Warning, "001:30"},
	NoFormalAgreement:  {Warning, "001:31"},
	NoSharedGovernance: {Warning, "001:31"},
	NoExitStrategy:     {Warning, "004:5713-5715"},
	ShortCommitment:    {Warning, "004:3079"},
	PowerMismatch:      {Info, "001:30"},
}

// ParseRisk returns the risk named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "mission-drift", "power-imbalance", "concentration",
// "no-formal-agreement", "no-shared-governance", "no-exit-strategy",
// "short-commitment", "power-mismatch".
func ParseRisk(s string) (Risk, error) { return risks.ParseText(s) }

// IsValid reports whether r is one of the known risks.
func (r Risk) IsValid() bool { return risks.Valid(r) }

// String returns the ASCII key of r, or "%!Risk(n)".
func (r Risk) String() string { return risks.Key(r) }

// Label returns the name of r in l.
func (r Risk) Label(l lang.Lang) string { return risks.Label(r, l) }

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

// Finding is one balance or risk diagnostic. Its message is structured:
// the Risk and the typed figures it quotes (Share, Threshold, Months,
// MinMonths, Partners), rendered in a language by Text when a report is
// written; nothing is worded while the partnership is analysed.
// The zero value is not a finding. Safe for concurrent reads.
type Finding struct {
	Risk     Risk     `json:"risk"`               // the risk diagnosed
	Severity Level    `json:"severity"`           // how serious it is here
	Source   string   `json:"source"`             // seed line the risk comes from, e.g. "001:20"
	Partners []string `json:"partners,omitempty"` // IDs of the partners concerned, in the partnership's order; may be empty
	// Share is the for-profit partners' share of power (MissionDrift) or
	// the Herfindahl index of the contributions (Concentration).
	Share decimal.Decimal `json:"share,omitzero"`
	// Threshold is the threshold passed (MissionDrift,
	// PowerImbalance, PowerMismatch, Concentration).
	Threshold decimal.Decimal `json:"threshold,omitzero"`
	// Months is the commitment (ShortCommitment).
	Months int `json:"months,omitempty"`
	// MinMonths is the minimum the commitment is under (ShortCommitment).
	MinMonths int `json:"min_months,omitempty"`
}

// String returns "<severity> <risk>: <message> [<source>]", the message in
// English, for logs.
func (f Finding) String() string {
	return f.Severity.String() + " " + f.Risk.String() + ": " + problem.Log(f.Text) + " [" + f.Source + "]"
}

// Text returns the particulars of f in l, with its figures formatted for
// l: the words of riskTexts, the figures of f.
func (f Finding) Text(l lang.Lang) string {
	if !f.Risk.IsValid() {
		return ""
	}
	return riskTexts[f.Risk].Format(l, f.args()...)
}

// riskTexts are the particulars of a finding of each risk, quoting the
// arguments Finding.args gives it: the one place the messages of findings
// are written. Read only.
var riskTexts = [...]lang.Text{
	MissionDrift: {"les partenaires à but lucratif détiennent {1} du pouvoir de décision sur un projet d'intérêt général (seuil\u00a0: {2})",
		"for-profit partners hold {1} of the decision power over a general-interest project (threshold {2})"},
	PowerImbalance:     {"{3} détient plus de {2} du pouvoir de décision", "{3} holds more than {2} of the decision power"},
	PowerMismatch:      {"part du pouvoir et part des apports s'écartent de plus de {2} pour {3}", "share of power and share of contributions differ by more than {2} for {3}"},
	Concentration:      {"apports concentrés\u00a0: indice de Herfindahl {4}, au-delà de {5}", "contributions are concentrated: Herfindahl index {4} above {5}"},
	NoFormalAgreement:  {"l'accord n'est pas formalisé", "the agreement is not formalised"},
	NoSharedGovernance: {"le partenariat n'a pas de gouvernance commune", "the partnership has no common governance"},
	NoExitStrategy:     {"aucune stratégie de sortie n'a été anticipée", "no exit strategy was anticipated"},
	ShortCommitment:    {"engagement de {6} mois, en deçà de {7}", "commitment of {6} months, under {7}"},
}

// args returns the figures the texts of riskTexts quote, by number: {1}
// the share as a percentage, {2} the threshold as a percentage, {3} the
// partners, {4} the share as an index, {5} the threshold as an index, {6}
// and {7} the months.
func (f Finding) args() []lang.Arg {
	partners := make([]lang.Arg, len(f.Partners))
	for i, p := range f.Partners {
		partners[i] = lang.Data(p)
	}
	return []lang.Arg{
		lang.Percent(f.Share, 2), lang.Percent(f.Threshold, 2), lang.List(partners...),
		lang.Decimal(f.Share, 3), lang.Decimal(f.Threshold.Round(3), -1),
		lang.Int(f.Months), lang.Int(f.MinMonths),
	}
}

// newFinding returns the finding of f.Risk with the figures of f, its
// severity and source.
func newFinding(f Finding) Finding {
	f.Severity, f.Source = f.Risk.Severity(), f.Risk.Source()
	return f
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
		found[PowerImbalance] = d.maxProfit.GreaterThan(th.MajorityPower)
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
		out = append(out, newFinding(Finding{Risk: MissionDrift, Partners: slices.Clone(d.holders), Share: d.profit, Threshold: th.MajorityPower}))
	}
	if found[PowerImbalance] {
		var majority []string
		for i, s := range b.Shares {
			if p.spec.Partners[i].EffectivePurpose() == ForProfit && s.Power.GreaterThan(th.MajorityPower) {
				majority = append(majority, s.Partner)
			}
		}
		out = append(out, newFinding(Finding{Risk: PowerImbalance, Partners: majority, Threshold: th.MajorityPower}))
	}
	if found[PowerMismatch] {
		var off []string
		gap := th.PowerGap.Mul(b.Total)
		for i, s := range b.Shares {
			if d.dev[i].GreaterThan(gap) {
				off = append(off, s.Partner)
			}
		}
		out = append(out, newFinding(Finding{Risk: PowerMismatch, Partners: off, Threshold: th.PowerGap}))
	}
	if found[Concentration] {
		out = append(out, newFinding(Finding{Risk: Concentration, Partners: slices.Clone(d.top), Share: b.Concentration, Threshold: th.ConcentratedHHI}))
	}
	if found[NoFormalAgreement] {
		out = append(out, newFinding(Finding{Risk: NoFormalAgreement}))
	}
	if found[NoSharedGovernance] {
		out = append(out, newFinding(Finding{Risk: NoSharedGovernance}))
	}
	if found[NoExitStrategy] {
		out = append(out, newFinding(Finding{Risk: NoExitStrategy}))
	}
	if found[ShortCommitment] {
		t := &p.spec.Terms
		out = append(out, newFinding(Finding{Risk: ShortCommitment, Months: t.CommitmentMonths, MinMonths: th.MinCommitmentMonths}))
	}
	slices.SortStableFunc(out, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Risk, b.Risk))
	})
	return out
}
