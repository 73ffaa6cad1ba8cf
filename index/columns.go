package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facets count every match of a search by the value of a field. bleve
// counts them by reading the field's doc values for each match, which on
// an index of a million quotes costs about 0.5 µs a match, most of it
// waiting on memory: the offset of the document's value, then the value,
// each somewhere in a file of gigabytes. A word that matches 10,000 quotes
// then takes 5 ms to count by speaker, twice as long as finding its best
// hits.
//
// columns instead holds each facet field as a column: the number of every
// document's value, in an array indexed by the document's number in one
// snapshot of the index (4 bytes a document: 7 MB for an index of a
// million quotes), read from the field's postings when a search first
// asks for the facet and kept until Add or Remove changes the index.
// Counting is then one read of that array a match. It is what search
// engines call global ordinals. The matches are found again in the
// column's snapshot, on another core than the search for the page of hits.
//
// Reading the speaker column of a million quotes takes about 80 ms; the
// first search reads it while it loads the index's people, which takes
// longer, so that a one-search process such as `whosaid search --facet`
// is about 20 ms slower, and every later search of a long-lived one
// saves about 3 ms for every 10,000 matches.
type columns struct {
	reader *scorch.IndexSnapshot
	// refs counts the searches using reader, and stale is set once the
	// index changed; the last search to let go of a stale reader closes
	// it. Both are guarded by Index.colMu.
	refs  int
	stale bool

	mu    sync.Mutex         // guards built
	built map[string]*column // by facet field
}

// column is one facet field of every document of a snapshot.
type column struct {
	terms []string // value number - 1 → the term
	// values holds each document's value number: 0 for none, severalValues
	// for documents with more than one, whose numbers are in several.
	values  []uint32
	several map[uint64][]uint32
}

const severalValues = ^uint32(0)

// acquireColumns returns the index's columns, opening a snapshot for them
// if the index has none since it last changed. Let go of them with
// releaseColumns.
func (ix *Index) acquireColumns() (*columns, error) {
	ix.colMu.Lock()
	defer ix.colMu.Unlock()
	if ix.cols == nil {
		snap, err := ix.snapshot()
		if err != nil {
			return nil, err
		}
		ix.cols = &columns{reader: snap, built: map[string]*column{}}
	}
	ix.cols.refs++
	return ix.cols, nil
}

// releaseColumns lets go of c, closing its snapshot if the index changed
// and no search uses it any more.
func (ix *Index) releaseColumns(c *columns) error {
	ix.colMu.Lock()
	defer ix.colMu.Unlock()
	c.refs--
	if c.stale && c.refs == 0 {
		return c.reader.Close()
	}
	return nil
}

// dropColumns forgets the columns after the index changed; their snapshot
// is closed now or by the last search using it.
func (ix *Index) dropColumns() error {
	ix.colMu.Lock()
	defer ix.colMu.Unlock()
	c := ix.cols
	if c == nil {
		return nil
	}
	ix.cols = nil
	c.stale = true
	if c.refs == 0 {
		return c.reader.Close()
	}
	return nil
}

// column returns the column of field, reading it first if no search has
// asked for it since the index last changed. Searches asking for the same
// new column wait for one to read it.
func (c *columns) column(field string) (*column, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if col := c.built[field]; col != nil {
		return col, nil
	}
	col, err := readColumn(c.reader, field)
	if err != nil {
		return nil, fmt.Errorf("read the values of %s: %w", field, err)
	}
	c.built[field] = col
	return col, nil
}

// readColumn reads field's column from its postings, segment by segment.
func readColumn(snap *scorch.IndexSnapshot, field string) (*column, error) {
	segs := segmentsOf(snap)
	col := &column{values: make([]uint32, segs.size), several: map[uint64][]uint32{}}
	numbers := map[string]uint32{}
	var (
		postings segment.PostingsList
		iter     segment.PostingsIterator
	)
	for i, s := range segs.segs {
		seg := s.Segment()
		dict, err := seg.Dictionary(field)
		if err != nil {
			return nil, err
		}
		terms := dict.AutomatonIterator(nil, nil, nil)
		for {
			entry, err := terms.Next()
			if err != nil {
				return nil, err
			}
			if entry == nil {
				break
			}
			n, ok := numbers[entry.Term]
			if !ok {
				col.terms = append(col.terms, entry.Term)
				n = uint32(len(col.terms))
				numbers[entry.Term] = n
			}
			postings, err = dict.PostingsList([]byte(entry.Term), s.Deleted(), postings)
			if err != nil {
				return nil, err
			}
			iter = postings.Iterator(false, false, false, iter)
			for {
				p, err := iter.Next()
				if err != nil {
					return nil, err
				}
				if p == nil {
					break
				}
				col.add(segs.first[i]+p.Number(), n)
			}
		}
	}
	return col, nil
}

func (col *column) add(doc uint64, n uint32) {
	switch col.values[doc] {
	case 0:
		col.values[doc] = n
	case severalValues:
		col.several[doc] = append(col.several[doc], n)
	default:
		col.several[doc] = []uint32{col.values[doc], n}
		col.values[doc] = severalValues
	}
}

// readColumns reads the columns of fields that are not read yet, so that
// a search can read them while it does something else. An error is left
// for the search that needs the column to meet again.
func (ix *Index) readColumns(fields []string) {
	c, err := ix.acquireColumns()
	if err != nil {
		return
	}
	for _, f := range fields {
		if _, err := c.column(f); err != nil {
			break
		}
	}
	_ = ix.releaseColumns(c)
}

// termCount is a facet's term and the matches that have it.
type termCount struct {
	term  string
	count int
}

// fieldCounts are the matches of a search counted by the terms of one
// field: those with each term, and those with none.
type fieldCounts struct {
	terms   []termCount
	missing int
}

// countFacets counts the matches of q in the columns' snapshot by the
// terms of each of fields, and returns the number of matches and their
// counts for each field, in the order of fields.
func (ix *Index) countFacets(ctx context.Context, q query.Query, m mapping.IndexMapping, fields []string) (uint64, []fieldCounts, error) {
	c, err := ix.acquireColumns()
	if err != nil {
		return 0, nil, err
	}
	total, counts, err := ix.countIn(ctx, c, q, m, fields)
	if rerr := ix.releaseColumns(c); err == nil && rerr != nil {
		err = rerr
	}
	return total, counts, err
}

func (ix *Index) countIn(ctx context.Context, c *columns, q query.Query, m mapping.IndexMapping, fields []string) (uint64, []fieldCounts, error) {
	cols := make([]*column, len(fields))
	perValue := make([][]int, len(fields))
	for i, f := range fields {
		col, err := c.column(f)
		if err != nil {
			return 0, nil, err
		}
		cols[i], perValue[i] = col, make([]int, len(col.terms)+1)
	}
	s, err := q.Searcher(ctx, c.reader, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return 0, nil, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	var total uint64
	for {
		if total%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, nil, err
			}
		}
		dm, err := s.Next(sctx)
		if err != nil {
			return 0, nil, err
		}
		if dm == nil {
			break
		}
		total++
		doc := docNumber(dm.IndexInternalID)
		for i, col := range cols {
			if doc >= uint64(len(col.values)) {
				return 0, nil, fmt.Errorf("document %d past the %d of the snapshot", doc, len(col.values))
			}
			switch n := col.values[doc]; n {
			case severalValues:
				for _, n := range col.several[doc] {
					perValue[i][n]++
				}
			default:
				perValue[i][n]++
			}
		}
		sctx.DocumentMatchPool.Put(dm)
	}
	out := make([]fieldCounts, len(fields))
	for i, col := range cols {
		out[i].missing = perValue[i][0]
		for n, count := range perValue[i][1:] {
			if count > 0 {
				out[i].terms = append(out[i].terms, termCount{col.terms[n], count})
			}
		}
	}
	return total, out, nil
}

// docNumber is the document number scorch puts in a match's internal ID.
func docNumber(id bleveindex.IndexInternalID) uint64 {
	return binary.BigEndian.Uint64(id)
}
