package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/whosaid/whosaid/internal/attribution"
	"github.com/whosaid/whosaid/internal/entities"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/normalise"
	"github.com/whosaid/whosaid/internal/quotes"
	"github.com/whosaid/whosaid/internal/roles"
	"github.com/whosaid/whosaid/internal/segment"
)

// benchCorpus is the articles the stage benchmarks read: the team's
// articles in testdata/articles, or the folders in $WHOSAID_BENCH_CORPUS
// (a list like $PATH), for figures on real news:
//
//	WHOSAID_BENCH_CORPUS=../../../shared/eval/data/wikinews/text go test -run ^$ -bench Stage ./internal/pipeline
func benchCorpus(b *testing.B) ([]*news.Article, int64) {
	dirs := []string{filepath.Join("..", "..", "testdata", "articles")}
	if env := os.Getenv("WHOSAID_BENCH_CORPUS"); env != "" {
		dirs = filepath.SplitList(env)
	}
	var arts []*news.Article
	var size int64
	for a, err := range ingest.Articles(context.Background(), dirs, ingest.Options{}) {
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += int64(len(a.Text))
	}
	if len(arts) == 0 {
		b.Fatalf("no articles in %v", dirs)
	}
	return arts, size
}

// stages are the analysis in order, as Analyser.Analyse runs it.
var stages = []struct {
	name string
	run  func(*news.Document)
}{
	{"normalise", func(d *news.Document) { d.Text, d.Offsets = normalise.Text(d.Article) }},
	{"segment", segment.Split},
	{"entities", func(d *news.Document) { entities.Find(d, nil) }},
	{"roles", roles.Find},
	{"quotes", quotes.Find},
	{"attribution", attribution.Attribute},
}

// BenchmarkStage times each stage of the analysis alone, on documents
// that the stages before it have already analysed, in bytes of article
// per second: where the time of BenchmarkAnalyse goes. Records is the
// mapping of an analysed document to the records the index stores.
func BenchmarkStage(b *testing.B) {
	arts, size := benchCorpus(b)
	before := make([]*news.Document, len(arts))
	for i, a := range arts {
		before[i] = &news.Document{Article: a}
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			docs := make([]*news.Document, len(before))
			for b.Loop() {
				b.StopTimer()
				for i, d := range before {
					docs[i] = cloneDoc(d)
				}
				b.StartTimer()
				for _, d := range docs {
					st.run(d)
				}
			}
		})
		for _, d := range before {
			st.run(d)
		}
	}
	b.Run("records", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range before {
				Entry(d)
			}
		}
	})
}

// cloneDoc copies a document deeply enough that a stage run on the copy
// leaves the original as it was.
func cloneDoc(d *news.Document) *news.Document {
	c := *d
	c.Paragraphs = slices.Clone(d.Paragraphs)
	c.Sentences = slices.Clone(d.Sentences)
	c.Tokens = slices.Clone(d.Tokens)
	c.Mentions = slices.Clone(d.Mentions)
	c.Diagnostics = slices.Clone(d.Diagnostics)
	c.People = slices.Clone(d.People)
	for i, p := range c.People {
		c.People[i].Aliases = slices.Clone(p.Aliases)
		c.People[i].Roles = slices.Clone(p.Roles)
		c.People[i].Mentions = slices.Clone(p.Mentions)
	}
	c.Quotes = slices.Clone(d.Quotes)
	for i, q := range c.Quotes {
		c.Quotes[i].Evidence = slices.Clone(q.Evidence)
	}
	return &c
}
