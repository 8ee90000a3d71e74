package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
)

// dossier is the Wimoov dossier of the readiness example.
func dossier(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../readiness/dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// problemBody is an error body.
type problemBody struct {
	Title    string        `json:"title"`
	Status   int           `json:"status"`
	Detail   string        `json:"detail"`
	Problems []problemJSON `json:"problems"`
}

// serveOnce sends one request to a fresh handler whose default language
// is French.
func serveOnce(method, target, accept, contentType string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	return serveWith(NewHandler(nil, innovation.French), method, target, accept, contentType, body, header...)
}

// serveWith sends one request to h.
func serveWith(h *Handler, method, target, accept, contentType string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, body)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// The handler's default language (-lang) answers a request that names
// none; "?lang" and an Accept-Language that prefers French or English
// override it.
func TestDefaultLanguage(t *testing.T) {
	data := dossier(t)
	tests := []struct {
		def                innovation.Lang
		target, acceptLang string
		want               string
	}{
		{innovation.French, "/readiness", "", "fr"},
		{innovation.English, "/readiness", "", "en"},
		{innovation.English, "/readiness", "*", "en"},               // any language: the default
		{innovation.French, "/readiness", "*", "fr"},                // idem
		{innovation.English, "/readiness", "de", "en"},              // neither French nor English
		{innovation.English, "/readiness", "fr-CA, en;q=0.5", "fr"}, // French preferred
		{innovation.French, "/readiness", "en-GB", "en"},
		{innovation.English, "/readiness?lang=fr", "en", "fr"}, // ?lang wins
		{innovation.French, "/readiness?lang=EN", "", "en"},
		{innovation.Lang(7), "/readiness", "", "fr"}, // an invalid default is French
	}
	for _, tt := range tests {
		rec := serveWith(NewHandler(nil, tt.def), http.MethodPost, tt.target, "text/markdown", "application/json", bytes.NewReader(data),
			"Accept-Language", tt.acceptLang)
		if rec.Code != http.StatusOK {
			t.Errorf("default %s, %s, Accept-Language %q: status %d, body %s", tt.def, tt.target, tt.acceptLang, rec.Code, rec.Body)
			continue
		}
		if got := rec.Header().Get("Content-Language"); got != tt.want {
			t.Errorf("default %s, %s, Accept-Language %q: Content-Language %q, want %q", tt.def, tt.target, tt.acceptLang, got, tt.want)
		}
		wantVerdict := "Pas encore"
		if tt.want == "en" {
			wantVerdict = "Not yet"
		}
		if !strings.Contains(rec.Body.String(), wantVerdict) {
			t.Errorf("default %s, %s, Accept-Language %q: body lacks %q", tt.def, tt.target, tt.acceptLang, wantVerdict)
		}
	}
}

// A good dossier gets its report: JSON by default and for
// application/json, Markdown for text/markdown, the same report the library
// renders, in the language asked.
func TestGoodDossier(t *testing.T) {
	data := dossier(t)
	d, err := societal.DecodeDossier(data)
	if err != nil {
		t.Fatal(err)
	}
	rep := societal.Assess(d)
	wantJSON, _ := json.Marshal(rep)
	tests := []struct {
		name, target, accept, acceptLang string
		ctype, body, lang                string
	}{
		{name: "no Accept", target: "/readiness", ctype: typeJSON, body: string(wantJSON), lang: "fr"},
		{name: "JSON", target: "/readiness", accept: "application/json", ctype: typeJSON, body: string(wantJSON), lang: "fr"},
		{name: "*/*", target: "/readiness", accept: "*/*", ctype: typeJSON, body: string(wantJSON), lang: "fr"},
		{name: "Markdown", target: "/readiness", accept: "text/markdown", ctype: "text/markdown; charset=utf-8",
			body: rep.Markdown(innovation.French), lang: "fr"},
		{name: "text/* preferred", target: "/readiness", accept: "application/json;q=0.5, text/*", ctype: "text/markdown; charset=utf-8",
			body: rep.Markdown(innovation.French), lang: "fr"},
		{name: "JSON refused by q=0", target: "/readiness", accept: "application/json;q=0, */*;q=0.1", ctype: "text/markdown; charset=utf-8",
			body: rep.Markdown(innovation.French), lang: "fr"},
		{name: "?lang=en", target: "/readiness?lang=EN", accept: "text/markdown", ctype: "text/markdown; charset=utf-8",
			body: rep.Markdown(innovation.English), lang: "en"},
		{name: "Accept-Language", target: "/readiness", accept: "text/markdown", acceptLang: "de, en-GB;q=0.9, fr;q=0.5",
			ctype: "text/markdown; charset=utf-8", body: rep.Markdown(innovation.English), lang: "en"},
	}
	for _, tt := range tests {
		rec := serveOnce(http.MethodPost, tt.target, tt.accept, "application/json; charset=utf-8", bytes.NewReader(data), "Accept-Language", tt.acceptLang)
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d, body %s", tt.name, rec.Code, rec.Body)
			continue
		}
		if got := rec.Header().Get("Content-Type"); got != tt.ctype {
			t.Errorf("%s: Content-Type %q, want %q", tt.name, got, tt.ctype)
		}
		if got := rec.Header().Get("Content-Language"); got != tt.lang {
			t.Errorf("%s: Content-Language %q, want %q", tt.name, got, tt.lang)
		}
		if got := rec.Body.String(); got != tt.body {
			t.Errorf("%s: body\n%.300s\nwant\n%.300s", tt.name, got, tt.body)
		}
	}
}

// Every error is a problem+json body with its status, and every problem of
// the input listed.
func TestErrors(t *testing.T) {
	big := `{"name": "` + strings.Repeat("a", societal.MaxJSON) + `"}`
	tests := []struct {
		name, method, target, accept, ctype, body string
		status                                    int
		problems                                  []string // a part of each problem's message, in order
		header, value                             string   // a response header and its value
	}{
		{name: "bad JSON", method: "POST", target: "/readiness", body: "{\n  \"name\": ,\n}", status: 400,
			problems: []string{"line 2, column 11"}},
		{name: "every problem", method: "POST", target: "/readiness", body: `{"name": "X", "phaze": "conception", "budget": {"total": "-"}}`,
			status: 400, problems: []string{`phaze`, "budget.total", "budget.evaluation", "budget.capacity_building", "phase: missing"}},
		{name: "oversize body", method: "POST", target: "/readiness", body: big, status: 413,
			problems: []string{"over the limit of 1048576 bytes"}},
		{name: "wrong method", method: "GET", target: "/readiness", status: 405,
			problems: []string{"only POST"}, header: "Allow", value: "POST"},
		{name: "PUT", method: "PUT", target: "/readiness", body: "{}", status: 405, header: "Allow", value: "POST"},
		{name: "unknown format", method: "POST", target: "/readiness", accept: "application/pdf", body: "{}", status: 406,
			problems: []string{"application/json or text/markdown"}},
		{name: "all refused", method: "POST", target: "/readiness", accept: "text/markdown;q=0, application/json;q=0", body: "{}", status: 406},
		{name: "malformed Accept", method: "POST", target: "/readiness", accept: "text/markdown;q=high", body: "{}", status: 406},
		{name: "bad lang", method: "POST", target: "/readiness?lang=de", body: "{}", status: 400, problems: []string{`lang "de"`}},
		{name: "not JSON", method: "POST", target: "/readiness", ctype: "text/plain", body: "{}", status: 415,
			problems: []string{`content type "text/plain"`}, header: "Accept-Post", value: "application/json"},
	}
	for _, tt := range tests {
		rec := serveOnce(tt.method, tt.target, tt.accept, tt.ctype, strings.NewReader(tt.body))
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d; body %s", tt.name, rec.Code, tt.status, rec.Body)
			continue
		}
		if got := rec.Header().Get("Content-Type"); got != typeProblem {
			t.Errorf("%s: Content-Type %q", tt.name, got)
		}
		if tt.header != "" && rec.Header().Get(tt.header) != tt.value {
			t.Errorf("%s: %s: %q, want %q", tt.name, tt.header, rec.Header().Get(tt.header), tt.value)
		}
		var p problemBody
		if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil {
			t.Errorf("%s: body %s: %v", tt.name, rec.Body, err)
			continue
		}
		if p.Status != tt.status || p.Title != http.StatusText(tt.status) || len(p.Problems) == 0 {
			t.Errorf("%s: body %+v", tt.name, p)
		}
		if tt.problems == nil {
			continue
		}
		if len(p.Problems) != len(tt.problems) {
			t.Errorf("%s: %d problems %+v, want %d", tt.name, len(p.Problems), p.Problems, len(tt.problems))
			continue
		}
		for i, want := range tt.problems {
			if !strings.Contains(p.Problems[i].Message, want) {
				t.Errorf("%s: problem %d = %q, want it to contain %q", tt.name, i, p.Problems[i].Message, want)
			}
		}
	}
}

// The content negotiation, rule by rule.
func TestNegotiate(t *testing.T) {
	tests := []struct {
		accept []string
		want   string
		ok     bool
	}{
		{nil, typeJSON, true},
		{[]string{""}, typeJSON, true},
		{[]string{"text/markdown, application/json"}, typeJSON, true},                   // a tie: JSON first
		{[]string{"text/markdown;q=0.9", "application/json;q=0.8"}, typeMarkdown, true}, // two header lines
		{[]string{"TEXT/Markdown"}, typeMarkdown, true},
		{[]string{"*/*;q=0.2, application/json;q=0.1"}, typeMarkdown, true}, // the most specific range wins
		{[]string{"image/*"}, "", false},
		{[]string{"application/json;q=2"}, "", false},
	}
	for _, tt := range tests {
		got, ok := negotiate(tt.accept, offers)
		if got != tt.want || ok != tt.ok {
			t.Errorf("negotiate(%q) = %q, %v; want %q, %v", tt.accept, got, ok, tt.want, tt.ok)
		}
	}
}

// The program serves the handler on the address given until its context
// is done; a bad flag is a usage error, an address it cannot listen on an
// error.
func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int)
	var stderr bytes.Buffer
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0"}, pw, &stderr) }()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	url := strings.TrimSpace(strings.TrimPrefix(line, "listening on "))
	resp, err := http.Post(url, "application/json", bytes.NewReader(dossier(t)))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(`"verdict"`)) {
		t.Errorf("POST %s: %d %s", url, resp.StatusCode, body)
	}
	cancel()
	if status := <-done; status != 0 {
		t.Errorf("exit status %d, stderr %q", status, stderr.String())
	}

	if status := run(context.Background(), []string{"-nope"}, io.Discard, io.Discard); status != 2 {
		t.Errorf("-nope: exit status %d, want 2", status)
	}
	if status := run(context.Background(), []string{"-lang", "de"}, io.Discard, io.Discard); status != 2 {
		t.Errorf("-lang de: exit status %d, want 2", status)
	}
	var usage bytes.Buffer
	if status := run(context.Background(), []string{"-h"}, &usage, io.Discard); status != 0 || !strings.Contains(usage.String(), "-lang language") {
		t.Errorf("-h: exit status %d, usage %q", status, usage.String())
	}
	if status := run(context.Background(), []string{"-addr", "127.0.0.1:-1"}, io.Discard, io.Discard); status != 1 {
		t.Errorf("bad address: exit status %d, want 1", status)
	}
}
