package pipeline

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/news"
)

// BenchmarkAnalyse runs the whole analysis over the team's articles in
// testdata/articles, reporting bytes per second.
func BenchmarkAnalyse(b *testing.B) {
	var arts []*news.Article
	var size int64
	for a, err := range ingest.Articles(context.Background(), []string{filepath.Join("..", "..", "testdata", "articles")}, ingest.Options{}) {
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += int64(len(a.Text))
	}
	an := New(Options{})
	an.Analyse(arts[0]) // load the model outside the timing
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			an.Analyse(a)
		}
	}
}

// BenchmarkManyQuotes is a paragraph of thousands of quotes, where any
// work per quote that looks at every other quote shows as a blow-up.
func BenchmarkManyQuotes(b *testing.B) {
	text := strings.Repeat(`"a" `, 50000)
	a := &news.Article{Text: text, Format: "text"}
	an := New(Options{})
	b.SetBytes(int64(len(text)))
	for range b.N {
		an.Analyse(a)
	}
}

// BenchmarkLongArticle is one article of thousands of ordinary news
// paragraphs: the cost per paragraph must not grow with the article.
func BenchmarkLongArticle(b *testing.B) {
	para := "“We will win,” Mayor Jane Doe said on Monday. She added that the bridge would open in May, according to city officials.\n\n"
	text := "Big\n\n" + strings.Repeat(para, 2000)
	a := &news.Article{Text: text, Format: "text"}
	an := New(Options{})
	b.SetBytes(int64(len(text)))
	for range b.N {
		an.Analyse(a)
	}
}
