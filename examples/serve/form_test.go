package main

import (
	"bytes"
	"maps"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/internal/langtest"
	"github.com/seed424036fd/societal/lang"
)

// multipartBody is a form holding files, each a name and its content.
func multipartBody(t *testing.T, files ...string) (body *bytes.Buffer, contentType string) {
	t.Helper()
	body = &bytes.Buffer{}
	mw := multipart.NewWriter(body)
	for i := 0; i+1 < len(files); i += 2 {
		fw, err := mw.CreateFormFile(formField, files[i])
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(files[i+1]))
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return body, mw.FormDataContentType()
}

// post sends a form to a fresh form handler.
func post(t *testing.T, target string, files ...string) *httptest.ResponseRecorder {
	t.Helper()
	body, ct := multipartBody(t, files...)
	return serveForm(NewHandler(nil, lang.French, Limits{}), http.MethodPost, target, ct, body)
}

func serveForm(h *Handler, method, target, contentType string, body *bytes.Buffer) *httptest.ResponseRecorder {
	var req *http.Request
	if body == nil {
		req = httptest.NewRequest(method, target, nil)
	} else {
		req = httptest.NewRequest(method, target, body)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	form{h}.ServeHTTP(rec, req)
	return rec
}

// checkPage checks the headers every page of the form's side has: HTML,
// nosniff, a policy that forbids scripts, its language.
func checkPage(t *testing.T, rec *httptest.ResponseRecorder, status int, l lang.Lang) string {
	t.Helper()
	h := rec.Header()
	if rec.Code != status || h.Get("Content-Type") != "text/html; charset=utf-8" || h.Get("X-Content-Type-Options") != "nosniff" ||
		h.Get("Content-Language") != l.String() {
		t.Errorf("status %d, headers %v; want %d in %v", rec.Code, h, status, l)
	}
	csp := h.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") || !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("policy %q", csp)
	}
	page := rec.Body.String()
	if !strings.Contains(page, `<html lang="`+l.String()+`">`) || strings.Contains(page, "<script") {
		t.Errorf("page in %v:\n%s", l, page)
	}
	return page
}

// GET / is the form, in the language asked, with links to the others.
func TestFormPage(t *testing.T) {
	h := NewHandler(nil, lang.French, Limits{})
	for l := range lang.Langs() {
		page := checkPage(t, serveForm(h, http.MethodGet, "/?lang="+l.String(), "", nil), http.StatusOK, l)
		for _, want := range []string{`enctype="multipart/form-data"`, `type="file" name="dossiers"`, "multiple", `action="/?lang=` + l.String() + `"`} {
			if !strings.Contains(page, want) {
				t.Errorf("%v: no %q in\n%s", l, want, page)
			}
		}
	}
	page := serveForm(h, http.MethodGet, "/?lang=qps", "", nil).Body.String()
	var others []string
	for l := range lang.Langs() {
		others = append(others, formWords.other.Format(l, l)) // each link in its own language

	}
	langtest.CheckHTML(t, "form", page, others...)
	if rec := serveForm(h, http.MethodDelete, "/", "", nil); rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") == "" {
		t.Errorf("DELETE: %d %v", rec.Code, rec.Header())
	}
}

// One file gives its report, several the pack: the portfolio, then each
// dossier's report on its own page.
func TestFormPost(t *testing.T) {
	d := string(dossier(t))
	one := checkPage(t, post(t, "/?lang=en", "wimoov.json", d), http.StatusOK, lang.English)
	if strings.Count(one, `<section class="page">`) != 1 || !strings.Contains(one, "Wimoov") || !strings.Contains(one, "<svg") {
		t.Errorf("one dossier:\n%s", one)
	}
	other := `{"name":"<b>Épicerie</b>","phase":"essaimage"}`
	pack := checkPage(t, post(t, "/?lang=fr", "a.json", d, "b.json", other), http.StatusOK, lang.French)
	if strings.Count(pack, `<section class="page">`) != 3 || strings.Contains(pack, "<b>") || !strings.Contains(pack, "&lt;b&gt;Épicerie&lt;/b&gt;") {
		t.Errorf("pack:\n%s", pack)
	}
}

// A refused file refuses the upload, naming the file (escaped) and its
// problems in the page's language; a form without files, too many files,
// a body that is not a form and a busy server are refused with their
// statuses.
func TestFormRefusals(t *testing.T) {
	page := checkPage(t, post(t, "/?lang=en", "ok.json", string(dossier(t)), "<i>bad.json", `{"name":"X","phaze":1}`), http.StatusBadRequest, lang.English)
	if !strings.Contains(page, "&lt;i&gt;bad.json") || !strings.Contains(page, "phaze") || strings.Contains(page, "<i>") {
		t.Errorf("refusal:\n%s", page)
	}
	big := `{"name":"` + strings.Repeat("a", societal.MaxJSON) + `"}`
	if rec := post(t, "/", "big.json", big); rec.Code != http.StatusBadRequest {
		t.Errorf("a file over the limit: %d", rec.Code)
	}
	checkPage(t, post(t, "/?lang=en"), http.StatusBadRequest, lang.English)
	var many []string
	for range maxFiles + 1 {
		many = append(many, "x.json", "{}")
	}
	checkPage(t, post(t, "/", many...), http.StatusRequestEntityTooLarge, lang.French)
	checkPage(t, serveForm(NewHandler(nil, lang.French, Limits{}), http.MethodPost, "/", "application/json", bytes.NewBufferString("{}")), http.StatusUnsupportedMediaType, lang.French)

	h := NewHandler(nil, lang.French, Limits{Concurrency: 1, Wait: 1})
	h.slots <- struct{}{} // every turn taken
	body, ct := multipartBody(t, "a.json", string(dossier(t)))
	rec := serveForm(h, http.MethodPost, "/", ct, body)
	checkPage(t, rec, http.StatusServiceUnavailable, lang.French)
	if rec.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
}

// Every word of the form is written in every language.
func TestFormWords(t *testing.T) {
	texts := map[string]lang.Text{}
	langtest.Fields(texts, "formWords", formWords)
	langtest.Filled(t, maps.All(texts))
}
