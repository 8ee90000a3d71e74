package main

import (
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

// figure is one figure of the PIMMS testimony (004:3839-3951), as the
// source gives it: a value or a range of values (Low to High), a unit, what
// it counts, in both languages, and the line it stands on. Percentages are
// fractions (0.90 is 90%).
type figure struct {
	low, high decimal.Decimal // high equals low unless the source gives a range
	percent   bool
	what      lang.Text // what it counts
	source    string
}

// n is the whole number v.
func n(v int64) decimal.Decimal { return decimal.New(v, 0) }

// pc is v per cent, as a fraction.
func pc(v int64) decimal.Decimal { return decimal.New(v, -2) }

// figures are every figure of 004:3839-3951, in the order of the source;
// nothing else in the program is a PIMMS figure. [S] each.
var figures = []figure{
	{low: n(22), high: n(22), // "Depuis 22 ans", "né il y a 22 ans"
		what:   lang.Text{"ans depuis la naissance du concept, sur le territoire de Lyon", "years since the concept was born, in Lyon"},
		source: "004:3848, 3861"},
	{low: n(6), high: n(6), // "à l'initiative de 6 opérateurs"
		what: lang.Text{"opérateurs à l'initiative, de services publics de l'État et des collectivités lyonnaises",
			"operators behind it, of the State's and the Lyon local authorities' public services"}, source: "004:3861-3863"},
	{low: n(66), high: n(66), // "il existe 66 PIMMS en métropole"
		what: lang.Text{"PIMMS en métropole aujourd'hui", "PIMMS in metropolitan France today"}, source: "004:3871"},
	{low: n(1_500_000), high: n(1_500_000), // "En 2016, 1,5 million de motifs d'accueil"
		what: lang.Text{"motifs d'accueil en 2016", "reasons for a visit in 2016"}, source: "004:3871"},
	{low: n(900_000), high: n(900_000), // "900 000 contacts terrain"
		what: lang.Text{"contacts terrain en 2016", "field contacts in 2016"}, source: "004:3871-3873"},
	{low: n(700), high: n(700), // "700 ateliers collectifs (sur les écogestes notamment)"
		what:   lang.Text{"ateliers collectifs en 2016 (sur les écogestes notamment)", "group workshops in 2016 (on eco-gestures notably)"},
		source: "004:3873"},
	{low: n(9), high: n(9), // "9 entreprises partenaires, dont la Poste, pilotent ce dispositif"
		what: lang.Text{"entreprises partenaires, dont la Poste, pilotent le dispositif sur le plan local et national",
			"partner companies, La Poste among them, steer the scheme locally and nationally"}, source: "004:3877-3879"},
	{low: n(400), high: n(400), // "Le cœur du réacteur c'est 400 salariés"
		what: lang.Text{"salariés, «\u00a0le cœur du réacteur\u00a0»", "employees, \"the heart of the reactor\""}, source: "004:3881"},
	{low: pc(90), high: pc(90), percent: true, // "qui sont à 90% en emploi aidé"
		what: lang.Text{"des salariés en emploi aidé, accompagnés dans leur projet professionnel",
			"of the employees in subsidised jobs, supported in their career plans"}, source: "004:3881-3883"},
	{low: pc(60), high: pc(65), percent: true, // "un taux de sortie positive de 60 à 65%"
		what: lang.Text{"de sorties positives des anciens salariés en contrat aidé, vers un emploi durable ou une formation qualifiante",
			"positive exits of former subsidised-contract employees, to a lasting job or a qualifying training"}, source: "004:3883-3885"},
	{low: n(3), high: n(3), // "les 3 principes d'actions"
		what: lang.Text{"principes d'action\u00a0: le professionnalisme, l'équité et la proximité",
			"principles of action: professionalism, equity and proximity"}, source: "004:3897-3899"},
	{low: n(5), high: n(5), // "Il existe 5 leviers de performance des alliances pour une entreprise"
		what:   lang.Text{"leviers de performance des alliances pour une entreprise", "performance levers of alliances for a company"},
		source: "004:3923"},
}

// value prints f's value in l with package lang: "1 500 000" (thin
// no-break spaces), "60 à 65 %", "90 %" in French; "1,500,000",
// "60 to 65%", "90%" in English.
func (f *figure) value(l lang.Lang) string {
	if !f.percent {
		return rangeOf(l.Trimmed(f.low, 4), l.Trimmed(f.high, 4), f.low.Equal(f.high), l)
	}
	if f.low.Equal(f.high) {
		return l.Percent(f.low, 2)
	}
	return rangeOf(l.Trimmed(f.low.Shift(2), 2), l.Percent(f.high, 2), false, l)
}

// rangeOf writes "low à high" in French, "low to high" in English, or low
// alone when same.
func rangeOf(low, high string, same bool, l lang.Lang) string {
	if same {
		return low
	}
	return valueRange.Format(l, lang.Data(low), lang.Data(high))
}

// valueRange is a range of values.
var valueRange = lang.Text{"{1} à {2}", "{1} to {2}"}
