package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/index"
)

// CSV has the columns, in the order, of the JSON extract prints.
func TestQuoteColumns(t *testing.T) {
	q := index.Quote{ID: "x", Doc: "d", Article: "a", Kind: "direct", Text: "Hi, \"you\"", Start: 1, End: 9,
		Speaker: "Jane Doe", Person: "Jane Doe", SpeakerMention: "she", Anonymous: true, SpeakerType: "unnamed", Affiliation: "Riverton", Role: "Mayor", Cue: "said",
		Rule: "r", Confidence: 0.5, Evidence: []string{"she", "Jane Doe"}, NotSpeech: "n", Title: "T", URL: "u", Date: "2024-01-02", Outlet: "O"}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	if len(m) != len(quoteColumns) {
		t.Errorf("JSON has %d fields, CSV %d columns: %v", len(m), len(quoteColumns), quoteColumns)
	}
	row := quoteRow(q)
	want := []string{"x", "d", "a", "direct", "Hi, \"you\"", "1", "9", "Jane Doe", "Jane Doe", "she", "true", "unnamed", "Riverton", "Mayor", "said",
		"r", "0.5", "she → Jane Doe", "n", "T", "u", "2024-01-02", "O"}
	if !reflect.DeepEqual(row, want) {
		t.Errorf("row %q\nwant %q", row, want)
	}
	for i, col := range quoteColumns {
		if _, ok := m[col]; !ok {
			t.Errorf("column %d %q is not a JSON field", i, col)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, tt := range []struct{ in, start, next string }{
		{"2024-03-04", "2024-03-04", "2024-03-05"},
		{"2024-03", "2024-03-01", "2024-04-01"},
		{"2024-12", "2024-12-01", "2025-01-01"},
		{"2024", "2024-01-01", "2025-01-01"},
		{" 2024-02-29 ", "2024-02-29", "2024-03-01"},
	} {
		start, next, err := parsePeriod(tt.in)
		if err != nil || !start.Equal(day(tt.start)) || !next.Equal(day(tt.next)) {
			t.Errorf("parsePeriod(%q) = %v, %v, %v", tt.in, start, next, err)
		}
	}
	for _, bad := range []string{"", "March", "2024-13", "2023-02-29", "24", "2024/03/04", "2024-3-4"} {
		if _, _, err := parsePeriod(bad); err == nil {
			t.Errorf("parsePeriod(%q) gave no error", bad)
		}
	}
}

func TestParagraph(t *testing.T) {
	text := "Title\n\nFirst line of it,\n\"the quote\" she said,\nlast line.\n \nNext paragraph."
	start := strings.Index(text, "the quote")
	ps, pe := paragraph(text, start, start+len("the quote"))
	if got := text[ps:pe]; got != "First line of it,\n\"the quote\" she said,\nlast line." {
		t.Errorf("paragraph %q", got)
	}
	// At the very start and end of a text.
	ps, pe = paragraph("quote", 0, 5)
	if ps != 0 || pe != 5 {
		t.Errorf("whole text: %d, %d", ps, pe)
	}
	// A long paragraph is cut at spaces around the quote.
	long := strings.Repeat("word ", 300) + "QUOTE" + strings.Repeat(" word", 300)
	start = strings.Index(long, "QUOTE")
	ps, pe = paragraph(long, start, start+5)
	if start-ps > maxContext || pe-start-5 > maxContext || long[ps-1] != ' ' || long[pe] != ' ' {
		t.Errorf("cut at %d, %d around %d", ps, pe, start)
	}
}

// terminalEnv is a test environment whose stdout and stderr are
// terminals 80 columns wide.
func terminalEnv(vars map[string]string) (*env, *bytes.Buffer, *bytes.Buffer) {
	e, stdout, stderr := testEnv("", vars)
	e.isTerminal = func(io.Writer) (int, bool) { return 80, true }
	return e, stdout, stderr
}

// On a terminal: a progress bar while ingesting, colours in show and
// people; NO_COLOR turns the colours off.
func TestTerminal(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	idx := filepath.Join(dir, "idx")
	var paths []string
	for i, text := range []string{
		"Harbour deal\n\nJune 19, 2024\n\n\"We have a deal,\" Governor Elena Vasquez said.\n",
		"Harbour deal, day two\n\nJune 20, 2024\n\n\"The deal holds,\" Vasquez said on Thursday.\n",
	} {
		p := filepath.Join(dir, "a"+string(rune('0'+i))+".txt")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	e, stdout, stderr := terminalEnv(nil)
	if err := runIngest(ctx, e, ingestOptions{Paths: paths, Index: idx, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "ingesting") || !strings.Contains(stderr.String(), "articles/s") || !strings.Contains(stderr.String(), "2/2") {
		t.Errorf("no progress bar on a terminal: %q", stderr)
	}
	if !strings.HasPrefix(stdout.String(), "ingested 2 articles") {
		t.Errorf("summary %q", stdout)
	}
	e, _, stderr = terminalEnv(nil)
	if err := runIngest(ctx, e, ingestOptions{Paths: paths, Index: idx, Workers: 1, Quiet: true}); err != nil {
		t.Fatal(err)
	}
	if stderr.Len() > 0 {
		t.Errorf("--quiet showed progress: %q", stderr)
	}

	res := func(vars map[string]string, run func(*env) error) string {
		t.Helper()
		e, stdout, _ := terminalEnv(vars)
		if err := run(e); err != nil {
			t.Fatal(err)
		}
		return stdout.String()
	}
	search := func(e *env) error {
		return runSearch(ctx, e, searchOptions{Index: idx, Query: index.Query{Text: "deal", Limit: 10}, Format: formatTable})
	}
	people := func(e *env) error { return runPeople(ctx, e, peopleOptions{Index: idx, Format: formatTable}) }
	facets := func(e *env) error {
		return runSearch(ctx, e, searchOptions{Index: idx, Query: index.Query{Facets: []string{"speaker"}, Limit: 10}, Format: formatTable})
	}
	e, stdout, _ = terminalEnv(nil)
	if err := runSearch(ctx, e, searchOptions{Index: idx, Query: index.Query{Text: "holds", Limit: 1}, Format: formatJSON}); err != nil {
		t.Fatal(err)
	}
	var q index.Quote
	if err := json.Unmarshal(stdout.Bytes(), &q); err != nil || q.Person != "Elena Vasquez" {
		t.Fatalf("the surname is not the governor: %+v, %v", q, err)
	}
	show := func(e *env) error { return runShow(ctx, e, showOptions{Index: idx, ID: q.ID}) }

	for name, run := range map[string]func(*env) error{"search": search, "people": people, "facets": facets, "show": show} {
		colour := res(nil, run)
		if !strings.Contains(colour, "\x1b[") {
			t.Errorf("%s: no colour on a terminal:\n%s", name, colour)
		}
		plain := res(map[string]string{"NO_COLOR": "1"}, run)
		if strings.Contains(plain, "\x1b") {
			t.Errorf("%s: colour with NO_COLOR:\n%q", name, plain)
		}
		for l := range strings.Lines(plain) {
			if w := textWidth(strings.TrimSuffix(l, "\n")); w > 80 {
				t.Errorf("%s: line %d wide: %q", name, w, l)
			}
		}
	}
	// The quote is bold on a terminal, between « and » without colour.
	if out := res(nil, show); !strings.Contains(out, ansiBold+"The deal holds,"+ansiReset) {
		t.Errorf("show on a terminal:\n%q", out)
	}
	if out := res(map[string]string{"NO_COLOR": "1"}, show); !strings.Contains(out, "«The deal holds,»") {
		t.Errorf("show with NO_COLOR:\n%s", out)
	}
}
