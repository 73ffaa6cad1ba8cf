package pipeline

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/fuzzcheck"
	"github.com/whosaid/whosaid/internal/news"
)

// FuzzAnalyse analyses any text, as plain text and as Markdown, into the
// records whosaid prints and stores: every quote's offsets lie inside the
// article as read and hold exactly its text, quotes come in the order of
// the text, no two share an ID, and kinds and confidences are what the
// records promise.
func FuzzAnalyse(f *testing.F) {
	fuzzcheck.SeedArticles(f)
	an := New(Options{})
	f.Fuzz(func(t *testing.T, raw string, md bool) {
		format := "text"
		if md {
			format = "markdown"
		}
		art := &news.Article{ID: "fuzz", Doc: "fuzz.txt", Text: raw, Format: format}
		var quotes []index.Quote
		fuzzcheck.Within(t, 10*time.Second, raw, func() {
			quotes = Entry(an.Analyse(art), EntryOptions{NotSpeech: true}).Quotes
		})
		start := 0
		ids := map[string]bool{}
		for i, q := range quotes {
			switch {
			case q.Start < start || q.Start > q.End || q.End > len(raw):
				t.Fatalf("quote %d at [%d, %d): outside [0, %d) or before the quote before it, at %d", i, q.Start, q.End, len(raw), start)
			case raw[q.Start:q.End] != q.Text:
				t.Fatalf("quote %d at [%d, %d) holds %q, not its text %q", i, q.Start, q.End, raw[q.Start:q.End], q.Text)
			case ids[q.ID]:
				t.Fatalf("quote %d at [%d, %d) has the ID %s of another", i, q.Start, q.End, q.ID)
			case q.Kind != "direct" && q.Kind != "partial" && q.Kind != "indirect":
				t.Fatalf("quote %d is of kind %q", i, q.Kind)
			case q.Confidence < 0 || q.Confidence > 1:
				t.Fatalf("quote %d has confidence %v", i, q.Confidence)
			}
			start = q.Start
			ids[q.ID] = true
		}
	})
}
