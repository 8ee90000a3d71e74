package main

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// The only facts of this example: the fund's totals. Everything per project
// (phases, amounts, partners, evidence) is illustrative.
const (
	// fundName: "Le Fonds d'Innovation AG2R LA MONDIALE" (004:3062).
	fundName = "Fonds d'Innovation AG2R LA MONDIALE"
	// fundID is the fund's partner ID in every partnership.
	fundID = "fonds-innovation"
	// numProjects: "32 millions d'euros d'investissement dans 27 projets"
	// (004:5705-5707; "27 associations accompagnées", 004:3097).
	numProjects = 27
	// investedEUR: "32 millions d'euros" (004:5705; "a investi 32 millions
	// d'euros", 004:3099).
	investedEUR = 32_000_000
	// advicePercent: "dont 18% en conseil stratégique et opérationnel"
	// (004:5707).
	advicePercent = 18
	// commitmentMonths: "Inscrire la relation dans la durée sur 3 ans
	// minimum" (004:3079).
	commitmentMonths = 36
	// firstYear: the fund was created in 2010 and evaluated its
	// experiments in 2017 (004:5703-5705): contributions run in between.
	firstYear = 2010
	currency  = "EUR"
)

// Illustrative design of the generated portfolio (not in the source).
const (
	// unitEUR is the grain of the allocations: amounts are whole thousands
	// of euros.
	unitEUR = 1000
	// sharePlaces is the number of decimals of the advice share printed.
	sharePlaces = 4
	// coFundingPublicPercent and coFundingCompanyPercent size the
	// co-funders' money against the fund's investment in a project. These
	// amounts are outside the fund's 32 M€.
	coFundingPublicPercent  = 60
	coFundingCompanyPercent = 40
)

// phaseMix is how many of the 27 projects stand in each phase, indexed by
// Phase-1 — illustrative, weighted toward the changement d'échelle the fund
// supported ("l'accompagnement stratégique du changement d'échelle",
// 004:5701-5703).
var phaseMix = [innovation.NumPhases]int{2, 5, 8, 8, 4}

// investWeight is the relative size of the fund's investment in a project
// of each phase, indexed by Phase-1 (illustrative: financing needs grow
// toward deployment, 004:2778-2782).
var investWeight = [innovation.NumPhases]int64{2, 3, 4, 6, 7}

// advicePercentByPhase is the share of a project's investment that goes to
// advice before the fund-wide scaling to exactly 18%, indexed by Phase-1
// (illustrative: toward the 22% of capacity building "nécessaires pour
// changer d'échelle", 004:3105-3107, for projects that scale).
var advicePercentByPhase = [innovation.NumPhases]int64{10, 10, 12, 24, 24}

// wording is the wording of the generated dossiers, in every language
// [D]: the fund's committee reads its dossiers in its own language, so the
// project names, partners and evaluations are written in the report's
// language. Project numbers are quoted as {1}. Never modified.
var wording = struct {
	project, carrier, partnership         lang.Text
	carrierPartner, authority, company    lang.Text
	laboratory                            lang.Text
	advice, groupSkills                   lang.Text // contribution notes
	people, peopleUnit, path, gap, served lang.Text
	themes                                [9]lang.Text
}{
	project: lang.Text{"Projet {1} — {2}", "Project {1} — {2}"}, carrier: lang.Text{"Association {1} (illustratif)", "Association {1} (illustrative)"},
	partnership:    lang.Text{"Partenariat {1} (illustratif)", "Partnership {1} (illustrative)"},
	carrierPartner: lang.Text{"Association porteuse", "Carrying association"}, authority: lang.Text{"Collectivité territoriale", "Local authority"},
	company: lang.Text{"Entreprise partenaire", "Partner company"}, laboratory: lang.Text{"Laboratoire universitaire", "University laboratory"},
	advice:      lang.Text{"conseil stratégique et opérationnel", "strategic and operational advice"},
	groupSkills: lang.Text{"compétences du groupe", "the group's skills"},
	people:      lang.Text{"personnes accompagnées", "people supported"}, peopleUnit: lang.Text{"personnes", "people"},
	path:   lang.Text{"Le chemin parcouru depuis l'intuition de départ est écrit.", "The path travelled since the initial intuition is written down."},
	gap:    lang.Text{"L'écart à l'intuition initiale est analysé.", "The gap to the initial intuition is analysed."},
	served: lang.Text{"besoin couvert", "need met"},
	themes: [9]lang.Text{
		{"insertion professionnelle", "getting into work"}, {"mobilité solidaire", "inclusive mobility"}, {"bien vieillir", "ageing well"},
		{"aidants familiaux", "family carers"}, {"inclusion numérique", "digital inclusion"}, {"logement des jeunes", "housing for young people"},
		{"alimentation durable", "sustainable food"}, {"santé de proximité", "local health care"}, {"handicap et emploi", "disability and work"},
	},
}

// number is a project's number as its name writes it: "07".
func number(i int) lang.Arg { return lang.Data(fmt.Sprintf("%02d", i+1)) }

// project is what the generator decides for one project before building its
// dossier: the fund's investment and, within it, the advice.
type project struct {
	index  int
	phase  innovation.Phase
	invest decimal.Decimal // the fund's investment, EUR
	advice decimal.Decimal // of which conseil stratégique et opérationnel, EUR
}

// fundTotals are the figures the program asserts, read back from the
// generated dossiers.
type fundTotals struct {
	Projects int             `json:"projects"`
	Invested decimal.Decimal `json:"invested"`
	Advice   decimal.Decimal `json:"advice"`
	Share    decimal.Decimal `json:"advice_share"`
	Currency string          `json:"currency"`
}

// generate returns the 27 dossiers of the fund, worded in lang. It is a
// pure function: the same dossiers every run, the same figures in either
// language. It fails if the totals are not exactly the source's.
func generate(l lang.Lang) ([]*societal.Dossier, fundTotals, error) {
	projects, err := allocate()
	if err != nil {
		return nil, fundTotals{}, err
	}
	ds := make([]*societal.Dossier, len(projects))
	var errs []error
	for i, p := range projects {
		d, err := dossier(p, l)
		if err != nil {
			errs = append(errs, fmt.Errorf("project %d: %w", i+1, err))
			continue
		}
		ds[i] = d
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fundTotals{}, err
	}
	t, err := checkTotals(ds)
	if err != nil {
		return nil, fundTotals{}, err
	}
	return ds, t, nil
}

// allocate spreads the fund's 32 M€ over the 27 projects by investWeight,
// then the 18% of advice by investment × advicePercentByPhase, both with the
// largest-remainder method in whole units of unitEUR: exact decimal sums,
// no rounding left over.
func allocate() ([]project, error) {
	unit := decimal.New(unitEUR, 0)
	invested := decimal.New(investedEUR, 0)
	advice := invested.Mul(decimal.New(advicePercent, -2))
	var ps []project
	for ph := range innovation.Phases() {
		for range phaseMix[ph-1] {
			ps = append(ps, project{index: len(ps), phase: ph})
		}
	}
	if len(ps) != numProjects {
		return nil, fmt.Errorf("the phase mix holds %d projects, want %d", len(ps), numProjects)
	}
	// Investment weight: by phase, plus a little variation by index.
	w := make([]decimal.Decimal, len(ps))
	for i, p := range ps {
		w[i] = decimal.New(investWeight[p.phase-1]+int64(i%3), 0)
	}
	inv, err := largestRemainder(invested.Div(unit), w)
	if err != nil {
		return nil, fmt.Errorf("allocating the investment: %w", err)
	}
	for i := range ps {
		ps[i].invest = inv[i].Mul(unit)
		w[i] = inv[i].Mul(decimal.New(advicePercentByPhase[ps[i].phase-1], 0))
	}
	adv, err := largestRemainder(advice.Div(unit), w)
	if err != nil {
		return nil, fmt.Errorf("allocating the advice: %w", err)
	}
	for i := range ps {
		ps[i].advice = adv[i].Mul(unit)
		if ps[i].advice.GreaterThan(ps[i].invest) {
			return nil, fmt.Errorf("project %d: advice %s over its investment %s", i+1, ps[i].advice, ps[i].invest)
		}
	}
	return ps, nil
}

// largestRemainder splits the whole number total into whole parts
// proportional to weights: each part gets the integer quotient of its quota,
// and the units left over go to the largest remainders (ties to the lower
// index). The parts sum to total exactly.
func largestRemainder(total decimal.Decimal, weights []decimal.Decimal) ([]decimal.Decimal, error) {
	sum := decimal.Zero
	for _, w := range weights {
		if w.IsNegative() {
			return nil, fmt.Errorf("negative weight %s", w)
		}
		sum = sum.Add(w)
	}
	if !sum.IsPositive() {
		return nil, errors.New("weights sum to zero")
	}
	parts := make([]decimal.Decimal, len(weights))
	rems := make([]decimal.Decimal, len(weights))
	left := total
	for i, w := range weights {
		// total×w = sum×q + r exactly, q whole.
		q, r := total.Mul(w).QuoRem(sum, 0)
		parts[i], rems[i] = q, r
		left = left.Sub(q)
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rems[b].Cmp(rems[a]) })
	one := decimal.New(1, 0)
	for k := 0; left.IsPositive(); k++ {
		if k >= len(order) {
			return nil, fmt.Errorf("%s units left over", left)
		}
		parts[order[k]] = parts[order[k]].Add(one)
		left = left.Sub(one)
	}
	return parts, nil
}

// checkTotals reads the totals back from the dossiers — the budgets and the
// fund's contributions — and fails unless they are exactly the source's:
// 27 projects, 32,000,000 EUR, of which 18% advice, commitments of 36
// months.
func checkTotals(ds []*societal.Dossier) (fundTotals, error) {
	t := fundTotals{Projects: len(ds), Invested: decimal.Zero, Advice: decimal.Zero, Currency: currency}
	fundMoney := decimal.Zero
	for i, d := range ds {
		if d.Budget == nil || d.Partnership == nil {
			return t, fmt.Errorf("project %d: no budget or no partnership", i+1)
		}
		t.Invested = t.Invested.Add(d.Budget.Total)
		for _, c := range d.Partnership.Contributions() {
			if c.Partner != fundID || c.Amount.IsZero() {
				continue
			}
			if c.Amount.Currency != currency {
				return t, fmt.Errorf("project %d: fund contribution in %q", i+1, c.Amount.Currency)
			}
			fundMoney = fundMoney.Add(c.Amount.Value)
			if c.Lever == innovation.Conseil {
				t.Advice = t.Advice.Add(c.Amount.Value)
			}
		}
		if m := d.Partnership.Terms().CommitmentMonths; m != commitmentMonths {
			return t, fmt.Errorf("project %d: commitment of %d months, want %d", i+1, m, commitmentMonths)
		}
	}
	want := decimal.New(investedEUR, 0)
	wantAdvice := want.Mul(decimal.New(advicePercent, -2))
	var errs []error
	if t.Projects != numProjects {
		errs = append(errs, fmt.Errorf("%d projects, want %d", t.Projects, numProjects))
	}
	if !t.Invested.Equal(want) {
		errs = append(errs, fmt.Errorf("budgets sum to %s EUR, want exactly %s", t.Invested, want))
	}
	if !fundMoney.Equal(want) {
		errs = append(errs, fmt.Errorf("the fund's contributions sum to %s EUR, want exactly %s", fundMoney, want))
	}
	if !t.Advice.Equal(wantAdvice) {
		errs = append(errs, fmt.Errorf("advice sums to %s EUR, want exactly %s (%d%%)", t.Advice, wantAdvice, advicePercent))
	}
	if err := errors.Join(errs...); err != nil {
		return t, fmt.Errorf("the generated fund does not match the source (004:5705-5707): %w", err)
	}
	// The share is exact: want is not zero, and 0.18 has two decimals.
	t.Share = t.Advice.DivRound(t.Invested, sharePlaces)
	return t, nil
}

// quirks are what an illustrative dossier lacks or gets wrong — a pure
// function of the project's index, so that the fund shows missing evidence
// and gaps of every kind.
type quirks struct {
	noEvaluation    bool              // no evaluation in the dossier (missing evidence)
	noStakeholders  bool              // stakeholders not stated (missing evidence)
	exitUnstated    bool              // exit strategy not stated (missing evidence)
	noEvaluator     bool              // no partner supplies the evaluation lever
	noCompanyMoney  bool              // the company brings skills only
	fewBeneficiary  bool              // beneficiaries not mobilised
	processPartial  bool              // the processus dimension not established
	operatorModel   societal.Evidence // at modélisation
	drift           bool              // a company holds most of the decision power
	stillRDDeployed bool              // deployed but still on the R&D model
}

func quirksOf(i int) quirks {
	q := quirks{
		noEvaluation:   i%6 == 5,
		noStakeholders: i%7 == 3,
		exitUnstated:   i%9 == 4,
		noEvaluator:    i%5 == 2,
		noCompanyMoney: i%8 == 6,
		fewBeneficiary: i%11 == 5,
		processPartial: i%10 == 8,
		operatorModel:  societal.Established,
	}
	switch i % 8 {
	case 1:
		q.operatorModel = societal.Partial
	case 4:
		q.operatorModel = societal.Absent
	}
	q.drift = i == 19
	q.stillRDDeployed = i == 25
	return q
}

// dossier builds the illustrative dossier of p, worded in l.
func dossier(p project, l lang.Lang) (*societal.Dossier, error) {
	q := quirksOf(p.index)
	theme := wording.themes[p.index%len(wording.themes)]
	d := &societal.Dossier{
		Name:          wording.project.Format(l, number(p.index), theme),
		Carrier:       wording.carrier.Format(l, number(p.index)),
		Phase:         p.phase,
		EconomicModel: p.phase.EconomicModel(),
	}
	if q.stillRDDeployed {
		d.EconomicModel = innovation.ModeleRD
	}
	// Dimensions (004:734-764): established once modelled.
	if p.phase >= innovation.Modelisation {
		d.Dimensions = societal.Dimensions{Solution: societal.Established, Processus: societal.Established, ModeleEconomique: societal.Established}
		if q.processPartial {
			d.Dimensions.Processus = societal.Partial
		}
	} else {
		d.Dimensions = societal.Dimensions{Solution: societal.Partial, Processus: societal.Partial, ModeleEconomique: societal.Absent}
	}
	if p.phase == innovation.Modelisation {
		d.OperatorModel = q.operatorModel
		if q.operatorModel != societal.Established {
			d.Dimensions.ModeleEconomique = societal.Partial
		}
	} else if p.phase > innovation.Modelisation {
		d.OperatorModel = societal.Established
	}
	if !q.noStakeholders {
		d.Stakeholders = stakeholders(p.phase, q)
	}
	pt, err := alliance(p, q, l)
	if err != nil {
		return nil, err
	}
	d.Partnership = pt
	if !q.noEvaluation {
		d.Evaluations = evaluations(p.phase, theme.In(l), l)
	}
	// Budget: the fund's investment in the project, with its evaluation
	// (5 to 8%, within the 10% guidance, 004:3204-3206, 3245) and its capacity
	// building, read as the advice the fund paid for [choice: the source's
	// 17% capacity building and 18% advice are not reconciled, MODEL §2.4].
	evalShare := decimal.New(int64(5+p.index%4), -2)
	d.Budget = &evaluation.Budget{
		Total:            p.invest,
		Evaluation:       p.invest.Mul(evalShare),
		CapacityBuilding: p.advice,
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d, nil
}

// stakeholders mobilises each stakeholder as the model's matrix asks for the
// phase (004:3210-3232), but for the quirks.
func stakeholders(ph innovation.Phase, q quirks) map[innovation.Stakeholder]innovation.Intensity {
	want := innovation.DefaultStakeholders().Of(ph)
	m := make(map[innovation.Stakeholder]innovation.Intensity, len(want))
	for s := range innovation.Stakeholders() {
		if want[s-1] != innovation.None {
			m[s] = want[s-1]
		}
	}
	if q.fewBeneficiary {
		delete(m, innovation.Beneficiaires)
	}
	return m
}

// alliance builds the partnership around p: the fund (financing, advice,
// the group's skills: 004:3079-3083, 3099-3103), the carrying association,
// a local authority and a company as co-funders, and an academic evaluator.
// The co-funders' amounts are illustrative and outside the fund's 32 M€.
func alliance(p project, q quirks, l lang.Lang) (*partnership.Partnership, error) {
	start := firstYear + p.index%5
	period := partnership.Period{Start: start, End: start + commitmentMonths/12 - 1}
	eur := func(v decimal.Decimal) partnership.Amount { return partnership.Amount{Value: v, Currency: currency} }
	pct := func(n int64) decimal.Decimal { return p.invest.Mul(decimal.New(n, -2)) }
	s := partnership.Spec{
		Name:  wording.partnership.Format(l, number(p.index)),
		Modes: []partnership.Mode{partnership.InnovationSocietale},
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: fundID, Name: fundName, Kind: partnership.InvestisseurSocietal}},
			{Actor: partnership.Actor{ID: "porteur", Name: wording.carrierPartner.In(l), Kind: partnership.Association}},
			{Actor: partnership.Actor{ID: "collectivite", Name: wording.authority.In(l), Kind: partnership.ActeurPublic}},
			{Actor: partnership.Actor{ID: "entreprise", Name: wording.company.In(l), Kind: partnership.Entreprise}},
		},
		Contributions: []partnership.Contribution{
			{Partner: fundID, Lever: innovation.Financement, Kind: partnership.Financial, Amount: eur(p.invest.Sub(p.advice)), Period: period},
			{Partner: fundID, Lever: innovation.Conseil, Kind: partnership.Skills, Amount: eur(p.advice), Period: period, Note: wording.advice.In(l)},
			{Partner: fundID, Lever: innovation.CompetencesReseau, Kind: partnership.Skills, Period: period, Note: wording.groupSkills.In(l)},
			{Partner: "collectivite", Lever: innovation.Financement, Kind: partnership.Financial, Amount: eur(pct(coFundingPublicPercent))},
			{Partner: "entreprise", Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
		},
		Terms: partnership.Terms{
			Formal:            partnership.Yes,
			SharedGovernance:  partnership.Yes, // 004:5717-5719
			ExitStrategy:      partnership.Yes, // 004:5713-5715
			CommitmentMonths:  commitmentMonths,
			RegularEvaluation: partnership.Yes, // 004:5721
		},
	}
	if !q.noCompanyMoney {
		s.Contributions = append(s.Contributions, partnership.Contribution{Partner: "entreprise", Lever: innovation.Financement, Kind: partnership.Financial, Amount: eur(pct(coFundingCompanyPercent))})
	}
	if !q.noEvaluator {
		s.Partners = append(s.Partners, partnership.Partner{Actor: partnership.Actor{ID: "laboratoire", Name: wording.laboratory.In(l), Kind: partnership.Academique}})
		s.Contributions = append(s.Contributions, partnership.Contribution{Partner: "laboratoire", Lever: innovation.Evaluation, Kind: partnership.Skills})
	}
	if q.exitUnstated {
		s.Terms.ExitStrategy = partnership.Unstated
	}
	if q.drift {
		// The company holds most of the decision power over a
		// general-interest project: mission drift (001:20).
		power := map[string]int64{fundID: 10, "porteur": 20, "collectivite": 10, "entreprise": 60}
		for k := range s.Partners {
			s.Partners[k].Power = decimal.New(power[s.Partners[k].ID], -2)
		}
	}
	return partnership.New(s)
}

// evaluations returns evaluations that fit the plan of the phase (MODEL
// §3.3): a pertinence evaluation that writes the path in R&D, one among
// peers with academics at modélisation, performance and pertinence measured
// with the beneficiaries at deployment.
func evaluations(ph innovation.Phase, theme string, l lang.Lang) []evaluation.Report {
	one := decimal.New(1, 0)
	need := evaluation.Need{Name: theme, Populations: []string{wording.people.In(l)}, Fragile: true, Weight: one, Outcome: evaluation.Met}
	switch ph.MacroPhase() {
	case innovation.RDSocietale:
		need.Outcome = evaluation.Unknown
		return []evaluation.Report{&evaluation.PertinenceReport{
			Degree:     evaluation.SeConter,
			Evaluators: []evaluation.Evaluator{evaluation.Beneficiaires, evaluation.Partenaires},
			Path:       wording.path.In(l),
			Needs:      []evaluation.Need{need},
		}}
	case innovation.ModelisationMacro:
		return []evaluation.Report{&evaluation.PertinenceReport{
			Degree:     evaluation.SeCompter,
			Evaluators: []evaluation.Evaluator{evaluation.Academiques, evaluation.Beneficiaires},
			Needs:      []evaluation.Need{need},
		}}
	default:
		return []evaluation.Report{
			&evaluation.PerformanceReport{
				Degree:     evaluation.Compter,
				Evaluators: []evaluation.Evaluator{evaluation.Beneficiaires, evaluation.Partenaires},
				Indicators: []evaluation.Indicator{{
					Name: wording.people.In(l), Lever: evaluation.Social, Unit: wording.peopleUnit.In(l),
					Direction: evaluation.HigherIsBetter,
					Baseline:  decimal.Zero, Target: decimal.New(1000, 0),
					Actual: decimal.NewNullDecimal(decimal.New(800, 0)), Weight: one,
				}},
			},
			&evaluation.PertinenceReport{
				Degree:     evaluation.Compter,
				Evaluators: []evaluation.Evaluator{evaluation.Beneficiaires, evaluation.Academiques},
				Gap:        wording.gap.In(l),
				Needs:      []evaluation.Need{need},
				Impacts:    []evaluation.Impact{{Description: wording.served.In(l), Kind: evaluation.Voulu, Evidence: evaluation.Compter}},
			},
		}
	}
}
