package fund_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// A fund's portfolio renders as one note for the investment committee:
// the evidence coverage, the phase mix, the verdicts, the most common gaps
// and missing evidence, then one line per dossier, ranked (CompareReports):
// the dossier short of evidence before the blocked one. Text gives plain text, Markdown the same
// content as tables.
func ExamplePortfolio_Text() {
	portfolio := []*societal.Dossier{
		{Name: "Épicerie solidaire", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
		{Name: "Tiers-lieu rural", Phase: innovation.Experimentation, EconomicModel: innovation.ModeleRD},
	}
	p, err := fund.AssessAll(context.Background(), nil, portfolio)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(p.Text(lang.English))
	// Output:
	// Portfolio — 2 dossiers (rubric rameau-2018/1)
	// ---------------------------------------------
	//
	// Evidence coverage across the portfolio: 4/17 criteria judged, weight 8/26 (31%)
	//
	// Phase mix
	//
	// Phase              Count
	// -----------------  -----
	// Design             0
	// Experimentation    1
	// Modelling          0
	// Spreading          1
	// Industrialisation  0
	//
	// Verdicts
	//
	// Verdict                Count
	// ---------------------  -----
	// Ready                  0
	// Insufficient evidence  1
	// Not yet                0
	// Blocked                1
	//
	// Verdicts per phase
	//
	// Phase              Ready  Insufficient evidence  Not yet  Blocked
	// -----------------  -----  ---------------------  -------  -------
	// Design             0      0                      0        0
	// Experimentation    0      1                      0        0
	// Modelling          0      0                      0        0
	// Spreading          0      0                      0        1
	// Industrialisation  0      0                      0        0
	//
	// Most common gaps
	//
	// Criterion            Count
	// -------------------  -----
	// Economic model fits  1
	//
	// Missing evidence (unknown criteria, never counted as failure)
	//
	// Criterion                       Count
	// ------------------------------  -----
	// Next step's needs supplied      2
	// Stakeholders mobilised          2
	// Evaluation fits the phase       2
	// Evaluation and capacity budget  2
	// Balanced partnership            2
	// Multi-year commitment and exit  2
	// Three dimensions covered        1
	//
	// Missing levers
	//
	// Lever       Count
	// ----------  -----
	// Evaluation  2
	// Financing   1
	// Advice      1
	//
	// Scores and evidence coverage
	//
	// Range       Score  Coverage
	// ----------  -----  --------
	// 0%–20%      0      0
	// 20%–40%     0      2
	// 40%–60%     0      0
	// 60%–80%     0      0
	// 80%–100%    0      0
	// not scored  2      —
	//
	// Dossiers
	//
	// Dossier             Phase                           Verdict                Decided by                  Score                                                                           Criteria not met
	// ------------------  ------------------------------  ---------------------  --------------------------  ------------------------------------------------------------------------------  -------------------
	// Tiers-lieu rural    Experimentation (Societal R&D)  Insufficient evidence  Next step's needs supplied  not scored, a required criterion is not judged: range 0.33 – 1.00 (2/8 judged)
	// Épicerie solidaire  Spreading (Deployment)          Blocked                Economic model fits         not scored, a required criterion is not judged: range 0.14 – 0.86 (2/9 judged)  Economic model fits
}

// The Markdown form of a portfolio, in French, is what a committee note
// pastes: one table per section. Here, its headings and the table of the
// dossiers.
func ExamplePortfolio_Markdown() {
	portfolio := []*societal.Dossier{
		{Name: "Épicerie solidaire", Phase: innovation.Essaimage, EconomicModel: innovation.ModeleRD},
		{Name: "Tiers-lieu rural", Phase: innovation.Experimentation, EconomicModel: innovation.ModeleRD},
	}
	p, err := fund.AssessAll(context.Background(), nil, portfolio)
	if err != nil {
		log.Fatal(err)
	}
	md := p.Markdown(lang.French)
	dossiers := false
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "#") {
			fmt.Println(line)
			dossiers = line == "### Dossiers"
		} else if dossiers && strings.HasPrefix(line, "| ") {
			fmt.Println(line)
		}
	}
	// Output:
	// ## Portefeuille — 2 dossiers (grille rameau-2018/1)
	// ### Répartition par phase
	// ### Verdicts
	// ### Manques les plus fréquents
	// ### Preuves manquantes (critères inconnus, jamais comptés comme un échec)
	// ### Leviers manquants
	// ### Scores et couverture des preuves
	// ### Dossiers
	// | Dossier | Phase | Verdict | Décidé par | Score | Critères non remplis |
	// | Tiers-lieu rural | Expérimentation (R&D sociétale) | À instruire | Besoins de l'étape suivante couverts | non noté, un critère requis n'est pas jugé : fourchette 0,33 – 1,00 (2/8 jugés) | |
	// | Épicerie solidaire | Essaimage (Déploiement) | Bloqué | Modèle économique adapté | non noté, un critère requis n'est pas jugé : fourchette 0,14 – 0,86 (2/9 jugés) | Modèle économique adapté |
}

// A fund assesses its whole portfolio on all cores and reads the phase mix,
// the verdicts and the most common gaps.
func ExampleAssessAll() {
	operator := func(name string, p innovation.Phase, m innovation.EconomicModel) *societal.Dossier {
		return &societal.Dossier{Name: name, Phase: p, EconomicModel: m}
	}
	alliance, err := partnership.New(partnership.Spec{
		Partners: []partnership.Partner{{Actor: partnership.Actor{ID: "fondation", Kind: partnership.Fondation}}},
		Contributions: []partnership.Contribution{
			{Partner: "fondation", Lever: innovation.Financement, Kind: partnership.Financial},
		},
		Terms: partnership.Terms{CommitmentMonths: 12, ExitStrategy: partnership.No},
	})
	if err != nil {
		log.Fatal(err)
	}
	portfolio := []*societal.Dossier{
		operator("A", innovation.Conception, innovation.ModeleRD),
		operator("B", innovation.Essaimage, innovation.ModeleRD),
		operator("C", innovation.Essaimage, innovation.ModeleOperateur),
		{Name: "D", Phase: innovation.Experimentation, Partnership: alliance},
	}
	p, err := fund.AssessAll(context.Background(), nil, portfolio)
	if err != nil {
		log.Fatal(err)
	}
	var phases, verdicts []string
	for ph := range innovation.Phases() {
		phases = append(phases, fmt.Sprint(ph, " ", p.Phases[ph]))
	}
	for v := range societal.Verdicts() {
		verdicts = append(verdicts, fmt.Sprint(v, " ", p.Verdicts[v]))
	}
	fmt.Println("phases:", strings.Join(phases, ", "))
	fmt.Println("verdicts:", strings.Join(verdicts, ", "))
	for _, g := range p.Gaps {
		fmt.Println("gap:", g.Value, g.N)
	}
	for i, r := range p.Reports {
		fmt.Println(portfolio[i].Name, r.Verdict)
	}
	// Output:
	// phases: conception 1, experimentation 1, modelisation 0, essaimage 2, industrialisation 0
	// verdicts: ready 0, insufficient-evidence 2, not-yet 1, blocked 1
	// gap: economic-model 1
	// gap: next-needs 1
	// gap: commitment 1
	// A insufficient-evidence
	// B blocked
	// C insufficient-evidence
	// D not-yet
}
