package attribution

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/entities"
	"github.com/whosaid/whosaid/internal/fuzzcheck"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/normalise"
	"github.com/whosaid/whosaid/internal/quotes"
	"github.com/whosaid/whosaid/internal/roles"
	"github.com/whosaid/whosaid/internal/segment"
)

// FuzzAttribute runs every stage over any text: each speaker is a person
// of the article, each attributing mention one of its mentions, inside the
// text, and the cue too; confidence is between 0 and 1, and a quote with a
// speaker says by which rule.
func FuzzAttribute(f *testing.F) {
	fuzzcheck.SeedArticles(f)
	f.Fuzz(func(t *testing.T, raw string, md bool) {
		format := "text"
		if md {
			format = "markdown"
		}
		doc := &news.Document{Article: &news.Article{Text: raw, Format: format}}
		fuzzcheck.Within(t, 10*time.Second, raw, func() {
			doc.Text, doc.Offsets = normalise.Text(doc.Article)
			segment.Split(doc)
			entities.Find(doc, nil)
			roles.Find(doc)
			quotes.Find(doc)
			Attribute(doc)
		})
		inText := func(s news.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(doc.Text) }
		for i, m := range doc.Mentions {
			if !inText(m.Span) || !inText(m.Role) || m.Person < -1 || m.Person >= len(doc.People) {
				t.Fatalf("mention %d %+v: outside the text or of no person", i, m)
			}
		}
		for i, p := range doc.People {
			for _, m := range p.Mentions {
				if m < 0 || m >= len(doc.Mentions) {
					t.Fatalf("person %d %q has mention %d of %d", i, p.Name, m, len(doc.Mentions))
				}
			}
		}
		for i, q := range doc.Quotes {
			switch {
			case !inText(q.Span) || !inText(q.Cue):
				t.Fatalf("quote %d %v or its cue %v is outside the text", i, q.Span, q.Cue)
			case q.Speaker < -1 || q.Speaker >= len(doc.People):
				t.Fatalf("quote %d has speaker %d of %d people", i, q.Speaker, len(doc.People))
			case q.Mention < -1 || q.Mention >= len(doc.Mentions):
				t.Fatalf("quote %d has mention %d of %d", i, q.Mention, len(doc.Mentions))
			case q.Confidence < 0 || q.Confidence > 1:
				t.Fatalf("quote %d has confidence %v", i, q.Confidence)
			case q.Speaker >= 0 && q.Rule == "":
				t.Fatalf("quote %d has a speaker and no rule", i)
			}
		}
	})
}
