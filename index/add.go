package index

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// batchSize is about how many documents Add writes at once: large enough to
// amortise a commit, small enough to bound memory. A batch is only cut
// between entries, so an article is always replaced in one commit.
const batchSize = 1000

// Add stores entries. Each entry replaces everything stored for an article
// with the same ID (its quotes, people and the article itself), and for an
// article with the same non-empty Source, so ingesting an article again
// never duplicates it, and quotes it no longer has are gone. If entries
// holds one article twice, the last one wins.
//
// Quotes and people with an empty Article get the entry's article ID,
// quotes with an empty Doc, Title, URL, Date or Outlet get the article's,
// and people the article's Date.
//
// A quote's speaker is a person, to be matched with people of other
// articles, when the entry's People has a named person of that Name;
// other speakers (organisations, unnamed speakers) are matched by name as
// written, and unnamed ones never across articles.
func (ix *Index) Add(ctx context.Context, entries ...Entry) error {
	if ix.readOnly {
		return fmt.Errorf("add to index %s: opened read-only", ix.path)
	}
	last := make(map[string]int, len(entries))
	lastSource := map[string]int{}
	for i, e := range entries {
		if err := check(e); err != nil {
			return err
		}
		last[e.Article.ID] = i
		if s := e.Article.Source; s != "" {
			lastSource[s] = i
		}
	}

	ix.mu.Lock()
	defer ix.mu.Unlock()
	defer ix.forget()
	b := ix.bleve.NewBatch()
	for i, e := range entries {
		if last[e.Article.ID] != i {
			continue
		}
		if s := e.Article.Source; s != "" && lastSource[s] != i {
			continue
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("add to index %s: %w", ix.path, err)
		}
		if err := ix.batchEntry(ctx, b, e); err != nil {
			return fmt.Errorf("add article %s: %w", e.Article.ID, err)
		}
		if b.Size() >= batchSize {
			if err := ix.bleve.Batch(b); err != nil {
				return fmt.Errorf("add article %s: %w", e.Article.ID, err)
			}
			b.Reset()
		}
	}
	if b.Size() > 0 {
		if err := ix.bleve.Batch(b); err != nil {
			return fmt.Errorf("add to index %s: %w", ix.path, err)
		}
	}
	return nil
}

// check rejects an entry that could not be replaced correctly later: every
// document of an article must carry its ID.
func check(e Entry) error {
	id := e.Article.ID
	if id == "" {
		return fmt.Errorf("add article from %q: article has no id", e.Article.Doc)
	}
	for _, q := range e.Quotes {
		if q.ID == "" {
			return fmt.Errorf("add article %s: quote at %d has no id", id, q.Start)
		}
		if q.Article != "" && q.Article != id {
			return fmt.Errorf("add article %s: quote %s belongs to article %s", id, q.ID, q.Article)
		}
	}
	for _, p := range e.People {
		if p.Article != "" && p.Article != id {
			return fmt.Errorf("add article %s: person %q belongs to article %s", id, p.Name, p.Article)
		}
	}
	return nil
}

// batchEntry adds to b the deletion of the article's stored documents and
// the indexing of its new ones. Deleting first and indexing after is safe
// for ids that are kept: in a batch the last operation on an id wins.
func (ix *Index) batchEntry(ctx context.Context, b *bleve.Batch, e Entry) error {
	a := e.Article
	articles := []string{a.ID}
	if a.Source != "" {
		same, err := ix.articleIDsFrom(ctx, "source", a.Source)
		if err != nil {
			return fmt.Errorf("find stored articles: %w", err)
		}
		articles = append(articles, same...)
	}
	for _, id := range articles {
		old, err := ix.articleDocIDs(ctx, id)
		if err != nil {
			return fmt.Errorf("find stored documents: %w", err)
		}
		for _, id := range old {
			b.Delete(id)
		}
	}
	persons := map[string]bool{}
	for _, p := range e.People {
		if p.Named {
			persons[p.Name] = true
		}
	}
	for _, q := range e.Quotes {
		q.Article = a.ID
		q.Doc = or(q.Doc, a.Doc)
		q.Title = or(q.Title, a.Title)
		q.URL = or(q.URL, a.URL)
		q.Date = or(q.Date, a.Date)
		q.Outlet = or(q.Outlet, a.Outlet)
		q.Person = ""
		if !q.Anonymous && persons[q.Speaker] {
			q.Person = q.Speaker
		}
		d, err := newQuoteDoc(q)
		if err == nil {
			err = ix.batchQuote(b, q.ID, d)
		}
		if err != nil {
			return fmt.Errorf("quote %s: %w", q.ID, err)
		}
	}
	for n, p := range e.People {
		p.Article = a.ID
		p.Doc = or(p.Doc, a.Doc)
		p.Date = or(p.Date, a.Date)
		d, err := newPersonDoc(p)
		if err == nil {
			err = b.Index(personID(a.ID, n), d)
		}
		if err != nil {
			return fmt.Errorf("person %q: %w", p.Name, err)
		}
	}
	d, err := newArticleDoc(a)
	if err == nil {
		err = b.Index(articleID(a.ID), d)
	}
	return err
}

// batchQuote adds to b the indexing of quote document d: what the mapping
// makes of it, and the fields the mapping cannot make (see
// addedFieldOptions): the keys it is sorted by in order of date, and the
// values facets count.
func (ix *Index) batchQuote(b *bleve.Batch, id string, d quoteDoc) error {
	doc := document.NewDocument(id)
	if err := ix.bleve.Mapping().MapDocument(doc, d); err != nil {
		return err
	}
	added := func(field, value string) {
		doc.AddField(document.NewTextFieldWithIndexingOptions(field, nil, []byte(value), addedFieldOptions))
	}
	added(fieldNewest, d.order.newest)
	added(fieldOldest, d.order.oldest)
	for _, fv := range []struct {
		facet  string
		values []string
	}{{FacetSpeaker, d.Who}, {FacetRole, []string{d.Role}}, {FacetOutlet, d.Outlet}, {FacetKind, []string{d.Kind}}} {
		for _, v := range fv.values {
			if v != "" { // counted as missing
				added(facetField(fv.facet), v)
			}
		}
	}
	return b.IndexAdvanced(doc)
}

// articleDocIDs returns the ids of every document stored for an article:
// all three types carry the article id in the keyword field "article".
func (ix *Index) articleDocIDs(ctx context.Context, article string) ([]string, error) {
	q := query.NewTermQuery(article)
	q.SetField("article")
	var ids []string
	err := ix.each(ctx, q, nil, func(id string, _ map[string]interface{}) error {
		ids = append(ids, id)
		return nil
	})
	slices.Sort(ids)
	return ids, err
}

// articleIDsFrom returns the IDs of the stored articles whose keyword
// field is value.
func (ix *Index) articleIDsFrom(ctx context.Context, field, value string) ([]string, error) {
	q := query.NewConjunctionQuery([]query.Query{term("type", typeArticle), term(field, value)})
	var ids []string
	err := ix.each(ctx, q, nil, func(id string, _ map[string]interface{}) error {
		ids = append(ids, strings.TrimPrefix(id, "a/"))
		return nil
	})
	slices.Sort(ids)
	return ids, err
}

// Remove deletes articles, by ID, with everything stored for them: their
// quotes and people. It returns the IDs it found and removed, in the order
// given; an ID the index does not hold is left out, and is no error.
func (ix *Index) Remove(ctx context.Context, ids ...string) ([]string, error) {
	if ix.readOnly {
		return nil, fmt.Errorf("remove from index %s: opened read-only", ix.path)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	defer ix.forget()
	b := ix.bleve.NewBatch()
	var removed []string
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		docs, err := ix.articleDocIDs(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("remove article %s: %w", id, err)
		}
		found := false
		for _, d := range docs {
			found = found || d == articleID(id)
			b.Delete(d)
		}
		if found {
			removed = append(removed, id)
		}
	}
	if b.Size() > 0 {
		if err := ix.bleve.Batch(b); err != nil {
			return nil, fmt.Errorf("remove from index %s: %w", ix.path, err)
		}
	}
	return removed, nil
}

// ArticlesFrom returns the stored articles whose Doc or Source is doc: how
// to find an article by the file it was read from. Their Text is left
// out.
func (ix *Index) ArticlesFrom(ctx context.Context, doc string) ([]Article, error) {
	q := query.NewConjunctionQuery([]query.Query{term("type", typeArticle),
		query.NewDisjunctionQuery([]query.Query{term("doc", doc), term("source", doc)})})
	var out []Article
	err := ix.each(ctx, q, []string{fieldJSON}, func(id string, fields map[string]interface{}) error {
		var a Article
		s, _ := fields[fieldJSON].(string)
		if err := json.Unmarshal([]byte(s), &a); err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		a.Text = ""
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find articles from %s: %w", doc, err)
	}
	slices.SortFunc(out, func(a, b Article) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// eachPage is how many hits All pages through at a time; a
// variable so that tests can make pages small.
var eachPage = 1000

// each calls fn for every document matching q, in the order of one
// snapshot of the index, with the stored fields asked for, as strings. It
// reads each match once: paging with search-after, as it did, searched
// every match again for each page and read its ID to sort it, which made
// listing the 300,000 people of an index of a million quotes take two
// minutes.
func (ix *Index) each(ctx context.Context, q query.Query, fields []string, fn func(id string, fields map[string]interface{}) error) (err error) {
	snap, err := ix.snapshot()
	if err != nil {
		return err
	}
	defer func() {
		if cerr := snap.Close(); err == nil {
			err = cerr
		}
	}()
	segs := segmentsOf(snap)
	s, err := q.Searcher(ctx, snap, ix.bleve.Mapping(), search.SearcherOptions{Score: bleve.ScoreNone})
	if err != nil {
		return err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		dm, err := s.Next(sctx)
		if err != nil || dm == nil {
			return err
		}
		seg, num, err := segs.locate(docNumber(dm.IndexInternalID))
		sctx.DocumentMatchPool.Put(dm)
		if err != nil {
			return err
		}
		var stored map[string]interface{}
		if len(fields) > 0 {
			stored = map[string]interface{}{}
			// Every field is visited: a visitor that stops at the ID
			// makes zapx put its buffers in their pool twice.
			err = seg.VisitStoredFields(num, func(field string, _ byte, value []byte, _ []uint64) bool {
				if slices.Contains(fields, field) {
					stored[field] = string(value)
				}
				return true
			})
		}
		var id []byte
		if err == nil {
			id, err = seg.DocID(num)
		}
		if err != nil {
			return fmt.Errorf("read document %d: %w", num, err)
		}
		if err := fn(string(id), stored); err != nil {
			return err
		}
	}
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
