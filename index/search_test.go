package index

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestSearchFilters(t *testing.T) {
	ix := filled(t)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"outlet by word", Query{Outlet: "example"}, []string{"q1", "q2", "q3", "q4"}},
		{"outlet none", Query{Outlet: "wire"}, nil},
		{"since", Query{Since: day("2024-03-02")}, []string{"q5", "q6"}},
		{"before", Query{Before: day("2024-03-02")}, []string{"q1", "q2", "q3", "q4"}},
		{"since and before", Query{Since: day("2024-03-01"), Before: day("2024-03-02")}, []string{"q1", "q2", "q3", "q4"}},
		{"dates and text", Query{Text: "dialogue", Since: day("2024-03-02")}, []string{"q6"}},
		{"speaker field in text", Query{Text: "speaker:putin"}, []string{"q1", "q2", "q6"}},
		{"speaker phrase in text", Query{Text: `speaker:"Vladimir Putin" sanctions`}, []string{"q1"}},
		{"not a speaker", Query{Text: `sanctions -speaker:lavrov`}, []string{"q1"}},
		{"role field by words", Query{Text: "role:minister"}, []string{"q3", "q4"}},
		{"outlet field", Query{Text: "outlet:Example kind:DIRECT"}, []string{"q1", "q3"}},
		{"cue field", Query{Text: "cue:said missile"}, []string{"q5"}},
		{"either speaker", Query{Text: "speaker:lavrov OR speaker:official"}, []string{"q3", "q4", "q5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := sorted(ids(res)); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSearchSort(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	for _, tt := range []struct {
		sort string
		want []string
	}{
		{SortDate, []string{"q5", "q6", "q1", "q2", "q3", "q4"}},
		{SortOldest, []string{"q1", "q2", "q3", "q4", "q5", "q6"}},
		{"", []string{"q5", "q6", "q1", "q2", "q3", "q4"}},
	} {
		res, err := ix.Search(ctx, Query{Sort: tt.sort})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(res); !slices.Equal(got, tt.want) {
			t.Errorf("sort %q: %v, want %v", tt.sort, got, tt.want)
		}
	}
	// Text ranks by score unless asked by date.
	res, err := ix.Search(ctx, Query{Text: "constructive OR sanctions", Sort: SortOldest})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(res), []string{"q1", "q2", "q3", "q4"}; !slices.Equal(got, want) {
		t.Errorf("oldest with text: %v, want %v", got, want)
	}
	for _, bad := range []Query{{Sort: "speaker"}, {Facets: []string{"colour"}}, {Since: day("2024-03-02"), Before: day("2024-03-01")}} {
		if _, err := ix.Search(ctx, bad); !errors.Is(err, ErrBadQuery) {
			t.Errorf("%+v: %v, want ErrBadQuery", bad, err)
		}
	}
}

func TestSearchFacets(t *testing.T) {
	ix := filled(t)
	// An unattributed quote with no role, in an article with no outlet.
	if err := ix.Add(context.Background(), Entry{Article: Article{ID: "a3", Date: "2024-03-03"},
		Quotes: []Quote{{ID: "q7", Kind: "indirect", Text: "the talks would go on"}}}); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Facets: FacetFields, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Facet{
		FacetSpeaker: {Values: []FacetCount{{"Vladimir Putin", 3}, {"Sergei Lavrov", 2}}, Missing: 2},
		FacetRole:    {Values: []FacetCount{{"Foreign Minister", 2}, {"President", 2}, {"Russian President", 1}, {"official", 1}}, Missing: 1},
		FacetOutlet:  {Values: []FacetCount{{"Example", 4}}, Missing: 3},
		FacetKind:    {Values: []FacetCount{{"direct", 4}, {"indirect", 2}, {"partial", 1}}},
	}
	if !reflect.DeepEqual(res.Facets, want) {
		t.Errorf("facets:\n got %+v\nwant %+v", res.Facets, want)
	}
	if len(res.Hits) != 1 || res.Total != 7 {
		t.Errorf("hits %d of %d", len(res.Hits), res.Total)
	}
	// Facets count what the query selects.
	res, err = ix.Search(context.Background(), Query{Text: "sanctions", Facets: []string{FacetSpeaker}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.Facets[FacetSpeaker], (Facet{Values: []FacetCount{{"Sergei Lavrov", 1}, {"Vladimir Putin", 1}}}); !reflect.DeepEqual(got, want) {
		t.Errorf("facet of a search %+v, want %+v", got, want)
	}
}

func TestAll(t *testing.T) {
	defer func(n int) { eachPage = n }(eachPage)
	eachPage = 2 // several pages, one of them past undated quotes
	ix := filled(t)
	ctx := context.Background()
	if err := ix.Add(ctx, Entry{Article: Article{ID: "a3"}, Quotes: []Quote{
		{ID: "q7", Kind: "direct", Text: "Undated one."}, {ID: "q8", Kind: "direct", Text: "Undated two.", Start: 20},
	}}); err != nil {
		t.Fatal(err)
	}
	collect := func(q Query) []string {
		var out []string
		for h, err := range ix.All(ctx, q) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, h.Quote.ID)
		}
		return out
	}
	if got, want := collect(Query{Sort: SortOldest}), []string{"q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"}; !slices.Equal(got, want) {
		t.Errorf("oldest: %v, want %v", got, want)
	}
	if got, want := collect(Query{}), []string{"q5", "q6", "q1", "q2", "q3", "q4", "q7", "q8"}; !slices.Equal(got, want) {
		t.Errorf("newest: %v, want %v", got, want)
	}
	if got, want := collect(Query{Offset: 3, Limit: 1}), []string{"q2", "q3", "q4", "q7", "q8"}; !slices.Equal(got, want) {
		t.Errorf("from the fourth: %v, want %v", got, want)
	}
	if got := collect(Query{Text: "sanctions OR constructive OR dialogue OR missile"}); len(got) != 6 {
		t.Errorf("by score: %v", got)
	}
	for h := range ix.All(ctx, Query{}) {
		if h.Quote.ID == "q6" && h.Quote.Person != "Vladimir Putin" {
			t.Errorf("person not filled: %+v", h.Quote)
		}
	}
	n := 0
	for range ix.All(ctx, Query{}) {
		if n++; n == 3 {
			break
		}
	}
	for _, err := range ix.All(ctx, Query{Text: `"open`}) {
		if !errors.Is(err, ErrBadQuery) {
			t.Errorf("bad query: %v", err)
		}
	}
}

func TestRemove(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	removed, err := ix.Remove(ctx, "a1", "nope", "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(removed, []string{"a1"}) {
		t.Errorf("removed %v", removed)
	}
	st, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Quotes != 2 || st.People != 2 {
		t.Errorf("stats after remove %+v", st)
	}
	if _, err := ix.Article(ctx, "a1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("article still there: %v", err)
	}
	if got := speakerIDs(t, ix, "lavrov"); len(got) != 0 {
		t.Errorf("Lavrov's quotes still found: %v", got)
	}
}

// A file read again with changed text has a new ID; its Source says it
// replaces the old one.
func TestAddReplacesSource(t *testing.T) {
	ix := openTest(t, t.TempDir())
	ctx := context.Background()
	old := article("old-hash", "2024-01-01", "", []string{"Sofia Brandt"}, "Sofia Brandt")
	old.Article.Source = "/news/strike.txt"
	other := article("other", "2024-01-01", "", []string{"Daniel Brandt"}, "Daniel Brandt")
	if err := ix.Add(ctx, old, other); err != nil {
		t.Fatal(err)
	}
	changed := article("new-hash", "2024-01-02", "", []string{"Elena Vasquez"}, "Elena Vasquez")
	changed.Article.Source = "/news/strike.txt"
	if err := ix.Add(ctx, changed); err != nil {
		t.Fatal(err)
	}
	if got := speakerIDs(t, ix, "Sofia Brandt"); len(got) != 0 {
		t.Errorf("the old version's quotes remain: %v", got)
	}
	people, err := ix.People(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != 2 {
		t.Errorf("people %+v, want Daniel Brandt and Elena Vasquez", people)
	}
	found, err := ix.ArticlesFrom(ctx, "/news/strike.txt")
	if err != nil || len(found) != 1 || found[0].ID != "new-hash" || found[0].Text != "" {
		t.Errorf("ArticlesFrom source: %+v, %v", found, err)
	}
	found, err = ix.ArticlesFrom(ctx, "other.txt")
	if err != nil || len(found) != 1 || found[0].ID != "other" {
		t.Errorf("ArticlesFrom doc: %+v, %v", found, err)
	}
	// Two versions in one call: the last wins.
	a := article("v1", "2024-01-03", "", []string{"Marta Lind"}, "Marta Lind")
	b := article("v2", "2024-01-04", "", []string{"Marta Lind"}, "Marta Lind")
	a.Article.Source, b.Article.Source = "/news/lind.txt", "/news/lind.txt"
	if err := ix.Add(ctx, a, b); err != nil {
		t.Fatal(err)
	}
	if got := speakerIDs(t, ix, "lind"); !slices.Equal(got, []string{"v2-a"}) {
		t.Errorf("lind: %v", got)
	}
}

// All in order of date, a window of days at a time, gives what one search
// of every match gives, whether windows are days cut into parts or several
// days together, dated or not, from any offset.
func TestAllInWindows(t *testing.T) {
	defer func(n int) { eachPage = n }(eachPage)
	ctx := context.Background()
	ix := openTest(t, t.TempDir())
	entries := generated(60, 0)
	for i := range 4 {
		entries[i].Article.Date = "" // undated
		for j := range entries[i].Quotes {
			entries[i].Quotes[j].Date = ""
		}
	}
	if err := ix.Add(ctx, entries...); err != nil {
		t.Fatal(err)
	}
	for _, page := range []int{4, 40, 1000} {
		eachPage = page
		for _, q := range []Query{{Sort: SortOldest}, {Sort: SortDate}, {Sort: SortDate, Text: "peace"}, {Sort: SortOldest, Offset: 17}} {
			one := q
			one.Offset, one.Limit = 0, 5000 // past windowedUpTo: one search
			res, err := ix.Search(ctx, one)
			if err != nil {
				t.Fatal(err)
			}
			want := ids(res)[min(q.Offset, len(res.Hits)):]
			var got []string
			for h, err := range ix.All(ctx, q) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, h.Quote.ID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("page %d, %+v:\n got %v\nwant %v", page, q, got, want)
			}
		}
	}
}
