package cli

import (
	"bufio"
	"context"
	"encoding/csv"

	"github.com/spf13/cobra"
)

// peopleOptions are the flags of `whosaid people`.
type peopleOptions struct {
	Index  string // the index path, already resolved
	Role   string
	Format string
}

const peopleLong = `People lists every person in the index, across articles, most quoted
first: the roles articles give them, the other names they go by, how many
quotes they have, and the dates of the first and last article naming them.

A person is one across articles when the names agree (ignoring case,
accents, titles and middle initials: "Donald J. Trump" is "Donald Trump"),
and a bare surname ("Vasquez") is the one full name with that surname in
the index ("Elena Vasquez"). Two people of one surname are kept apart, and
an article that calls one of them by the surname alone is listed under the
surname as written, since whosaid cannot tell whom it means; an article
that names the person in full first says so itself. Organisations that
speak and unnamed speakers are not people.

--format json prints JSON Lines, one person per line; --format csv a
header row and one person per row, lists separated by "; ".`

const peopleExample = `  whosaid people
  whosaid people --role minister --format csv > ministers.csv
  whosaid people --json`

func newPeopleCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	opts := peopleOptions{}
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "people",
		Short:   "List the people in the index with their roles and quotes",
		Long:    peopleLong,
		Example: peopleExample,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
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
			return runPeople(cmd.Context(), e, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Role, "role", "r", "", "only people whose roles have the words of `ROLE`")
	formatFlag(cmd, &opts.Format, &asJSON, formatTable, formatJSON, formatCSV)
	return cmd
}

func runPeople(ctx context.Context, e *env, opts peopleOptions) error {
	ix, err := openIndex(opts.Index)
	if err != nil {
		return err
	}
	defer ix.Close()
	people, err := ix.People(ctx, opts.Role)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	switch opts.Format {
	case formatJSON:
		enc := newJSONLines(out)
		for _, p := range people {
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
	case formatCSV:
		c := csv.NewWriter(out)
		_ = c.Write(peopleColumns)
		for _, p := range people {
			_ = c.Write(personRow(p))
		}
		c.Flush()
		if err := c.Error(); err != nil {
			return err
		}
	default:
		if len(people) == 0 {
			_, err := out.WriteString("no people\n")
			if err == nil {
				err = out.Flush()
			}
			return err
		}
		if err := writePeople(out, people, outputStyle(e, e.stdout)); err != nil {
			return err
		}
	}
	return out.Flush()
}
