package index

import (
	"cmp"
	"context"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// unscored is a filter: it selects documents without adding to their
// score or to the query's norm, and is searched without the term
// frequencies and norms a score needs, so that a filter matching many
// documents (every quote, a year) costs a text search little.
type unscored struct{ query.Query }

func (u unscored) Searcher(ctx context.Context, i bleveindex.IndexReader, m mapping.IndexMapping, _ search.SearcherOptions) (search.Searcher, error) {
	s, err := u.Query.Searcher(ctx, i, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	if _, ok := s.(*searcher.MatchNoneSearcher); ok {
		return s, nil // for the conjunction to see
	}
	return unscoredSearcher{s}, nil
}

type unscoredSearcher struct{ search.Searcher }

func (unscoredSearcher) Weight() float64      { return 0 }
func (unscoredSearcher) SetQueryNorm(float64) {}

// staticMapping is the mapping of a new index, for its fields and
// analysers.
var staticMapping = sync.OnceValue(func() *mapping.IndexMappingImpl {
	m, err := newMapping()
	if err != nil {
		panic(err) // as TestMappingMatchesSchemaVersion would
	}
	return m
})

// quoteFields are the fields only quote documents have: a document a
// clause on one of them matches is a quote.
var quoteFields = sync.OnceValue(func() map[string]bool {
	m := staticMapping()
	fields := func(typ string) map[string]bool {
		out := map[string]bool{}
		for prop, dm := range m.TypeMapping[typ].Properties {
			for _, fm := range dm.Fields {
				out[cmp.Or(fm.Name, prop)] = true
			}
		}
		return out
	}
	quote := fields(typeQuote)
	for _, typ := range []string{typePerson, typeArticle} {
		for f := range fields(typ) {
			delete(quote, f)
		}
	}
	return quote
})

// quotesOnly reports whether every document q matches is a quote, so that
// a search with q needs no filter on the type: true of a clause on a
// quote's field, and of what only such clauses decide. It errs towards
// false.
//
// bleve leaves out of a query string's conjunction a clause that matches
// nothing at all (a word that is a stop word: "the"), and out of a boolean
// query a must clause that does, after which its must-not clause alone
// selects every other document: "the -europe" is every document without
// "europe". A clause counts only if it cannot be left out that way.
func quotesOnly(q query.Query, m mapping.IndexMapping) bool {
	switch q := q.(type) {
	case unscored:
		return quotesOnly(q.Query, m)
	case *query.MatchNoneQuery:
		return true
	case *query.ConjunctionQuery:
		all := true
		for _, c := range q.Conjuncts {
			qc := quotesOnly(c, m)
			if qc && !matchesNothing(c, m) {
				return true
			}
			all = all && qc
		}
		return all
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			if !quotesOnly(d, m) {
				return false
			}
		}
		return true
	case *query.BooleanQuery:
		if q.Filter != nil && quotesOnly(q.Filter, m) {
			return true
		}
		// Every combination of the clauses bleve may keep.
		for _, must := range kept(q.Must, m) {
			for _, should := range kept(q.Should, m) {
				for _, not := range kept(q.MustNot, m) {
					var ok bool
					switch {
					case must:
						ok = quotesOnly(q.Must, m)
					case should:
						ok = quotesOnly(q.Should, m)
					default: // every document, but those of must not
						ok = !not && q.Filter == nil
					}
					if !ok {
						return false
					}
				}
			}
		}
		return true
	case query.FieldableQuery:
		switch q.(type) {
		case *query.TermQuery, *query.MatchQuery, *query.MatchPhraseQuery, *query.PhraseQuery,
			*query.MultiPhraseQuery, *query.PrefixQuery, *query.WildcardQuery, *query.RegexpQuery,
			*query.FuzzyQuery, *query.NumericRangeQuery, *query.DateRangeQuery,
			*query.DateRangeStringQuery, *query.TermRangeQuery, *query.BoolFieldQuery:
			f := q.Field()
			if f == "" {
				f = m.DefaultSearchField()
			}
			return quoteFields()[f]
		}
	}
	return false
}

// kept is whether bleve may keep a clause: never if absent, maybe if it
// can match nothing at all, else always.
func kept(q query.Query, m mapping.IndexMapping) []bool {
	switch {
	case q == nil:
		return []bool{false}
	case matchesNothing(q, m):
		return []bool{true, false}
	}
	return []bool{true}
}

// matchesNothing reports whether bleve may search q with its searcher of
// nothing at all (a MatchNoneSearcher), which conjunctions of query
// strings and boolean queries leave out. It errs towards true.
func matchesNothing(q query.Query, m mapping.IndexMapping) bool {
	switch q := q.(type) {
	case unscored:
		return matchesNothing(q.Query, m)
	case *query.MatchQuery:
		return noTokens(m, q.FieldVal, q.Analyzer, q.Match)
	case *query.MatchPhraseQuery:
		return noTokens(m, q.FieldVal, q.Analyzer, q.MatchPhrase)
	case *query.TermQuery, *query.PhraseQuery, *query.MultiPhraseQuery, *query.PrefixQuery,
		*query.WildcardQuery, *query.RegexpQuery, *query.FuzzyQuery, *query.NumericRangeQuery,
		*query.DateRangeQuery, *query.DateRangeStringQuery, *query.BoolFieldQuery,
		*query.DocIDQuery, *query.MatchAllQuery:
		return false
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			if !matchesNothing(c, m) {
				return false
			}
		}
		return true
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			if !matchesNothing(d, m) {
				return false
			}
		}
		return true
	case *query.BooleanQuery:
		for _, c := range []query.Query{q.Must, q.Should, q.MustNot} {
			if c != nil && !matchesNothing(c, m) {
				return false
			}
		}
		return q.Filter == nil
	}
	return true
}

// noTokens reports whether a match query's text analyses to no words,
// which bleve searches as matching nothing.
func noTokens(m mapping.IndexMapping, field, analyzer, text string) bool {
	if field == "" {
		field = m.DefaultSearchField()
	}
	if analyzer == "" {
		analyzer = m.AnalyzerNameForPath(field)
	}
	a := m.AnalyzerNamed(analyzer)
	return a == nil || len(a.Analyze([]byte(text))) == 0
}
