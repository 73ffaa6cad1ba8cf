package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/news"
)

// writeTree creates files (path → content) under a new temporary folder and
// changes into it, so that paths in results are short and stable.
func writeTree(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for p, content := range files {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

func TestArticles(t *testing.T) {
	writeTree(t, map[string]string{
		"notes/b.txt":            "B",
		"notes/a.md":             "# A\n",
		"notes/a/z.markdown":     "Z",
		"notes/sub/c.TXT":        "C",
		"notes/sub/feed.jsonl":   `{"id": "r1", "text": "R1"}` + "\n" + `{"text"` + "\n" + `{"text": "R3"}`,
		"notes/sub/d.html":       "<p>Page</p>",
		"notes/sub/e.bin":        "\x00",
		"notes/.hidden.md":       "hidden",
		"notes/.git/x.md":        "hidden",
		"notes/empty.txt":        " \n",
		"notes/zz/.cache/y.txt":  "hidden",
		"notes/zz/w.txt":         "W",
		"other/page.html":        "<p>H</p>",
		"other/.secret/feed.txt": "S",
	})
	paths := []string{"notes", "nope.txt", "other/page.html", "./other/.secret/feed.txt", "notes/sub/feed.jsonl"}
	got := collect(Articles(context.Background(), paths, Options{}))
	diff(t, got, []result{
		{doc: "notes/a/z.markdown", id: hash("Z"), text: "Z"},
		{doc: "notes/a.md", id: hash("# A\n"), title: "A", text: "# A\n"},
		{doc: "notes/b.txt", id: hash("B"), text: "B"},
		{err: "notes/empty.txt: no text"},
		{doc: "notes/sub/c.TXT", id: hash("C"), text: "C"},
		{doc: "notes/sub/d.html", id: hash("Page\n"), text: "Page\n"},
		{doc: "r1", id: "r1", text: "R1"},
		{err: "notes/sub/feed.jsonl:2: not JSON: unexpected end of JSON input"},
		{doc: "notes/sub/feed.jsonl:3", id: hash("R3"), text: "R3"},
		{doc: "notes/zz/w.txt", id: hash("W"), text: "W"},
		{err: "read nope.txt: no such file or directory"},
		{doc: "other/page.html", id: hash("H\n"), text: "H\n"},
		{doc: "./other/.secret/feed.txt", id: hash("S"), text: "S"},
		{doc: "r1", id: "r1", text: "R1"},
		{err: "notes/sub/feed.jsonl:2: not JSON: unexpected end of JSON input"},
		{doc: "notes/sub/feed.jsonl:3", id: hash("R3"), text: "R3"},
	})
}

func TestArticlesErrors(t *testing.T) {
	writeTree(t, map[string]string{
		"big.txt":      strings.Repeat("x", 101),
		"ok.txt":       strings.Repeat("x", 100),
		"dir/x.bin.md": "\x00\x01",
	})
	var missing *Error
	for a, err := range Articles(context.Background(), []string{"nope.txt"}, Options{}) {
		if a != nil || !errors.As(err, &missing) || !errors.Is(err, fs.ErrNotExist) || missing.Path != "nope.txt" {
			t.Errorf("missing file gave %v, %#v", a, err)
		}
	}
	got := collect(Articles(context.Background(), []string{"big.txt", "ok.txt", "dir", "-"}, Options{MaxBytes: 100}))
	diff(t, got, []result{
		{err: "big.txt: larger than the 100 bytes limit"},
		{doc: "ok.txt", id: hash(strings.Repeat("x", 100)), text: strings.Repeat("x", 100)},
		{err: "dir/x.bin.md: binary file, not text"},
		{err: "read -: no standard input"},
	})
}

func TestArticlesUnreadable(t *testing.T) {
	writeTree(t, map[string]string{"notes/a.txt": "A", "notes/b.txt": "B"})
	if err := os.Chmod("notes/a.txt", 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open("notes/a.txt"); err == nil {
		f.Close()
		t.Skip("running with permission to read a mode 000 file (root?)")
	}
	got := collect(Articles(context.Background(), []string{"notes"}, Options{}))
	diff(t, got, []result{
		{err: "read notes/a.txt: permission denied"},
		{doc: "notes/b.txt", id: hash("B"), text: "B"},
	})
}

func TestArticlesSymlinks(t *testing.T) {
	writeTree(t, map[string]string{"real/a.txt": "A", "notes/b.txt": "B"})
	for _, link := range []struct{ old, new string }{
		{"../real", "notes/linkdir"},       // a folder: not followed
		{"../real/a.txt", "notes/link.md"}, // a file: read
		{"../nowhere.txt", "notes/dangling.txt"},
		{"../nowhere", "notes/dangling"}, // no article extension: skipped
		{"notes", "top"},                 // given explicitly: walked
	} {
		if err := os.Symlink(link.old, link.new); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	got := collect(Articles(context.Background(), []string{"top"}, Options{}))
	diff(t, got, []result{
		{doc: "top/b.txt", id: hash("B"), text: "B"},
		{err: "read top/dangling.txt: no such file or directory"},
		{doc: "top/link.md", id: hash("A"), text: "A"},
	})
}

func TestArticlesStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []result
	}{{
		name: "plain text",
		in:   "Title\n\nBody {with braces}.\n",
		want: []result{{doc: "-", id: hash("Title\n\nBody {with braces}.\n"), title: "Title", text: "Title\n\nBody {with braces}.\n"}},
	}, {
		name: "JSON Lines after blank lines and a BOM",
		in:   "\xEF\xBB\xBF\n  \n" + `{"text": "one"}` + "\n" + `{"text": "two", "id": "t"}` + "\n{",
		want: []result{
			{doc: "-:3", id: hash("one"), text: "one"},
			{doc: "t", id: "t", text: "two"},
			{err: "-:5: not JSON: unexpected end of JSON input"},
		},
	}, {
		name: "empty",
		in:   "",
		want: []result{{err: "-: no text"}},
	}, {
		name: "JSON array is text",
		in:   `[{"text": "x"}]`,
		want: []result{{doc: "-", id: hash(`[{"text": "x"}]`), text: `[{"text": "x"}]`}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(Articles(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(tt.in)}))
			diff(t, got, tt.want)
		})
	}
	big := strings.Repeat("x", 11)
	got := collect(Articles(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(big), MaxBytes: 10}))
	diff(t, got, []result{{err: "-: larger than the 10 bytes limit"}})
}

func TestArticlesStops(t *testing.T) {
	writeTree(t, map[string]string{"a.txt": "A", "b.txt": "B", "c.jsonl": "{\"text\": \"C1\"}\n{\"text\": \"C2\"}\n"})
	paths := []string{"a.txt", "b.txt", "c.jsonl", "a.txt"}

	// The consumer stops: the iterator panics if it yields after break.
	for _, stopAt := range []int{1, 2, 3, 4} {
		n := 0
		for range Articles(context.Background(), paths, Options{}) {
			if n++; n == stopAt {
				break
			}
		}
		if n != stopAt {
			t.Errorf("stopping at %d: got %d", stopAt, n)
		}
	}

	// ctx is cancelled mid-way: nothing more comes.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var docs []string
	for a, err := range Articles(ctx, paths, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, a.Doc)
		if a.Text == "C1" {
			cancel()
		}
	}
	if want := "a.txt b.txt c.jsonl:1"; strings.Join(docs, " ") != want {
		t.Errorf("after cancel got %q, want %q", docs, want)
	}
	if n := len(collect(Articles(ctx, paths, Options{}))); n != 0 {
		t.Errorf("a done ctx gave %d results", n)
	}
}

// Articles is an iter.Seq2 over news.Article; keep the package honest about
// what it returns.
var _ func(func(*news.Article, error) bool) = Articles(context.Background(), nil, Options{})
