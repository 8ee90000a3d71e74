package societal_test

// The checks of the readiness assessment, one table per check (MODEL §5),
// and what every check promises: its source, its JSON, that it only reads
// the dossier.

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/dossiertest"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

func TestReadyDossierEveryPhase(t *testing.T) {
	for p := range innovation.Phases() {
		d := dossiertest.Ready(t, p)
		if err := d.Validate(); err != nil {
			t.Fatalf("%v: the fixture is invalid: %v", p, err)
		}
		rep := societal.Assess(d)
		if rep.Verdict != societal.Ready {
			t.Errorf("%v: verdict %v, want ready; unmet %+v", p, rep.Verdict, rep.Unmet())
		}
		for _, c := range rep.Checks {
			want := evaluation.Met
			if notApplicable(c.ID, p) {
				want = evaluation.NotApplicable
			}
			if c.Outcome != want || c.Severity != 0 || len(c.Gaps) != 0 {
				t.Errorf("%v: %v = %v (severity %v, gaps %v, %q), want %v without gaps", p, c.ID, c.Outcome, c.Severity, c.Gaps, c.Detail.Text(lang.English), want)
			}
		}
		if !rep.Score.Valid || !rep.Score.Decimal.Equal(decimal.NewFromInt(1)) {
			t.Errorf("%v: score %v, want 1", p, rep.Score)
		}
	}
}

// ---- One table per check: met, not met, unknown, not applicable. ----

type checkCase struct {
	name     string
	source   string // the source line the check stands on (CheckID.Source)
	phase    innovation.Phase
	edit     func(testing.TB, *societal.Dossier)
	outcome  evaluation.Outcome
	severity societal.Severity  // for NotMet
	gaps     []innovation.Lever // the lever of each gap, in order
	verdict  societal.Verdict
}

func runCheckCases(t *testing.T, id societal.CheckID, cases []checkCase) {
	t.Helper()
	suppliers := societal.DefaultRubric().Suppliers
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := id.Source(); got != tc.source {
				t.Fatalf("%v.Source() = %q, the table cites %q", id, got, tc.source)
			}
			d := dossiertest.Ready(t, tc.phase)
			if tc.edit != nil {
				tc.edit(t, d)
			}
			rep := societal.Assess(d)
			c, ok := rep.Check(id)
			if !ok {
				t.Fatalf("no check %v in the report", id)
			}
			if c.Source != tc.source {
				t.Errorf("source %q, want %q", c.Source, tc.source)
			}
			if c.Outcome != tc.outcome {
				t.Fatalf("outcome %v (%q), want %v", c.Outcome, c.Detail.Text(lang.English), tc.outcome)
			}
			wantSev := societal.Severity(0)
			if tc.outcome == evaluation.NotMet {
				wantSev = tc.severity
				if c.Detail.IsZero() {
					t.Errorf("an unmet check without a detail")
				}
			}
			if c.Severity != wantSev {
				t.Errorf("severity %v, want %v", c.Severity, wantSev)
			}
			var levers []innovation.Lever
			for _, g := range c.Gaps {
				levers = append(levers, g.Lever)
				if !slices.Equal(g.Partners, suppliers[g.Lever]) {
					t.Errorf("gap %q: partners %v, want the rubric's suppliers of %v: %v", g.Detail.Code, g.Partners, g.Lever, suppliers[g.Lever])
				}
				if g.Detail.IsZero() {
					t.Errorf("gap on %v without a detail", g.Lever)
				}
			}
			if !slices.Equal(levers, tc.gaps) {
				t.Errorf("gap levers %v, want %v (gaps %+v)", levers, tc.gaps, c.Gaps)
			}
			if rep.Verdict != tc.verdict {
				t.Errorf("verdict %v, want %v (unmet %+v)", rep.Verdict, tc.verdict, rep.Unmet())
			}
		})
	}
}

const (
	met     = evaluation.Met
	notMet  = evaluation.NotMet
	unknown = evaluation.Unknown
	na      = evaluation.NotApplicable
)

func TestPhaseIdentified(t *testing.T) {
	const src = "004:880-888"
	runCheckCases(t, societal.PhaseIdentified, []checkCase{
		{name: "met", source: src, phase: innovation.Experimentation, outcome: met, verdict: societal.Ready},
		{name: "met with a consistent history", source: src, phase: innovation.Essaimage,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.History = dossiertest.History(tb, innovation.Essaimage, false)
			},
			outcome: met, verdict: societal.Ready},
		{name: "not met: no phase", source: src, phase: innovation.Conception,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Phase = 0 },
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		{name: "not met: the history ends elsewhere", source: src, phase: innovation.Modelisation,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.History = dossiertest.History(tb, innovation.Experimentation, false)
			},
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		{name: "not met: the history is inconsistent", source: src, phase: innovation.Essaimage,
			edit: func(tb testing.TB, d *societal.Dossier) {
				h := dossiertest.History(tb, innovation.Essaimage, false)
				d.History = slices.Delete(h, 1, 2) // ends in essaimage, but leaves modélisation without reaching it
			},
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		{name: "not met: abandoned", source: src, phase: innovation.Experimentation,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.History = dossiertest.History(tb, innovation.Experimentation, true)
			},
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		// The phase is always stated or not: this check is never Unknown
		// nor NotApplicable.
	})
}

func TestPhaseNotIdentifiedMakesTheRestUnknown(t *testing.T) {
	rep := societal.Assess(&societal.Dossier{Name: "sans phase"})
	for _, c := range rep.Checks[1:] {
		if c.Outcome != unknown {
			t.Errorf("%v = %v, want unknown when the phase is not identified", c.ID, c.Outcome)
		}
	}
	if rep.Next != 0 || rep.RiskZone != 0 || rep.ModelChange {
		t.Errorf("crossing of an unidentified phase: next %v, zone %v, change %v", rep.Next, rep.RiskZone, rep.ModelChange)
	}
}

func TestEconomicModelFit(t *testing.T) {
	const src = "004:793-797"
	operator := func(e societal.Evidence) func(testing.TB, *societal.Dossier) {
		return func(_ testing.TB, d *societal.Dossier) { d.OperatorModel = e }
	}
	runCheckCases(t, societal.EconomicModelFit, []checkCase{
		{name: "met: R&D in conception", source: src, phase: innovation.Conception, outcome: met, verdict: societal.Ready},
		{name: "met: operator model established before essaimage", source: src, phase: innovation.Modelisation, outcome: met, verdict: societal.Ready},
		{name: "met: operator in essaimage", source: src, phase: innovation.Essaimage, outcome: met, verdict: societal.Ready},
		{name: "not met: still R&D in essaimage", source: src, phase: innovation.Essaimage,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.EconomicModel = innovation.ModeleRD },
			outcome: notMet, severity: societal.Blocking, gaps: []innovation.Lever{innovation.Conseil, innovation.Financement}, verdict: societal.Blocked},
		// "Jusqu'en phase de modélisation, le modèle économique est un modèle
		// de Recherche & Développement": in modélisation the R&D model fits,
		// and the operator model need only be under way [D], Major at most.
		{name: "met: R&D in modélisation, operator model under way", source: src, phase: innovation.Modelisation,
			edit: func(_ testing.TB, d *societal.Dossier) {
				d.EconomicModel = innovation.ModeleRD
				d.OperatorModel = societal.Partial
			}, outcome: met, verdict: societal.Ready},
		{name: "not met: operator model absent before the crossing", source: src, phase: innovation.Modelisation,
			edit: operator(societal.Absent), outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Conseil, innovation.Financement}, verdict: societal.NotYet},
		{name: "unknown: operator model unstated, required before the crossing", source: src, phase: innovation.Modelisation,
			edit: operator(societal.Unstated), outcome: unknown, verdict: societal.InsufficientEvidence},
		{name: "unknown: economic model unstated, required in industrialisation", source: src, phase: innovation.Industrialisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.EconomicModel = 0 },
			outcome: unknown, verdict: societal.InsufficientEvidence},
		{name: "unknown: economic model unstated, not required in expérimentation", source: src, phase: innovation.Experimentation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.EconomicModel = 0 },
			outcome: unknown, verdict: societal.Ready},
		// Every phase has an economic model: never NotApplicable.
	})
}

func TestDimensionsCovered(t *testing.T) {
	const src = "004:734-764"
	dims := func(s, p, m societal.Evidence) func(testing.TB, *societal.Dossier) {
		return func(_ testing.TB, d *societal.Dossier) {
			d.Dimensions = societal.Dimensions{Solution: s, Processus: p, ModeleEconomique: m}
		}
	}
	U, A, P, E := societal.Unstated, societal.Absent, societal.Partial, societal.Established
	runCheckCases(t, societal.DimensionsCovered, []checkCase{
		{name: "not applicable in conception", source: src, phase: innovation.Conception, edit: dims(A, A, A), outcome: na, verdict: societal.Ready},
		{name: "not applicable in expérimentation", source: src, phase: innovation.Experimentation, edit: dims(U, U, U), outcome: na, verdict: societal.Ready},
		{name: "met in modélisation", source: src, phase: innovation.Modelisation, edit: dims(E, E, E), outcome: met, verdict: societal.Ready},
		{name: "not met: processus partial", source: src, phase: innovation.Essaimage, edit: dims(E, P, E),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.CompetencesReseau}, verdict: societal.NotYet},
		{name: "not met: solution and modèle économique absent", source: src, phase: innovation.Modelisation, edit: dims(A, E, A),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Conseil, innovation.Conseil}, verdict: societal.NotYet},
		{name: "not met beats unstated", source: src, phase: innovation.Industrialisation, edit: dims(U, A, U),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.CompetencesReseau}, verdict: societal.NotYet},
		{name: "unknown: processus unstated", source: src, phase: innovation.Modelisation, edit: dims(E, U, E), outcome: unknown, verdict: societal.InsufficientEvidence},
	})
}

func TestNextNeedsSupplied(t *testing.T) {
	const src = "004:805-806; 003:1924-1970"
	partners := func(edit func(*partnership.Spec)) func(testing.TB, *societal.Dossier) {
		return func(tb testing.TB, d *societal.Dossier) { d.Partnership = dossiertest.Partnership(tb, edit) }
	}
	// The needs of the next phase (innovation.DefaultNeeds, 003:1924-1970)
	// that rise: évaluation "++" from expérimentation to modélisation;
	// financement and compétences & réseau "+++" from modélisation to
	// essaimage. Those that stay strong: financement, compétences & réseau
	// "++" and conseil "+++" in R&D, conseil and évaluation "++" at
	// modélisation, évaluation "++" in déploiement.
	runCheckCases(t, societal.NextNeedsSupplied, []checkCase{
		{name: "met: a weak need that does not rise is not checked", source: src, phase: innovation.Conception,
			edit: partners(dropContributions(innovation.Evaluation)), outcome: met, verdict: societal.Ready},
		{name: "not met: conseil, +++ in R&D, missing before expérimentation is minor", source: src, phase: innovation.Conception,
			edit:    partners(dropContributions(innovation.Conseil)),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "not met: évaluation, ++ in déploiement, missing before industrialisation is minor", source: src, phase: innovation.Essaimage,
			edit:    partners(dropContributions(innovation.Evaluation)),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "met: the rising needs have two suppliers", source: src, phase: innovation.Modelisation, outcome: met, verdict: societal.Ready},
		{name: "not met: évaluation missing before modélisation", source: src, phase: innovation.Experimentation,
			edit:    partners(dropContributions(innovation.Evaluation)),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.NotYet},
		{name: "not met: financement missing before essaimage", source: src, phase: innovation.Modelisation,
			edit:    partners(dropContributions(innovation.Financement)),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Financement}, verdict: societal.NotYet},
		{name: "not met: financement thin (one supplier for +++)", source: src, phase: innovation.Modelisation,
			edit:    partners(dropContributions(innovation.Financement, "fondation")),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Financement}, verdict: societal.Ready},
		{name: "not met: one missing and one thin is major", source: src, phase: innovation.Modelisation,
			edit: partners(func(s *partnership.Spec) {
				dropContributions(innovation.Financement)(s)
				dropContributions(innovation.CompetencesReseau, "entreprise")(s)
			}),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Financement, innovation.CompetencesReseau}, verdict: societal.NotYet},
		{name: "unknown: no partnership stated, required before every crossing", source: src, phase: innovation.Modelisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Partnership = nil },
			outcome: unknown, verdict: societal.InsufficientEvidence},
		{name: "not applicable in industrialisation", source: src, phase: innovation.Industrialisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Partnership = nil },
			outcome: na, verdict: societal.Ready},
	})
}

func TestStakeholdersMobilised(t *testing.T) {
	const src = "004:3210-3237"
	set := func(s innovation.Stakeholder, in innovation.Intensity) func(testing.TB, *societal.Dossier) {
		return func(_ testing.TB, d *societal.Dossier) { d.Stakeholders[s] = in }
	}
	runCheckCases(t, societal.StakeholdersMobilised, []checkCase{
		{name: "met", source: src, phase: innovation.Modelisation, outcome: met, verdict: societal.Ready},
		// The matrix asks academics at "+++" in modélisation; "++" is enough
		// (Rubric.Mobilised), "+" is not.
		{name: "met: academics at ++ where +++ is asked", source: src, phase: innovation.Modelisation,
			edit: set(innovation.Academique, innovation.Medium), outcome: met, verdict: societal.Ready},
		{name: "not met: academics at + where +++ is asked", source: src, phase: innovation.Modelisation,
			edit:    set(innovation.Academique, innovation.Low),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "met: academics not asked in conception", source: src, phase: innovation.Conception,
			edit: set(innovation.Academique, innovation.None), outcome: met, verdict: societal.Ready},
		{name: "not met: funders absent in essaimage", source: src, phase: innovation.Essaimage,
			edit: func(_ testing.TB, d *societal.Dossier) { delete(d.Stakeholders, innovation.Financeurs) },
			// 004:3210-3232: financeurs "+++" in déploiement.
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Financement}, verdict: societal.Ready},
		{name: "not met: an empty map mobilises nobody", source: src, phase: innovation.Conception,
			edit: func(_ testing.TB, d *societal.Dossier) {
				d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{}
			},
			// Conception asks porteur-idee, catalyseurs, financeurs,
			// beneficiaires, experts-conseil and gouvernance.
			outcome: notMet, severity: societal.Minor,
			gaps:    []innovation.Lever{innovation.Conseil, innovation.CompetencesReseau, innovation.Financement, innovation.Evaluation, innovation.Conseil, innovation.Conseil},
			verdict: societal.Ready},
		{name: "unknown: not stated", source: src, phase: innovation.Essaimage,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Stakeholders = nil },
			outcome: unknown, verdict: societal.Ready},
	})
}

func TestEvaluationFit(t *testing.T) {
	const src = "004:3161-3386"
	runCheckCases(t, societal.EvaluationFit, []checkCase{
		{name: "met", source: src, phase: innovation.Essaimage, outcome: met, verdict: societal.Ready},
		{name: "not met: compter in conception is too early", source: src, phase: innovation.Conception,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.Evaluations[0].(*evaluation.PertinenceReport).Degree = evaluation.Compter
			},
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "not met: no performance evaluation in essaimage", source: src, phase: innovation.Essaimage,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.Evaluations = slices.DeleteFunc(d.Evaluations, func(r evaluation.Report) bool { return r.Form() == evaluation.Performance })
			},
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "not met: an invalid report", source: src, phase: innovation.Modelisation,
			edit: func(tb testing.TB, d *societal.Dossier) {
				d.Evaluations = []evaluation.Report{&evaluation.PertinenceReport{}}
			},
			// Invalid input is Blocking, whatever the rubric says of the check.
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		{name: "unknown: no evaluation (with the lever that would close it)", source: src, phase: innovation.Conception,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Evaluations = nil },
			outcome: unknown, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		// Leaving Expérimentation, the Vallée de la mort, a project must have
		// begun to tell its path (002:1036; 004:3346-3348): required there.
		{name: "unknown before the Vallée de la mort: required", source: src, phase: innovation.Experimentation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Evaluations = nil },
			outcome: unknown, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.InsufficientEvidence},
	})
}

func TestBudgetGuidance(t *testing.T) {
	const src = "004:3105-3107, 3202-3208"
	set := func(b *evaluation.Budget) func(testing.TB, *societal.Dossier) {
		return func(_ testing.TB, d *societal.Dossier) { d.Budget = b }
	}
	runCheckCases(t, societal.BudgetGuidance, []checkCase{
		{name: "met: 10% evaluation exactly", source: src, phase: innovation.Conception, edit: set(dossiertest.Budget(1000, 100, 0)), outcome: met, verdict: societal.Ready},
		{name: "met: 22% capacity building in essaimage", source: src, phase: innovation.Essaimage, edit: set(dossiertest.Budget(1000, 50, 220)), outcome: met, verdict: societal.Ready},
		{name: "not met: evaluation over 10%", source: src, phase: innovation.Modelisation, edit: set(dossiertest.Budget(1000, 101, 0)),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "not met: nothing for evaluation", source: src, phase: innovation.Modelisation, edit: set(dossiertest.Budget(1000, 0, 0)),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Evaluation}, verdict: societal.Ready},
		{name: "not met: capacity building under 22% when scaling", source: src, phase: innovation.Industrialisation, edit: set(dossiertest.Budget(1000, 50, 219)),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "not met: an invalid budget", source: src, phase: innovation.Conception, edit: set(dossiertest.Budget(0, 0, 0)),
			outcome: notMet, severity: societal.Blocking, verdict: societal.Blocked},
		{name: "unknown: no budget", source: src, phase: innovation.Essaimage, edit: set(nil), outcome: unknown, verdict: societal.Ready},
	})
}

func TestPartnershipBalanced(t *testing.T) {
	const src = "001:12-33"
	partners := func(edit func(*partnership.Spec)) func(testing.TB, *societal.Dossier) {
		return func(tb testing.TB, d *societal.Dossier) { d.Partnership = dossiertest.Partnership(tb, edit) }
	}
	power := func(shares ...string) func(*partnership.Spec) {
		return func(s *partnership.Spec) {
			for i := range s.Partners {
				s.Partners[i].Power = decimal.RequireFromString(shares[i])
			}
		}
	}
	runCheckCases(t, societal.PartnershipBalanced, []checkCase{
		{name: "met", source: src, phase: innovation.Modelisation, outcome: met, verdict: societal.Ready},
		{name: "met: power shared", source: src, phase: innovation.Modelisation,
			edit: partners(power("0.25", "0.25", "0.25", "0.25")), outcome: met, verdict: societal.Ready},
		// 001:20: for-profit partners holding most of the power over a
		// general-interest project is a mission drift (critical → major);
		// one partner holding it is a power imbalance (001:15, warning).
		{name: "not met: mission drift", source: src, phase: innovation.Modelisation,
			edit:    partners(power("0.1", "0.7", "0.1", "0.1")),
			outcome: notMet, severity: societal.Major, gaps: []innovation.Lever{innovation.Conseil, innovation.Conseil}, verdict: societal.NotYet},
		{name: "not met: no formal agreement (001:31)", source: src, phase: innovation.Modelisation,
			edit:    partners(func(s *partnership.Spec) { s.Terms.Formal = partnership.No }),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "met: exit and commitment findings belong to the commitment criterion", source: src, phase: innovation.Modelisation,
			edit: partners(func(s *partnership.Spec) {
				s.Terms.ExitStrategy = partnership.No
				s.Terms.CommitmentMonths = 12
			}),
			outcome: met, verdict: societal.Ready},
		{name: "unknown: no partnership", source: src, phase: innovation.Industrialisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Partnership = nil },
			outcome: unknown, verdict: societal.Ready},
	})
}

func TestCommitmentPlanned(t *testing.T) {
	const src = "004:3077-3083, 5709-5723"
	terms := func(months int, exit partnership.Fact) func(testing.TB, *societal.Dossier) {
		return func(tb testing.TB, d *societal.Dossier) {
			d.Partnership = dossiertest.Partnership(tb, func(s *partnership.Spec) {
				s.Terms.CommitmentMonths = months
				s.Terms.ExitStrategy = exit
			})
		}
	}
	runCheckCases(t, societal.CommitmentPlanned, []checkCase{
		{name: "met: three years and an exit strategy", source: src, phase: innovation.Essaimage, edit: terms(36, partnership.Yes), outcome: met, verdict: societal.Ready},
		{name: "not met: one year (004:3079: 3 ans minimum)", source: src, phase: innovation.Essaimage, edit: terms(12, partnership.Yes),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Financement}, verdict: societal.Ready},
		{name: "not met: no exit strategy (004:5713-5715)", source: src, phase: innovation.Essaimage, edit: terms(48, partnership.No),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "not met: both", source: src, phase: innovation.Conception, edit: terms(24, partnership.No),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Financement, innovation.Conseil}, verdict: societal.Ready},
		{name: "not met beats unknown", source: src, phase: innovation.Conception, edit: terms(0, partnership.No),
			outcome: notMet, severity: societal.Minor, gaps: []innovation.Lever{innovation.Conseil}, verdict: societal.Ready},
		{name: "unknown: length not stated", source: src, phase: innovation.Essaimage, edit: terms(0, partnership.Yes), outcome: unknown, verdict: societal.Ready},
		{name: "unknown: exit strategy not stated", source: src, phase: innovation.Essaimage, edit: terms(36, partnership.Unstated), outcome: unknown, verdict: societal.Ready},
		{name: "unknown: no partnership", source: src, phase: innovation.Industrialisation,
			edit:    func(_ testing.TB, d *societal.Dossier) { d.Partnership = nil },
			outcome: unknown, verdict: societal.Ready},
	})
}

// A Check's JSON carries its source, its detail's code and values, and
// its texts in every language; it decodes back to the same Check with
// encoding/json alone.
func TestCheckJSON(t *testing.T) {
	c := societal.Check{ID: societal.CommitmentPlanned, Outcome: evaluation.NotMet, Severity: societal.Minor, Detail: societal.Detail{Code: "commitment-short", NoExit: true},
		Gaps:   []societal.Gap{{Lever: innovation.Conseil, Partners: []partnership.Kind{partnership.CatalyseurTerritorial}, Detail: societal.Detail{Code: "gap-exit-strategy"}}},
		Source: societal.CommitmentPlanned.Source()}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		ID         string            `json:"id"`
		Detail     map[string]any    `json:"detail_data"`
		DetailText map[string]string `json:"detail_text"`
		Source     string            `json:"source"`
		Gaps       []struct {
			Lever      string            `json:"lever"`
			Detail     map[string]any    `json:"detail_data"`
			DetailText map[string]string `json:"detail_text"`
		} `json:"gaps"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m.ID != "commitment" || m.Detail["code"] != "commitment-short" || m.Detail["no_exit"] != true || m.Source != c.Source ||
		len(m.Gaps) != 1 || m.Gaps[0].Lever != "conseil" || m.Gaps[0].Detail["code"] != "gap-exit-strategy" {
		t.Fatalf("json.Marshal = %s", b)
	}
	for l := range lang.Langs() {
		if m.DetailText[l.String()] != c.Detail.Text(l) || m.Gaps[0].DetailText[l.String()] != c.Gaps[0].Detail.Text(l) || c.Detail.Text(l) == "" {
			t.Errorf("detail_text[%v] of %s", l, b)
		}
	}
	if len(m.DetailText) != len(slices.Collect(lang.Langs())) {
		t.Errorf("detail_text in %d languages: %s", len(m.DetailText), b)
	}
	var back societal.Check
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.ID != c.ID || back.Outcome != c.Outcome || back.Severity != c.Severity || !dossiertest.SameDetail(back.Detail, c.Detail) ||
		len(back.Gaps) != 1 || back.Source != c.Source {
		t.Fatalf("round trip: %+v", back)
	}
	if _, err := json.Marshal(societal.Check{}); !errors.Is(err, societal.ErrInvalid) {
		t.Fatalf("invalid id marshalled: %v", err)
	}
}

// Every check of a report cites the passage its id stands on.
func TestReportChecksCiteTheirSource(t *testing.T) {
	rep := societal.Assess(dossiertest.Example(t))
	if len(rep.Checks) != numChecks() {
		t.Fatalf("%d checks", len(rep.Checks))
	}
	for i, c := range rep.Checks {
		if want := societal.CheckID(i + 1); c.ID != want || c.Source != want.Source() || c.Source == "" {
			t.Errorf("check %d: %v cites %q", i, c.ID, c.Source)
		}
	}
}

// ---- Assess only reads its dossier. ----

func TestAssessDoesNotMutate(t *testing.T) {
	d := dossiertest.Example(t)
	before, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	rep := societal.Assess(d)
	after, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Errorf("Assess changed the dossier:\n%s\n%s", before, after)
	}
	// A report shares nothing with the assessor: a caller changing the
	// partners of a gap does not change the rubric's suppliers.
	c, _ := rep.Check(societal.DimensionsCovered)
	if len(c.Gaps) == 0 {
		t.Fatal("the example has no dimensions gap")
	}
	want := slices.Clone(c.Gaps[0].Partners)
	c.Gaps[0].Partners[0] = partnership.Citoyen
	rep2 := societal.Assess(d)
	again, _ := rep2.Check(societal.DimensionsCovered)
	if !slices.Equal(again.Gaps[0].Partners, want) {
		t.Errorf("a change to a report's gap reached the default rubric: %v, want %v", again.Gaps[0].Partners, want)
	}
	if k := societal.DefaultRubric().Suppliers[innovation.Conseil][0]; k != want[0] {
		t.Errorf("DefaultRubric changed: %v", k)
	}
}

// TestGapsAreIndependent: each gap holds exactly the rubric's suppliers of
// its lever, and growing or changing one leaves its neighbours alone.
func TestGapsAreIndependent(t *testing.T) {
	d := dossiertest.Example(t)
	d.Stakeholders = map[innovation.Stakeholder]innovation.Intensity{} // nobody mobilised: one gap per stakeholder asked
	rep := societal.Assess(d)
	c, _ := rep.Check(societal.StakeholdersMobilised)
	if len(c.Gaps) < 2 {
		t.Fatalf("want several stakeholder gaps, got %d", len(c.Gaps))
	}
	r := societal.DefaultRubric()
	want := make([][]partnership.Kind, len(c.Gaps))
	for i, g := range c.Gaps {
		if !slices.Equal(g.Partners, r.Suppliers[g.Lever]) {
			t.Errorf("gap %d (%s): partners %v, want the rubric's %v", i, g.Lever, g.Partners, r.Suppliers[g.Lever])
		}
		want[i] = slices.Clone(g.Partners)
	}
	c.Gaps[0].Partners = append(c.Gaps[0].Partners, partnership.Citoyen)
	if len(c.Gaps[0].Partners) > 0 {
		c.Gaps[0].Partners[0] = partnership.Citoyen
	}
	for i := 1; i < len(c.Gaps); i++ {
		if !slices.Equal(c.Gaps[i].Partners, want[i]) {
			t.Errorf("changing gap 0 changed gap %d: %v, want %v", i, c.Gaps[i].Partners, want[i])
		}
	}
}
