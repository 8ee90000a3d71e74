package evaluation

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

func perf(d Degree, es ...Evaluator) *PerformanceReport {
	return &PerformanceReport{Degree: d, Evaluators: es,
		Indicators: []Indicator{ind("x", Social, HigherIsBetter, "0", "1", decimal.NullDecimal{}, "1")}}
}

func pert(d Degree, path, gap string, impacts int, es ...Evaluator) *PertinenceReport {
	r := &PertinenceReport{Degree: d, Evaluators: es, Path: path, Gap: gap}
	for range impacts {
		r.Impacts = append(r.Impacts, Impact{Description: "i", Kind: Voulu, Evidence: d})
	}
	return r
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name    string
		phase   innovation.Phase
		reports []Report
		want    []Finding
	}{
		{
			name:    "conception, fitting",
			phase:   innovation.Conception,
			reports: []Report{pert(SeConter, "le chemin", "", 0, Beneficiaires)},
		},
		{
			name:    "compter in conception (004:5509-5515, 002:1036)",
			phase:   innovation.Conception,
			reports: []Report{pert(SeConter, "le chemin", "", 0, Beneficiaires), perf(Compter, Partenaires)},
			want:    []Finding{{Code: DegreeTooEarly, Field: "reports[1].degree"}},
		},
		{
			name:    "no path written in R&D (004:3346-3348)",
			phase:   innovation.Experimentation,
			reports: []Report{pert(SeCompter, "", "", 0, Beneficiaires)},
			want:    []Finding{{Code: NoPathWritten, Field: "reports"}},
		},
		{
			name:    "nothing in R&D",
			phase:   innovation.Conception,
			reports: nil,
			want: []Finding{{Code: DegreeMissing, Field: "reports"}, {Code: FormMissing, Field: "reports"},
				{Code: EvaluatorMissing, Field: "reports"}, {Code: NoPathWritten, Field: "reports"}},
		},
		{
			name:    "modélisation without academics nor peers (004:3226, 3230)",
			phase:   innovation.Modelisation,
			reports: []Report{pert(SeConter, "", "", 0, Beneficiaires)},
			want:    []Finding{{Code: DegreeMissing, Field: "reports"}, {Code: EvaluatorMissing, Field: "reports"}},
		},
		{
			name:    "deployment, fitting",
			phase:   innovation.Essaimage,
			reports: []Report{perf(Compter, Partenaires), pert(SeConter, "", "écart analysé", 1, Beneficiaires)},
		},
		{
			name:    "no beneficiary voice at deployment (004:3370-3372)",
			phase:   innovation.Industrialisation,
			reports: []Report{perf(Compter, Partenaires, Academiques), pert(Compter, "", "écart", 2, Academiques)},
			want:    []Finding{{Code: EvaluatorMissing, Field: "reports"}},
		},
		{
			name:    "deployment without measuring nor performance, no gap, no impacts",
			phase:   innovation.Essaimage,
			reports: []Report{pert(SeCompter, "", "", 0, Beneficiaires)},
			want: []Finding{{Code: DegreeMissing, Field: "reports"}, {Code: FormMissing, Field: "reports"},
				{Code: GapNotAnalysed, Field: "reports[0].gap"}, {Code: ImpactsMissing, Field: "reports[0].impacts"},
				{Code: NoBeneficiaryAccount, Field: "reports"}},
		},
		{
			// « via du "story telling", des témoignages et l'inclusion de
			// bénéficiaires, lors du déploiement » (004:3370-3372).
			name:    "deployment, beneficiaries measured but no account (004:3370-3372, 3386)",
			phase:   innovation.Essaimage,
			reports: []Report{perf(Compter, Partenaires, Beneficiaires), pert(Compter, "", "écart analysé", 1, Beneficiaires)},
			want:    []Finding{{Code: NoBeneficiaryAccount, Field: "reports"}},
		},
		{
			// « en recourant au récit des bénéficiaires » (004:3386): a
			// written path told with the beneficiaries.
			name:    "deployment, the beneficiaries' story written",
			phase:   innovation.Industrialisation,
			reports: []Report{perf(Compter, Partenaires), pert(Compter, "récit des bénéficiaires", "écart analysé", 1, Beneficiaires)},
		},
		{
			name:    "deployment, the story told by others",
			phase:   innovation.Essaimage,
			reports: []Report{perf(Compter, Beneficiaires), pert(Compter, "récit des partenaires", "écart analysé", 1, Partenaires)},
			want:    []Finding{{Code: NoBeneficiaryAccount, Field: "reports"}},
		},
		{
			// « légers » en phase de R&D (004:3368): a measurement is the
			// heavy effort, reported as too early.
			name:    "R&D, light effort: no account asked",
			phase:   innovation.Experimentation,
			reports: []Report{pert(SeConter, "le chemin", "", 0, Partenaires, Beneficiaires)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := Check(tt.phase, tt.reports...)
			if err != nil {
				t.Fatal(err)
			}
			checkFindings(t, fs, tt.want)
		})
	}
}

func TestCheckInvalid(t *testing.T) {
	var nilPerf *PerformanceReport
	_, err := Check(0, nil, nilPerf, &PertinenceReport{Degree: 0})
	for _, f := range []string{"phase", "reports[0]", "reports[1]", "reports[2].degree"} {
		if !hasField(err, f) {
			t.Errorf("Check() = %v, does not name %q", err, f)
		}
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("Check() = %v, want ErrInvalid", err)
	}
}

func TestFindingString(t *testing.T) {
	f := Finding{Code: MissingEvidence, Field: "indicators[2].actual", Name: "jobs"}
	if got, want := f.String(), f.Field+": "+f.Code.String()+": "+f.Note(lang.English); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	for l := range lang.Langs() {
		if got, want := f.Label(l), f.Field+l.Colon()+f.Code.Label(l)+l.Colon()+f.Note(l); got != want {
			t.Errorf("Label(%v) = %q, want %q", l, got, want)
		}
		if got, want := f.Text(l), f.Code.Label(l)+l.Colon()+f.Note(l); got != want {
			t.Errorf("Text(%v) = %q, want %q", l, got, want)
		}
	}
	if got := (Finding{Code: NoCommonGood}).String(); got != "no-common-good" {
		t.Errorf("String() = %q", got)
	}
}

// sampleFindings is a finding of every code, with the arguments its note
// quotes.
func sampleFindings() []Finding {
	d := decimal.RequireFromString
	var fs []Finding
	for c := range Codes() {
		f := Finding{Code: c, Field: "field", Name: "Wimoov", Lever: Societal, Phase: innovation.Essaimage,
			Degree: Compter, MaxDegree: SeCompter, Form: Partenariale, Evaluator: Beneficiaires, Count: 2}
		switch c {
		case BeyondTarget, AwayFromTarget:
			f.Value = d("1.23456")
		case EvaluationOverShare:
			f.Value, f.Limit = d("0.125"), d("0.1")
		case CapacityBelowScale:
			f.Value, f.Limit = d("0.1"), d("0.22")
		case DimensionNotAssessed:
			f.CommonGood = Politique
		}
		fs = append(fs, f)
	}
	return fs
}

// TestFindingTexts: the text of every code, in every language, in golden
// files; in the pseudo-locale every word but the data is marked.
func TestFindingTexts(t *testing.T) {
	for l := range lang.Langs() {
		var b strings.Builder
		for _, f := range sampleFindings() {
			b.WriteString(f.Label(l))
			b.WriteByte('\n')
		}
		golden.Check(t, "findings.text."+l.String(), b.String())
	}
	for _, f := range sampleFindings() {
		u := strings.ReplaceAll(lang.Unmarked(f.Label(lang.Pseudo)), "Wimoov", "")
		if strings.ContainsFunc(strings.ReplaceAll(u, "field", ""), unicode.IsLetter) {
			t.Errorf("%v: %q escaped the tables in %q", f.Code, u, f.Label(lang.Pseudo))
		}
	}
}
