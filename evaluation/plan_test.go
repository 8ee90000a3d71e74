package evaluation

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// TestPlanFor checks MODEL §3.3 cell by cell, for every phase.
func TestPlanFor(t *testing.T) {
	type cell struct {
		field  string
		got    func(Plan) string
		want   string
		source string
	}
	rd := []cell{
		{"focus", func(p Plan) string { return p.Focus.In(lang.French) }, "Pertinence et faisabilité du projet ; pertinence de la solution par rapport à l'ambition initiale", "004:3189, 3344-3346"},
		{"criteria", func(p Plan) string { return p.Criteria.In(lang.French) }, "Critères ex ante ; capacité à faire et à coopérer ; critères tangibles et intangibles (confiance, empathie)", "004:3277-3281"},
		{"goal", func(p Plan) string { return p.Goal.In(lang.French) }, "Adhérer au projet", "004:3269"},
		{"effort", func(p Plan) string { return p.Effort.In(lang.English) }, "Light", "004:3368, 3384"},
		{"advice", func(p Plan) string { return p.Advice.In(lang.French) }, "Commencer à écrire le chemin parcouru", "004:3346-3348, 3379"},
		{"degree", func(p Plan) string { return p.Degree.String() }, "se-conter", "004:5499-5501, 3346-3348"},
		{"max degree", func(p Plan) string { return p.MaxDegree.String() }, "se-compter", "004:5509-5515 [D]"},
		{"forms", func(p Plan) string { return keys(p.Forms) }, "pertinence", "004:3189, 3275"},
		{"required", func(p Plan) string { return keys(p.Required) }, "beneficiaires", "004:3222, 3275 [I]"},
	}
	mod := []cell{
		{"focus", func(p Plan) string { return p.Focus.In(lang.French) }, "Ambition et dimensionnement ; conditions de réplication, valorisation, mobilisation interne et externe ; équilibre des ingrédients majeurs ; rendre visible et lisible le processus expérimenté", "004:3190-3194, 3283, 3350"},
		{"criteria", func(p Plan) string { return p.Criteria.In(lang.French) }, "Qualitatifs et quantitatifs ; modèles relationnels, territoriaux et individuels", "004:3192, 3285-3287"},
		{"goal", func(p Plan) string { return p.Goal.In(lang.French) }, "Comprendre le projet et éviter sa dérive", "004:3270"},
		{"effort", func(p Plan) string { return p.Effort.In(lang.French) }, "Renforcée, temps de mise en œuvre long", "004:3369, 3384-3386"},
		{"advice", func(p Plan) string { return p.Advice.In(lang.French) }, "Capitaliser ses pratiques", "004:3352, 3380"},
		{"degree", func(p Plan) string { return p.Degree.String() }, "se-compter", "004:3230 [I]"},
		{"max degree", func(p Plan) string { return p.MaxDegree.String() }, "compter", "004:3192 [I]"},
		{"forms", func(p Plan) string { return keys(p.Forms) }, "pertinence", "004:3283, 3350 [I]"},
		{"required", func(p Plan) string { return keys(p.Required) }, "academiques", "004:3226 [I]"},
	}
	dep := []cell{
		{"focus", func(p Plan) string { return p.Focus.In(lang.French) }, "Efficience, impact social, appropriation par l'écosystème ; diversification des solutions ; réplication et ajustement du projet (démultiplication du projet ajusté) ; écarts par rapport à l'intuition de départ ; évolution de la solution, des processus et de l'écosystème", "004:3196-3198, 3242, 3289-3291, 3356-3360"},
		{"criteria", func(p Plan) string { return p.Criteria.In(lang.French) }, "Quantitatifs ; impacts voulus, attendus, induits et non désirables ; prospective et développement ; modèles relationnels, territoriaux, individuels et organisationnels ; capacité à développer de nouvelles ressources", "004:3196, 3289-3297"},
		{"goal", func(p Plan) string { return p.Goal.In(lang.French) }, "Diffuser l'expérience et la vision du projet et éviter sa dérive", "004:3271"},
		{"effort", func(p Plan) string { return p.Effort.In(lang.French) }, "Story telling, témoignages, inclusion et récit des bénéficiaires", "004:3370-3372, 3386"},
		{"advice", func(p Plan) string { return p.Advice.In(lang.French) }, "Prévoir la transmission et l'appropriation le plus tôt possible", "004:3360-3362, 3381"},
		{"degree", func(p Plan) string { return p.Degree.String() }, "compter", "004:5509-5515"},
		{"max degree", func(p Plan) string { return p.MaxDegree.String() }, "compter", "004:5509-5515"},
		{"forms", func(p Plan) string { return keys(p.Forms) }, "performance pertinence", "004:3196, 3289, 3356 [I]"},
		{"required", func(p Plan) string { return keys(p.Required) }, "beneficiaires", "004:3370-3372"},
	}
	rows := map[innovation.Phase][]cell{
		innovation.Conception: rd, innovation.Experimentation: rd,
		innovation.Modelisation: mod,
		innovation.Essaimage:    dep, innovation.Industrialisation: dep,
	}
	for phase := range innovation.Phases() {
		p, err := PlanFor(phase)
		if err != nil {
			t.Fatal(err)
		}
		if p.Phase != phase || p.MacroPhase != phase.MacroPhase() {
			t.Errorf("%v: plan for %v / %v", phase, p.Phase, p.MacroPhase)
		}
		if keys(p.Evaluators) != "academiques beneficiaires partenaires" { // 004:3265-3267
			t.Errorf("%v: evaluators %v", phase, p.Evaluators)
		}
		if p.Sources == "" || p.Purpose.In(lang.French) == "" || p.Focus.In(lang.English) == "" {
			t.Errorf("%v: plan incomplete: %+v", phase, p)
		}
		for _, c := range rows[phase] {
			if got := c.got(p); got != c.want {
				t.Errorf("%v %s = %q, want %q (%s)", phase, c.field, got, c.want, c.source)
			}
		}
	}
}

// keys returns the keys of vs, joined by spaces.
func keys[T fmt.Stringer](vs []T) string { return strings.Trim(fmt.Sprint(vs), "[]") }

func TestPlanForInvalid(t *testing.T) {
	for _, p := range []innovation.Phase{0, 6, 255} {
		if _, err := PlanFor(p); !errors.Is(err, ErrInvalid) || !hasField(err, "phase") {
			t.Errorf("PlanFor(%d) = %v", p, err)
		}
	}
}

// The plan is the caller's copy.
func TestPlanForCopies(t *testing.T) {
	p, _ := PlanFor(innovation.Essaimage)
	p.Forms[0] = Partenariale
	p.Required[0] = Academiques
	p.Evaluators[0] = Partenaires
	q, _ := PlanFor(innovation.Essaimage)
	if !slices.Equal(q.Forms, []Form{Performance, Pertinence}) || q.Required[0] != Beneficiaires || q.Evaluators[0] != Academiques {
		t.Errorf("modifying a plan changed the table: %+v", q)
	}
}

// TestPlanItems checks the plan items of 004:3192-3198, 3242 and 3293 (MODEL
// §3.3): each source phrase, quoted, and the words of the plan that carry it.
func TestPlanItems(t *testing.T) {
	for _, c := range []struct {
		phase  innovation.Phase
		source string // the source's own words
		field  func(Plan) string
		want   string // what the plan says
		cite   string
	}{
		{innovation.Modelisation, "les conditions de réplication, la valorisation, ainsi que la mobilisation interne et externe",
			func(p Plan) string { return p.Focus.In(lang.French) }, "conditions de réplication, valorisation, mobilisation interne et externe", "004:3193-3194"},
		{innovation.Essaimage, "pour se projeter dans une diversification des solutions",
			func(p Plan) string { return p.Focus.In(lang.French) }, "diversification des solutions", "004:3197"},
		{innovation.Essaimage, "Ces éléments vont porter sur la réplication et l'ajustement du projet",
			func(p Plan) string { return p.Focus.In(lang.French) }, "réplication et ajustement du projet", "004:3197-3198"},
		{innovation.Industrialisation, "la démultiplication du projet ajusté",
			func(p Plan) string { return p.Focus.In(lang.French) }, "démultiplication du projet ajusté", "004:3242"},
		{innovation.Industrialisation, "une dimension de prospective et de développement",
			func(p Plan) string { return p.Criteria.In(lang.French) }, "prospective et développement", "004:3293"},
	} {
		p, err := PlanFor(c.phase)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(c.field(p), c.want) {
			t.Errorf("%v: %q (%s) not in the plan: %q", c.phase, c.source, c.cite, c.field(p))
		}
	}
}
