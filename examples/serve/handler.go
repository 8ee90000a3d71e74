package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/lang"
	societalproblem "github.com/seed424036fd/societal/problem"
)

// The media types the handler speaks.
const (
	typeJSON     = "application/json"
	typeMarkdown = "text/markdown"
	typeProblem  = "application/problem+json" // RFC 9457
)

// offers are the forms of the report, in the order of preference when the
// client accepts several equally [D]: JSON first, for a service.
var offers = []string{typeJSON, typeMarkdown}

// Handler answers a POST of one dossier (JSON, as societal.DecodeDossier
// reads it, at most societal.MaxJSON bytes) with its readiness report:
// JSON (the encoding of societal.Report) or Markdown (Report.Markdown), as
// the Accept header asks; JSON when it asks for nothing. The report is in
// the language the "lang" query parameter names ("?lang=en"), else in the
// one Accept-Language prefers among French and English, else (no
// Accept-Language, or one that accepts neither) in the handler's default
// language (NewHandler). The Content-Language header says which.
//
// Every error is answered with an application/problem+json body (RFC 9457)
// whatever the Accept header, its "problems" listing every problem found,
// each with its stable code, path and value, and its message and reason in
// the language of the request (Content-Language says which; the handler's
// default when the "lang" parameter itself is wrong): a program branches
// on the codes, a person reads the words.
//
//	400 the body is not a dossier: malformed JSON, unknown keys, bad values…
//	    each problem with its code, path, value and reason (and line and
//	    column for malformed JSON); also a "lang" parameter that names no
//	    language
//	405 a method other than POST (with "Allow: POST")
//	406 an Accept header that accepts neither JSON nor Markdown
//	413 a body over societal.MaxJSON bytes (read no further than the limit)
//	415 a Content-Type other than application/json
//	503 too many dossiers being assessed: the request waited its turn
//	    Limits.Wait and was refused (with "Retry-After: 1")
//
// Every response says "X-Content-Type-Options: nosniff", and a JSON body
// (a report or a problem) ends with a newline.
//
// The work is bounded (Limits): at most Limits.Concurrency dossiers are
// decoded, assessed and rendered at a time, of which at most a quarter (at
// least one) came in a large body (over 64 KiB), and the turn of a large
// body lasts twice its work: a few clients posting 1 MiB dossiers, hostile
// or not, take at most half a processor per large turn, and leave the
// others the rest. A request waits its turn at most Limits.Wait, its body
// read (in one buffer of the size it says).
//
// A Handler is immutable once made: safe for concurrent use.
type Handler struct {
	assessor *societal.Assessor
	l        lang.Lang // the language of a request that names none
	limits   Limits
	slots    chan struct{} // one per dossier being assessed
	large    chan struct{} // one per dossier of a large body being assessed
}

// Limits bound the work of a Handler. The zero Limits is DefaultLimits.
type Limits struct {
	// Concurrency is the most dossiers assessed at a time; 0 for the
	// default, twice runtime.GOMAXPROCS.
	Concurrency int
	// Wait is the longest a request waits for its turn before it is
	// refused with 503; 0 for the default, one second.
	Wait time.Duration
}

// DefaultLimits returns the limits of a Handler made with the zero Limits:
// twice as many assessments at a time as the Go scheduler runs goroutines
// at once (runtime.GOMAXPROCS), and a second of wait.
func DefaultLimits() Limits {
	return Limits{Concurrency: 2 * runtime.GOMAXPROCS(0), Wait: time.Second}
}

// largeBody is the size over which a body is large: its dossier may take a
// quarter of the assessments at a time. A dossier is a few kilobytes; 1 MiB
// of one costs about what 1 MiB of unknown names costs to refuse.
const largeBody = 64 << 10

// NewHandler returns a handler that assesses with a, or with the default
// rubric if a is nil, and reports in lang to a request that names no
// language (neither "?lang" nor an Accept-Language French or English
// satisfies). An invalid lang is read as French. Its work is bounded by
// limits, each zero field by its default (DefaultLimits).
func NewHandler(a *societal.Assessor, l lang.Lang, limits Limits) *Handler {
	if !l.IsValid() {
		l = lang.French
	}
	def := DefaultLimits()
	if limits.Concurrency <= 0 {
		limits.Concurrency = def.Concurrency
	}
	if limits.Wait <= 0 {
		limits.Wait = def.Wait
	}
	return &Handler{assessor: a, l: l, limits: limits,
		slots: make(chan struct{}, limits.Concurrency), large: make(chan struct{}, max(1, limits.Concurrency/4))}
}

// turn waits for the turn of a dossier of a large body or not, at most
// h.limits.Wait or until ctx is done, and returns the function that ends
// it, or false if the turn did not come.
func (h *Handler) turn(ctx context.Context, large bool) (end func(), ok bool) {
	timer := time.NewTimer(h.limits.Wait)
	defer timer.Stop()
	if large {
		select {
		case h.large <- struct{}{}:
		case <-timer.C:
			return nil, false
		case <-ctx.Done():
			return nil, false
		}
	}
	select {
	case h.slots <- struct{}{}:
	case <-timer.C:
		if large {
			<-h.large
		}
		return nil, false
	case <-ctx.Done():
		if large {
			<-h.large
		}
		return nil, false
	}
	start := time.Now()
	return func() {
		<-h.slots
		if large {
			// The large lane is paced: its turn lasts twice the work, so
			// that large bodies take at most half of one processor's time
			// per turn of the lane.
			time.AfterFunc(time.Since(start), func() { <-h.large })
		}
	}, true
}

// details are what an error body says of an error of the request, with its
// stable code, in every language.
var details = struct {
	method, accept, lang, contentType, tooLarge, read, busy, invalid, encode detail
}{
	method:      detail{"method-not-allowed", lang.Text{"méthode {1}\u00a0: seul POST est accepté, avec un dossier pour corps", "method {1}: only POST is allowed, with a dossier as the body"}},
	accept:      detail{"not-acceptable", lang.Text{"le rapport est disponible en {1}", "the report is available as {1}"}},
	lang:        detail{"unknown-language", lang.Text{"le paramètre lang {1} ne nomme aucune langue (valeurs possibles\u00a0: {2})", "the lang parameter {1} names no language (want {2})"}},
	contentType: detail{"unsupported-media-type", lang.Text{"type de contenu {1}\u00a0: le dossier doit être en {2}", "content type {1}: the dossier must be {2}"}},
	tooLarge:    detail{"too-large", lang.Text{"le dossier dépasse la limite de {1} octets", "the dossier is over the limit of {1} bytes"}},
	read:        detail{"unreadable-body", lang.Text{"lecture du corps\u00a0: {1}", "reading the body: {1}"}},
	busy:        detail{"busy", lang.Text{"trop de dossiers en cours d'évaluation ({1} au plus à la fois)\u00a0: réessayez dans une seconde", "too many dossiers being assessed (at most {1} at a time): retry in a second"}},
	invalid:     detail{"invalid-dossier", lang.Text{"le corps n'est pas un dossier valide", "the body is not a valid dossier"}},
	encode:      detail{"encoding-failed", lang.Text{"écriture du rapport\u00a0: {1}", "encoding the report: {1}"}},
}

// detail is an error of the request: its code and what it says.
type detail struct {
	code string
	text lang.Text
}

// ServeHTTP answers one request; see Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Vary", "Accept, Accept-Language")
	l, langErr := language(r, h.l)
	if langErr != nil {
		l = h.l
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		problem(w, l, http.StatusMethodNotAllowed, details.method, details.method.text.Format(l, lang.Data(r.Method)))
		return
	}
	form, ok := negotiate(r.Header.Values("Accept"), offers)
	if !ok {
		problem(w, l, http.StatusNotAcceptable, details.accept, details.accept.text.Format(l, lang.Data(strings.Join(offers, ", "))))
		return
	}
	if langErr != nil {
		problem(w, l, http.StatusBadRequest, details.lang, details.lang.text.Format(l, lang.Quoted(r.URL.Query().Get("lang"), 64), lang.Codes()))
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != typeJSON {
			w.Header().Set("Accept-Post", typeJSON)
			problem(w, l, http.StatusUnsupportedMediaType, details.contentType, details.contentType.text.Format(l, lang.Quoted(ct, 64), lang.Data(typeJSON)))
			return
		}
	}
	data, err := readBody(w, r)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			problem(w, l, http.StatusRequestEntityTooLarge, details.tooLarge, details.tooLarge.text.Format(l, lang.Int(int(mbe.Limit))))
			return
		}
		problem(w, l, http.StatusBadRequest, details.read, details.read.text.Format(l, lang.Data(err.Error())))
		return
	}
	end, ok := h.turn(r.Context(), len(data) > largeBody)
	if !ok {
		w.Header().Set("Retry-After", "1")
		problem(w, l, http.StatusServiceUnavailable, details.busy, details.busy.text.Format(l, lang.Int(h.limits.Concurrency)))
		return
	}
	defer end()
	d, err := societal.DecodeDossier(data)
	if err != nil {
		problem(w, l, http.StatusBadRequest, details.invalid, details.invalid.text.In(l), problemsOf(err, l)...)
		return
	}
	var rep societal.Report
	if h.assessor != nil {
		rep = h.assessor.Assess(d)
	} else {
		rep = societal.Assess(d)
	}
	var body []byte
	switch form {
	case typeMarkdown:
		w.Header().Set("Content-Type", typeMarkdown+"; charset=utf-8")
		body = []byte(rep.Markdown(l))
	default:
		w.Header().Set("Content-Type", typeJSON)
		if body, err = json.Marshal(rep.JSON(l)); err != nil { // its texts in the language of the request
			problem(w, l, http.StatusInternalServerError, details.encode, details.encode.text.Format(l, lang.Data(err.Error())))
			return
		}
		body = append(body, '\n')
	}
	w.Header().Set("Content-Language", l.String())
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}

// readBody reads the body of r, at most societal.MaxJSON bytes, into one
// buffer of the size Content-Length says (bounded), not grown by doubling:
// a 1 MiB body is one allocation and one copy.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	body := http.MaxBytesReader(w, r.Body, societal.MaxJSON)
	if n := r.ContentLength; n >= 0 && n <= societal.MaxJSON {
		buf := bytes.NewBuffer(make([]byte, 0, n+1)) // +1: the read that finds the end
		_, err := buf.ReadFrom(body)
		return buf.Bytes(), err
	}
	return io.ReadAll(body)
}

// language returns the language of the report: the "lang" query
// parameter, else the preference of Accept-Language among the module's
// languages (def first, so that it wins a tie), else def.
func language(r *http.Request, def lang.Lang) (lang.Lang, error) {
	if q := r.URL.Query().Get("lang"); q != "" {
		l, err := lang.Parse(q)
		if err != nil {
			return 0, err
		}
		return l, nil
	}
	offers := []string{def.String()}
	for l := range lang.Langs() {
		if l != def {
			offers = append(offers, l.String())
		}
	}
	tag, ok := negotiate(r.Header.Values("Accept-Language"), offers)
	if !ok {
		return def, nil
	}
	l, err := lang.Parse(tag)
	if err != nil {
		return def, nil
	}
	return l, nil
}

// negotiate returns the offer the header values accept with the highest
// quality, the first of offers on a tie, and false if they accept none.
// With no header value, the first offer. A range matches an offer exactly
// ("text/markdown"), by its type ("text/*") or wholly ("*/*", "*"); a
// language range matches by its primary tag ("en-GB" matches "en"). The
// most specific range that matches an offer gives its quality (RFC 9110
// §12.5.1); a range with a malformed quality is ignored.
func negotiate(values []string, offers []string) (string, bool) {
	type rng struct {
		name string
		q    float64
	}
	var ranges []rng
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			name, params, _ := strings.Cut(part, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "" {
				continue
			}
			q, ok := 1.0, true
			for _, p := range strings.Split(params, ";") {
				k, val, _ := strings.Cut(strings.TrimSpace(p), "=")
				if strings.EqualFold(strings.TrimSpace(k), "q") {
					var err error
					q, err = strconv.ParseFloat(strings.TrimSpace(val), 64)
					ok = err == nil && q >= 0 && q <= 1
				}
			}
			if ok {
				ranges = append(ranges, rng{name, q})
			}
		}
	}
	if len(ranges) == 0 {
		if strings.TrimSpace(strings.Join(values, "")) == "" {
			return offers[0], true // no preference
		}
		return "", false // only malformed ranges
	}
	best, bestQ := "", 0.0
	for _, o := range offers {
		spec, q := -1, 0.0
		for _, r := range ranges {
			if s := specificity(r.name, o); s > spec {
				spec, q = s, r.q
			}
		}
		if spec >= 0 && q > bestQ {
			best, bestQ = o, q
		}
	}
	return best, best != ""
}

// specificity is how closely the range name matches offer: 2 exactly, 1 by
// type or primary language tag, 0 wholly, -1 not at all.
func specificity(name, offer string) int {
	switch {
	case name == offer:
		return 2
	case name == "*" || name == "*/*":
		return 0
	case strings.HasSuffix(name, "/*") && strings.HasPrefix(offer, strings.TrimSuffix(name, "*")):
		return 1
	case !strings.Contains(offer, "/") && strings.HasPrefix(name, offer+"-"):
		return 1
	}
	return -1
}

// problemJSON is one problem of an input, as the error bodies list it: its
// message and reason in the language of the request, and its code (a
// problem of the library) and where it stands.
type problemJSON struct {
	Message string `json:"message"`
	Code    string `json:"code,omitempty"`
	Path    string `json:"path,omitempty"`
	Value   string `json:"value,omitempty"`
	Reason  string `json:"reason,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
}

// problemsOf lists every problem joined in err, said in l.
func problemsOf(err error, l lang.Lang) []problemJSON {
	var out []problemJSON
	for p := range societalproblem.All(err) {
		out = append(out, problemJSON{Message: p.Text(l), Code: p.Code, Path: p.Path, Value: p.Value,
			Reason: p.Reason(l), Line: p.Line, Column: p.Column})
	}
	return out
}

// problem answers with status and an application/problem+json body in l:
// the status's title (HTTP's, in English: a name, as the code is), the
// detail, and the problems of the input.
func problem(w http.ResponseWriter, l lang.Lang, status int, d detail, text string, problems ...problemJSON) {
	if problems == nil {
		problems = []problemJSON{{Message: text, Code: d.code}}
	}
	body, _ := json.Marshal(struct {
		Type     string        `json:"type"`
		Title    string        `json:"title"`
		Status   int           `json:"status"`
		Detail   string        `json:"detail"`
		Problems []problemJSON `json:"problems"`
	}{"about:blank", http.StatusText(status), status, text, problems})
	body = append(body, '\n')
	w.Header().Set("Content-Type", typeProblem)
	w.Header().Set("Content-Language", l.String())
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}
