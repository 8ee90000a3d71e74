package societal_test
import ("testing";"github.com/seed424036fd/societal")
func TestZZ(t *testing.T){ _, err := societal.DecodeDossier(societal.Template()); t.Log(err)
 for _, s := range []string{`{}`, `{"name":"x","phase":"conception","evaluations":[{"form":"performance","degree":"compter"}, {"form":"pertinence","degree":"compter"},{"form":"partenariale","degree":"compter"},{}], "partnership":{}, "budget":{}, "history":[{}], "stakeholders":{"zz":"+"}, "dimensions":{"solution":"zz"}}`,
 `{"name":"x","phase":"conception","partnership":{"partners":[{}],"contributions":[{"amount":{},"period":{}}],"terms":{}}}`,
 `{"name":"x","phase":"conception","evaluations":[{"form":"performance","degree":"compter","indicators":[{}]}, {"form":"pertinence","degree":"compter","needs":[{}],"impacts":[{}]},{"form":"partenariale","degree":"compter","partners":[{}],"common_good":[{}]}]}`,
 `{"name":"x","phase":"conception","zz":1, "budget":{"zz":1},"partnership":{"zz":1}}`,
 } { _, err := societal.DecodeDossier([]byte(s)); t.Log(err) }
}
