package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/news"
)

// result is one value yielded by an iterator, flattened for comparison.
type result struct {
	doc, id, title, url, outlet, text string
	date                              time.Time
	err                               string
}

func collect(seq func(func(*news.Article, error) bool)) []result {
	var out []result
	for a, err := range seq {
		switch {
		case err != nil && a != nil:
			out = append(out, result{err: "BOTH article and error: " + err.Error()})
		case err != nil:
			out = append(out, result{err: err.Error()})
		case a == nil:
			out = append(out, result{err: "NEITHER article nor error"})
		default:
			out = append(out, result{doc: a.Doc, id: a.ID, title: a.Title, url: a.URL, outlet: a.Outlet, text: a.Text, date: a.Date})
		}
	}
	return out
}

func diff(t *testing.T, got, want []result) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d results, want %d", len(got), len(want))
	}
	for i := range max(len(got), len(want)) {
		var g, w result
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("result %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	const feed = "\xEF\xBB\xBF" + `{"id": "a1", "text": "First.", "title": "One", "url": "https://e.com/1", "date": "2024-06-19", "outlet": "Paper"}` + "\r\n" +
		`{"id": 42, "text": "Second.", "date": "2024-06-19T23:30:00-05:00", "publisher": "Press"}` + "\n" +
		`{"text": "Third.", "url": "https://e.com/3", "date": "June 19, 2024"}` + "\n" +
		"\n   \n" +
		`{"text": "broken` + "\n" +
		`{"title": "no text"}` + "\n" +
		`{"text": 7}` + "\n" +
		`{"text": "  "}` + "\n" +
		`[1, 2]` + "\n" +
		`null` + "\n" +
		`{"text": "x", "date": "19/06/2024"}` + "\n" +
		`{"text": "x", "id": true}` + "\n" +
		`{"text": "x", "title": 3}` + "\n" +
		`{"text": "Last.", "id": null, "title": null, "date": "2024-06-19T08:00:00"}`
	got := collect(ReadJSONL("notes/feed.jsonl", strings.NewReader(feed), 0))
	diff(t, got, []result{
		{doc: "a1", id: "a1", title: "One", url: "https://e.com/1", outlet: "Paper", text: "First.", date: day(2024, 6, 19)},
		{doc: "42", id: "42", outlet: "Press", text: "Second.", date: day(2024, 6, 19)},
		{doc: "notes/feed.jsonl:3", id: "https://e.com/3", url: "https://e.com/3", text: "Third.", date: day(2024, 6, 19)},
		{err: "notes/feed.jsonl:6: not JSON: unexpected end of JSON input"},
		{err: `notes/feed.jsonl:7: no "text" field`},
		{err: `notes/feed.jsonl:8: "text" field is not a string`},
		{err: "notes/feed.jsonl:9: no text"},
		{err: "notes/feed.jsonl:10: not a JSON object"},
		{err: "notes/feed.jsonl:11: not a JSON object"},
		{err: `notes/feed.jsonl:12: "date" "19/06/2024" is not a date like 2006-01-02, 2006-01-02T15:04:05Z07:00 or January 2, 2006`},
		{err: `notes/feed.jsonl:13: "id" field is not a string or number`},
		{err: `notes/feed.jsonl:14: "title" field is not a string`},
		{doc: "notes/feed.jsonl:15", id: hash("Last."), text: "Last.", date: day(2024, 6, 19)},
	})
}

func TestReadJSONLNotJSON(t *testing.T) {
	var n int
	for a, err := range ReadJSONL("f.jsonl", strings.NewReader("{\"text\": \"ok\"}\nnot json\n"), 0) {
		if n++; n == 2 {
			var e *Error
			var se *json.SyntaxError
			if a != nil || !errors.As(err, &e) || e.Line != 2 || !errors.As(err, &se) {
				t.Errorf("line 2 gave %v, %#v; want an *Error on line 2 wrapping a *json.SyntaxError", a, err)
			}
			if !strings.HasPrefix(err.Error(), "f.jsonl:2: not JSON: ") {
				t.Errorf("error = %q", err)
			}
		}
	}
	if n != 2 {
		t.Errorf("got %d results, want 2", n)
	}
}

func TestReadJSONLLongLines(t *testing.T) {
	// Lines longer than bufio's buffer must be read whole; lines over the
	// limit are reported by number and the next line still read.
	long := strings.Repeat("word ", 40_000) // 200 kB, over the 64 KiB buffer
	in := fmt.Sprintf(`{"text": %q}`+"\n"+`{"text": "%s"}`+"\n"+`{"text": "after"}`, long, strings.Repeat("y", 300_000))
	got := collect(ReadJSONL("f.jsonl", strings.NewReader(in), 250_000))
	diff(t, got, []result{
		{doc: "f.jsonl:1", id: hash(long), text: long},
		{err: "f.jsonl:2: line larger than the 250000 bytes limit"},
		{doc: "f.jsonl:3", id: hash("after"), text: "after"},
	})
}

func hash(s string) string { return ID(&news.Article{Text: s}) }

func TestReadJSONLReadError(t *testing.T) {
	r := io.MultiReader(strings.NewReader(`{"text": "one"}`+"\n"), iotest.ErrReader(errors.New("disk on fire")))
	got := collect(ReadJSONL("f.jsonl", r, 0))
	diff(t, got, []result{
		{doc: "f.jsonl:1", id: hash("one"), text: "one"},
		{err: "read f.jsonl: disk on fire"},
	})
}

func TestReadJSONLStops(t *testing.T) {
	in := strings.Repeat(`{"text": "x"}`+"\n", 10)
	n := 0
	for range ReadJSONL("f.jsonl", strings.NewReader(in), 0) {
		if n++; n == 3 {
			break // the iterator panics if it yields after this
		}
	}
	if n != 3 {
		t.Errorf("n = %d", n)
	}
}

func FuzzReadJSONL(f *testing.F) {
	seedFiles(f)
	f.Add([]byte(`{"id": 1, "text": "a", "date": "2024-06-19"}` + "\n\n{bad\n"))
	f.Add([]byte(`{"text": "\u201cQuote,\u201d he said.\r\n"}`))
	f.Add([]byte("null\n[]\n\"s\"\n{\"text\": null}"))
	f.Add([]byte("plain text\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Any stream: no panic, and every result is an article or an error.
		for a, err := range ReadJSONL("f.jsonl", strings.NewReader(string(data)), 1<<10) {
			if (a == nil) == (err == nil) {
				t.Fatalf("yielded %v, %v", a, err)
			}
			if a != nil && (a.ID == "" || a.Doc == "" || strings.TrimSpace(a.Text) == "") {
				t.Fatalf("article %+v lacks ID, Doc or Text", a)
			}
		}
		// The input as a record's text comes back unchanged.
		if !utf8.Valid(data) || strings.TrimSpace(strings.TrimPrefix(string(data), bom)) == "" {
			return
		}
		line, err := json.Marshal(map[string]string{"text": string(data)})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for a, err := range ReadJSONL("f.jsonl", strings.NewReader(string(line)), 0) {
			n++
			if err != nil {
				t.Fatalf("ReadJSONL(%s): %v", line, err)
			}
			if a.Text != string(data) {
				t.Fatalf("Text = %q, want %q", a.Text, data)
			}
		}
		if n != 1 {
			t.Fatalf("%d results, want 1", n)
		}
	})
}
