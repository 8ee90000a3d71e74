package partnership

import (
	"iter"

	"github.com/shopspring/decimal"
)

// Survey is the reference data of one national survey of partnership
// practice: the share of the organisations of one kind, among those that
// have partnerships, that practise each mode (MODEL §4.2). Several answers
// were allowed, so the shares sum past one. A portfolio can compare the
// modes of its own partnerships with these shares (Share, Gap).
//
// Get one from PHARE; the zero value has no share. A plain value, safe for
// concurrent use.
type Survey struct {
	// Name is the survey's name as the source gives it, e.g.
	// "PHARE-Entreprises".
	Name string
	// Date is the survey's date as the source gives it, e.g. "oct. 2015"
	// (003:23-24).
	Date string
	// Kind is the kind of organisation surveyed: Entreprise or Association.
	Kind Kind
	// Source is the source lines of the shares, e.g. "003:1164-1195".
	Source string

	shares [numModes + 1]int8 // percent, indexed by Mode; 0 is no share
}

// numModes is the number of partnership modes.
const numModes = 4

// surveys is the one table of the PHARE mode shares [S], in percent, as the
// PHARE report gives them in its text:
//
//   - companies with partnerships with associations (PHARE-Entreprises, oct.
//     2015, 003:23-24): "45 % des entreprises ayant des partenariats utilisent
//     le savoir-faire d'une association pour faire évoluer leurs pratiques
//     responsables, et 30% des […] entreprises pratiquent le mécénat"
//     (003:1166-1173, a chart's « 25% » between the lines); "La coopération économique (25%) et [l]'innovation
//     sociétale (16%) sont des modes de partenariats en émergence"
//     (003:1193-1195, the l lost by the OCR). [R] the chart of 003:503 reads 42% for responsible
//     practices; the text's 45%, repeated in the chart at 003:1191, is kept.
//   - associations with partnerships with companies (PHARE-Associations,
//     nov. 2015, 003:23-24): "Deux tiers … relevent du mécénat (67%) et un
//     tiers affere aux pratiques … responsables (29%). … L'innovation
//     SOCiétale (26%) … et la coopération économique … (25%) sont des modes
//     de partenariats en émergence" (003:1015-1029: the text runs around a
//     chart, whose labels the … leave out; the OCR's spelling is kept:
//     relèvent, affère, sociétale).
//
// Read only.
var surveys = [...]Survey{
	{Name: "PHARE-Entreprises", Date: "oct. 2015", Kind: Entreprise, Source: "003:1166-1195",
		shares: [...]int8{Mecenat: 30, PratiquesResponsables: 45, CooperationEconomique: 25, InnovationSocietale: 16}},
	{Name: "PHARE-Associations", Date: "nov. 2015", Kind: Association, Source: "003:1015-1029",
		shares: [...]int8{Mecenat: 67, PratiquesResponsables: 29, CooperationEconomique: 25, InnovationSocietale: 26}},
}

// PHARE returns the PHARE survey of organisations of kind k: Entreprise or
// Association. ok is false for any other kind: the sources give no mode
// shares for foundations, public actors or the others.
func PHARE(k Kind) (s Survey, ok bool) {
	for _, s := range surveys {
		if s.Kind == k {
			return s, true
		}
	}
	return Survey{}, false
}

// Share returns the share of the surveyed organisations that practise mode
// m, as a fraction (0.45 for 45%); ok is false if m is invalid or s is the
// zero Survey.
func (s Survey) Share(m Mode) (share decimal.Decimal, ok bool) {
	if !m.IsValid() || s.shares[m] == 0 {
		return decimal.Decimal{}, false
	}
	return decimal.New(int64(s.shares[m]), -2), true
}

// Gap returns share minus the survey's share of mode m (a fraction; positive
// when a portfolio practises m more often than the surveyed organisations);
// ok is false when Share is.
func (s Survey) Gap(m Mode, share decimal.Decimal) (gap decimal.Decimal, ok bool) {
	ref, ok := s.Share(m)
	if !ok {
		return decimal.Decimal{}, false
	}
	return share.Sub(ref), true
}

// Rate is how many organisations of one kind had at least one partnership,
// by year of survey (MODEL §4.2). A plain value, safe for concurrent use.
type Rate struct {
	Kind       Kind            // the kind of organisation counted
	Year       int             // the year of the survey
	Rate       decimal.Decimal // a fraction: 0.37 for 37%
	Population string          // whom the rate counts, in the source's words (for companies in 2009 and 2015, read [I]: see Rates)
	Source     string          // source lines
}

// rates is the one table of partnership rates [S], in percent. The
// companies' rates come from a slide of 002 (2009 26%, 2015 37%, 2021 57%;
// 002:316-332) that does not name its survey. It gives the population only
// with its headline figure, 57% "des établissements de 10 salariés et plus
// ont mis en place au moins un partenariat" (002:309-311), that is 2021's;
// that the rates of 2009 and 2015 count the same population is [I], read
// from the one chart that shows the three. The
// associations' rate is PHARE's ("38% des associations développent des
// relations partenariales avec les entreprises", 003:988-989), dated 2015 [I]
// after PHARE-Associations (nov. 2015, 003:24). The sources give no rate for
// associations in other years. Read only.
var rates = [...]struct {
	kind       Kind
	year       int
	percent    int64
	population string
	source     string
}{
	{Entreprise, 2009, 26, "des établissements de 10 salariés et plus", "002:316-320"}, // population [I]
	{Entreprise, 2015, 37, "des établissements de 10 salariés et plus", "002:322-326"}, // population [I]
	{Entreprise, 2021, 57, "des établissements de 10 salariés et plus", "002:309-311, 328-332"},
	{Association, 2015, 38, "des associations", "003:988-989"},
}

// Rates yields the partnership rates the sources give, companies
// by year and then associations.
func Rates() iter.Seq[Rate] {
	return func(yield func(Rate) bool) {
		for _, r := range rates {
			if !yield(Rate{Kind: r.kind, Year: r.year, Rate: decimal.New(r.percent, -2), Population: r.population, Source: r.source}) {
				return
			}
		}
	}
}

// Eras is what the sources say of the eras of partnership relations:
// "Actuellement, nous sommes dans la 3éme [sic] ère des relations partenariales
// après le mécénat dans les années 1990. Ces trois ères se cumulent et ne se
// substituent pas, elles évoluent" (004:1148-1152) [S]. The source names
// neither the second nor the third era nor dates them, so neither does Eras;
// the move is elsewhere described as one from "contrat-échanges" to
// "contrat-alliance" (002:173-176). A plain value, safe for concurrent use.
type Eras struct {
	Count       int    // 3: "Ces trois ères"
	Current     int    // 3: "nous sommes dans la 3ème ère"
	First       Mode   // Mecenat: "après le mécénat"
	FirstDecade int    // 1990: "dans les années 1990"
	Cumulative  bool   // true: "se cumulent et ne se substituent pas"
	Source      string // "004:1148-1152"
}

// ThreeEras returns the three cumulative eras of partnership
// relations (004:1148-1152).
func ThreeEras() Eras {
	return Eras{Count: 3, Current: 3, First: Mecenat, FirstDecade: 1990, Cumulative: true, Source: "004:1148-1152"}
}
