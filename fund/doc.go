// Package fund holds a fund's tooling around the readiness check of
// package societal: the assessment of a whole portfolio, of a stream of
// dossiers, the comparison of two assessments and of two rubrics, and the
// reports a committee reads (text, Markdown with Mermaid charts, CSV).
//
// # Overview
//
// [AssessAll] assesses a fund's dossiers on all cores with a
// [societal.Assessor] (nil: the default rubric) and aggregates them into a
// [Portfolio]: the reports in input order, counts per phase, verdict, gap,
// missing evidence, lever and partnership mode, the evidence coverage, the
// budgets and the partners' contributions (each currency apart, [Money]).
// [Portfolio.Ranked] orders the reports as a committee reads them
// ([CompareReports]). A portfolio renders as text and Markdown
// ([Portfolio.Text], [Portfolio.Markdown]) in the reader's language, and as
// a spreadsheet ([Portfolio.WriteCSV], header [CSVHeader]).
//
// [AssessStream] and [AssessNDJSON] assess a stream of dossiers of any
// length and keep a [Summary] per dossier and a small [Refusal] per
// dossier refused, in a [Digest]; [DecodeNDJSON] reads NDJSON as an
// iterator.
//
// [Diff] lists what changed between two assessments of a portfolio (a
// year apart, say): the projects whose phase or verdict changed, the ones
// added and withdrawn, the pairings it could not make. [DiffRubrics] lists
// the verdicts that change when a portfolio is judged by an edited rubric,
// and why.
//
// # Zero values
//
// The zero [Portfolio] and [Digest] hold no dossier. The zero values of
// the enumerations ([MatchKey], [Rule]) are invalid.
//
// # Errors
//
// The problems of a dossier are package societal's, with its sentinels
// ([societal.ErrDossier], [societal.ErrLimit], …); a line of NDJSON that
// does not decode is a [*LineError]; the context's error is returned as it
// is.
//
// # Concurrency
//
// Every function is safe for concurrent use; portfolios, digests and
// comparisons are plain values, safe for concurrent reads once returned.
package fund
