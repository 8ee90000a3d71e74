package societal

import (
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// HTML renders r in l as one self-contained HTML page, what a committee
// opens in a browser or prints: the content of Markdown in tables, and the
// lifecycle drawn as inline SVG. The page needs no network and runs no
// script (its Content-Security-Policy forbids both); it prints on A4, on
// one sheet for a report of usual length. What the dossier holds is
// escaped: it makes no element, attribute or entity, and its control and
// bidirectional characters are shown, not obeyed.
func (r *Report) HTML(l lang.Lang) string {
	return r.document(l).HTML(doc.Options{Colon: l.Colon(), Lang: l})
}

func init() {
	doc.Report = func(r any, l lang.Lang) *doc.Doc { return r.(*Report).document(l) }
}
