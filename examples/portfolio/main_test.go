package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/examples/internal/cli/clitest"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The generated fund holds exactly the source's totals (004:5705-5707,
// 004:3079), read back from the dossiers.
func TestGenerateTotals(t *testing.T) {
	ds, tot, err := generate(lang.French)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 27 || tot.Projects != 27 {
		t.Fatalf("%d dossiers, totals say %d; want 27", len(ds), tot.Projects)
	}
	budgets, advice := decimal.Zero, decimal.Zero
	for _, d := range ds {
		budgets = budgets.Add(d.Budget.Total)
		advice = advice.Add(d.Budget.CapacityBuilding)
		if err := d.Validate(); err != nil {
			t.Errorf("%s: %v", d.Name, err)
		}
		if m := d.Partnership.Terms().CommitmentMonths; m != 36 {
			t.Errorf("%s: commitment %d months, want 36", d.Name, m)
		}
	}
	if want := decimal.New(32_000_000, 0); !budgets.Equal(want) || !tot.Invested.Equal(want) {
		t.Errorf("budgets sum to %s (totals %s), want %s", budgets, tot.Invested, want)
	}
	if want := decimal.New(5_760_000, 0); !advice.Equal(want) || !tot.Advice.Equal(want) {
		t.Errorf("advice sums to %s (totals %s), want %s", advice, tot.Advice, want)
	}
	if !tot.Share.Equal(decimal.New(18, -2)) {
		t.Errorf("advice share %s, want 0.18", tot.Share)
	}
}

// A fund whose totals are off is refused loudly.
func TestCheckTotalsRefusesWrongSums(t *testing.T) {
	ds, _, err := generate(lang.French)
	if err != nil {
		t.Fatal(err)
	}
	b := *ds[0].Budget
	b.Total = b.Total.Add(decimal.New(1, 0))
	ds[0].Budget = &b
	if _, err := checkTotals(ds); err == nil || !strings.Contains(err.Error(), "32000000") {
		t.Errorf("checkTotals with one euro too many: %v, want an error naming 32000000", err)
	}
	if _, err := checkTotals(ds[1:]); err == nil {
		t.Error("checkTotals with 26 projects: no error")
	}
}

func TestLargestRemainder(t *testing.T) {
	w := []decimal.Decimal{decimal.New(1, 0), decimal.New(1, 0), decimal.New(1, 0)}
	parts, err := largestRemainder(decimal.New(10, 0), w)
	if err != nil {
		t.Fatal(err)
	}
	want := []int64{4, 3, 3}
	for i, p := range parts {
		if !p.Equal(decimal.New(want[i], 0)) {
			t.Errorf("part %d = %s, want %d", i, p, want[i])
		}
	}
	if _, err := largestRemainder(decimal.New(10, 0), []decimal.Decimal{decimal.Zero}); err == nil {
		t.Error("zero weights: no error")
	}
}

// The generation is deterministic: two runs print the same report.
func TestRunDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := report(context.Background(), lang.French, cli.Markdown, &a); err != nil {
		t.Fatal(err)
	}
	if err := report(context.Background(), lang.French, cli.Markdown, &b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("two runs differ")
	}
	out := a.String()
	fr := lang.French
	for _, s := range []string{
		"| " + texts.invested.In(fr) + " | " + fr.Money(decimal.New(investedEUR, 0), currency) + " | 004:5705 |",
		texts.adviceShare.Format(fr, lang.Money(decimal.New(5_760_000, 0), currency), lang.Percent(decimal.New(18, -2), 2)),
		"**" + texts.illustrative.In(fr) + "**",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q", s)
		}
	}
	if n := len(regexp.MustCompile(`(?m)^\| Projet \d\d — `).FindAllString(out, -1)); n != 2*27 { // wording.project
		t.Errorf("%d project rows, want 54 (split and dossiers tables)", n)
	}
}

// The JSON output holds the totals and 27 reports across the five phases,
// with every verdict and some missing evidence.
func TestRunJSON(t *testing.T) {
	var buf bytes.Buffer
	if status := run(context.Background(), []string{"-format", "json", "-lang", "en"}, &buf, io.Discard); status != 0 {
		t.Fatalf("exit status %d", status)
	}
	var got struct {
		Note      string
		Fund      fundTotals
		Portfolio fund.Portfolio
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Note, "illustrative") && !strings.Contains(got.Note, "Only the totals") {
		t.Errorf("note %q does not say the split is illustrative", got.Note)
	}
	if !got.Fund.Invested.Equal(decimal.New(32_000_000, 0)) || !got.Fund.Advice.Equal(decimal.New(5_760_000, 0)) {
		t.Errorf("fund totals %+v", got.Fund)
	}
	p := got.Portfolio
	if len(p.Reports) != 27 {
		t.Fatalf("%d reports, want 27", len(p.Reports))
	}
	for ph := range innovation.Phases() {
		if p.Phases[ph] == 0 {
			t.Errorf("no project in %s", ph)
		}
	}
	for v := societal.Ready; v <= societal.Blocked; v++ {
		if p.Verdicts[v] == 0 {
			t.Errorf("no project %s", v)
		}
	}
	if len(p.Missing) == 0 {
		t.Error("no missing evidence in the fund")
	}
}

// The command line: -h prints the usage and exits 0; -lang and -format
// are read in any case, before or after one another; an unknown flag, a bad
// value or an argument exits 2 with the usage on standard error, and
// nothing on standard output.
func TestCommandLine(t *testing.T) {
	clitest.Run(t, "portfolio", func(args []string, stdout, stderr io.Writer) int {
		return run(context.Background(), args, stdout, stderr)
	}, []clitest.Case{
		{Args: []string{"-h"}, Stdout: "portfolio ["},
		{Args: []string{"-help"}, Stdout: "-format format"},
		{Args: []string{"-lang", "en"}, Stdout: "# " + texts.title.In(lang.English) + "\n"},
		{Args: []string{"-format", "TXT", "-lang", "EN"}, Stdout: "\n" + texts.projects.In(lang.English) + " "},
		{Args: []string{"-format", "md"}, Stdout: "| " + texts.invested.In(lang.French) + " | " + lang.French.Money(decimal.New(investedEUR, 0), currency) + " | 004:5705 |"},
		{Args: []string{"-lang", "Français", "-format", "JSON"}, Stdout: `"note": "` + texts.note.In(lang.French)[:20]},
		{Args: []string{"-nope"}, Status: 2, Stderr: "-nope"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `"de"`},
		{Args: []string{"-format", "pdf"}, Status: 2, Stderr: `"pdf"`},
		{Args: []string{"extra", "-lang", "en"}, Status: 2, Stderr: `unexpected argument "extra": portfolio takes no argument`},
	})
}

// foreign are words of the other language that a report in lang must not
// hold: the program's words and the generated dossiers'.
var foreign = [...][]string{
	lang.French: {"Project ", "Illustrative.", "Invested", "of which", "months", "Split", "association (illustrative)",
		"getting into work", "people supported"},
	lang.English: {"Projet ", "Illustratif.", "Investi", "dont ", "mois", "Répartition", "(illustratif)",
		"insertion professionnelle", "personnes accompagnées", "M€"},
}

// Every report, Markdown and text, is in one language with its typography:
// the program's preface, the library's portfolio and the dossiers' names,
// generated in the report's language; the figures are the same in both.
func TestOneLanguage(t *testing.T) {
	for _, l := range []lang.Lang{lang.French, lang.English} {
		for _, format := range []cli.Format{cli.Markdown, cli.Text} {
			var b bytes.Buffer
			if err := report(context.Background(), l, format, &b); err != nil {
				t.Fatal(err)
			}
			clitest.OneLanguage(t, "portfolio -format "+format.String(), l, b.String(), foreign[l]...)
		}
	}
	fr, frTotals, err := generate(lang.French)
	if err != nil {
		t.Fatal(err)
	}
	en, enTotals, err := generate(lang.English)
	if err != nil {
		t.Fatal(err)
	}
	if frTotals.Projects != enTotals.Projects || !frTotals.Invested.Equal(enTotals.Invested) || !frTotals.Advice.Equal(enTotals.Advice) ||
		!frTotals.Share.Equal(enTotals.Share) || frTotals.Currency != enTotals.Currency {
		t.Errorf("totals differ by language: %+v and %+v", frTotals, enTotals)
	}
	for i := range fr {
		if fr[i].Phase != en[i].Phase || !fr[i].Budget.Total.Equal(en[i].Budget.Total) || fr[i].Name == en[i].Name {
			t.Errorf("dossier %d: %q %s %s and %q %s %s, want the same figures under two names", i,
				fr[i].Name, fr[i].Phase, fr[i].Budget.Total, en[i].Name, en[i].Phase, en[i].Budget.Total)
		}
	}
}

// The program's words, and the generated dossiers', are written in every
// language.
func TestTextsComplete(t *testing.T) {
	for name, table := range map[string]any{"texts": texts, "wording": wording} {
		v := reflect.ValueOf(table)
		for i := range v.NumField() {
			f := v.Field(i)
			if f.Type() != reflect.TypeOf(lang.Text{}) {
				continue // the themes, below
			}
			var text lang.Text
			for j := range text {
				text[j] = f.Index(j).String()
			}
			if l, missing := text.Missing(); missing {
				t.Errorf("%s.%s has no %v wording", name, v.Type().Field(i).Name, l)
			}
		}
	}
	for i, theme := range wording.themes {
		if l, missing := theme.Missing(); missing {
			t.Errorf("theme %d has no %v wording", i, l)
		}
	}
}

// In the pseudo-locale, the report, Markdown and text, holds no word but
// marked ones and data: the dossiers are worded in the pseudo-locale too,
// the fund's name and the currency are data.
func TestPseudoLocale(t *testing.T) {
	for _, format := range []cli.Format{cli.Markdown, cli.Text} {
		var b bytes.Buffer
		if err := report(context.Background(), lang.Pseudo, format, &b); err != nil {
			t.Fatal(err)
		}
		clitest.Pseudo(t, "portfolio -lang qps -format "+format.String(), b.String(), "AG2R LA MONDIALE", "Fonds d'Innovation", "EUR", "M€", "rameau-2018/1")
	}
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, "portfolio", func(args []string, stdout, stderr io.Writer) int {
		return run(context.Background(), args, stdout, stderr)
	})
}
