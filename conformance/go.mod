module github.com/seed424036fd/societal/conformance

go 1.24

require (
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/seed424036fd/societal v0.0.0
)

require (
	github.com/looplab/fsm v1.0.3 // indirect
	github.com/shopspring/decimal v1.4.0 // indirect
	golang.org/x/text v0.14.0 // indirect
	pgregory.net/rapid v1.2.0 // indirect
)

replace github.com/seed424036fd/societal => ../
