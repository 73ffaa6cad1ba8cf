package index

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveregistry "github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight/format/plain"
	simplefragmenter "github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simplehighlighter "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	vregexp "github.com/blevesearch/vellum/regexp"
)

// MarkStart and MarkEnd wrap each matched word in Hit.Fragments. They are
// the ASCII control characters STX and ETX, which news text does not
// contain, so a caller can turn them into terminal colours, brackets or
// HTML with Mark, and nothing else in the text is escaped or changed.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

// Mark returns fragment with MarkStart and MarkEnd replaced by start and end:
// Mark(f, "[", "]") or Mark(f, "\x1b[1m", "\x1b[0m").
func Mark(fragment, start, end string) string {
	return strings.NewReplacer(MarkStart, start, MarkEnd, end).Replace(fragment)
}

// DefaultLimit is the number of hits Search returns when Query.Limit is 0.
const DefaultLimit = 20

// Orders for Query.Sort.
const (
	// SortScore is best match first: the default with Query.Text. Hits
	// that score the same come in the index's order, which stays the same
	// while the index is unchanged, so that pages of one search neither
	// repeat nor skip a hit; adding or removing articles can reorder them.
	SortScore = "score"
	// SortDate is newest article first, and within an article the order
	// of the text: the default without Query.Text. Articles of the same
	// date come in a fixed order (of a hash of their IDs); undated ones
	// last.
	SortDate = "date"
	// SortOldest is oldest article first, then the order of the text, as
	// SortDate.
	SortOldest = "oldest"
)

// Sorts are the values Query.Sort takes.
var Sorts = []string{SortScore, SortDate, SortOldest}

// Facets Query.Facets can ask for.
const (
	// FacetSpeaker counts quotes by speaker: by person across articles
	// (see Quote.Person), and organisations by name; unnamed and unknown
	// speakers are counted as Missing.
	FacetSpeaker = "speaker"
	// FacetRole counts quotes by the speaker's role as written.
	FacetRole = "role"
	// FacetOutlet counts quotes by the outlet of their article.
	FacetOutlet = "outlet"
	// FacetKind counts quotes by kind.
	FacetKind = "kind"
)

// FacetFields are the values Query.Facets takes.
var FacetFields = []string{FacetSpeaker, FacetRole, FacetOutlet, FacetKind}

// Query selects quotes. Its fields combine with AND; empty fields select
// everything.
type Query struct {
	// Text is a bleve query string over the quote text. Unlike bleve's
	// default, every word and "phrase" is required; -word excludes; OR
	// between words gives alternatives ("sanctions OR tariffs"); field:value
	// searches another field: speaker, role, outlet and cue by words, like
	// the fields of the same names below; kind, article and doc exactly;
	// date:>"2024-01-01"; confidence:>0.8. Words are stemmed English:
	// "sanction" finds "sanctions". A Text made only of stop words ("the")
	// matches nothing. Parentheses do not group, and are refused rather
	// than ignored, as is a field the index does not have (QueryFields); a
	// colon that is not a field's, as in a URL, is written \:.
	Text string
	// Speaker selects the quotes of every speaker whose name contains all
	// these words, ignoring case, accents, titles and middle initials, with
	// a person's name across articles (see Quote.Person): "Putin" and
	// "Vladimir Putin" both select Vladimir Putin's quotes, including those
	// of articles that say only "Putin" when the index knows one Putin.
	Speaker string
	// Role matches the speaker's role by words, ignoring case and accents.
	Role string
	// Outlet matches the article's outlet by words.
	Outlet string
	// Kind is exactly "direct", "partial" or "indirect".
	Kind string
	// Article is an exact article ID.
	Article string
	// Since and Before select quotes of articles dated on or after Since
	// and before Before; a zero time leaves that end open. Undated
	// articles are left out when either is set.
	Since, Before time.Time
	// Sort is one of Sorts; empty means SortScore with Text, else SortDate.
	Sort string
	// Facets are the counts to make of every matching quote, from
	// FacetFields.
	Facets []string
	// Limit is the most hits to return, DefaultLimit if 0; Offset skips
	// that many first, for paging.
	Limit  int
	Offset int
}

// Hit is one quote found.
type Hit struct {
	Quote Quote
	// Score is how well the quote matches Query.Text; without Text it is
	// 0 unless the hits are in order of score.
	Score float64
	// Fragments is the quote text around the best match (all of it for a
	// quote under 300 characters, else a window with "…" where it was cut), with
	// each matched word between MarkStart and MarkEnd. It is empty when
	// Query.Text is.
	Fragments []string
}

// Results is one page of hits.
type Results struct {
	// Total counts every matching quote, not just this page.
	Total uint64
	Hits  []Hit
	// Facets holds the counts Query.Facets asked for, by name.
	Facets map[string]Facet
	Took   time.Duration
}

// Facet is the matching quotes counted by the values of one field.
type Facet struct {
	// Values are every value with its count, most first, then by value.
	Values []FacetCount
	// Missing counts the quotes without a value: for FacetSpeaker those of
	// unnamed or unknown speakers, for FacetRole and FacetOutlet those
	// whose speaker or article has none.
	Missing int
}

// FacetCount is one value of a facet and its number of quotes.
type FacetCount struct {
	Value string
	Count int
}

// Search finds quotes, ordered as Query.Sort says.
//
// A Text bleve cannot parse gives an error matching ErrBadQuery, whose
// message is one line starting "bad query: "; so does an unknown Sort or
// facet.
func (ix *Index) Search(ctx context.Context, q Query) (*Results, error) {
	fields := make([]string, len(q.Facets))
	for i, f := range q.Facets {
		switch f {
		case FacetSpeaker, FacetRole, FacetOutlet, FacetKind:
			fields[i] = facetField(f)
		default:
			return nil, badQuery(fmt.Sprintf("no facet %q: want one of %s", f, strings.Join(FacetFields, ", ")))
		}
	}
	if len(fields) > 0 {
		// Facets are counted from their columns, which are read, the
		// first time, while the people are loaded.
		ix.reading.Go(func() { ix.readColumns(fields) })
	}
	reg, err := ix.registry(ctx)
	if err != nil {
		return nil, fmt.Errorf("search %s: %w", ix.path, err)
	}
	req, err := ix.request(q, reg)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	req.Size, req.From = limit, max(q.Offset, 0)
	// Facets are counted on another core than the search for the page of
	// hits.
	var (
		matches   uint64
		counts    []fieldCounts
		facetsErr error
	)
	counted := make(chan struct{})
	if len(fields) > 0 {
		go func() {
			defer close(counted)
			matches, counts, facetsErr = ix.countFacets(ctx, req.Query, ix.bleve.Mapping(), fields)
		}()
	} else {
		close(counted)
	}
	var res *bleve.SearchResult
	if s := q.sort(); s == SortDate || s == SortOldest {
		res, err = ix.searchByDate(ctx, req, q, s == SortDate)
	} else {
		res, err = ix.bleve.SearchInContext(ctx, req)
	}
	<-counted
	if err == nil {
		err = facetsErr
	}
	if err != nil {
		return nil, fmt.Errorf("search %s: %w", ix.path, err)
	}
	out := &Results{Total: res.Total, Took: res.Took, Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		hit, err := decodeHit(h, reg)
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", ix.path, err)
		}
		out.Hits = append(out.Hits, hit)
	}
	if len(q.Facets) > 0 {
		out.Facets = map[string]Facet{}
		for i, f := range q.Facets {
			out.Facets[f] = facet(f, counts[i], matches, reg)
		}
	}
	return out, nil
}

// All returns every quote q selects, in q's order, from q.Offset on and
// ignoring q.Limit; it reads the index a window of days at a time (see
// allByDate), or in order of score a page at a time, so that exporting a
// large index takes little memory. q.Facets is ignored. Stop iterating to
// stop reading; an error ends the sequence.
func (ix *Index) All(ctx context.Context, q Query) iter.Seq2[Hit, error] {
	return func(yield func(Hit, error) bool) {
		reg, err := ix.registry(ctx)
		if err != nil {
			yield(Hit{}, fmt.Errorf("search %s: %w", ix.path, err))
			return
		}
		req, err := ix.request(q, reg)
		if err != nil {
			yield(Hit{}, err)
			return
		}
		skip := max(q.Offset, 0)
		if s := q.sort(); s == SortDate || s == SortOldest {
			ix.allByDate(ctx, req, reg, s == SortDate, skip, yield)
			return
		}
		req.Size = eachPage
		// bleve pages by the sort values of the last hit, but not by
		// score, whose value it does not give: pages by score are counted.
		byScore := len(req.Sort) > 0 && req.Sort[0].RequiresScoring()
		if byScore {
			req.From, skip = skip, 0
		}
		for {
			res, err := ix.bleve.SearchInContext(ctx, req)
			if err != nil {
				yield(Hit{}, fmt.Errorf("search %s: %w", ix.path, err))
				return
			}
			if !ix.yieldHits(res.Hits, &skip, reg, yield) {
				return
			}
			if len(res.Hits) < req.Size {
				return
			}
			if byScore {
				req.From += len(res.Hits)
			} else {
				req.SearchAfter = res.Hits[len(res.Hits)-1].Sort
			}
		}
	}
}

// sort is q's order: q.Sort, or by default SortScore with text and
// SortDate without.
func (q Query) sort() string {
	switch {
	case q.Sort != "":
		return q.Sort
	case strings.TrimSpace(q.Text) != "":
		return SortScore
	}
	return SortDate
}

// request builds the search request for q, without its page.
func (ix *Index) request(q Query, reg *registry) (*bleve.SearchRequest, error) {
	text := strings.TrimSpace(q.Text) != ""
	sort := q.sort()
	var by search.SortOrder
	switch sort {
	case SortScore:
		// Ties come in the index's order: ordering them by ID would read
		// every match's ID.
		by = search.SortOrder{&search.SortScore{Desc: true}}
	case SortDate:
		by = search.SortOrder{&search.SortField{Field: fieldNewest, Type: search.SortFieldAsString}}
	case SortOldest:
		by = search.SortOrder{&search.SortField{Field: fieldOldest, Type: search.SortFieldAsString}}
	default:
		return nil, badQuery(fmt.Sprintf("no sort %q: want one of %s", q.Sort, strings.Join(Sorts, ", ")))
	}
	bq, err := q.bleveQuery(reg, ix.bleve.Mapping())
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bq, DefaultLimit, 0, false)
	req.SortByCustom(by)
	// Without text and in order of date, scores would be computed for
	// nothing.
	if !text && sort != SortScore {
		req.Score = bleve.ScoreNone
	}
	req.Fields = []string{fieldJSON, "text"}
	if text {
		if err := defineHighlighter(); err != nil {
			return nil, fmt.Errorf("search %s: %w", ix.path, err)
		}
		req.Highlight = bleve.NewHighlightWithStyle(highlighterName)
		req.Highlight.AddField("text")
	}
	return req, nil
}

// decodeHit makes a Hit of a bleve hit, naming its speaker's person.
func decodeHit(h *search.DocumentMatch, reg *registry) (Hit, error) {
	quote, err := decodeQuote(h.Fields)
	if err != nil {
		return Hit{}, fmt.Errorf("quote %s: %w", h.ID, err)
	}
	reg.fill(&quote)
	return Hit{Quote: quote, Score: h.Score, Fragments: h.Fragments["text"]}, nil
}

// yieldHits yields hits as All's Hits, past the first *skip of them, which
// it counts down; false once the iteration stopped or failed.
func (ix *Index) yieldHits(hits search.DocumentMatchCollection, skip *int, reg *registry, yield func(Hit, error) bool) bool {
	for _, h := range hits {
		if *skip > 0 {
			*skip--
			continue
		}
		hit, err := decodeHit(h, reg)
		if err != nil {
			yield(Hit{}, fmt.Errorf("search %s: %w", ix.path, err))
			return false
		}
		if !yield(hit, nil) {
			return false
		}
	}
	return true
}

// decodeQuote rebuilds a Quote from its stored fields: the record as JSON,
// and the text, which is stored apart for highlighting.
func decodeQuote(fields map[string]interface{}) (Quote, error) {
	var q Quote
	s, _ := fields[fieldJSON].(string)
	if err := json.Unmarshal([]byte(s), &q); err != nil {
		return Quote{}, err
	}
	q.Text, _ = fields["text"].(string)
	return q, nil
}

// facet turns the counts of facet f's field over matches matches into a
// Facet. Speakers are counted by person: the keys of bare surnames are
// resolved, and the counts of keys that are one person added up.
func facet(f string, fc fieldCounts, matches uint64, reg *registry) Facet {
	out := Facet{Missing: fc.missing}
	counts := map[string]int{}
	for _, t := range fc.terms {
		v := t.term
		switch {
		case f == FacetSpeaker && strings.HasPrefix(v, whoPerson):
			key := reg.resolve(strings.TrimPrefix(v, whoPerson))
			v = reg.name(key, key)
		case f == FacetSpeaker:
			v = strings.TrimPrefix(v, whoOther)
		}
		if v == "" {
			out.Missing += t.count
			continue
		}
		counts[v] += t.count
	}
	if f == FacetSpeaker {
		// Every quote of a person or an organisation has a value; the
		// others are unnamed or unknown.
		named := 0
		for _, c := range counts {
			named += c
		}
		out.Missing = int(matches) - named
	}
	for v, c := range counts {
		out.Values = append(out.Values, FacetCount{Value: v, Count: c})
	}
	slices.SortFunc(out.Values, func(a, b FacetCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Value, b.Value))
	})
	return out
}

// bleveQuery builds one conjunction: the text query, then the filters.
// With text the filters are unscored, so that they select without
// changing the ranking (a conjunction, rather than a boolean query's filter
// clause, keeps a text of only stop words from matching everything);
// without text they are scored as the request is. The filter on the type,
// which every quote passes, is left out when another clause already
// matches quotes only.
func (q Query) bleveQuery(reg *registry, m mapping.IndexMapping) (query.Query, error) {
	var conj []query.Query
	text := strings.TrimSpace(q.Text)
	if text != "" {
		tq, err := parseText(text)
		if err != nil {
			return nil, err
		}
		conj = append(conj, rewriteFields(tq, reg))
	}
	var filters []query.Query
	if s := strings.TrimSpace(q.Speaker); s != "" {
		filters = append(filters, reg.speakerQuery(s))
	}
	if s := strings.TrimSpace(q.Role); s != "" {
		filters = append(filters, allWords(fieldRoleWords, s))
	}
	if s := strings.TrimSpace(q.Outlet); s != "" {
		filters = append(filters, allWords(fieldOutletWords, s))
	}
	if q.Kind != "" {
		filters = append(filters, term("kind", q.Kind))
	}
	if q.Article != "" {
		filters = append(filters, term("article", q.Article))
	}
	if !q.Since.IsZero() || !q.Before.IsZero() {
		if !q.Since.IsZero() && !q.Before.IsZero() && !q.Since.Before(q.Before) {
			return nil, badQuery(fmt.Sprintf("the dates select nothing: since %s is not before %s",
				q.Since.Format(time.DateOnly), q.Before.Format(time.DateOnly)))
		}
		yes, no := true, false
		dq := query.NewDateRangeInclusiveQuery(q.Since, q.Before, &yes, &no)
		dq.SetField("date")
		filters = append(filters, dq)
	}
	// The outer conjunction is not a query string's: a clause of it that
	// matches nothing makes it match nothing, so one clause of quotes only
	// is enough.
	if !slices.ContainsFunc(slices.Concat(conj, filters), func(c query.Query) bool { return quotesOnly(c, m) }) {
		filters = append(filters, term("type", typeQuote))
	}
	for _, f := range filters {
		if text != "" {
			f = unscored{f}
		}
		conj = append(conj, f)
	}
	return query.NewConjunctionQuery(conj), nil
}

// rewriteFields gives the fields of a query string the meaning the Query
// fields of the same names have: speaker (and person) by person across
// articles, role, outlet and cue by words, kind ignoring case. Other
// fields, and wildcards or regular expressions on these, are bleve's.
func rewriteFields(q query.Query, reg *registry) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil {
			q.Must = rewriteFields(q.Must, reg)
		}
		if q.Should != nil {
			q.Should = rewriteFields(q.Should, reg)
		}
		if q.MustNot != nil {
			q.MustNot = rewriteFields(q.MustNot, reg)
		}
	case *query.ConjunctionQuery:
		for i, c := range q.Conjuncts {
			q.Conjuncts[i] = rewriteFields(c, reg)
		}
	case *query.DisjunctionQuery:
		for i, d := range q.Disjuncts {
			q.Disjuncts[i] = rewriteFields(d, reg)
		}
	case *query.MatchQuery:
		if q.Fuzziness == 0 {
			if r := fieldQuery(q.FieldVal, q.Match, reg); r != nil {
				return r
			}
		}
	case *query.MatchPhraseQuery:
		if r := fieldQuery(q.FieldVal, q.MatchPhrase, reg); r != nil {
			return r
		}
	}
	return q
}

func fieldQuery(field, value string, reg *registry) query.Query {
	switch field {
	case "speaker", "person":
		return reg.speakerQuery(value)
	case "role":
		return allWords(fieldRoleWords, value)
	case "outlet":
		return allWords(fieldOutletWords, value)
	case "cue":
		return allWords(fieldCueWords, value)
	case "kind":
		return term("kind", strings.ToLower(value))
	}
	return nil
}

func term(field, value string) *query.TermQuery {
	t := query.NewTermQuery(value)
	t.SetField(field)
	return t
}

// allWords matches a field analysed by words, requiring every word, as a
// match query would, but made of term queries, which bleve can search
// unscored as bitmaps (a match query of one word it cannot). Words that
// analyse to nothing match nothing.
func allWords(field, words string) query.Query {
	var qs []query.Query
	for _, t := range staticMapping().AnalyzerNamed(wordsAnalyzer).Analyze([]byte(words)) {
		qs = append(qs, term(field, string(t.Term)))
	}
	switch len(qs) {
	case 0:
		return query.NewMatchNoneQuery()
	case 1:
		return qs[0]
	}
	return query.NewConjunctionQuery(qs)
}

// parseText turns a query string into a query requiring every term. bleve's
// own query strings make bare terms optional, and have no OR; here the
// string is split at each OR into alternatives, each is parsed by bleve, and
// its optional terms are made required.
func parseText(text string) (query.Query, error) {
	alts, err := splitOr(text)
	if err != nil {
		return nil, err
	}
	var qs []query.Query
	for _, alt := range alts {
		parsed, err := query.NewQueryStringQuery(alt).Parse()
		if err != nil {
			return nil, badQuery(fmt.Sprintf("cannot read %q: %v", text, err))
		}
		if b, ok := parsed.(*query.BooleanQuery); ok {
			if d, ok := b.Should.(*query.DisjunctionQuery); ok {
				b.AddMust(d.Disjuncts...)
				b.Should = nil
			}
		}
		if v, ok := parsed.(query.ValidatableQuery); ok {
			if err := v.Validate(); err != nil {
				return nil, badQuery(err.Error())
			}
		}
		if err := checkQuery(parsed, text); err != nil {
			return nil, err
		}
		qs = append(qs, parsed)
	}
	if len(qs) == 1 {
		return qs[0], nil
	}
	return query.NewDisjunctionQuery(qs), nil
}

// splitOr splits a query string at the word OR outside quotes, and drops the
// word AND, which would otherwise be searched for as a word.
func splitOr(text string) ([]string, error) {
	var (
		alts    []string
		words   []string
		word    strings.Builder
		quoted  bool
		escaped bool
		depth   int  // of parentheses outside quotes
		parens  bool // any parenthesis outside quotes
	)
	endWord := func() {
		switch w := word.String(); w {
		case "":
		case "OR":
			alts = append(alts, strings.Join(words, " "))
			words = nil
		case "AND":
		default:
			words = append(words, w)
		}
		word.Reset()
	}
	for _, r := range text {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '"':
			quoted = !quoted
		case !quoted && (r == '(' || r == ')'):
			parens = true
			if r == '(' {
				depth++
			} else if depth--; depth < 0 {
				return nil, badQuery(fmt.Sprintf("unbalanced parenthesis in %q", text))
			}
		case !quoted && unicode.IsSpace(r):
			endWord()
			continue
		}
		word.WriteRune(r)
	}
	if quoted {
		return nil, badQuery(fmt.Sprintf("unbalanced quote in %q", text))
	}
	if depth != 0 {
		return nil, badQuery(fmt.Sprintf("unbalanced parenthesis in %q", text))
	}
	if parens {
		return nil, badQuery(fmt.Sprintf("parentheses do not group words in %q: leave them out (OR separates whole alternatives: a b OR c is a b, or c)", text))
	}
	endWord()
	alts = append(alts, strings.Join(words, " "))
	for _, a := range alts {
		if a == "" {
			return nil, badQuery(fmt.Sprintf("OR needs words on both sides in %q", text))
		}
	}
	return alts, nil
}

func badQuery(msg string) error {
	msg = strings.Join(strings.Fields(msg), " ") // one line
	return &indexError{"bad query: " + msg, ErrBadQuery}
}

// QueryFields are the fields a query string may name, as field:value.
var QueryFields = []string{"text", "speaker", "person", "role", "outlet", "cue", "kind", "article", "doc", "date", "start", "end", "confidence", "anonymous"}

// checkQuery refuses, before searching, what bleve would search finding
// nothing, a field the index does not have, and what bleve would refuse only
// while searching: a regular expression vellum cannot run (it compiles them
// more strictly than Go: no /a$/), a spelling distance over its maximum.
func checkQuery(q query.Query, text string) error {
	switch q := q.(type) {
	case *query.BooleanQuery:
		return cmp.Or(checkQuery(q.Must, text), checkQuery(q.Should, text), checkQuery(q.MustNot, text))
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			if err := checkQuery(c, text); err != nil {
				return err
			}
		}
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			if err := checkQuery(d, text); err != nil {
				return err
			}
		}
	}
	if fq, ok := q.(query.FieldableQuery); ok {
		if f := fq.Field(); f != "" && !slices.Contains(QueryFields, f) {
			return badQuery(fmt.Sprintf("no field %q in %q: fields are %s (write a colon that is not a field's as \\:)",
				f, text, strings.Join(QueryFields, ", ")))
		}
	}
	fuzziness := 0
	switch q := q.(type) {
	case *query.RegexpQuery:
		parsed, err := syntax.Parse(q.Regexp, syntax.Perl)
		if err == nil {
			_, err = vregexp.NewParsedWithLimit(q.Regexp, parsed, vregexp.DefaultLimit)
		}
		if err != nil {
			return badQuery(fmt.Sprintf("regular expression /%s/: %v", q.Regexp, err))
		}
	case *query.FuzzyQuery:
		fuzziness = q.Fuzziness
	case *query.MatchQuery:
		fuzziness = q.Fuzziness
	case *query.MatchPhraseQuery:
		fuzziness = q.Fuzziness
	}
	if fuzziness > searcher.MaxFuzziness {
		return badQuery(fmt.Sprintf("~%d in %q: words can be spelt at most %d edits away (~1 or ~2)", fuzziness, text, searcher.MaxFuzziness))
	}
	return nil
}

// highlighterName names the highlighter, fragmenter and formatter this
// package defines in bleve's global registry.
const highlighterName = "whosaid"

// fragmentSize is the longest fragment in characters: most quotes fit whole.
const fragmentSize = 300

// defineHighlighter registers, once per process, a highlighter that marks
// matches with MarkStart and MarkEnd. bleve looks highlighters up by name in
// its process-wide registry, so one cannot be passed with a request.
var defineHighlighter = sync.OnceValue(func() error {
	c := bleve.Config.Cache
	_, err := c.DefineFragmentFormatter(highlighterName, map[string]interface{}{
		"type": plain.Name, "before": MarkStart, "after": MarkEnd,
	})
	if err != nil && !errors.Is(err, bleveregistry.ErrAlreadyDefined) {
		return err
	}
	_, err = c.DefineFragmenter(highlighterName, map[string]interface{}{
		"type": simplefragmenter.Name, "size": float64(fragmentSize),
	})
	if err != nil && !errors.Is(err, bleveregistry.ErrAlreadyDefined) {
		return err
	}
	_, err = c.DefineHighlighter(highlighterName, map[string]interface{}{
		"type": simplehighlighter.Name, "fragmenter": highlighterName, "formatter": highlighterName,
	})
	if err != nil && !errors.Is(err, bleveregistry.ErrAlreadyDefined) {
		return err
	}
	return nil
})
