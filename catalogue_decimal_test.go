package societal_test

import "github.com/shopspring/decimal"

type decimalT = decimal.Decimal

func mustDecimal(s string) decimal.Decimal { return decimal.RequireFromString(s) }
