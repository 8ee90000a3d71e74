module github.com/seed424036fd/societal

go 1.24

require (
	github.com/looplab/fsm v1.0.3
	github.com/shopspring/decimal v1.4.0
	pgregory.net/rapid v1.2.0
)
