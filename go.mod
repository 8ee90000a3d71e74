module github.com/seed424036fd/societal

go 1.23

require (
	github.com/looplab/fsm v1.0.3 // indirect
	github.com/shopspring/decimal v1.4.0 // indirect
	pgregory.net/rapid v1.2.0 // indirect
)
