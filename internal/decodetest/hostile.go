package decodetest

import (
	"fmt"
	"strings"
)

// maxJSON is the module's limit on an input: 1 MiB.
const maxJSON = 1 << 20

// Hostile inputs of the largest size accepted: a valid dossier of about
// 1 MiB, the anchor, and for every map and list the formats hold, 1 MiB of
// distinct unknown (or invalid) names in it. Each must be decided at a
// cost of the order of the anchor's (the root package's
// TestHostileShapesBounded and BenchmarkHostile), and the schema refuses
// what the decoder refuses (the conformance module's TestHostile).

// Fill returns head, then as many items item(0), item(1), … joined by
// commas as fit, then tail, the whole at most 1 MiB (the module's limit
// on an input): the largest input of a shape.
func Fill(head string, item func(i int) string, tail string) []byte {
	var b strings.Builder
	b.Grow(maxJSON)
	b.WriteString(head)
	for i := 0; ; i++ {
		s := item(i)
		if b.Len()+1+len(s)+len(tail) > maxJSON {
			break
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s)
	}
	b.WriteString(tail)
	return []byte(b.String())
}

// ValidBig returns a valid dossier of nearly maxJSON bytes that
// uses every part of the format: a history, the dimensions, the nine
// stakeholders, a partnership of 1,000 partners and as many contributions
// as fit, and 64 evaluations of each form with 40 items in each list (3 common-good
// values, one per dimension).
func ValidBig() []byte {
	var b strings.Builder
	b.WriteString(`{"id":"fi-2026-001","name":"Grand dossier","carrier":"Porteur","phase":"essaimage","history":[` +
		`{"from":"conception","to":"experimentation","kind":"advance","at":"2020-01-01T00:00:00Z","reason":"prêt"},` +
		`{"from":"experimentation","to":"modelisation","kind":"advance","at":"2021-01-01T00:00:00Z"},` +
		`{"from":"modelisation","to":"essaimage","kind":"advance","at":"2022-01-01T00:00:00Z","by":"comité"}],` +
		`"dimensions":{"solution":"established","processus":"established","modele-economique":"partial"},` +
		`"economic_model":"operateur","operator_model":"partial","stakeholders":{"porteur-idee":"+++","catalyseurs":"+++",` +
		`"financeurs":"++","beneficiaires":"+","experts-conseil":"++","academique":"+","institutions":"++","pairs":"++","gouvernance":"++"},` +
		`"budget":{"total":"1000000","evaluation":"60000","capacity_building":"120000"},`)
	b.WriteString(`"evaluations":[`)
	items := func(n int, item func(i int) string) string {
		s := make([]string, n)
		for i := range s {
			s[i] = item(i)
		}
		return strings.Join(s, ",")
	}
	for e := range 64 {
		if e > 0 {
			b.WriteByte(',')
		}
		switch e % 3 {
		case 0:
			b.WriteString(`{"form":"performance","degree":"compter","evaluators":["academiques","beneficiaires"],"path":"mesuré","indicators":[` +
				items(40, func(i int) string {
					return fmt.Sprintf(`{"name":"indicateur %d","lever":"social","direction":"higher-is-better","unit":"personnes","baseline":"%d","target":"%d","actual":"%d.5","weight":"1"}`, i, i, i+10, i+3)
				}) + `]}`)
		case 1:
			b.WriteString(`{"form":"pertinence","degree":"se-compter","evaluators":["beneficiaires","partenaires","academiques"],"intuition":"une intuition","gap":"un écart","needs":[` +
				items(40, func(i int) string {
					return fmt.Sprintf(`{"name":"besoin %d","populations":["jeunes","aînés"],"territories":["rural"],"fragile":true,"weight":"2","outcome":"met"}`, i)
				}) + `],"impacts":[` +
				items(40, func(i int) string {
					return fmt.Sprintf(`{"description":"impact %d","kind":"voulu","evidence":"se-compter"}`, i)
				}) + `]}`)
		default:
			b.WriteString(`{"form":"partenariale","degree":"se-conter","evaluators":["partenaires"],"partners":[` +
				items(40, func(i int) string {
					return fmt.Sprintf(`{"partner":"partenaire %d","value":"une valeur","weight":"1","outcome":"met"}`, i)
				}) + `],"common_good":[` +
				`{"dimension":"politique","value":"une valeur","weight":"1","outcome":"unknown"},` +
				`{"dimension":"organisationnelle","weight":"1","outcome":"met"},{"dimension":"personnelle","weight":"2","outcome":"not-met"}` + `]}`)
		}
	}
	b.WriteString(`],"partnership":{"name":"Alliance","modes":["innovation-societale","mecenat"],"scheme":"entreprise","terms":{"formal":"yes","shared_governance":"yes","exit_strategy":"no","commitment_months":36},"partners":[`)
	kinds := []string{"entreprise", "association", "fondation", "acteur-public", "academique", "catalyseur-territorial", "investisseur-societal", "citoyen"}
	b.WriteString(items(1000, func(i int) string {
		return fmt.Sprintf(`{"id":"p%d","name":"Partenaire %d","kind":"%s","purpose":"interet-general","objectives":["interne-performance","externe-mobilisation"]}`, i, i, kinds[i%len(kinds)])
	}))
	b.WriteString(`],"contributions":[`)
	levers := []string{"financement", "competences-reseau", "conseil", "evaluation"}
	return Fill(b.String(), func(i int) string {
		if i%2 == 0 {
			return fmt.Sprintf(`{"partner":"p%d","lever":"financement","kind":"financier","amount":{"value":"%d.50","currency":"EUR"},"period":{"start":2020,"end":2023}}`, i%1000, 1000+i)
		}
		return fmt.Sprintf(`{"partner":"p%d","lever":"%s","kind":"competences","note":"mécénat de compétences"}`, i%1000, levers[i%len(levers)])
	}, `]}}`)
}

// Shape is a 1 MiB input of one hostile shape.
type Shape struct {
	Name string
	Data []byte
	Rule string // the rule a schema cannot state that it breaks, if the schema accepts it
}

// Hostile returns, for every map and list of the formats, a dossier
// of nearly maxJSON bytes filling it with distinct unknown or
// invalid names, each one a problem.
func Hostile() []Shape {
	const top = `{"name":"X","phase":"conception",`
	const partners = `"partners":[{"id":"a","kind":"association"},{"id":"b","kind":"entreprise"}]`
	list := func(head string, item string, tail string) []byte {
		return Fill(head, func(i int) string { return strings.ReplaceAll(item, "%d", fmt.Sprint(i)) }, tail)
	}
	return []Shape{
		{"dossier_keys", list(top, `"k%d":0`, `}`), ""},
		{"skipped_object", list(top+`"k":{`, `"k%d":0`, `}}`), ""},
		{"stakeholders_keys", list(top+`"stakeholders":{`, `"k%d":"+"`, `}}`), ""},
		{"stakeholders_repeated", list(top+`"stakeholders":{`, `"financeurs":"+"`, `}}`), "i-json"},
		{"dimensions_keys", list(top+`"dimensions":{`, `"k%d":"partial"`, `}}`), ""},
		{"history_phases", list(top+`"history":[`, `{"from":"f%d","to":"t%d","kind":"k%d","at":"a%d"}`, `]}`), ""},
		{"history_keys", list(top+`"history":[`, `{"k%d":0}`, `]}`), ""},
		{"evaluations_forms", list(top+`"evaluations":[`, `{"form":"f%d","degree":"d%d"}`, `]}`), ""},
		{"evaluators", list(top+`"evaluations":[{"form":"pertinence","degree":"se-conter","evaluators":[`, `"e%d"`, `]}]}`), ""},
		{"indicators_enums", list(top+`"evaluations":[{"form":"performance","degree":"compter","indicators":[`,
			`{"name":"n","lever":"l%d","direction":"d%d","baseline":0,"target":1,"weight":1}`, `]}]}`), ""},
		{"indicators_keys", list(top+`"evaluations":[{"form":"performance","degree":"compter","indicators":[`, `{"k%d":0}`, `]}]}`), ""},
		{"needs_outcomes", list(top+`"evaluations":[{"form":"pertinence","degree":"se-conter","needs":[`, `{"name":"n","weight":1,"outcome":"o%d"}`, `]}]}`), ""},
		{"needs_populations", list(top+`"evaluations":[{"form":"pertinence","degree":"se-conter","needs":[{"name":"n","weight":1,"outcome":"met","populations":[`,
			`"\u0001%d"`, `]}]}]}`), ""},
		{"impacts_enums", list(top+`"evaluations":[{"form":"pertinence","degree":"se-conter","impacts":[`, `{"description":"d","kind":"k%d","evidence":"e%d"}`, `]}]}`), ""},
		{"partners_outcomes", list(top+`"evaluations":[{"form":"partenariale","degree":"se-conter","partners":[`, `{"partner":"p","weight":1,"outcome":"o%d"}`, `]}]}`), ""},
		{"common_good_dimensions", list(top+`"evaluations":[{"form":"partenariale","degree":"se-conter","common_good":[`, `{"dimension":"c%d","weight":1,"outcome":"met"}`, `]}]}`), ""},
		{"modes", list(top+`"partnership":{"modes":[`, `"m%d"`, `]}}`), ""},
		{"partners_kinds", list(top+`"partnership":{"partners":[`, `{"id":"p%d","kind":"k%d"}`, `]}}`), ""},
		{"partners_ids", list(top+`"partnership":{"partners":[`, `{"id":"\u0001%d","kind":"association"}`, `]}}`), ""},
		{"objectives", list(top+`"partnership":{"partners":[{"id":"a","kind":"association","objectives":[`, `"o%d"`, `]}]}}`), ""},
		{"contributions_partners", list(top+`"partnership":{`+partners+`,"contributions":[`, `{"partner":"z%d","lever":"conseil","kind":"competences"}`, `]}}`), ""},
		{"contributions_enums", list(top+`"partnership":{`+partners+`,"contributions":[`, `{"partner":"a","lever":"l%d","kind":"k%d"}`, `]}}`), ""},
		{"contributions_keys", list(top+`"partnership":{`+partners+`,"contributions":[`, `{"k%d":0}`, `]}}`), ""},
	}
}
