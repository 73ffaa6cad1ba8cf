package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// withType searches q as if every search still filtered on the type: what
// Search must find when it leaves that filter out.
func withType(t *testing.T, ix *Index, q Query) []string {
	t.Helper()
	ctx := context.Background()
	reg, err := ix.registry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bq, err := q.bleveQuery(reg, ix.bleve.Mapping())
	if err != nil {
		t.Fatal(err)
	}
	req := bleve.NewSearchRequestOptions(bleveConj(bq, term("type", typeQuote)), 1000, 0, false)
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return sorted(out)
}

func TestTypeFilterLeftOutOnlyForQuotes(t *testing.T) {
	ix := filled(t)
	// The people and articles of the fixtures have doc, article and date
	// too; "the" is a stop word, which bleve leaves out of a query
	// string, so that "the -sanctions" is everything without "sanctions".
	for _, tt := range []struct {
		q        Query
		noFilter bool // the type filter is left out
	}{
		{Query{Text: "constructive"}, true},
		{Query{Text: `"dead end"`}, true},
		{Query{Text: "sanctions -europe"}, true},
		{Query{Text: "missile OR europe"}, true},
		{Query{Text: "sanct*"}, true},
		{Query{Text: "speaker:putin"}, true},
		{Query{Text: "kind:direct"}, true},
		{Query{Text: "the missile"}, true},
		{Query{Text: "the"}, true},
		{Query{Text: "the -sanctions"}, false},
		{Query{Text: "-sanctions"}, false},
		{Query{Text: "zzzq* -sanctions"}, true},
		{Query{Text: "the doc:korea.txt"}, false},
		{Query{Text: "missile doc:korea.txt"}, true},
		{Query{Text: "doc:korea.txt"}, false},
		{Query{Text: "article:a1"}, false},
		{Query{Text: `date:>"2024-03-01"`}, false},
		{Query{Text: "missile OR doc:korea.txt"}, false},
		{Query{Text: "the OR missile"}, true},
		{Query{Text: "outlet:example"}, true},
		{Query{Speaker: "Putin"}, true},
		{Query{Speaker: "korean official"}, true},
		{Query{Speaker: "—"}, true}, // nothing: a name without words
		{Query{Role: "minister"}, true},
		{Query{Role: "—"}, true}, // matches nothing: a conjunction of ours
		{Query{Outlet: "example"}, true},
		{Query{Kind: "direct"}, true},
		{Query{Article: "a1"}, false},
		{Query{Article: "a1", Kind: "direct"}, true},
		{Query{Since: day("2024-03-02")}, false},
		{Query{}, false},
	} {
		reg, err := ix.registry(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		bq, err := tt.q.bleveQuery(reg, ix.bleve.Mapping())
		if err != nil {
			t.Fatal(err)
		}
		if got := !hasTypeFilter(bq); got != tt.noFilter {
			t.Errorf("%+v: type filter left out %v, want %v", tt.q, got, tt.noFilter)
		}
		q := tt.q
		q.Limit = 1000
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatalf("%+v: %v", tt.q, err)
		}
		if got, want := sorted(ids(res)), withType(t, ix, tt.q); !slices.Equal(got, want) {
			t.Errorf("%+v: got %v, want %v", tt.q, got, want)
		}
	}
}

// TestFiltersDoNotScore: a filter selects without changing the ranking,
// so a quote scores the same with it as without.
func TestFiltersDoNotScore(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	scores := func(q Query) map[string]float64 {
		res, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]float64{}
		for _, h := range res.Hits {
			out[h.Quote.ID] = h.Score
		}
		return out
	}
	all := scores(Query{Text: "constructive OR dialogue"})
	for _, q := range []Query{
		{Text: "constructive OR dialogue", Speaker: "putin"},
		{Text: "constructive OR dialogue", Speaker: "lavrov", Kind: "partial", Role: "minister", Outlet: "example"},
		{Text: "constructive OR dialogue", Since: day("2024-03-02")},
		{Text: "constructive OR dialogue", Article: "a1"},
	} {
		got := scores(q)
		if len(got) == 0 {
			t.Errorf("%+v: nothing found", q)
		}
		for id, s := range got {
			if math.Abs(s-all[id]) > 1e-9 {
				t.Errorf("%+v: %s scores %v, %v without the filters", q, id, s, all[id])
			}
		}
	}
}

func bleveConj(qs ...query.Query) query.Query { return query.NewConjunctionQuery(qs) }

// hasTypeFilter reports whether the conjunction bleveQuery made filters on
// the type.
func hasTypeFilter(q query.Query) bool {
	for _, c := range q.(*query.ConjunctionQuery).Conjuncts {
		if u, ok := c.(unscored); ok {
			c = u.Query
		}
		if t, ok := c.(*query.TermQuery); ok && t.FieldVal == "type" {
			return true
		}
	}
	return false
}

// TestScoreTiesPage: quotes that score the same come in one order, so that
// paging through them neither repeats nor skips one.
func TestScoreTiesPage(t *testing.T) {
	ix := openTest(t, t.TempDir())
	ctx := context.Background()
	var entries []Entry
	for i := range 30 {
		a := Article{ID: fmt.Sprintf("a%02d", 29-i), Date: "2024-03-01"}
		q := quote(&a, fmt.Sprintf("q%02d", (i*7)%30), "direct", "Olaf Scholz", "", "The same words every time.")
		entries = append(entries, Entry{Article: a, Quotes: []Quote{q}})
	}
	if err := ix.Add(ctx, entries...); err != nil {
		t.Fatal(err)
	}
	var paged []string
	for off := 0; off < 30; off += 4 {
		res, err := ix.Search(ctx, Query{Text: "words", Limit: 4, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, ids(res)...)
	}
	res, err := ix.Search(ctx, Query{Text: "words", Limit: 30})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(paged, ids(res)) || len(slices.Compact(sorted(paged))) != 30 {
		t.Errorf("pages %v, all at once %v", paged, ids(res))
	}
}
