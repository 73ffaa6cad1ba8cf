package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
)

// ingestOptions are the flags and arguments of `whosaid ingest`.
type ingestOptions struct {
	Paths   []string // files, folders, or "-" for stdin
	Index   string   // the index path, already resolved
	Workers int      // articles analysed at once
	Quiet   bool     // no summary
}

const ingestLong = `Ingest reads news articles, finds the quotes in them and who said them, and
adds what it finds to the index.

Each PATH is a file, a folder (read recursively: .txt, .md, .markdown and
.jsonl files), or "-" for standard input. A plain text or Markdown file is
one article; a JSON Lines file holds one article per line. Ingesting an
article again replaces what the index had for it.

A file that cannot be read is reported and skipped, the others are still
ingested, and ingest then exits with status 1.`

const ingestExample = `  whosaid ingest ~/news
  whosaid ingest riverton.txt council.md
  curl -s https://example.com/feed.jsonl | whosaid ingest -`

// ingestBatch is how many articles are added to the index at once.
const ingestBatch = 100

func newIngestCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	opts := ingestOptions{Workers: runtime.NumCPU()}
	cmd := &cobra.Command{
		Use:     "ingest PATH...",
		Short:   "Add articles to the index",
		Long:    ingestLong,
		Example: ingestExample,
		Args:    minArgs(1, `at least one PATH (a file, a folder, or "-" for standard input)`),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Workers < 1 {
				return usagef("--workers must be at least 1, got %d", opts.Workers)
			}
			p, err := indexPath()
			if err != nil {
				return err
			}
			opts.Paths, opts.Index = args, p
			return runIngest(cmd.Context(), e, opts)
		},
	}
	cmd.Flags().IntVarP(&opts.Workers, "workers", "j", opts.Workers, "articles to analyse at once")
	cmd.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "print no summary")
	return cmd
}

func runIngest(ctx context.Context, e *env, opts ingestOptions) error {
	ix, err := index.Open(opts.Index, index.Options{})
	if err != nil {
		return err
	}
	var (
		sum   = ingestSummary{articles: map[string]articleSummary{}}
		skips skipped
		batch = make([]index.Entry, 0, ingestBatch)
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := ix.Add(ctx, batch...)
		batch = batch[:0]
		return err
	}
	// This goroutine is the only one that writes to the index.
	err = analyseArticles(ctx, opts.Paths, e.stdin, opts.Workers, func(a analysed) error {
		if a.err != nil {
			skips.add(e.stderr, a.err)
			return nil
		}
		sum.add(a.entry)
		batch = append(batch, a.entry)
		if len(batch) < ingestBatch {
			return nil
		}
		return flush()
	})
	if err == nil {
		err = flush()
	}
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if !opts.Quiet {
		path := opts.Index
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		if err := sum.write(e.stdout, path); err != nil {
			return err
		}
	}
	return skips.err()
}

// ingestSummary counts what one run ingested. It keeps each article's
// counts by ID, so that the totals depend neither on the order the
// articles were analysed in nor on an article being given twice.
type ingestSummary struct {
	articles map[string]articleSummary
}

type articleSummary struct {
	quotes   int
	speakers map[string]int // quotes by speaker
	people   []string
}

func (s *ingestSummary) add(e index.Entry) {
	as := articleSummary{quotes: len(e.Quotes), speakers: map[string]int{}}
	for _, q := range e.Quotes {
		if q.Speaker != "" {
			as.speakers[q.Speaker]++
		}
	}
	for _, p := range e.People {
		as.people = append(as.people, p.Name)
	}
	s.articles[e.Article.ID] = as
}

// topSpeakersShown is how many speakers the summary names.
const topSpeakersShown = 5

// write prints the summary:
//
//	ingested 3 articles: 25 quotes, 14 people
//	top speakers: Vladimir Putin (3), Jane Doe (2)
//	index: /home/me/.local/share/whosaid/index.bleve
func (s *ingestSummary) write(w io.Writer, indexPath string) error {
	quotes := 0
	speakers := map[string]int{}
	people := map[string]bool{}
	for _, a := range s.articles {
		quotes += a.quotes
		for sp, n := range a.speakers {
			speakers[sp] += n
		}
		for _, p := range a.people {
			people[p] = true
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "ingested %s: %s, %s\n", plural(len(s.articles), "article"), plural(quotes, "quote"), plural(len(people), "person"))
	if top := topSpeakers(speakers); len(top) > 0 {
		var names []string
		for i, sc := range top {
			if i == topSpeakersShown {
				names = append(names, "...")
				break
			}
			names = append(names, fmt.Sprintf("%s (%d)", sc.Speaker, sc.Quotes))
		}
		fmt.Fprintf(&b, "top speakers: %s\n", strings.Join(names, ", "))
	}
	fmt.Fprintf(&b, "index: %s\n", indexPath)
	_, err := io.WriteString(w, b.String())
	return err
}

// topSpeakers sorts speakers by quotes, most first, then by name.
func topSpeakers(counts map[string]int) []index.SpeakerCount {
	out := make([]index.SpeakerCount, 0, len(counts))
	for sp, n := range counts {
		out = append(out, index.SpeakerCount{Speaker: sp, Quotes: n})
	}
	slices.SortFunc(out, func(a, b index.SpeakerCount) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(a.Speaker, b.Speaker))
	})
	return out
}
