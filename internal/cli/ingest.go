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
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/ingest"
)

// ingestOptions are the flags and arguments of `whosaid ingest`.
type ingestOptions struct {
	Paths   []string // files, folders, or "-" for stdin
	Index   string   // the index path, already resolved
	Workers int      // articles analysed at once
	Quiet   bool     // no summary and no progress
	// Fields renames JSON Lines fields (--field text=body).
	Fields map[string]string
	// Limits bound the analysis of each article (--max-article, --max-quote).
	Limits limits
}

const ingestLong = `Ingest reads news articles, finds the quotes in them and who said them, and
adds what it finds to the index.

Each PATH is a file, a folder (read recursively: .txt, .md, .markdown,
.html, .htm and .jsonl files), or "-" for standard input. A plain text,
Markdown or HTML file is one article; a JSON Lines file holds one article
per line.

A web page's main text is found with readability: navigation, scripts,
asides and footers are left out, and the page's title, publication date,
site name (as the outlet) and canonical URL are kept. Offsets of its quotes
point into that main text, which 'whosaid show' displays.

A JSON Lines record has "text" and optionally "id", "title", "url", "date"
and "outlet" (or "publisher"). --field FIELD=NAME reads a field from
another name, for feeds that call them something else:
--field text=body --field title=headline.

Ingesting an article again replaces what the index had for it: the same
id, the same URL, or the same file, even if its text changed.

On a terminal ingest shows its progress on standard error (articles per
second, time left); --quiet shows neither that nor the summary. A file that
cannot be read is reported and skipped, the others are still ingested, and
ingest then exits with status 1.

An article longer than --max-article (1 MiB) is stored whole but searched
for quotes only up to a paragraph break before that, and a quote longer
than --max-quote (64 KiB) is cut; each is a warning on standard error, and
the exit status stays 0. An ingest that is interrupted or killed keeps the
articles it had stored, each whole; run it again to finish.`

const ingestExample = `  whosaid ingest ~/news saved-pages/*.html
  whosaid ingest --field text=body --field date=published archive.jsonl
  curl -s https://example.com/feed.jsonl | whosaid ingest -`

// ingestBatch is how many articles are added to the index at once, unless
// they hold more than about ingestBatchBytes, which bounds the memory a
// batch of long articles, or of articles full of quotes, takes.
//
// 100 was measured: the index cuts every Add into bleve batches of about
// 1,000 documents anyway (index.BenchmarkAddBatches: 1,635 documents/s at
// 10 entries an Add, 2,783 at 100, 2,776 at 300), and ingesting Wikinews
// and PolNeAR with 500 took 2-4% less CPU at the price of more memory.
const (
	ingestBatch      = 100
	ingestBatchBytes = 16 << 20
)

// entryBytes is about how much memory e takes: its text and its quotes.
func entryBytes(e index.Entry) int {
	n := len(e.Article.Text)
	for _, q := range e.Quotes {
		n += len(q.Text) + 256
	}
	return n
}

func newIngestCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	opts := ingestOptions{Workers: runtime.NumCPU(), Limits: defaultLimits()}
	var fields []string
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
			if err := checkLimits(opts.Limits); err != nil {
				return err
			}
			var err error
			if opts.Fields, err = ingest.ParseFields(fields); err != nil {
				return usagef("invalid --field: %v", err)
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
	cmd.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "print no summary and no progress")
	fieldFlag(cmd, &fields)
	limitFlags(cmd, &opts.Limits)
	return cmd
}

// fieldFlag adds --field, which renames JSON Lines fields.
func fieldFlag(cmd *cobra.Command, fields *[]string) {
	cmd.Flags().StringArrayVar(fields, "field", nil, "read a JSON Lines field from another name: `FIELD=NAME`")
	_ = cmd.RegisterFlagCompletionFunc("field", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, f := range ingest.JSONLFields {
			out = append(out, f+"=")
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	})
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
		read  = ingest.Options{Stdin: e.stdin, Fields: opts.Fields}
		bar   *progressbar.ProgressBar
	)
	batchBytes := 0 // about how much memory batch holds
	if !opts.Quiet {
		bar = newProgress(ctx, e, opts.Paths, read)
	}
	// One goroutine writes to the index, a batch at a time, while the
	// workers go on analysing the next articles. At most one batch waits
	// for it, so memory stays bounded when the index is the slower.
	writeCtx, stopWriting := context.WithCancel(ctx)
	defer stopWriting()
	batches := make(chan []index.Entry, 1)
	written := make(chan error, 1)
	go func() {
		var err error
		for b := range batches {
			if err == nil {
				if err = ix.Add(writeCtx, b...); err != nil {
					stopWriting() // the reader and the workers stop too
				}
			}
		}
		written <- err
	}()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		select {
		case batches <- batch:
		case <-writeCtx.Done():
			return writeCtx.Err()
		}
		batch, batchBytes = make([]index.Entry, 0, ingestBatch), 0
		return nil
	}
	err = analyseSome(writeCtx, opts.Paths, read, opts.Workers, opts.Limits, nil, func(a analysed) error {
		if bar != nil {
			_ = bar.Add(1)
			if a.err != nil || len(a.warnings) > 0 {
				_ = bar.Clear()
			}
		}
		if a.err != nil {
			skips.add(e.stderr, a.err)
			return nil
		}
		warn(e.stderr, a)
		speechOnly(&a.entry)
		// A file is one article: its next version replaces this one, even
		// with another ID because its text changed.
		if a.src.Line == 0 && a.src.Path != "-" {
			if abs, err := filepath.Abs(a.src.Path); err == nil {
				a.entry.Article.Source = abs
			}
		}
		sum.add(a.entry)
		batch = append(batch, a.entry)
		batchBytes += entryBytes(a.entry)
		if len(batch) < ingestBatch && batchBytes < ingestBatchBytes {
			return nil
		}
		return flush()
	})
	if err == nil {
		err = flush()
	}
	close(batches)
	if werr := <-written; werr != nil {
		err = werr // the cause, rather than the cancellation it caused
	}
	if bar != nil {
		if err == nil {
			_ = bar.Finish()
		} else {
			_ = bar.Exit()
		}
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

// newProgress returns a progress bar on stderr if stderr is a terminal,
// else nil. It counts the articles first, to show how far along ingest is
// and how long it has left; reading standard input, it cannot know, and
// shows a count and a rate only.
func newProgress(ctx context.Context, e *env, paths []string, read ingest.Options) *progressbar.ProgressBar {
	width, ok := e.isTerminal(e.stderr)
	if !ok {
		return nil
	}
	total, known := ingest.Count(ctx, paths, read)
	if !known {
		total = -1
	}
	// Room for "ingesting  40% |…| (2000/5000, 120 articles/s) [20s:25s]".
	barW := 20
	if width > 0 {
		barW = max(min(width-62, 40), 10)
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(known),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(barW),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionEnableColorCodes(false),
		progressbar.OptionSetRenderBlankState(true),
		// The finished bar stays, with the time taken and the rate.
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(e.stderr) }),
	)
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
		// An unnamed speaker is not the same speaker in two articles.
		if q.Speaker != "" && !q.Anonymous {
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
