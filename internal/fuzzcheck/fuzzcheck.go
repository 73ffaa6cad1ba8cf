// Package fuzzcheck helps the analysis packages' fuzz tests: it runs one
// input under a watchdog. go test -fuzz notices neither an input that
// hangs (it goes on with its other workers and in the end says PASS) nor,
// clearly, a panic in another goroutine.
package fuzzcheck

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// Within runs fn, failing t if fn panics or takes longer than d.
func Within(t testing.TB, d time.Duration, input string, fn func()) {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- fmt.Sprintf("panic: %v\n%s", v, debug.Stack())
			}
		}()
		fn()
		done <- ""
	}()
	select {
	case msg := <-done:
		if msg != "" {
			t.Fatalf("on %.300q: %s", input, msg)
		}
	case <-time.After(d):
		t.Fatalf("took longer than %v on %.300q", d, input)
	}
}

// SeedArticles adds the team's articles (testdata/articles and the
// corpus's news) to f's seed corpus, as plain text and as Markdown, and a
// few hostile shapes. The paths are those of a package two folders below
// the repository's root, where the analysis packages are (internal/NAME).
func SeedArticles(f *testing.F) {
	f.Helper()
	var paths []string
	for _, glob := range []string{"../../testdata/articles/*", "../../testdata/corpus/news/*"} {
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
		f.Add(string(data), strings.HasSuffix(p, ".md"))
	}
	for _, s := range []string{
		"", "\"", "“", "\"\"", "'a'", "``a''", "«a»", "„a“",
		"\"never closed\n\nNext \"quote,\" he said.",
		strings.Repeat("\"“", 50) + "deep" + strings.Repeat("”\"", 50),
		"\"Yes,\" he said. \"No,\" she said.\r\n\r\n\"Maybe,\" said Tom Baker.",
		"Caf\xe9 \"ferm\xe9,\" said Jean.", "\uFEFF# T\n\n*\"a\"* [\"b\"](c)",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
}
