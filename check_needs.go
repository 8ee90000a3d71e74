package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// NextNeedsSupplied: the needs of the next phase are known and the levers
// that answer them are supplied by partners (004:805-806, MODEL §2.2): the
// needs that rise at the next phase, and those it has at ++ or +++ [I]. A
// rising need missing is Major, any other gap Minor [D].
const NextNeedsSupplied CheckID = 4

func init() { define(&nextNeedsSupplied) }

var nextNeedsSupplied = checkDef{
	id:     NextNeedsSupplied,
	key:    "next-needs",
	label:  lang.Text{"Besoins de l'étape suivante couverts", "Next step's needs supplied"},
	source: "004:805-806; 003:1924-1970",
	request: lang.Text{"la liste des partenaires et de leurs apports, par levier (financement, compétences & réseau, conseil, évaluation)",
		"the list of partners and what each contributes, per lever (financing, skills & network, advice, evaluation)"},
	field: "partnership",
	// Unsupplied next-phase needs make it "not yet" [D]. Required before
	// every crossing: "déterminer les besoins qui permettront de passer à
	// l'étape d'après" (004:805-806) [S]; at Industrialisation there is no
	// crossing ahead.
	severity: Major,
	weight:   2,
	required: []innovation.Phase{innovation.Conception, innovation.Experimentation, innovation.Modelisation, innovation.Essaimage},
	graded: lang.Text{"aucun besoin qui monte à l'étape suivante ne manque (seul un tel manque pèse la gravité de la grille, les autres sont mineurs)",
		"no need rising at the next step is missing (only such a gap weighs the rubric's severity, the others are minor)"},
	judge:   judgeNextNeeds,
	details: []*detailKind{noNextPhase, needsNotCovered, gapNeed},
}

var (
	noNextPhase = &detailKind{code: "no-next-phase",
		texts: []lang.Text{{"pas de phase suivante", "no next phase"}}}
	needsNotCovered = &detailKind{code: "needs-not-covered",
		texts: []lang.Text{
			{"{1} besoin de l'étape suivante non couvert", "{1} need of the next phase not covered"},
			{"{1} besoins de l'étape suivante non couverts", "{1} needs of the next phase not covered"},
		},
		read: func(d *Detail) (int, []lang.Arg, bool) { return plural(d.Count), []lang.Arg{lang.Int(d.Count)}, true }}
	gapNeed = &detailKind{code: "gap-need",
		texts: []lang.Text{
			{"attendu à «\u00a0{1}\u00a0» en {2}, apporté par aucun partenaire", "needed at {1} in {2}, supplied by no partner"},
			{"attendu à «\u00a0{1}\u00a0» en {2}, apporté par {3} partenaire seulement", "needed at {1} in {2}, supplied by {3} partner only"},
			{"attendu à «\u00a0{1}\u00a0» en {2}, apporté par {3} partenaires seulement", "needed at {1} in {2}, supplied by {3} partners only"},
		},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			form := 0
			if d.Count > 0 {
				form = 1 + plural(d.Count)
			}
			return form, []lang.Arg{d.Intensity, d.Phase, lang.Int(d.Count)}, true
		}}
)

// judgeNextNeeds: the needs of the next phase are supplied by the partners
// (004:805-806). The needs checked [I] are those that rise at the next phase
// and those it has at ++ or +++: "les besoins qui permettront de passer à
// l'étape d'après" are the next step's strong needs as well as its new ones,
// so a crossing within a macro-phase (conception → expérimentation,
// essaimage → industrialisation), where no need rises, still checks the
// strong ones. A rising need missing is Major; a need that does not rise
// (the project has it already, at least as strongly) missing, or any need
// thin, is Minor [D]: the crossing asks for the new needs first, and the
// others are gaps the project already lives with.
func judgeNextNeeds(a *Assessor, d *Dossier, c *Check) {
	next, ok := d.Phase.Next()
	if !ok {
		c.Outcome, c.Detail = evaluation.NotApplicable, noNextPhase.detail()
		return
	}
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, noPartnership.detail()
		return
	}
	// The coverage at the next phase judges each lever against its
	// intensity there.
	cov, err := d.Partnership.Coverage(next, a.rubric.Needs, a.rubric.Partnership)
	if err != nil {
		refuse(c, pkg.Within("partnership", ErrDossier, err))
		return
	}
	now := a.rubric.Needs.Of(d.Phase)
	sev := Severity(0)
	for i, lc := range cov.Levers {
		rising := lc.Need.Intensity > now[i].Intensity
		if !rising && lc.Need.Intensity < innovation.Medium {
			continue // neither rising nor strong at the next phase
		}
		switch lc.Supply {
		case partnership.Missing:
			if rising {
				sev = Major
			} else {
				sev = max(sev, Minor)
			}
			c.Gaps = append(c.Gaps, a.gap(lc.Need.Lever, gapNeed.with(Detail{Intensity: lc.Need.Intensity, Phase: next})))
		case partnership.Thin:
			sev = max(sev, Minor)
			c.Gaps = append(c.Gaps, a.gap(lc.Need.Lever, gapNeed.with(Detail{Intensity: lc.Need.Intensity, Phase: next, Count: len(lc.Suppliers)})))
		}
	}
	if sev == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Severity = evaluation.NotMet, min(sev, a.rubric.Severity[NextNeedsSupplied])
	c.Detail = needsNotCovered.with(Detail{Count: len(c.Gaps)})
}
