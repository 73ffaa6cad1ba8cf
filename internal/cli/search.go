package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
)

// searchOptions are the flags and arguments of `whosaid search`.
type searchOptions struct {
	Index  string // the index path, already resolved
	Query  index.Query
	Format string // table, json or csv
}

const searchLong = `Search finds quotes in the index: the quotes that contain every word of
QUERY, best first, or without a QUERY the newest quotes.

QUERY words are stemmed English ("sanction" finds "sanctions"), and all are
required. Put a phrase in double quotes, exclude a word with -word, give
alternatives with OR, match a prefix with word*. A word can name a field:
speaker:, role:, outlet: and cue: match by words, kind: exactly, as the
flags of the same names do.

--speaker finds a person across articles: "Putin" in one article and
"Russian President Vladimir Putin" in another are one person, so --speaker
Putin and --speaker "Vladimir Putin" find the same quotes. A bare surname
counts as the one full name with that surname in the index; where two
people share it (Hillary and Bill Clinton), "Clinton" alone is left as
written and never guessed. Unnamed speakers ("a ministry official") are
never one person across articles.

--since and --until select by the article's date: a day (2024-03-04), a
month (2024-03) or a year (2024), --until including the whole of it.

The table shows each quote with its speaker, article, date and ID (for
'whosaid show ID'); --format json prints JSON Lines and --format csv a
header row and one quote per row, with the fields 'whosaid extract' prints
and the article's title, url, date and outlet.

--facet counts the matching quotes by speaker, role, outlet or kind instead
of listing them.`

const searchExample = `  whosaid search bridge repairs --speaker "Jane Doe" --since 2024-03
  whosaid search 'speaker:vasquez "the port"' --sort date -f csv > port.csv
  whosaid search strike --facet speaker --facet outlet`

var quoteKinds = []string{"direct", "partial", "indirect"}

func newSearchCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	opts := searchOptions{Query: index.Query{Limit: 10}}
	var (
		since, until string
		facets       []string
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:     "search [QUERY...]",
		Short:   "Find quotes by words, speaker, role, outlet, kind or date",
		Long:    searchLong,
		Example: searchExample,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			q := &opts.Query
			if k := q.Kind; k != "" && !validKind(k) {
				return usagef("invalid --kind %q: want %s", k, strings.Join(quoteKinds, ", "))
			}
			if q.Limit < 1 {
				return usagef("--limit must be at least 1, got %d", q.Limit)
			}
			if q.Sort != "" && !contains(index.Sorts, q.Sort) {
				return usagef("invalid --sort %q: want %s", q.Sort, strings.Join(index.Sorts, ", "))
			}
			for _, f := range facets {
				for f := range strings.SplitSeq(f, ",") {
					if f = strings.TrimSpace(f); !contains(index.FacetFields, f) {
						return usagef("invalid --facet %q: want %s", f, strings.Join(index.FacetFields, ", "))
					}
					q.Facets = append(q.Facets, f)
				}
			}
			if since != "" {
				start, _, err := parsePeriod(since)
				if err != nil {
					return usagef("invalid --since: %v", err)
				}
				q.Since = start
			}
			if until != "" {
				_, next, err := parsePeriod(until)
				if err != nil {
					return usagef("invalid --until: %v", err)
				}
				q.Before = next
			}
			if !q.Since.IsZero() && !q.Before.IsZero() && !q.Since.Before(q.Before) {
				return usagef("--since %s is after --until %s", since, until)
			}
			format, err := checkFormat(cmd, opts.Format, asJSON, formatTable, formatJSON, formatCSV)
			if err != nil {
				return err
			}
			opts.Format = format
			p, err := indexPath()
			if err != nil {
				return err
			}
			opts.Index = p
			q.Text = strings.Join(args, " ")
			return runSearch(cmd.Context(), e, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Query.Speaker, "speaker", "s", "", "only quotes by `NAME`, a person across articles")
	f.StringVarP(&opts.Query.Role, "role", "r", "", "only quotes by speakers with this `ROLE`")
	f.StringVar(&opts.Query.Outlet, "outlet", "", "only quotes from articles of `OUTLET`")
	f.StringVarP(&opts.Query.Kind, "kind", "k", "", "only quotes of this `KIND`: direct, partial or indirect")
	f.StringVar(&since, "since", "", "only articles from `DATE` on: 2024-03-04, 2024-03, 2024")
	f.StringVar(&until, "until", "", "only articles up to `DATE`: 2024-03-04, 2024-03, 2024")
	f.StringVar(&opts.Query.Sort, "sort", "", "order by `ORDER`: score, date (newest first) or oldest")
	f.StringArrayVar(&facets, "facet", nil, "count quotes by `FIELD` (speaker, role, outlet, kind)")
	f.IntVarP(&opts.Query.Limit, "limit", "n", opts.Query.Limit, "show at most `N` quotes")
	formatFlag(cmd, &opts.Format, &asJSON, formatTable, formatJSON, formatCSV)
	_ = cmd.RegisterFlagCompletionFunc("kind", fixedCompletion(quoteKinds...))
	_ = cmd.RegisterFlagCompletionFunc("sort", fixedCompletion(index.Sorts...))
	_ = cmd.RegisterFlagCompletionFunc("facet", fixedCompletion(index.FacetFields...))
	_ = cmd.RegisterFlagCompletionFunc("speaker", indexCompletion(indexPath, peopleNames))
	_ = cmd.RegisterFlagCompletionFunc("role", indexCompletion(indexPath, facetValues(index.FacetRole)))
	_ = cmd.RegisterFlagCompletionFunc("outlet", indexCompletion(indexPath, facetValues(index.FacetOutlet)))
	return cmd
}

func validKind(k string) bool { return contains(quoteKinds, k) }

func contains(list []string, s string) bool {
	for _, v := range list {
		if s == v {
			return true
		}
	}
	return false
}

func runSearch(ctx context.Context, e *env, opts searchOptions) error {
	ix, err := openIndex(opts.Index)
	if err != nil {
		return err
	}
	defer ix.Close()
	if len(opts.Query.Facets) > 0 {
		q := opts.Query
		q.Limit = 1
		res, err := ix.Search(ctx, q)
		if err != nil {
			return err
		}
		return writeFacets(e.stdout, res, q.Facets, opts.Format, outputStyle(e, e.stdout))
	}
	res, err := ix.Search(ctx, opts.Query)
	if err != nil {
		return err
	}
	switch opts.Format {
	case formatJSON:
		return writeQuotesJSON(e.stdout, res)
	case formatCSV:
		out := bufio.NewWriter(e.stdout)
		c, err := newCSVQuotes(out)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := c.write(h.Quote); err != nil {
				return err
			}
		}
		if err := c.flush(); err != nil {
			return err
		}
		return out.Flush()
	}
	if len(res.Hits) == 0 {
		if res.Total > 0 { // a page past the end
			_, err := fmt.Fprintf(e.stdout, "0 of %s\n", plural(int(res.Total), "quote"))
			return err
		}
		_, err := io.WriteString(e.stdout, "no quotes match\n")
		return err
	}
	return writeHits(e.stdout, res, outputStyle(e, e.stdout))
}

func writeQuotesJSON(w io.Writer, res *index.Results) error {
	enc := newJSONLines(w)
	for _, h := range res.Hits {
		if err := enc.Encode(h.Quote); err != nil {
			return err
		}
	}
	return nil
}

// openIndex opens the index at path for reading, saying what to do if
// there is none yet.
func openIndex(path string) (*index.Index, error) {
	ix, err := index.Open(path, index.Options{ReadOnly: true})
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no index at %s: run 'whosaid ingest' first", path)
	}
	return ix, err
}

// indexCompletion completes a flag's value from the index, if there is
// one to read; completing never fails aloud.
func indexCompletion(indexPath func() (string, error), values func(context.Context, *index.Index) []string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
		p, err := indexPath()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		ix, err := openIndex(p)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer ix.Close()
		ctx := cmd.Context()
		if ctx == nil {
			ctx = context.Background()
		}
		var out []string
		for _, v := range values(ctx, ix) {
			if strings.HasPrefix(strings.ToLower(v), strings.ToLower(prefix)) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func peopleNames(ctx context.Context, ix *index.Index) []string {
	people, _ := ix.People(ctx, "")
	var out []string
	for _, p := range people {
		if p.Named {
			out = append(out, p.Name)
		}
	}
	return out
}

func facetValues(facet string) func(context.Context, *index.Index) []string {
	return func(ctx context.Context, ix *index.Index) []string {
		res, err := ix.Search(ctx, index.Query{Facets: []string{facet}, Limit: 1})
		if err != nil {
			return nil
		}
		var out []string
		for _, v := range res.Facets[facet].Values {
			out = append(out, v.Value)
		}
		return out
	}
}
