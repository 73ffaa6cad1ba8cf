package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The corpus page has navigation, scripts, an aside and a footer with a
// quote in it around its article: only the article is read.
func TestReadHTMLPage(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "corpus", "news", "talks-resume.html")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Port Alden talks resume under governor's eye" {
		t.Errorf("title %q", a.Title)
	}
	if a.URL != "https://harbourherald.example/news/talks-resume" || a.ID != a.URL {
		t.Errorf("url %q, id %q", a.URL, a.ID)
	}
	if a.Outlet != "Harbour Herald" {
		t.Errorf("outlet %q", a.Outlet)
	}
	if got := a.Date.Format("2006-01-02"); got != "2024-04-02" {
		t.Errorf("date %s", got)
	}
	if a.Format != "text" {
		t.Errorf("format %q, want text: offsets point into the extracted text", a.Format)
	}
	if !strings.HasPrefix(a.Text, "Pay talks between the port") {
		t.Errorf("text starts %q", a.Text[:min(len(a.Text), 60)])
	}
	if !strings.Contains(a.Text, "\n\n\"Nobody leaves this building until we have a deal,\" Governor Vasquez said") {
		t.Errorf("paragraphs not one blank line apart:\n%s", a.Text)
	}
	for _, never := range []string{"Subscribe", "Home", "Most read", "Ferry fares", "We never sleep", "Privacy", "analytics", "querySelectorAll", "display: flex", "By Ruth Adler"} {
		if strings.Contains(a.Text, never) {
			t.Errorf("text has %q:\n%s", never, a.Text)
		}
	}
}

func TestReadHTML(t *testing.T) {
	page := func(head, body string) string {
		return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>"
	}
	long := strings.Repeat("The council met again on Monday to discuss the harbour. ", 12)
	tests := []struct {
		name, file, data string
		want             result
		wantErr          string
	}{{
		name: "og metadata and a date in the page's zone",
		file: "p.html",
		data: page(`<meta property="og:title" content="Harbour deal"><meta property="og:site_name" content="The Post">`+
			`<meta property="og:url" content="https://post.example/deal"><meta property="article:published_time" content="2024-05-01T23:30:00-05:00">`,
			"<article><p>"+long+"</p></article>"),
		want: result{doc: "p.html", id: "https://post.example/deal", title: "Harbour deal", url: "https://post.example/deal",
			outlet: "The Post", text: strings.TrimSpace(long) + "\n", date: day(2024, 5, 1)},
	}, {
		name: "no metadata: the title element, no date, id from the text",
		file: "q.htm",
		data: page("<title>Quiet day</title>", "<div><p>"+long+"</p><p>Second paragraph.</p></div>"),
		want: result{doc: "q.htm", id: hash(strings.TrimSpace(long) + "\n\nSecond paragraph.\n"), title: "Quiet day",
			text: strings.TrimSpace(long) + "\n\nSecond paragraph.\n"},
	}, {
		name: "a page in Latin-1 says so",
		file: "l.html",
		data: page(`<meta charset="iso-8859-1"><title>Caf`+"\xe9"+`</title>`, "<p>Le caf"+"\xe9"+" est ferm"+"\xe9"+".</p>"),
		want: result{doc: "l.html", id: hash("Le café est fermé.\n"), title: "Café", text: "Le café est fermé.\n"},
	}, {
		name:    "nothing but scripts",
		file:    "s.html",
		data:    page("<script>var x = 1;</script>", "<script>alert(1)</script>"),
		wantErr: "s.html: no article text found in the page",
	}, {
		name:    "empty",
		file:    "e.html",
		data:    " \n",
		wantErr: "e.html: no text",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read(tt.file, []byte(tt.data))
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("got %v, want error %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := result{doc: a.Doc, id: a.ID, title: a.Title, url: a.URL, outlet: a.Outlet, text: a.Text, date: a.Date}
			diff(t, []result{got}, []result{tt.want})
		})
	}
}

func TestArticlesStdinHTML(t *testing.T) {
	in := "\n<!doctype html><html><head><title>From a pipe</title></head><body><p>Piped text.</p></body></html>"
	got := collect(Articles(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in)}))
	diff(t, got, []result{{doc: "-", id: hash("Piped text.\n"), title: "From a pipe", text: "Piped text.\n"}})
}

func TestSources(t *testing.T) {
	writeTree(t, map[string]string{
		"a.txt":       "A",
		"feed.jsonl":  `{"text": "one"}` + "\n\n" + `{"text": "three"}`,
		"page.html":   "<p>Page</p>",
		"broken.json": "x",
	})
	type src struct {
		path, text, err string
		line            int
	}
	var got []src
	for s, err := range Sources(context.Background(), []string{"a.txt", "feed.jsonl", "page.html", "missing.md"}, Options{}) {
		g := src{path: s.Path, line: s.Line}
		if s.Article != nil {
			g.text = s.Article.Text
		}
		if err != nil {
			g.err = err.Error()
		}
		got = append(got, g)
	}
	want := []src{
		{path: "a.txt", text: "A"},
		{path: "feed.jsonl", line: 1, text: "one"},
		{path: "feed.jsonl", line: 3, text: "three"},
		{path: "page.html", text: "Page\n"},
		{path: "missing.md", err: "read missing.md: no such file or directory"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("source %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestFields(t *testing.T) {
	fields, err := ParseFields([]string{"text=body,title=headline", "date=published", "outlet=source"})
	if err != nil {
		t.Fatal(err)
	}
	in := `{"headline": "Renamed", "body": "The text.", "published": "2024-06-01", "source": "Daily", "text": "not this", "url": "https://x.example/1"}` + "\n" +
		`{"text": "only text"}` + "\n" +
		`{"body": "", "title": "T"}` + "\n" +
		`{"body": "x", "published": "soon"}`
	var got []result
	for s, err := range readJSONL("f.jsonl", strings.NewReader(in), defaultMaxBytes, fields) {
		if err != nil {
			got = append(got, result{err: err.Error()})
			continue
		}
		a := s.Article
		got = append(got, result{doc: a.Doc, id: a.ID, title: a.Title, url: a.URL, outlet: a.Outlet, text: a.Text, date: a.Date})
	}
	diff(t, got, []result{
		{doc: "f.jsonl:1", id: "https://x.example/1", title: "Renamed", url: "https://x.example/1", outlet: "Daily", text: "The text.", date: day(2024, 6, 1)},
		{err: `f.jsonl:2: no "body" field`},
		{err: "f.jsonl:3: no text"},
		{err: `f.jsonl:4: "published" "soon" is not a date like 2006-01-02, 2006-01-02T15:04:05Z07:00 or January 2, 2006`},
	})

	for _, bad := range []struct{ spec, err string }{
		{"text", `field "text" is not FIELD=NAME, such as text=body`},
		{"body=text", `unknown field "body" in "body=text": want one of text, id, title, url, date, outlet`},
		{"text=", `field "text=" is not FIELD=NAME, such as text=body`},
		{"text=a,text=b", `field "text" named twice, as "a" and "b"`},
	} {
		if _, err := ParseFields([]string{bad.spec}); err == nil || err.Error() != bad.err {
			t.Errorf("ParseFields(%q): %v, want %q", bad.spec, err, bad.err)
		}
	}
}

func TestCount(t *testing.T) {
	writeTree(t, map[string]string{
		"news/a.txt":        "A",
		"news/b.md":         "B",
		"news/c.html":       "<p>C</p>",
		"news/feed.jsonl":   "{\"text\": \"1\"}\n\n  \n{\"text\": \"2\"}\n{broken\n{\"text\": \"4\"}",
		"news/skip.pdf":     "x",
		"news/.hidden/d.md": "D",
	})
	ctx := context.Background()
	if n, known := Count(ctx, []string{"news", "missing.txt"}, Options{}); n != 8 || !known {
		t.Errorf("Count = %d, %v; want 8 (3 files, 4 feed lines, 1 missing file), true", n, known)
	}
	if n, known := Count(ctx, []string{"news/a.txt", "-"}, Options{Stdin: strings.NewReader("x")}); n != 1 || known {
		t.Errorf("Count with stdin = %d, %v; want 1, false", n, known)
	}
	// Count agrees with what Articles yields.
	got := 0
	for range Articles(ctx, []string{"news", "missing.txt"}, Options{}) {
		got++
	}
	if got != 8 {
		t.Errorf("Articles yielded %d, Count said 8", got)
	}
}
