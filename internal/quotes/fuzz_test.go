package quotes

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/fuzzcheck"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/normalise"
	"github.com/whosaid/whosaid/internal/segment"
)

// FuzzFind finds the quotes of any text: each lies inside the text and its
// paragraph, is no longer than MaxQuoteBytes, starts and ends between
// characters, and the quotes come in the order of the text; a quote in
// marks is not empty and lies inside its marks; a continuation continues
// an earlier quote.
func FuzzFind(f *testing.F) {
	fuzzcheck.SeedArticles(f)
	f.Fuzz(func(t *testing.T, raw string, md bool) {
		format := "text"
		if md {
			format = "markdown"
		}
		doc := &news.Document{Article: &news.Article{Text: raw, Format: format}}
		fuzzcheck.Within(t, 5*time.Second, raw, func() {
			doc.Text, doc.Offsets = normalise.Text(doc.Article)
			segment.Split(doc)
			Find(doc)
		})
		text := doc.Text
		start := 0
		for i, q := range doc.Quotes {
			if q.Start < start || q.Start > q.End || q.End > len(text) {
				t.Fatalf("quote %d %v: outside [0, %d) or before the quote before it, at %d", i, q.Span, len(text), start)
			}
			start = q.Start
			if !utf8.ValidString(q.In(text)) {
				t.Fatalf("quote %d %v cuts a character: %q", i, q.Span, q.In(text))
			}
			if q.Len() > MaxQuoteBytes {
				t.Fatalf("quote %d is %d bytes long", i, q.Len())
			}
			if q.Paragraph < 0 || q.Paragraph >= len(doc.Paragraphs) || !doc.Paragraphs[q.Paragraph].Contains(q.Span) {
				t.Fatalf("quote %d %v is not inside its paragraph %d", i, q.Span, q.Paragraph)
			}
			if q.Continues >= i || q.Continues < -1 {
				t.Fatalf("quote %d continues quote %d", i, q.Continues)
			}
			if q.Kind != news.Indirect && (q.Empty() || !q.Outer.Contains(q.Span)) {
				t.Fatalf("quote %d %v in marks is empty or outside its marks %v", i, q.Span, q.Outer)
			}
		}
		for i, d := range doc.Diagnostics {
			if d.Start < 0 || d.Start > d.End || d.End > len(text) || d.Message == "" {
				t.Fatalf("diagnostic %d %+v", i, d)
			}
		}
	})
}
