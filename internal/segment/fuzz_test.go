package segment

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/fuzzcheck"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/normalise"
)

// FuzzSplit splits any text: paragraphs, sentences and tokens lie inside
// the text, in order, without overlapping, each sentence inside its
// paragraph and each token inside its sentence.
func FuzzSplit(f *testing.F) {
	fuzzcheck.SeedArticles(f)
	f.Fuzz(func(t *testing.T, raw string, md bool) {
		format := "text"
		if md {
			format = "markdown"
		}
		doc := &news.Document{Article: &news.Article{Text: raw, Format: format}}
		fuzzcheck.Within(t, 5*time.Second, raw, func() {
			doc.Text, doc.Offsets = normalise.Text(doc.Article)
			Split(doc)
		})
		inOrder(t, "paragraph", len(doc.Text), doc.Paragraphs)
		var sents []news.Span
		for i, s := range doc.Sentences {
			sents = append(sents, s.Span)
			if s.Paragraph < 0 || s.Paragraph >= len(doc.Paragraphs) || !doc.Paragraphs[s.Paragraph].Contains(s.Span) {
				t.Fatalf("sentence %d %v is not inside its paragraph %d of %v", i, s.Span, s.Paragraph, doc.Paragraphs)
			}
			if s.First < 0 || s.First > s.Last || s.Last > len(doc.Tokens) {
				t.Fatalf("sentence %d has tokens [%d, %d) of %d", i, s.First, s.Last, len(doc.Tokens))
			}
			for k := s.First; k < s.Last; k++ {
				if !s.Contains(doc.Tokens[k].Span) {
					t.Fatalf("token %d %v is not inside its sentence %d %v", k, doc.Tokens[k].Span, i, s.Span)
				}
			}
		}
		inOrder(t, "sentence", len(doc.Text), sents)
		var toks []news.Span
		for _, k := range doc.Tokens {
			toks = append(toks, k.Span)
		}
		inOrder(t, "token", len(doc.Text), toks)
	})
}

// inOrder fails unless spans are non-empty, inside [0, n), in order and
// apart.
func inOrder(t *testing.T, what string, n int, spans []news.Span) {
	t.Helper()
	end := 0
	for i, s := range spans {
		if s.Start < end || s.End > n || s.Empty() {
			t.Fatalf("%s %d %v: empty, outside [0, %d) or not after the one before, which ends at %d", what, i, s, n, end)
		}
		end = s.End
	}
}
