package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
)

// removeOptions are the flags and arguments of `whosaid remove`.
type removeOptions struct {
	Index string // the index path, already resolved
	IDs   []string
	Quiet bool
}

const removeLong = `Remove deletes articles from the index, with their quotes and people.

Each ID is an article's id (the "article" of its quotes: its own id, URL or
a hash of its text), or the file or JSON Lines id it was ingested as (its
"doc"). People the removed articles named are gone from 'whosaid people'
unless another article names them too, and a surname they made ambiguous
is resolved again.

To replace an article that changed, ingest it again: ingest replaces what
the index holds for the same id, URL or file.`

const removeExample = `  whosaid remove https://harbourherald.example/news/talks-resume
  whosaid remove news/port-strike.txt vw-0415`

func newRemoveCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	var opts removeOptions
	cmd := &cobra.Command{
		Use:     "remove ID...",
		Short:   "Remove articles from the index",
		Long:    removeLong,
		Example: removeExample,
		Args:    minArgs(1, "at least one article ID or file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := indexPath()
			if err != nil {
				return err
			}
			opts.Index, opts.IDs = p, args
			return runRemove(cmd.Context(), e, opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "print nothing on success")
	return cmd
}

func runRemove(ctx context.Context, e *env, opts removeOptions) error {
	ix, err := index.Open(opts.Index, index.Options{})
	if err != nil {
		return err
	}
	var (
		out     strings.Builder
		missing []string
		failed  error
	)
	for _, id := range opts.IDs {
		arts, err := findArticles(ctx, ix, id)
		if err != nil {
			failed = err
			break
		}
		if len(arts) == 0 {
			fmt.Fprintf(e.stderr, "whosaid: %s\n", notFound(ctx, ix, id))
			missing = append(missing, id)
			continue
		}
		for _, a := range arts {
			res, err := ix.Search(ctx, index.Query{Article: a.ID, Limit: 1})
			if err != nil {
				failed = err
				break
			}
			if _, err := ix.Remove(ctx, a.ID); err != nil {
				failed = err
				break
			}
			fmt.Fprintf(&out, "removed %s (%s): %s\n", a.ID, a.Doc, plural(int(res.Total), "quote"))
		}
		if failed != nil {
			break
		}
	}
	if err := ix.Close(); failed == nil {
		failed = err
	}
	if !opts.Quiet {
		if _, err := io.WriteString(e.stdout, out.String()); err != nil && failed == nil {
			failed = err
		}
	}
	if failed != nil {
		return failed
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s not in the index", plural(len(missing), "article"))
	}
	return nil
}

// findArticles finds the articles id names: by article id, else by doc or
// by the file they were read from.
func findArticles(ctx context.Context, ix *index.Index, id string) ([]index.Article, error) {
	a, err := ix.Article(ctx, id)
	if err == nil {
		a.Text = ""
		return []index.Article{a}, nil
	}
	if !errors.Is(err, index.ErrNotFound) {
		return nil, err
	}
	arts, err := ix.ArticlesFrom(ctx, id)
	if err != nil || len(arts) > 0 {
		return arts, err
	}
	if abs, err := filepath.Abs(id); err == nil && abs != id {
		return ix.ArticlesFrom(ctx, abs)
	}
	return nil, nil
}

// notFound says why id names no article, pointing from a quote's id to
// its article's.
func notFound(ctx context.Context, ix *index.Index, id string) string {
	if q, err := ix.Quote(ctx, id); err == nil {
		return fmt.Sprintf("%s is a quote, not an article: its article is %s", id, q.Article)
	}
	return fmt.Sprintf("no article %s in the index", id)
}
