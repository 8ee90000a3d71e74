package societal_test

// Every citation in the code resolves: a source citation ("004:3210-3232")
// names a source MODEL.md lists and lines within that source's length, and
// a "MODEL §n" names a section of MODEL.md. The test reads only the
// repository: the sources' line counts are those MODEL.md records.

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// modelRef is what the citations are checked against, parsed from MODEL.md.
type modelRef struct {
	lines    map[string]int    // source ("004") → its number of lines
	sections map[string]string // section ("2.3") → its text, heading included
}

var (
	// A row of the Sources table: | 004 | title | author | year | 6390 |
	sourceRow = regexp.MustCompile(`^\| (\d{3}) \|.*\| (\d+) \|\s*$`)
	// A numbered heading: "## 1. Phases", "### 2.3 Stakeholders".
	sectionHeading = regexp.MustCompile(`^#{2,6} (\d+(?:\.\d+)*)\.?\s`)
	// A source citation and its first range: "004:3204-3206". The prefix
	// keeps "12:30", "v1.004:5" and "x004:5" out.
	sourceCitation = regexp.MustCompile(`(?:^|[^0-9A-Za-z_.:/])(\d{3}):(\d+)(?:[-–](\d+))?`)
	// A further range of the same source: ", 3245" or ", 3245-3246".
	nextRange = regexp.MustCompile(`^,[ \t]*(\d+)(?:[-–](\d+))?`)
	// A model citation: "MODEL §2.3", "MODEL §4.4-4.5", "MODEL §5(6)".
	modelCitation = regexp.MustCompile(`MODEL §(\d+(?:\.\d+)*)(?:[-–](\d+(?:\.\d+)*))?(?:\((\d+)\))?`)
)

func readModel(t *testing.T) modelRef {
	t.Helper()
	data, err := os.ReadFile("MODEL.md")
	if err != nil {
		t.Fatalf("the model reference: %v", err)
	}
	ref := modelRef{lines: map[string]int{}, sections: map[string]string{}}
	var open []string // the sections the current line belongs to
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if m := sourceRow.FindStringSubmatch(line); m != nil {
			n, err := strconv.Atoi(m[2])
			if err != nil || n <= 0 {
				t.Fatalf("MODEL.md: source %s has a bad line count %q", m[1], m[2])
			}
			ref.lines[m[1]] = n
		}
		if strings.HasPrefix(line, "#") {
			open = open[:0]
			if m := sectionHeading.FindStringSubmatch(line); m != nil {
				// A section holds its subsections: "2" is open under "2.3".
				parts := strings.Split(m[1], ".")
				for i := range parts {
					open = append(open, strings.Join(parts[:i+1], "."))
				}
			}
		}
		for _, s := range open {
			ref.sections[s] += line
		}
	}
	if len(ref.lines) == 0 {
		t.Fatal("MODEL.md lists no source with its line count")
	}
	if len(ref.sections) == 0 {
		t.Fatal("MODEL.md has no numbered section")
	}
	return ref
}

// citationSite is where a citation was found.
type citationSite struct {
	file string
	line int
}

func (s citationSite) String() string { return fmt.Sprintf("%s:%d", s.file, s.line) }

// sourceFiles returns the files the citation tests read, slash-separated:
// every .go file of the module (the test's working directory; directories
// whose name starts with a dot are skipped), MODEL.md and README.md.
func sourceFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && path != "." && strings.HasPrefix(d.Name(), "."):
			return filepath.SkipDir
		case !d.IsDir() && (strings.HasSuffix(path, ".go") || path == "MODEL.md" || path == "README.md"):
			files = append(files, filepath.ToSlash(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// eachLine calls f for every line of every source file (sourceFiles).
func eachLine(t *testing.T, f func(file string, n int, line string)) {
	t.Helper()
	for _, path := range sourceFiles(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<20)
		for n := 1; sc.Scan(); n++ {
			f(path, n, sc.Text())
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
}

// lineRanges returns the ranges a source citation names, from the match at
// m (indexes into line) and the further ranges that follow it.
func lineRanges(line string, m []int) [][2]string {
	r := [][2]string{{line[m[4]:m[5]], ""}}
	if m[6] >= 0 {
		r[0][1] = line[m[6]:m[7]]
	}
	rest := line[m[1]:]
	for {
		n := nextRange.FindStringSubmatchIndex(rest)
		if n == nil {
			return r
		}
		if !endsRange(rest[n[1]:]) {
			return r
		}
		next := [2]string{rest[n[2]:n[3]], ""}
		if n[4] >= 0 {
			next[1] = rest[n[4]:n[5]]
		}
		r = append(r, next)
		rest = rest[n[1]:]
	}
}

// endsRange reports whether after, the text that follows a number, ends it:
// "…, 1990s", "…, 45%", "…, 0.5" and "…, 003:1820" are not further ranges.
func endsRange(after string) bool {
	if after == "" {
		return true
	}
	c := after[0]
	switch {
	case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '%', c == ':', c == '_':
		return false
	case c == '.' || c == ',':
		return len(after) == 1 || after[1] < '0' || after[1] > '9'
	}
	return true
}

func TestSourceCitations(t *testing.T) {
	ref := readModel(t)
	count := 0
	eachLine(t, func(file string, n int, line string) {
		site := citationSite{file, n}
		for _, m := range sourceCitation.FindAllStringSubmatchIndex(line, -1) {
			src := line[m[2]:m[3]]
			max, ok := ref.lines[src]
			if !ok {
				t.Errorf("%v: source %s is not listed in MODEL.md", site, src)
				continue
			}
			for _, r := range lineRanges(line, m) {
				count++
				lo, _ := strconv.Atoi(r[0])
				hi := lo
				if r[1] != "" {
					hi, _ = strconv.Atoi(r[1])
				}
				switch {
				case lo < 1 || hi > max:
					t.Errorf("%v: %s:%s is past the end of source %s (%d lines)", site, src, strings.Trim(r[0]+"-"+r[1], "-"), src, max)
				case hi < lo:
					t.Errorf("%v: %s:%s-%s is a reversed range", site, src, r[0], r[1])
				}
			}
		}
	})
	if count == 0 {
		t.Error("no source citation found: is the test run from the module root?")
	}
}

func TestModelSectionCitations(t *testing.T) {
	ref := readModel(t)
	count := 0
	eachLine(t, func(file string, n int, line string) {
		if file == "MODEL.md" {
			return
		}
		site := citationSite{file, n}
		for _, m := range modelCitation.FindAllStringSubmatch(line, -1) {
			count++
			for _, s := range m[1:3] {
				if s != "" && ref.sections[s] == "" {
					t.Errorf("%v: MODEL.md has no section %s", site, s)
				}
			}
			if item := m[3]; item != "" && !strings.Contains(ref.sections[m[1]], "("+item+")") {
				t.Errorf("%v: section %s of MODEL.md has no item (%s)", site, m[1], item)
			}
		}
	})
	if count == 0 {
		t.Error("no MODEL § citation found: is the test run from the module root?")
	}
}

// The patterns above, on the forms the code uses.
func TestCitationPatterns(t *testing.T) {
	tests := []struct {
		line string
		want string // the ranges found, "src:lo-hi" joined by " "
	}{
		{"// (004:3210-3232)", "004:3210-3232"},
		{"// 10% guidance, 004:3204-3206, 3245).", "004:3204-3206 004:3245-"},
		{"// (004:793-797, 003:1820-1851):", "004:793-797 003:1820-1851"},
		{`"004:3204-3206, 3245-3246",`, "004:3204-3206 004:3245-3246"},
		{"// (004:1148-1152, 1990s)", "004:1148-1152"},
		{"// 003:1164-1195, 45% of companies", "003:1164-1195"},
		{"// (004:3079: 3 ans minimum)", "004:3079-"},
		{"// 004:3202–3208, 3245.", "004:3202-3208 004:3245-"},
		{"// at 12:30, v1.004:5, x004:5", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range sourceCitation.FindAllStringSubmatchIndex(tc.line, -1) {
			for _, r := range lineRanges(tc.line, m) {
				got = append(got, tc.line[m[2]:m[3]]+":"+r[0]+"-"+r[1])
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: found %q, want %q", tc.line, g, tc.want)
		}
	}
}
