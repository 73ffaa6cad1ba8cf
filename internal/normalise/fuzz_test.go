package normalise

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/whosaid/whosaid/internal/fuzzcheck"
	"github.com/whosaid/whosaid/internal/news"
)

// FuzzNormalise is FuzzText seeded with whole articles, and checks as well
// that a clean text (valid UTF-8, composed, no byte-order mark, no
// mojibake) keeps its length, and as plain text is left as it is, so that
// offsets into it are offsets into the file.
func FuzzNormalise(f *testing.F) {
	fuzzcheck.SeedArticles(f)
	f.Fuzz(func(t *testing.T, raw string, md bool) {
		format := "text"
		if md {
			format = "markdown"
		}
		text, m := Text(&news.Article{Text: raw, Format: format})
		if !utf8.ValidString(text) {
			t.Fatalf("normalised text is not valid UTF-8: %q", text)
		}
		if whole := m.SpanToRaw(news.Span{Start: 0, End: len(text)}); whole.Start > len(bom) || whole.End != len(raw) {
			t.Fatalf("whole text maps to %v, want [0 or past the BOM, %d)", whole, len(raw))
		}
		prev := 0
		for i := 0; i <= len(text); i++ {
			r := m.ToRaw(i)
			if r < prev || r > len(raw) {
				t.Fatalf("ToRaw(%d) = %d: not monotonic within [0,%d]", i, r, len(raw))
			}
			prev = r
		}
		if utf8.ValidString(raw) && norm.NFC.IsNormalString(raw) && !strings.HasPrefix(raw, bom) && !hasMojibake(raw) {
			if len(text) != len(raw) {
				t.Fatalf("clean text changed length: %d bytes, was %d", len(text), len(raw))
			}
			if !md && text != raw {
				t.Fatalf("clean plain text changed: %q, was %q", text, raw)
			}
		}
	})
}
