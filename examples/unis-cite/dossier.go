package main

import (
	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// state is what changes in the project's dossier at modélisation: the fix
// that lets it cross to essaimage.
type state struct {
	// operatorModel is where the operator model stands at modélisation:
	// Established once the know-how is capitalised "pour le partager avec
	// d'autres opérateurs" (004:3171-3173), a reading [I]: the source speaks
	// of other operators, not of an operator model.
	operatorModel societal.Evidence
}

// Partner IDs. Unis-Cité and the other operators are in the source
// (004:3171-3175); the public authorities stand for the universal Service
// Civique, a public policy [I] (MODEL §6, 004:788-790). The other operators
// and the public authorities join at essaimage, the first phase of
// deployment, as the know-how is shared "lors du déploiement d'un Service
// Civique universel" (004:3173-3175): a reading [I], the source dating the
// sharing by the deployment only, and essaimage being carried by the
// initial innovator (004:785-786). The foundation, the company and the
// research team are illustrative: the source names no partner.
const (
	idUnisCite   = "unis-cite"
	idOperateurs = "autres-operateurs"
	idPublic     = "pouvoirs-publics"
	idFondation  = "fondation"
	idEntreprise = "entreprise"
	idRecherche  = "recherche"
)

// dossierAt is the dossier Unis-Cité had in phase ph, with st's fix. Only
// the phases and the actors named in the source are facts; dimensions,
// partners' levers and evaluations are an illustrative reading of the
// model. The source gives no amount, no stakeholder list and no terms of
// partnership: the dossier leaves them out, and the assessment reports them
// as missing evidence, never as failure.
func dossierAt(ph innovation.Phase, st state) (*societal.Dossier, error) {
	d := &societal.Dossier{
		Name:          "Unis-Cité — Service Civique",
		Carrier:       "Unis-Cité",
		Phase:         ph,
		EconomicModel: ph.EconomicModel(),
	}
	e, p := societal.Established, societal.Partial
	switch ph {
	case innovation.Conception, innovation.Experimentation:
		// Fifteen years of experiment (1995-2010): a proven solution, a
		// process and a model still being written.
		d.Dimensions = societal.Dimensions{Solution: e, Processus: p, ModeleEconomique: p}
	case innovation.Modelisation:
		// The know-how is being capitalised (004:3171-3173): solution
		// and processus established; the economic model follows the
		// operator model, which the capitalisation establishes [I].
		d.Dimensions = societal.Dimensions{Solution: e, Processus: e, ModeleEconomique: p}
		d.OperatorModel = st.operatorModel
		if st.operatorModel == societal.Established {
			d.Dimensions.ModeleEconomique = e
		}
	default:
		d.Dimensions = societal.Dimensions{Solution: e, Processus: e, ModeleEconomique: e}
		d.OperatorModel = e
	}

	spec := partnership.Spec{
		Name:  "Alliance autour d'Unis-Cité (partenaires illustratifs)",
		Modes: []partnership.Mode{partnership.InnovationSocietale},
		Partners: []partnership.Partner{
			{Actor: partnership.Actor{ID: idUnisCite, Name: "Unis-Cité", Kind: partnership.Association}},
			{Actor: partnership.Actor{ID: idFondation, Name: "Fondation (illustrative)", Kind: partnership.Fondation}},
			{Actor: partnership.Actor{ID: idEntreprise, Name: "Entreprise partenaire (illustrative)", Kind: partnership.Entreprise}},
			{Actor: partnership.Actor{ID: idRecherche, Name: "Équipe de recherche (illustrative)", Kind: partnership.Academique}},
		},
		Contributions: []partnership.Contribution{
			{Partner: idFondation, Lever: innovation.Financement, Kind: partnership.Financial},
			{Partner: idEntreprise, Lever: innovation.Financement, Kind: partnership.Financial},
			{Partner: idEntreprise, Lever: innovation.CompetencesReseau, Kind: partnership.Skills},
			{Partner: idRecherche, Lever: innovation.Evaluation, Kind: partnership.Skills},
		},
	}
	if ph.MacroPhase() == innovation.Deploiement { // 004:3173-3175
		spec.Partners = append(spec.Partners,
			partnership.Partner{Actor: partnership.Actor{ID: idOperateurs, Name: "Autres opérateurs du Service Civique", Kind: partnership.Association}},
			partnership.Partner{Actor: partnership.Actor{ID: idPublic, Name: "Pouvoirs publics — Service Civique universel", Kind: partnership.ActeurPublic}})
		spec.Contributions = append(spec.Contributions,
			partnership.Contribution{Partner: idOperateurs, Lever: innovation.CompetencesReseau, Kind: partnership.Skills, Note: "savoir-faire partagé, réseaux d'accueil"},
			partnership.Contribution{Partner: idPublic, Lever: innovation.Financement, Kind: partnership.Financial, Note: "politique publique"})
	}
	pt, err := partnership.New(spec)
	if err != nil {
		return nil, err
	}
	d.Partnership = pt
	d.Evaluations = evaluationsAt(ph)
	return d, d.Validate()
}

// evaluationsAt follows what the workshop that cites Unis-Cité asks of
// evaluation at each stage (004:3187-3198): pertinence and feasibility in
// R&D, ambition and sizing among peers at modélisation, social impact at
// deployment, told with the beneficiaries (004:3370-3372). The reports are
// illustrative and carry no figure: the source gives none, so deployment
// has no performance evaluation (a minor misfit the assessment reports).
func evaluationsAt(ph innovation.Phase) []evaluation.Report {
	need := evaluation.Need{
		Name:        "engagement des jeunes au service de l'intérêt général",
		Populations: []string{"jeunes"},
		Weight:      decimal.New(1, 0),
		Outcome:     evaluation.Met,
	}
	switch ph.MacroPhase() {
	case innovation.RDSocietale:
		return []evaluation.Report{&evaluation.PertinenceReport{
			Degree:     evaluation.SeConter,
			Evaluators: []evaluation.Evaluator{evaluation.Beneficiaires, evaluation.Partenaires},
			Path:       "De l'expérimentation lancée en 1995 à la capitalisation\u00a0: le chemin parcouru est écrit.",
			Needs:      []evaluation.Need{need},
		}}
	case innovation.ModelisationMacro:
		return []evaluation.Report{&evaluation.PertinenceReport{
			Degree:     evaluation.SeCompter,
			Evaluators: []evaluation.Evaluator{evaluation.Academiques, evaluation.Beneficiaires, evaluation.Partenaires},
			Needs:      []evaluation.Need{need},
		}}
	default:
		return []evaluation.Report{&evaluation.PertinenceReport{
			Degree:     evaluation.Compter,
			Evaluators: []evaluation.Evaluator{evaluation.Beneficiaires, evaluation.Academiques},
			Path:       "Récit des jeunes volontaires et des opérateurs (illustratif).",
			Gap:        "Écart à l'intuition initiale\u00a0: le savoir-faire est porté par d'autres opérateurs.",
			Needs:      []evaluation.Need{need},
			Impacts:    []evaluation.Impact{{Description: "diffusion par d'autres opérateurs", Kind: evaluation.Voulu, Evidence: evaluation.SeCompter}},
		}}
	}
}
