package cli

import (
	"bufio"
	"context"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
)

// exportOptions are the flags of `whosaid export`.
type exportOptions struct {
	Index  string // the index path, already resolved
	Format string // jsonl or csv
}

const exportLong = `Export prints every quote in the index, oldest article first and each
article's quotes in the order of its text, for pandas, R or a spreadsheet.

--format jsonl (the default) prints one JSON object per line, the records
'whosaid extract' prints with the article's title, url, date and outlet and
the speaker's name across articles ("person"). --format csv prints the same
fields as CSV with a header row, one quote per row, a list such as the
evidence joined with " → ".`

const exportExample = `  whosaid export > quotes.jsonl
  whosaid export --format csv > quotes.csv
  whosaid --index ./harbour.bleve export | jq -r .speaker | sort | uniq -c`

func newExportCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	var opts exportOptions
	cmd := &cobra.Command{
		Use:     "export",
		Short:   "Print every quote in the index as JSON Lines or CSV",
		Long:    exportLong,
		Example: exportExample,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := checkFormat(cmd, opts.Format, false, formatJSONL, formatCSV)
			if err != nil {
				return err
			}
			opts.Format = format
			p, err := indexPath()
			if err != nil {
				return err
			}
			opts.Index = p
			return runExport(cmd.Context(), e, opts)
		},
	}
	formatFlag(cmd, &opts.Format, nil, formatJSONL, formatCSV)
	return cmd
}

func runExport(ctx context.Context, e *env, opts exportOptions) error {
	ix, err := openIndex(opts.Index)
	if err != nil {
		return err
	}
	defer ix.Close()
	out := bufio.NewWriter(e.stdout)
	write := newJSONLines(out).Encode
	var c *csvQuotes
	if opts.Format == formatCSV {
		if c, err = newCSVQuotes(out); err != nil {
			return err
		}
		write = func(v any) error { return c.write(v.(index.Quote)) }
	}
	for h, err := range ix.All(ctx, index.Query{Sort: index.SortOldest}) {
		if err != nil {
			return err
		}
		if err := write(h.Quote); err != nil {
			return err
		}
	}
	if c != nil {
		if err := c.flush(); err != nil {
			return err
		}
	}
	return out.Flush()
}
