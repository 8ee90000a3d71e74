package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"html/template"
	"io"
	"mime"
	"net/http"
	"strconv"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/internal/doc"
	"github.com/seed424036fd/societal/lang"
)

// The browser's side of the server: GET / answers a page with a form to
// upload one dossier or several (multipart/form-data, field "dossiers"),
// and its POST answers the HTML report of one dossier (Report.HTML) or the
// committee pack of several (Portfolio.HTML), in the language of the page.
// A file that does not decode refuses the upload: the answer (400) names
// each refused file and its problems, in that language, and assesses
// nothing, so that the committee never reads a pack short of a dossier.

// Bounds of an upload [D]: a form of at most maxFiles files, each at most
// societal.MaxJSON bytes, the whole body at most maxUpload bytes.
const (
	maxFiles  = 64
	maxUpload = 16 << 20
)

// formField is the name of the form's file input.
const formField = "dossiers"

// formWords are the words of the form and of its refusals.
var formWords = struct {
	title, intro, files, submit, other, refused, noFile, tooMany, tooLarge, notForm, method, busy lang.Text
}{
	title: lang.Text{"Maturité des projets d'innovation sociétale", "Readiness of societal innovation projects"},
	intro: lang.Text{
		"Choisissez le fichier JSON d'un dossier pour lire son rapport, ou plusieurs pour le dossier de comité du portefeuille (le rapport de chaque dossier suit, chacun sur sa page à l'impression). Rien n'est conservé.",
		"Choose the JSON file of one dossier to read its report, or several for the portfolio's committee pack (each dossier's report follows, each on its own printed page). Nothing is kept.",
	},
	files:    lang.Text{"Dossiers (JSON, 1\u00a0Mio au plus chacun, {1} au plus)", "Dossiers (JSON, at most 1 MiB each, at most {1})"},
	submit:   lang.Text{"Évaluer", "Assess"},
	other:    lang.Text{"Cette page en {1}", "This page in {1}"},
	refused:  lang.Text{"Dossiers refusés\u00a0: rien n'a été évalué", "Dossiers refused: nothing was assessed"},
	noFile:   lang.Text{"Aucun dossier n'a été envoyé.", "No dossier was sent."},
	tooMany:  lang.Text{"Plus de {1} dossiers ont été envoyés.", "More than {1} dossiers were sent."},
	tooLarge: lang.Text{"L'envoi dépasse {1} octets.", "The upload is over {1} bytes."},
	notForm:  lang.Text{"L'envoi n'est pas un formulaire multipart/form-data.", "The upload is not a multipart/form-data form."},
	method:   lang.Text{"Seuls GET et POST sont acceptés ici.", "Only GET and POST are accepted here."},
	busy:     lang.Text{"Trop de dossiers sont en cours d'évaluation\u00a0: réessayez dans une seconde.", "Too many dossiers are being assessed: retry in a second."},
}

// formStyle is the form page's stylesheet, allowed by its hash.
const formStyle = `body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.45}label{display:block;font-weight:600;margin:1rem 0 .4rem}button{margin-top:1rem;font-size:1rem;padding:.3rem 1.2rem}`

// formPolicy forbids every script, and lets the form post to this server
// only.
var formPolicy = "default-src 'none'; style-src 'sha256-" + hashOf(formStyle) + "'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// reportPolicy is a report's policy (doc.ContentSecurityPolicy) with the
// frame-ancestors a <meta> policy cannot state.
var reportPolicy = doc.ContentSecurityPolicy + "; frame-ancestors 'none'"

func hashOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return base64.StdEncoding.EncodeToString(h[:])
}

// formPage is the form: html/template escapes every value it writes.
var formPage = template.Must(template.New("form").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{{.Title}}</title>
<style>{{.Style}}</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p>{{.Intro}}</p>
<form method="post" action="{{.Action}}" enctype="multipart/form-data">
<label for="dossiers">{{.Files}}</label>
<input id="dossiers" type="file" name="dossiers" accept=".json,application/json" multiple required>
<button type="submit">{{.Submit}}</button>
</form>
{{range .Others}}<p><a href="{{.Href}}" hreflang="{{.Lang}}" lang="{{.Lang}}">{{.Text}}</a></p>
{{end}}</body>
</html>
`))

// form answers GET / with the form and POST / with a report or a pack;
// it shares the handler's limits and its turns.
type form struct{ h *Handler }

// ServeHTTP answers one request of a browser.
func (f form) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := f.h
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Vary", "Accept-Language")
	w.Header().Set("Cache-Control", "no-store")
	l, err := language(r, h.l)
	if err != nil {
		l = h.l
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		f.form(w, l)
	case http.MethodPost:
		f.post(w, r, l)
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		refuse(w, l, http.StatusMethodNotAllowed, formWords.method.In(l))
	}
}

// form writes the form in l, with links to the page in the other
// languages.
func (f form) form(w http.ResponseWriter, l lang.Lang) {
	type other struct{ Href, Lang, Text string }
	var others []other
	for o := range lang.Langs() {
		if o != l {
			others = append(others, other{"/?lang=" + o.String(), o.String(), formWords.other.Format(o, o)})
		}
	}
	var b bytes.Buffer
	err := formPage.Execute(&b, struct {
		Lang, Title, Intro, Files, Submit, Action string
		Style                                     template.CSS
		Others                                    []other
	}{l.String(), formWords.title.In(l), formWords.intro.In(l), formWords.files.Format(l, lang.Int(maxFiles)), formWords.submit.In(l),
		"/?lang=" + l.String(), formStyle, others})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeHTML(w, l, formPolicy, http.StatusOK, b.Bytes())
}

// upload is one file of the form.
type upload struct {
	name string
	data []byte
}

// post reads the files of the form, within the bounds, waits its turn,
// and answers the report of one dossier or the pack of several.
func (f form) post(w http.ResponseWriter, r *http.Request, l lang.Lang) {
	h := f.h
	r.Body = http.MaxBytesReader(w, r.Body, maxUpload)
	files, size, status, msg := readForm(r, l)
	if status != 0 {
		refuse(w, l, status, msg)
		return
	}
	end, ok := h.turn(r.Context(), size > largeBody)
	if !ok {
		w.Header().Set("Retry-After", "1")
		refuse(w, l, http.StatusServiceUnavailable, formWords.busy.In(l))
		return
	}
	defer end()
	dossiers := make([]*societal.Dossier, 0, len(files))
	var refusals []fund.Refusal
	for _, u := range files {
		d, err := societal.DecodeDossier(u.data)
		if err != nil {
			refusals = append(refusals, fund.Refusal{File: u.name, Err: err})
			continue
		}
		dossiers = append(dossiers, d)
	}
	if len(refusals) > 0 {
		refused(w, l, refusals)
		return
	}
	var page string
	if len(dossiers) == 1 {
		var rep societal.Report
		if h.assessor != nil {
			rep = h.assessor.Assess(dossiers[0])
		} else {
			rep = societal.Assess(dossiers[0])
		}
		page = rep.HTML(l)
	} else {
		p, err := fund.AssessAll(r.Context(), h.assessor, dossiers)
		if err != nil {
			refuse(w, l, http.StatusServiceUnavailable, formWords.busy.In(l))
			return
		}
		page = p.HTML(l)
	}
	writeHTML(w, l, reportPolicy, http.StatusOK, []byte(page))
}

// readForm reads the files of a multipart form, each up to
// societal.MaxJSON bytes (a larger one is kept whole enough to be refused
// as over the limit), at most maxFiles of them; it returns them with the
// bytes read, or a status and its message.
func readForm(r *http.Request, l lang.Lang) (files []upload, size int, status int, msg string) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "multipart/form-data" {
		return nil, 0, http.StatusUnsupportedMediaType, formWords.notForm.In(l)
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, 0, http.StatusBadRequest, formWords.notForm.In(l)
	}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, 0, http.StatusRequestEntityTooLarge, formWords.tooLarge.Format(l, lang.Int(maxUpload))
		}
		if err != nil {
			return nil, 0, http.StatusBadRequest, formWords.notForm.In(l)
		}
		if part.FormName() != formField || part.FileName() == "" {
			part.Close()
			continue
		}
		if len(files) == maxFiles {
			return nil, 0, http.StatusRequestEntityTooLarge, formWords.tooMany.Format(l, lang.Int(maxFiles))
		}
		data, err := io.ReadAll(io.LimitReader(part, societal.MaxJSON+1))
		if errors.As(err, &mbe) {
			return nil, 0, http.StatusRequestEntityTooLarge, formWords.tooLarge.Format(l, lang.Int(maxUpload))
		}
		if err != nil {
			return nil, 0, http.StatusBadRequest, formWords.notForm.In(l)
		}
		part.Close()
		size += len(data)
		files = append(files, upload{part.FileName(), data})
	}
	if len(files) == 0 {
		return nil, 0, http.StatusBadRequest, formWords.noFile.In(l)
	}
	return files, size, 0, ""
}

// refused answers 400 with a page naming each refused file and its
// problems in l; the file names and the problems are data, escaped.
func refused(w http.ResponseWriter, l lang.Lang, rs []fund.Refusal) {
	var d doc.Doc
	d.Heading(1, formWords.refused.In(l))
	for i := range rs {
		d.Heading(3, doc.Data(rs[i].File))
		var items []doc.Line
		for _, p := range rs[i].Problems(l) {
			items = append(items, doc.L(doc.Data(p)))
		}
		d.List(items...)
	}
	writeHTML(w, l, reportPolicy, http.StatusBadRequest, []byte(d.HTML(doc.Options{Colon: l.Colon(), Lang: l})))
}

// refuse answers status with a page that says msg in l.
func refuse(w http.ResponseWriter, l lang.Lang, status int, msg string) {
	var d doc.Doc
	d.Heading(1, formWords.title.In(l))
	d.Para(msg)
	writeHTML(w, l, reportPolicy, status, []byte(d.HTML(doc.Options{Colon: l.Colon(), Lang: l})))
}

// writeHTML answers an HTML page in l under policy.
func writeHTML(w http.ResponseWriter, l lang.Lang, policy string, status int, body []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", policy)
	w.Header().Set("Content-Language", l.String())
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}
