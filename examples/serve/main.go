// Command serve shows societal embedded in a funder's service: an HTTP
// server whose route POST /readiness takes a dossier and answers with its
// readiness report, as JSON or Markdown by content negotiation (see
// Handler for the statuses and the error bodies), and which answers a
// browser too: GET / is a page with a form to upload one dossier or
// several, whose POST answers the HTML report of one (Report.HTML) or the
// committee pack of several (fund's Portfolio.HTML), under the same limits
// (the files of a form take one turn), with a Content-Security-Policy that
// forbids every script.
//
//	go run ./examples/serve                          # listens on 127.0.0.1:8080
//	go run ./examples/serve -addr 127.0.0.1:9000 -lang en
//	curl -s --data-binary @examples/readiness/dossier.json \
//	     -H 'Content-Type: application/json' -H 'Accept: text/markdown' \
//	     'http://127.0.0.1:8080/readiness?lang=en'
//
// -lang is the language of the reports to a request that names none
// (neither "?lang" nor an Accept-Language French or English satisfies):
// French by default. Error bodies (application/problem+json) are in
// English whatever the language: see Handler.
//
// It listens on the loopback interface unless -addr says otherwise, with
// bounded header, read and write times, and stops cleanly on an interrupt
// (the requests in progress are finished, within 10 seconds). At most
// -concurrency dossiers (twice GOMAXPROCS by default) are assessed at a
// time, a quarter of them of bodies over 64 KiB; a request waits its turn
// at most -wait (a second by default), then is refused with 503 Service
// Unavailable and Retry-After.
//
// Exit status: 0 after an interrupt, 1 if it cannot listen or serve, 2 on
// a usage error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/seed424036fd/societal/examples/internal/cli"
	"github.com/seed424036fd/societal/lang"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	status := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}

// summary is what the usage says of the program.
var summary = lang.Text{`Sert POST /readiness : le corps est un dossier (JSON, 1 Mio au plus), la
réponse son rapport de maturité en JSON ou en Markdown (Accept: application/json
ou text/markdown), en français ou en anglais : ?lang=en, sinon Accept-Language,
sinon -lang. Les erreurs sont des corps application/problem+json qui listent
chaque problème, en anglais quelle que soit la langue (elles s'adressent au
développeur). GET / est une page où un navigateur envoie un ou plusieurs
dossiers (formulaire) et reçoit le rapport HTML, ou le dossier de comité du
portefeuille.`, `Serves POST /readiness: the body is a dossier (JSON, at most 1 MiB), the
answer its readiness report as JSON or Markdown (Accept: application/json
or text/markdown), in French or English: ?lang=en, else Accept-Language,
else -lang. Errors are application/problem+json bodies listing every
problem, in English whatever the language (they are for the developer).
GET / is a page where a browser uploads one dossier or several (a form)
and receives the HTML report, or the portfolio's committee pack.`}

// route is the path the handler is served at.
const route = "/readiness"

// flagWords are what the usage says of the program's own flags, and its
// usage error.
var flagWords = struct {
	addr, addrValue, concurrency, number, wait, duration, badLimits lang.Text
}{
	addr:        lang.Text{"adresse d'écoute (hôte:port\u00a0; le port 0 en choisit un libre)", "address to listen on (host:port; port 0 picks a free one)"},
	addrValue:   lang.Text{"adresse", "address"},
	concurrency: lang.Text{"le plus de dossiers évalués à la fois (un quart d'entre eux, au moins un, pour les corps de plus de 64 Kio)", "the most dossiers assessed at a time (a quarter of them, at least one, for bodies over 64 KiB)"},
	number:      lang.Text{"nombre", "number"},
	wait:        lang.Text{"l'attente la plus longue d'une requête avant son tour, au-delà de laquelle elle reçoit un 503", "the longest a request waits for its turn before a 503"},
	duration:    lang.Text{"durée", "duration"},
	badLimits:   lang.Text{"-concurrency doit valoir au moins 1, et -wait plus que 0", "-concurrency must be at least 1, and -wait more than 0"},
}

// run serves until ctx is done, writes "listening on URL" to stdout once
// it listens, and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := cli.New("serve", summary, nil, stdout, stderr)
	addr := fs.String("addr", "127.0.0.1:8080", flagWords.addrValue, flagWords.addr)
	def := DefaultLimits()
	concurrency := fs.Int("concurrency", def.Concurrency, flagWords.number, flagWords.concurrency)
	wait := fs.Duration("wait", def.Wait, flagWords.duration, flagWords.wait)
	l := fs.Lang()
	if err := fs.Parse(args); err != nil {
		return fs.Status(err)
	}
	limits := Limits{Concurrency: *concurrency, Wait: *wait}
	if limits.Concurrency < 1 || limits.Wait <= 0 {
		return fs.Status(cli.Usagef(flagWords.badLimits))
	}
	return fs.Status(serve(ctx, *addr, *l, limits, stdout))
}

// serve listens on addr and serves the handler, reporting in lang to the
// requests that name no language, within limits, until ctx is done.
func serve(ctx context.Context, addr string, l lang.Lang, limits Limits, stdout io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	h := NewHandler(nil, l, limits)
	mux.Handle(route, h)
	mux.Handle("/{$}", form{h})
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(stdout, "listening on http://%s%s\n", ln.Addr(), route)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
