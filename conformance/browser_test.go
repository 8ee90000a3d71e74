package conformance

// The HTML outputs in a real browser (issue 19, item 7): Debian's headless
// Chromium, driven by chromedp, loads each page (one dossier, a portfolio,
// a diff, a rubric diff; French and English) from a server on the loopback
// interface and checks that it logs no error, asks for nothing over the
// network, draws every chart with a size and the title it should, prints
// on A4 with one page per dossier, and shows every hostile name as text.
//
// Chromium is found as "chromium" (Debian's package), or at $CHROMIUM.
// Where it is missing the tests fail in CI ($CI set, as .ci/run runs
// them, after installing it) and are skipped elsewhere, saying so.

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/seed424036fd/societal/lang"
)

// chromium returns the path of the browser, failing the test in CI and
// skipping it elsewhere when there is none.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium: CI must run the browser tests (apt-get install -y chromium)")
	}
	t.Skip("SKIPPED: no chromium (Debian's package \"chromium\", or $CHROMIUM): the browser tests run in CI only here")
	return ""
}

// newBrowser starts a headless Chromium for the test, with the flags this
// machine needs (no sandbox as root, no background networking, a fresh
// profile), and returns its context.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1200, 900),
		chromedp.UserDataDir(t.TempDir()),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // start it, with no timeout
		t.Fatalf("starting %s: %v", chromium(t), err)
	}
	return ctx
}

// tab is a tab of the browser and what it saw: messages of the console and
// of the browser's log, exceptions, dialogs, and every request.
type tab struct {
	ctx      context.Context
	mu       sync.Mutex
	errors   []string
	requests []string
}

// newTab opens a tab that records what the page logs and asks for.
func newTab(t *testing.T, browser context.Context) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	tb := &tab{ctx: ctx}
	if err := chromedp.Listen(ctx, tb.listen); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	return tb
}

func (tb *tab) listen(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			tb.errors = append(tb.errors, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
		}
	case *runtime.EventExceptionThrown:
		tb.errors = append(tb.errors, "exception: "+ev.ExceptionDetails.Text)
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
			tb.errors = append(tb.errors, fmt.Sprintf("%s %s: %s %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text, ev.Entry.URL))
		}
	case *page.EventJavascriptDialogOpening:
		tb.errors = append(tb.errors, "dialog: "+ev.Message)
	case *network.EventRequestWillBeSent:
		tb.requests = append(tb.requests, ev.Request.Method+" "+ev.Request.URL)
	}
}

// seen returns what the tab saw since the last call, and forgets it.
func (tb *tab) seen() (errors, requests []string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	errors, requests = tb.errors, tb.requests
	tb.errors, tb.requests = nil, nil
	return errors, requests
}

// pages serves HTML pages by path on the loopback interface.
func pages(t *testing.T, byPath map[string]string) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := byPath[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(p))
	}))
	t.Cleanup(ts.Close)
	return ts
}

// figure is what the browser shows of a chart or a flow.
type figure struct {
	Class  string  `json:"class"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Role   string  `json:"role"`
	Title  string  `json:"title"`
	Desc   string  `json:"desc"`
	Marks  int     `json:"marks"` // bars, segments, boxes and arrows with an area or a length
}

// figuresJS lists the figures of a page as the browser lays them out.
const figuresJS = `[...document.querySelectorAll('figure')].map(f => {
	const s = f.querySelector('svg'); const r = s ? s.getBoundingClientRect() : {width: 0, height: 0};
	const title = s && s.querySelector(':scope > title'), desc = s && s.querySelector(':scope > desc');
	const ids = s ? (s.getAttribute('aria-labelledby') || '').split(' ') : [];
	const marks = s ? [...s.querySelectorAll('rect, path')].filter(e => { const b = e.getBoundingClientRect(); return b.width * b.height > 0 || (e.tagName == 'path' && b.width + b.height > 0); }).length : 0;
	return {class: f.className, width: r.width, height: r.height, role: s ? s.getAttribute('role') || '' : '',
		title: title && ids[0] == title.id ? title.textContent : '', desc: desc && ids[1] == desc.id ? desc.textContent : '', marks: marks};
})`

// mermaidTitles returns, for each Mermaid block of a Markdown output in
// order, its kind ("flow" or "chart") and its title (a flow has none):
// what the HTML output of the same document draws, in the same order.
func mermaidTitles(md string) (kinds, titles []string) {
	for _, block := range strings.Split(md, "```mermaid\n")[1:] {
		body, _, _ := strings.Cut(block, "```\n")
		kind, title := "chart", regexp.MustCompile(`(?m)^    title "?([^"\n]*)"?$`)
		if strings.HasPrefix(body, "flowchart ") {
			kind, title = "flow", regexp.MustCompile(`(?m)^    accTitle: (.*)$`)
		}
		m := title.FindStringSubmatch(body)
		if m == nil {
			m = []string{"", ""}
		}
		kinds, titles = append(kinds, kind), append(titles, m[1])
	}
	return kinds, titles
}

// pdfPages counts the pages of a PDF that Chromium wrote: its page
// objects.
func pdfPages(pdf []byte) int {
	return len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1))
}

// printPDF prints the tab's page as the committee would: A4 (the page's
// own size), its colours.
func printPDF(t *testing.T, tb *tab) []byte {
	t.Helper()
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

// load opens url in the tab and waits for its load; it fails the test for
// every error the page logged and every request other than url.
func load(t *testing.T, tb *tab, name, url string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	// Let late messages (a blocked resource, a policy violation) arrive.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`new Promise(r => requestAnimationFrame(() => setTimeout(() => r(1), 100)))`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	errs, reqs := tb.seen()
	for _, e := range errs {
		t.Errorf("%s: the page logged %s", name, e)
	}
	for _, r := range reqs {
		if r != "GET "+url {
			t.Errorf("%s: the page asked for %s", name, r)
		}
	}
}

// checkFigures checks every chart and flow of the tab's page: a size, a
// role and a title for screen readers, something drawn, and the kind and
// title of the same figure of the Markdown output md, in order (if md is
// not empty).
func checkFigures(t *testing.T, tb *tab, name, md string) []figure {
	t.Helper()
	figs, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]figure](figuresJS))
	if err != nil {
		t.Fatal(err)
	}
	kinds, titles := mermaidTitles(md) // none to compare with for md ""
	if md != "" && len(figs) != len(kinds) {
		t.Errorf("%s: %d figures, %d in Markdown", name, len(figs), len(kinds))
	}
	for i, f := range figs {
		if f.Width < 100 || f.Height < 50 || f.Marks < 2 {
			t.Errorf("%s: figure %d (%q) is %.0f×%.0f pixels with %d marks drawn", name, i+1, f.Title, f.Width, f.Height, f.Marks)
		}
		if f.Role != "img" || f.Title == "" || f.Desc == "" {
			t.Errorf("%s: figure %d has role %q, title %q, description %q", name, i+1, f.Role, f.Title, f.Desc)
		}
		if i < len(kinds) {
			if f.Class != kinds[i] {
				t.Errorf("%s: figure %d is a %s, Markdown draws a %s", name, i+1, f.Class, kinds[i])
			}
			if titles[i] == "" || !strings.HasPrefix(titles[i], f.Title) {
				t.Errorf("%s: figure %d is titled %q, Markdown's %q", name, i+1, f.Title, titles[i])
			}
		}
	}
	return figs
}

// Every HTML output loads with no error and no request, draws its charts,
// and prints one page per dossier.
func TestBrowserPages(t *testing.T) {
	browser := newBrowser(t)
	o := build(t, "Mobilité solidaire", "Épicerie", "Tiers-lieu")
	byPath := map[string]string{}
	md := map[string]string{}
	for l := range lang.Langs() {
		for name, page := range o.html(l) {
			byPath["/"+name+"."+l.String()] = page
		}
		for name, m := range o.markdown(l) {
			md[strings.TrimSuffix(name, ".Markdown")+".HTML."+l.String()] = m
		}
		for _, r := range o.portfolio.Ranked() { // the pack: each dossier's report after the portfolio
			md["Portfolio.HTML."+l.String()] += r.Markdown(l)
		}
	}
	ts := pages(t, byPath)
	tb := newTab(t, browser)
	for _, path := range slices.Sorted(maps.Keys(byPath)) {
		name := strings.TrimPrefix(path, "/")
		load(t, tb, name, ts.URL+path)
		figs := checkFigures(t, tb, name, md[name])
		if strings.HasPrefix(name, "Portfolio") && len(figs) < 4+o.dossiers {
			t.Errorf("%s: %d figures, want the portfolio's 4 charts and a lifecycle per dossier", name, len(figs))
		}
		lg, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
		if err != nil || !strings.HasSuffix(name, "."+lg) {
			t.Errorf("%s: <html lang=%q> (%v)", name, lg, err)
		}
		pdf := printPDF(t, tb)
		n := pdfPages(pdf)
		switch {
		case strings.HasPrefix(name, "Report"):
			if n != 1 {
				t.Errorf("%s: %d pages printed, want 1", name, n)
			}
		case strings.HasPrefix(name, "Portfolio"):
			// The portfolio alone: the pack less its dossiers' pages.
			if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](`document.querySelectorAll('section.page:not(:first-of-type)').forEach(s => s.remove()), 0`)); err != nil {
				t.Fatal(err)
			}
			alone := pdfPages(printPDF(t, tb))
			if n != alone+o.dossiers {
				t.Errorf("%s: %d pages printed, want the portfolio's %d and one per dossier, %d", name, n, alone, alone+o.dossiers)
			}
			t.Logf("%s: %d pages printed: the portfolio's %d and one per dossier (%d)", name, n, alone, o.dossiers)
		}
	}
}

// Hostile names are text in every HTML output: no element of theirs (no
// script, image, link, frame, form), no dialog, nothing asked for, and
// the page shows each as it reads.
func TestBrowserHostileNames(t *testing.T) {
	browser := newBrowser(t)
	var names []string
	for _, a := range attacks {
		names = append(names, a.value)
	}
	o := build(t, names...)
	byPath := map[string]string{}
	for l := range lang.Langs() {
		for name, page := range o.html(l) {
			byPath["/"+name+"."+l.String()] = page
		}
	}
	for _, a := range attacks {
		rep := build(t, a.value).report
		byPath["/Report.HTML."+a.name] = rep.HTML(lang.English)
	}
	ts := pages(t, byPath)
	tb := newTab(t, browser)
	for _, path := range slices.Sorted(maps.Keys(byPath)) {
		name := strings.TrimPrefix(path, "/")
		load(t, tb, name, ts.URL+path)
		n, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](`document.querySelectorAll('script, img, a, iframe, object, embed, form, input, button, base, meta[http-equiv=refresh], link:not([rel=icon]), [onerror], [onmouseover], [onclick]').length`))
		if err != nil || n != 0 {
			t.Errorf("%s: %d elements of the names' markup (%v)", name, n, err)
		}
		text, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.body.innerText`))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range attacks {
			if !strings.HasSuffix(name, "."+a.name) && strings.HasPrefix(name, "Report.HTML.") {
				continue
			}
			if strings.HasPrefix(name, "Report.HTML.") || o.shows(name, a.value) {
				if !strings.Contains(collapse(text), collapse(visible(a.value))) {
					t.Errorf("%s: the page does not show %q as it reads", name, visible(a.value))
				}
			}
		}
	}
}

// collapse reads white space as a browser lays it out: runs of it as one
// space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
