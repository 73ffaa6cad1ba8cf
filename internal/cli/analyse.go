package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/pipeline"
)

// analysed is one article read and analysed, or the problem that kept it
// from being: a file that could not be read, a broken JSON line, an
// analysis that failed.
type analysed struct {
	seq   int // the article's place in the input
	art   *news.Article
	src   ingest.Source // where it was read from; src.Article is art
	entry index.Entry
	// warnings name the limits the analysis met (see limits), one line
	// each, for stderr.
	warnings []string
	err      error
}

// analyseArticles reads the articles under paths (as ingest.Articles does,
// "-" reading stdin), analyses them on workers goroutines and calls emit
// for each, in input order, from the calling goroutine. It stops when emit
// returns an error, which it returns, or when ctx is done.
//
// The reader, the workers and the reordering are tied together by a window
// of tokens: at most window articles are in flight (queued, under analysis
// or waiting for an earlier one to finish), so memory stays bounded
// however large the input and however slow one article.
func analyseArticles(ctx context.Context, paths []string, stdin io.Reader, workers int, emit func(analysed) error) error {
	return analyseSome(ctx, paths, ingest.Options{Stdin: stdin}, workers, defaultLimits(), nil, emit)
}

// analyseSome is analyseArticles, reading as read says, within lim (its
// zero fields meaning the defaults), for the
// articles keep accepts (all if keep is nil): the others are read but
// neither analysed nor emitted.
func analyseSome(ctx context.Context, paths []string, read ingest.Options, workers int, lim limits, keep func(*news.Article) bool, emit func(analysed) error) error {
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	analyser := pipeline.New(pipeline.Options{})
	lim = lim.orDefaults()
	if read.MaxBytes == 0 {
		read.MaxBytes = lim.readLimit()
	}
	window := make(chan struct{}, 4*workers)
	jobs := make(chan analysed, workers)
	results := make(chan analysed, workers)

	go func() {
		defer close(jobs)
		seq := 0
		for src, err := range ingest.Sources(ctx, paths, read) {
			art := src.Article
			if err == nil && keep != nil && !keep(art) {
				continue
			}
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- analysed{seq: seq, art: art, src: src, err: err}:
			case <-ctx.Done():
				return
			}
			seq++
		}
	}()

	var wg sync.WaitGroup
	// running bounds the analyses under way, counting those given up on
	// that have not ended yet, so that inputs which each take too long
	// cannot pile up analyses without end.
	running := make(chan struct{}, 2*workers)
	for range workers {
		wg.Go(func() {
			for a := range jobs {
				if a.err == nil {
					a.entry, a.warnings, a.err = analyseLimited(ctx, analyser, a.art, lim, running)
					if ctx.Err() != nil {
						continue // stopped: nothing more is emitted
					}
				}
				select {
				case results <- a:
				case <-ctx.Done():
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]analysed{}
	next := 0
	var emitErr error
	for a := range results {
		if emitErr != nil {
			continue // draining, so that every goroutine ends
		}
		pending[a.seq] = a
		for {
			a, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if err := emit(a); err != nil {
				emitErr = err
				cancel()
				break
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	return parent.Err()
}

// analysisError is an article whose analysis failed or was given up: a
// bug in whosaid, reported like an unreadable file so that the rest of the
// input is still analysed.
type analysisError struct {
	doc string
	why string
}

func (e *analysisError) Error() string { return e.doc + ": " + e.why }

// analyse runs the analysis over art, turning a panic into an error.
func analyse(a *pipeline.Analyser, art *news.Article) (doc *news.Document, entry index.Entry, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &analysisError{doc: art.Doc, why: fmt.Sprintf("analysis failed (a bug in whosaid): %v", v)}
		}
	}()
	doc = a.Analyse(art)
	// Quoted words that are not speech are kept, marked, for extract
	// --all; ingest and eval leave them out (speechOnly).
	return doc, pipeline.Entry(doc, pipeline.EntryOptions{NotSpeech: true}), nil
}

// speechOnly drops the quotes of e that are not speech (titles, names,
// scare quotes): what is indexed, scored and printed by default.
func speechOnly(e *index.Entry) {
	e.Quotes = slices.DeleteFunc(e.Quotes, func(q index.Quote) bool { return q.NotSpeech != "" })
}

// warn writes a's warnings to stderr, one line each.
func warn(stderr io.Writer, a analysed) {
	for _, w := range a.warnings {
		fmt.Fprintf(stderr, "whosaid: %s\n", oneLine(w))
	}
}

// skipped counts the inputs that could not be read or analysed.
type skipped struct {
	files, records, articles int
}

// add reports err on stderr as one line and counts it.
func (s *skipped) add(stderr io.Writer, err error) {
	fmt.Fprintf(stderr, "whosaid: %s\n", oneLine(err.Error()))
	var ie *ingest.Error
	var ae *analysisError
	switch {
	case errors.As(err, &ie) && ie.Line > 0:
		s.records++
	case errors.As(err, &ae):
		s.articles++
	default:
		s.files++
	}
}

// err is the error a command ends with when it skipped anything:
// "skipped 2 files and 1 record".
func (s *skipped) err() error {
	var parts []string
	for _, c := range []struct {
		n    int
		what string
	}{{s.files, "file"}, {s.records, "record"}, {s.articles, "article"}} {
		if c.n > 0 {
			parts = append(parts, plural(c.n, c.what))
		}
	}
	switch len(parts) {
	case 0:
		return nil
	case 1:
		return errors.New("skipped " + parts[0])
	}
	return errors.New("skipped " + strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1])
}

// plural writes a count of things: "1 quote", "2 quotes", "3 people".
func plural(n int, what string) string {
	if n != 1 {
		switch what {
		case "person":
			what = "people"
		default:
			what += "s"
		}
	}
	return fmt.Sprintf("%d %s", n, what)
}
