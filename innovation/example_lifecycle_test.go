package innovation_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

func ExampleLifecycle() {
	ctx := context.Background()
	day := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	l, _ := innovation.New(innovation.Experimentation,
		innovation.WithClock(func() time.Time { day = day.AddDate(0, 0, 1); return day }))

	_ = l.Advance(ctx, innovation.Note{By: "Unis-Cité", Reason: "savoir-faire capitalisé"})
	_ = l.ReturnTo(ctx, innovation.Experimentation, innovation.Note{Reason: "nouveau public à tester"})
	err := l.ReturnTo(ctx, innovation.Industrialisation, innovation.Note{Reason: "raccourci"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, innovation.ErrTransition))

	for _, t := range l.History() {
		fmt.Println(t.At.Format("2006-01-02"), t.Kind, t.From, "→", t.To, t.Reason)
	}
	fmt.Println("now:", l.Phase().Label(lang.French))
	// Output:
	// innovation: cannot return from “Experimentation” to “Industrialisation”: a return must go to an earlier phase
	// true
	// 2010-01-02 advance experimentation → modelisation savoir-faire capitalisé
	// 2010-01-03 return modelisation → experimentation nouveau public à tester
	// now: Expérimentation
}

func ExampleGate() {
	ctx := context.Background()
	errNoOperatorModel := errors.New("no operator model")
	l, _ := innovation.New(innovation.Modelisation,
		innovation.WithGate("modèle opérateur", func(_ context.Context, t innovation.Transition) error {
			if t.To.EconomicModel() == innovation.ModeleOperateur {
				return errNoOperatorModel
			}
			return nil
		}))
	err := l.Advance(ctx, innovation.Note{})
	fmt.Println(errors.Is(err, innovation.ErrGate), errors.Is(err, errNoOperatorModel))
	fmt.Println(l.Phase())
	// Output:
	// true true
	// modelisation
}

func ExampleNext() {
	s := innovation.Status{Phase: innovation.Conception}
	s, _ = innovation.Next(s, innovation.Advance, 0)
	fmt.Println(s.Phase)
	_, err := innovation.Next(s, innovation.Advance, innovation.Essaimage)
	fmt.Println(err)
	// Output:
	// experimentation
	// innovation: cannot advance from “Experimentation” to “Spreading”: an advance goes one phase at a time, to “Modelling”
}

func ExampleRestoreJSON() {
	data := []byte(`{"start":"conception","status":{"phase":"modelisation"},"history":[
		{"from":"conception","to":"experimentation","kind":"advance","at":"1995-09-01T00:00:00Z"},
		{"from":"experimentation","to":"modelisation","kind":"advance","at":"1994-01-01T00:00:00Z"}]}`)
	_, err := innovation.RestoreJSON(data)
	fmt.Println(err)
	// Output:
	// innovation: history[1].at "1994-01-01T00:00:00Z": before the previous entry's 1995-09-01T00:00:00Z
}
