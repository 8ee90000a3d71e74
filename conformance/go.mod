module github.com/seed424036fd/societal/conformance

go 1.25

replace github.com/seed424036fd/societal => ../

require (
	github.com/chromedp/cdproto v0.160.5
	github.com/chromedp/chromedp v0.23.1
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/seed424036fd/societal v0.0.0-00010101000000-000000000000
	github.com/yuin/goldmark v1.8.7
)

require (
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/looplab/fsm v1.0.3 // indirect
	github.com/shopspring/decimal v1.4.0 // indirect
	golang.org/x/text v0.14.0 // indirect
	pgregory.net/rapid v1.2.0 // indirect
)
