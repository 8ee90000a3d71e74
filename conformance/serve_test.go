package conformance

// examples/serve answers a browser (issue 19, item 7): the program, built
// and started on the loopback interface, gives its form to Chromium, which
// fills it with one dossier, then with several, submits it and reads the
// report and the committee pack it gets back; neither page logs an error
// or asks for anything but the form's own two requests.

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// startServe builds examples/serve and starts it on a free loopback port;
// it returns the URL of its form.
func startServe(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "serve")
	build := exec.Command("go", "build", "-o", bin, "github.com/seed424036fd/societal/examples/serve")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "-addr", "127.0.0.1:0", "-lang", "fr")
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("serve said %q: %v", line, err)
	}
	url := strings.TrimSpace(strings.TrimPrefix(line, "listening on "))
	return strings.TrimSuffix(url, "/readiness") + "/"
}

// dossierFiles writes dossiers to files, each a name and its JSON, and
// returns their paths.
func dossierFiles(t *testing.T, files ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i := 0; i+1 < len(files); i += 2 {
		p := filepath.Join(dir, files[i])
		if err := os.WriteFile(p, []byte(files[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// submit opens the form in l, sets its files, submits it and waits for
// the page it gets back; it returns how many dossier pages that page has
// and its language.
func submit(t *testing.T, tb *tab, form, l string, files []string) (sections int, lg string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	url := form + "?lang=" + l
	load(t, tb, "form "+l, url)
	if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Steps(
		chromedp.SetUploadFiles(chromedp.ID("dossiers"), files),
		chromedp.Click(chromedp.CSS(`button[type=submit]`)),
	))); err != nil {
		t.Fatal(err)
	}
	// The pack's page has loaded: its sections, language, and what it
	// logged and asked for (the form's POST only).
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`new Promise(r => setTimeout(() => r(1), 100))`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	errs, reqs := tb.seen()
	for _, e := range errs {
		t.Errorf("the report logged %s", e)
	}
	for _, r := range reqs {
		if r != "POST "+url {
			t.Errorf("the report's page asked for %s", r)
		}
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('section.page').length`))
	if err != nil {
		t.Fatal(err)
	}
	lg, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
	if err != nil {
		t.Fatal(err)
	}
	return n, lg
}

func TestBrowserServeForm(t *testing.T) {
	browser := newBrowser(t)
	form := startServe(t)
	data, err := os.ReadFile("../examples/readiness/dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t, browser)
	one := dossierFiles(t, "wimoov.json", string(data))
	if n, lg := submit(t, tb, form, "en", one); n != 1 || lg != "en" {
		t.Errorf("one dossier: %d pages in %q, want its report alone in en", n, lg)
	}
	several := dossierFiles(t, "wimoov.json", string(data),
		"epicerie.json", `{"name":"<script>alert(1)</script> Épicerie","phase":"essaimage","economic_model":"rd"}`,
		"tiers-lieu.json", `{"name":"Tiers-lieu","phase":"experimentation"}`)
	n, lg := submit(t, tb, form, "fr", several)
	if n != 4 || lg != "fr" {
		t.Errorf("three dossiers: %d pages in %q, want the portfolio and three reports in fr", n, lg)
	}
	figs := checkFigures(t, tb, "the pack", "")
	if len(figs) < 4+3 {
		t.Errorf("the pack: %d figures, want the portfolio's charts and a lifecycle per dossier", len(figs))
	}
	scripts, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](`document.querySelectorAll('script').length`))
	if err != nil || scripts != 0 {
		t.Errorf("the pack holds %d scripts (%v)", scripts, err)
	}
}
