// Package lang is the one place where societal speaks a language: the
// languages a reader may ask for ([Lang]), every text that has a language
// ([Text], one value indexed by language), and how a number, a list or a
// label is written in each ([Lang.Decimal], [Lang.List], [Lang.Colon], …).
// Every other package of the module holds its words as [Text] values in
// tables and never branches on a particular language.
//
// # Overview
//
// A [Text] holds one wording per language, in the order of the constants:
// French, the sources' language, then English.
//
//	var ready = lang.Text{"Prêt", "Ready"}
//	ready.In(lang.English) // "Ready"
//
// A text may quote arguments by number, {1} to {9}, so that a language
// orders them as its grammar wants; each argument is an [Arg], rendered in
// the reader's language when the text is ([Text.Format]):
//
//	var lacks = lang.Text{"{1} sans preuve pour l'instant", "{1} has no evidence yet"}
//	lacks.Format(lang.French, lang.Data("Wimoov"))
//
// Every label of the module (a phase, a lever, a verdict) is an [Arg], and
// so is a [Text]: a message quotes a label and the label follows the
// message's language. Numbers are formatted for the language by the
// methods of [Lang] ("12,5 %" and "500 000 EUR" in French, "12.5%" and
// "500,000 EUR" in English) or quoted as [Arg] values ([Int], [Decimal],
// [Percent], [Money]). What an input holds (a name, a key, a file name) is
// quoted with [Data]: it is the input's own text, in no language.
//
// # Adding a language
//
// A language is one constant before numLangs, one row of the formats
// table (format.go) and one more column in every [Text] of the module. The
// tests of each package check that no column is empty.
//
// # Pseudo-locale
//
// [Pseudo] is for tests, as the pseudo-locales of large products are: it
// renders every text of the module in English marked ⟦thus⟧ (numbers as in
// English, arguments as themselves), so that a test reading an output finds
// any word that did not come from a [Text]: what is neither marked nor the
// input's own data escaped the mechanism. [Langs] does not yield it.
//
// # Zero values
//
// The zero [Lang] is [French], the documented default. The zero [Text] is
// empty in every language.
//
// # Concurrency
//
// Everything here is a plain value or a pure function: safe for concurrent
// use. The package has no state.
package lang
