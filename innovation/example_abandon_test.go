package innovation_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/seed424036fd/societal/innovation"
)

// A project is abandoned during its experimentation: the abandon needs a
// reason, is recorded in the history with the phase the project stopped in,
// and is final — every later transition is refused with ErrTransition.
func ExampleLifecycle_Abandon() {
	ctx := context.Background()
	day := time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC)
	l, err := innovation.New(innovation.Experimentation,
		innovation.WithClock(func() time.Time { day = day.AddDate(0, 1, 0); return day }))
	if err != nil {
		panic(err)
	}

	// An abandon without a reason is refused, and nothing changes.
	err = l.Abandon(ctx, innovation.Note{By: "comité"})
	fmt.Println(errors.Is(err, innovation.ErrInvalid), l.Status())

	err = l.Abandon(ctx, innovation.Note{By: "comité", Reason: "pas de public atteint"})
	fmt.Println(err, l.Status())
	for _, t := range l.History() {
		fmt.Println(t.At.Format("2006-01-02"), t.Kind, t.From, "→", t.To, "—", t.By+":", t.Reason)
	}

	err = l.Advance(ctx, innovation.Note{By: "comité"})
	fmt.Println(errors.Is(err, innovation.ErrTransition), l.CanAdvance())
	fmt.Println(err)
	// Output:
	// true experimentation
	// <nil> abandoned in experimentation
	// 2015-04-01 abandon experimentation → experimentation — comité: pas de public atteint
	// true false
	// innovation: cannot advance from “Experimentation” to “Modelling”: the project was abandoned, which is final
}
