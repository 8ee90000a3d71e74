package evaluationtest_test

import (
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/evaluation/evaluationtest"
	"github.com/seed424036fd/societal/innovation/innovationtest"
)

// checkReport checks a generated report: valid, scored or without
// evidence, with findings, and through JSON and Decode unchanged in form.
func checkReport(t *rapid.T, r evaluation.Report) {
	if err := r.Validate(); err != nil {
		t.Fatalf("generated %s report invalid: %v", r.Form(), err)
	}
	if _, err := r.Score(); err != nil && !errors.Is(err, evaluation.ErrNoEvidence) {
		t.Fatalf("Score: %v", err)
	}
	if _, err := r.Findings(); err != nil {
		t.Fatalf("Findings: %v", err)
	}
	if _, err := evaluation.Check(innovationtest.Phase().Draw(t, "phase"), r); err != nil {
		t.Fatalf("Check: %v", err)
	}
	data, err := r.(interface{ MarshalJSON() ([]byte, error) }).MarshalJSON()
	if err != nil {
		t.Fatalf("MarshalJSON: %v", err)
	}
	back, err := evaluation.Decode(data)
	if err != nil {
		t.Fatalf("Decode(%s): %v", data, err)
	}
	if back.Form() != r.Form() {
		t.Fatalf("decoded form %s, want %s", back.Form(), r.Form())
	}
}

func TestEvaluationGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		perf := evaluationtest.PerformanceReport(6).Draw(t, "performance")
		if len(perf.Indicators) > 6 {
			t.Fatalf("%d indicators, max 6", len(perf.Indicators))
		}
		checkReport(t, perf)
		checkReport(t, evaluationtest.PertinenceReport(4).Draw(t, "pertinence"))
		part := evaluationtest.PartenarialeReport(0).Draw(t, "partenariale")
		if len(part.Partners) != 2 {
			t.Fatalf("PartenarialeReport(0) has %d partners, want the minimum 2", len(part.Partners))
		}
		checkReport(t, part)
		checkReport(t, evaluationtest.Report(4).Draw(t, "report"))

		b := evaluationtest.Budget().Draw(t, "budget")
		if err := b.Validate(); err != nil {
			t.Fatalf("generated budget invalid: %v", err)
		}
		if _, err := b.Check(innovationtest.Phase().Draw(t, "phase")); err != nil {
			t.Fatalf("Budget.Check: %v", err)
		}
	})
}
