package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/index"
)

// testEnv is an environment with buffers for streams and vars for the
// environment variables; HOME in vars is the home directory.
func testEnv(stdin string, vars map[string]string) (*env, *bytes.Buffer, *bytes.Buffer) {
	var stdout, stderr bytes.Buffer
	return &env{
		stdin:  strings.NewReader(stdin),
		stdout: &stdout,
		stderr: &stderr,
		getenv: func(k string) string { return vars[k] },
		homeDir: func() (string, error) {
			if h := vars["HOME"]; h != "" {
				return h, nil
			}
			return "", errors.New("$HOME is not defined")
		},
		isTerminal: func(io.Writer) (int, bool) { return 0, false },
	}, &stdout, &stderr
}

func TestResolveIndexPath(t *testing.T) {
	home := filepath.FromSlash("/home/jane")
	tests := []struct {
		name    string
		flag    string
		vars    map[string]string
		want    string
		wantErr string
	}{
		{
			name: "flag first",
			flag: "flag.idx",
			vars: map[string]string{"WHOSAID_INDEX": "env.idx", "XDG_DATA_HOME": "/data", "HOME": home},
			want: "flag.idx",
		},
		{
			name: "then WHOSAID_INDEX",
			vars: map[string]string{"WHOSAID_INDEX": "env.idx", "XDG_DATA_HOME": "/data", "HOME": home},
			want: "env.idx",
		},
		{
			name: "then XDG_DATA_HOME",
			vars: map[string]string{"XDG_DATA_HOME": filepath.FromSlash("/data"), "HOME": home},
			want: filepath.FromSlash("/data/whosaid/index.bleve"),
		},
		{
			name: "a relative XDG_DATA_HOME is ignored",
			vars: map[string]string{"XDG_DATA_HOME": "data", "HOME": home},
			want: filepath.FromSlash("/home/jane/.local/share/whosaid/index.bleve"),
		},
		{
			name: "then the home directory",
			vars: map[string]string{"HOME": home},
			want: filepath.FromSlash("/home/jane/.local/share/whosaid/index.bleve"),
		},
		{
			name:    "no home",
			vars:    map[string]string{},
			wantErr: "cannot find a home directory for the index: give --index PATH or set WHOSAID_INDEX",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, _ := testEnv("", tt.vars)
			got, err := resolveIndexPath(tt.flag, e)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("got %q, %v; want error %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// TestMainErrors checks that every failure is one line on stderr (plus a
// hint for usage errors) with the right exit code, and that stdout stays
// empty.
func TestMainErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none")
	notIndex := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(notIndex, []byte("hello"), 0o666); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"bogus"}, exitUsage, "whosaid: unknown command \"bogus\"\nrun 'whosaid --help' for usage\n"},
		{[]string{"serch"}, exitUsage, "whosaid: unknown command \"serch\" (did you mean \"search\"?)\nrun 'whosaid --help' for usage\n"},
		{[]string{"--bogus"}, exitUsage, "whosaid: unknown flag: --bogus\nrun 'whosaid --help' for usage\n"},
		{[]string{"search", "--bogus"}, exitUsage, "whosaid: unknown flag: --bogus\nrun 'whosaid search --help' for usage\n"},
		{[]string{"search", "-z"}, exitUsage, "whosaid: unknown shorthand flag: 'z' in -z\nrun 'whosaid search --help' for usage\n"},
		{[]string{"search", "--limit"}, exitUsage, "whosaid: flag needs an argument: --limit\nrun 'whosaid search --help' for usage\n"},
		{[]string{"search", "--limit", "x"}, exitUsage, "whosaid: invalid value \"x\" for --limit: not a number\nrun 'whosaid search --help' for usage\n"},
		{[]string{"search", "--limit", "99999999999999999999"}, exitUsage, "whosaid: invalid value \"99999999999999999999\" for --limit: out of range\nrun 'whosaid search --help' for usage\n"},
		{[]string{"search", "--limit", "0"}, exitUsage, "whosaid: --limit must be at least 1, got 0\nrun 'whosaid search --help' for usage\n"},
		{[]string{"search", "--kind", "quoted"}, exitUsage, "whosaid: invalid --kind \"quoted\": want direct, partial, indirect\nrun 'whosaid search --help' for usage\n"},
		{[]string{"ingest"}, exitUsage, "whosaid: ingest needs at least one PATH (a file, a folder, or \"-\" for standard input)\nrun 'whosaid ingest --help' for usage\n"},
		{[]string{"ingest", "--workers", "0", "x"}, exitUsage, "whosaid: --workers must be at least 1, got 0\nrun 'whosaid ingest --help' for usage\n"},
		{[]string{"extract"}, exitUsage, "whosaid: extract needs at least one PATH (a file, a folder, or \"-\" for standard input)\nrun 'whosaid extract --help' for usage\n"},
		{[]string{"extract", "--min-confidence", "-1", "x"}, exitUsage, "whosaid: --min-confidence must be between 0 and 1, got -1\nrun 'whosaid extract --help' for usage\n"},
		{[]string{"extract", "--min-confidence", "high", "x"}, exitUsage, "whosaid: invalid value \"high\" for --min-confidence: not a number\nrun 'whosaid extract --help' for usage\n"},
		{[]string{"extract", "--people", "--min-confidence", "0.5", "x"}, exitUsage, "whosaid: --min-confidence selects quotes, and --people prints people: use one or the other\nrun 'whosaid extract --help' for usage\n"},
		{[]string{"stats", "now"}, exitUsage, "whosaid: stats takes no arguments, got \"now\"\nrun 'whosaid stats --help' for usage\n"},
		{[]string{"--index", missing, "search", "bridge"}, exitError, "whosaid: no index at " + missing + ": run 'whosaid ingest' first\n"},
		{[]string{"--index", missing, "stats"}, exitError, "whosaid: no index at " + missing + ": run 'whosaid ingest' first\n"},
		{[]string{"--index", notIndex, "stats"}, exitError, "whosaid: open index " + notIndex + ": not a directory\n"},
		{[]string{"search", "x"}, exitError, "whosaid: cannot find a home directory for the index: give --index PATH or set WHOSAID_INDEX\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			e, stdout, stderr := testEnv("", nil)
			code := run(context.Background(), tt.args, e)
			if code != tt.code {
				t.Errorf("exit code %d, want %d", code, tt.code)
			}
			if stderr.String() != tt.stderr {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr, tt.stderr)
			}
			if stdout.Len() > 0 {
				t.Errorf("stdout: %q, want nothing", stdout)
			}
		})
	}
}

func TestMainHelp(t *testing.T) {
	for _, args := range [][]string{nil, {"--help"}, {"-h"}, {"help"}, {"ingest", "--help"}, {"extract", "-h"}, {"help", "search"}, {"stats", "--help"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			e, stdout, stderr := testEnv("", nil)
			if code := run(context.Background(), args, e); code != exitOK {
				t.Errorf("exit code %d, want 0", code)
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr: %q", stderr)
			}
			out := stdout.String()
			for _, want := range []string{"Usage:", "Examples:\n  whosaid "} {
				if !strings.Contains(out, want) {
					t.Errorf("help lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(out, "whosaid [flags]") {
				t.Errorf("root help shows a usage line for running whosaid alone:\n%s", out)
			}
		})
	}
}

// TestHelpTeaches checks every command has a Short, a Long and two or
// three examples of itself.
func TestHelpTeaches(t *testing.T) {
	e, _, _ := testEnv("", nil)
	root := newRootCmd(e)
	for _, c := range append(root.Commands(), root) {
		if c.Name() == "help" {
			continue
		}
		if c.Short == "" || c.Long == "" {
			t.Errorf("%s: Short %q, Long %q", c.Name(), c.Short, c.Long)
		}
		n := strings.Count(c.Example, "  whosaid ")
		if n < 2 || n > 3 {
			t.Errorf("%s: %d examples, want 2 or 3:\n%s", c.Name(), n, c.Example)
		}
		if c.HasParent() && !strings.Contains(c.Example, c.Name()) {
			t.Errorf("%s: examples do not run it:\n%s", c.Name(), c.Example)
		}
	}
}

func TestMainInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(art, []byte(`"Hello," Jane Doe said.`), 0o666); err != nil {
		t.Fatal(err)
	}
	e, _, stderr := testEnv("", nil)
	code := run(ctx, []string{"--index", filepath.Join(dir, "idx"), "ingest", art}, e)
	if code != exitError || stderr.String() != "whosaid: interrupted\n" {
		t.Errorf("got %d, %q; want 1, %q", code, stderr, "whosaid: interrupted\n")
	}
}

func TestOneLine(t *testing.T) {
	if got := oneLine("a\nb\n\tc  d\n"); got != "a b c d" {
		t.Errorf("got %q", got)
	}
}

// Articles for the tests of the commands.
const (
	riverton = `Riverton bridge to reopen in May

June 19, 2024

"The bridge will be open before the summer fair," Mayor Jane Doe said. "Nobody in this town wants another detour."

Council member Tom Baker said the repairs had cost twice what the city planned. He called the overrun "a lesson we paid for."
`
	lakeport = `# Lakeport fishermen protest new harbour fees

*March 3, 2024*

"We cannot pay more than we catch," said Maria Santos, who chairs the Lakeport Fishermen's Association.

Harbour master Piet Visser said the fees had not risen in twenty years. "The pier is falling into the water," Visser said.
`
)

func writeArticles(t *testing.T) (dir string, paths []string) {
	t.Helper()
	dir = t.TempDir()
	for name, text := range map[string]string{"riverton.txt": riverton, "lakeport.md": lakeport} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return dir, paths
}

func TestIngestSearchStats(t *testing.T) {
	ctx := context.Background()
	dir, paths := writeArticles(t)
	idx := filepath.Join(dir, "idx")

	e, stdout, stderr := testEnv("", nil)
	if err := runIngest(ctx, e, ingestOptions{Paths: paths, Index: idx, Workers: 2}); err != nil {
		t.Fatalf("ingest: %v (stderr %q)", err, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "ingested 2 articles: ") ||
		!strings.HasPrefix(lines[1], "top speakers: ") || lines[2] != "index: "+idx {
		t.Errorf("summary:\n%s", stdout)
	}

	stats := func() statsJSON {
		t.Helper()
		e, stdout, _ := testEnv("", nil)
		if err := runStats(ctx, e, statsOptions{Index: idx, JSON: true}); err != nil {
			t.Fatal(err)
		}
		var st statsJSON
		if err := json.Unmarshal(stdout.Bytes(), &st); err != nil {
			t.Fatalf("stats --json: %v: %s", err, stdout)
		}
		return st
	}
	before := stats()
	if before.Articles != 2 || before.Quotes == 0 || before.People == 0 {
		t.Errorf("stats after ingest: %+v", before)
	}

	// Again, quietly, in one worker: the same counts.
	e, stdout, _ = testEnv("", nil)
	if err := runIngest(ctx, e, ingestOptions{Paths: paths, Index: idx, Workers: 1, Quiet: true}); err != nil {
		t.Fatal(err)
	}
	if stdout.Len() > 0 {
		t.Errorf("--quiet printed %q", stdout)
	}
	if after := stats(); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("stats after ingesting again: %+v, before: %+v", after, before)
	}

	search := func(q index.Query, asJSON bool) string {
		t.Helper()
		e, stdout, stderr := testEnv("", nil)
		format := formatTable
		if asJSON {
			format = formatJSON
		}
		if err := runSearch(ctx, e, searchOptions{Index: idx, Query: q, Format: format}); err != nil {
			t.Fatalf("search %+v: %v", q, err)
		}
		if stderr.Len() > 0 {
			t.Errorf("stderr: %q", stderr)
		}
		return stdout.String()
	}

	t.Run("table", func(t *testing.T) {
		out := search(index.Query{Text: "bridge", Limit: 10}, false)
		want := "  “The bridge will be open before the summer fair,”\n  Riverton bridge to reopen in May · 2024-06-19 · [0-9a-f]{12}\n\n1 of 1 quote\n$"
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("got:\n%s\nwant it to end:\n%s", out, want)
		}
	})
	t.Run("json", func(t *testing.T) {
		out := search(index.Query{Kind: "direct", Limit: 10}, true)
		n := 0
		for line := range strings.Lines(out) {
			var q index.Quote
			if err := json.Unmarshal([]byte(line), &q); err != nil {
				t.Fatalf("%v: %s", err, line)
			}
			if q.Kind != "direct" || q.Title == "" || q.Date == "" || q.ID == "" {
				t.Errorf("quote %+v", q)
			}
			n++
		}
		if n < 3 {
			t.Errorf("%d direct quotes, want 3 or more:\n%s", n, out)
		}
	})
	t.Run("limit", func(t *testing.T) {
		out := search(index.Query{Limit: 1}, false)
		if !strings.Contains(out, "\n1 of ") || strings.Contains(out, "1 of 1 quote") {
			t.Errorf("got:\n%s", out)
		}
	})
	t.Run("no match", func(t *testing.T) {
		if out := search(index.Query{Text: "zeppelin"}, false); out != "no quotes match\n" {
			t.Errorf("got %q", out)
		}
		if out := search(index.Query{Text: "zeppelin"}, true); out != "" {
			t.Errorf("--json got %q", out)
		}
	})
	t.Run("bad query", func(t *testing.T) {
		e, _, _ := testEnv("", nil)
		err := runSearch(ctx, e, searchOptions{Index: idx, Query: index.Query{Text: `"unclosed`}})
		if !errors.Is(err, index.ErrBadQuery) || !strings.HasPrefix(err.Error(), "bad query: ") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("stats table", func(t *testing.T) {
		e, stdout, _ := testEnv("", nil)
		if err := runStats(ctx, e, statsOptions{Index: idx}); err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("articles 2\nquotes %d\npeople %d\ntop speakers:\n", before.Quotes, before.People)
		if !strings.HasPrefix(stdout.String(), want) {
			t.Errorf("got:\n%s\nwant it to start:\n%s", stdout, want)
		}
	})
}

// TestSearchColour checks highlighting: bold on a terminal, nothing when
// NO_COLOR is set, TERM is dumb or stdout is not a terminal.
func TestSearchColour(t *testing.T) {
	ctx := context.Background()
	dir, paths := writeArticles(t)
	idx := filepath.Join(dir, "idx")
	e, _, _ := testEnv("", nil)
	if err := runIngest(ctx, e, ingestOptions{Paths: paths, Index: idx, Workers: 1, Quiet: true}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		terminal bool
		vars     map[string]string
		colour   bool
	}{
		{"terminal", true, map[string]string{"TERM": "xterm"}, true},
		{"NO_COLOR", true, map[string]string{"TERM": "xterm", "NO_COLOR": "1"}, false},
		{"empty NO_COLOR", true, map[string]string{"TERM": "xterm", "NO_COLOR": ""}, true},
		{"dumb terminal", true, map[string]string{"TERM": "dumb"}, false},
		{"pipe", false, map[string]string{"TERM": "xterm"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, stdout, _ := testEnv("", tt.vars)
			e.isTerminal = func(io.Writer) (int, bool) { return 120, tt.terminal }
			if err := runSearch(ctx, e, searchOptions{Index: idx, Query: index.Query{Text: "pier"}}); err != nil {
				t.Fatal(err)
			}
			out := stdout.String()
			bold := strings.Contains(out, "“The "+ansiBold+"pier"+ansiReset+" is falling")
			if bold != tt.colour {
				t.Errorf("bold %v, want %v:\n%q", bold, tt.colour, out)
			}
			if !tt.colour && strings.ContainsAny(out, "\x02\x03\x1b") {
				t.Errorf("marks or escapes without colour:\n%q", out)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	ctx := context.Background()
	_, paths := writeArticles(t) // lakeport.md, riverton.txt: map order
	paths = append(paths, "-")
	decode := func(t *testing.T, out string) []map[string]any {
		var recs []map[string]any
		for line := range strings.Lines(out) {
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("%v: %q", err, line)
			}
			recs = append(recs, m)
		}
		return recs
	}

	t.Run("quotes in input order", func(t *testing.T) {
		e, stdout, stderr := testEnv(riverton, nil)
		if err := runExtract(ctx, e, extractOptions{Paths: paths, Workers: 3}); err != nil {
			t.Fatalf("%v: %s", err, stderr)
		}
		var docs []string
		for _, q := range decode(t, stdout.String()) {
			if doc := q["doc"].(string); len(docs) == 0 || docs[len(docs)-1] != doc {
				docs = append(docs, doc)
			}
		}
		if fmt.Sprint(docs) != fmt.Sprint(paths) {
			t.Errorf("documents in order %v, want %v", docs, paths)
		}
	})
	t.Run("min confidence", func(t *testing.T) {
		e, stdout, _ := testEnv(riverton, nil)
		if err := runExtract(ctx, e, extractOptions{Paths: paths, Workers: 2, MinConfidence: 0.9}); err != nil {
			t.Fatal(err)
		}
		for _, q := range decode(t, stdout.String()) {
			if c := q["confidence"].(float64); c < 0.9 {
				t.Errorf("confidence %v: %v", c, q)
			}
		}
	})
	t.Run("people", func(t *testing.T) {
		e, stdout, _ := testEnv(riverton, nil)
		if err := runExtract(ctx, e, extractOptions{Paths: paths[len(paths)-1:], Workers: 1, People: true}); err != nil {
			t.Fatal(err)
		}
		recs := decode(t, stdout.String())
		names := map[string]bool{}
		for _, p := range recs {
			if _, ok := p["kind"]; ok {
				t.Errorf("a quote among people: %v", p)
			}
			names[p["name"].(string)] = true
		}
		if !names["Jane Doe"] || !names["Tom Baker"] {
			t.Errorf("people %v, want Jane Doe and Tom Baker", names)
		}
	})
	t.Run("skipped", func(t *testing.T) {
		e, stdout, stderr := testEnv("", nil)
		missing := filepath.Join(t.TempDir(), "missing.txt")
		err := runExtract(ctx, e, extractOptions{Paths: []string{missing, paths[0]}, Workers: 2})
		if err == nil || err.Error() != "skipped 1 file" {
			t.Errorf("got %v, want skipped 1 file", err)
		}
		if want := "whosaid: read " + missing + ": no such file or directory\n"; stderr.String() != want {
			t.Errorf("stderr %q, want %q", stderr, want)
		}
		if stdout.Len() == 0 {
			t.Error("the good file was not extracted")
		}
	})
}

// TestAnalyseOrder runs many articles through many workers: emit sees
// them in input order, and stopping early or being cancelled ends every
// goroutine.
func TestAnalyseOrder(t *testing.T) {
	var feed strings.Builder
	const n = 60
	for i := range n {
		text := fmt.Sprintf("\"Number %d is here,\" Jane Doe said.", i)
		if i%7 == 3 {
			fmt.Fprintf(&feed, "{\"id\":\"bad-%d\"}\n", i) // no text: an error in its place
			continue
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint("a", i), "text": text})
		feed.Write(append(line, '\n'))
	}
	ctx := context.Background()

	var got []int
	err := analyseArticles(ctx, []string{"-"}, strings.NewReader(feed.String()), 8, func(a analysed) error {
		got = append(got, a.seq)
		want := fmt.Sprint("a", a.seq)
		switch {
		case a.seq%7 == 3:
			if a.err == nil {
				t.Errorf("record %d: no error", a.seq)
			}
		case a.err != nil:
			t.Errorf("record %d: %v", a.seq, a.err)
		case a.entry.Article.ID != want:
			t.Errorf("record %d is article %s", a.seq, a.entry.Article.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("%d articles, want %d", len(got), n)
	}
	for i, s := range got {
		if s != i {
			t.Fatalf("emitted in order %v", got)
		}
	}

	stop := errors.New("stop")
	calls := 0
	err = analyseArticles(ctx, []string{"-"}, strings.NewReader(feed.String()), 4, func(analysed) error {
		calls++
		return stop
	})
	if err != stop || calls != 1 {
		t.Errorf("stopping: %v after %d calls", err, calls)
	}

	cctx, cancel := context.WithCancel(ctx)
	err = analyseArticles(cctx, []string{"-"}, strings.NewReader(feed.String()), 4, func(analysed) error {
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestSkipped(t *testing.T) {
	tests := []struct {
		s    skipped
		want string
	}{
		{skipped{}, ""},
		{skipped{files: 1}, "skipped 1 file"},
		{skipped{files: 2}, "skipped 2 files"},
		{skipped{records: 3}, "skipped 3 records"},
		{skipped{files: 1, records: 1}, "skipped 1 file and 1 record"},
		{skipped{files: 2, records: 1, articles: 1}, "skipped 2 files, 1 record and 1 article"},
	}
	for _, tt := range tests {
		err := tt.s.err()
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestIngestSummary(t *testing.T) {
	s := ingestSummary{articles: map[string]articleSummary{}}
	q := func(speaker string) index.Quote { return index.Quote{Speaker: speaker} }
	s.add(index.Entry{
		Article: index.Article{ID: "a"},
		Quotes:  []index.Quote{q("Jane Doe"), q("Jane Doe"), q(""), q("Tom Baker")},
		People:  []index.Person{{Name: "Jane Doe"}, {Name: "Tom Baker"}},
	})
	s.add(index.Entry{
		Article: index.Article{ID: "b"},
		Quotes:  []index.Quote{q("Ann Lee"), q("Bo Chan"), q("Cy Dent"), q("Di Eve"), q("Tom Baker")},
		People:  []index.Person{{Name: "Tom Baker"}, {Name: "Ann Lee"}},
	})
	// The same article again replaces, not adds.
	s.add(index.Entry{Article: index.Article{ID: "a"}, Quotes: []index.Quote{q("Jane Doe"), q("Jane Doe")}, People: []index.Person{{Name: "Jane Doe"}}})
	var b bytes.Buffer
	if err := s.write(&b, "/x/idx"); err != nil {
		t.Fatal(err)
	}
	want := "ingested 2 articles: 7 quotes, 3 people\n" +
		"top speakers: Jane Doe (2), Ann Lee (1), Bo Chan (1), Cy Dent (1), Di Eve (1), ...\n" +
		"index: /x/idx\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", &b, want)
	}

	b.Reset()
	one := ingestSummary{articles: map[string]articleSummary{"a": {quotes: 1, speakers: map[string]int{"Jo": 1}, people: []string{"Jo"}}}}
	if err := one.write(&b, "i"); err != nil {
		t.Fatal(err)
	}
	if want := "ingested 1 article: 1 quote, 1 person\ntop speakers: Jo (1)\nindex: i\n"; b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", &b, want)
	}
}
