package index

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Quote returns the quote with the given ID, or an error matching
// ErrNotFound.
func (ix *Index) Quote(ctx context.Context, id string) (Quote, error) {
	fields, err := ix.stored(ctx, id, typeQuote)
	if err != nil {
		return Quote{}, fmt.Errorf("get quote %s: %w", id, err)
	}
	q, err := decodeQuote(fields)
	if err != nil {
		return Quote{}, fmt.Errorf("get quote %s: %w", id, err)
	}
	return q, nil
}

// Article returns the article with the given ID, text included, or an error
// matching ErrNotFound.
func (ix *Index) Article(ctx context.Context, id string) (Article, error) {
	fields, err := ix.stored(ctx, articleID(id), typeArticle)
	var a Article
	if err == nil {
		s, _ := fields[fieldJSON].(string)
		err = json.Unmarshal([]byte(s), &a)
	}
	if err != nil {
		return Article{}, fmt.Errorf("get article %s: %w", id, err)
	}
	return a, nil
}

// stored returns the stored fields of document id, which must be of type
// typ: quote ids are the extractor's, so a quote id could be spelt like
// another type's document id.
func (ix *Index) stored(ctx context.Context, id, typ string) (map[string]interface{}, error) {
	q := query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery([]string{id}), term("type", typ)})
	req := bleve.NewSearchRequestOptions(q, 1, 0, false)
	req.Fields = []string{fieldJSON, "text"}
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	if len(res.Hits) == 0 {
		return nil, ErrNotFound
	}
	return res.Hits[0].Fields, nil
}

// Stats counts what the index holds.
type Stats struct {
	Articles uint64
	Quotes   uint64
	// People is the number of distinct names (or, for unnamed speakers,
	// descriptions) among the people of all articles.
	People uint64
	// TopSpeakers are the ten speakers with most quotes, most first.
	TopSpeakers []SpeakerCount
}

// SpeakerCount is a speaker and their number of quotes.
type SpeakerCount struct {
	Speaker string
	Quotes  int
}

// Stats counts articles, quotes and people in one pass over the index,
// with facets on the document type, the quote speaker and the person name.
func (ix *Index) Stats(ctx context.Context) (Stats, error) {
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 0, 0, false)
	req.AddFacet("type", bleve.NewFacetRequest("type", 3))
	// One more than shown, in case the unknown speaker "" is among them.
	req.AddFacet("speaker", bleve.NewFacetRequest("speaker", 11))
	// A terms facet lists every term it is asked for; the number of
	// distinct names is the length of a list long enough for all of them.
	req.AddFacet("name", bleve.NewFacetRequest("name", math.MaxInt32))
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return Stats{}, fmt.Errorf("stats of %s: %w", ix.path, err)
	}
	var st Stats
	if f := res.Facets["type"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			switch t.Term {
			case typeArticle:
				st.Articles = uint64(t.Count)
			case typeQuote:
				st.Quotes = uint64(t.Count)
			}
		}
	}
	if f := res.Facets["name"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			if t.Term != "" {
				st.People++
			}
		}
	}
	if f := res.Facets["speaker"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			if t.Term != "" && len(st.TopSpeakers) < 10 {
				st.TopSpeakers = append(st.TopSpeakers, SpeakerCount{t.Term, t.Count})
			}
		}
	}
	return st, nil
}

// PersonSummary is one person across every article that names them: the
// Person records with the same Name, added up.
type PersonSummary struct {
	Name string `json:"name"`
	// Named is true if any article names the person.
	Named bool `json:"named"`
	// Roles and Aliases are every article's, most frequent first.
	Roles   []string `json:"roles"`
	Aliases []string `json:"aliases"`
	// Articles is the number of articles the person is in; Mentions and
	// Quotes are summed over them.
	Articles int `json:"articles"`
	Mentions int `json:"mentions"`
	Quotes   int `json:"quotes"`
}

// People lists people aggregated by name, most quoted first. A non-empty
// role selects people whose roles, together, contain all its words (matched
// like Query.Role).
func (ix *Index) People(ctx context.Context, role string) ([]PersonSummary, error) {
	var q query.Query = term("type", typePerson)
	if role != "" {
		q = query.NewConjunctionQuery([]query.Query{q, allWords(fieldRolesWords, role)})
	}
	type agg struct {
		PersonSummary
		roles, aliases map[string]int
	}
	byName := map[string]*agg{}
	err := ix.each(ctx, q, []string{fieldJSON}, func(id string, fields map[string]interface{}) error {
		var p Person
		s, _ := fields[fieldJSON].(string)
		if err := json.Unmarshal([]byte(s), &p); err != nil {
			return fmt.Errorf("person %s: %w", id, err)
		}
		a := byName[p.Name]
		if a == nil {
			a = &agg{PersonSummary: PersonSummary{Name: p.Name}, roles: map[string]int{}, aliases: map[string]int{}}
			byName[p.Name] = a
		}
		a.Named = a.Named || p.Named
		a.Articles++
		a.Mentions += p.Mentions
		a.Quotes += p.Quotes
		for _, r := range p.Roles {
			a.roles[r]++
		}
		for _, al := range p.Aliases {
			a.aliases[al]++
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list people in %s: %w", ix.path, err)
	}
	out := make([]PersonSummary, 0, len(byName))
	for _, a := range byName {
		a.Roles = byCount(a.roles)
		a.Aliases = byCount(a.aliases)
		out = append(out, a.PersonSummary)
	}
	slices.SortFunc(out, func(a, b PersonSummary) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Name, b.Name))
	})
	return out, nil
}

// byCount returns the keys of counts, most counted first, then in order.
func byCount(counts map[string]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
	})
	return keys
}
