package main

import (
	"context"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/examples/internal/story"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// The trajectory: conception to essaimage, three advances, one refusal at
// expérimentation (evaluation needed at modélisation, supplied by no
// partner), fixed by the evaluation process of 004:3901-3903.
func TestWalk(t *testing.T) {
	rep, err := trajectory().Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status.Phase != innovation.Experimentation || rep.Verdict != societal.NotYet {
		t.Errorf("refused at %s with %s, want experimentation, not-yet", rep.Status.Phase, rep.Verdict)
	}
	// Évaluation rises to ++ at modélisation and nobody supplies it: the
	// major gap. (Compétences & réseau and conseil, ++ at modélisation and
	// not rising, are minor gaps beside it.)
	c, ok := rep.Check(societal.NextNeedsSupplied)
	if !ok || c.Severity != societal.Major || !slices.ContainsFunc(c.Gaps, func(g societal.Gap) bool { return g.Lever == innovation.Evaluation }) {
		t.Errorf("next-needs check of the refusal: %+v", c)
	}
}

// TestFigures checks every figure of the testimony against the source's own
// words (004:3839-3951), in the order of the source.
func TestFigures(t *testing.T) {
	tests := []struct {
		quote     string // the source
		low, high string
		source    string
	}{
		{"Ce concept est né il y a 22 ans sur le territoire de Lyon", "22", "22", "004:3848, 3861"},
		{"à l'initiative de 6 opérateurs, de services publics de l'Etat et des collectivités lyonnaises", "6", "6", "004:3861-3863"},
		{"Aujourd'hui, il existe 66 PIMMS en métropole", "66", "66", "004:3871"},
		{"En 2016, 1,5 million de motifs d'accueil", "1500000", "1500000", "004:3871"},
		{"900 000 contacts terrain", "900000", "900000", "004:3871-3873"},
		{"700 ateliers collectifs (sur les écogestes notamment)", "700", "700", "004:3873"},
		{"9 entreprises partenaires, dont la Poste, pilotent ce dispositif sur le plan local et national", "9", "9", "004:3877-3879"},
		{"Le cœur du réacteur c'est 400 salariés", "400", "400", "004:3881"},
		{"qui sont à 90% en emploi aidé", "0.9", "0.9", "004:3881-3883"},
		{"un taux de sortie positive de 60 à 65% vers un emploi durable ou une formation qualifiante", "0.6", "0.65", "004:3883-3885"},
		{"les 3 principes d'actions : le professionnalisme, l'équité et la proximité", "3", "3", "004:3897-3899"},
		{"Il existe 5 leviers de performance des alliances pour une entreprise", "5", "5", "004:3923"},
	}
	if len(figures) != len(tests) {
		t.Fatalf("%d figures, want %d", len(figures), len(tests))
	}
	for i, tt := range tests {
		f := &figures[i]
		if !f.low.Equal(decimal.RequireFromString(tt.low)) || !f.high.Equal(decimal.RequireFromString(tt.high)) || f.source != tt.source {
			t.Errorf("figure %d = %s-%s [%s], want %s-%s [%s]: %q", i, f.low, f.high, f.source, tt.low, tt.high, tt.source, tt.quote)
		}
		inTestimony(t, f.source)
	}
}

// inTestimony fails unless every line cited in src is within the PIMMS
// testimony, 004:3839-3951.
func inTestimony(t *testing.T, src string) {
	t.Helper()
	rest, ok := strings.CutPrefix(src, "004:")
	if !ok {
		t.Errorf("%q does not cite seed 004", src)
		return
	}
	for _, part := range strings.Split(rest, ", ") {
		for _, n := range strings.Split(part, "-") {
			l, err := strconv.Atoi(n)
			if err != nil || l < 3839 || l > 3951 {
				t.Errorf("%q cites line %q, outside 004:3839-3951", src, n)
			}
		}
	}
}

func TestStepsCited(t *testing.T) {
	for ph := innovation.Conception; ph <= last; ph++ {
		s, ok := steps[ph]
		if _, missing := s.text.Missing(); !ok || missing {
			t.Errorf("%s: no step", ph)
			continue
		}
		inTestimony(t, s.source)
	}
}

// Nothing is invented: no dossier states a budget, a stakeholder or an
// amount (the source gives none), every dossier is valid, and the
// partners join as the source tells (the companies at deployment).
func TestDossiers(t *testing.T) {
	for ph := innovation.Conception; ph <= last; ph++ {
		for _, st := range []state{{}, {evaluated: true}} {
			d, err := dossierAt(ph, st)
			if err != nil {
				t.Fatalf("%s %+v: %v", ph, st, err)
			}
			if d.Budget != nil || d.Stakeholders != nil {
				t.Errorf("%s: a budget or stakeholders the source does not give", ph)
			}
			for _, c := range d.Partnership.Contributions() {
				if !c.Amount.Value.IsZero() {
					t.Errorf("%s: contribution %+v has an amount", ph, c)
				}
			}
			_, poste := d.Partnership.Partner(idLaPoste)
			if want := ph.MacroPhase() == innovation.Deploiement; poste != want {
				t.Errorf("%s: La Poste a partner = %v, want %v (004:3877-3879)", ph, poste, want)
			}
			_, union := d.Partnership.Partner(idUnion)
			if want := st.evaluated || ph >= innovation.Modelisation; union != want {
				t.Errorf("%s %+v: Union des PIMMS a partner = %v, want %v", ph, st, union, want)
			}
		}
	}
}

// The whole output in each language, in testdata/pimms.text.*.golden,
// with the language's typography: every figure of the testimony with its
// line, the refusal and the diagram; in the pseudo-locale, every word but
// the data comes from a table of texts.
func TestRunOutput(t *testing.T) {
	details, err := trajectory().Details(lang.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	outs := clitest.Output(t, "pimms", func(l lang.Lang, w io.Writer) error { return story.Tell(context.Background(), w, l, trajectory()) }, append(details, "PIMMS")...)
	for l, out := range outs {
		for i := range figures {
			f := &figures[i]
			if !strings.Contains(out, f.value(l)) || !strings.Contains(out, "["+f.source+"]") {
				t.Errorf("-lang %s: output lacks figure %s [%s]", l, f.value(l), f.source)
			}
		}
		for _, s := range []string{"004:239-241", "004:3901-3903", "004:3923-3935", "2018-04-11*", "```mermaid", "class essaimage current"} {
			if !strings.Contains(out, s) {
				t.Errorf("-lang %s: output lacks %q", l, s)
			}
		}
	}
}

// Every text of the program is written in every language.
func TestTexts(t *testing.T) {
	all := slices.Clone(texts)
	for _, s := range steps {
		all = append(all, s.text)
	}
	for _, f := range figures {
		all = append(all, f.what)
	}
	langtest.Filled(t, slices.All(append(all, valueRange)))
}

// The command line: -h prints the usage and exits 0; -lang is read in any
// case; an unknown flag, a bad value or an argument exits 2 with the usage
// on standard error, and nothing on standard output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "pimms", func(args []string, stdout, stderr io.Writer) int {
		return run(context.Background(), args, stdout, stderr)
	}, append(clitest.LangOnly("pimms"), []clitest.Case{
		{Stdout: title.In(lang.French)},
		{Args: []string{"-lang", "en"}, Stdout: title.In(lang.English)},
		{Args: []string{"-lang", "EN"}, Stdout: title.In(lang.English)},
		{Args: []string{"-lang", "qps"}, Stdout: title.In(lang.Pseudo)},
		{Args: []string{"-format", "text"}, Status: 2, Stderr: "-format"},
	}...))
}

// A figure's value is written by internal/locale: thin no-break spaces
// between groups and a no-break space before "%" in French, commas and no
// space in English.
func TestFigureValue(t *testing.T) {
	tests := []struct {
		f      figure
		fr, en string
	}{
		{figure{low: n(22), high: n(22)}, "22", "22"},
		{figure{low: n(1500000), high: n(1500000)}, "1\u202f500\u202f000", "1,500,000"},
		{figure{low: pc(90), high: pc(90), percent: true}, "90\u00a0%", "90%"},
		{figure{low: pc(60), high: pc(65), percent: true}, "60 à 65\u00a0%", "60 to 65%"},
		{figure{low: decimal.RequireFromString("0.125"), high: decimal.RequireFromString("0.125"), percent: true}, "12,5\u00a0%", "12.5%"},
		{figure{low: n(1000), high: n(2500)}, "1\u202f000 à 2\u202f500", "1,000 to 2,500"},
	}
	for _, tt := range tests {
		if got := tt.f.value(lang.French); got != tt.fr {
			t.Errorf("%s-%s fr = %q, want %q", tt.f.low, tt.f.high, got, tt.fr)
		}
		if got := tt.f.value(lang.English); got != tt.en {
			t.Errorf("%s-%s en = %q, want %q", tt.f.low, tt.f.high, got, tt.en)
		}
	}
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, "pimms", func(args []string, stdout, stderr io.Writer) int {
		return run(context.Background(), args, stdout, stderr)
	})
}
