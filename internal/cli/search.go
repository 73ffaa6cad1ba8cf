package cli

import (
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
	Index string // the index path, already resolved
	Query index.Query
	JSON  bool // JSON Lines instead of a table
}

const searchLong = `Search finds quotes in the index: the quotes that contain every word of
QUERY, best first, or without a QUERY the newest quotes.

QUERY words are stemmed English ("sanction" finds "sanctions"). Put a
phrase in double quotes, exclude a word with -word, give alternatives with
OR, match a prefix with word*. Flags narrow the search to a speaker or a
role (by any of their words, ignoring case and accents) or a kind of quote.

The table shows each quote with its speaker and article; --json prints
JSON Lines instead, one quote per line, with its article's title, url and
date.`

const searchExample = `  whosaid search bridge repairs
  whosaid search --speaker "Jane Doe" --kind direct
  whosaid search '"summer fair"' --json --limit 50`

var quoteKinds = []string{"direct", "partial", "indirect"}

func newSearchCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	opts := searchOptions{Query: index.Query{Limit: 10}}
	cmd := &cobra.Command{
		Use:     "search [QUERY...]",
		Short:   "Find quotes by words, speaker, role or kind",
		Long:    searchLong,
		Example: searchExample,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if k := opts.Query.Kind; k != "" && !validKind(k) {
				return usagef("invalid --kind %q: want %s", k, strings.Join(quoteKinds, ", "))
			}
			if opts.Query.Limit < 1 {
				return usagef("--limit must be at least 1, got %d", opts.Query.Limit)
			}
			p, err := indexPath()
			if err != nil {
				return err
			}
			opts.Index = p
			opts.Query.Text = strings.Join(args, " ")
			return runSearch(cmd.Context(), e, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Query.Speaker, "speaker", "s", "", "only quotes by this `NAME`")
	f.StringVarP(&opts.Query.Role, "role", "r", "", "only quotes by speakers with this `ROLE`")
	f.StringVarP(&opts.Query.Kind, "kind", "k", "", "only quotes of this `KIND`: direct, partial or indirect")
	f.IntVarP(&opts.Query.Limit, "limit", "n", opts.Query.Limit, "show at most `N` quotes")
	f.BoolVar(&opts.JSON, "json", false, "print JSON Lines, one quote per line")
	return cmd
}

func validKind(k string) bool {
	for _, v := range quoteKinds {
		if k == v {
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
	res, err := ix.Search(ctx, opts.Query)
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeQuotesJSON(e.stdout, res)
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
