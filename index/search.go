package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp/syntax"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/highlight/format/plain"
	simplefragmenter "github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simplehighlighter "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
	"github.com/blevesearch/bleve/v2/search/query"
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

// Query selects quotes. Its fields combine with AND; empty fields select
// everything.
type Query struct {
	// Text is a bleve query string over the quote text. Unlike bleve's
	// default, every word and "phrase" is required; -word excludes; OR
	// between words gives alternatives ("sanctions OR tariffs"); field:value
	// searches another field (speaker, role, kind, article, doc, cue: exact;
	// speaker_words, role_words: by word; date:>"2024-01-01";
	// confidence:>0.8). Words are stemmed English: "sanction" finds
	// "sanctions". A Text made only of stop words ("the") matches nothing.
	Text string
	// Speaker selects quotes whose speaker's name contains all these words,
	// ignoring case and accents: "Putin" and "vladimir putin" both select
	// "Vladimir Putin".
	Speaker string
	// Role matches the speaker's role by words, like Speaker.
	Role string
	// Kind is exactly "direct", "partial" or "indirect".
	Kind string
	// Article is an exact article ID.
	Article string
	// Limit is the most hits to return, DefaultLimit if 0; Offset skips
	// that many first, for paging.
	Limit  int
	Offset int
}

// Hit is one quote found.
type Hit struct {
	Quote Quote
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
	Took  time.Duration
}

// Search finds quotes. With Text, hits come best first; without, newest
// article first and in reading order within an article.
//
// A Text bleve cannot parse gives an error matching ErrBadQuery, whose
// message is one line starting "bad query: ".
func (ix *Index) Search(ctx context.Context, q Query) (*Results, error) {
	bq, err := q.bleveQuery()
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	offset := max(q.Offset, 0)
	req := bleve.NewSearchRequestOptions(bq, limit, offset, false)
	req.Fields = []string{fieldJSON, "text"}
	if strings.TrimSpace(q.Text) != "" {
		if err := defineHighlighter(); err != nil {
			return nil, fmt.Errorf("search %s: %w", ix.path, err)
		}
		req.Highlight = bleve.NewHighlightWithStyle(highlighterName)
		req.Highlight.AddField("text")
		req.SortBy([]string{"-_score", "_id"})
	} else {
		req.SortBy([]string{"-date", "article", "start", "_id"})
	}
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search %s: %w", ix.path, err)
	}
	out := &Results{Total: res.Total, Took: res.Took, Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		quote, err := decodeQuote(h.Fields)
		if err != nil {
			return nil, fmt.Errorf("search %s: quote %s: %w", ix.path, h.ID, err)
		}
		out.Hits = append(out.Hits, Hit{Quote: quote, Score: h.Score, Fragments: h.Fragments["text"]})
	}
	return out, nil
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

// bleveQuery builds one conjunction: the text query, then the filters.
// The filters are given no weight when there is text, so that they select
// without changing the ranking; a conjunction (rather than a boolean query's
// filter clause) keeps a text of only stop words from matching everything.
func (q Query) bleveQuery() (query.Query, error) {
	var conj []query.Query
	text := strings.TrimSpace(q.Text)
	if text != "" {
		tq, err := parseText(text)
		if err != nil {
			return nil, err
		}
		conj = append(conj, tq)
	}
	boost := 1.0
	if text != "" {
		boost = 0
	}
	filter := func(fq interface {
		query.Query
		SetBoost(float64)
	}) {
		fq.SetBoost(boost)
		conj = append(conj, fq)
	}
	filter(term("type", typeQuote))
	if s := strings.TrimSpace(q.Speaker); s != "" {
		filter(allWords(fieldSpeakerWords, s))
	}
	if s := strings.TrimSpace(q.Role); s != "" {
		filter(allWords(fieldRoleWords, s))
	}
	if q.Kind != "" {
		filter(term("kind", q.Kind))
	}
	if q.Article != "" {
		filter(term("article", q.Article))
	}
	return query.NewConjunctionQuery(conj), nil
}

func term(field, value string) *query.TermQuery {
	t := query.NewTermQuery(value)
	t.SetField(field)
	return t
}

// allWords matches a field analysed by words, requiring every word.
func allWords(field, words string) *query.MatchQuery {
	m := query.NewMatchQuery(words)
	m.SetField(field)
	m.SetOperator(query.MatchQueryOperatorAnd)
	return m
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
			return nil, badQuery(err.Error())
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
		// bleve compiles regular expressions only when searching; check them
		// now so that a bad one is a bad query, not a failed search.
		if err := checkRegexps(parsed); err != nil {
			return nil, badQuery(err.Error())
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
		case !quoted && unicode.IsSpace(r):
			endWord()
			continue
		}
		word.WriteRune(r)
	}
	if quoted {
		return nil, badQuery(fmt.Sprintf("unbalanced quote in %q", text))
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

// checkRegexps compiles every /regexp/ in q the way bleve will.
func checkRegexps(q query.Query) error {
	switch q := q.(type) {
	case *query.RegexpQuery:
		_, err := syntax.Parse(q.Regexp, syntax.Perl)
		return err
	case *query.BooleanQuery:
		return errors.Join(checkRegexps(q.Must), checkRegexps(q.Should), checkRegexps(q.MustNot))
	case *query.ConjunctionQuery:
		var errs []error
		for _, c := range q.Conjuncts {
			errs = append(errs, checkRegexps(c))
		}
		return errors.Join(errs...)
	case *query.DisjunctionQuery:
		var errs []error
		for _, d := range q.Disjuncts {
			errs = append(errs, checkRegexps(d))
		}
		return errors.Join(errs...)
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
	if err != nil && !errors.Is(err, registry.ErrAlreadyDefined) {
		return err
	}
	_, err = c.DefineFragmenter(highlighterName, map[string]interface{}{
		"type": simplefragmenter.Name, "size": float64(fragmentSize),
	})
	if err != nil && !errors.Is(err, registry.ErrAlreadyDefined) {
		return err
	}
	_, err = c.DefineHighlighter(highlighterName, map[string]interface{}{
		"type": simplehighlighter.Name, "fragmenter": highlighterName, "formatter": highlighterName,
	})
	if err != nil && !errors.Is(err, registry.ErrAlreadyDefined) {
		return err
	}
	return nil
})
