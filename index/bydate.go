package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// A search in order of date reads the sort key of every quote it matches,
// which for a speaker of 20,000 quotes costs more than all else. When a
// first page is wanted of many matches, searchByDate counts them (and,
// apart, those of dated or of undated quotes, whichever are fewer: a
// speaker's quotes can be all of one), then searches the newest days (or
// oldest) a window at a time, with windows planned from the number of
// quotes of each day to hold a page's worth of matches, until the page is
// full: it reads the keys of those windows' matches only. The windows are
// ranges of fieldPos, so that a day with many matches is cut into ranges
// of its articles; since the sort keys are in the order of fieldPos, the
// hits of one window all come before the next window's, and the pages are
// the same as one search's.
//
// (Variables so that tests can search small indexes in windows.)
var (
	// windowedFrom is the fewest matches searched in windows: sorting
	// fewer costs less than a second search.
	windowedFrom uint64 = 2000
	// windowedUpTo is the deepest page searched in windows (Offset plus
	// Limit): windows are for first pages.
	windowedUpTo = 1000
	// windowedLeast is the fewest matches a window is planned for.
	windowedLeast = 32.0
	// searchedWindow, if set, is called with each window searched.
	searchedWindow func(lo, hi int64)
)

// inOrder returns a copy of days, in order of the search (newest first
// or oldest first, undated last in both) and where the undated begin.
func inOrder(days []dayCount, newest bool) ([]dayCount, int) {
	days = slices.Clone(days)
	undatedFrom := len(days)
	if undatedFrom > 0 && days[undatedFrom-1].num == undatedNum {
		undatedFrom--
	}
	if newest {
		slices.Reverse(days[:undatedFrom])
	}
	return days, undatedFrom
}

// dayCount is the number of quotes of one day, by number (see dateOrder).
type dayCount struct {
	num int64
	n   uint64
}

// dayCounts returns the number of quotes of each day, in order, undated
// last: the terms of fieldDay. It is loaded when first needed and
// forgotten with the registry when Add or Remove changes the index. The
// counts may include quotes removed since the last merge of the index:
// they only plan windows.
func (ix *Index) dayCounts() ([]dayCount, error) {
	ix.regMu.Lock()
	if d := ix.days; d != nil {
		ix.regMu.Unlock()
		return d, nil
	}
	gen := ix.regGen
	ix.regMu.Unlock()

	dict, err := ix.bleve.FieldDict(fieldDay)
	if err != nil {
		return nil, err
	}
	days := []dayCount{}
	for {
		e, err := dict.Next()
		if err != nil {
			dict.Close()
			return nil, err
		}
		if e == nil {
			break
		}
		if e.Term == dated {
			continue
		}
		num := int64(undatedNum)
		if e.Term != undated {
			t, err := time.Parse(time.DateOnly, e.Term)
			if err != nil {
				dict.Close()
				return nil, fmt.Errorf("day %q: %w", e.Term, err)
			}
			num = t.Unix()/86400 - day0
		}
		days = append(days, dayCount{num, e.Count})
	}
	if err := dict.Close(); err != nil {
		return nil, err
	}
	slices.SortFunc(days, func(a, b dayCount) int { return int(a.num - b.num) })

	ix.regMu.Lock()
	if ix.regGen == gen {
		ix.days = days
	}
	ix.regMu.Unlock()
	return days, nil
}

// searchByDate searches req, which q made and whose hits are in order of
// date, newest first or oldest first, in windows of days (see above) when
// that reads fewer sort keys, and in one search when not: for a page past
// windowedUpTo, with dates, which bound the matches already, or for fewer
// than windowedFrom matches. (Facets are counted apart: see columns.)
func (ix *Index) searchByDate(ctx context.Context, req *bleve.SearchRequest, q Query, newest bool) (*bleve.SearchResult, error) {
	start := time.Now()
	need := req.From + req.Size
	if need > windowedUpTo || !q.Since.IsZero() || !q.Before.IsZero() {
		return ix.bleve.SearchInContext(ctx, req)
	}
	days, err := ix.dayCounts()
	if err != nil {
		return nil, err
	}
	span := spanOf(days)
	days, undatedFrom := inOrder(days, newest)
	// The matches of dated and of undated quotes, counting those of the
	// part of fewer quotes: a speaker's quotes may be all of one. That
	// count runs beside the count of all matches, on another core.
	part := func(i int) int { // 0 dated, 1 undated
		if i < undatedFrom {
			return 0
		}
		return 1
	}
	var quotes [2]uint64
	for i, d := range days {
		quotes[part(i)] += d.n
	}
	split := undatedFrom < len(days) && undatedFrom > 0
	p, t := 0, dated
	if quotes[1] < quotes[0] {
		p, t = 1, undated
	}
	var partMatches uint64
	var partErr error
	counted := make(chan struct{})
	if split {
		go func() {
			defer close(counted)
			partMatches, partErr = ix.count(ctx, req, term(fieldDay, t))
		}()
	} else {
		close(counted)
	}
	total, err := ix.total(ctx, req, q)
	<-counted
	if err != nil {
		return nil, err
	}
	if partErr != nil {
		return nil, partErr
	}
	if total < windowedFrom {
		return ix.bleve.SearchInContext(ctx, req)
	}
	matches := [2]uint64{total, 0}
	if split {
		matches[p], matches[1-p] = partMatches, total-min(partMatches, total)
	} else if undatedFrom == 0 {
		matches = [2]uint64{0, total}
	}

	var hits search.DocumentMatchCollection
	window := func(lo, hi int64) error {
		if searchedWindow != nil {
			searchedWindow(lo, hi)
		}
		w := *req
		w.From, w.Size = 0, need-len(hits)
		w.Query = query.NewConjunctionQuery([]query.Query{req.Query, span.filter(lo, hi, req.Score != bleve.ScoreNone)})
		res, err := ix.bleve.SearchInContext(ctx, &w)
		if err == nil {
			hits = append(hits, res.Hits...)
		}
		return err
	}
	// Each window is planned to hold twice the hits still wanted, at the
	// density of matches of its part, and four times more than the last
	// if the last held too few, for matches not spread as the quotes are.
	grow, i := 1.0, 0
	if matches[0] == 0 {
		i = undatedFrom // no dated quote matches
	}
	for ; i < len(days) && len(hits) < need; grow *= 4 {
		if matches[part(i)] == 0 {
			break // no undated quote matches
		}
		density := float64(matches[part(i)]) / float64(max(quotes[part(i)], 1))
		target := max(2*float64(need-len(hits)), windowedLeast) * grow
		d := days[i]
		expect := float64(d.n) * density
		if expect > 2*target {
			// The day in ranges of its articles.
			parts := int64(math.Ceil(expect / target))
			for j := int64(0); j < parts && len(hits) < need; j++ {
				if err := window(d.num<<28+j<<28/parts, d.num<<28+(j+1)<<28/parts); err != nil {
					return nil, err
				}
			}
			i++
			continue
		}
		// Whole days: those next in order, of the same part.
		lo, hi := d.num, d.num
		for i++; i < len(days) && i != undatedFrom; i++ {
			e := float64(days[i].n) * density
			if expect+e > 2*target {
				break
			}
			expect += e
			lo, hi = min(lo, days[i].num), max(hi, days[i].num)
		}
		if err := window(lo<<28, (hi+1)<<28); err != nil {
			return nil, err
		}
	}
	if len(hits) < need && uint64(len(hits)) < total {
		// The days missed some: the index changed since they were counted.
		return ix.bleve.SearchInContext(ctx, req)
	}
	return &bleve.SearchResult{
		Total: total,
		Hits:  hits[min(req.From, len(hits)):min(need, len(hits))],
		Took:  time.Since(start),
	}, nil
}

// allByDate yields every match of req, which is sorted by date, newest or
// oldest first, from the skip+1st on. Paging through all matches with
// search-after, as All does in order of score, sorts every match again for
// each page: exporting a million quotes took minutes a page. It searches
// instead a window of days at a time (see searchByDate), each of about
// eachPage quotes or a part of one day, so that each match is sorted once
// and no window holds many more quotes than a page. A window is searched
// for as many hits as the days had quotes when counted, and again for all
// its matches if the index has more since.
func (ix *Index) allByDate(ctx context.Context, req *bleve.SearchRequest, reg *registry, newest bool, skip int, yield func(Hit, error) bool) {
	fail := func(err error) { yield(Hit{}, fmt.Errorf("search %s: %w", ix.path, err)) }
	days, err := ix.dayCounts()
	if err != nil {
		fail(err)
		return
	}
	span := spanOf(days)
	days, undatedFrom := inOrder(days, newest)
	// window yields the matches of the range [lo, hi) of fieldPos, of
	// which there were at most n; false if the iteration stopped.
	window := func(lo, hi int64, n uint64) bool {
		w := *req
		w.From, w.Size = 0, int(max(n, 1))
		w.Query = query.NewConjunctionQuery([]query.Query{req.Query, span.filter(lo, hi, req.Score != bleve.ScoreNone)})
		res, err := ix.bleve.SearchInContext(ctx, &w)
		if err == nil && res.Total > uint64(w.Size) {
			w.Size = int(res.Total)
			res, err = ix.bleve.SearchInContext(ctx, &w)
		}
		if err != nil {
			fail(err)
			return false
		}
		return ix.yieldHits(res.Hits, &skip, reg, yield)
	}
	page := uint64(eachPage)
	for i := 0; i < len(days); {
		d := days[i]
		if d.n > page {
			// The day in ranges of its articles.
			parts := int64((d.n + page - 1) / page)
			for j := int64(0); j < parts; j++ {
				if !window(d.num<<28+j<<28/parts, d.num<<28+(j+1)<<28/parts, d.n) {
					return
				}
			}
			i++
			continue
		}
		// Whole days: those next in order, dated or undated as the first.
		lo, hi, n := d.num, d.num, d.n
		for i++; i < len(days) && i != undatedFrom && n+days[i].n <= page; i++ {
			n += days[i].n
			lo, hi = min(lo, days[i].num), max(hi, days[i].num)
		}
		if !window(lo<<28, (hi+1)<<28, n) {
			return
		}
	}
}

// count counts the matches of req, and of filter too if not nil, without
// scoring or sorting them.
func (ix *Index) count(ctx context.Context, req *bleve.SearchRequest, filter query.Query) (uint64, error) {
	c := *req
	c.From, c.Size, c.Highlight, c.Fields = 0, 0, nil, nil
	c.Score = bleve.ScoreNone
	c.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}}) // no key to read
	if filter != nil {
		c.Query = query.NewConjunctionQuery([]query.Query{req.Query, filter})
	}
	res, err := ix.bleve.SearchInContext(ctx, &c)
	if err != nil {
		return 0, err
	}
	return res.Total, nil
}

// total counts the matches of req, which q made. A search by speaker
// alone is counted from the postings of its persons' terms (a quote has
// one, and a postings list knows its length without reading a document)
// and a search for its other speakers, which are few.
func (ix *Index) total(ctx context.Context, req *bleve.SearchRequest, q Query) (uint64, error) {
	if strings.TrimSpace(q.Text) != "" || q.Role != "" || q.Outlet != "" || q.Kind != "" || q.Article != "" ||
		!q.Since.IsZero() || !q.Before.IsZero() || strings.TrimSpace(q.Speaker) == "" {
		return ix.count(ctx, req, nil)
	}
	reg, err := ix.registry(ctx)
	if err != nil {
		return 0, err
	}
	persons, other := reg.speakerParts(q.Speaker)
	c := *req
	c.Query = other
	n, err := ix.count(ctx, &c, nil)
	if err != nil || len(persons) == 0 {
		return n, err
	}
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return 0, err
	}
	r, err := adv.Reader()
	if err != nil {
		return 0, err
	}
	defer r.Close()
	for _, p := range persons {
		tfr, err := r.TermFieldReader(ctx, []byte(p), fieldWho, false, false, false)
		if err != nil {
			return 0, err
		}
		n += tfr.Count()
		if err := tfr.Close(); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// daySpan is the first and last day with dated quotes, by number; first
// is -1 if there are none.
type daySpan struct{ first, last int64 }

// spanOf finds the span of days, in order, undated last.
func spanOf(days []dayCount) daySpan {
	s := daySpan{first: -1}
	for _, d := range days {
		if d.num != undatedNum {
			if s.first < 0 {
				s.first = d.num
			}
			s.last = d.num
		}
	}
	return s
}

// filter selects the quotes of the range [lo, hi) of fieldPos. A range
// that holds every dated quote, or every undated one, is the day term
// that marks them, one postings list; a numeric range is up to hundreds
// of terms, and a window over all the dated days of a speaker's quotes
// took most of the search's time.
func (s daySpan) filter(lo, hi int64, unscoredFilter bool) query.Query {
	var q query.Query
	switch {
	case s.first >= 0 && lo <= s.first<<28 && hi >= (s.last+1)<<28 && hi <= undatedNum<<28:
		q = term(fieldDay, dated)
	case lo == undatedNum<<28 && hi == (undatedNum+1)<<28:
		q = term(fieldDay, undated)
	default:
		return posRange(lo, hi, unscoredFilter)
	}
	if unscoredFilter {
		return unscored{q}
	}
	return q
}

// posRange selects the quotes whose fieldPos is in [lo, hi): unscored, for
// a scored search.
func posRange(lo, hi int64, unscoredFilter bool) query.Query {
	flo, fhi, yes, no := float64(lo), float64(hi), true, false
	r := query.NewNumericRangeInclusiveQuery(&flo, &fhi, &yes, &no)
	r.SetField(fieldPos)
	if unscoredFilter {
		return unscored{r}
	}
	return r
}
