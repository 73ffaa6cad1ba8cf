package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// batchSize is about how many documents Add writes at once: large enough to
// amortise a commit, small enough to bound memory. A batch is only cut
// between entries, so an article is always replaced in one commit.
const batchSize = 1000

// Add stores entries. Each entry replaces everything stored for an article
// with the same ID (its quotes, people and the article itself), so ingesting
// an article again never duplicates it, and quotes it no longer has are
// gone. If entries holds one article twice, the last one wins.
//
// Quotes and people with an empty Article get the entry's article ID, and
// quotes with an empty Doc, Title, URL or Date get the article's.
func (ix *Index) Add(ctx context.Context, entries ...Entry) error {
	if ix.readOnly {
		return fmt.Errorf("add to index %s: opened read-only", ix.path)
	}
	last := make(map[string]int, len(entries))
	for i, e := range entries {
		if err := check(e); err != nil {
			return err
		}
		last[e.Article.ID] = i
	}

	ix.mu.Lock()
	defer ix.mu.Unlock()
	b := ix.bleve.NewBatch()
	for i, e := range entries {
		if last[e.Article.ID] != i {
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
	old, err := ix.articleDocIDs(ctx, a.ID)
	if err != nil {
		return fmt.Errorf("find stored documents: %w", err)
	}
	for _, id := range old {
		b.Delete(id)
	}
	for _, q := range e.Quotes {
		q.Article = a.ID
		q.Doc = or(q.Doc, a.Doc)
		q.Title = or(q.Title, a.Title)
		q.URL = or(q.URL, a.URL)
		q.Date = or(q.Date, a.Date)
		d, err := newQuoteDoc(q)
		if err == nil {
			err = b.Index(q.ID, d)
		}
		if err != nil {
			return fmt.Errorf("quote %s: %w", q.ID, err)
		}
	}
	for n, p := range e.People {
		p.Article = a.ID
		p.Doc = or(p.Doc, a.Doc)
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
	return ids, err
}

// eachPage is how many hits each pages through at a time.
const eachPage = 1000

// each calls fn for every document matching q, in id order, with the
// stored fields asked for. It pages with search-after, so a long listing
// costs no more per page than a short one.
func (ix *Index) each(ctx context.Context, q query.Query, fields []string, fn func(id string, fields map[string]interface{}) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, eachPage, 0, false)
		req.Fields = fields
		req.SortBy([]string{"_id"})
		req.SearchAfter = after
		res, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := fn(h.ID, h.Fields); err != nil {
				return err
			}
		}
		if len(res.Hits) < eachPage {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
