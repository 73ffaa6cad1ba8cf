package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// seedFiles adds the team's articles and the corpus, every format, to f's
// seed corpus, and a few hostile shapes.
func seedFiles(f *testing.F) {
	f.Helper()
	var paths []string
	for _, glob := range []string{"../../testdata/articles/*", "../../testdata/corpus/*/*"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			f.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		f.Fatal("no articles to seed from")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "\x00", "\xff\xfe", "\xfe\xff\x00", "\xef\xbb\xbf{", "<", "<html", "<!doctype html><p>x",
		"<html><body>" + strings.Repeat("<div>", 600) + "<p>deep</p>",
		`<meta charset="utf-16"><p>x</p>`, "{\"text\": \"a\"}\n{", "\n\n{\"text\": \"\\u0000\"}",
	} {
		f.Add([]byte(s))
	}
}

// FuzzReadHTML reads any bytes as a web page: an article or an *Error,
// never both or neither; an article has an ID, its name and some text, and
// metadata that is one line of valid UTF-8.
func FuzzReadHTML(f *testing.F) {
	seedFiles(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Read("page.html", data)
		if err != nil {
			var e *Error
			if a != nil || !errors.As(err, &e) || e.Path != "page.html" {
				t.Fatalf("Read = %v, %#v", a, err)
			}
			return
		}
		if a == nil || a.ID == "" || a.Doc != "page.html" || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("article %+v lacks ID, Doc or Text", a)
		}
		for _, s := range []string{a.Title, a.URL, a.Outlet} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n") {
				t.Fatalf("metadata %q is not one line of valid UTF-8", s)
			}
		}
	})
}

// FuzzStdin reads any bytes as standard input, which is taken for JSON
// Lines, a web page or plain text by how it starts: each result is an
// article or an *Error; articles have an ID, a Doc and some text.
func FuzzStdin(f *testing.F) {
	seedFiles(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		for a, err := range Articles(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data), MaxBytes: 1 << 16}) {
			n++
			if (a == nil) == (err == nil) {
				t.Fatalf("yielded %v, %v", a, err)
			}
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || e.Path != "-" {
					t.Fatalf("error %#v is not an *Error about -", err)
				}
				continue
			}
			if a.ID == "" || a.Doc == "" || strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article %+v lacks ID, Doc or Text", a)
			}
		}
		if n == 0 {
			t.Fatal("nothing, not even an error")
		}
	})
}

// A carriage return ends a line alone (old Mac files) or before a line
// feed (Windows), and is never part of a title. FuzzRead found "0\r0\n "
// giving the title "0\r0".
func TestLineEndings(t *testing.T) {
	for text, want := range map[string]string{
		"Title\r\n\r\nBody.\r\n": "Title",
		"Title\r\nBody.\r\n":     "",
		"Title\r\rBody.\r":       "Title",
		"Title\rBody.\r":         "",
		"0\r0\n ":                "",
		"Title\n\nBody.\n":       "Title",
	} {
		a, err := Read("a.txt", []byte(text))
		if err != nil || a.Title != want {
			t.Errorf("Read(%q): title %q, %v; want %q", text, a.Title, err, want)
		}
	}
	if got := slices.Collect(lines("a\r\nb\rc\n\rd")); !slices.Equal(got, []string{"a", "b", "c", "", "d"}) {
		t.Errorf("lines: %q", got)
	}
}
