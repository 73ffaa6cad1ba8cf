package cli

import (
	"bufio"
	"context"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/ingest"
)

// extractOptions are the flags and arguments of `whosaid extract`.
type extractOptions struct {
	Paths   []string // files, folders, or "-" for stdin
	Workers int      // articles analysed at once
	// People prints the people of each article instead of its quotes.
	People bool
	// MinConfidence drops quotes attributed with less confidence.
	MinConfidence float64
	// All keeps quoted words that are not speech, marked not_speech.
	All bool
	// Fields renames JSON Lines fields (--field text=body).
	Fields map[string]string
	// Limits bound the analysis of each article (--max-article, --max-quote).
	Limits limits
}

const extractLong = `Extract reads news articles and prints the quotes in them and who said them,
without touching the index.

It reads PATHs as ingest does: files, folders (recursively), or "-" for
standard input, with --field to rename JSON Lines fields. It prints JSON
Lines: one quote per line, article by article in the order read, quotes in
the order of the text. Each line has
the quote's id, doc (the file, or the JSON Lines record's id), kind
(direct, partial or indirect), text, start and end (byte offsets into the
article), speaker, speaker_mention, role, cue and confidence.

Quoted words that are not speech (the title of a work, a nickname, one
word in scare quotes, a gloss such as Latin for "if you wish peace", and
in a story what someone thinks or what seems so, "she thought it best to
go") are left out; --all prints them too, with not_speech saying which
they are (title, name, scare, gloss or thought).

With --people it prints one line per person of each article instead: doc,
name, roles, aliases, mentions and quotes.

An article longer than --max-article (1 MiB) is searched for quotes only up
to a paragraph break before that, and a quote longer than --max-quote
(64 KiB) is cut, each with a warning on standard error.`

const extractExample = `  whosaid extract riverton.txt
  whosaid extract --min-confidence 0.8 ~/news > quotes.jsonl
  cat article.md | whosaid extract --people -`

func newExtractCmd(e *env) *cobra.Command {
	opts := extractOptions{Workers: runtime.NumCPU(), Limits: defaultLimits()}
	var fields []string
	cmd := &cobra.Command{
		Use:     "extract PATH...",
		Short:   "Print the quotes in articles as JSON Lines",
		Long:    extractLong,
		Example: extractExample,
		Args:    minArgs(1, `at least one PATH (a file, a folder, or "-" for standard input)`),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Workers < 1 {
				return usagef("--workers must be at least 1, got %d", opts.Workers)
			}
			if err := checkLimits(opts.Limits); err != nil {
				return err
			}
			if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
				return usagef("--min-confidence must be between 0 and 1, got %g", opts.MinConfidence)
			}
			if opts.People && cmd.Flags().Changed("min-confidence") {
				return usagef("--min-confidence selects quotes, and --people prints people: use one or the other")
			}
			var err error
			if opts.Fields, err = ingest.ParseFields(fields); err != nil {
				return usagef("invalid --field: %v", err)
			}
			opts.Paths = args
			return runExtract(cmd.Context(), e, opts)
		},
	}
	cmd.Flags().IntVarP(&opts.Workers, "workers", "j", opts.Workers, "articles to analyse at once")
	cmd.Flags().BoolVar(&opts.People, "people", false, "print the people of each article, not the quotes")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", 0, "drop quotes attributed with less confidence than `F` (0 to 1)")
	cmd.Flags().BoolVar(&opts.All, "all", false, "also print quoted words that are not speech (titles, nicknames, scare quotes), marked not_speech")
	fieldFlag(cmd, &fields)
	limitFlags(cmd, &opts.Limits)
	return cmd
}

func runExtract(ctx context.Context, e *env, opts extractOptions) error {
	out := bufio.NewWriter(e.stdout)
	enc := newJSONLines(out)
	var skips skipped
	read := ingest.Options{Stdin: e.stdin, Fields: opts.Fields}
	err := analyseSome(ctx, opts.Paths, read, opts.Workers, opts.Limits, nil, func(a analysed) error {
		// Keep stdout and stderr in order on a terminal.
		if a.err != nil || len(a.warnings) > 0 {
			if err := out.Flush(); err != nil {
				return err
			}
		}
		if a.err != nil {
			skips.add(e.stderr, a.err)
			return nil
		}
		warn(e.stderr, a)
		if !opts.All {
			speechOnly(&a.entry)
		}
		if opts.People {
			for _, p := range a.entry.People {
				if err := enc.Encode(p); err != nil {
					return err
				}
			}
		} else {
			for _, q := range a.entry.Quotes {
				if q.Confidence < opts.MinConfidence {
					continue
				}
				if err := enc.Encode(q); err != nil {
					return err
				}
			}
		}
		// An article at a time, so that a pipe sees progress.
		return out.Flush()
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return skips.err()
}
