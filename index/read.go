package index

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

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
	reg, err := ix.registry(ctx)
	if err != nil {
		return Quote{}, fmt.Errorf("get quote %s: %w", id, err)
	}
	reg.fill(&q)
	return q, nil
}

// Article returns the article with the given ID, text included, or an error
// matching ErrNotFound.
func (ix *Index) Article(ctx context.Context, id string) (Article, error) {
	fields, err := ix.stored(ctx, articleID(id), typeArticle)
	var a Article
	if err == nil {
		s, _ := fields[fieldJSON].(string)
		a, err = unmarshalArticle([]byte(s))
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
	// People is the number of people People lists: persons across
	// articles, and unnamed people one per article.
	People uint64
	// TopSpeakers are the ten speakers with most quotes, most first:
	// persons across articles (see Quote.Person) and organisations.
	TopSpeakers []SpeakerCount
}

// SpeakerCount is a speaker and their number of quotes.
type SpeakerCount struct {
	Speaker string
	Quotes  int
}

// Stats counts articles, quotes and people: one pass over the index with
// facets on the document type and the quote's speaker, and the people.
func (ix *Index) Stats(ctx context.Context) (Stats, error) {
	reg, err := ix.registry(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("stats of %s: %w", ix.path, err)
	}
	docs, counts, err := ix.countFacets(ctx, query.NewMatchAllQuery(), ix.bleve.Mapping(), []string{"type", facetField(FacetSpeaker)})
	if err != nil {
		return Stats{}, fmt.Errorf("stats of %s: %w", ix.path, err)
	}
	var st Stats
	for _, t := range counts[0].terms {
		switch t.term {
		case typeArticle:
			st.Articles = uint64(t.count)
		case typeQuote:
			st.Quotes = uint64(t.count)
		}
	}
	for _, v := range facet(FacetSpeaker, counts[1], docs, reg).Values {
		if len(st.TopSpeakers) == 10 {
			break
		}
		st.TopSpeakers = append(st.TopSpeakers, SpeakerCount{v.Value, v.Count})
	}
	people, err := ix.People(ctx, "")
	if err != nil {
		return Stats{}, err
	}
	st.People = uint64(len(people))
	return st, nil
}

// PersonSummary is one person across every article that names them: the
// Person records that are one person, added up. Records are one person if
// their names have one key (case, accents, titles and middle initials
// aside: "Donald J. Trump" is "Donald Trump"), or if one is a bare surname
// and the other the only full name with that surname in the index. An
// unnamed person ("a North Korean official") is never the same as one of
// another article.
type PersonSummary struct {
	// Name is the name articles give the person most; of two as common,
	// the one without a title or initial.
	Name string `json:"name"`
	// Named is false for an unnamed person.
	Named bool `json:"named"`
	// Roles and Aliases are every article's, most frequent first; Aliases
	// also has the names articles give the person other than Name.
	Roles   []string `json:"roles"`
	Aliases []string `json:"aliases"`
	// Articles is the number of articles the person is in; Mentions and
	// Quotes are summed over them.
	Articles int `json:"articles"`
	Mentions int `json:"mentions"`
	Quotes   int `json:"quotes"`
	// FirstSeen and LastSeen are the dates (YYYY-MM-DD) of the first and
	// last dated article naming the person; empty if none is dated.
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
}

// People lists people aggregated across articles (see PersonSummary), most
// quoted first. A non-empty role selects people whose roles, together,
// contain all its words, ignoring case and accents.
func (ix *Index) People(ctx context.Context, role string) ([]PersonSummary, error) {
	reg, err := ix.registry(ctx)
	if err != nil {
		return nil, fmt.Errorf("list people in %s: %w", ix.path, err)
	}
	type agg struct {
		PersonSummary
		roles, aliases map[string]int
	}
	byKey := map[string]*agg{}
	var order []string
	err = ix.each(ctx, term("type", typePerson), []string{fieldJSON}, func(id string, fields map[string]interface{}) error {
		var p Person
		s, _ := fields[fieldJSON].(string)
		if err := json.Unmarshal([]byte(s), &p); err != nil {
			return fmt.Errorf("person %s: %w", id, err)
		}
		if strings.TrimSpace(p.Name) == "" {
			return nil
		}
		key, name := "", p.Name
		if k := nameKey(p.Name); p.Named && k != "" {
			key = reg.resolve(k)
			name = reg.name(key, p.Name)
		} else {
			key = "\x00" + p.Article + "\x00" + p.Name
		}
		a := byKey[key]
		if a == nil {
			a = &agg{PersonSummary: PersonSummary{Name: name}, roles: map[string]int{}, aliases: map[string]int{}}
			byKey[key] = a
			order = append(order, key)
		}
		a.Named = a.Named || p.Named
		a.Articles++
		a.Mentions += p.Mentions
		a.Quotes += p.Quotes
		for _, r := range p.Roles {
			a.roles[r]++
		}
		for _, al := range append([]string{p.Name}, p.Aliases...) {
			a.aliases[al]++
		}
		if p.Date != "" {
			if a.FirstSeen == "" || p.Date < a.FirstSeen {
				a.FirstSeen = p.Date
			}
			if p.Date > a.LastSeen {
				a.LastSeen = p.Date
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list people in %s: %w", ix.path, err)
	}
	want := words(role)
	out := make([]PersonSummary, 0, len(byKey))
	for _, k := range order {
		a := byKey[k]
		delete(a.aliases, a.Name)
		a.Roles = byCount(a.roles)
		a.Aliases = byCount(a.aliases)
		if len(want) > 0 && !hasWords(a.Roles, want) {
			continue
		}
		out = append(out, a.PersonSummary)
	}
	slices.SortFunc(out, func(a, b PersonSummary) int {
		// Past the name, for unnamed people of several articles, so that
		// the order does not hang on the order documents are read in.
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Name, b.Name),
			cmp.Compare(a.FirstSeen, b.FirstSeen), cmp.Compare(a.LastSeen, b.LastSeen), slices.Compare(a.Roles, b.Roles), slices.Compare(a.Aliases, b.Aliases))
	})
	return out, nil
}

// hasWords reports whether roles, together, have every word of want.
func hasWords(roles []string, want []string) bool {
	have := map[string]bool{}
	for _, r := range roles {
		for _, w := range words(r) {
			have[w] = true
		}
	}
	for _, w := range want {
		if !have[w] {
			return false
		}
	}
	return true
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
