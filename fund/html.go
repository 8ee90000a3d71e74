package fund

import (
	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// HTML renders the portfolio in l as one self-contained HTML page, the
// committee pack: the content of Markdown, its charts drawn as inline SVG
// (each titled, with a legend inside where it has several series, on an
// axis of whole numbers, its table beside it or after it), then the report
// of every dossier in the order of Ranked, each from a new sheet when
// printed (A4). The page needs no network and runs no script (its
// Content-Security-Policy forbids both). What the dossiers hold is escaped:
// it makes no element, attribute or entity.
func (p *Portfolio) HTML(l lang.Lang) string {
	d := p.doc(l)
	for _, r := range p.Ranked() {
		d.NewPage()
		d.Append(doc.Report(r, l))
	}
	return d.HTML(options(l))
}

// ReportHTML renders the report r of dossier d in l as one self-contained
// HTML page: r's page (Report.HTML) with, after it, d's lifecycle and
// dated history drawn as inline SVG (what HistoryChart draws in Mermaid),
// when d has a history.
func ReportHTML(r *societal.Report, d *societal.Dossier, l lang.Lang) string {
	page := doc.Report(r, l)
	if f, ok := history(d, l); ok {
		page.Flow(f)
	}
	return page.HTML(options(l))
}

// HTML renders c in l as one self-contained HTML page, with the content
// of Markdown.
func (c Change) HTML(l lang.Lang) string { return c.doc(l).HTML(options(l)) }

// HTML renders rc in l as one self-contained HTML page, with the content
// of Markdown.
func (rc RubricChange) HTML(l lang.Lang) string { return rc.doc(l).HTML(options(l)) }

// options are the options of a document rendered in l.
func options(l lang.Lang) doc.Options { return doc.Options{Colon: l.Colon(), Lang: l} }
