package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// DimensionsCovered: solution, processus and modèle économique are
// covered before deployment (004:734-764).
const DimensionsCovered CheckID = 3

func init() { define(&dimensionsCovered) }

var dimensionsCovered = checkDef{
	id:     DimensionsCovered,
	key:    "dimensions",
	label:  lang.Text{"Trois dimensions couvertes", "Three dimensions covered"},
	source: "004:734-764",
	request: lang.Text{"l'état de chacune des trois dimensions\u00a0: la solution (proposition de valeur), le processus (chaîne de valeur, avec qui travailler) et le modèle économique",
		"where each of the three dimensions stands: the solution (value proposition), the process (value chain, who works with whom) and the economic model"},
	field: "dimensions",
	// Uncovered dimensions make it "not yet" [D]. Required from
	// Modélisation on, since deployment "est possible dès lors que
	// l'innovation porte sur trois dimensions" (004:734-735) [S].
	severity: Major,
	weight:   2,
	required: []innovation.Phase{innovation.Modelisation, innovation.Essaimage, innovation.Industrialisation},
	judge:    judgeDimensions,
	details:  []*detailKind{dimensionsNotEstablished, dimensionsUnstated, gapDimension},
}

var (
	dimensionsNotEstablished = &detailKind{code: "dimensions-not-established",
		texts: []lang.Text{{"non établi\u00a0: {1}", "not established: {1}"}, {"non établis\u00a0: {1}", "not established: {1}"}},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			return plural(len(d.Dimensions)), []lang.Arg{lang.List(d.Dimensions...)}, true
		}}
	dimensionsUnstated = &detailKind{code: "dimensions-unstated",
		texts: []lang.Text{{"l'état de chaque dimension n'est pas indiqué", "not every dimension is stated"}}}
	gapDimension = &detailKind{code: "gap-dimension",
		texts: []lang.Text{{"{1} à établir", "{1} not established"}},
		read:  func(d *Detail) (int, []lang.Arg, bool) { return 0, []lang.Arg{d.Dimension}, true }}
)

// judgeDimensions: solution, processus and modèle économique are covered
// before deployment (004:734-764): from modélisation on.
func judgeDimensions(a *Assessor, d *Dossier, c *Check) {
	if d.Phase < innovation.Modelisation {
		c.Outcome, c.Detail = evaluation.NotApplicable, requiredFrom.with(Detail{Phase: innovation.Modelisation})
		return
	}
	if ps := d.dimensionsProblems(); len(ps) > 0 {
		refuse(c, ps...)
		return
	}
	unknown := false
	var missing []innovation.Dimension
	for dim := range innovation.Dimensions() {
		switch d.Dimensions.Of(dim) {
		case Established:
		case Unstated:
			unknown = true
		default:
			missing = append(missing, dim)
			lever := innovation.Conseil
			if dim == innovation.Processus {
				lever = innovation.CompetencesReseau
			}
			c.Gaps = append(c.Gaps, a.gap(lever, gapDimension.with(Detail{Dimension: dim})))
		}
	}
	switch {
	case len(missing) > 0:
		c.Outcome, c.Detail = evaluation.NotMet, dimensionsNotEstablished.with(Detail{Dimensions: missing})
	case unknown:
		c.Outcome, c.Detail = evaluation.Unknown, dimensionsUnstated.detail()
	default:
		c.Outcome = evaluation.Met
	}
}
