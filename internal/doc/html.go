package doc

import (
	"crypto/sha256"
	"encoding/base64"
	"html"
	"strconv"
	"strings"
)

// HTML renders d as one self-contained HTML page in o.Lang (its <html
// lang>): no script, no request for anything (the stylesheet is in the
// page, the charts are inline SVG), a stylesheet for the screen and for
// print (A4; each page of d, [Doc.NewPage], printed from a new sheet), and
// a Content-Security-Policy that forbids every script, font, frame and
// request, so that nothing in the page could run even if it held markup.
// Its title is the text of d's first heading. Data is escaped by
// [EscapeHTML]; the module's words are HTML text too, never markup.
func (d *Doc) HTML(o Options) string {
	var b strings.Builder
	title := ""
	for _, bl := range d.blocks {
		if bl.kind == heading {
			title = bl.text.string(&titleFormat)
			break
		}
	}
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + html.EscapeString(o.Lang.String()) + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="` + ContentSecurityPolicy + `">` + "\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
	b.WriteString("<link rel=\"icon\" href=\"data:,\">\n<title>" + title + "</title>\n<style>" + stylesheet + "</style>\n</head>\n<body>\n")
	b.WriteString("<section class=\"page\">\n")
	figures := 0
	for _, bl := range d.blocks {
		switch bl.kind {
		case heading:
			h := strconv.Itoa(bl.level)
			b.WriteString("<h" + h + ">" + bl.text.string(&htmlFormat) + "</h" + h + ">\n")
		case para:
			b.WriteString("<p>" + bl.text.string(&htmlFormat) + "</p>\n")
		case fields:
			b.WriteString("<table class=\"fields\">\n<tbody>\n")
			for _, r := range bl.rows {
				b.WriteString("<tr><th scope=\"row\">" + r[0].string(&htmlFormat) + "</th><td>" + r[1].string(&htmlFormat) + "</td></tr>\n")
			}
			b.WriteString("</tbody>\n</table>\n")
		case table:
			writeHTMLTable(&b, "", bl.head, bl.rows)
		case list, numbered:
			tag := "ul"
			if bl.kind == numbered {
				tag = "ol"
			}
			b.WriteString("<" + tag + ">\n")
			for _, it := range bl.items {
				b.WriteString("<li>" + it.string(&htmlFormat) + "</li>\n")
			}
			b.WriteString("</" + tag + ">\n")
		case chart:
			figures++
			b.WriteString("<figure class=\"chart\">\n" + bl.chart.svg("fig"+strconv.Itoa(figures)))
			b.WriteString("</figure>\n")
			if !bl.chart.Beside {
				head, rows := bl.chart.table()
				writeHTMLTable(&b, "equivalent", head, rows)
			}
		case flow:
			figures++
			b.WriteString("<figure class=\"flow\">\n" + bl.flow.svg("fig"+strconv.Itoa(figures)) + "</figure>\n")
		case pageBreak:
			b.WriteString("</section>\n<section class=\"page\">\n")
		}
	}
	b.WriteString("</section>\n</body>\n</html>\n")
	return b.String()
}

// writeHTMLTable writes a table with its head, of class class if any.
func writeHTMLTable(b *strings.Builder, class string, head []Line, rows [][]Line) {
	b.WriteString("<table")
	if class != "" {
		b.WriteString(` class="` + class + `"`)
	}
	b.WriteString(">\n<thead>\n<tr>")
	for _, h := range head {
		b.WriteString("<th scope=\"col\">" + h.string(&htmlFormat) + "</th>")
	}
	b.WriteString("</tr>\n</thead>\n<tbody>\n")
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + c.string(&htmlFormat) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
}

// EscapeHTML writes s, text an input holds, as HTML text that reads as it
// is: on one line, its control characters and bidirectional controls shown
// as EscapeText shows them, then "<", ">", "&", and both quotes as
// entities, so that it makes no element, attribute or entity wherever it
// stands (in an element or a quoted attribute).
func EscapeHTML(s string) string { return html.EscapeString(visible(flat(s))) }

var (
	htmlFormat = format{
		words:  escapeWords,
		data:   EscapeHTML,
		strong: func(s string) string { return "<strong>" + s + "</strong>" },
		code:   func(s string) string { return "<code>" + EscapeHTML(s) + "</code>" },
	}
	// titleFormat writes the <title>: text alone.
	titleFormat = format{words: escapeWords, data: EscapeHTML, strong: func(s string) string { return s }, code: EscapeHTML}
)

// stylesheet is the page's one stylesheet: for the screen, and for print
// on A4, each section of the page from a new sheet, colours printed as
// they are.
const stylesheet = `
body{font-family:"DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif;font-size:15px;line-height:1.4;color:#000;background:#fff;margin:0 auto;max-width:62rem;padding:1rem 1.5rem}
h1,h2{font-size:1.4em;margin:.2em 0 .5em}
h3{font-size:1.1em;margin:1.1em 0 .3em}
h4{font-size:1em;margin:1em 0 .3em}
p{margin:.4em 0}
table{border-collapse:collapse;margin:.3em 0 .7em;width:100%}
th,td{border:1px solid #888;padding:.15em .35em;text-align:left;vertical-align:top;overflow-wrap:break-word}
thead th{background:#e8e8e8}
table.fields{width:auto;min-width:60%}
table.fields th{background:#f3f3f3;font-weight:600;white-space:nowrap}
table.equivalent{width:auto;font-size:.9em}
code{font-family:"DejaVu Sans Mono","Liberation Mono",Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
figure{margin:.5em 0 .8em}
svg{display:block;max-width:100%;height:auto}
tr,figure{break-inside:avoid}
h1,h2,h3,h4{break-after:avoid}
section.page+section.page{border-top:3px double #000;margin-top:2em;padding-top:1em}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4;margin:12mm 12mm 14mm}
@media print{
body{font-size:7pt;line-height:1.2;max-width:none;padding:0}
h1,h2{margin:0 0 .4em}
h3,h4{margin:.7em 0 .2em}
th,td{padding:.05em .3em}
table{margin:.2em 0 .4em}
section.page+section.page{break-before:page;border-top:none;margin-top:0;padding-top:0}
figure.chart svg{max-height:62mm;width:auto}
figure.flow svg{max-height:24mm;width:auto}
figure{margin:.3em 0 .4em}
}
`

// ContentSecurityPolicy is the policy of every page [Doc.HTML] writes (in
// a <meta> element) and a server may send with one: nothing may be loaded
// or run but the page's own stylesheet (by its hash) and its data: icon;
// no script, no form posting anywhere. (A server adds frame-ancestors,
// which a <meta> policy cannot state.)
var ContentSecurityPolicy = "default-src 'none'; style-src '" + StyleHash() + "'; img-src data:; base-uri 'none'; form-action 'none'"

// StyleHash returns the hash of the page's stylesheet as a
// Content-Security-Policy source ("sha256-…"): a page that adds a policy of
// its own allows the stylesheet by it.
func StyleHash() string {
	h := sha256.Sum256([]byte(stylesheet))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}
