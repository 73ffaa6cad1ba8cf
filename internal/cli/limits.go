package cli

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/pipeline"
	"github.com/whosaid/whosaid/internal/quotes"
)

// limits bound what the analysis of one article may cost, so that a
// hostile or broken input costs a warning, not the run.
type limits struct {
	// Article is the most of an article's text analysed, in bytes. A
	// longer article is analysed up to a paragraph break before this and
	// stored whole, with a warning.
	Article int
	// Quote is the longest quote kept whole, in bytes; a longer one is cut
	// at a word before it, with a warning. The analysis itself cuts quotes
	// at quotes.MaxQuoteBytes, which is therefore the most this can be.
	Quote int
	// Timeout is how long the analysis of one article may take before it
	// is given up and the article skipped.
	Timeout time.Duration
}

// Defaults. A news article is rarely more than 100 KiB; a megabyte of text
// full of quotes is analysed in about a second and indexed in a few, and
// takes well under a gigabyte of memory.
const (
	defaultMaxArticle = 1 << 20
	defaultMaxQuote   = quotes.MaxQuoteBytes
)

// analysisTimeout is the default Timeout: far more than any article takes,
// so that only a bug in the analysis meets it. A variable for tests.
var analysisTimeout = time.Minute

func defaultLimits() limits {
	return limits{Article: defaultMaxArticle, Quote: defaultMaxQuote, Timeout: analysisTimeout}
}

// orDefaults is l with its zero fields set to the defaults.
func (l limits) orDefaults() limits {
	d := defaultLimits()
	if l.Article <= 0 {
		l.Article = d.Article
	}
	if l.Quote <= 0 {
		l.Quote = d.Quote
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	return l
}

// readLimit is the largest file or JSON Lines record read: the reader's own
// default, or more when more of an article is to be analysed.
func (l limits) readLimit() int64 {
	const readerDefault = 64 << 20
	return max(readerDefault, int64(l.Article))
}

// limitFlags adds --max-article and --max-quote.
func limitFlags(cmd *cobra.Command, l *limits) {
	cmd.Flags().Var((*sizeValue)(&l.Article), "max-article", "analyse at most `SIZE` of each article (such as 512KiB or 4MiB); the rest is stored, not searched for quotes")
	cmd.Flags().Var((*sizeValue)(&l.Quote), "max-quote", fmt.Sprintf("cut quotes longer than `SIZE` (at most %s)", sizeString(quotes.MaxQuoteBytes)))
}

// checkLimits checks the values of limitFlags.
func checkLimits(l limits) error {
	if l.Article < 1 {
		return usagef("--max-article must be at least 1 byte")
	}
	if l.Quote < 1 || l.Quote > quotes.MaxQuoteBytes {
		return usagef("--max-quote must be between 1 byte and %s", sizeString(quotes.MaxQuoteBytes))
	}
	return nil
}

// sizeValue is a flag holding a number of bytes, written as 1048576, 1M,
// 1MiB or 1MB: K, M and G all count in 1024s.
type sizeValue int

func (v *sizeValue) String() string { return sizeString(int(*v)) }
func (v *sizeValue) Type() string   { return "size" }

func (v *sizeValue) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	*v = sizeValue(n)
	return nil
}

func parseSize(s string) (int, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := 1
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.Atoi(strings.TrimSpace(t))
	if err != nil || n < 0 || n > (1<<40)/mult {
		return 0, errors.New("not a size such as 65536, 64KiB or 8MiB")
	}
	return n * mult, nil
}

// sizeString writes a number of bytes the way a user would set it.
func sizeString(n int) string {
	for _, u := range []struct {
		size int
		unit string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.Itoa(n/u.size) + " " + u.unit
		}
	}
	return plural(n, "byte")
}

// roughSize writes a size to a tenth of its unit: "20.0 MiB".
func roughSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return plural(n, "byte")
}

// analyseLimited analyses art within lim: it analyses at most lim.Article
// bytes of it, cuts quotes longer than lim.Quote, and gives up after
// lim.Timeout or when ctx is done. It returns the entry, with the whole
// article's text, and a warning for each limit met.
//
// An analysis given up on goes on in the background until it ends, since
// it cannot be stopped; the caller goes on with the next article. Each
// analysis holds a place in running until it ends, waiting for one first.
func analyseLimited(ctx context.Context, an *pipeline.Analyser, art *news.Article, lim limits, running chan struct{}) (index.Entry, []string, error) {
	part := art
	if n := cutArticle(art.Text, lim.Article); n < len(art.Text) {
		cp := *art
		cp.Text = art.Text[:n]
		part = &cp
	}
	type result struct {
		doc   *news.Document
		entry index.Entry
		err   error
	}
	select {
	case running <- struct{}{}:
	case <-ctx.Done():
		return index.Entry{}, nil, ctx.Err()
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-running }()
		var r result
		r.doc, r.entry, r.err = analyse(an, part)
		done <- r
	}()
	var r result
	timer := time.NewTimer(lim.Timeout)
	defer timer.Stop()
	select {
	case r = <-done:
	case <-timer.C:
		return index.Entry{}, nil, &analysisError{doc: art.Doc,
			why: fmt.Sprintf("analysis took longer than %v and was given up (a bug in whosaid: please report it)", lim.Timeout)}
	case <-ctx.Done():
		return index.Entry{}, nil, ctx.Err()
	}
	if r.err != nil {
		return index.Entry{}, nil, r.err
	}
	e := r.entry
	var warnings []string
	if part != art {
		e.Article.Text = art.Text
		warnings = append(warnings, fmt.Sprintf("%s: %s, over the %s analysis limit (--max-article): quotes were looked for in its first %s only",
			art.Doc, roughSize(len(art.Text)), sizeString(lim.Article), sizeString(lim.Article)))
	}
	// Quotes the analysis cut at quotes.MaxQuoteBytes say so in a
	// diagnostic; a lower lim.Quote cuts them again, with any others.
	byAnalysis, byLimit := 0, 0
	for _, d := range r.doc.Diagnostics {
		if strings.Contains(d.Message, "cut short") {
			byAnalysis++
		}
	}
	for i := range e.Quotes {
		if cutQuote(&e.Quotes[i], e.Article.Text, lim.Quote) {
			byLimit++
		}
	}
	cut := max(byAnalysis, byLimit)
	if cut > 0 {
		limit := min(lim.Quote, quotes.MaxQuoteBytes)
		warnings = append(warnings, fmt.Sprintf("%s: %s longer than the %s limit (--max-quote) cut short",
			art.Doc, plural(cut, "quote"), sizeString(limit)))
	}
	return e, warnings, nil
}

// cutArticle returns how much of text to analyse under a limit of max
// bytes: all of it if it fits, else up to the last paragraph break before
// max, else the last line break, else the last space, in the second half;
// else the last whole character.
func cutArticle(text string, limit int) int {
	if len(text) <= limit {
		return len(text)
	}
	head := text[:limit]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(head, sep); i >= limit/2 {
			return i + len(sep)
		}
	}
	return runeStart(text, limit)
}

// cutQuote shortens q to at most limit bytes, at a space in the second
// half if there is one, and gives it the ID of its new span.
func cutQuote(q *index.Quote, text string, limit int) bool {
	if q.End-q.Start <= limit {
		return false
	}
	end := runeStart(text, q.Start+limit)
	if i := strings.LastIndexByte(text[q.Start:end], ' '); i >= limit/2 {
		end = q.Start + i
	}
	q.End = end
	q.Text = text[q.Start:q.End]
	q.ID = pipeline.QuoteID(q.Article, news.Span{Start: q.Start, End: q.End})
	return true
}

// runeStart is i, or the start of the character i falls inside.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
