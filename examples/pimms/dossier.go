package main

import (
	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// Partner IDs. Every actor is in the source: the 6 operators, the State and
// the Lyon local authorities behind the concept (004:3861-3863), the local
// association that runs each site (004:3856), the Union des PIMMS that
// trains the staff (004:3901), La Poste and the other partner companies,
// nine in all (004:3877-3879).
const (
	idOperateurs   = "operateurs"
	idEtat         = "etat"
	idCollectivite = "collectivites-lyonnaises"
	idUnion        = "union-des-pimms"
	idAssociations = "associations-locales"
	idLaPoste      = "la-poste"
	idEntreprises  = "autres-entreprises"
)

// state is what changes in the dossier at expérimentation: the fix that
// lets the PIMMS cross to modélisation.
type state struct {
	// evaluated: the Union des PIMMS and its "processus de gestion,
	// d'évaluation et de reporting rigoureux" (004:3901-3903) are in
	// place. The source does not date them; the program puts them in
	// place when the gate asks for evaluation [I].
	evaluated bool
}

// dossierAt is the dossier the PIMMS had in phase ph, with st's fix. Only what the source
// says is stated; everything it does not say is left out, and the
// assessment reports it as missing evidence, never as failure. The readings
// of the source (which Kind an actor is, which lever a partner supplies,
// where a dimension stands) are marked [I] where they are made; the
// source gives no amount, no budget and no stakeholder list.
func dossierAt(ph innovation.Phase, st state) (*societal.Dossier, error) {
	d := &societal.Dossier{
		Name:          "PIMMS",
		Carrier:       "6 opérateurs de services publics, l'État et les collectivités lyonnaises", // 004:3861-3863
		Phase:         ph,
		EconomicModel: ph.EconomicModel(), // the model's rule (004:793-797), not a PIMMS fact
	}
	e, p := societal.Established, societal.Partial
	switch ph {
	case innovation.Conception:
		// "Ce concept se proposait..." (004:3867): a concept, no more [I].
		d.Dimensions = societal.Dimensions{Solution: p}
	case innovation.Experimentation:
		// The 1st PIMMS, quartier Washington (004:3869): the solution
		// and its process being tried [I].
		d.Dimensions = societal.Dimensions{Solution: p, Processus: p}
	case innovation.Modelisation:
		// The concept as the source describes it: a shop-like reception
		// run by a local association, free, individual, without
		// appointment, by social mediators (004:3854-3860); three
		// principles, training, "un processus de gestion, d'évaluation
		// et de reporting rigoureux" (004:3897-3903) [I]. The economics
		// are not in the source.
		d.Carrier = "Union des PIMMS" // 004:3901
		d.Dimensions = societal.Dimensions{Solution: e, Processus: e}
	default:
		// 66 sites, each run by a local association, steered by 9
		// partner companies, 400 employees (004:3856, 3871-3881): an
		// operating network, its operator model read as established
		// [I]. The source gives no economics, and 90% of the staff are
		// in subsidised jobs (004:3881): the reading rests on the
		// network's size and duration, not on its revenue.
		d.Carrier = "Union des PIMMS"
		d.Dimensions = societal.Dimensions{Solution: e, Processus: e}
		d.OperatorModel = e
	}
	pt, err := partnership.New(partnershipAt(ph, st))
	if err != nil {
		return nil, err
	}
	d.Partnership = pt
	d.Evaluations = evaluationsAt(ph)
	return d, d.Validate()
}

// partnershipAt is the alliance around the PIMMS in phase ph: the founders
// from the start, the Union des PIMMS with the fix (st.evaluated) and from
// modélisation on, the local associations from modélisation, the nine
// partner companies at deployment. When each joined is not in the source
// [I].
func partnershipAt(ph innovation.Phase, st state) partnership.Spec {
	actor := func(id, name string, k partnership.Kind) partnership.Partner {
		return partnership.Partner{Actor: partnership.Actor{ID: id, Name: name, Kind: k}}
	}
	s := partnership.Spec{
		Name:  "PIMMS, lieux d'alliance",                           // 004:3846-3848
		Modes: []partnership.Mode{partnership.InnovationSocietale}, // "un terreau d'innovation" (004:3850) [I]
		Partners: []partnership.Partner{
			// [R] "à l'initiative de 6 opérateurs, de services publics
			// de l'Etat et des collectivités lyonnaises" (004:3861-3863):
			// the operators of public services are read as companies, as
			// the speaker's own, which "développe des services publics"
			// (004:3907-3909).
			actor(idOperateurs, "6 opérateurs de services publics", partnership.Entreprise),
			actor(idEtat, "État", partnership.ActeurPublic),
			actor(idCollectivite, "Collectivités lyonnaises", partnership.ActeurPublic),
		},
		Contributions: []partnership.Contribution{
			// [I] the founders pool their means: "mutualiser les moyens
			// avec d'autres acteurs serait utile" (004:3891-3893).
			{Partner: idOperateurs, Lever: innovation.Financement, Kind: partnership.Financial, Note: "mutualiser les moyens (004:3893)"},
			{Partner: idEtat, Lever: innovation.Financement, Kind: partnership.Financial, Note: "services publics de l'État (004:3861-3863) [I]"},
			{Partner: idCollectivite, Lever: innovation.Financement, Kind: partnership.Financial, Note: "collectivités lyonnaises (004:3863) [I]"},
		},
	}
	if st.evaluated || ph >= innovation.Modelisation {
		// [I] the source does not say what kind of body the Union des
		// PIMMS is (004:3901): read as an association, as are the local
		// associations that run the sites (004:3856).
		s.Partners = append(s.Partners, actor(idUnion, "Union des PIMMS", partnership.Association))
		s.Contributions = append(s.Contributions,
			// "Les salariés sont formés par l'Union des PIMMS et les
			// partenaires et suivent un processus de gestion,
			// d'évaluation et de reporting rigoureux" (004:3901-3903).
			partnership.Contribution{Partner: idUnion, Lever: innovation.CompetencesReseau, Kind: partnership.Skills, Note: "formation des salariés (004:3901)"},
			partnership.Contribution{Partner: idUnion, Lever: innovation.Evaluation, Kind: partnership.Skills, Note: "gestion, évaluation et reporting (004:3901-3903)"})
	}
	if ph >= innovation.Modelisation {
		s.Partners = append(s.Partners, actor(idAssociations, "Associations locales", partnership.Association))
		s.Contributions = append(s.Contributions,
			// "il est géré par une association locale" (004:3856).
			partnership.Contribution{Partner: idAssociations, Lever: innovation.CompetencesReseau, Kind: partnership.Skills, Note: "gère chaque lieu d'accueil (004:3856)"})
	}
	if ph.MacroPhase() == innovation.Deploiement {
		s.Partners = append(s.Partners,
			actor(idLaPoste, "La Poste", partnership.Entreprise),
			actor(idEntreprises, "8 autres entreprises partenaires", partnership.Entreprise)) // 9 "dont la Poste"
		s.Contributions = append(s.Contributions,
			// "9 entreprises partenaires, dont la Poste, pilotent ce
			// dispositif sur le plan local et national" (004:3877-3879);
			// the staff is trained by "les partenaires" (004:3901).
			partnership.Contribution{Partner: idLaPoste, Lever: innovation.Conseil, Kind: partnership.Skills, Note: "pilote le dispositif (004:3877-3879)"},
			partnership.Contribution{Partner: idLaPoste, Lever: innovation.CompetencesReseau, Kind: partnership.Skills, Note: "forme les salariés (004:3901)"},
			partnership.Contribution{Partner: idEntreprises, Lever: innovation.Conseil, Kind: partnership.Skills, Note: "pilotent le dispositif (004:3877-3879)"},
			partnership.Contribution{Partner: idEntreprises, Lever: innovation.CompetencesReseau, Kind: partnership.Skills, Note: "forment les salariés (004:3901)"})
	}
	return s
}

// evaluationsAt is what the source shows of the PIMMS' evaluation in phase
// ph: nothing before deployment (the source describes no evaluation of
// the experiment), and at deployment the 2016 figures and the exits, which
// are measurements, and the testimony. The testimony is a partner's (the
// speaker is "salarié de Veolia", 004:3842), so the evaluators are the
// partners: the source gives no beneficiary's own voice. No performance
// indicator is built: the source gives no baseline and no target, and
// inventing one is not this program's business.
func evaluationsAt(ph innovation.Phase) []evaluation.Report {
	if ph.MacroPhase() != innovation.Deploiement {
		return nil
	}
	users := []string{"usagers de services publics", "habitants des quartiers prioritaires"} // 004:3846, 3854, 3865
	territories := []string{"quartiers prioritaires de la politique de la ville"}            // 004:3854-3856
	return []evaluation.Report{&evaluation.PertinenceReport{
		Degree:     evaluation.Compter,
		Evaluators: []evaluation.Evaluator{evaluation.Partenaires},
		Path: "Né il y a 22 ans à Lyon, à la suite d'émeutes en banlieue\u00a0; 1er PIMMS dans le quartier Washington de Lyon\u00a0; " +
			"le second à Brest, dans un quartier qui n'était pas desservi par le bus\u00a0; 66 PIMMS en métropole aujourd'hui " +
			"(004:3861-3871, 3939-3941).",
		Intuition: "Un lien social délité dans ces quartiers prioritaires, entre les habitants et les services publics\u00a0; " +
			"un tremplin professionnel aux jeunes des quartiers (004:3865-3869).",
		Gap: "Nés d'un constat de lien social délité, les PIMMS sont devenus aussi des lieux d'alliance et un terreau " +
			"d'innovation, pour garantir la performance et l'accès aux services publics (004:3846-3852) [I].",
		Needs: []evaluation.Need{
			{Name: "lien social entre les habitants et les services publics", Populations: users, Territories: territories,
				Fragile: true, Weight: decimal.New(1, 0), Outcome: evaluation.Met}, // 004:3865-3867, 3873-3875 [I]
			{Name: "tremplin professionnel pour les jeunes des quartiers", Populations: []string{"jeunes des quartiers"},
				Territories: territories, Fragile: true, Weight: decimal.New(1, 0), Outcome: evaluation.Met}, // 004:3867-3869, 3883-3885 [I]
		},
		// [I] every impact is classed voulu (intended): the source does
		// not class them, and these are what the PIMMS set out to do
		// (004:3865-3869).
		Impacts: []evaluation.Impact{
			{Description: "1,5 million de motifs d'accueil, 900 000 contacts terrain et 700 ateliers collectifs en 2016 (004:3871-3873)",
				Kind: evaluation.Voulu, Evidence: evaluation.Compter},
			{Description: "taux de sortie positive de 60 à 65\u00a0% des anciens salariés en contrat aidé (004:3883-3885)",
				Kind: evaluation.Voulu, Evidence: evaluation.Compter},
			{Description: "«\u00a0Ces dispositifs d'alliance tissent de la confiance et redonnent de l'équité\u00a0» (004:3911-3913)",
				Kind: evaluation.Voulu, Evidence: evaluation.SeConter},
		},
	}}
}
