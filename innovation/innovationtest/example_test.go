package innovationtest_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/innovation/innovationtest"
)

// An adopter's test of their own gate, in a _test.go file. Go examples
// have no *testing.T, so this example is compiled but not run: in a real
// test, t is the test's *testing.T.
func ExampleRun() {
	var t *testing.T // in a real test: func TestReadinessGate(t *testing.T) { … }

	// The funder's rule: leaving Modélisation takes the committee's word.
	committee := func(_ context.Context, p innovation.Transition) error {
		if p.From == innovation.Modelisation && p.By != "comité" {
			return errors.New("the committee has not decided")
		}
		return nil
	}
	innovationtest.Run(t, innovationtest.Harness{
		Gates: []innovationtest.Gate{{Name: "comité", Func: committee}},
		Expect: func(from innovation.Phase, note innovation.Note) bool {
			return from != innovation.Modelisation || note.By == "comité"
		},
		MaxHistory: 10,
	})
}

// A deterministic scenario: the machine checks each request's outcome and
// every invariant; nil means the lifecycle behaved, refusals included.
func ExampleMachine() {
	committee := func(_ context.Context, p innovation.Transition) error {
		if p.By != "comité" {
			return errors.New("the committee has not decided")
		}
		return nil
	}
	m, err := innovationtest.NewMachine(innovationtest.Harness{
		Gates: []innovationtest.Gate{{Name: "comité", Func: committee}},
	}, innovation.Snapshot{Start: innovation.Modelisation, Status: innovation.Status{Phase: innovation.Modelisation}})
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	fmt.Println(m.Advance(ctx, innovation.Note{By: "porteur"})) // refused by the gate, as expected
	fmt.Println(m.Advance(ctx, innovation.Note{By: "comité"}))
	fmt.Println(m.ReturnTo(ctx, innovation.Industrialisation, innovation.Note{Reason: "?"})) // refused: forward
	fmt.Println(m.RoundTrip())
	fmt.Println(m.Lifecycle().Phase())
	// Output:
	// <nil>
	// <nil>
	// <nil>
	// <nil>
	// essaimage
}
