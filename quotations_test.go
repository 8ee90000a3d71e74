package societal_test

// The citations read against the sources themselves.
//
// TestSourceCitations checks that a citation ("004:3210-3232") names lines
// that exist. The two tests of this file read those lines:
// TestCitedRangesEndOnText checks that every cited range starts and ends on
// a line of text, and TestQuotationsInCitedLines that what the code and the
// documents quote next to a citation is in the lines it cites.
//
// # Where the sources are
//
// The sources are the texts the citations number (MODEL.md, "Sources"), one
// file NNN_*.txt per document, in the directory named by the environment
// variable SOCIETAL_SEEDS, or else in ../shared/seeds from the module's root
// (CI's clone has ../shared beside it). When SOCIETAL_SEEDS is unset and
// ../shared/seeds does not exist (a clone outside CI), both tests skip,
// saying that the sources are absent and the check did not run. A directory
// that is named but missing, or that lacks a source, or whose source has
// another number of lines than MODEL.md records, fails the tests: the
// citations would be read against other texts.
//
// # What is read
//
// Every .go file of the module (testdata included), MODEL.md and README.md,
// except this file, whose cases are wrong on purpose. Each is cut into units:
//
//   - in a .go file, each comment (// lines alone on consecutive lines are
//     one comment; a comment after code on its line is one by itself) and
//     each string literal, literals joined by + making one;
//   - in a Markdown file, each paragraph (up to a blank line), heading, list
//     item, table row and line of a fenced code block.
//
// A quotation is the text between « and its matching » (they nest), between
// two straight double quotes ", or between “ and ”, at the top level of a
// unit: a quotation inside another is part of it. In a string literal the
// marks are characters of the string, not the Go syntax around it.
//
// # Next to a citation
//
// A quotation is next to the first source citation after its closing mark in
// the same unit, unless another quotation or the end of a clause comes
// between them. A clause ends at a semicolon, at a full stop followed by a
// space or a line break, at a table cell boundary |, at a blank line, and at
// a closing parenthesis that closes one opened before the quotation;
// punctuation inside a parenthesis opened after the quotation does not end
// it. A quotation next to no citation after it is next to the citation that
// ends just before its opening mark, if only spaces lie between them. So
// « x » (MODEL §3.1; 004:3289-3297) is next to 004:3289-3297; in « a » and
// « b » (004:5495-5515) only « b » is next to it; 004:830-832 « c » is next
// to 004:830-832; and in 004:796, « c » nothing is next to a citation.
//
// A citation brings the further ranges that follow it ("004:3204-3206,
// 3245", across a line break too) and the citations chained to it by commas,
// semicolons and spaces only ("004:793-797, 003:1820-1851"): the quotation
// may be in any of them. A quotation whose text holds a citation
// (« 004:880-888 » names a passage, it does not quote one) is not checked.
//
// # In the cited lines
//
// A quotation is in the cited lines when its text, or each of its parts, is
// in the text of one of the cited ranges. An ellipsis (…, ..., […], (…)) or
// a bracketed insertion ([sic], [l]) cuts a quotation into parts. Both
// texts are compared after one normalisation: lower case; every apostrophe
// as '; every double quote (« » “ ” „ ") as one mark, with no space next to
// it; no-break and thin spaces as spaces; runs of spaces and line breaks as
// one space; Markdown's emphasis * dropped. The cited lines are joined with a
// space, blank lines skipped, a list marker at the start of a line dropped
// ("- ", "▪ ", and "o ", "= ", "* " as the OCR reads bullets), and a line
// that ends with a hyphen is joined to the next without a space, the hyphen
// kept or dropped (« au-delà », and « modèle » from « mo- / dèle »).
//
// Nothing else is forgiven: a quotation that corrects the source's spelling
// fails (quote it as written, with [sic] if need be, and give the correction
// outside the marks), and so does the library's own paraphrase or
// translation between quotation marks next to a citation (say it without
// the marks). No quotation is allowed by name.

import (
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// selfFile is the one file not read: its cases quote wrongly on purpose.
const selfFile = "quotations_test.go"

// seedText is one source: its lines as an editor numbers them.
type seedText struct {
	lines []string
}

// seedsDir returns the directory of the sources, or skips the test.
func seedsDir(t *testing.T) string {
	t.Helper()
	if dir, ok := os.LookupEnv("SOCIETAL_SEEDS"); ok {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			t.Fatalf("SOCIETAL_SEEDS=%q is not a directory of the sources", dir)
		}
		return dir
	}
	dir := filepath.Join("..", "shared", "seeds")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Skipf("the sources are absent (no %s, SOCIETAL_SEEDS unset): the citations were NOT checked against them", dir)
	}
	return dir
}

// readSeeds reads every source MODEL.md lists from the sources' directory.
func readSeeds(t *testing.T) map[string]seedText {
	t.Helper()
	ref := readModel(t)
	dir := seedsDir(t)
	seeds := map[string]seedText{}
	for src, want := range ref.lines {
		paths, err := filepath.Glob(filepath.Join(dir, src+"_*.txt"))
		if err != nil || len(paths) != 1 {
			t.Fatalf("%s: want one %s_*.txt, found %d", dir, src, len(paths))
		}
		data, err := os.ReadFile(paths[0])
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		if len(lines) != want {
			t.Fatalf("%s has %d lines, MODEL.md records %d: not the texts the citations number", paths[0], len(lines), want)
		}
		seeds[src] = seedText{lines: lines}
	}
	return seeds
}

// blank reports whether line n of the source holds no text.
func (s seedText) blank(n int) bool {
	return strings.TrimFunc(s.lines[n-1], unicode.IsSpace) == ""
}

// Every cited range starts and ends on a line of text. The extracted texts
// put a blank line between most lines of print, so a range that starts or
// ends on one is a line off: a line too many, or a passage cut short. A
// range of blank lines only cites nothing.
func TestCitedRangesEndOnText(t *testing.T) {
	seeds := readSeeds(t)
	eachLine(t, func(file string, n int, line string) {
		if file == selfFile {
			return
		}
		for _, m := range sourceCitation.FindAllStringSubmatchIndex(line, -1) {
			src := line[m[2]:m[3]]
			seed, ok := seeds[src]
			if !ok {
				continue // TestSourceCitations reports it
			}
			for _, r := range lineRanges(line, m) {
				lo, _ := strconv.Atoi(r[0])
				hi := lo
				if r[1] != "" {
					hi, _ = strconv.Atoi(r[1])
				}
				if lo < 1 || hi > len(seed.lines) || hi < lo {
					continue // TestSourceCitations reports it
				}
				if msg := rangeProblem(seed, src, lo, hi); msg != "" {
					t.Errorf("%s:%d: %s", file, n, msg)
				}
			}
		}
	})
}

// rangeProblem says what is wrong with the range lo-hi of src, or "".
func rangeProblem(seed seedText, src string, lo, hi int) string {
	cited := src + ":" + strconv.Itoa(lo)
	if hi != lo {
		cited += "-" + strconv.Itoa(hi)
	}
	first, last := lo, hi
	for first <= hi && seed.blank(first) {
		first++
	}
	if first > hi {
		return cited + " cites only blank lines"
	}
	for seed.blank(last) {
		last--
	}
	var problems []string
	if first != lo {
		problems = append(problems, fmt.Sprintf("starts on a blank line: its text starts at %s:%d", src, first))
	}
	if last != hi {
		next := hi
		for next < len(seed.lines) && seed.blank(next) {
			next++
		}
		problems = append(problems, fmt.Sprintf("ends on a blank line: its text ends at %s:%d, or goes on at %s:%d", src, last, src, next))
	}
	if problems == nil {
		return ""
	}
	return cited + " " + strings.Join(problems, "; ")
}

func TestQuotationsInCitedLines(t *testing.T) {
	seeds := readSeeds(t)
	checked := 0
	for _, u := range readUnits(t) {
		n, problems := checkQuotations(u, seeds)
		checked += n
		for _, p := range problems {
			t.Error(p)
		}
	}
	if checked == 0 {
		t.Error("no quotation next to a citation: is the test run from the module root?")
	}
	t.Logf("%d quotations checked", checked)
}

// checkQuotations checks the quotations of u next to a citation, returning
// how many it checked and what is wrong.
func checkQuotations(u unit, seeds map[string]seedText) (checked int, problems []string) {
	qs := quotations(u.text)
	for i, q := range qs {
		if sourceCitation.MatchString(q.inner) {
			continue
		}
		var next *quotation
		if i+1 < len(qs) {
			next = &qs[i+1]
		}
		g, ok := citationAfter(u.text, q, next)
		if !ok {
			g, ok = citationBefore(u.text, q)
		}
		if !ok {
			continue
		}
		ps := parts(q.inner)
		if len(ps) == 0 {
			continue
		}
		checked++
		if g.holds(seeds, ps) {
			continue
		}
		msg := fmt.Sprintf("%s:%d: %s is not within %s", u.file, u.lineOf(q.start),
			spaces.ReplaceAllString(u.text[q.start:q.end], " "), g.text)
		if seed, ok := seeds[g.src]; ok {
			if at := where(seed, ps); at != "" {
				msg += fmt.Sprintf("; it is at %s:%s", g.src, at)
			} else {
				msg += fmt.Sprintf("; it is nowhere in %s as quoted", g.src)
			}
		}
		problems = append(problems, msg)
	}
	return checked, problems
}

// unit is a piece of text read as a whole: a comment, a string, a paragraph.
type unit struct {
	file  string
	text  string
	lines []lineStart // the file's line of each part of text, in order
}

type lineStart struct{ offset, line int }

// lineOf returns the file's line holding text[offset].
func (u unit) lineOf(offset int) int {
	i := sort.Search(len(u.lines), func(i int) bool { return u.lines[i].offset > offset })
	return u.lines[max(i-1, 0)].line
}

// add appends text, which starts on the file's given line.
func (u *unit) add(text string, line int) {
	u.lines = append(u.lines, lineStart{len(u.text), line})
	u.text += text
}

// goUnits cuts a Go file into its comments and string literals.
func goUnits(path string, src []byte) ([]unit, error) {
	fset := token.NewFileSet()
	file := fset.AddFile(path, -1, len(src))
	var s scanner.Scanner
	var errs scanner.ErrorList
	s.Init(file, src, func(pos token.Position, msg string) { errs.Add(pos, msg) }, scanner.ScanComments)
	var units []unit
	last := token.ILLEGAL // what the open unit ended with: a lone // line, a string or a + after one
	lastLine := 0
	open := func(text string, line int) {
		units = append(units, unit{file: path})
		units[len(units)-1].add(text, line)
	}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		p := fset.Position(pos)
		switch tok {
		case token.COMMENT:
			alone := strings.TrimSpace(string(src[p.Offset-p.Column+1:p.Offset])) == ""
			if !strings.HasPrefix(lit, "//") {
				open(strings.TrimSuffix(strings.TrimPrefix(lit, "/*"), "*/"), p.Line)
				last = token.ILLEGAL
				continue
			}
			text := strings.TrimPrefix(strings.TrimPrefix(lit, "//"), " ")
			if last == token.COMMENT && alone && p.Line == lastLine+1 {
				units[len(units)-1].add("\n"+text, p.Line)
			} else {
				open(text, p.Line)
			}
			last, lastLine = token.ILLEGAL, p.Line
			if alone {
				last = token.COMMENT
			}
		case token.STRING:
			text, err := strconv.Unquote(lit)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, p.Line, err)
			}
			if last == token.ADD {
				units[len(units)-1].add(text, p.Line)
			} else {
				open(text, p.Line)
			}
			last = token.STRING
		case token.ADD:
			if last == token.STRING {
				last = token.ADD
			} else {
				last = token.ILLEGAL
			}
		default:
			last = token.ILLEGAL
		}
	}
	if len(errs) > 0 {
		return nil, errs.Err()
	}
	return units, nil
}

var (
	listItem = regexp.MustCompile(`^\s*(?:[-*+]|\d+\.)\s`)
	fence    = regexp.MustCompile("^\\s*```")
)

// markdownUnits cuts a Markdown file into paragraphs, headings, list items,
// table rows and lines of code.
func markdownUnits(path string, src []byte) []unit {
	var units []unit
	inPara, inCode := false, false
	for i, line := range strings.Split(string(src), "\n") {
		n := i + 1
		trimmed := strings.TrimSpace(line)
		switch {
		case fence.MatchString(line):
			inCode, inPara = !inCode, false
		case inCode, strings.HasPrefix(trimmed, "#"), strings.HasPrefix(trimmed, "|"):
			units = append(units, unit{file: path})
			units[len(units)-1].add(line, n)
			inPara = false
		case trimmed == "":
			inPara = false
		case !inPara || listItem.MatchString(line):
			units = append(units, unit{file: path})
			units[len(units)-1].add(line, n)
			inPara = true
		default:
			units[len(units)-1].add("\n"+line, n)
		}
	}
	return units
}

// readUnits returns the units of every file the test reads: the source
// files (sourceFiles) but this one.
func readUnits(t *testing.T) []unit {
	t.Helper()
	var units []unit
	for _, path := range sourceFiles(t) {
		if path == selfFile {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(path, ".go") {
			units = append(units, markdownUnits(path, src)...)
			continue
		}
		u, err := goUnits(path, src)
		if err != nil {
			t.Fatal(err)
		}
		units = append(units, u...)
	}
	return units
}

// quotation is text[start:end] of its unit, marks included; inner is
// without them.
type quotation struct {
	start, end int
	inner      string
}

// closing is the mark that closes each opening mark.
var closing = map[rune]rune{'«': '»', '"': '"', '“': '”'}

// quotations returns the top-level quotations of text, in order.
func quotations(text string) []quotation {
	var qs []quotation
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		cl, ok := closing[r]
		if !ok {
			i += size
			continue
		}
		end := matchClose(text, i+size, r, cl)
		if end < 0 {
			i += size
			continue
		}
		_, csize := utf8.DecodeRuneInString(text[end:])
		qs = append(qs, quotation{start: i, end: end + csize, inner: text[i+size : end]})
		i = end + csize
	}
	return qs
}

// matchClose returns the offset of the mark cl that closes op in text from
// i, or -1. « and » nest; a straight quote closes at the next one.
func matchClose(text string, i int, op, cl rune) int {
	depth := 0
	for j, r := range text[i:] {
		switch {
		case r == cl && depth == 0:
			return i + j
		case r == cl:
			depth--
		case r == op && op != cl:
			depth++
		}
	}
	return -1
}

// citationGroup is the ranges a quotation is read against.
type citationGroup struct {
	src    string   // the source of the first range, for the message
	srcs   []string // the source of each range
	ranges [][2]int // lo, hi
	text   string   // the citations as written
	end    int      // where they end in the unit's text
}

// citationAfter returns the citation next to q in text (see the file
// comment); next is the quotation after q, if any.
func citationAfter(text string, q quotation, next *quotation) (citationGroup, bool) {
	stop := len(text)
	if next != nil {
		stop = next.start
	}
	depth := 0
	for i := q.end; i < stop; i++ {
		if m := citationAt.FindStringSubmatchIndex(text[i:]); m != nil && (i == 0 || !citationGlued(text[i-1])) {
			return citations(text, i), true
		}
		switch text[i] {
		case '(':
			depth++
		case ')':
			if depth--; depth < 0 {
				return citationGroup{}, false
			}
		case ';':
			if depth == 0 {
				return citationGroup{}, false
			}
		case '|':
			return citationGroup{}, false
		case '.':
			if depth == 0 && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
				return citationGroup{}, false
			}
		case '\n':
			if strings.HasPrefix(strings.TrimLeft(text[i+1:], " \t"), "\n") {
				return citationGroup{}, false
			}
		}
	}
	return citationGroup{}, false
}

// citationBefore returns the citation that ends just before q in text, with
// nothing but spaces between them, or false.
func citationBefore(text string, q quotation) (citationGroup, bool) {
	for _, m := range sourceCitation.FindAllStringSubmatchIndex(text[:q.start], -1) {
		if g := citations(text, m[2]); strings.TrimLeft(text[g.end:q.start], " \t") == "" {
			return g, true
		}
	}
	return citationGroup{}, false
}

var (
	// A source citation and its first range, at the start of the text.
	citationAt = regexp.MustCompile(`^(\d{3}):(\d+)(?:[-–](\d+))?`)
	// A further range of the same source: ", 3245", ", 3245-3246".
	furtherRange = regexp.MustCompile(`^,\s*(\d+)(?:[-–](\d+))?`)
	// What may stand between chained citations.
	chainGap = regexp.MustCompile(`^[\s,;]*`)
)

// citationGlued reports whether c, just before three digits and a colon,
// makes them no citation (as sourceCitation's prefix does).
func citationGlued(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.IndexByte("_.:/", c) >= 0
}

// citations reads the citation at text[i:], with its further ranges and the
// citations chained to it.
func citations(text string, i int) citationGroup {
	g := citationGroup{}
	start, end := i, i
	for {
		m := citationAt.FindStringSubmatch(text[i:])
		if m == nil {
			break
		}
		src := m[1]
		add := func(lo, hi string) {
			l, _ := strconv.Atoi(lo)
			h := l
			if hi != "" {
				h, _ = strconv.Atoi(hi)
			}
			g.srcs = append(g.srcs, src)
			g.ranges = append(g.ranges, [2]int{l, h})
		}
		add(m[2], m[3])
		i += len(m[0])
		for {
			r := furtherRange.FindStringSubmatch(text[i:])
			if r == nil || !endsRange(text[i+len(r[0]):]) {
				break
			}
			add(r[1], r[2])
			i += len(r[0])
		}
		end = i
		i += len(chainGap.FindString(text[i:]))
	}
	g.src = g.srcs[0]
	g.text = spaces.ReplaceAllString(text[start:end], " ")
	g.end = end
	return g
}

// holds reports whether every part is in one of the group's ranges.
func (g citationGroup) holds(seeds map[string]seedText, ps []string) bool {
	for _, p := range ps {
		in := false
		for i, r := range g.ranges {
			seed, ok := seeds[g.srcs[i]]
			if !ok {
				in = true // TestSourceCitations reports it
				break
			}
			if contains(seed.passage(r[0], r[1]), p) {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

var (
	// An ellipsis or a bracketed insertion: where a quotation is cut.
	quoteCut = regexp.MustCompile(`\[[^\]]*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.`)
	spaces   = regexp.MustCompile(`\s+`)
	// Spaces next to a double quote.
	quoteSpace = regexp.MustCompile(`\s*"\s*`)
	// A list marker or a Markdown heading's marks at the start of a line,
	// as the sources print them (the OCR reads some bullets as o, = or *).
	listMarker = regexp.MustCompile(`^\s*(?:[-–•▪◦o*=]|#+)\s+`)
	normaliser = strings.NewReplacer(
		"’", "'", "‘", "'", "ʼ", "'", "′", "'",
		"«", `"`, "»", `"`, "“", `"`, "”", `"`, "„", `"`,
		"\u00a0", " ", "\u202f", " ", "\u2009", " ", "\u2007", " ",
		"\u00ad", "",
		"*", "",
	)
)

// normalise is what a quotation and the cited text go through before they
// are compared.
func normalise(s string) string {
	s = strings.ToLower(normaliser.Replace(s))
	s = spaces.ReplaceAllString(s, " ")
	s = quoteSpace.ReplaceAllString(s, `"`)
	return strings.TrimSpace(s)
}

// hyphenJoin marks where a line that ends with a hyphen meets the next.
const hyphenJoin = "\x00"

// passage returns lines lo to hi of the source joined as the file comment
// says, hyphenJoin where a line ends with a hyphen, not yet normalised.
func (s seedText) passage(lo, hi int) string {
	var b strings.Builder
	for n := lo; n <= hi; n++ {
		line := listMarker.ReplaceAllString(strings.TrimRightFunc(s.lines[n-1], unicode.IsSpace), "")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), hyphenJoin) {
			b.WriteByte(' ')
		}
		if h, ok := strings.CutSuffix(line, "-"); ok && n < hi {
			line = h + hyphenJoin
		}
		b.WriteString(line)
	}
	return b.String()
}

// contains reports whether the passage holds the normalised part, each
// hyphenJoin of the passage read as a hyphen or as nothing.
func contains(passage, part string) bool {
	text := normalise(passage)
	if !strings.Contains(text, hyphenJoin) {
		return strings.Contains(text, part)
	}
	var re strings.Builder
	for i, r := range part {
		if i > 0 {
			re.WriteString(hyphenJoin + "?")
		}
		if r == '-' {
			re.WriteString("(?:-|" + hyphenJoin + ")")
		} else {
			re.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return regexp.MustCompile(re.String()).MatchString(text)
}

// parts returns the normalised parts of a quotation, cut at its ellipses
// and insertions; a part with no letter or digit is dropped.
func parts(inner string) []string {
	var ps []string
	for _, p := range quoteCut.Split(inner, -1) {
		p = normalise(p)
		if strings.IndexFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			ps = append(ps, p)
		}
	}
	return ps
}

// where returns the lines of the source holding each part, for a failure
// message, or "" when a part is nowhere in it.
func where(seed seedText, ps []string) string {
	var found []string
	for _, p := range ps {
		lo, hi := seed.find(p)
		if lo == 0 {
			return ""
		}
		at := strconv.Itoa(lo)
		if hi > lo {
			at += "-" + strconv.Itoa(hi)
		}
		found = append(found, at)
	}
	return strings.Join(found, ", ")
}

// find returns the first and last line of the first place of the source that
// holds the normalised part, or 0, 0.
func (s seedText) find(part string) (lo, hi int) {
	for _, h := range []string{"-", ""} {
		// The whole source joined and normalised as a passage is, with
		// the line of each byte.
		var b strings.Builder
		var lineAt []int
		write := func(text string, n int) {
			b.WriteString(text)
			for range len(text) {
				lineAt = append(lineAt, n)
			}
		}
		joined := true // no space before the next line: the first, or after a hyphen
		for n := 1; n <= len(s.lines); n++ {
			line := normalise(s.passage(n, n))
			if line == "" {
				continue
			}
			cut, hyphen := strings.CutSuffix(line, "-")
			if !joined && !strings.HasPrefix(line, `"`) && !strings.HasSuffix(b.String(), `"`) {
				write(" ", n)
			}
			if hyphen {
				write(cut+h, n)
			} else {
				write(line, n)
			}
			joined = hyphen
		}
		if at := strings.Index(b.String(), part); at >= 0 {
			return lineAt[at], lineAt[at+len(part)-1]
		}
	}
	return 0, 0
}

// The rules of the file comment, on a source of nine lines.
func TestQuotationRules(t *testing.T) {
	seeds := map[string]seedText{"004": {lines: []string{
		"Le « premier » texte de l’exemple, au-", // 1
		"",                      // 2
		"delà de la ligne, mo-", // 3
		"dèle compris.",         // 4
		"",                      // 5
		"- une liste à puces",   // 6
		"o une autre\u00a0puce", // 7
		"",                      // 8
		"**gras** et fin.",      // 9
	}}}
	tests := []struct {
		src     string // a Go file's text, or Markdown's when it starts with "md:"
		checked int    // quotations next to a citation
		wrong   int    // of which not in the cited lines
	}{
		{"// « premier » texte (004:1)", 1, 0},
		{"// \"le « premier » texte de l'exemple\" (004:1)", 1, 0},     // nested, apostrophe
		{"// \"au-delà de la ligne, modèle compris\" (004:1-4)", 1, 0}, // hyphen kept, dropped
		{"// \"une liste à puces une autre puce\" (004:6-7)", 1, 0},    // list markers, no-break space
		{"// \"gras et fin\" (004:9)", 1, 0},                           // Markdown emphasis
		{"// \"Le « Premier » Texte\" (004:1)", 1, 0},                  // case
		{"// \"premier texte\" (004:3)", 1, 1},                         // other lines
		{"// \"texte de l'exemple … la ligne [sic]\" (004:1-3)", 1, 0}, // cut in parts
		{"// \"texte de l'exemple … absent\" (004:1-3)", 1, 1},         // every part
		{"// \"absent\" then; (004:1)", 0, 0},                          // a clause ends
		{"// \"absent\". Then 004:1", 0, 0},                            // a sentence ends
		{"// (\"absent\") 004:1", 0, 0},                                // its parenthesis closes
		{"// \"absent\"\n//\n// 004:1", 0, 0},                          // a blank line
		{"// \"absent\" (see 004:1)", 1, 1},                            //
		{"// \"absent\" (MODEL §3.1; 004:1)", 1, 1},                    // inside a parenthesis opened after
		{"// \"absent\" and \"premier\" (004:1)", 1, 0},                // the citation is the last one's
		{"// 004:1 \"absent\"", 1, 1},                                  // a citation just before
		{"// 004:1 \"premier\"", 1, 0},
		{"// 004:1, \"absent\"", 0, 0},                                  // not just before
		{"// 004:3 \"premier\" (004:1)", 1, 0},                          // the citation after first
		{"// \"premier\" (004:3, 004:1)", 1, 0},                         // chained
		{"// \"premier\" (004:3,\n// 1)", 1, 0},                         // a further range on the next line
		{"// \"premier\" (004:3; 1990s)", 1, 1},                         // not a range
		{"// \"004:1\" (004:3)", 0, 0},                                  // names a passage
		{"// “premier” (004:1)", 1, 0},                                  //
		{"var s = \"«\\u00a0premier\\u00a0» \" +\n\t\"(004:1)\"", 1, 0}, // literals joined by +
		{"var s, c = \"«\\u00a0absent\\u00a0»\", \"(004:1)\"", 0, 0},    // two literals
		{"var x = 1 // \"absent\"\n// (004:1)", 0, 0},                   // a comment after code
		{"md:| \"absent\" | 004:1 |", 0, 0},                             // a table's cells
		{"md:A \"premier\"\ntexte (004:1).", 1, 0},                      // a paragraph
		{"md:- \"absent\"\n- 004:1", 0, 0},                              // two list items
	}
	for _, tc := range tests {
		var units []unit
		if md, ok := strings.CutPrefix(tc.src, "md:"); ok {
			units = markdownUnits("x.md", []byte(md))
		} else {
			var err error
			if units, err = goUnits("x.go", []byte(tc.src)); err != nil {
				t.Fatal(err)
			}
		}
		checked, wrong := 0, 0
		for _, u := range units {
			n, problems := checkQuotations(u, seeds)
			checked += n
			wrong += len(problems)
		}
		if checked != tc.checked || wrong != tc.wrong {
			t.Errorf("%q: %d checked, %d wrong; want %d, %d", tc.src, checked, wrong, tc.checked, tc.wrong)
		}
	}

	ranges := []struct {
		lo, hi int
		ok     bool
	}{{1, 1, true}, {1, 4, true}, {2, 2, false}, {1, 2, false}, {2, 3, false}, {6, 9, true}}
	for _, r := range ranges {
		if msg := rangeProblem(seeds["004"], "004", r.lo, r.hi); (msg == "") != r.ok {
			t.Errorf("004:%d-%d: %q", r.lo, r.hi, msg)
		}
	}
	if lo, hi := seeds["004"].find("delà de la ligne, modèle"); lo != 3 || hi != 4 {
		t.Errorf("find: %d-%d, want 3-4", lo, hi)
	}
}
