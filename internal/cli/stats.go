package cli

import (
	"context"

	"github.com/spf13/cobra"
)

// statsOptions are the flags of `whosaid stats`.
type statsOptions struct {
	Index string // the index path, already resolved
	JSON  bool
}

const statsLong = `Stats counts what the index holds: articles, quotes and people (each person
once, across the articles that name them, as 'whosaid people' lists them),
and lists the most quoted speakers: people across articles, and
organisations; unnamed speakers are not counted as anyone.

With --json it prints one JSON object:
{"articles":3,"quotes":25,"people":14,"top_speakers":[{"speaker":"Jane Doe","quotes":4}]}`

const statsExample = `  whosaid stats
  whosaid stats --json
  whosaid --index ./riverton.bleve stats`

func newStatsCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	var opts statsOptions
	cmd := &cobra.Command{
		Use:     "stats",
		Short:   "Count the articles, quotes and people in the index",
		Long:    statsLong,
		Example: statsExample,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := indexPath()
			if err != nil {
				return err
			}
			opts.Index = p
			return runStats(cmd.Context(), e, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON object")
	return cmd
}

func runStats(ctx context.Context, e *env, opts statsOptions) error {
	ix, err := openIndex(opts.Index)
	if err != nil {
		return err
	}
	defer ix.Close()
	st, err := ix.Stats(ctx)
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeStatsJSON(e.stdout, st)
	}
	return writeStats(e.stdout, st)
}
