package index

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkAddBatches adds 300 articles of 10 quotes and 2 people each to
// a new index, so many entries to an Add: what `whosaid ingest`'s batch
// size trades. It reports documents (quotes, people and articles) per
// second.
func BenchmarkAddBatches(b *testing.B) {
	const articles = 300
	entries := benchEntries(articles, 10)
	for i := range entries {
		entries[i].People = []Person{{Name: "Vladimir Putin", Named: true}, {Name: "Sergei Lavrov", Named: true}}
	}
	docs := articles * (10 + 2 + 1)
	for _, per := range []int{10, 100, 300} {
		b.Run(fmt.Sprintf("entries=%d", per), func(b *testing.B) {
			ctx := context.Background()
			var took time.Duration
			for b.Loop() {
				b.StopTimer()
				ix, err := Open(b.TempDir(), Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := time.Now()
				for i := 0; i < len(entries); i += per {
					if err := ix.Add(ctx, entries[i:min(i+per, len(entries))]...); err != nil {
						b.Fatal(err)
					}
				}
				took += time.Since(start)
				b.StopTimer()
				ix.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(docs*b.N)/took.Seconds(), "docs/s")
		})
	}
}

// BenchmarkSearchKinds times the typical searches on an index of 20,000
// quotes: a word, a speaker, a phrase, a speaker and a date range, and a
// word with the speaker facet. (bench/run.sh times them on a million.)
func BenchmarkSearchKinds(b *testing.B) {
	ix := openTest(b, b.TempDir())
	ctx := context.Background()
	entries := benchEntries(2000, 10)
	for i := range entries {
		date := time.Date(2020+i%5, time.Month(1+i%12), 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		entries[i].Article.Date = date
		for j := range entries[i].Quotes {
			entries[i].Quotes[j].Date = date
		}
		entries[i].People = []Person{{Name: "Vladimir Putin", Named: true}, {Name: "Sergei Lavrov", Named: true},
			{Name: "Olaf Scholz", Named: true}, {Name: "Emmanuel Macron", Named: true}}
	}
	for i := 0; i < len(entries); i += 500 {
		if err := ix.Add(ctx, entries[i:i+500]...); err != nil {
			b.Fatal(err)
		}
	}
	since := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, k := range []struct {
		name string
		q    Query
	}{
		{"word", Query{Text: "missile"}},
		{"speaker", Query{Speaker: "Lavrov"}},
		{"phrase", Query{Text: `"our partners"`}},
		{"speaker+dates", Query{Speaker: "Putin", Since: since, Before: since.AddDate(1, 0, 0)}},
		{"word+facet", Query{Text: "peace", Facets: []string{FacetSpeaker}}},
	} {
		k.q.Limit = 10
		b.Run(k.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				res, err := ix.Search(ctx, k.q)
				if err != nil || res.Total == 0 {
					b.Fatal(res, err)
				}
			}
		})
	}
}
