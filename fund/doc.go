// Package fund holds a fund's tooling around the readiness check of
// package societal: the assessment of a whole portfolio and of a stream of
// dossiers, the diff of two assessments and of two rubrics, and the
// reports a committee reads (text, Markdown with Mermaid charts, a
// self-contained HTML committee pack with its charts as inline SVG, CSV),
// in the reader's language.
//
// # Overview
//
// [Load] reads a fund's folder of submissions from a file system the
// caller gives (a directory, files, glob patterns; JSON and NDJSON) as an
// iterator, each submission it cannot assess named by a [*Refusal] (its
// file, its line, its problems); [Collect] gathers the dossiers and the
// refusals.
//
// [AssessAll] assesses a fund's dossiers on all cores with a
// [societal.Assessor] (nil: the default rubric) and aggregates them into a
// [Portfolio]: the reports in input order, counts per phase, verdict, gap,
// missing evidence, lever and partnership mode, the evidence coverage, the
// budgets and the partners' contributions (each currency apart,
// [societal.Money]); its Refused holds the submissions not assessed, which
// its reports and spreadsheet list after the dossiers.
// [AssessAllOn] dates it. [Portfolio.Ranked] orders the reports as a
// committee reads them ([CompareReports]). A portfolio renders as text,
// Markdown and HTML ([Portfolio.Text], [Portfolio.Markdown],
// [Portfolio.HTML]: the committee pack, every dossier's report after the
// portfolio, each on its own printed page) and as a spreadsheet
// ([Portfolio.WriteCSV], header [CSVHeader]); [HistoryChart] draws one
// dossier's dated lifecycle, and [ReportHTML] writes a dossier's report
// with it as one HTML page.
//
// [AssessStream] and [AssessNDJSON] assess a stream of dossiers of any
// length and keep a [Summary] per dossier and a small [Refusal] per
// dossier refused, in a [Digest]; [DecodeNDJSON] reads NDJSON as an
// iterator. All three assessments run on one worker pool, GOMAXPROCS
// workers, their results in the order of the input.
//
// [Diff] lists what changed between two assessments of a portfolio (a
// year apart, say): the projects whose phase or verdict changed, with the
// checks closed and opened, the ones added and withdrawn, the pairings it
// could not make. [DiffRubrics] lists the verdicts that change when a
// portfolio is judged by an edited rubric, and the rules that caused each.
// Both render as text, Markdown and HTML ([Change.Text],
// [RubricChange.Markdown], [Change.HTML], …), by labels, never keys, and
// as spreadsheets ([Change.WriteCSV], [RubricChange.WriteCSV]); a rule of
// the edited rubric that changes no verdict says why ([Idle]).
//
// # Reports
//
// Every report is one document rendered by each format, so that text,
// Markdown and HTML say the same. Each chart is described once and drawn
// by each format: Mermaid in Markdown, inline SVG in HTML (titled,
// described for screen readers, a legend inside, whole-number axes, the
// Okabe–Ito palette with the darkest and lightest tones apart for grey
// print), its table in text; the shares of a phase mix add up to 100 %. Every word of it comes from the package's table
// of texts or the model's labels, in the language asked for; what the
// dossiers hold (names, identifiers, currencies, file names) is data,
// escaped for the format: no HTML, link, autolink, emphasis or
// strikethrough in Markdown, no element, attribute or entity in HTML, no
// control or bidirectional character in text, no formula in CSV.
//
// # Zero values
//
// The zero [Portfolio], [Digest], [Change] and [RubricChange] hold
// nothing; the zero [Refusal] refuses nothing. The zero values of the
// enumerations ([MatchKey], [Rule]) are invalid.
//
// # Errors
//
// A dossier that does not decode is refused with its decoder's problems
// (each a *problem.Error unwrapping to societal.ErrDossier and its
// sentinel, societal.ErrLimit for a line over societal.MaxJSON bytes), held
// by a [*Refusal]: the package's one error type, which says where the
// dossier was read (its file, its line) and renders in any language
// ([Refusal.Text]). A read error of an NDJSON text is a *Refusal at the
// line it stopped at, unwrapping to the read error. The package's own
// problems are a *problem.Error of these codes:
//
//   - "malformed-refusal": the JSON of a Refusal does not read
//     (problem.ErrSyntax);
//   - "empty-directory": a directory Load reads holds no *.json or
//     *.ndjson file (fs.ErrNotExist);
//   - "no-match": a pattern Load reads matches no file (fs.ErrNotExist).
//
// An enumeration's UnmarshalText refuses a key it does not know with an
// error wrapping problem.ErrUnknown; MarshalText an invalid value with one
// wrapping problem.ErrInvalid. A context done is returned as ctx.Err().
//
// # Concurrency
//
// Every function is safe for concurrent use; portfolios, digests, diffs
// and refusals are plain values, safe for concurrent reads once returned.
// The package has no state but the default rubric's assessor, built once.
package fund
