package index

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// generated returns n articles of three quotes each, spoken by a few
// people, organisations and unnamed speakers, in several outlets and
// kinds, with article i's quotes made different by round, so that
// re-adding an article changes its facets.
func generated(n, round int) []Entry {
	speakers := []string{"Vladimir Putin", "Sergei Lavrov", "Kremlin", "North Korean official", "", "Maria Zakharova"}
	kinds := []string{"direct", "partial", "indirect"}
	var out []Entry
	for i := range n {
		a := Article{ID: fmt.Sprintf("g%d", i), Doc: fmt.Sprintf("g%d.txt", i), Title: "Talks", Date: fmt.Sprintf("2024-%02d-10", 1+i%12)}
		if i%3 != 0 {
			a.Outlet = fmt.Sprintf("Outlet %d", i%4)
		}
		e := Entry{Article: a}
		for j := range 3 {
			sp := speakers[(i+j+round)%len(speakers)]
			words := []string{"peace talks go on", "sanctions hurt", "peace and sanctions"}[(i+j)%3]
			q := quote(&e.Article, fmt.Sprintf("g%d-%d", i, j), kinds[(i*j+round)%3], sp, []string{"", "minister", "spokesman"}[j], words)
			if sp == "Kremlin" {
				q.SpeakerType = "organisation"
			}
			if sp == "" || sp == "North Korean official" {
				q.Person = ""
			} else if sp != "Kremlin" {
				q.Person = sp
			}
			e.Quotes = append(e.Quotes, q)
		}
		out = append(out, e)
	}
	return out
}

// requestFor is the bleve request Search makes of q.
func requestFor(t *testing.T, ix *Index, q Query) *bleve.SearchRequest {
	t.Helper()
	reg, err := ix.registry(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	req, err := ix.request(q, reg)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// bleveFacets counts q's matches by each facet with bleve's own facets,
// the reference columns must agree with.
func bleveFacets(t *testing.T, ix *Index, q Query) (uint64, map[string]fieldCounts) {
	t.Helper()
	req := requestFor(t, ix, q)
	req.Size = 0
	for _, f := range FacetFields {
		req.AddFacet(f, bleve.NewFacetRequest(facetField(f), math.MaxInt32))
	}
	res, err := ix.bleve.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]fieldCounts{}
	for _, f := range FacetFields {
		var fc fieldCounts
		fr := res.Facets[f]
		for _, tf := range fr.Terms.Terms() {
			fc.terms = append(fc.terms, termCount{tf.Term, tf.Count})
		}
		fc.missing = fr.Missing
		out[f] = fc
	}
	return res.Total, out
}

func columnFacets(t *testing.T, ix *Index, q Query) (uint64, map[string]fieldCounts) {
	t.Helper()
	req := requestFor(t, ix, q)
	fields := make([]string, len(FacetFields))
	for i, f := range FacetFields {
		fields[i] = facetField(f)
	}
	total, counts, err := ix.countFacets(context.Background(), req.Query, ix.bleve.Mapping(), fields)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]fieldCounts{}
	for i, f := range FacetFields {
		out[f] = counts[i]
	}
	return total, out
}

func sortedCounts(m map[string]fieldCounts) map[string]fieldCounts {
	for f, fc := range m {
		fc.terms = slices.Clone(fc.terms)
		slices.SortFunc(fc.terms, func(a, b termCount) int { return strings.Compare(a.term, b.term) })
		m[f] = fc
	}
	return m
}

// The columns count what bleve's facets count, for every facet and
// several queries, in an index of several segments with deleted
// documents, and again after the index changed under columns already
// read.
func TestColumnsAgreeWithBleve(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, t.TempDir())
	all := generated(60, 0)
	for i := 0; i < len(all); i += 15 { // one segment an Add
		if err := ix.Add(ctx, all[i:i+15]...); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ix.Remove(ctx, "g3", "g17", "g40"); err != nil {
		t.Fatal(err)
	}
	queries := []Query{{}, {Text: "peace"}, {Text: "sanctions", Kind: "direct"}, {Speaker: "Putin"}, {Text: "nothing matches this"}}
	check := func(when string) {
		t.Helper()
		for _, q := range queries {
			wantN, want := bleveFacets(t, ix, q)
			gotN, got := columnFacets(t, ix, q)
			if gotN != wantN || !reflect.DeepEqual(sortedCounts(got), sortedCounts(want)) {
				t.Errorf("%s, query %+v: columns count %d matches %+v\nbleve counts %d matches %+v", when, q, gotN, got, wantN, want)
			}
		}
	}
	check("after adds and removes")
	// Changed and new articles, added while the columns are read: the
	// columns of the old snapshot must not be used.
	if err := ix.Add(ctx, generated(70, 1)[10:70]...); err != nil {
		t.Fatal(err)
	}
	check("after re-adding")
	if _, err := ix.Remove(ctx, "g12", "g13"); err != nil {
		t.Fatal(err)
	}
	check("after removing")
}

// A document with several terms in a field is counted once for each.
func TestColumnSeveralValues(t *testing.T) {
	ix := openTest(t, t.TempDir())
	if err := ix.Add(context.Background(), generated(6, 0)...); err != nil {
		t.Fatal(err)
	}
	undatedArticle := Entry{Article: Article{ID: "u"}}
	undatedArticle.Quotes = []Quote{quote(&undatedArticle.Article, "u-1", "direct", "Kremlin", "", "no date")}
	if err := ix.Add(context.Background(), undatedArticle); err != nil {
		t.Fatal(err)
	}
	req := requestFor(t, ix, Query{})
	// A dated quote's day field holds its day and "dated".
	total, counts, err := ix.countFacets(context.Background(), req.Query, ix.bleve.Mapping(), []string{fieldDay})
	if err != nil {
		t.Fatal(err)
	}
	byTerm := map[string]int{}
	sum := 0
	for _, tc := range counts[0].terms {
		byTerm[tc.term] = tc.count
		sum += tc.count
	}
	if total != 19 || byTerm[dated] != 18 || byTerm[undated] != 1 || sum != 18*2+1 || counts[0].missing != 0 {
		t.Errorf("%d matches, day terms %v, missing %d", total, byTerm, counts[0].missing)
	}
}

// Searches with facets while articles are added and removed neither fail
// nor race (go test -race), and agree with bleve once the index is still.
func TestFacetsWhileChanging(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, t.TempDir())
	if err := ix.Add(ctx, generated(20, 0)...); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				q := Query{Text: []string{"peace", "sanctions"}[(w+i)%2], Facets: FacetFields}
				if _, err := ix.Search(ctx, q); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for round := range 5 {
		if err := ix.Add(ctx, generated(20+round, round)[round*3:]...); err != nil {
			t.Fatal(err)
		}
		if _, err := ix.Remove(ctx, fmt.Sprintf("g%d", round)); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	wantN, want := bleveFacets(t, ix, Query{Text: "peace"})
	gotN, got := columnFacets(t, ix, Query{Text: "peace"})
	if gotN != wantN || !reflect.DeepEqual(sortedCounts(got), sortedCounts(want)) {
		t.Errorf("columns count %d matches %+v\nbleve counts %d matches %+v", gotN, got, wantN, want)
	}
}
